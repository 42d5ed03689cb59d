#pragma once

#include "common/result.h"
#include "run_snapshot.h"
#include "screenshot_views.h"

#include <QLatin1String>
#include <QList>
#include <QPointer>
#include <QWidget>

#include <functional>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QSplitter;
class QStackedWidget;
class QTableView;
class QTimer;
class QToolBar;

namespace pp {

class EmptyState;
class ProjectSession;
class RunCompareView;
class RunsFilterModel;
class RunsModel;
class ScoreDataDialog;

namespace store {
class ProjectStore;
}

namespace JobKind {
inline constexpr QLatin1String ReopenRun{"project-reopen-run"};
inline constexpr QLatin1String ExportBundle{"project-export-bundle"};
inline constexpr QLatin1String ExportPredictions{"project-export-predictions"};
inline constexpr QLatin1String ExportReport{"project-export-report"};
} // namespace JobKind

/// The Experiments page: every run of the open project in a sortable, filterable table
/// (model, data set, status, key metrics), the selected runs compared below it (curves,
/// metric bars, settings diff), and what can be done with a run: reopen its results,
/// rename, annotate, delete (undoable, Edit › Undo), export its model bundle (folder or
/// .zip), predictions (CSV) or report (PDF/HTML), and score new data with its model.
/// Reading and writing files runs off the GUI thread.
class ExperimentsPage : public QWidget, public ScreenshotViews
{
    Q_OBJECT
public:
    explicit ExperimentsPage(ProjectSession* project, QWidget* parent = nullptr);
    ~ExperimentsPage() override;

    RunsModel* runsModel() const { return m_runs; }
    RunsFilterModel* filterModel() const { return m_filter; }
    QTableView* runsView() const { return m_view; }
    RunCompareView* compareView() const { return m_compare; }
    QLineEdit* filterEdit() const { return m_filterEdit; }
    QComboBox* modelFilter() const { return m_modelFilter; }
    QComboBox* datasetFilter() const { return m_datasetFilter; }
    QComboBox* statusFilter() const { return m_statusFilter; }
    EmptyState* emptyState() const { return m_emptyState; }

    /// The selected runs, in table order.
    QList<qint64> selectedRunIds() const;
    void selectRuns(const QList<qint64>& ids);
    /// Reloads the runs from the project, keeping the selection.
    void refresh();
    /// True while runs written elsewhere are not shown yet (the page is hidden, or the store
    /// was busy): refreshed when shown, or on the next try.
    bool isStale() const { return m_stale; }

    // What the actions do, without asking (the actions ask for names and files first).
    void renameRun(qint64 runId, const QString& name);
    void setRunNote(qint64 runId, const QString& note);
    /// Soft delete, one undo step.
    void deleteRuns(const QList<qint64>& runIds);
    /// Builds the run's snapshot off the GUI thread, then emits openRunRequested().
    void reopenRun(qint64 runId);
    void exportBundleFolder(qint64 runId, const QString& dir);
    void exportBundleZip(qint64 runId, const QString& zipPath);
    void exportPredictions(qint64 runId, const QString& csvPath);
    void exportReport(qint64 runId, const QString& path);
    /// Opens the Score New Data dialog (non-modal), with `runId`'s model chosen.
    ScoreDataDialog* showScoreDialog(qint64 runId = 0);

    QStringList screenshotViews() const override;
    void showScreenshotView(const QString& view) override;

Q_SIGNALS:
    /// The user asked to see a stored run on the Results page.
    void openRunRequested(const pp::RunSnapshot& snapshot);
    void newProjectRequested();
    void openProjectRequested();
    void openProjectFileRequested(const QString& path);
    void trainPageRequested();
    /// A short message for the status bar.
    void statusMessage(const QString& text);
    /// An export ended; `message` is the error when !ok.
    void exportFinished(const QString& path, bool ok, const QString& message);

protected:
    void showEvent(QShowEvent* event) override;

private:
    /// Runs written by another process (polled every ProjectSession::kWatchIntervalMs, often
    /// every epoch of a `ppstudio-cli train --project`): refreshed only while shown, and only
    /// when the store is free, so that the GUI thread never waits for it.
    void onRunsChangedElsewhere();
    void createActions();
    void updateState();
    void updateFilterCombos();
    void updateActions();
    void updateColumns();
    void onSelectionChanged();
    void showContextMenu(const QPoint& pos);
    qint64 currentRunId() const;
    void askRename();
    void askNote();
    void askExportBundleFolder();
    void askExportBundleZip();
    void askExportPredictions();
    void askExportReport();
    QString askSaveFile(const QString& title, const QString& suggestedName, const QString& filter);
    void runExport(const QString& kind, const QString& title, const QString& path,
                   std::function<Status(store::ProjectStore&)> work);
    void showError(const QString& title, const QString& message);

    ProjectSession* m_project;
    QStackedWidget* m_stack;
    EmptyState* m_emptyState;
    QWidget* m_body;
    QLabel* m_summary;
    QToolBar* m_toolBar;
    QLineEdit* m_filterEdit;
    QComboBox* m_modelFilter;
    QComboBox* m_datasetFilter;
    QComboBox* m_statusFilter;
    QSplitter* m_splitter;
    QTableView* m_view;
    RunsModel* m_runs;
    RunsFilterModel* m_filter;
    RunCompareView* m_compare;
    QPointer<ScoreDataDialog> m_scoreDialog;

    QAction* m_reopenAction = nullptr;
    QAction* m_renameAction = nullptr;
    QAction* m_noteAction = nullptr;
    QAction* m_deleteAction = nullptr;
    QAction* m_exportFolderAction = nullptr;
    QAction* m_exportZipAction = nullptr;
    QAction* m_exportPredictionsAction = nullptr;
    QAction* m_exportReportAction = nullptr;
    QAction* m_scoreAction = nullptr;
    QAction* m_refreshAction = nullptr;
    QMenu* m_exportMenu = nullptr;
    bool m_refreshing = false;
    bool m_stale = false;
    QTimer* m_retryTimer = nullptr;
};

} // namespace pp
