// Projects in the GUI, offscreen: the Experiments page shows, filters and compares the runs
// of a project made with core (trainModel + recordRun), edits them through the undo stack,
// exports bundles/predictions/reports and scores new data; the project session opens, creates
// and copies projects and refuses damaged ones without touching them; the run recorder
// records runs as they train. Waits are on signals and conditions, never fixed sleeps.

#include "data/csv_writer.h"
#include "data/importer.h"
#include "data/zip_archive.h"
#include "dialogs/project_datasets_dialog.h"
#include "dialogs/project_pipelines_dialog.h"
#include "dialogs/score_data_dialog.h"
#include "job_runner.h"
#include "main_window.h"
#include "ml/model.h"
#include "ml/model_bundle.h"
#include "models/runs_model.h"
#include "nn/nn_models.h"
#include "pages/experiments_page.h"
#include "pages/prepare_page.h"
#include "pipeline_document.h"
#include "prep/pipeline.h"
#include "prep/step.h"
#include "project_session.h"
#include "run_recording.h"
#include "session.h"
#include "session_runs.h"
#include "settings.h"
#include "store/project_store.h"
#include "store/run_recorder.h"
#include "store/zip_writer.h"
#include "stored_run.h"
#include "widgets/empty_state.h"
#include "widgets/run_compare_view.h"

#include <QAction>
#include <QApplication>
#include <QChart>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QStatusBar>
#include <QLineEdit>
#include <QLineSeries>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTimer>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoGroup>
#include <QUndoStack>

#include <sqlite3.h>

#include <atomic>
#include <chrono>
#include <cmath>
#include <map>
#include <memory>
#include <thread>

using namespace pp;

namespace {

const QString kSample = QStringLiteral(PP_SOURCE_DIR "/resources/data/ppstudio_sample.csv");
const QString kTarget = QStringLiteral("spend_next_90d");

QByteArray fileHash(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QByteArray();
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool execSql(const QString& path, const QByteArray& sql)
{
    sqlite3* db = nullptr;
    if (sqlite3_open(QFile::encodeName(path).constData(), &db) != SQLITE_OK)
        return false;
    const int rc = sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr);
    sqlite3_close(db);
    return rc == SQLITE_OK;
}

TrainConfig config(const QString& model, QVariantMap params = {})
{
    TrainConfig c;
    c.targets = {kTarget};
    c.task = Task::Regression;
    c.model = model;
    c.params = std::move(params);
    c.importanceRepeats = 1;
    c.threads = 1;
    return c;
}

void closeMessageBoxes(QWidget* window)
{
    for (QMessageBox* box : window->findChildren<QMessageBox*>())
        box->close();
}

QAction* actionWithShortcut(QWidget* widget, const QKeySequence& key)
{
    for (QAction* a : widget->actions())
        if (a->shortcut() == key)
            return a;
    return nullptr;
}

// With PP_TEST_SCREENSHOTS=DIR, dialogs a test shows are also saved there, for a person to
// look at (the application's own --screenshots covers the main window only).
void saveForReview(QWidget* widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("PP_TEST_SCREENSHOTS");
    if (dir.isEmpty() || !QDir().mkpath(dir))
        return;
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    widget->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

// Answers the next file dialog (File › New Project) with `path`, from inside its exec().
void answerFileDialog(QObject* context, const QString& path)
{
    auto* timer = new QTimer(context);
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, path]() {
        if (auto* dialog = qobject_cast<QFileDialog*>(QApplication::activeModalWidget())) {
            // The name field itself: selectFile() leaves it alone while it has the focus.
            dialog->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"))->setText(path);
            static_cast<QDialog*>(dialog)->accept();  // QFileDialog::accept() checks the name
            timer->deleteLater();
        }
    });
    timer->start();
}

QMessageBox* unsavedWorkBox(QWidget* window)
{
    for (QMessageBox* box : window->findChildren<QMessageBox*>(QStringLiteral("unsavedWorkBox")))
        if (box->isVisible())
            return box;
    return nullptr;
}

int rowOf(ExperimentsPage* page, qint64 runId)
{
    for (int r = 0; r < page->filterModel()->rowCount(); ++r)
        if (page->filterModel()->index(r, 0).data(int(RunsRole::RunId)).toLongLong() == runId)
            return r;
    return -1;
}

} // namespace

class TestGuiProject : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void zipWriterRoundTrip_data();
    void zipWriterRoundTrip();
    void opensProjectAndShowsRuns();
    void runsWrittenElsewhereAppear();
    void runsElsewhereWaitWhileHiddenOrBusy();
    void filtersRuns();
    void comparesSelectedRuns();
    void renameAndNotePersist();
    void deleteAndUndo();
    void exportsBundlePredictionsReport();
    void reopenBuildsSnapshot();
    void scoreNewData();
    void scoreNewDataNamesBadColumns_data();
    void scoreNewDataNamesBadColumns();
    void corruptProjectShowsErrorAndStaysUnchanged_data();
    void corruptProjectShowsErrorAndStaysUnchanged();
    void newSaveAsCloseAndRecent();
    void importedDataIsStoredAndReopened();
    void runRecorderRecordsRuns();
    void pipelineKeptInProject();
    void projectPipelinesDialog();
    void pagePipelineKeptWhenOpeningProject();
    void pipelineRestoreIsNotUndone();
    void closeAsksToSaveUnsavedRuns();
    void saveRunsIntoOpenProject();
    void cliProjectOpens();
    void screenshotsOfProject();

private:
    /// A fresh copy of the fixture project.
    QString projectCopy();
    MainWindow* openWindow(const QString& project);
    /// Adds a run trained here (no project) to the window's session, as the Train page does.
    const RunSnapshot& addSessionRun(MainWindow* w, const TrainConfig& cfg);
    ExperimentsPage* page(MainWindow* w) { return w->experimentsPage(); }

    QTemporaryDir m_settingsDir;
    QTemporaryDir m_dir;
    QString m_fixture;
    Table m_table;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_ridge = 0, m_gbdt20 = 0, m_gbdt40 = 0, m_failed = 0, m_interrupted = 0;
    std::map<qint64, std::shared_ptr<const TrainResult>> m_results;
    std::map<qint64, std::vector<EpochRecord>> m_histories;
    int m_copies = 0;
};

void TestGuiProject::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    QVERIFY(m_dir.isValid());
    QApplication::setQuitOnLastWindowClosed(false);  // the close tests close windows
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("ppstudio-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_gui_project"));
    registerCoreModels();
    nn::registerModels();
    registerPrepSteps();

    // 1,500 rows of the bundled sample keep training quick.
    auto imported = importFile(kSample);
    QVERIFY2(imported.ok(), qPrintable(imported.error().toString()));
    m_table = imported->table.head(1500);

    m_fixture = m_dir.filePath(QStringLiteral("fixture.ppsproj"));
    auto opened = store::ProjectStore::open(m_fixture, true);
    QVERIFY2(opened.ok(), qPrintable(opened.error().toString()));
    std::unique_ptr<store::ProjectStore> project = opened.take();
    auto datasetId = store::storeDataset(*project, m_table, ImportOptions(), kSample);
    QVERIFY(datasetId.ok());

    auto train = [&](const QString& name, const TrainConfig& cfg) -> qint64 {
        store::RunStart start = store::runStart(cfg, QStringLiteral("ppstudio_sample.csv"), datasetId.value());
        start.name = name;
        auto id = project->beginRun(start);
        if (!id.ok())
            return 0;
        TrainCallbacks callbacks;
        callbacks.onEpoch = [&](const EpochRecord& r) { project->appendHistory(id.value(), r); };
        auto result = trainModel(m_table, cfg, nullptr, callbacks);
        if (!result.ok()) {
            qWarning("%s", qPrintable(result.error().toString()));
            return 0;
        }
        if (!store::recordRun(*project, id.value(), result.value()).ok())
            return 0;
        m_histories[id.value()] = result->history;
        m_results[id.value()] = std::make_shared<const TrainResult>(result.take());
        return id.value();
    };
    m_ridge = train(QStringLiteral("ridge baseline"), config(QStringLiteral("ridge")));
    m_gbdt20 = train(QStringLiteral("gbdt 20 trees"), config(QStringLiteral("gbdt"), {{QStringLiteral("n_estimators"), 20}}));
    m_gbdt40 = train(QStringLiteral("gbdt 40 trees"), config(QStringLiteral("gbdt"), {{QStringLiteral("n_estimators"), 40}}));
    QVERIFY(m_ridge > 0 && m_gbdt20 > 0 && m_gbdt40 > 0);
    QVERIFY2(!m_histories[m_gbdt20].empty(), "boosting records a curve");

    // A run that failed, and one whose process died after two epochs.
    auto failed = project->beginRun(store::runStart(config(QStringLiteral("mlp")), QStringLiteral("ppstudio_sample.csv"),
                                                    datasetId.value()));
    QVERIFY(failed.ok());
    m_failed = failed.value();
    QVERIFY(project->finishRun(m_failed, QStringLiteral("failed"), {}, {}, QStringLiteral("Out of memory")).ok());
    auto killed = project->beginRun(store::runStart(config(QStringLiteral("gbdt")), QStringLiteral("ppstudio_sample.csv"),
                                                    datasetId.value()));
    QVERIFY(killed.ok());
    m_interrupted = killed.value();
    for (int e = 1; e <= 2; ++e) {
        EpochRecord r;
        r.epoch = e;
        r.trainLoss = 10.0 / e;
        r.validLoss = 12.0 / e;
        QVERIFY(project->appendHistory(m_interrupted, r).ok());
    }
    project.reset();
    // Pretend the run belonged to a process that has exited (pid 1 with another start time).
    QVERIFY(execSql(m_fixture, "UPDATE runs SET pid = 1, process_start = -12345 WHERE id = "
                                   + QByteArray::number(m_interrupted) + ";"));
}

