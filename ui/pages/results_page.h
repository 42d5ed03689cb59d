#pragma once

#include "run_snapshot.h"
#include "screenshot_views.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QTextBrowser;

namespace pp {

class CurveChart;
class EmptyState;
class MetricsTable;
class ResultChartsPanel;
class RunsTable;
class Session;
class TableModel;

/// The Results step: one run at a time, taken entirely from a RunSnapshot, in tabs:
/// - Metrics: train / validation / test and cross-validation (mean ± std), with translated
///   names and explanations; the run's settings and pipeline beside them.
/// - Charts: ResultChartsPanel (predicted vs actual, residuals; or confusion matrix, ROC,
///   precision-recall; permutation importance).
/// - Predictions: the evaluation rows (row, actual, predicted, residual / probabilities),
///   exportable as CSV.
/// - Runs: the runs of this session with their key metric and settings, and their loss
///   curves overlaid for the runs selected.
/// "Save Model…" writes the run's model bundle (when the fitted model is in memory).
///
/// The page follows Session::runs(): a run added there is shown. Screenshot views:
/// "metrics", "charts", "predictions", "runs".
class ResultsPage : public QWidget, public ScreenshotViews
{
    Q_OBJECT
public:
    enum Tab { MetricsTab, ChartsTab, PredictionsTab, RunsTab };

    explicit ResultsPage(Session* session, QWidget* parent = nullptr);

    /// Shows `run`. Everything shown comes from the snapshot (a reopened project run works
    /// without the data set or the model in memory: without `run.result`, "Save Model…" is
    /// disabled; without `run.predictions`, the charts say so).
    void showRun(const RunSnapshot& run);
    bool hasRun() const { return m_hasRun; }
    const RunSnapshot& currentRun() const { return m_run; }

    /// Writes the shown run's predictions as CSV off the GUI thread; predictionsExported()
    /// reports the outcome.
    void exportPredictions(const QString& path);
    /// Saves the shown run's model bundle (ModelBundle, saveBundle) into folder `dir` off the
    /// GUI thread; modelSaved() reports the outcome.
    void saveModel(const QString& dir);

    EmptyState* emptyState() const { return m_emptyState; }
    QTabWidget* tabs() const { return m_tabs; }
    MetricsTable* metricsTable() const { return m_metrics; }
    ResultChartsPanel* chartsPanel() const { return m_charts; }
    QTableView* predictionsView() const { return m_predictionsView; }
    TableModel* predictionsModel() const { return m_predictionsModel; }
    RunsTable* runsTable() const { return m_runsTable; }
    CurveChart* lossOverlay() const { return m_overlay; }
    QComboBox* runCombo() const { return m_runCombo; }
    QPushButton* saveModelButton() const { return m_saveModel; }
    QPushButton* exportButton() const { return m_export; }

    QStringList screenshotViews() const override;
    void showScreenshotView(const QString& view) override;

Q_SIGNALS:
    /// The user asked to go to the Data page (to load a data set).
    void dataPageRequested();
    /// The user asked to go to the Train page (to train a first model).
    void trainPageRequested();
    /// `error` is empty on success (translated otherwise).
    void predictionsExported(const QString& path, const QString& error);
    void modelSaved(const QString& dir, const QString& error);

private:
    void updateEmptyState();
    void fillRunCombo();
    /// Index of the shown run in Session::runs(), or -1 (a run reopened from a project).
    int sessionIndex() const;
    void showDetails();
    void updateOverlay();
    void chooseExportFile();
    void chooseModelFolder();

    Session* m_session;
    RunSnapshot m_run;
    bool m_hasRun = false;
    QStackedWidget* m_stack;
    EmptyState* m_emptyState;
    QComboBox* m_runCombo;
    QLabel* m_summary;
    QPushButton* m_export;
    QPushButton* m_saveModel;
    QTabWidget* m_tabs;
    MetricsTable* m_metrics;
    QTextBrowser* m_details;
    ResultChartsPanel* m_charts;
    QLabel* m_predictionsNote;
    QTableView* m_predictionsView;
    TableModel* m_predictionsModel;
    RunsTable* m_runsTable;
    CurveChart* m_overlay;
};

} // namespace pp
