#include "widgets/training_monitor.h"

#include "charts/curve_chart.h"
#include "format.h"
#include "metric_names.h"
#include "ml/epoch_metrics.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QSplitter>
#include <QTabWidget>
#include <QTime>
#include <QValueAxis>
#include <QVBoxLayout>

#include <utility>

namespace pp {

namespace {

const QColor kTrainColour(15, 118, 110);
const QColor kValidColour(234, 88, 12);
const QList<QColor> kMetricColours
    = { QColor(37, 99, 235), QColor(147, 51, 234), QColor(22, 163, 74), QColor(202, 138, 4) };

/// The legend name of a metric: the abbreviation of those that have one ("R²", "MAE"), else
/// the full name ("F1 (macro average)").
QString shortLabel(const QString& key)
{
    const QString label = metricnames::label(key);
    static const QStringList abbreviated = { QStringLiteral("r2"), QStringLiteral("mae"), QStringLiteral("rmse"),
        QStringLiteral("mse"), QStringLiteral("mape") };
    const qsizetype cut = label.indexOf(QStringLiteral(" ("));
    return cut > 0 && abbreviated.contains(key) ? label.left(cut) : label;
}

/// Metrics in the target's unit, drawn against the right axis of the metric chart (scores
/// such as R², accuracy and F1 stay on the left, around 0..1).
bool inTargetUnits(const QString& key)
{
    return key == QLatin1String("mae") || key == QLatin1String("rmse") || key == QLatin1String("mse");
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
    m_metrics->setAxisTitles(tr("Round / epoch"), tr("Score (1 is perfect)"));
    m_metrics->setToolTip(
        tr("Validation metrics of the model after each round or epoch, on the validation rows: R² "
           "(left axis) and mean absolute error (right axis, in the target's unit) for regression; "
           "accuracy and F1 for classification. They are computed as the final validation metrics "
           "are."));
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

void TrainingMonitor::begin(Task task, int expectedEpochs, const QString& target)
{
    m_task = task;
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
    if (task == Task::Regression) {
        m_metrics->setSubtitle(tr("On the validation rows; R² of 1 and MAE of 0 are perfect"));
        m_metrics->setAxisTitles(tr("Round / epoch"), tr("R² (1 is perfect)"));
        m_metrics->setRightAxisTitle(
            target.isEmpty() ? tr("MAE (in the target's unit)") : tr("MAE (in units of %1)").arg(target));
    } else {
        m_metrics->setSubtitle(tr("On the validation rows; 1 is perfect"));
        m_metrics->setAxisTitles(tr("Round / epoch"), tr("Score (1 is perfect)"));
    }
    m_progress->setValue(0);
    m_log->clear();
    updateStatus();
}

void TrainingMonitor::addEpoch(const EpochRecord& record)
{
    m_lastEpoch = record.epoch;
    m_loss->appendPoint(m_trainCurve, record.epoch, record.trainLoss);
    m_loss->appendPoint(m_validCurve, record.epoch, record.validLoss);
    // The task's own metrics first (R² before MAE, accuracy before F1), then any others.
    QStringList keys = EpochMetrics::keys(m_task);
    keys.removeIf([&record](const QString& key) { return !record.metrics.contains(key); });
    for (auto it = record.metrics.constBegin(); it != record.metrics.constEnd(); ++it)
        if (!keys.contains(it.key()))
            keys << it.key();
    for (const QString& key : std::as_const(keys)) {
        auto found = m_metricCurves.constFind(key);
        int curve = found == m_metricCurves.constEnd() ? -1 : *found;
        if (curve < 0) {
            const bool right = inTargetUnits(key);
            const QColor colour = kMetricColours[m_metricCurves.size() % kMetricColours.size()];
            curve = m_metrics->addCurve(right ? tr("%1 (right axis)").arg(shortLabel(key)) : shortLabel(key), key,
                colour, right ? Qt::DashLine : Qt::SolidLine, right ? CurveChart::Axis::Right : CurveChart::Axis::Left);
            if (right) {
                // The axis in the curve's colour, so that which scale it reads from is plain.
                m_metrics->rightAxis()->setLabelsColor(colour);
                m_metrics->rightAxis()->setTitleBrush(colour);
            }
            m_metricCurves.insert(key, curve);
        }
        m_metrics->appendPoint(curve, record.epoch, record.metrics.value(key));
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

void TrainingMonitor::showHistory(Task task, const std::vector<EpochRecord>& history, const QString& target)
{
    begin(task, 0, target);
    for (const EpochRecord& r : history)
        addEpoch(r);
    m_loss->flush();
    m_metrics->flush();
}

} // namespace pp