void TestGuiProject::init() { QSettings().clear(); }

void TestGuiProject::cleanup()
{
    if (m_window) {
        closeMessageBoxes(m_window.get());
        m_window->runRecorder()->waitForWrites();
        m_window.reset();
    }
}

QString TestGuiProject::projectCopy()
{
    const QString path = m_dir.filePath(QStringLiteral("copy%1.ppsproj").arg(++m_copies));
    QFile::remove(path);
    if (!QFile::copy(m_fixture, path))
        return QString();
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    return path;
}

MainWindow* TestGuiProject::openWindow(const QString& project)
{
    m_window = std::make_unique<MainWindow>();
    m_window->setAttribute(Qt::WA_DontShowOnScreen);
    m_window->resize(1280, 800);
    m_window->show();
    if (!project.isEmpty() && !m_window->openProject(project))
        return nullptr;
    return m_window.get();
}

// --- ZIP writer ---------------------------------------------------------------------------------

void TestGuiProject::zipWriterRoundTrip_data()
{
    QTest::addColumn<int>("method");
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QList<QByteArray>>("contents");
    QByteArray random(50000, '\0');
    QRandomGenerator gen(7);
    for (char& c : random)
        c = static_cast<char>(gen.bounded(256));
    const QByteArray text = QByteArray("{\"model\": \"gbdt\", \"params\": {}}\n").repeated(2000);
    QTest::newRow("deflate-three-files") << int(store::ZipMethod::Deflate)
                                         << QStringList{QStringLiteral("bundle.json"), QStringLiteral("pipeline.json"),
                                                        QStringLiteral("model.json")}
                                         << QList<QByteArray>{text, QByteArray("{}"), random};
    QTest::newRow("stored") << int(store::ZipMethod::Stored) << QStringList{QStringLiteral("a.txt")}
                            << QList<QByteArray>{text};
    QTest::newRow("empty-member") << int(store::ZipMethod::Deflate) << QStringList{QStringLiteral("empty.txt")}
                                  << QList<QByteArray>{QByteArray()};
    QTest::newRow("utf8-name-subfolder") << int(store::ZipMethod::Deflate)
                                         << QStringList{QStringLiteral("模型/说明.txt")}
                                         << QList<QByteArray>{QByteArray("购买力")};
    QTest::newRow("no-members") << int(store::ZipMethod::Deflate) << QStringList{} << QList<QByteArray>{};
}

void TestGuiProject::zipWriterRoundTrip()
{
    QFETCH(int, method);
    QFETCH(QStringList, names);
    QFETCH(QList<QByteArray>, contents);
    std::vector<store::ZipMember> members;
    for (int i = 0; i < names.size(); ++i)
        members.push_back({names.at(i), contents.at(i), {}});
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("x.zip"));
    const Status written = store::writeZip(path, members, static_cast<store::ZipMethod>(method));
    QVERIFY2(written.ok(), qPrintable(written.error().toString()));

    ZipArchive zip;
    QString error;
    QVERIFY2(zip.open(path, &error), qPrintable(error));
    QCOMPARE(int(zip.entries().size()), names.size());
    for (int i = 0; i < names.size(); ++i) {
        const ZipArchive::Entry* entry = zip.find(names.at(i));
        QVERIFY2(entry, qPrintable(names.at(i)));
        QCOMPARE(entry->name, names.at(i));
        QByteArray back;
        QVERIFY2(zip.readEntry(*entry, &back, &error), qPrintable(error));
        QCOMPARE(back, contents.at(i));
        if (method == int(store::ZipMethod::Stored) || contents.at(i).size() < 16)
            QCOMPARE(int(entry->method), 0);
    }
    // Compressible text is deflated; random bytes, which deflate can't shrink, are stored.
    if (QTest::currentDataTag() == QByteArrayLiteral("deflate-three-files")) {
        QCOMPARE(int(zip.find(QStringLiteral("bundle.json"))->method), 8);
        QCOMPARE(int(zip.find(QStringLiteral("model.json"))->method), 0);
    }
}

// --- Experiments page -----------------------------------------------------------------------------

void TestGuiProject::opensProjectAndShowsRuns()
{
    const QString path = projectCopy();
    MainWindow* w = openWindow(path);
    QVERIFY(w);
    QCOMPARE(w->currentPage(), MainWindow::Page::Experiments);
    QVERIFY(w->windowTitle().contains(QFileInfo(path).completeBaseName()));
    QVERIFY(MainWindow::pageNames().contains(QStringLiteral("experiments")));

    ExperimentsPage* p = page(w);
    RunsModel* model = p->runsModel();
    QCOMPARE(model->rowCount(), 5);
    auto statusOf = [&](qint64 id) {
        return model->index(model->rowOfRun(id), RunsModel::StatusField).data(int(RunsRole::Status)).toString();
    };
    QCOMPARE(statusOf(m_ridge), QStringLiteral("done"));
    QCOMPARE(statusOf(m_gbdt40), QStringLiteral("done"));
    QCOMPARE(statusOf(m_failed), QStringLiteral("failed"));
    QCOMPARE(statusOf(m_interrupted), QStringLiteral("interrupted"));
    const QModelIndex interrupted = model->index(model->rowOfRun(m_interrupted), RunsModel::StatusField);
    QCOMPARE(interrupted.data().toString(), QStringLiteral("Interrupted"));
    QCOMPARE(interrupted.data(Qt::ForegroundRole).value<QColor>(), RunsModel::statusColor(QStringLiteral("interrupted")));
    QVERIFY(interrupted.data(Qt::ForegroundRole).value<QColor>()
            != model->index(model->rowOfRun(m_ridge), RunsModel::StatusField).data(Qt::ForegroundRole).value<QColor>());

    // Metrics: the test split's, as trainModel computed them.
    for (qint64 id : {m_ridge, m_gbdt20, m_gbdt40}) {
        const QJsonObject test = m_results[id]->testMetrics;
        const int row = model->rowOfRun(id);
        QCOMPARE(model->index(row, RunsModel::R2Field).data(int(RunsRole::SortValue)).toDouble(),
                 test.value(QStringLiteral("r2")).toDouble());
        QCOMPARE(model->index(row, RunsModel::RmseField).data(int(RunsRole::SortValue)).toDouble(),
                 test.value(QStringLiteral("rmse")).toDouble());
        QCOMPARE(model->index(row, RunsModel::MaeField).data(int(RunsRole::SortValue)).toDouble(),
                 test.value(QStringLiteral("mae")).toDouble());
        QVERIFY(model->index(row, RunsModel::AccuracyField).data(int(RunsRole::Missing)).toBool());
    }
    QVERIFY(model->index(model->rowOfRun(m_failed), RunsModel::R2Field).data(int(RunsRole::Missing)).toBool());
    QCOMPARE(model->index(model->rowOfRun(m_failed), RunsModel::StatusField).data(Qt::ToolTipRole).toString(),
             QStringLiteral("Out of memory"));
    // Classification columns are hidden in a regression-only project; regression ones shown.
    QVERIFY(p->runsView()->isColumnHidden(RunsModel::AccuracyField));
    QVERIFY(!p->runsView()->isColumnHidden(RunsModel::R2Field));

    // Sorting by R² (descending) puts the best run first; runs without R² go last.
    p->runsView()->sortByColumn(RunsModel::R2Field, Qt::DescendingOrder);
    double previous = std::numeric_limits<double>::infinity();
    for (int r = 0; r < 3; ++r) {
        const double v = p->filterModel()->index(r, RunsModel::R2Field).data(int(RunsRole::SortValue)).toDouble();
        QVERIFY(v <= previous);
        previous = v;
    }
    QVERIFY(p->filterModel()->index(4, RunsModel::R2Field).data(int(RunsRole::Missing)).toBool());
}

void TestGuiProject::runsWrittenElsewhereAppear()
{
    // `ppstudio-cli train --project` (or another window) writes through its own connection:
    // the open window lists the new run and follows renames without F5.
    const QString path = projectCopy();
    MainWindow* w = openWindow(path);
    QVERIFY(w);
    RunsModel* model = page(w)->runsModel();
    QCOMPARE(model->rowCount(), 5);
    auto other = store::ProjectStore::open(path, false);
    QVERIFY2(other.ok(), qPrintable(other.error().toString()));
    auto id = other.value()->beginRun(store::runStart(config(QStringLiteral("ridge")), QStringLiteral("elsewhere.csv"), 0));
    QVERIFY2(id.ok(), qPrintable(id.error().toString()));
    QVERIFY(other.value()->finishRun(id.value(), QStringLiteral("failed"), {}, {}, QStringLiteral("stopped")).ok());
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 6, 4 * ProjectSession::kWatchIntervalMs);
    QVERIFY(model->rowOfRun(id.value()) >= 0);
    QVERIFY(other.value()->renameRun(m_ridge, QStringLiteral("renamed elsewhere")).ok());
    QTRY_COMPARE_WITH_TIMEOUT(
        model->index(model->rowOfRun(m_ridge), RunsModel::NameField).data().toString(),
        QStringLiteral("renamed elsewhere"), 4 * ProjectSession::kWatchIntervalMs);
}

