// Data → Prepare → Train → Experiments → Results through the main window, with a project
// open: the run trained on the Train page is recorded in the project with its curve, listed
// on the Experiments page, and reopens on the Results page with the same metrics.
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
#include "store/project_store.h"
#include "training_controller.h"

#include <QJsonArray>
#include <QSettings>
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

        // Reopened from the Experiments page, the Results page shows the stored run.
        window.setCurrentPage(QStringLiteral("experiments"));
        experiments->refresh();
        auto* resultsPage = qobject_cast<ResultsPage*>(window.pageWidget(MainWindow::Page::Results));
        experiments->reopenRun(runId);
        QTRY_COMPARE_WITH_TIMEOUT(resultsPage->currentRun().runId, runId, 30000);
        QCOMPARE(window.currentPage(), MainWindow::Page::Results);
        QCOMPARE(resultsPage->currentRun().testMetrics.value(QStringLiteral("r2")).toDouble(),
                 result->testMetrics.value(QStringLiteral("r2")).toDouble());
        QCOMPARE(int(resultsPage->currentRun().history.size()), 15);
        QCOMPARE(resultsPage->currentRun().pipelineSteps.size(), 3);
    }
};

QTEST_MAIN(TestGuiWorkflow)
#include "tst_gui_workflow.moc"
