#include "main_window.h"

#include "i18n.h"
#include "icons.h"
#include "job_runner.h"
#include "dialogs/project_datasets_dialog.h"
#include "dialogs/project_pipelines_dialog.h"
#include "pages/data_page.h"
#include "pages/experiments_page.h"
#include "pages/explore_page.h"
#include "pages/prepare_page.h"
#include "pages/results_page.h"
#include "pages/train_page.h"
#include "pipeline_document.h"
#include "project_session.h"
#include "recent_files.h"
#include "run_recording.h"
#include "session.h"
#include "session_runs.h"
#include "store/run_recorder.h"
#include "training_controller.h"
#include "settings.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>
#include <QToolButton>
#include <QUndoGroup>
#include <QUndoStack>

#include <memory>

namespace pp {

namespace {

QString localFileFromMime(const QMimeData* mime)
{
    if (!mime || !mime->hasUrls())
        return QString();
    for (const QUrl& url : mime->urls()) {
        if (url.isLocalFile() && QFileInfo(url.toLocalFile()).isFile())
            return url.toLocalFile();
    }
    return QString();
}

} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent), m_jobs(new JobRunner(this)), m_session(new Session(m_jobs, this)),
      m_project(new ProjectSession(m_session, m_jobs, this)), m_recorder(new RunRecorder(m_project, this)),
      m_undoGroup(new QUndoGroup(this)), m_navigation(new QListWidget(this)), m_pages(new QStackedWidget(this))
{
    setWindowIcon(icons::app());
    setAcceptDrops(true);
    setMinimumSize(900, 600);
    m_runningLanguage = resolveLanguage(QString());

    createPages();
    createActions();
    createMenus();
    createStatusBar();

    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    connect(m_session, &Session::datasetChanged, this, [this]() {
        if (m_session->hasData())
            recent::add(m_session->path());
        updateWindowTitle();
    });
    connect(m_session, &Session::loadStarted, this, [this]() { setCurrentPage(Page::Data); });
    connect(m_project, &ProjectSession::projectChanged, this, [this]() {
        updateWindowTitle();
        updateProjectActions();
    });
    connect(m_project, &ProjectSession::datasetError, this,
            [this](const QString& message) { showProjectError(tr("Project"), message); });
    connect(m_project, &ProjectSession::editFailed, this,
            [this](const QString& message) { showProjectError(tr("Project"), message); });
    connect(m_project, &ProjectSession::datasetStored, this, [this]() {
        statusBar()->showMessage(tr("%1 is stored in the project.").arg(m_project->currentDatasetName()), 4000);
    });
    connect(m_recorder, &RunRecorder::recordingFailed, this, [this](const QString& message) {
        statusBar()->showMessage(tr("The run could not be recorded in the project: %1").arg(message), 8000);
    });
    // A run recorded while it trained gets its project id (or, when that failed, counts as
    // unsaved again).
    connect(m_recorder, &RunRecorder::resultRecorded, this, [this](const TrainResult* result, qint64 runId) {
        const int index = m_session->runs()->indexOf(result);
        if (index < 0)
            return;
        if (runId > 0)
            m_session->runs()->setRunId(index, runId);
        else
            m_session->runs()->setRecording(index, false);
    });
    connect(m_session->runs(), &SessionRuns::runAdded, this, &MainWindow::updateSaveRunsAction);
    connect(m_session->runs(), &SessionRuns::cleared, this, &MainWindow::updateSaveRunsAction);
    connect(m_session->runs(), &SessionRuns::runSaveStateChanged, this, &MainWindow::updateSaveRunsAction);
    // The Prepare page's pipeline is kept in the open project.
    connect(m_project, &ProjectSession::pipelineRestored, this, [this](const QString& name, int others) {
        QString text = tr("The Prepare page shows the project's pipeline “%1”.").arg(name);
        if (others > 0)
            text += QLatin1Char(' ') + tr("The project has %1 more (File › Project Pipelines…).").arg(others);
        statusBar()->showMessage(text, 8000);
    });
    connect(m_project, &ProjectSession::pipelineSaveFailed, this, [this](const QString& message) {
        statusBar()->showMessage(tr("The pipeline could not be saved in the project: %1").arg(message), 8000);
    });
    connect(m_project, &ProjectSession::pipelineError, this,
            [this](const QString& message) { showProjectError(tr("Project"), message); });
    // Project edits (rename, note, delete runs) are undone from Edit › Undo. Other pages with
    // their own stacks (pipeline edits) add them to the group and make them active as shown.
    m_undoGroup->addStack(m_project->undoStack());
    m_undoGroup->addStack(m_session->pipeline()->undoStack());
    m_undoGroup->setActiveStack(m_session->pipeline()->undoStack());
    // Edit › Undo acts on what the page shows: run edits on the Experiments page, the
    // pipeline everywhere else (the Prepare page's own buttons use the same stack).
    connect(m_pages, &QStackedWidget::currentChanged, this, [this](int index) {
        m_undoGroup->setActiveStack(index == static_cast<int>(Page::Experiments) ? m_project->undoStack()
                                                                                 : m_session->pipeline()->undoStack());
    });

    resize(1280, 800);
    restoreGeometry(kMainWindowGeometry.get());
    restoreState(kMainWindowState.get());
    updateWindowTitle();
    updateJobStatus();
    updateProjectActions();
    updateSaveRunsAction();
}