void TestGuiProject::runsElsewhereWaitWhileHiddenOrBusy()
{
    // `ppstudio-cli train --project` commits every epoch: the Experiments page reads the runs
    // only while it is shown, and never waits for the store on the GUI thread.
    const QString path = projectCopy();
    MainWindow* w = openWindow(path);
    QVERIFY(w);
    ExperimentsPage* p = page(w);
    RunsModel* model = p->runsModel();
    QCOMPARE(model->rowCount(), 5);
    w->setCurrentPage(MainWindow::Page::Data);
    QVERIFY(!p->isVisible());
    auto other = store::ProjectStore::open(path, false);
    QVERIFY2(other.ok(), qPrintable(other.error().toString()));
    auto addRun = [&]() {
        auto id = other.value()->beginRun(store::runStart(config(QStringLiteral("ridge")), QStringLiteral("cli.csv"), 0));
        QVERIFY2(id.ok(), qPrintable(id.error().toString()));
        QVERIFY(other.value()->finishRun(id.value(), QStringLiteral("failed"), {}, {}, QStringLiteral("stopped")).ok());
    };
    addRun();
    QTRY_VERIFY_WITH_TIMEOUT(p->isStale(), 4 * ProjectSession::kWatchIntervalMs);
    QCOMPARE(model->rowCount(), 5);  // hidden: not read
    w->setCurrentPage(MainWindow::Page::Experiments);
    QCOMPARE(model->rowCount(), 6);  // shown: read at once
    QVERIFY(!p->isStale());

    // Another thread is writing (the recorder): the page doesn't wait, it tries again later.
    std::shared_ptr<store::ProjectStore> project = w->projectSession()->store();
    std::atomic<bool> held{false};
    std::atomic<bool> release{false};
    std::thread writer([&]() {
        const auto lock = project->tryLock();
        held = lock.owns_lock();
        for (int i = 0; i < 1000 && !release; ++i)  // 10 s at most, whatever happens
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
    });
    QTRY_VERIFY(held);
    addRun();
    QElapsedTimer timer;
    timer.start();
    Q_EMIT w->projectSession()->runsChangedElsewhere();  // as the poll would (it skips while busy)
    QTest::qWait(ProjectSession::kWatchIntervalMs);
    const qint64 elapsed = timer.elapsed();
    QVERIFY(p->isStale());
    QCOMPARE(model->rowCount(), 6);
    release = true;
    writer.join();
    QVERIFY2(elapsed < ProjectSession::kWatchIntervalMs + 2000, qPrintable(QString::number(elapsed)));
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 7, 4 * ProjectSession::kWatchIntervalMs);
    QVERIFY(!p->isStale());
}

void TestGuiProject::filtersRuns()
{
    MainWindow* w = openWindow(projectCopy());
    QVERIFY(w);
    ExperimentsPage* p = page(w);
    QCOMPARE(p->filterModel()->rowCount(), 5);

    QTest::keyClicks(p->filterEdit(), QStringLiteral("0 trees"));
    QCOMPARE(p->filterModel()->rowCount(), 2);
    p->filterEdit()->clear();
    QCOMPARE(p->filterModel()->rowCount(), 5);

    QComboBox* models = p->modelFilter();
    const int ridge = models->findData(QStringLiteral("ridge"));
    QVERIFY(ridge > 0);
    models->setCurrentIndex(ridge);
    QCOMPARE(p->filterModel()->rowCount(), 1);
    QCOMPARE(p->filterModel()->index(0, 0).data(int(RunsRole::RunId)).toLongLong(), m_ridge);
    models->setCurrentIndex(models->findData(QStringLiteral("gbdt")));
    QCOMPARE(p->filterModel()->rowCount(), 3);  // two done, one interrupted

    QComboBox* statuses = p->statusFilter();
    QCOMPARE(statuses->findData(QStringLiteral("running")), -1);  // only statuses that occur
    statuses->setCurrentIndex(statuses->findData(QStringLiteral("interrupted")));
    QCOMPARE(p->filterModel()->rowCount(), 1);
    QCOMPARE(p->filterModel()->index(0, 0).data(int(RunsRole::RunId)).toLongLong(), m_interrupted);

    models->setCurrentIndex(0);
    statuses->setCurrentIndex(0);
    p->datasetFilter()->setCurrentIndex(p->datasetFilter()->findData(QStringLiteral("ppstudio_sample.csv")));
    QCOMPARE(p->filterModel()->rowCount(), 5);
    QVERIFY(p->findChild<QLabel*>(QStringLiteral("experimentsSummary"))->text().contains(QStringLiteral("5")));
}

void TestGuiProject::comparesSelectedRuns()
{
    MainWindow* w = openWindow(projectCopy());
    QVERIFY(w);
    ExperimentsPage* p = page(w);
    RunCompareView* compare = p->compareView();

    // Click the two boosting runs (Ctrl for the second) and the ridge run.
    QTableView* view = p->runsView();
    view->scrollToTop();
    const QRect first = view->visualRect(p->filterModel()->index(rowOf(p, m_gbdt20), RunsModel::NameField));
    const QRect second = view->visualRect(p->filterModel()->index(rowOf(p, m_gbdt40), RunsModel::NameField));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, first.center());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::ControlModifier, second.center());
    QCOMPARE(p->selectedRunIds().size(), 2);

    QList<QLineSeries*> series = compare->curveSeries();
    QCOMPARE(series.size(), 2);
    QVERIFY(compare->showsValidationLoss());
    for (QLineSeries* s : series) {
        const qint64 id = s->property("runId").toLongLong();
        const std::vector<EpochRecord>& history = m_histories[id];
        QCOMPARE(s->count(), int(history.size()));
        for (int i = 0; i < s->count(); ++i) {
            QCOMPARE(s->at(i).x(), double(history[std::size_t(i)].epoch));
            QCOMPARE(s->at(i).y(), history[std::size_t(i)].validLoss);
        }
    }
    compare->setShowValidationLoss(false);
    QCOMPARE(compare->curveSeries().first()->at(0).y(),
             m_histories[compare->curveSeries().first()->property("runId").toLongLong()][0].trainLoss);

    // Settings: only the number of trees differs between the two boosting runs.
    QStringList differing = compare->differingKeys();
    QVERIFY2(differing.contains(QStringLiteral("n_estimators")), qPrintable(differing.join(QLatin1Char(','))));
    QVERIFY(!differing.contains(QStringLiteral("model")));
    QVERIFY(!differing.contains(QStringLiteral("seed")));
    QTableWidget* params = compare->paramsTable();
    for (int r = 0; r < params->rowCount(); ++r) {
        const bool differs = params->item(r, 0)->data(RunCompareView::DiffersRole).toBool();
        QCOMPARE(differs, params->item(r, 0)->data(Qt::UserRole).toString() == QLatin1String("n_estimators"));
        QCOMPARE(params->item(r, 1)->background().style() != Qt::NoBrush, differs);
        if (differs) {
            QCOMPARE(params->item(r, 0)->data(Qt::UserRole).toString(), QStringLiteral("n_estimators"));
            QSet<QString> values{params->item(r, 1)->text(), params->item(r, 2)->text()};
            QCOMPARE(values, (QSet<QString>{QStringLiteral("20"), QStringLiteral("40")}));
        }
    }

    // Metric bars: one chart per regression metric, one bar per run with its value.
    QCOMPARE(int(compare->metricCharts().size()), 3);

    // Adding the ridge run: three runs, still two curves (a one-step fit has none), and the
    // model now differs too.
    p->selectRuns({m_gbdt20, m_gbdt40, m_ridge});
    QCOMPARE(int(compare->runs().size()), 3);
    QCOMPARE(compare->curveSeries().size(), m_histories[m_ridge].empty() ? 2 : 3);
    QVERIFY(compare->differingKeys().contains(QStringLiteral("model")));
}

void TestGuiProject::renameAndNotePersist()
{
    const QString path = projectCopy();
    MainWindow* w = openWindow(path);
    QVERIFY(w);
    ExperimentsPage* p = page(w);
    p->selectRuns({m_gbdt40});

    // Through the real Rename action and its dialog.
    QAction* rename = actionWithShortcut(p, QKeySequence(Qt::Key_F2));
    QVERIFY(rename && rename->isEnabled());
    rename->trigger();
    auto* dialog = p->findChild<QInputDialog*>(QStringLiteral("renameRunDialog"));
    QVERIFY(dialog);
    QCOMPARE(dialog->textValue(), QStringLiteral("gbdt 40 trees"));
    dialog->setTextValue(QStringLiteral("最佳 gbdt"));
    dialog->accept();
    QCOMPARE(p->runsModel()->runAt(p->runsModel()->rowOfRun(m_gbdt40))->name, QStringLiteral("最佳 gbdt"));
    p->setRunNote(m_gbdt40, QStringLiteral("deeper trees next\nmaybe"));

    {
        auto reopened = store::ProjectStore::open(path, false);
        QVERIFY(reopened.ok());
        QCOMPARE(reopened.value()->run(m_gbdt40)->name, QStringLiteral("最佳 gbdt"));
        QCOMPARE(reopened.value()->run(m_gbdt40)->note, QStringLiteral("deeper trees next\nmaybe"));
    }
    // Both edits are undoable, and undoing reaches the file.
    QUndoStack* stack = w->projectSession()->undoStack();
    QCOMPARE(stack->count(), 2);
    stack->undo();
    stack->undo();
    auto reopened = store::ProjectStore::open(path, false);
    QCOMPARE(reopened.value()->run(m_gbdt40)->name, QStringLiteral("gbdt 40 trees"));
    QCOMPARE(reopened.value()->run(m_gbdt40)->note, QString());
    QCOMPARE(p->runsModel()->runAt(p->runsModel()->rowOfRun(m_gbdt40))->name, QStringLiteral("gbdt 40 trees"));
}

