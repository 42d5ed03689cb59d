#include "results_page.h"

#include "charts/curve_chart.h"
#include "data/csv_writer.h"
#include "format.h"
#include "icons.h"
#include "job_runner.h"
#include "metric_names.h"
#include "ml/model_bundle.h"
#include "models/table_model.h"
#include "session.h"
#include "session_runs.h"
#include "widgets/empty_state.h"
#include "widgets/metrics_table.h"
#include "widgets/result_charts_panel.h"
#include "widgets/runs_table.h"
#include "widgets/table_view_utils.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace pp {

namespace {

const QList<QColor> kRunColours
    = { QColor(15, 118, 110), QColor(234, 88, 12), QColor(37, 99, 235), QColor(147, 51, 234),
          QColor(22, 163, 74), QColor(202, 138, 4), QColor(219, 39, 119), QColor(71, 85, 105) };

QString jsonText(const QJsonValue& v)
{
    if (v.isArray()) {
        QStringList items;
        for (const QJsonValue& x : v.toArray())
            items << x.toVariant().toString();
        return items.join(QLatin1Char(','));
    }
    if (v.isDouble())
        return fmt::number(v.toDouble());
    return v.toVariant().toString();
}

} // namespace

ResultsPage::ResultsPage(Session* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_stack(new QStackedWidget(this))
    , m_emptyState(new EmptyState(this))
    , m_runCombo(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_export(new QPushButton(this))
    , m_saveModel(new QPushButton(this))
    , m_tabs(new QTabWidget(this))
    , m_metrics(new MetricsTable(this))
    , m_details(new QTextBrowser(this))
    , m_charts(new ResultChartsPanel(this))
    , m_predictionsNote(new QLabel(this))
    , m_predictionsView(new QTableView(this))
    , m_predictionsModel(new TableModel(this))
    , m_runsTable(new RunsTable(session->runs(), this))
    , m_overlay(new CurveChart(this))
{
    m_emptyState->setIcon(icons::named("page_results"));
    connect(m_emptyState, &EmptyState::actionTriggered, this, [this]() {
        if (m_session->hasData())
            Q_EMIT trainPageRequested();
        else
            Q_EMIT dataPageRequested();
    });

    // --- Top bar -------------------------------------------------------------------------------
    m_runCombo->setObjectName(QStringLiteral("runCombo"));
    m_runCombo->setToolTip(tr("The run whose results are shown"));
    m_runCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_summary->setObjectName(QStringLiteral("runSummary"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_export->setObjectName(QStringLiteral("exportPredictions"));
    m_export->setText(tr("Export Predictions…"));
    m_export->setToolTip(tr("Save the evaluation rows with their predictions as a CSV file"));
    m_saveModel->setObjectName(QStringLiteral("saveModel"));
    m_saveModel->setText(tr("Save Model…"));
    m_saveModel->setToolTip(
        tr("Save the trained model with its pipeline to a folder, to score new data later "
           "(ppstudio-cli predict)"));
    auto* top = new QHBoxLayout();
    top->setContentsMargins(8, 6, 8, 2);
    top->addWidget(new QLabel(tr("Run:"), this));
    top->addWidget(m_runCombo);
    top->addWidget(m_summary, 1);
    top->addWidget(m_export);
    top->addWidget(m_saveModel);

    // --- Metrics -----------------------------------------------------------------------------
    m_details->setObjectName(QStringLiteral("runDetails"));
    m_details->setOpenLinks(false);
    auto* metricsSplit = new QSplitter(Qt::Horizontal, this);
    metricsSplit->addWidget(m_metrics);
    metricsSplit->addWidget(m_details);
    metricsSplit->setStretchFactor(0, 3);
    metricsSplit->setStretchFactor(1, 2);
    metricsSplit->setChildrenCollapsible(false);

    // --- Predictions ---------------------------------------------------------------------------
    m_predictionsView->setObjectName(QStringLiteral("predictionsTable"));
    m_predictionsView->setModel(m_predictionsModel);
    configureLargeTableView(m_predictionsView);
    m_predictionsNote->setWordWrap(true);
    auto* predictions = new QWidget(this);
    auto* predictionsLayout = new QVBoxLayout(predictions);
    predictionsLayout->addWidget(m_predictionsNote);
    predictionsLayout->addWidget(m_predictionsView, 1);

    // --- Runs ----------------------------------------------------------------------------------
    m_runsTable->setToolTip(
        tr("Select several runs to compare their loss curves; double-click one to show it"));
    m_overlay->setObjectName(QStringLiteral("lossOverlay"));
    m_overlay->setTitle(tr("Loss curves of the selected runs"));
    m_overlay->setExportName(QStringLiteral("loss-curves"));
    m_overlay->setAxisTitles(tr("Round / epoch"), tr("Loss"));
    m_overlay->setSubtitle(tr("Solid: training rows; dashed: validation rows"));
    auto* runsSplit = new QSplitter(Qt::Vertical, this);
    runsSplit->addWidget(m_runsTable);
    runsSplit->addWidget(m_overlay);
    runsSplit->setStretchFactor(0, 1);
    runsSplit->setStretchFactor(1, 2);
    runsSplit->setChildrenCollapsible(false);

    m_tabs->setObjectName(QStringLiteral("resultTabs"));
    m_tabs->addTab(metricsSplit, tr("Metrics"));
    m_tabs->addTab(m_charts, tr("Charts"));
    m_tabs->addTab(predictions, tr("Predictions"));
    m_tabs->addTab(runsSplit, tr("Runs"));

    auto* body = new QWidget(this);
    auto* bodyLayout = new QVBoxLayout(body);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    bodyLayout->addLayout(top);
    bodyLayout->addWidget(m_tabs, 1);
    m_stack->addWidget(m_emptyState);
    m_stack->addWidget(body);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    // --- Behaviour -------------------------------------------------------------------------------
    connect(m_export, &QPushButton::clicked, this, &ResultsPage::chooseExportFile);
    connect(m_saveModel, &QPushButton::clicked, this, &ResultsPage::chooseModelFolder);
    connect(m_runCombo, &QComboBox::activated, this, [this](int index) {
        if (index >= 0 && index < m_session->runs()->count())
            showRun(m_session->runs()->at(index));
    });
    connect(m_runsTable, &RunsTable::selectedRunsChanged, this, &ResultsPage::updateOverlay);
    connect(m_runsTable, &RunsTable::runActivated, this, [this](int index) {
        if (index >= 0 && index < m_session->runs()->count()) {
            showRun(m_session->runs()->at(index));
            m_tabs->setCurrentIndex(MetricsTab);
        }
    });
    connect(m_session->runs(), &SessionRuns::runAdded, this, [this](int index) {
        fillRunCombo();
        showRun(m_session->runs()->at(index));
        m_runsTable->selectRun(index);
    });
    connect(m_session->runs(), &SessionRuns::cleared, this, &ResultsPage::fillRunCombo);
    // A session run saved in a project since it was shown: the same run, now with its id.
    connect(m_session->runs(), &SessionRuns::runSaveStateChanged, this, [this](int index) {
        const RunSnapshot& r = m_session->runs()->at(index);
        if (m_hasRun && m_run.result && r.result == m_run.result)
            m_run.runId = r.runId;
    });
    connect(m_session, &Session::datasetChanged, this, &ResultsPage::updateEmptyState);
    updateEmptyState();
}

void ResultsPage::updateEmptyState()
{
    if (m_hasRun) {
        m_stack->setCurrentIndex(1);
        return;
    }
    m_stack->setCurrentIndex(0);
    if (!m_session->hasData()) {
        m_emptyState->setTitle(tr("No data yet"));
        m_emptyState->setText(tr("Load a dataset on the Data page first."));
        m_emptyState->setActionText(tr("Go to the Data Page"));
    } else {
        m_emptyState->setTitle(tr("No results yet"));
        m_emptyState->setText(
            tr("Train a model on the Train page: its error measures, charts and predictions "
               "appear here."));
        m_emptyState->setActionText(tr("Go to the Train Page"));
    }
}

int ResultsPage::sessionIndex() const
{
    if (!m_hasRun)
        return -1;
    for (int i = 0; i < m_session->runs()->count(); ++i) {
        const RunSnapshot& r = m_session->runs()->at(i);
        if (r.name == m_run.name && r.runId == m_run.runId && r.predictions == m_run.predictions)
            return i;
    }
    return -1;
}

void ResultsPage::fillRunCombo()
{
    const QSignalBlocker block(m_runCombo);
    m_runCombo->clear();
    for (const RunSnapshot& r : m_session->runs()->all())
        m_runCombo->addItem(r.name);
    m_runCombo->setCurrentIndex(sessionIndex());
}

void ResultsPage::showRun(const RunSnapshot& run)
{
    m_run = run;
    m_hasRun = true;
    updateEmptyState();
    fillRunCombo();
    const ModelInfo* info = ModelRegistry::instance().find(run.model);
    const QString model = info ? info->displayName() : run.model;
    QString summary = tr("%1 · %2 · %3").arg(model, taskDisplayName(run.task), RunsTable::keyMetricText(run));
    if (run.status == QLatin1String("stopped"))
        summary += QStringLiteral(" · ") + tr("stopped early (partial model)");
    m_summary->setText(summary);
    m_metrics->showRun(run);
    showDetails();
    m_charts->showRun(run);
    m_predictionsModel->setTable(run.predictions);
    if (run.predictions) {
        sizeColumnsFromSample(m_predictionsView);
        m_predictionsNote->setText((run.evaluationSplit == QLatin1String("test")
                ? tr("The %1 test rows with the model's predictions. \"row\" is the row number in the data "
                     "set.")
                : tr("The %1 validation rows with the model's predictions. \"row\" is the row number in the "
                     "data "
                     "set."))
                                       .arg(fmt::count(static_cast<qint64>(run.predictions->rowCount()))));
    } else {
        m_predictionsNote->setText(tr("The predictions of this run are not available."));
    }
    m_export->setEnabled(run.predictions != nullptr && run.predictions->rowCount() > 0);
    m_saveModel->setEnabled(run.result != nullptr && run.result->fitted != nullptr);
    m_saveModel->setToolTip(m_saveModel->isEnabled()
            ? tr("Save the trained model with its pipeline to a folder, to score new data later "
                 "(ppstudio-cli predict)")
            : tr("The trained model of this run is not in memory."));
    updateOverlay();
}

void ResultsPage::showDetails()
{
    const RunSnapshot& r = m_run;
    const ModelInfo* info = ModelRegistry::instance().find(r.model);
    auto row = [](const QString& k, const QString& v) {
        return QStringLiteral("<tr><td style=\"color:#555; padding-right:12px\">%1</td><td>%2</td></tr>")
            .arg(k.toHtmlEscaped(), v.toHtmlEscaped());
    };
    QString h = QStringLiteral("<h3>%1</h3><table>").arg(r.name.toHtmlEscaped());
    h += row(tr("Model"), info ? info->displayName() : r.model);
    h += row(tr("Task"), taskDisplayName(r.task));
    h += row(tr("Target"), r.targets.join(QStringLiteral(", ")));
    h += row(tr("Rows"),
        tr("%1 train, %2 validation, %3 test")
            .arg(fmt::count(r.trainRows), fmt::count(r.validRows), fmt::count(r.testRows)));
    if (r.cv)
        h += row(tr("Cross-validation"), tr("%n folds", nullptr, static_cast<int>(r.cv->folds.size())));
    h += row(tr("Device"), r.device);
    if (r.fitSeconds > 0.0)  // unknown for runs stored by earlier versions
        h += row(tr("Training time"), fmt::duration(static_cast<qint64>(r.fitSeconds * 1000.0)));
    if (r.task == Task::Binary)
        h += row(tr("Decision threshold"), fmt::number(r.threshold));
    if (!r.history.empty())
        h += row(tr("Rounds / epochs"), fmt::count(static_cast<qint64>(r.history.size())));
    if (!r.finished.isEmpty())
        h += row(tr("Finished"), fmt::dateTime(r.finished));
    h += QStringLiteral("</table><h4>%1</h4><table>").arg(tr("Parameters").toHtmlEscaped());
    for (auto it = r.params.begin(); it != r.params.end(); ++it)
        h += row(it.key(), jsonText(it.value()));
    h += QStringLiteral("</table>");
    if (!r.pipelineSteps.isEmpty()) {
        h += QStringLiteral("<h4>%1</h4><ol>").arg(tr("Pipeline").toHtmlEscaped());
        for (const QString& s : r.pipelineSteps)
            h += QStringLiteral("<li>%1</li>").arg(s.toHtmlEscaped());
        h += QStringLiteral("</ol>");
    }
    m_details->setHtml(h);
}

void ResultsPage::updateOverlay()
{
    m_overlay->clearCurves();
    QList<int> runs = m_runsTable->selectedRuns();
    if (runs.isEmpty() && m_hasRun) {
        // Nothing selected: the run shown, when it is one of this session's.
        if (sessionIndex() >= 0)
            runs << sessionIndex();
    }
    for (int i : std::as_const(runs)) {
        const RunSnapshot& run = m_session->runs()->at(i);
        const QColor colour = kRunColours[i % kRunColours.size()];
        const int train = m_overlay->addCurve(
            tr("%1 (training)").arg(run.name), QStringLiteral("train_%1").arg(i), colour);
        const int valid = m_overlay->addCurve(
            tr("%1 (validation)").arg(run.name), QStringLiteral("valid_%1").arg(i), colour, Qt::DashLine);
        QList<QPointF> t, v;
        for (const EpochRecord& e : run.history) {
            t.append(QPointF(e.epoch, e.trainLoss));
            v.append(QPointF(e.epoch, e.validLoss));
        }
        m_overlay->setPoints(train, t);
        m_overlay->setPoints(valid, v);
    }
    m_overlay->flush();
}

void ResultsPage::chooseExportFile()
{
    if (!m_hasRun || !m_run.predictions)
        return;
    const QString suggested = QDir::home().filePath(
        QStringLiteral("%1-predictions.csv").arg(m_run.name).replace(QLatin1Char(' '), QLatin1Char('-')));
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Export Predictions"), suggested, tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportPredictions(path);
}

void ResultsPage::chooseModelFolder()
{
    if (!m_hasRun || !m_run.result)
        return;
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Save Model to Folder"), QDir::homePath());
    if (!dir.isEmpty())
        saveModel(dir);
}

void ResultsPage::exportPredictions(const QString& path)
{
    if (!m_hasRun || !m_run.predictions) {
        Q_EMIT predictionsExported(path, tr("There are no predictions to export."));
        return;
    }
    const std::shared_ptr<const Table> table = m_run.predictions;
    m_session->jobs()->run<QString>(
        QStringLiteral("export-predictions"), tr("Exporting predictions"),
        [table, path](JobControl* job) {
            const Status s = writeCsv(*table, path, job);
            return s.ok() ? QString() : s.error().toString();
        },
        this,
        [this, path](QString error) {
            if (!error.isEmpty()) {
                auto* box = new QMessageBox(QMessageBox::Warning, tr("Export Predictions"),
                    tr("Error writing '%1':\n%2").arg(QDir::toNativeSeparators(path), error), QMessageBox::Ok,
                    this);
                box->setAttribute(Qt::WA_DeleteOnClose);
                box->open();
            }
            Q_EMIT predictionsExported(path, error);
        });
}

void ResultsPage::saveModel(const QString& dir)
{
    if (!m_hasRun || !m_run.result || !m_run.result->fitted) {
        Q_EMIT modelSaved(dir, tr("The trained model of this run is not in memory."));
        return;
    }
    const std::shared_ptr<const TrainResult> result = m_run.result;
    m_session->jobs()->run<QString>(
        QStringLiteral("save-model"), tr("Saving the model"),
        [result, dir](JobControl*) {
            const Status s = saveBundle(ModelBundle::fromTrainResult(*result), dir);
            return s.ok() ? QString() : s.error().toString();
        },
        this,
        [this, dir](QString error) {
            if (!error.isEmpty()) {
                auto* box = new QMessageBox(QMessageBox::Warning, tr("Save Model"),
                    tr("Error saving the model to '%1':\n%2").arg(QDir::toNativeSeparators(dir), error),
                    QMessageBox::Ok, this);
                box->setAttribute(Qt::WA_DeleteOnClose);
                box->open();
            }
            Q_EMIT modelSaved(dir, error);
        });
}

QStringList ResultsPage::screenshotViews() const
{
    return { QStringLiteral("metrics"), QStringLiteral("charts"), QStringLiteral("predictions"),
        QStringLiteral("runs") };
}

void ResultsPage::showScreenshotView(const QString& view)
{
    const int tab = static_cast<int>(screenshotViews().indexOf(view));
    if (tab >= 0)
        m_tabs->setCurrentIndex(tab);
}

} // namespace pp
