#include "widgets/training_monitor.h"

#include "charts/curve_chart.h"
#include "format.h"
#include "metric_names.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QSplitter>
#include <QTabWidget>
#include <QTime>
#include <QVBoxLayout>

namespace pp {

namespace {

const QColor kTrainColour(15, 118, 110);
const QColor kValidColour(234, 88, 12);
const QList<QColor> kMetricColours
    = { QColor(37, 99, 235), QColor(147, 51, 234), QColor(22, 163, 74), QColor(202, 138, 4) };

QString shortLabel(const QString& key)
{
    const QString label = metricnames::label(key);
    const qsizetype cut = label.indexOf(QStringLiteral(" ("));
    return cut > 0 ? label.left(cut) : label;
}

} // namespace

TrainingMonitor::TrainingMonitor(QWidget* parent)
    : QWidget(parent)
    , m_loss(new CurveChart(this))
    , m_metrics(new CurveChart(this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_log(new QPlainTextEdit(this))
    , m_tabs(new QTabWidget(this))
{
    m_loss->setObjectName(QStringLiteral("lossChart"));
    m_loss->setTitle(tr("Loss"));
    m_loss->setExportName(QStringLiteral("loss"));
    m_loss->setAxisTitles(tr("Round / epoch"), tr("Loss (lower is better)"));
    m_loss->setToolTip(
        tr("The model's training loss on the training rows and on the validation rows. When the "
           "validation curve turns up while the training curve keeps falling, the model is "
           "overfitting."));
    m_metrics->setObjectName(QStringLiteral("metricChart"));
    m_metrics->setTitle(tr("Validation metrics"));
    m_metrics->setExportName(QStringLiteral("validation-metrics"));
    m_metrics->setAxisTitles(tr("Round / epoch"), tr("Score"));
    m_loss->setSubtitle(tr("The curves appear here while a model trains."));
    m_progress->setObjectName(QStringLiteral("trainProgress"));
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_progress->setTextVisible(true);
    m_progress->setFormat(QStringLiteral("%p%"));
    m_status->setObjectName(QStringLiteral("trainStatus"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_log->setObjectName(QStringLiteral("trainLog"));
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(2000);
    m_log->setPlaceholderText(tr("Messages of the training run appear here."));

    auto* charts = new QSplitter(Qt::Horizontal, this);
    charts->addWidget(m_loss);
    charts->addWidget(m_metrics);
    charts->setChildrenCollapsible(false);
    auto* progressRow = new QHBoxLayout();
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_status, 2);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(progressRow);
    layout->addWidget(charts, 1);
    m_tabs->setObjectName(QStringLiteral("monitorTabs"));
    m_tabs->addTab(m_log, tr("Log"));
    m_tabs->setMaximumHeight(190);
    layout->addWidget(m_tabs);
}

void TrainingMonitor::addTab(QWidget* widget, const QString& title)
{
    m_tabs->addTab(widget, title);
}

void TrainingMonitor::begin(Task task, int expectedEpochs)
{
    m_expected = expectedEpochs;
    m_lastEpoch = 0;
    m_stage.clear();
    m_elapsedMs = 0;
    m_etaMs = -1;
    m_paused = false;
    m_loss->clearCurves();
    m_metrics->clearCurves();
    m_metricCurves.clear();
    m_loss->setSubtitle(QString());
    m_trainCurve = m_loss->addCurve(tr("Training rows"), QStringLiteral("trainLoss"), kTrainColour);
    m_validCurve = m_loss->addCurve(tr("Validation rows"), QStringLiteral("validLoss"), kValidColour);
    m_metrics->setSubtitle(task == Task::Regression ? tr("On the validation rows; R² of 1 is perfect")
                                                    : tr("On the validation rows; 1 is perfect"));
    m_progress->setValue(0);
    m_log->clear();
    updateStatus();
}

void TrainingMonitor::addEpoch(const EpochRecord& record)
{
    m_lastEpoch = record.epoch;
    m_loss->appendPoint(m_trainCurve, record.epoch, record.trainLoss);
    m_loss->appendPoint(m_validCurve, record.epoch, record.validLoss);
    for (auto it = record.metrics.constBegin(); it != record.metrics.constEnd(); ++it) {
        auto found = m_metricCurves.constFind(it.key());
        int curve = found == m_metricCurves.constEnd() ? -1 : *found;
        if (curve < 0) {
            curve = m_metrics->addCurve(shortLabel(it.key()), it.key(),
                kMetricColours[m_metricCurves.size() % kMetricColours.size()]);
            m_metricCurves.insert(it.key(), curve);
        }
        m_metrics->appendPoint(curve, record.epoch, it.value());
    }
    updateStatus();
}

void TrainingMonitor::setProgress(double fraction, const QString& stage, qint64 elapsedMs, qint64 etaMs)
{
    m_progress->setValue(static_cast<int>(fraction * 1000.0));
    if (!stage.isEmpty())
        m_stage = stage;
    m_elapsedMs = elapsedMs;
    m_etaMs = etaMs;
    updateStatus();
}

void TrainingMonitor::setPaused(bool paused)
{
    m_paused = paused;
    updateStatus();
}

void TrainingMonitor::updateStatus()
{
    QStringList parts;
    if (m_paused)
        parts << tr("Paused");
    else if (!m_stage.isEmpty())
        parts << m_stage;
    if (m_lastEpoch > 0)
        parts << (m_expected > 0 ? tr("round %1 of %2").arg(m_lastEpoch).arg(m_expected)
                                 : tr("round %1").arg(m_lastEpoch));
    if (m_elapsedMs > 0)
        parts << tr("%1 elapsed").arg(fmt::duration(m_elapsedMs));
    if (m_etaMs >= 0 && !m_paused)
        parts << tr("about %1 left").arg(fmt::duration(m_etaMs));
    m_status->setText(parts.join(QStringLiteral(" · ")));
}

void TrainingMonitor::appendLog(const QString& line)
{
    m_log->appendPlainText(
        QStringLiteral("%1  %2").arg(QTime::currentTime().toString(QStringLiteral("HH:mm:ss")), line));
}

void TrainingMonitor::end(const QString& status)
{
    m_loss->flush();
    m_metrics->flush();
    m_paused = false;
    m_etaMs = -1;
    m_status->setText(status);
}

void TrainingMonitor::showHistory(Task task, const std::vector<EpochRecord>& history)
{
    begin(task, 0);
    for (const EpochRecord& r : history)
        addEpoch(r);
    m_loss->flush();
    m_metrics->flush();
}

} // namespace pp