void TestGuiProject::deleteAndUndo()
{
    const QString path = projectCopy();
    MainWindow* w = openWindow(path);
    QVERIFY(w);
    ExperimentsPage* p = page(w);
    p->selectRuns({m_ridge, m_failed});
    QAction* del = actionWithShortcut(p, QKeySequence(QKeySequence::Delete));
    QVERIFY(del && del->isEnabled());
    del->trigger();
    QCOMPARE(p->runsModel()->rowCount(), 3);
    QCOMPARE(p->runsModel()->rowOfRun(m_ridge), -1);
    {
        auto other = store::ProjectStore::open(path, false);
        QVERIFY(other.ok());
        QCOMPARE(int(other.value()->runs()->size()), 3);
        QVERIFY(other.value()->run(m_ridge)->deleted);
    }

    QAction* undo = w->findChild<QAction*>(QStringLiteral("undoAction"));
    QVERIFY(undo && undo->isEnabled());
    QVERIFY(undo->text().contains(QStringLiteral("Delete")));
    undo->trigger();
    QCOMPARE(p->runsModel()->rowCount(), 5);
    auto other = store::ProjectStore::open(path, false);
    QVERIFY(!other.value()->run(m_ridge)->deleted);
    QVERIFY(other.value()->loadModel(m_ridge).ok());  // the model came back with it
    QCOMPARE(other.value()->history(m_interrupted)->size(), std::size_t(2));

    w->findChild<QAction*>(QStringLiteral("redoAction"))->trigger();
    QCOMPARE(p->runsModel()->rowCount(), 3);
}

void TestGuiProject::exportsBundlePredictionsReport()
{
    const QString path = projectCopy();
    MainWindow* w = openWindow(path);
    QVERIFY(w);
    ExperimentsPage* p = page(w);
    QSignalSpy finished(p, &ExperimentsPage::exportFinished);
    QTemporaryDir out;
    auto waitOk = [&]() {
        if (!finished.wait(60000))
            return false;
        const QList<QVariant> args = finished.takeFirst();
        if (!args.at(1).toBool())
            qWarning("%s", qPrintable(args.at(2).toString()));
        return args.at(1).toBool();
    };

    // Folder: what `ppstudio-cli predict` reads.
    const QString folder = out.filePath(QStringLiteral("bundle"));
    p->exportBundleFolder(m_gbdt20, folder);
    QVERIFY(waitOk());
    auto bundle = loadBundle(folder);
    QVERIFY2(bundle.ok(), qPrintable(bundle.error().toString()));
    QCOMPARE(bundle->model, QStringLiteral("gbdt"));

    // ZIP: the same three files.
    const QString zipPath = out.filePath(QStringLiteral("bundle.zip"));
    p->exportBundleZip(m_gbdt20, zipPath);
    QVERIFY(waitOk());
    ZipArchive zip;
    QString error;
    QVERIFY2(zip.open(zipPath, &error), qPrintable(error));
    QCOMPARE(int(zip.entries().size()), 3);
    for (const QString& name : {QStringLiteral("bundle.json"), QStringLiteral("pipeline.json"), QStringLiteral("model.json")}) {
        const ZipArchive::Entry* entry = zip.find(name);
        QVERIFY2(entry, qPrintable(name));
        QByteArray bytes;
        QVERIFY(zip.readEntry(*entry, &bytes, &error));
        QCOMPARE(bytes, readAll(QDir(folder).filePath(name)));
    }

    // Predictions CSV: the stored evaluation rows.
    const QString csv = out.filePath(QStringLiteral("predictions.csv"));
    p->exportPredictions(m_ridge, csv);
    QVERIFY(waitOk());
    const Table expected = predictionsTable(*m_results[m_ridge]);
    QCOMPARE(readAll(csv), csvBytes(expected));

    // Report, PDF.
    const QString pdf = out.filePath(QStringLiteral("report.pdf"));
    p->exportReport(m_gbdt40, pdf);
    QVERIFY(waitOk());
    QVERIFY(readAll(pdf).startsWith("%PDF"));
    QVERIFY(QFileInfo(pdf).size() > 10000);

    // A run without a model can't be exported as a bundle: an error, no file.
    const QString none = out.filePath(QStringLiteral("none.zip"));
    p->exportBundleZip(m_failed, none);
    QVERIFY(finished.wait(30000));
    QVERIFY(!finished.takeFirst().at(1).toBool());
    QVERIFY(!QFileInfo::exists(none));
    QTRY_VERIFY(w->findChild<QMessageBox*>(QStringLiteral("experimentsErrorBox")));
}

void TestGuiProject::reopenBuildsSnapshot()
{
    MainWindow* w = openWindow(projectCopy());
    QVERIFY(w);
    ExperimentsPage* p = page(w);
    qRegisterMetaType<RunSnapshot>("pp::RunSnapshot");
    QSignalSpy opened(p, &ExperimentsPage::openRunRequested);
    p->reopenRun(m_gbdt20);
    QVERIFY(opened.wait(30000));
    const RunSnapshot s = opened.first().first().value<RunSnapshot>();
    const TrainResult& r = *m_results[m_gbdt20];
    QCOMPARE(s.runId, m_gbdt20);
    QCOMPARE(s.name, QStringLiteral("gbdt 20 trees"));
    QCOMPARE(s.status, QStringLiteral("done"));
    QCOMPARE(s.model, QStringLiteral("gbdt"));
    QVERIFY(s.task == Task::Regression);
    QCOMPARE(s.targets, QStringList{kTarget});
    QCOMPARE(s.testMetrics.value(QStringLiteral("r2")).toDouble(), r.testMetrics.value(QStringLiteral("r2")).toDouble());
    QCOMPARE(s.testMetrics.value(QStringLiteral("rmse")).toDouble(),
             r.testMetrics.value(QStringLiteral("rmse")).toDouble());
    QCOMPARE(s.history.size(), r.history.size());
    QCOMPARE(s.fitSeconds, r.fitSeconds);  // the training time comes back too
    QVERIFY(s.predictions);
    QCOMPARE(s.predictions->rowCount(), predictionsTable(r).rowCount());
    QCOMPARE(s.evaluationSplit, r.evaluation.split);
    QCOMPARE(s.trainRows, r.trainRows);
    QCOMPARE(s.validRows, r.validRows);
    QCOMPARE(s.testRows, r.testRows);
    QCOMPARE(s.device, r.device);
    QCOMPARE(s.params, QJsonObject::fromVariantMap(r.params));
    QStringList steps;
    for (std::size_t i = 0; i < r.pipeline.size(); ++i)
        if (r.pipeline.step(i).isEnabled())
            steps << r.pipeline.step(i).describe();
    QCOMPARE(s.pipelineSteps, steps);
    QCOMPARE(s.importance.size(), r.importance.size());

    // The interrupted run has no model and no predictions, but its curve so far.
    opened.clear();
    p->reopenRun(m_interrupted);
    QVERIFY(opened.wait(30000));
    const RunSnapshot i = opened.first().first().value<RunSnapshot>();
    QCOMPARE(i.status, QStringLiteral("interrupted"));
    QCOMPARE(i.history.size(), std::size_t(2));
    QVERIFY(!i.predictions);
}

void TestGuiProject::scoreNewData()
{
    MainWindow* w = openWindow(projectCopy());
    QVERIFY(w);
    ExperimentsPage* p = page(w);
    QTemporaryDir out;
    // New customers: rows the model did not see, without the target.
    Table fresh = m_table.head(1);  // replaced below
    {
        auto all = importFile(kSample);
        QVERIFY(all.ok());
        std::vector<std::size_t> rows;
        for (std::size_t i = 4000; i < 4200; ++i)
            rows.push_back(i);
        fresh = all->table.takeRows(rows);
        fresh.removeColumn(static_cast<std::size_t>(fresh.indexOf(kTarget)));
    }
    const QString input = out.filePath(QStringLiteral("new_customers.csv"));
    QVERIFY(writeCsv(fresh, input).ok());

    ScoreDataDialog* dialog = p->showScoreDialog(m_gbdt40);
    QVERIFY(dialog);
    QCOMPARE(dialog->runId(), m_gbdt40);
    QCOMPARE(dialog->modelCombo()->count(), 3);  // the runs with a model
    dialog->setFile(input);
    QSignalSpy scored(dialog, &ScoreDataDialog::scored);
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("scoreButton")), Qt::LeftButton);
    QVERIFY(scored.wait(60000));
    QVERIFY(dialog->result());
    QCOMPARE(dialog->resultView()->model()->rowCount(), 200);

    // The same as scoring with the in-memory model that trainModel returned.
    auto reread = importFile(input);
    QVERIFY(reread.ok());
    auto expected = scoreTable(ModelBundle::fromTrainResult(*m_results[m_gbdt40]), reread->table);
    QVERIFY2(expected.ok(), qPrintable(expected.error().toString()));
    const Column* got = dialog->result()->find(QStringLiteral("predicted"));
    const Column* want = expected->find(QStringLiteral("predicted"));
    QVERIFY(got && want);
    QCOMPARE(got->numbers().size(), std::size_t(200));
    for (std::size_t i = 0; i < 200; ++i)
        QVERIFY2(std::abs(got->numbers()[i] - want->numbers()[i]) <= 1e-9 * std::max(1.0, std::abs(want->numbers()[i])),
                 qPrintable(QStringLiteral("row %1: %2 vs %3").arg(i).arg(got->numbers()[i]).arg(want->numbers()[i])));

    saveForReview(dialog, QStringLiteral("score-data-dialog"));
    QSignalSpy exported(dialog, &ScoreDataDialog::exported);
    const QString csv = out.filePath(QStringLiteral("scored.csv"));
    dialog->exportCsv(csv);
    QVERIFY(exported.wait(30000));
    QCOMPARE(readAll(csv), csvBytes(*dialog->result()));
    dialog->close();
}