MainWindow::~MainWindow() = default;

void MainWindow::createPages()
{
    m_dataPage = new DataPage(m_session, this);
    m_explorePage = new ExplorePage(m_session, this);
    m_preparePage = new PreparePage(m_session, this);
    m_trainPage = new TrainPage(m_session, this);
    m_resultsPage = new ResultsPage(m_session, this);
    m_experimentsPage = new ExperimentsPage(m_project, this);
    const QList<QPair<QWidget*, QPair<QString, const char*>>> pages = {
        {m_dataPage, {tr("Data"), "page_data"}},
        {m_explorePage, {tr("Explore"), "page_explore"}},
        {m_preparePage, {tr("Prepare"), "page_prepare"}},
        {m_trainPage, {tr("Train"), "page_train"}},
        {m_resultsPage, {tr("Results"), "page_results"}},
        {m_experimentsPage, {tr("Experiments"), "page_experiments"}},
    };
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setIconSize(QSize(24, 24));
    m_navigation->setSpacing(2);
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_navigation->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    QFont navFont = m_navigation->font();
    navFont.setPointSizeF(navFont.pointSizeF() * 1.1);
    m_navigation->setFont(navFont);
    int width = 0;
    for (const auto& [widget, label] : pages) {
        m_pages->addWidget(widget);
        auto* item = new QListWidgetItem(icons::named(label.second), label.first, m_navigation);
        item->setSizeHint(QSize(0, 44));
        width = std::max(width, m_navigation->fontMetrics().horizontalAdvance(label.first));
    }
    m_navigation->setFixedWidth(std::max(150, width + 24 + 48));
    // A slightly darker rail than the pages, so that the navigation reads as such.
    QPalette rail = m_navigation->palette();
    rail.setColor(QPalette::Base, rail.color(QPalette::Window).darker(104));
    m_navigation->setPalette(rail);
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            setCurrentPage(static_cast<Page>(row));
    });
    auto showData = [this]() { setCurrentPage(Page::Data); };
    connect(m_explorePage, &ExplorePage::dataPageRequested, this, showData);
    connect(m_preparePage, &PreparePage::dataPageRequested, this, showData);
    connect(m_trainPage, &TrainPage::dataPageRequested, this, showData);
    connect(m_resultsPage, &ResultsPage::dataPageRequested, this, showData);
    connect(m_experimentsPage, &ExperimentsPage::newProjectRequested, this, &MainWindow::chooseNewProject);
    connect(m_experimentsPage, &ExperimentsPage::openProjectRequested, this, &MainWindow::chooseOpenProject);
    connect(m_experimentsPage, &ExperimentsPage::openProjectFileRequested, this, &MainWindow::openProject);
    connect(m_experimentsPage, &ExperimentsPage::trainPageRequested, this, [this]() { setCurrentPage(Page::Train); });
    connect(m_experimentsPage, &ExperimentsPage::statusMessage, this,
            [this](const QString& text) { statusBar()->showMessage(text, 6000); });
    // Reopening a stored run shows it on the Results page.
    connect(m_experimentsPage, &ExperimentsPage::openRunRequested, this, [this](const RunSnapshot& run) {
        m_resultsPage->showRun(run);
        setCurrentPage(Page::Results);
    });
    // Every training run is recorded in the open project as it trains (history appended per
    // epoch/round, so a crash leaves an "interrupted" run with its curve).
    TrainingController* training = m_trainPage->controller();
    connect(training, &TrainingController::started, m_recorder, [this](const TrainConfig& config) {
        m_recorder->onStarted(config, m_project->currentDatasetName(), m_project->currentDatasetId());
    });
    connect(training, &TrainingController::epoch, m_recorder, &RunRecorder::onEpoch);
    // Once the Train page has added the run to Session::runs(): a run being recorded is not
    // "unsaved" while its recording is written.
    connect(m_trainPage, &TrainPage::runAdded, m_recorder,
            [this](std::shared_ptr<const TrainResult> result, int index) {
                const bool recording = m_recorder->isRecording();
                m_recorder->onFinished(result);
                if (recording)
                    m_session->runs()->setRecording(index, true);
            });
    connect(training, &TrainingController::failed, m_recorder, &RunRecorder::onFailed);
    connect(training, &TrainingController::stopped, m_recorder, &RunRecorder::onStopped);
    connect(m_preparePage, &PreparePage::statusMessage, this,
            [this](const QString& message, int timeoutMs) { statusBar()->showMessage(message, timeoutMs); });
    connect(m_resultsPage, &ResultsPage::trainPageRequested, this, [this]() { setCurrentPage(Page::Train); });
    connect(m_trainPage, &TrainPage::resultsPageRequested, this, [this]() { setCurrentPage(Page::Results); });
    m_navigation->setCurrentRow(0);
}

