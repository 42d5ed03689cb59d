#pragma once

#include <QMainWindow>
#include <QPointer>
#include <QStringList>

class QAction;
class QActionGroup;
class QLabel;
class QListWidget;
class QMenu;
class QMessageBox;
class QProgressBar;
class QStackedWidget;
class QToolButton;
class QUndoGroup;

namespace pp {

class DataPage;
class ExperimentsPage;
class ExplorePage;
class JobRunner;
class PreparePage;
class ProjectSession;
class ResultsPage;
class RunRecorder;
class Session;
class TrainPage;

/// The main window. It owns the session and the job runner and only wires: one page per
/// workflow step in a QStackedWidget chosen from the navigation list on the left, menus,
/// tool bar, and a status bar that shows running jobs with a progress bar and Cancel.
///
/// Nothing is lost silently: closing the window while runs trained without a project are
/// not saved in one (or, without a project, while the Prepare page has a pipeline) asks
/// "Save them before closing?" (Save… / Discard / Cancel; the box is "unsavedWorkBox").
/// Save… records them in the open project, or in a new one chosen as with File › New
/// Project; File › Save Runs to Project… does the same at any time.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    /// The workflow steps, in navigation order.
    enum class Page { Data, Explore, Prepare, Train, Results, Experiments };
    static constexpr int kPageCount = 6;

    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    Session* session() const { return m_session; }
    JobRunner* jobs() const { return m_jobs; }
    DataPage* dataPage() const { return m_dataPage; }
    ProjectSession* projectSession() const { return m_project; }
    RunRecorder* runRecorder() const { return m_recorder; }
    ExperimentsPage* experimentsPage() const { return m_experimentsPage; }
    QUndoGroup* undoGroup() const { return m_undoGroup; }
    QWidget* pageWidget(Page page) const;
    QWidget* currentPageWidget() const;

    /// Stable page names for the command line and file names: "data", "explore", ...
    static QStringList pageNames();
    /// Selects the page called `name`; false if there is none.
    bool setCurrentPage(const QString& name);
    void setCurrentPage(Page page);
    Page currentPage() const;

    void openFile(const QString& path);
    /// Opens a project file; on failure shows "Error opening '%1':\n%2" (non-blocking) and
    /// keeps the current project. Returns whether it was opened.
    bool openProject(const QString& path);
    /// File › New Project, Open Project, Save Project As: ask for a file, then act.
    void chooseNewProject();
    void chooseOpenProject();
    void chooseSaveProjectAs();
    void showProjectDatasets();
    /// File › Project Pipelines…: the pipelines kept in the open project.
    void showProjectPipelines();
    /// File › Save Runs to Project…: records the runs no project holds (SessionRuns::
    /// unsavedRuns()) in the open project, or in a new project the user names (nothing
    /// happens when they cancel). Recorded off the GUI thread; then the runs have their ids.
    /// `closeWhenDone`: close the window once everything is saved.
    void saveRunsToProject(bool closeWhenDone = false);
    /// Whether closing asks to save unsaved work (true; false in --screenshots mode).
    void setConfirmUnsavedWork(bool confirm) { m_confirmUnsaved = confirm; }
    bool confirmsUnsavedWork() const { return m_confirmUnsaved; }
    /// The language the UI runs in ("en", "zh_CN"), checked in the Language menu.
    void setRunningLanguage(const QString& language);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void createPages();
    void createActions();
    void createMenus();
    void createStatusBar();
    void updateJobStatus();
    void updateRecentFilesMenu();
    void updateRecentProjectsMenu();
    void updateProjectActions();
    void updateSaveRunsAction();
    void updateWindowTitle();
    /// The New Project file dialog; "" when cancelled.
    QString askNewProjectPath();
    /// The close prompt for unsaved work; false when there is nothing to ask about.
    bool askToSaveBeforeClosing();
    void recordUnsavedRuns(bool closeWhenDone);
    void showProjectError(const QString& title, const QString& message);
    void chooseLanguage(const QString& language);
    void about();

    JobRunner* m_jobs;
    Session* m_session;
    ProjectSession* m_project;
    RunRecorder* m_recorder;
    QUndoGroup* m_undoGroup;

    QListWidget* m_navigation;
    QStackedWidget* m_pages;
    DataPage* m_dataPage = nullptr;
    ExplorePage* m_explorePage = nullptr;
    PreparePage* m_preparePage = nullptr;
    TrainPage* m_trainPage = nullptr;
    ResultsPage* m_resultsPage = nullptr;
    ExperimentsPage* m_experimentsPage = nullptr;

    QAction* m_openAction = nullptr;
    QAction* m_importOptionsAction = nullptr;
    QAction* m_quitAction = nullptr;
    QMenu* m_recentMenu = nullptr;
    QAction* m_newProjectAction = nullptr;
    QAction* m_openProjectAction = nullptr;
    QAction* m_saveProjectAsAction = nullptr;
    QAction* m_closeProjectAction = nullptr;
    QAction* m_projectDatasetsAction = nullptr;
    QAction* m_projectPipelinesAction = nullptr;
    QAction* m_saveRunsAction = nullptr;
    QMenu* m_recentProjectsMenu = nullptr;
    QActionGroup* m_pageActions = nullptr;
    QActionGroup* m_languageActions = nullptr;
    QString m_runningLanguage;
    bool m_confirmUnsaved = true;
    bool m_closeConfirmed = false;  ///< the user chose Discard, or everything is saved
    bool m_savingRuns = false;
    QPointer<QMessageBox> m_closeBox;

    QLabel* m_projectLabel = nullptr;
    QLabel* m_jobLabel = nullptr;
    QProgressBar* m_jobProgress = nullptr;
    QToolButton* m_cancelButton = nullptr;
};

} // namespace pp