void TestGuiProject::scoreNewDataNamesBadColumns_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("missing-column") << "missing";
    QTest::newRow("mistyped-column") << "mistyped";
}

void TestGuiProject::scoreNewDataNamesBadColumns()
{
    QFETCH(QString, kind);
    MainWindow* w = openWindow(projectCopy());
    QVERIFY(w);
    QTemporaryDir out;
    Table bad = m_table.head(50);
    const auto column = static_cast<std::size_t>(bad.indexOf(QStringLiteral("avg_order_value")));
    if (kind == QLatin1String("missing")) {
        bad.removeColumn(column);
    } else {
        std::vector<QString> words(50, QStringLiteral("lots"));
        bad.columns()[column] = Column::text(QStringLiteral("avg_order_value"), words);
    }
    const QString input = out.filePath(QStringLiteral("bad.csv"));
    QVERIFY(writeCsv(bad, input).ok());
    ScoreDataDialog* dialog = page(w)->showScoreDialog(m_ridge);
    dialog->setFile(input);
    QSignalSpy failed(dialog, &ScoreDataDialog::failed);
    dialog->score();
    QVERIFY(failed.wait(60000));
    QVERIFY2(dialog->errorText().contains(QStringLiteral("avg_order_value")), qPrintable(dialog->errorText()));
    saveForReview(dialog, QStringLiteral("score-data-error-") + kind);
    QVERIFY(!dialog->result());
    dialog->close();
}

// --- Project session -------------------------------------------------------------------------------

void TestGuiProject::corruptProjectShowsErrorAndStaysUnchanged_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("garbage") << "garbage";
    QTest::newRow("truncated") << "truncated";
    QTest::newRow("newer-schema") << "newer";
    QTest::newRow("newer-schema-wal") << "newer-wal";
}

void TestGuiProject::corruptProjectShowsErrorAndStaysUnchanged()
{
    QFETCH(QString, kind);
    const QString good = projectCopy();
    const QString bad = m_dir.filePath(QStringLiteral("bad-%1.ppsproj").arg(kind));
    QFile::remove(bad);
    if (kind == QLatin1String("garbage")) {
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("SQLite format 3") + QByteArray(8192, 'x'));
    } else {
        QVERIFY(QFile::copy(m_fixture, bad));
        QFile::setPermissions(bad, QFile::ReadOwner | QFile::WriteOwner);
        if (kind == QLatin1String("newer")) {
            QVERIFY(execSql(bad, "PRAGMA journal_mode=DELETE; PRAGMA user_version=99;"));
        } else if (kind == QLatin1String("newer-wal")) {
            QVERIFY(execSql(bad, "PRAGMA user_version=99;"));  // still in WAL mode, as projects are
        } else {
            QVERIFY(execSql(bad, "PRAGMA journal_mode=DELETE;"));
            QFile f(bad);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.resize(f.size() / 2));
        }
    }
    const QByteArray before = fileHash(bad);

    MainWindow* w = openWindow(good);
    QVERIFY(w);
    QVERIFY(!w->openProject(bad));
    auto* box = w->findChild<QMessageBox*>(QStringLiteral("projectErrorBox"));
    QVERIFY(box);
    QVERIFY2(box->text().startsWith(QStringLiteral("Error opening '%1':\n").arg(QDir::toNativeSeparators(bad))),
             qPrintable(box->text()));
    QCOMPARE(fileHash(bad), before);
    QVERIFY(!QFileInfo::exists(bad + QStringLiteral("-wal")));
    QVERIFY(!QFileInfo::exists(bad + QStringLiteral("-shm")));
    // The project that was open stays open.
    QCOMPARE(w->projectSession()->path(), QFileInfo(good).absoluteFilePath());
    QCOMPARE(page(w)->runsModel()->rowCount(), 5);
}

void TestGuiProject::newSaveAsCloseAndRecent()
{
    MainWindow* w = openWindow(QString());
    QVERIFY(w);
    ProjectSession* project = w->projectSession();
    ExperimentsPage* p = page(w);
    QVERIFY(!project->isOpen());
    QCOMPARE(p->emptyState()->title(), QStringLiteral("No project open"));

    QString error;
    const QString created = m_dir.filePath(QStringLiteral("fresh"));  // the extension is added
    QVERIFY2(project->newProject(created, &error), qPrintable(error));
    QCOMPARE(project->path(), created + QStringLiteral(".ppsproj"));
    QCOMPARE(project->name(), QStringLiteral("fresh"));
    QVERIFY(w->windowTitle().startsWith(QStringLiteral("fresh")));
    QCOMPARE(p->emptyState()->title(), QStringLiteral("No runs yet"));
    auto* label = w->findChild<QLabel*>(QStringLiteral("projectLabel"));
    QVERIFY(label && label->text().contains(QStringLiteral("saved automatically")));

    // Save As copies and switches to the copy; the original stays.
    const QString copy = m_dir.filePath(QStringLiteral("fresh-copy.ppsproj"));
    QVERIFY2(project->saveAs(copy, &error), qPrintable(error));
    QCOMPARE(project->path(), copy);
    QVERIFY(QFileInfo::exists(created + QStringLiteral(".ppsproj")));
    QVERIFY(w->windowTitle().startsWith(QStringLiteral("fresh-copy")));

    // Recent projects: newest first; a file that is gone is dropped.
    QVERIFY(w->openProject(projectCopy()));
    QStringList recent = ProjectSession::recentProjects();
    QCOMPARE(recent.size(), 3);
    QCOMPARE(recent.at(1), copy);
    QVERIFY(QFile::remove(created + QStringLiteral(".ppsproj")));
    recent = ProjectSession::recentProjects();
    QCOMPARE(recent.size(), 2);
    QCOMPARE(kRecentProjects.get().size(), 2);

    project->close();
    QVERIFY(!project->isOpen());
    QCOMPARE(p->runsModel()->rowCount(), 0);
    QCOMPARE(w->windowTitle(), QString());
}

void TestGuiProject::importedDataIsStoredAndReopened()
{
    QTemporaryDir out;
    const QString source = out.filePath(QStringLiteral("customers.csv"));
    QVERIFY(writeCsv(m_table.head(300), source).ok());
    MainWindow* w = openWindow(QString());
    ProjectSession* project = w->projectSession();
    QString error;
    QVERIFY(project->newProject(m_dir.filePath(QStringLiteral("stores.ppsproj")), &error));

    QSignalSpy stored(project, &ProjectSession::datasetStored);
    w->openFile(source);
    QVERIFY(stored.wait(60000));
    const qint64 id = stored.first().first().toLongLong();
    QVERIFY(id > 0);
    QCOMPARE(project->currentDatasetId(), id);
    QCOMPARE(int(project->store()->datasets()->size()), 1);

    // The source file goes away; the data set still opens, from the project.
    QVERIFY(QFile::remove(source));
    w->session()->clear();
    QCOMPARE(project->currentDatasetId(), qint64(0));
    w->showProjectDatasets();  // File › Project Data Sets…
    auto* dialog = w->findChild<ProjectDatasetsDialog*>(QStringLiteral("projectDatasetsDialog"));
    QVERIFY(dialog);
    QCOMPARE(dialog->list()->topLevelItemCount(), 1);
    QCOMPARE(dialog->list()->topLevelItem(0)->text(0), QStringLiteral("customers.csv"));
    QCOMPARE(dialog->list()->topLevelItem(0)->text(1), QStringLiteral("300"));
    saveForReview(dialog, QStringLiteral("project-datasets-dialog"));
    dialog->openSelected();
    QTRY_VERIFY_WITH_TIMEOUT(w->session()->hasData(), 30000);
    QCOMPARE(w->session()->table()->rowCount(), std::size_t(300));
    QCOMPARE(w->session()->table()->columnNames(), m_table.columnNames());
    QCOMPARE(project->currentDatasetId(), id);
    QTRY_VERIFY(!w->jobs()->isBusy());
    QCOMPARE(int(project->store()->datasets()->size()), 1);  // not stored a second time
}