void MainWindow::createActions()
{
    m_openAction = new QAction(icons::named("open"), tr("&Open…"), this);
    m_openAction->setShortcut(QKeySequence::Open);
    m_openAction->setToolTip(tr("Open a CSV, Excel or SQLite file"));
    connect(m_openAction, &QAction::triggered, m_dataPage, &DataPage::chooseAndOpenFile);

    m_importOptionsAction = new QAction(icons::named("import_options"), tr("&Import Options…"), this);
    m_importOptionsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_importOptionsAction->setToolTip(tr("Choose how the file is read, with a live preview"));
    connect(m_importOptionsAction, &QAction::triggered, this, [this]() { m_dataPage->showImportOptions(); });

    m_newProjectAction = new QAction(tr("&New Project…"), this);
    m_newProjectAction->setShortcut(QKeySequence::New);
    m_newProjectAction->setToolTip(tr("Create a project file that keeps data sets, runs and models"));
    connect(m_newProjectAction, &QAction::triggered, this, &MainWindow::chooseNewProject);
    m_openProjectAction = new QAction(tr("Open &Project…"), this);
    m_openProjectAction->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_O));
    m_openProjectAction->setToolTip(tr("Open a Purchasing Power Studio project (.ppsproj)"));
    connect(m_openProjectAction, &QAction::triggered, this, &MainWindow::chooseOpenProject);
    m_saveProjectAsAction = new QAction(tr("Save Project &As…"), this);
    m_saveProjectAsAction->setShortcut(QKeySequence::SaveAs);
    m_saveProjectAsAction->setToolTip(tr("Copy the project to a new file and continue in the copy. "
                                         "(Changes are saved automatically; there is no Save.)"));
    connect(m_saveProjectAsAction, &QAction::triggered, this, &MainWindow::chooseSaveProjectAs);
    m_closeProjectAction = new QAction(tr("&Close Project"), this);
    connect(m_closeProjectAction, &QAction::triggered, m_project, &ProjectSession::close);
    m_projectDatasetsAction = new QAction(tr("Project &Data Sets…"), this);
    m_projectDatasetsAction->setToolTip(tr("Open a data set stored in the project"));
    connect(m_projectDatasetsAction, &QAction::triggered, this, &MainWindow::showProjectDatasets);
    m_projectPipelinesAction = new QAction(style()->standardIcon(QStyle::SP_FileDialogListView), tr("Project &Pipelines…"), this);
    m_projectPipelinesAction->setObjectName(QStringLiteral("projectPipelinesAction"));
    m_projectPipelinesAction->setIconText(tr("Project Pipelines"));
    m_projectPipelinesAction->setToolTip(
        tr("Open one of the pipelines kept in the project, or keep this one as a new pipeline"));
    connect(m_projectPipelinesAction, &QAction::triggered, this, &MainWindow::showProjectPipelines);
    m_saveRunsAction = new QAction(tr("Save Runs to &Project…"), this);
    m_saveRunsAction->setObjectName(QStringLiteral("saveRunsAction"));
    m_saveRunsAction->setToolTip(tr("Record the runs trained without a project in the open project, or in a new one"));
    connect(m_saveRunsAction, &QAction::triggered, this, [this]() { saveRunsToProject(false); });

    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_pageActions = new QActionGroup(this);
    for (int i = 0; i < kPageCount; ++i) {
        QListWidgetItem* item = m_navigation->item(i);
        auto* action = new QAction(item->icon(), item->text(), m_pageActions);
        action->setCheckable(true);
        action->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)));
        action->setData(i);
        connect(action, &QAction::triggered, this, [this, i]() { setCurrentPage(static_cast<Page>(i)); });
    }
    m_pageActions->actions().first()->setChecked(true);
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_openAction);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::updateRecentFilesMenu);
    updateRecentFilesMenu();
    file->addAction(m_importOptionsAction);
    file->addSeparator();
    file->addAction(m_newProjectAction);
    file->addAction(m_openProjectAction);
    m_recentProjectsMenu = file->addMenu(tr("Open Recent Pro&ject"));
    m_recentProjectsMenu->setObjectName(QStringLiteral("recentProjectsMenu"));
    connect(m_recentProjectsMenu, &QMenu::aboutToShow, this, &MainWindow::updateRecentProjectsMenu);
    updateRecentProjectsMenu();
    file->addAction(m_saveProjectAsAction);
    file->addAction(m_closeProjectAction);
    file->addAction(m_projectDatasetsAction);
    file->addAction(m_saveRunsAction);
    file->addSeparator();
    file->addAction(m_preparePage->openPipelineAction());
    file->addAction(m_preparePage->savePipelineAction());
    file->addAction(m_projectPipelinesAction);
    m_preparePage->addPipelineAction(m_projectPipelinesAction);
    file->addSeparator();
    file->addAction(m_quitAction);
    updateProjectActions();

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setObjectName(QStringLiteral("undoAction"));
    QAction* redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    // Ctrl+Shift+Z everywhere (QKeySequence::Redo is Ctrl+Y on some platforms only).
    QList<QKeySequence> redoKeys{QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)};
    for (const QKeySequence& key : QKeySequence::keyBindings(QKeySequence::Redo))
        if (!redoKeys.contains(key))
            redoKeys << key;  // the same key twice would make the shortcut ambiguous
    redo->setShortcuts(redoKeys);
    redo->setObjectName(QStringLiteral("redoAction"));
    edit->addAction(undo);
    edit->addAction(redo);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->addActions(m_pageActions->actions());
    view->addSeparator();

    QToolBar* toolBar = addToolBar(tr("Main Tool Bar"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setMovable(false);
    toolBar->setIconSize(QSize(22, 22));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(m_openAction);
    toolBar->addAction(m_importOptionsAction);
    QAction* toggleToolBar = toolBar->toggleViewAction();
    toggleToolBar->setText(tr("Show &Tool Bar"));
    view->addAction(toggleToolBar);
    QAction* toggleNavigation = new QAction(tr("Show &Navigation"), this);
    toggleNavigation->setCheckable(true);
    toggleNavigation->setChecked(true);
    connect(toggleNavigation, &QAction::toggled, m_navigation, &QWidget::setVisible);
    view->addAction(toggleNavigation);

    QMenu* language = menuBar()->addMenu(tr("&Language"));
    m_languageActions = new QActionGroup(this);
    // Language names are written in their own language on purpose (not translated), so
    // that a user can find theirs whatever the current UI language.
    const QList<QPair<QString, QString>> languages = {{QStringLiteral("en"), QStringLiteral("English")},
                                                      {QStringLiteral("zh_CN"), QStringLiteral("简体中文")}};
    for (const auto& [code, name] : languages) {
        auto* action = new QAction(name, m_languageActions);
        action->setCheckable(true);
        action->setData(code);
        action->setChecked(code == m_runningLanguage);
        connect(action, &QAction::triggered, this, [this, code = code]() { chooseLanguage(code); });
        language->addAction(action);
    }

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* aboutAction = help->addAction(tr("&About Purchasing Power Studio"), this, &MainWindow::about);
    aboutAction->setMenuRole(QAction::AboutRole);
    QAction* aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::createStatusBar()
{
    m_projectLabel = new QLabel(this);
    m_projectLabel->setObjectName(QStringLiteral("projectLabel"));
    m_projectLabel->setToolTip(tr("Saved automatically: every change is written to the project file at once."));
    statusBar()->addPermanentWidget(m_projectLabel);
    m_jobLabel = new QLabel(this);
    m_jobLabel->setObjectName(QStringLiteral("jobLabel"));
    m_jobProgress = new QProgressBar(this);
    m_jobProgress->setObjectName(QStringLiteral("jobProgress"));
    m_jobProgress->setRange(0, 1000);
    m_jobProgress->setFixedWidth(200);
    m_jobProgress->setTextVisible(false);
    m_cancelButton = new QToolButton(this);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_cancelButton->setIcon(icons::named("cancel"));
    m_cancelButton->setText(tr("Cancel"));
    m_cancelButton->setToolTip(tr("Stop the running task"));
    m_cancelButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_cancelButton->setAutoRaise(true);
    statusBar()->addPermanentWidget(m_jobLabel);
    statusBar()->addPermanentWidget(m_jobProgress);
    statusBar()->addPermanentWidget(m_cancelButton);
    connect(m_cancelButton, &QToolButton::clicked, m_jobs, &JobRunner::cancelAll);
    connect(m_jobs, &JobRunner::jobStarted, this, &MainWindow::updateJobStatus);
    connect(m_jobs, &JobRunner::jobProgress, this, &MainWindow::updateJobStatus);
    connect(m_jobs, &JobRunner::jobFinished, this, [this](const QString& kind, bool completed) {
        updateJobStatus();
        if (!completed && (kind == JobKind::Import || kind == JobKind::Profile))
            statusBar()->showMessage(tr("Cancelled."), 4000);
    });
    connect(m_session, &Session::datasetChanged, this, [this]() {
        if (m_session->hasData())
            statusBar()->showMessage(tr("Loaded %1.").arg(QFileInfo(m_session->path()).fileName()), 4000);
    });
}

void MainWindow::updateJobStatus()
{
    const QList<JobRunner::JobInfo> running = m_jobs->runningJobs();
    const bool busy = !running.isEmpty();
    m_jobLabel->setVisible(busy);
    m_jobProgress->setVisible(busy);
    m_cancelButton->setVisible(busy);
    if (!busy)
        return;
    const JobRunner::JobInfo& job = running.last();  // the newest one is what the user just asked for
    QString text = job.title;
    if (!job.stage.isEmpty())
        text += QStringLiteral(" — ") + job.stage;
    if (running.size() > 1)
        text += QStringLiteral(" ") + tr("(+%1 more)").arg(running.size() - 1);
    m_jobLabel->setText(text);
    m_jobProgress->setValue(static_cast<int>(job.progress * 1000.0));
}

void MainWindow::updateRecentFilesMenu()
{
    m_recentMenu->clear();
    const QStringList files = recent::files();
    for (int i = 0; i < files.size(); ++i) {
        const QString& path = files.at(i);
        // &1..&9, then no accelerator.
        const QString label = i < 9 ? QStringLiteral("&%1  %2").arg(i + 1).arg(QFileInfo(path).fileName())
                                    : QFileInfo(path).fileName();
        QAction* action = m_recentMenu->addAction(label, this, [this, path]() { openFile(path); });
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
    }
    if (files.isEmpty()) {
        m_recentMenu->addAction(tr("No recent files"))->setEnabled(false);
    } else {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("Clear Recent Files"), this, []() { recent::clear(); });
    }
}

void MainWindow::updateWindowTitle()
{
    // The application display name is appended by Qt ("file.csv — Purchasing Power Studio").
    // A project has no unsaved state (the store commits every change), so no "[*]".
    const QString file = m_session->hasData() ? QFileInfo(m_session->path()).fileName() : QString();
    if (m_project->isOpen())
        setWindowTitle(file.isEmpty() ? m_project->name() : tr("%1 — %2").arg(m_project->name(), file));
    else
        setWindowTitle(file);
}

void MainWindow::updateProjectActions()
{
    const bool open = m_project->isOpen();
    if (m_saveProjectAsAction) {
        m_saveProjectAsAction->setEnabled(open);
        m_closeProjectAction->setEnabled(open);
        m_projectDatasetsAction->setEnabled(open);
        m_projectPipelinesAction->setEnabled(open);
    }
    if (m_projectLabel) {
        m_projectLabel->setVisible(open);
        m_projectLabel->setText(open ? tr("Project: %1 (saved automatically)").arg(m_project->name()) : QString());
        m_projectLabel->setToolTip(open ? tr("%1\nSaved automatically: every change is written to the project "
                                             "file at once.")
                                              .arg(QDir::toNativeSeparators(m_project->path()))
                                        : QString());
    }
}

void MainWindow::updateRecentProjectsMenu()
{
    m_recentProjectsMenu->clear();
    const QStringList files = ProjectSession::recentProjects();
    for (int i = 0; i < files.size(); ++i) {
        const QString& path = files.at(i);
        const QString label = i < 9 ? QStringLiteral("&%1  %2").arg(i + 1).arg(QFileInfo(path).fileName())
                                    : QFileInfo(path).fileName();
        QAction* action = m_recentProjectsMenu->addAction(label, this, [this, path]() { openProject(path); });
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
    }
    if (files.isEmpty()) {
        m_recentProjectsMenu->addAction(tr("No recent projects"))->setEnabled(false);
    } else {
        m_recentProjectsMenu->addSeparator();
        m_recentProjectsMenu->addAction(tr("Clear Recent Projects"), this, []() { ProjectSession::clearRecentProjects(); });
    }
}

static QString projectDialogDir()
{
    QString dir = kLastProjectDir.get();
    return dir.isEmpty() || !QFileInfo(dir).isDir() ? QDir::homePath() : dir;
}

bool MainWindow::openProject(const QString& path)
{
    QString error;
    if (!m_project->open(path, &error)) {
        showProjectError(tr("Open Project"), tr("Error opening '%1':\n%2").arg(QDir::toNativeSeparators(path), error));
        return false;
    }
    QString opened = tr("Opened project %1.").arg(m_project->name());
    if (m_project->currentPipelineId() > 0 && m_session->pipeline()->stepCount() > 0)
        opened += QLatin1Char(' ') + tr("The Prepare page shows its pipeline “%1”.").arg(m_project->currentPipelineName());
    statusBar()->showMessage(opened, 6000);
    setCurrentPage(Page::Experiments);
    return true;
}

QString MainWindow::askNewProjectPath()
{
    return QFileDialog::getSaveFileName(
        this, tr("New Project"), QDir(projectDialogDir()).filePath(tr("project") + QStringLiteral(".ppsproj")),
        ProjectSession::fileDialogFilter());
}

void MainWindow::chooseNewProject()
{
    const QString path = askNewProjectPath();
    if (path.isEmpty())
        return;
    QString error;
    if (!m_project->newProject(path, &error)) {
        showProjectError(tr("New Project"), tr("Error creating '%1':\n%2").arg(QDir::toNativeSeparators(path), error));
        return;
    }
    setCurrentPage(Page::Experiments);
}

void MainWindow::chooseOpenProject()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open Project"), projectDialogDir(), ProjectSession::fileDialogFilter());
    if (!path.isEmpty())
        openProject(path);
}

