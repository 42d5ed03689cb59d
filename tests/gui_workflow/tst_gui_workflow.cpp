// Data → Prepare → Train → Experiments → Results through the main window, with a project
// open: the run trained on the Train page is recorded in the project with its curve, listed
// on the Experiments page, and reopens on the Results page with the same metrics. Without a
// project, closing the window offers to save the run in a new project, and does.
#include "main_window.h"
#include "ml/model.h"
#include "nn/nn_models.h"
#include "pages/experiments_page.h"
#include "pages/results_page.h"
#include "pages/train_page.h"
#include "pipeline_document.h"
#include "prep/step.h"
#include "project_session.h"
#include "session.h"
#include "session_runs.h"
#include "store/project_store.h"
#include "training_controller.h"

#include <QApplication>
#include <QFileDialog>
#include <QJsonArray>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace pp;

class TestGuiWorkflow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settingsDir;

private Q_SLOTS:
    void initTestCase()
    {
        // Recent files and window state go to a throw-away settings file, not the user's.
        QVERIFY(m_settingsDir.isValid());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
        QCoreApplication::setOrganizationName(QStringLiteral("ppstudio-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_gui_workflow"));
        registerCoreModels();
        nn::registerModels();
        registerPrepSteps();
        QApplication::setQuitOnLastWindowClosed(false);
    }

    void trainRecordReopen()
    {
        QTemporaryDir dir;
        MainWindow window;
        window.resize(1280, 800);
        window.show();
        QString error;
        QVERIFY2(window.projectSession()->newProject(dir.filePath(QStringLiteral("w.ppsproj")), &error), qPrintable(error));

        QSignalSpy loaded(window.session(), &Session::datasetChanged);
        window.openFile(QStringLiteral(PP_SOURCE_DIR "/resources/data/ppstudio_sample.csv"));
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 30000);

        // Prepare: a three-step pipeline, offered to the Train page.
        QSignalSpy offered(window.session(), &Session::preparedPipelineChanged);
        QVERIFY(window.session()
                    ->proposeStep(QJsonObject{{QStringLiteral("kind"), QStringLiteral("date_parts")},
                                              {QStringLiteral("params"),
                                               QJsonObject{{QStringLiteral("column"), QStringLiteral("signup_date")},
                                                           {QStringLiteral("drop_original"), true}}}})
                    .ok());
        QVERIFY(window.session()->proposeStep(QJsonObject{{QStringLiteral("kind"), QStringLiteral("impute")}}).ok());
        QVERIFY(window.session()
                    ->proposeStep(QJsonObject{{QStringLiteral("kind"), QStringLiteral("onehot")},
                                              {QStringLiteral("params"),
                                               QJsonObject{{QStringLiteral("columns"),
                                                            QJsonArray{QStringLiteral("membership"), QStringLiteral("device"),
                                                                       QStringLiteral("gender"), QStringLiteral("city_tier"),
                                                                       QStringLiteral("income_band")}}}}})
                    .ok());
        QVERIFY(offered.count() >= 3);
        const auto prepared = window.session()->preparedPipeline();
        QVERIFY(prepared);
        QCOMPARE(prepared->value(QStringLiteral("steps")).toArray().size(), 3);

        // Train with that pipeline through the page's controller.
        auto* train = qobject_cast<TrainPage*>(window.pageWidget(MainWindow::Page::Train));
        QVERIFY(train);
        TrainConfig config;
        config.targets = {QStringLiteral("spend_next_90d")};
        config.model = QStringLiteral("gbdt");
        config.params = {{QStringLiteral("n_estimators"), 15}};
        config.pipeline = prepared;
        config.importanceRepeats = 1;
        QSignalSpy finished(train->controller(), &TrainingController::finished);
        QSignalSpy failed(train->controller(), &TrainingController::failed);
        QVERIFY(train->controller()->start(window.session()->table(), config));
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() + failed.count() == 1, 120000);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
        const auto result = finished.first().first().value<std::shared_ptr<const TrainResult>>();
        QVERIFY(result);

        // Recorded in the project, with one history point per boosting round.
        ExperimentsPage* experiments = window.experimentsPage();
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                auto runs = window.projectSession()->store()->runs();
                return runs.ok() && runs->size() == 1 && runs->front().status == QLatin1String("done");
            }(),
            30000);
        auto runs = window.projectSession()->store()->runs();
        const qint64 runId = runs->front().id;
        QCOMPARE(int(window.projectSession()->store()->history(runId)->size()), 15);
        QCOMPARE(runs->front().metrics.value(QStringLiteral("test")).toObject().value(QStringLiteral("r2")).toDouble(),
                 result->testMetrics.value(QStringLiteral("r2")).toDouble());
        QVERIFY(runs->front().hasModel);
        // The session's run knows it is in the project: nothing to ask about when closing.
        QTRY_COMPARE_WITH_TIMEOUT(window.session()->runs()->at(0).runId, runId, 30000);
        QVERIFY(window.session()->runs()->unsavedRuns().empty());

        // Reopened from the Experiments page, the Results page shows the stored run.
        window.setCurrentPage(QStringLiteral("experiments"));
        experiments->refresh();
        auto* resultsPage = qobject_cast<ResultsPage*>(window.pageWidget(MainWindow::Page::Results));
        experiments->reopenRun(runId);
        // (The page already showed the session's run, which has the same id since it was
        // recorded: wait for the page switch that comes with the reopened run.)
        QTRY_COMPARE_WITH_TIMEOUT(window.currentPage(), MainWindow::Page::Results, 30000);
        QCOMPARE(resultsPage->currentRun().runId, runId);
        QVERIFY(!resultsPage->currentRun().result);  // reopened from the project, not the session's
        QCOMPARE(resultsPage->currentRun().testMetrics.value(QStringLiteral("r2")).toDouble(),
                 result->testMetrics.value(QStringLiteral("r2")).toDouble());
        QCOMPARE(int(resultsPage->currentRun().history.size()), 15);
        QCOMPARE(resultsPage->currentRun().pipelineSteps.size(), 3);
    }

    void unsavedRunSavedOnClose()
    {
        // No project: the Train page's run lives only in the session until closing asks.
        QTemporaryDir dir;
        MainWindow window;
        window.resize(1280, 800);
        window.show();
        QSignalSpy loaded(window.session(), &Session::datasetChanged);
        window.openFile(QStringLiteral(PP_SOURCE_DIR "/resources/data/ppstudio_sample.csv"));
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 30000);
        auto* train = qobject_cast<TrainPage*>(window.pageWidget(MainWindow::Page::Train));
        TrainConfig config;
        config.targets = {QStringLiteral("spend_next_90d")};
        config.model = QStringLiteral("gbdt");
        config.params = {{QStringLiteral("n_estimators"), 10}};
        config.importanceRepeats = 1;
        QSignalSpy finished(train->controller(), &TrainingController::finished);
        QVERIFY(train->controller()->start(window.session()->table(), config));
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1, 120000);
        QTRY_COMPARE(window.session()->runs()->count(), 1);
        const RunSnapshot& run = window.session()->runs()->at(0);
        QVERIFY(run.isUnsaved());
        QVERIFY(run.config);
        QCOMPARE(run.config->model, QStringLiteral("gbdt"));
        QCOMPARE(run.datasetName, QStringLiteral("ppstudio_sample.csv"));
        QVERIFY(run.startedAt.isValid());

        QVERIFY(!window.close());
        QMessageBox* box = window.findChild<QMessageBox*>(QStringLiteral("unsavedWorkBox"));
        QVERIFY(box);
        const QString path = dir.filePath(QStringLiteral("kept.ppsproj"));
        QTimer answer;
        answer.setInterval(20);
        connect(&answer, &QTimer::timeout, &answer, [&]() {
            if (auto* dialog = qobject_cast<QFileDialog*>(QApplication::activeModalWidget())) {
                answer.stop();
                // The name field itself: selectFile() leaves it alone while it has the focus.
                dialog->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"))->setText(path);
                static_cast<QDialog*>(dialog)->accept();
            }
        });
        answer.start();
        box->button(QMessageBox::Save)->click();
        QTRY_VERIFY_WITH_TIMEOUT(!window.isVisible(), 60000);

        auto opened = store::ProjectStore::open(path, false);
        QVERIFY(opened.ok());
        auto runs = opened.value()->runs();
        QCOMPARE(int(runs->size()), 1);
        QCOMPARE(runs->front().id, window.session()->runs()->at(0).runId);
        QCOMPARE(runs->front().status, QStringLiteral("done"));
        QCOMPARE(runs->front().datasetName, QStringLiteral("ppstudio_sample.csv"));
        QVERIFY(runs->front().datasetId > 0);
        QCOMPARE(runs->front().params.value(QStringLiteral("n_estimators")).toInt(), 10);
        QCOMPARE(runs->front().metrics.value(QStringLiteral("test")).toObject(), window.session()->runs()->at(0).testMetrics);
        QCOMPARE(int(opened.value()->history(runs->front().id)->size()), 10);
        QVERIFY(runs->front().hasModel);
    }
};

QTEST_MAIN(TestGuiWorkflow)
#include "tst_gui_workflow.moc"