void TestGuiProject::runRecorderRecordsRuns()
{
    const QString path = m_dir.filePath(QStringLiteral("recorder.ppsproj"));
    QFile::remove(path);
    MainWindow* w = openWindow(QString());
    ProjectSession* project = w->projectSession();
    QString error;
    QVERIFY(project->newProject(path, &error));
    RunRecorder* recorder = w->runRecorder();
    QSignalSpy recorded(recorder, &RunRecorder::runRecorded);

    // A whole run, fed as the TrainingController would (epochs first, then the result).
    const TrainConfig cfg = config(QStringLiteral("gbdt"), {{QStringLiteral("n_estimators"), 15}});
    auto result = trainModel(m_table, cfg);
    QVERIFY(result.ok());
    recorder->onStarted(cfg, QStringLiteral("sample"), 0);
    QVERIFY(recorder->isRecording());
    for (const EpochRecord& e : result->history)
        recorder->onEpoch(e);
    const auto shared = std::make_shared<const TrainResult>(result.take());
    recorder->onFinished(shared);
    QVERIFY(!recorder->isRecording());
    QVERIFY(recorded.wait(30000));
    const qint64 id = recorded.first().at(0).toLongLong();
    QCOMPARE(recorded.first().at(1).toString(), QStringLiteral("done"));
    auto run = project->store()->run(id);
    QCOMPARE(run->status, QStringLiteral("done"));
    QVERIFY(run->hasModel);
    QCOMPARE(run->model, QStringLiteral("gbdt"));
    QCOMPARE(run->datasetName, QStringLiteral("sample"));
    QCOMPARE(run->metrics.value(QStringLiteral("test")).toObject().value(QStringLiteral("r2")).toDouble(),
             shared->testMetrics.value(QStringLiteral("r2")).toDouble());
    // What the run used, not only what it was started with.
    QCOMPARE(run->task, taskName(shared->task));
    QCOMPARE(run->device, shared->device);
    QCOMPARE(run->usedParams, QJsonObject::fromVariantMap(shared->params));
    QCOMPARE(run->trainRows, shared->trainRows);
    QCOMPARE(run->validRows, shared->validRows);
    QCOMPARE(run->testRows, shared->testRows);
    const auto history = project->store()->history(id);
    QCOMPARE(history->size(), shared->history.size());
    for (std::size_t i = 0; i < history->size(); ++i)
        QCOMPARE(history.value()[i].trainLoss, shared->history[i].trainLoss);
    QVERIFY(project->store()->loadPredictions(id).ok());
    QTRY_COMPARE(page(w)->runsModel()->rowCount(), 1);

    // Stopped after three epochs without a model: the curve so far is kept.
    recorded.clear();
    recorder->onStarted(cfg, QStringLiteral("sample"), 0);
    for (int e = 0; e < 3; ++e)
        recorder->onEpoch(shared->history[std::size_t(e)]);
    recorder->onStopped();
    QVERIFY(recorded.wait(30000));
    const qint64 stopped = recorded.first().at(0).toLongLong();
    QCOMPARE(project->store()->run(stopped)->status, QStringLiteral("stopped"));
    QCOMPARE(project->store()->history(stopped)->size(), std::size_t(3));
    QVERIFY(!project->store()->run(stopped)->hasModel);

    // Failed: the message is kept.
    recorded.clear();
    recorder->onStarted(cfg, QStringLiteral("sample"), 0);
    recorder->onFailed(QStringLiteral("boom"));
    QVERIFY(recorded.wait(30000));
    const qint64 failed = recorded.first().at(0).toLongLong();
    QCOMPARE(project->store()->run(failed)->status, QStringLiteral("failed"));
    QCOMPARE(project->store()->run(failed)->error, QStringLiteral("boom"));
    QTRY_COMPARE(page(w)->runsModel()->rowCount(), 3);

    // Without a project nothing is recorded, and nothing breaks.
    project->close();
    recorder->onStarted(cfg, QStringLiteral("sample"), 0);
    QVERIFY(!recorder->isRecording());
    recorder->onEpoch(shared->history[0]);
    recorder->onFinished(shared);
}

const RunSnapshot& TestGuiProject::addSessionRun(MainWindow* w, const TrainConfig& cfg)
{
    const QDateTime started = QDateTime::currentDateTime().addSecs(-90);
    auto result = trainModel(*w->session()->table(), cfg);
    if (!result.ok())
        qFatal("%s", qPrintable(result.error().toString()));
    RunSnapshot snapshot = RunSnapshot::fromTrainResult(std::make_shared<const TrainResult>(result.take()),
                                                        w->session()->runs()->nextName());
    snapshot.config = cfg;
    snapshot.datasetName = QFileInfo(w->session()->path()).fileName();
    snapshot.dataset = w->session()->table();
    snapshot.startedAt = started;
    const int index = w->session()->runs()->add(std::move(snapshot));
    return w->session()->runs()->at(index);
}

void TestGuiProject::pipelineKeptInProject()
{
    // The pipeline format allows more keys than "version" and "steps": core ignores them.
    QVERIFY(Pipeline::fromJson(QJsonObject{{QStringLiteral("version"), 1},
                                           {QStringLiteral("steps"), QJsonArray{QJsonObject{{QStringLiteral("kind"), QStringLiteral("impute")}}}},
                                           {QStringLiteral("target"), kTarget},
                                           {QStringLiteral("split"), QJsonObject{{QStringLiteral("method"), QStringLiteral("time")}}}})
                .ok());

    const QString path = m_dir.filePath(QStringLiteral("pipeline.ppsproj"));
    QFile::remove(path);
    MainWindow* w = openWindow(QString());
    w->session()->setDataset(std::make_shared<const Table>(m_table), kSample, ImportInfo(), ImportOptions());
    ProjectSession* project = w->projectSession();
    PipelineDocument* doc = w->session()->pipeline();
    QSignalSpy datasetStored(project, &ProjectSession::datasetStored);
    QString error;
    QVERIFY2(project->newProject(path, &error), qPrintable(error));
    QVERIFY(datasetStored.wait(60000));
    const qint64 datasetId = datasetStored.first().first().toLongLong();
    // Loading the data set chose its target: that is worth keeping already.
    QSignalSpy saved(project, &ProjectSession::pipelineSaved);

    // A burst of edits is saved once, debounced, into one pipeline of the project.
    QVERIFY(doc->addStep(QStringLiteral("impute")).ok());
    QVERIFY(doc->addStep(QStringLiteral("onehot")).ok());
    QVERIFY(doc->addStep(QStringLiteral("rename_column")).ok());  // its column not chosen yet
    doc->setTarget(kTarget);
    SplitConfig split;
    split.method = SplitConfig::Random;
    split.testSize = 0.25;
    split.validSize = 0.15;
    split.seed = 7;
    doc->setSplit(split);
    QTRY_VERIFY_WITH_TIMEOUT(!saved.isEmpty() && project->currentPipelineId() > 0, 10000);
    QTest::qWait(ProjectSession::kPipelineSaveDelayMs + 300);
    QCOMPARE(saved.count(), 1);
    const qint64 id = project->currentPipelineId();
    auto stored = project->store()->pipelines();
    QVERIFY(stored.ok());
    QCOMPARE(int(stored->size()), 1);
    QCOMPARE(stored->front().id, id);
    QCOMPARE(stored->front().json, doc->toProjectJson());
    QCOMPARE(stored->front().json.value(QStringLiteral("steps")).toArray().size(), 3);
    QCOMPARE(stored->front().json.value(QStringLiteral("target")).toString(), kTarget);
    const QJsonObject storedSplit = stored->front().json.value(QStringLiteral("split")).toObject();
    QCOMPARE(storedSplit.value(QStringLiteral("method")).toString(), QStringLiteral("random"));
    QCOMPARE(storedSplit.value(QStringLiteral("test_size")).toDouble(), 0.25);
    QCOMPARE(storedSplit.value(QStringLiteral("valid_size")).toDouble(), 0.15);
    QCOMPARE(storedSplit.value(QStringLiteral("seed")).toInt(), 7);

    // Closing the project saves what is pending; the window keeps the pipeline.
    QVERIFY(doc->setStepParams(0, {{QStringLiteral("strategy"), QStringLiteral("most_frequent")}}).ok());
    const QJsonObject edited = doc->toProjectJson();
    project->close();
    project->waitForPipelineWrites();
    QCOMPARE(doc->stepCount(), 3);
    {
        auto reopened = store::ProjectStore::open(path, false);
        QVERIFY(reopened.ok());
        QCOMPARE(reopened.value()->pipelines()->front().json, edited);
    }

    // A new window opening the project gets the pipeline back, steps and run settings;
    // further edits go to the same pipeline.
    m_window.reset();
    w = openWindow(path);
    QVERIFY(w);
    project = w->projectSession();
    doc = w->session()->pipeline();
    QCOMPARE(doc->toProjectJson(), edited);
    QCOMPARE(doc->target(), kTarget);
    QCOMPARE(doc->split().testSize, 0.25);
    QCOMPARE(doc->split().validSize, 0.15);
    QCOMPARE(doc->split().seed, quint64(7));
    QCOMPARE(doc->kind(2), QStringLiteral("rename_column"));
    QCOMPARE(project->currentPipelineId(), id);
    QCOMPARE(doc->undoStack()->count(), 0);  // a reset, not an edit (see pipelineRestoreIsNotUndone)
    QVERIFY(w->statusBar()->currentMessage().contains(QStringLiteral("pipeline")));

    QSignalSpy savedAgain(project, &ProjectSession::pipelineSaved);
    QVERIFY(doc->setStepParams(2, {{QStringLiteral("column"), QStringLiteral("age")},
                                   {QStringLiteral("new_name"), QStringLiteral("age_years")}})
                .ok());
    QVERIFY(savedAgain.wait(10000));
    QCOMPARE(savedAgain.first().first().toLongLong(), id);
    QCOMPARE(int(project->store()->pipelines()->size()), 1);

    // As a user sees it: the data set loaded from the project, the Prepare page restored.
    project->loadDataset(datasetId);
    QTRY_VERIFY_WITH_TIMEOUT(w->session()->hasData(), 30000);
    w->setCurrentPage(MainWindow::Page::Prepare);
    auto* prepare = qobject_cast<PreparePage*>(w->pageWidget(MainWindow::Page::Prepare));
    QVERIFY(prepare);
    prepare->setCurrentStep(2);
    prepare->refreshPreview();
    QTRY_VERIFY_WITH_TIMEOUT(!prepare->isPreviewPending() && !w->jobs()->isBusy(), 60000);
    QCOMPARE(doc->target(), kTarget);  // the table has it: kept
    saveForReview(w, QStringLiteral("prepare-restored"));
}