void MainWindow::chooseSaveProjectAs()
{
    if (!m_project->isOpen())
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Project As"), m_project->path(),
                                                      ProjectSession::fileDialogFilter());
    if (path.isEmpty())
        return;
    QString error;
    if (!m_project->saveAs(path, &error))
        showProjectError(tr("Save Project As"),
                         tr("Error writing '%1':\n%2").arg(QDir::toNativeSeparators(path), error));
}

void MainWindow::showProjectDatasets()
{
    if (!m_project->isOpen())
        return;
    auto* dialog = new ProjectDatasetsDialog(m_project, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showProjectPipelines()
{
    if (!m_project->isOpen())
        return;
    auto* dialog = new ProjectPipelinesDialog(m_project, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this]() { setCurrentPage(Page::Prepare); });
    dialog->open();
}

void MainWindow::updateSaveRunsAction()
{
    if (!m_saveRunsAction)
        return;
    const std::size_t unsaved = m_session->runs()->unsavedRuns().size();
    m_saveRunsAction->setEnabled(!m_savingRuns && unsaved > 0);
    m_saveRunsAction->setStatusTip(unsaved > 0 ? tr("Runs not saved in a project: %1").arg(unsaved) : QString());
}

void MainWindow::saveRunsToProject(bool closeWhenDone)
{
    if (m_savingRuns)
        return;
    if (!m_project->isOpen()) {
        const QString path = askNewProjectPath();
        if (path.isEmpty())
            return;
        QString error;
        if (!m_project->newProject(path, &error)) {
            showProjectError(tr("New Project"),
                             tr("Error creating '%1':\n%2").arg(QDir::toNativeSeparators(path), error));
            return;
        }
    }
    m_savingRuns = true;
    updateSaveRunsAction();
    // A new project stores the current data set first: the runs trained on it are linked to it.
    if (m_jobs->isRunning(JobKind::StoreDataset)) {
        auto connection = std::make_shared<QMetaObject::Connection>();
        *connection = connect(m_jobs, &JobRunner::jobFinished, this,
                              [this, connection, closeWhenDone](const QString& kind) {
                                  if (kind != JobKind::StoreDataset)
                                      return;
                                  disconnect(*connection);
                                  recordUnsavedRuns(closeWhenDone);
                              });
        return;
    }
    recordUnsavedRuns(closeWhenDone);
}

void MainWindow::recordUnsavedRuns(bool closeWhenDone)
{
    SessionRuns* runs = m_session->runs();
    const std::vector<int> unsaved = runs->unsavedRuns();
    if (unsaved.empty() || !m_project->isOpen()) {
        m_savingRuns = false;
        updateSaveRunsAction();
        if (closeWhenDone && m_project->isOpen()) {
            m_closeConfirmed = true;
            close();
        }
        return;
    }
    std::vector<RunRecorder::FinishedRun> toSave;
    std::vector<const TrainResult*> keys;
    const std::shared_ptr<const Table> current = m_session->table();
    for (int index : unsaved) {
        const RunSnapshot& r = runs->at(index);
        TrainConfig config;
        if (r.config) {
            config = *r.config;
        } else {  // not started from the Train page: what the result says
            config.targets = r.targets;
            config.task = r.task;
            config.model = r.model;
            config.params = r.params.toVariantMap();
            config.device = r.device;
        }
        const std::shared_ptr<const Table> trained = r.dataset.lock();
        const bool stored = trained && trained == current && m_project->currentDatasetId() > 0;
        store::RunStart start = store::runStart(config, stored ? m_project->currentDatasetName() : r.datasetName,
                                                stored ? m_project->currentDatasetId() : 0);
        const QDateTime when = r.startedAt.isValid() ? r.startedAt : r.finishedAt;
        if (when.isValid())  // named like a run recorded while it trained: model and start time
            start.name = QStringLiteral("%1 %2").arg(config.model, when.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        toSave.push_back({r.result, start, r.startedAt, r.finishedAt});
        keys.push_back(r.result.get());
    }
    const QString projectName = m_project->name();
    statusBar()->showMessage(tr("Saving runs in project %1…").arg(projectName));
    m_recorder->saveRuns(m_project->store(), std::move(toSave),
                         [this, keys, closeWhenDone, projectName](std::vector<qint64> ids, QStringList errors) {
                             m_savingRuns = false;
                             int saved = 0;
                             for (std::size_t k = 0; k < keys.size() && k < ids.size(); ++k) {
                                 if (ids[k] <= 0)
                                     continue;
                                 m_session->runs()->setRunId(m_session->runs()->indexOf(keys[k]), ids[k]);
                                 ++saved;
                             }
                             updateSaveRunsAction();
                             if (!errors.isEmpty()) {
                                 statusBar()->clearMessage();
                                 showProjectError(tr("Save Runs to Project"),
                                                  tr("%1 of %n run(s) could not be saved in project %2:\n%3",
                                                     nullptr, static_cast<int>(keys.size()))
                                                      .arg(errors.size())
                                                      .arg(projectName, errors.join(QLatin1Char('\n'))));
                                 return;  // the window stays open, whatever was asked
                             }
                             statusBar()->showMessage(
                                 tr("Saved %n run(s) in project %1.", nullptr, saved).arg(projectName), 6000);
                             if (closeWhenDone) {
                                 m_closeConfirmed = true;
                                 close();
                             }
                         });
}

bool MainWindow::askToSaveBeforeClosing()
{
    const int runs = static_cast<int>(m_session->runs()->unsavedRuns().size());
    const bool open = m_project->isOpen();
    const bool pipeline = !open && m_session->pipeline()->stepCount() > 0;
    if (runs == 0 && !pipeline)
        return false;
    if (m_closeBox) {
        m_closeBox->raise();
        m_closeBox->activateWindow();
        return true;
    }
    const QString text = runs > 0
        ? tr("%n trained run(s) not saved in a project. Save before closing?", nullptr, runs)
        : tr("The pipeline on the Prepare page is not saved in a project. Save it before closing?");
    QString details;
    if (open)
        details = tr("Save records them in the open project %1, with their curves, metrics, predictions and models.")
                      .arg(m_project->name());
    else if (runs > 0)
        details = tr("Save… creates a project file that keeps the runs (curves, metrics, predictions and models) "
                     "and the pipeline of the Prepare page.");
    else
        details = tr("Save… creates a project file that keeps the pipeline of the Prepare page (its steps, target "
                     "and split).");
    auto* box = new QMessageBox(QMessageBox::Question, tr("Unsaved Work"), text,
                                QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("unsavedWorkBox"));
    box->setInformativeText(details);
    box->setDefaultButton(QMessageBox::Save);
    box->setEscapeButton(QMessageBox::Cancel);
    box->button(QMessageBox::Save)->setText(open ? tr("Save") : tr("Save…"));
    box->button(QMessageBox::Discard)->setText(tr("Discard"));
    box->button(QMessageBox::Cancel)->setText(tr("Cancel"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    m_closeBox = box;
    // Queued: the file dialog of Save… opens after the box is gone.
    connect(box, &QMessageBox::finished, this, [this](int result) {
        if (result == QMessageBox::Save) {
            saveRunsToProject(true);
        } else if (result == QMessageBox::Discard) {
            m_closeConfirmed = true;
            close();
        }
    }, Qt::QueuedConnection);
    box->open();  // window-modal, not exec(): nothing waits on it
    return true;
}

void MainWindow::showProjectError(const QString& title, const QString& message)
{
    // Non-blocking (open(), not exec()): the window stays responsive and tests can close it.
    auto* box = new QMessageBox(QMessageBox::Critical, title, message, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("projectErrorBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

QWidget* MainWindow::pageWidget(Page page) const { return m_pages->widget(static_cast<int>(page)); }
QWidget* MainWindow::currentPageWidget() const { return m_pages->currentWidget(); }

QStringList MainWindow::pageNames()
{
    return {QStringLiteral("data"),    QStringLiteral("explore"), QStringLiteral("prepare"),
            QStringLiteral("train"),   QStringLiteral("results"), QStringLiteral("experiments")};
}

bool MainWindow::setCurrentPage(const QString& name)
{
    const int i = pageNames().indexOf(name.toLower());
    if (i < 0)
        return false;
    setCurrentPage(static_cast<Page>(i));
    return true;
}

void MainWindow::setCurrentPage(Page page)
{
    const int i = static_cast<int>(page);
    m_pages->setCurrentIndex(i);
    if (m_navigation->currentRow() != i)
        m_navigation->setCurrentRow(i);
    if (m_pageActions)
        m_pageActions->actions().at(i)->setChecked(true);
}

MainWindow::Page MainWindow::currentPage() const { return static_cast<Page>(m_pages->currentIndex()); }

void MainWindow::openFile(const QString& path) { m_dataPage->openFile(path); }

void MainWindow::setRunningLanguage(const QString& language)
{
    m_runningLanguage = language;
    for (QAction* action : m_languageActions->actions())
        action->setChecked(action->data().toString() == language);
}

void MainWindow::chooseLanguage(const QString& language)
{
    kLanguage.set(language);
    if (language == m_runningLanguage)
        return;
    QMessageBox::information(this, tr("Language"),
                             tr("The language will change the next time you start Purchasing Power Studio."));
}

void MainWindow::about()
{
    QMessageBox::about(
        this, tr("About Purchasing Power Studio"),
        tr("<h3>Purchasing Power Studio %1</h3>"
           "<p>Explore e-commerce customer data and predict purchasing power, without writing code.</p>"
           "<p>Built with Qt %2.</p>")
            .arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion())));
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (!localFileFromMime(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    const QString path = localFileFromMime(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    setCurrentPage(Page::Data);
    openFile(path);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_savingRuns) {
        event->ignore();  // closes when the runs are saved, if that was asked
        statusBar()->showMessage(tr("Saving runs in project %1…").arg(m_project->name()));
        return;
    }
    if (m_confirmUnsaved && !m_closeConfirmed && askToSaveBeforeClosing()) {
        event->ignore();
        return;
    }
    m_closeConfirmed = false;  // a window shown again asks again
    m_project->savePipelineNow();
    m_project->waitForPipelineWrites();
    kMainWindowGeometry.set(saveGeometry());
    kMainWindowState.set(saveState());
    m_jobs->cancelAll();
    m_recorder->waitForWrites();
    QMainWindow::closeEvent(event);
}

} // namespace pp