void TestGuiProject::pagePipelineKeptWhenOpeningProject()
{
    // A project with its own pipeline...
    const QString path = m_dir.filePath(QStringLiteral("keep-page.ppsproj"));
    QFile::remove(path);
    const QJsonObject projectPipeline{
        {QStringLiteral("version"), 1},
        {QStringLiteral("steps"), QJsonArray{QJsonObject{{QStringLiteral("kind"), QStringLiteral("impute")}}}}};
    {
        auto created = store::ProjectStore::open(path, true);
        QVERIFY(created.ok());
        QVERIFY(created.value()->savePipeline(QStringLiteral("A"), projectPipeline).ok());
    }
    // ...opened while the Prepare page holds a pipeline that is in no project: the page shows
    // the project's, and the page's own is kept in the project as another pipeline.
    MainWindow* w = openWindow(QString());
    ProjectSession* project = w->projectSession();
    PipelineDocument* doc = w->session()->pipeline();
    QVERIFY(doc->addStep(QStringLiteral("onehot")).ok());
    QVERIFY(doc->addStep(QStringLiteral("standard_scale")).ok());
    const QJsonArray pageSteps = doc->toProjectJson().value(QStringLiteral("steps")).toArray();
    QString error;
    QVERIFY2(project->open(path, &error), qPrintable(error));
    QCOMPARE(doc->stepCount(), 1);
    QCOMPARE(doc->kind(0), QStringLiteral("impute"));
    QCOMPARE(project->currentPipelineName(), QStringLiteral("A"));
    auto pipelines = project->store()->pipelines();
    QVERIFY(pipelines.ok());
    QCOMPARE(int(pipelines->size()), 2);
    const auto kept = std::find_if(pipelines->begin(), pipelines->end(),
                                   [](const store::PipelineInfo& p) { return p.name != QLatin1String("A"); });
    QVERIFY(kept != pipelines->end());
    QCOMPARE(kept->json.value(QStringLiteral("steps")).toArray(), pageSteps);
    // Reopening restores the project's pipeline, not the one kept from the page.
    m_window.reset();
    w = openWindow(path);
    QVERIFY(w);
    QCOMPARE(w->projectSession()->currentPipelineName(), QStringLiteral("A"));
    QCOMPARE(w->session()->pipeline()->kind(0), QStringLiteral("impute"));
}

void TestGuiProject::projectPipelinesDialog()
{
    const QString path = m_dir.filePath(QStringLiteral("pipelines.ppsproj"));
    QFile::remove(path);
    MainWindow* w = openWindow(QString());
    ProjectSession* project = w->projectSession();
    PipelineDocument* doc = w->session()->pipeline();
    QVERIFY(doc->addStep(QStringLiteral("impute")).ok());
    QString error;
    // A new project keeps the pipeline the Prepare page already has, at once.
    QSignalSpy saved(project, &ProjectSession::pipelineSaved);
    QVERIFY2(project->newProject(path, &error), qPrintable(error));
    QVERIFY(saved.wait(10000));
    const qint64 first = project->currentPipelineId();
    QCOMPARE(project->currentPipelineName(), QStringLiteral("Pipeline 1"));

    // Save as New: later edits go to the new one; the first stays as it was.
    saved.clear();
    project->savePipelineAsNew(QStringLiteral("With scaling"));
    QVERIFY(saved.wait(10000));
    const qint64 second = project->currentPipelineId();
    QVERIFY(second != first);
    saved.clear();
    QVERIFY(doc->addStep(QStringLiteral("standard_scale")).ok());
    QVERIFY(saved.wait(10000));
    QCOMPARE(saved.first().first().toLongLong(), second);
    auto pipelines = project->store()->pipelines();
    QCOMPARE(int(pipelines->size()), 2);
    QCOMPARE(pipelines->at(0).json.value(QStringLiteral("steps")).toArray().size(), 1);
    QCOMPARE(pipelines->at(1).json.value(QStringLiteral("steps")).toArray().size(), 2);

    // The dialog lists both, the current one in bold; Open puts the other on the page.
    w->showProjectPipelines();
    auto* dialog = w->findChild<ProjectPipelinesDialog*>(QStringLiteral("projectPipelinesDialog"));
    QVERIFY(dialog);
    QCOMPARE(dialog->list()->topLevelItemCount(), 2);
    QCOMPARE(dialog->list()->topLevelItem(1)->text(0), QStringLiteral("With scaling"));
    QVERIFY(dialog->list()->topLevelItem(1)->font(0).bold());
    QVERIFY(!dialog->list()->topLevelItem(0)->font(0).bold());
    QCOMPARE(dialog->list()->topLevelItem(1)->text(1), QStringLiteral("2"));
    saveForReview(dialog, QStringLiteral("project-pipelines-dialog"));
    dialog->list()->setCurrentItem(dialog->list()->topLevelItem(0));
    dialog->openSelected();
    QCOMPARE(doc->stepCount(), 1);
    QCOMPARE(project->currentPipelineId(), first);
    QCOMPARE(w->currentPage(), MainWindow::Page::Prepare);
    QVERIFY(!doc->undoStack()->canUndo());  // undo would put the other pipeline's steps into it

    // Reopening the project restores the most recently saved pipeline.
    saved.clear();
    QVERIFY(doc->addStep(QStringLiteral("minmax_scale")).ok());
    QVERIFY(saved.wait(10000));
    m_window.reset();
    w = openWindow(path);
    QVERIFY(w);
    QCOMPARE(w->projectSession()->currentPipelineId(), first);
    QCOMPARE(w->session()->pipeline()->stepCount(), 2);
    QVERIFY(w->statusBar()->currentMessage().contains(QStringLiteral("Pipeline 1")));
}

void TestGuiProject::pipelineRestoreIsNotUndone()
{
    // Opening a project puts its pipeline on the Prepare page as a reset: undo cannot bring
    // back the previous steps, which the autosave would then write into the project's row.
    auto pipelineJson = [](const QStringList& kinds) {
        QJsonArray steps;
        for (const QString& kind : kinds)
            steps.append(QJsonObject{{QStringLiteral("kind"), kind}, {QStringLiteral("enabled"), true}});
        return QJsonObject{{QStringLiteral("version"), 1}, {QStringLiteral("steps"), steps}, {QStringLiteral("target"), kTarget}};
    };
    auto storedKinds = [](store::ProjectStore& project) {
        QStringList kinds;
        // The project's own pipeline ("Pipeline 2" is the page's, kept when A was opened).
        auto pipelines = project.pipelines();
        const auto own = !pipelines.ok() ? pipelines->end()
                                         : std::find_if(pipelines->begin(), pipelines->end(), [](const store::PipelineInfo& p) {
                                               return p.name == QLatin1String("Pipeline 1");
                                           });
        if (!pipelines.ok() || own == pipelines->end())
            return QStringList{QStringLiteral("(no pipeline 1)")};
        for (const QJsonValue& step : own->json.value(QStringLiteral("steps")).toArray())
            kinds << step.toObject().value(QStringLiteral("kind")).toString();
        return kinds;
    };
    auto kindsOf = [](PipelineDocument* doc) {
        QStringList kinds;
        for (int i = 0; i < doc->stepCount(); ++i)
            kinds << doc->kind(i);
        return kinds;
    };
    const QStringList kindsA{QStringLiteral("impute"), QStringLiteral("standard_scale")};
    const QStringList kindsB{QStringLiteral("onehot")};
    const QString pathA = projectCopy();
    const QString pathB = projectCopy();
    for (const auto& [path, kinds] : {std::pair{pathA, kindsA}, std::pair{pathB, kindsB}}) {
        auto project = store::ProjectStore::open(path, false);
        QVERIFY(project.ok());
        QVERIFY(project.value()->savePipeline(QStringLiteral("Pipeline 1"), pipelineJson(kinds)).ok());
    }

    MainWindow* w = openWindow(QString());
    PipelineDocument* doc = w->session()->pipeline();
    ProjectSession* session = w->projectSession();
    auto* undo = w->findChild<QAction*>(QStringLiteral("undoAction"));
    QVERIFY(undo);
    QVERIFY(doc->addStep(QStringLiteral("minmax_scale")).ok());
    QVERIFY(w->openProject(pathA));
    QCOMPARE(kindsOf(doc), kindsA);
    w->setCurrentPage(MainWindow::Page::Prepare);
    QVERIFY(!doc->undoStack()->canUndo());
    QVERIFY(!undo->isEnabled());
    undo->trigger();
    doc->undoStack()->undo();
    QTest::qWait(ProjectSession::kPipelineSaveDelayMs + 400);
    session->waitForPipelineWrites();
    QCOMPARE(kindsOf(doc), kindsA);
    QCOMPARE(storedKinds(*session->store()), kindsA);

    // An edit in A is saved in A; project B starts with no undo history of A's edits.
    QVERIFY(doc->addStep(QStringLiteral("minmax_scale")).ok());
    QVERIFY(undo->isEnabled());
    QVERIFY(w->openProject(pathB));
    QCOMPARE(kindsOf(doc), kindsB);
    w->setCurrentPage(MainWindow::Page::Prepare);
    QVERIFY(!doc->undoStack()->canUndo());
    QVERIFY(!undo->isEnabled());
    doc->undoStack()->undo();
    QTest::qWait(ProjectSession::kPipelineSaveDelayMs + 400);
    session->waitForPipelineWrites();
    QCOMPARE(storedKinds(*session->store()), kindsB);
    {
        auto a = store::ProjectStore::open(pathA, false);
        QVERIFY(a.ok());
        QCOMPARE(storedKinds(*a.value()), kindsA + QStringList{QStringLiteral("minmax_scale")});
    }

    // Reopening A shows it as saved.
    QVERIFY(w->openProject(pathA));
    QCOMPARE(kindsOf(doc), kindsA + QStringList{QStringLiteral("minmax_scale")});
    QCOMPARE(doc->target(), kTarget);
}

void TestGuiProject::closeAsksToSaveUnsavedRuns()
{
    MainWindow* w = openWindow(QString());
    w->session()->setDataset(std::make_shared<const Table>(m_table), kSample, ImportInfo(), ImportOptions());
    QVERIFY(w->confirmsUnsavedWork());
    auto* saveRuns = w->findChild<QAction*>(QStringLiteral("saveRunsAction"));
    QVERIFY(saveRuns);
    QVERIFY(!saveRuns->isEnabled());
    const RunSnapshot ridge = addSessionRun(w, config(QStringLiteral("ridge")));
    const RunSnapshot gbdt = addSessionRun(w, config(QStringLiteral("gbdt"), {{QStringLiteral("n_estimators"), 12}}));
    QVERIFY(ridge.isUnsaved() && gbdt.isUnsaved());
    QVERIFY(saveRuns->isEnabled());
    QVERIFY(w->session()->pipeline()->addStep(QStringLiteral("impute")).ok());

    // Cancel keeps the window open and the runs unsaved.
    QVERIFY(!w->close());
    QMessageBox* box = unsavedWorkBox(w);
    QVERIFY(box);
    // A %n plural (English forms come from ppstudio_en.qm, which the test doesn't install).
    QVERIFY2(box->text().startsWith(QStringLiteral("2 trained run"))
                 && box->text().contains(QStringLiteral("not saved in a project")),
             qPrintable(box->text()));
    QCOMPARE(box->button(QMessageBox::Save)->text(), QStringLiteral("Save…"));
    saveForReview(box, QStringLiteral("unsaved-runs-prompt"));
    box->button(QMessageBox::Cancel)->click();
    QTRY_VERIFY(!unsavedWorkBox(w));
    QTest::qWait(50);
    QVERIFY(w->isVisible());
    QCOMPARE(int(w->session()->runs()->unsavedRuns().size()), 2);

    // Save… asks for a new project file (as File › New Project), records the runs and closes.
    const QString path = m_dir.filePath(QStringLiteral("saved-on-close.ppsproj"));
    QFile::remove(path);
    QVERIFY(!w->close());
    box = unsavedWorkBox(w);
    QVERIFY(box);
    answerFileDialog(w, path);
    box->button(QMessageBox::Save)->click();
    QTRY_VERIFY_WITH_TIMEOUT(!w->isVisible(), 60000);
    QCOMPARE(QFileInfo(w->projectSession()->path()).absoluteFilePath(), QFileInfo(path).absoluteFilePath());
    QVERIFY(w->session()->runs()->unsavedRuns().empty());
    QVERIFY(!saveRuns->isEnabled());

    auto opened = store::ProjectStore::open(path, false);
    QVERIFY2(opened.ok(), qPrintable(opened.error().toString()));
    std::unique_ptr<store::ProjectStore> project = opened.take();
    auto runs = project->runs();
    QVERIFY(runs.ok());
    QCOMPARE(int(runs->size()), 2);
    const auto datasets = project->datasets();
    QCOMPARE(int(datasets->size()), 1);  // the data set came along, and the runs point to it
    for (int i = 0; i < 2; ++i) {
        const RunSnapshot& snapshot = w->session()->runs()->at(i);
        QVERIFY(snapshot.runId > 0);
        auto run = project->run(snapshot.runId);
        QVERIFY(run.ok());
        QCOMPARE(run->status, QStringLiteral("done"));
        QCOMPARE(run->model, snapshot.model);
        QCOMPARE(run->metrics.value(QStringLiteral("test")).toObject(), snapshot.testMetrics);
        QCOMPARE(run->metrics.value(QStringLiteral("valid")).toObject(), snapshot.validMetrics);
        QCOMPARE(run->metrics.value(QStringLiteral("train")).toObject(), snapshot.trainMetrics);
        QCOMPARE(run->datasetId, datasets->front().id);
        QVERIFY(run->hasModel);
        QCOMPARE(project->history(snapshot.runId)->size(), snapshot.history.size());
        auto predictions = project->loadPredictions(snapshot.runId);
        QVERIFY(predictions.ok());
        QCOMPARE(predictions->second.rowCount(), snapshot.predictions->rowCount());
        // When it trained, not when it was saved.
        QCOMPARE(QDateTime::fromString(run->started, Qt::ISODateWithMs).toSecsSinceEpoch(),
                 snapshot.startedAt.toSecsSinceEpoch());
        QVERIFY(run->name.startsWith(snapshot.model + QLatin1Char(' ')));
    }
    QCOMPARE(project->history(w->session()->runs()->at(1).runId)->size(), std::size_t(12));
    // The pipeline of the Prepare page is in the project too.
    QCOMPARE(int(project->pipelines()->size()), 1);
    QCOMPARE(project->pipelines()->front().json.value(QStringLiteral("steps")).toArray().size(), 1);
    // A stored run reopens with the same metrics.
    auto reopened = StoredRun::snapshot(*project, w->session()->runs()->at(1).runId);
    QVERIFY(reopened.ok());
    QCOMPARE(reopened->testMetrics, w->session()->runs()->at(1).testMetrics);
    project.reset();

    // Discard closes without saving.
    m_window.reset();
    w = openWindow(QString());
    w->session()->setDataset(std::make_shared<const Table>(m_table.head(300)), kSample, ImportInfo(), ImportOptions());
    addSessionRun(w, config(QStringLiteral("ridge")));
    QVERIFY(!w->close());
    box = unsavedWorkBox(w);
    QVERIFY(box);
    QVERIFY2(box->text().startsWith(QStringLiteral("1 trained run"))
                 && box->text().contains(QStringLiteral("not saved in a project")),
             qPrintable(box->text()));
    box->button(QMessageBox::Discard)->click();
    QTRY_VERIFY(!w->isVisible());
    QVERIFY(!w->projectSession()->isOpen());
    QCOMPARE(int(w->session()->runs()->unsavedRuns().size()), 1);

    // Nothing to ask about, or asking turned off (--screenshots): it just closes.
    m_window.reset();
    w = openWindow(QString());
    QVERIFY(w->close());
    m_window.reset();
    w = openWindow(QString());
    w->session()->setDataset(std::make_shared<const Table>(m_table.head(300)), kSample, ImportInfo(), ImportOptions());
    addSessionRun(w, config(QStringLiteral("ridge")));
    w->setConfirmUnsavedWork(false);
    QVERIFY(w->close());
    QVERIFY(!unsavedWorkBox(w));
}

void TestGuiProject::saveRunsIntoOpenProject()
{
    // Runs trained before a project was opened: File › Save Runs to Project… records them in
    // it, once; the prompt on closing offers to do the same.
    MainWindow* w = openWindow(QString());
    w->session()->setDataset(std::make_shared<const Table>(m_table.head(600)), kSample, ImportInfo(), ImportOptions());
    addSessionRun(w, config(QStringLiteral("ridge")));
    const QString path = projectCopy();
    QVERIFY(w->openProject(path));
    const int before = int(w->projectSession()->store()->runs()->size());
    QVERIFY(!w->close());
    QMessageBox* box = unsavedWorkBox(w);
    QVERIFY(box);
    QCOMPARE(box->button(QMessageBox::Save)->text(), QStringLiteral("Save"));
    QVERIFY(box->informativeText().contains(w->projectSession()->name()));
    box->button(QMessageBox::Cancel)->click();
    QTRY_VERIFY(!unsavedWorkBox(w));

    auto* saveRuns = w->findChild<QAction*>(QStringLiteral("saveRunsAction"));
    QVERIFY(saveRuns && saveRuns->isEnabled());
    QSignalSpy changed(w->projectSession(), &ProjectSession::runsChanged);
    saveRuns->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(w->session()->runs()->at(0).runId > 0, 30000);
    QVERIFY(!saveRuns->isEnabled());
    QCOMPARE(int(w->projectSession()->store()->runs()->size()), before + 1);
    QTRY_COMPARE(page(w)->runsModel()->rowCount(), before + 1);
    saveRuns->trigger();  // nothing left to save: nothing happens
    w->runRecorder()->waitForWrites();
    QCOMPARE(int(w->projectSession()->store()->runs()->size()), before + 1);
    QVERIFY(w->close());  // nothing unsaved any more
}

void TestGuiProject::cliProjectOpens()
{
    const QString cli = QStringLiteral(PP_BINARY_DIR "/app/ppstudio-cli");
    QVERIFY2(QFileInfo(cli).isExecutable(), "ppstudio-cli is built before the test (DEPENDS)");
    QTemporaryDir out;
    const QString project = out.filePath(QStringLiteral("cli.ppsproj"));
    QProcess process;
    process.start(cli, {QStringLiteral("train"), kSample, QStringLiteral("--target"), kTarget, QStringLiteral("--model"),
                        QStringLiteral("ridge"), QStringLiteral("--project"), project, QStringLiteral("--name"),
                        QStringLiteral("from the CLI")});
    QVERIFY(process.waitForFinished(120000));
    QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
    MainWindow* w = openWindow(project);
    QVERIFY(w);
    QCOMPARE(page(w)->runsModel()->rowCount(), 1);
    const store::RunInfo* run = page(w)->runsModel()->runAt(0);
    QCOMPARE(run->name, QStringLiteral("from the CLI"));
    QCOMPARE(run->status, QStringLiteral("done"));
    QCOMPARE(run->datasetName, QStringLiteral("ppstudio_sample.csv"));
}

void TestGuiProject::screenshotsOfProject()
{
    // The page's screenshot views select runs and show each comparison tab.
    MainWindow* w = openWindow(projectCopy());
    QVERIFY(w);
    ExperimentsPage* p = page(w);
    QCOMPARE(p->screenshotViews(),
             (QStringList{QStringLiteral("curves"), QStringLiteral("metrics"), QStringLiteral("settings")}));
    p->showScreenshotView(QStringLiteral("metrics"));
    QCOMPARE(p->selectedRunIds().size(), 4);
    QVERIFY(p->compareView()->findChild<QTabWidget*>()->currentIndex() == RunCompareView::MetricsTab);
}

QTEST_MAIN(TestGuiProject)
#include "tst_gui_project.moc"
