// The Prepare page, driven through its real widgets (offscreen): forms, step list, undo/redo,
// pipeline files, proposals from other pages, the live preview and its before/after charts.
// Expected values come from core run directly on the same training rows (Pipeline::fitTransform
// on the rows splitRows gives), and the histogram counts from a plain loop
// (prepare_test_support.cpp).
// Waits are on conditions (QTRY_*, qWaitFor), never fixed sleeps.

#include "charts/chart_view.h"
#include "format.h"
#include "job_runner.h"
#include "main_window.h"
#include "ml/task.h"
#include "models/pipeline_step_model.h"
#include "models/table_model.h"
#include "pages/prepare_page.h"
#include "pipeline_document.h"
#include "pipeline_preview.h"
#include "prep/pipeline.h"
#include "prep/split.h"
#include "prepare_test_support.h"
#include "session.h"
#include "widgets/before_after_panel.h"
#include "widgets/columns_editor.h"
#include "widgets/split_settings_widget.h"
#include "widgets/step_form.h"
#include "widgets/string_list_editor.h"

#include <QAction>
#include <QApplication>
#include <QAreaSeries>
#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QHorizontalBarSeries>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineSeries>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

#include <algorithm>
#include <cmath>
#include <map>

using namespace pp;

using namespace preptest;

class TestGuiPrepare : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void emptyPipelineOffersRecommended();
    void fourStepPipelineThroughForms();
    void undoRedoRestoresExactStates();
    void reorderAndDisableChangePreview();
    void saveLoadRoundTrip();
    void badPipelineFileShowsError_data();
    void badPipelineFileShowsError();
    void proposeStepAppends();
    void miniHistogramsMatchCore();
    void resamplingShowsClassCounts();
    void stepErrorsNameStepAndColumn();
    void inlineValidationErrors();
    void formWidgetsFollowSpecs();
    void rapidEditsLeaveLastState();
    void largeDataSampledAndCancellable();
    void screenshotViews();

private:
    /// Builds impute median → clip outliers (IQR) → one-hot → standard scale through the
    /// forms, with `spend` as the target.
    void buildFourSteps(PreparePage* page, Session* session);

    QTemporaryDir m_settingsDir;
};

void TestGuiPrepare::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("ppstudio-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_gui_prepare"));
    registerPrepSteps();
}

void TestGuiPrepare::init()
{
    QSettings().clear();
}

void TestGuiPrepare::cleanup()
{
    for (QWidget* w : QApplication::topLevelWidgets())
        if (auto* box = qobject_cast<QMessageBox*>(w))
            box->close();
}

void TestGuiPrepare::buildFourSteps(PreparePage* page, Session* session)
{
    PipelineDocument* doc = session->pipeline();
    chooseInCombo(page->splitSettings()->targetCombo(), QStringLiteral("spend"));
    QCOMPARE(doc->target(), QStringLiteral("spend"));

    QVERIFY(addThroughMenu(page, QStringLiteral("impute")));
    QCOMPARE(doc->stepCount(), 1);
    QCOMPARE(page->currentStep(), 0);
    QCOMPARE(page->stepForm()->kind(), QStringLiteral("impute"));
    chooseInCombo(page->stepForm()->editor(QStringLiteral("strategy")), QStringLiteral("median"));
    checkColumns(
        page->stepForm(), QStringLiteral("columns"), { QStringLiteral("age"), QStringLiteral("income") });

    QVERIFY(addThroughMenu(page, QStringLiteral("clip_outliers")));
    QCOMPARE(page->currentStep(), 1);
    chooseInCombo(page->stepForm()->editor(QStringLiteral("method")), QStringLiteral("iqr"));
    checkColumns(page->stepForm(), QStringLiteral("columns"), { QStringLiteral("income") });
    auto* k = qobject_cast<QDoubleSpinBox*>(page->stepForm()->editor(QStringLiteral("k")));
    QVERIFY(k);
    k->setValue(2.0);

    QVERIFY(addThroughMenu(page, QStringLiteral("onehot")));
    checkColumns(page->stepForm(), QStringLiteral("columns"), { QStringLiteral("city") });

    QVERIFY(addThroughMenu(page, QStringLiteral("standard_scale")));
    checkColumns(
        page->stepForm(), QStringLiteral("columns"), { QStringLiteral("age"), QStringLiteral("income") });
    QCOMPARE(doc->stepCount(), 4);
}

void TestGuiPrepare::emptyPipelineOffersRecommended()
{
    MainWindow window;
    PreparePage* page = openOnPrepare(window);
    QVERIFY(page);
    QCOMPARE(window.session()->pipeline()->stepCount(), 0);
    QPushButton* button = page->recommendedButton();
    QTRY_VERIFY(button->isVisible());
    QVERIFY(button->isEnabled());
    // With no step the preview is the training rows themselves.
    QVERIFY(waitForPreview(page));
    QVERIFY(page->previewStatusText().contains(fmt::count(56)));
    QCOMPARE(compareWithModel(
                 page->previewModel(), coreOutput(window.session(), window.session()->pipelineJson())),
        QString());

    QTest::mouseClick(button, Qt::LeftButton);
    PipelineDocument* doc = window.session()->pipeline();
    QStringList kinds;
    for (int i = 0; i < doc->stepCount(); ++i)
        kinds << doc->kind(i);
    QVERIFY2(kinds.contains(QStringLiteral("impute")), qPrintable(kinds.join(QLatin1Char(','))));
    QVERIFY(kinds.contains(QStringLiteral("onehot")));
    QVERIFY(kinds.contains(QStringLiteral("standard_scale")));
    QVERIFY(kinds.contains(QStringLiteral("select_columns"))); // customer_id is an identifier
    QVERIFY(!button->isVisible());
    QVERIFY(waitForPreview(page));
    QCOMPARE(page->previewErrorText(), QString());
    QCOMPARE(compareWithModel(
                 page->previewModel(), coreOutput(window.session(), window.session()->pipelineJson())),
        QString());
    // One undo entry puts the empty pipeline back.
    page->undoAction()->trigger();
    QCOMPARE(doc->stepCount(), 0);
}

void TestGuiPrepare::fourStepPipelineThroughForms()
{
    MainWindow window;
    PreparePage* page = openOnPrepare(window);
    QVERIFY(page);
    Session* session = window.session();
    buildFourSteps(page, session);
    if (QTest::currentTestFailed())
        return;

    // What the forms wrote.
    const QJsonObject json = session->pipelineJson();
    const QJsonArray steps = json.value(QStringLiteral("steps")).toArray();
    QCOMPARE(steps.size(), 4);
    const QStringList kinds = { QStringLiteral("impute"), QStringLiteral("clip_outliers"),
        QStringLiteral("onehot"), QStringLiteral("standard_scale") };
    for (int i = 0; i < 4; ++i)
        QCOMPARE(steps[i].toObject().value(QStringLiteral("kind")).toString(), kinds[i]);
    const QJsonObject impute = steps[0].toObject().value(QStringLiteral("params")).toObject();
    QCOMPARE(impute.value(QStringLiteral("strategy")).toString(), QStringLiteral("median"));
    QCOMPARE(impute.value(QStringLiteral("columns")).toArray(),
        QJsonArray({ QStringLiteral("age"), QStringLiteral("income") }));
    const QJsonObject clip = steps[1].toObject().value(QStringLiteral("params")).toObject();
    QCOMPARE(clip.value(QStringLiteral("k")).toDouble(), 2.0);
    QCOMPARE(clip.value(QStringLiteral("columns")).toArray(), QJsonArray({ QStringLiteral("income") }));
    // Every parameter is stored (defaults included), as Pipeline::toJson writes it.
    auto reread = Pipeline::fromJson(json);
    QVERIFY(reread.ok());
    QCOMPARE(reread->toJson(false), json);

    // The preview equals core on the same training rows.
    QVERIFY(waitForPreview(page));
    QCOMPARE(page->previewErrorText(), QString());
    const Table expected = coreOutput(session, json);
    QCOMPARE(expected.rowCount(), std::size_t(56)); // 80 rows: 16 test, 8 validation (ceil)
    QCOMPARE(compareWithModel(page->previewModel(), expected), QString());
    QVERIFY(page->previewStatusText().contains(fmt::count(56)));
    QCOMPARE(page->preview().fitRows, std::size_t(56));

    // Standard scaling fitted on the training rows only: on those rows (all shown) the
    // scaled column has mean 0 and population standard deviation 1.
    const TableModel* model = page->previewModel();
    int ageColumn = -1;
    for (int c = 0; c < model->columnCount(); ++c)
        if (model->headerData(c, Qt::Horizontal).toString() == QLatin1String("age"))
            ageColumn = c;
    QVERIFY(ageColumn >= 0);
    double sum = 0.0, squares = 0.0;
    for (int r = 0; r < model->rowCount(); ++r)
        sum += model->index(r, ageColumn).data(int(TableRole::NumericValue)).toDouble();
    const double mean = sum / model->rowCount();
    for (int r = 0; r < model->rowCount(); ++r) {
        const double d = model->index(r, ageColumn).data(int(TableRole::NumericValue)).toDouble() - mean;
        squares += d * d;
    }
    QVERIFY(std::abs(mean) < 1e-12);
    QVERIFY(std::abs(std::sqrt(squares / model->rowCount()) - 1.0) < 1e-12);

    // The selected step's description carries its fitted values after the preview: the
    // same text as core's fitted step ("Impute age with median (…)").
    page->setCurrentStep(0);
    QVERIFY(waitForPreview(page));
    auto fitted = Pipeline::fromJson(json);
    QVERIFY(fitted.ok());
    {
        auto parts = splitRows(*session->table(), session->pipeline()->split());
        FitInfo info;
        info.targets = QStringList { QStringLiteral("spend") };
        info.task = inferTask(*session->table(), info.targets);
        QVERIFY(fitted->fitTransform(session->table()->takeRows(parts->train), info).ok());
    }
    QCOMPARE(page->stepForm()->description(), fitted->step(0).describe());
    QVERIFY(page->stepForm()->description() != session->pipeline()->describe(0));
    QVERIFY(!page->stepModel()->index(0).data(PipelineStepModel::DescriptionRole).toString().isEmpty());
}

void TestGuiPrepare::undoRedoRestoresExactStates()
{
    MainWindow window;
    PreparePage* page = openOnPrepare(window);
    QVERIFY(page);
    Session* session = window.session();
    PipelineDocument* doc = session->pipeline();
    QUndoStack* stack = doc->undoStack();

    std::vector<QJsonObject> states { session->pipelineJson() };
    auto record = [&]() { states.push_back(session->pipelineJson()); };
    QVERIFY(addThroughMenu(page, QStringLiteral("impute")));
    record();
    checkColumns(
        page->stepForm(), QStringLiteral("columns"), { QStringLiteral("age"), QStringLiteral("income") });
    record();
    QCOMPARE(stack->count(), 2); // two ticks in the same list: one entry

    // Spinning a value merges; spinning it back leaves no entry at all.
    QVERIFY(addThroughMenu(page, QStringLiteral("clip_outliers")));
    record();
    auto* k = qobject_cast<QDoubleSpinBox*>(page->stepForm()->editor(QStringLiteral("k")));
    QVERIFY(k);
    for (double v : { 1.6, 1.7, 1.8, 2.5 })
        k->setValue(v);
    record();
    QCOMPARE(stack->count(), 4);
    const int before = stack->count();
    chooseInCombo(page->stepForm()->editor(QStringLiteral("method")), QStringLiteral("zscore"));
    chooseInCombo(page->stepForm()->editor(QStringLiteral("method")), QStringLiteral("iqr"));
    QCOMPARE(stack->count(), before);
    QCOMPARE(session->pipelineJson(), states.back());

    QVERIFY(addThroughMenu(page, QStringLiteral("onehot")));
    record();
    page->stepModel()->setData(page->stepModel()->index(1), Qt::Unchecked, Qt::CheckStateRole);
    record();
    page->setCurrentStep(2);
    page->duplicateAction()->trigger();
    record();
    QCOMPARE(doc->stepCount(), 4);
    page->setCurrentStep(3);
    page->moveUpAction()->trigger();
    record();
    page->setCurrentStep(0);
    page->deleteAction()->trigger();
    record();
    QCOMPARE(stack->count(), static_cast<int>(states.size()) - 1);

    // Undo walks back through every state exactly, redo forwards again.
    for (int i = static_cast<int>(states.size()) - 2; i >= 0; --i) {
        QVERIFY(page->undoAction()->isEnabled());
        page->undoAction()->trigger();
        QCOMPARE(session->pipelineJson(), states[static_cast<std::size_t>(i)]);
    }
    QVERIFY(!page->undoAction()->isEnabled());
    for (std::size_t i = 1; i < states.size(); ++i) {
        page->redoAction()->trigger();
        QCOMPARE(session->pipelineJson(), states[i]);
    }

    // The form follows an undo of its own step's settings.
    while (stack->index() > 4)
        page->undoAction()->trigger();
    QCOMPARE(session->pipelineJson(), states[4]);
    page->undoAction()->trigger(); // k back to 1.5
    page->setCurrentStep(1);
    k = qobject_cast<QDoubleSpinBox*>(page->stepForm()->editor(QStringLiteral("k")));
    QCOMPARE(k->value(), 1.5);
    page->redoAction()->trigger();
    QCOMPARE(k->value(), 2.5);

    // Ctrl+Z / Ctrl+Shift+Z reach the pipeline from the main window (Edit menu shortcuts).
    QApplication::setActiveWindow(&window);
    if (QTest::qWaitForWindowActive(&window)) {
        page->stepList()->setFocus();
        QTest::keyClick(page->stepList(), Qt::Key_Z, Qt::ControlModifier);
        QTRY_COMPARE(session->pipelineJson(), states[3]);
        QTest::keyClick(page->stepList(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE(session->pipelineJson(), states[4]);
    }
}

void TestGuiPrepare::reorderAndDisableChangePreview()
{
    MainWindow window;
    PreparePage* page = openOnPrepare(window);
    QVERIFY(page);
    Session* session = window.session();
    PipelineDocument* doc = session->pipeline();
    buildFourSteps(page, session);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(waitForPreview(page));
    const Table all = coreOutput(session, session->pipelineJson());
    QCOMPARE(compareWithModel(page->previewModel(), all), QString());

    // Untick "clip outliers": the preview no longer clips, and equals core without it.
    page->stepModel()->setData(page->stepModel()->index(1), Qt::Unchecked, Qt::CheckStateRole);
    QVERIFY(!doc->isEnabled(1));
    QVERIFY(waitForPreview(page));
    const Table unclipped = coreOutput(session, session->pipelineJson());
    QCOMPARE(compareWithModel(page->previewModel(), unclipped), QString());
    QVERIFY(!compareWithModel(page->previewModel(), all).isEmpty()); // it did change
    page->stepModel()->setData(page->stepModel()->index(1), Qt::Checked, Qt::CheckStateRole);
    QVERIFY(waitForPreview(page));
    QCOMPARE(compareWithModel(page->previewModel(), all), QString());

    // Scale before one-hot (Move up): same numbers here, different column order... and core agrees.
    page->setCurrentStep(3);
    page->moveUpAction()->trigger();
    QCOMPARE(doc->kind(2), QStringLiteral("standard_scale"));
    QCOMPARE(page->currentStep(), 2);
    QVERIFY(waitForPreview(page));
    QCOMPARE(compareWithModel(page->previewModel(), coreOutput(session, session->pipelineJson())), QString());

    // Dragging "impute" below "clip outliers" (the list's drop): clipping now sees missing
    // values and imputation fills with the median of clipped values.
    PipelineStepModel* model = page->stepModel();
    QMimeData* mime = model->mimeData({ model->index(0) });
    QVERIFY(mime);
    QVERIFY(model->canDropMimeData(mime, Qt::MoveAction, 2, 0, QModelIndex()));
    model->dropMimeData(mime, Qt::MoveAction, 2, 0, QModelIndex());
    delete mime;
    QCOMPARE(doc->kind(0), QStringLiteral("clip_outliers"));
    QCOMPARE(doc->kind(1), QStringLiteral("impute"));
    QCOMPARE(page->currentStep(), 1);
    QVERIFY(waitForPreview(page));
    QCOMPARE(compareWithModel(page->previewModel(), coreOutput(session, session->pipelineJson())), QString());
    // moveRows (the view's own move) goes through the undo stack too.
    QVERIFY(model->moveRows(QModelIndex(), 1, 1, QModelIndex(), 0));
    QCOMPARE(doc->kind(0), QStringLiteral("impute"));
    page->undoAction()->trigger();
    QCOMPARE(doc->kind(0), QStringLiteral("clip_outliers"));
}

void TestGuiPrepare::saveLoadRoundTrip()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("four.json"));
    QJsonObject saved;
    {
        MainWindow window;
        PreparePage* page = openOnPrepare(window);
        QVERIFY(page);
        buildFourSteps(page, window.session());
        if (QTest::currentTestFailed())
            return;
        window.session()->pipeline()->setStepEnabled(1, false);
        QVERIFY(page->savePipelineFile(path));
        saved = window.session()->pipelineJson();
        QVERIFY(page->lastFileError().isEmpty());
        QVERIFY(!page->savePipelineFile(dir.filePath(QStringLiteral("no/such/folder/p.json"))));
        QVERIFY(page->lastFileError().contains(QStringLiteral("p.json")));
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    const QJsonObject onDisk = QJsonDocument::fromJson(bytes).object();
    QCOMPARE(onDisk, saved);
    // The file is exactly what core writes for the pipeline it reads from it.
    auto core = Pipeline::fromJson(onDisk);
    QVERIFY(core.ok());
    QCOMPARE(QJsonDocument(core->toJson(false)).toJson(QJsonDocument::Indented), bytes);

    MainWindow other;
    PreparePage* page = openOnPrepare(other);
    QVERIFY(page);
    QVERIFY(page->openPipelineFile(path));
    QCOMPARE(other.session()->pipelineJson(), saved);
    QVERIFY(!other.session()->pipeline()->isEnabled(1));
    QCOMPARE(page->stepModel()->rowCount(), 4);
    QVERIFY(waitForPreview(page));
    // Opening is one undo entry.
    page->undoAction()->trigger();
    QCOMPARE(other.session()->pipeline()->stepCount(), 0);
}

void TestGuiPrepare::badPipelineFileShowsError_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("reason");
    QTest::newRow("not-json") << QByteArray("{\"steps\": [") << QStringLiteral("JSON");
    QTest::newRow("array") << QByteArray("[1, 2]") << QStringLiteral("\"steps\"");
    QTest::newRow("no-steps") << QByteArray("{\"version\": 1}") << QStringLiteral("\"steps\"");
    QTest::newRow("unknown-kind") << QByteArray("{\"version\":1,\"steps\":[{\"kind\":\"nonsense\"}]}")
                                  << QStringLiteral("nonsense");
    QTest::newRow("bad-value") << QByteArray(
        "{\"version\":1,\"steps\":[{\"kind\":\"impute\",\"params\":{\"strategy\":\"mode\"}}]}")
                               << QStringLiteral("strategy");
    QTest::newRow("unknown-key") << QByteArray(
        "{\"version\":1,\"steps\":[{\"kind\":\"impute\",\"params\":{\"colour\":1}}]}")
                                 << QStringLiteral("colour");
    QTest::newRow("newer-version") << QByteArray("{\"version\":99,\"steps\":[]}") << QStringLiteral("99");
    QTest::newRow("missing-file") << QByteArray() << QString();
}

void TestGuiPrepare::badPipelineFileShowsError()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, reason);
    QTemporaryDir dir;
    const QString name = QStringLiteral("broken-%1.json").arg(QString::fromLatin1(QTest::currentDataTag()));
    const QString path = dir.filePath(name);
    if (!content.isEmpty()) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    }
    MainWindow window;
    PreparePage* page = openOnPrepare(window);
    QVERIFY(page);
    QVERIFY(window.session()
                ->proposeStep(QJsonObject { { QStringLiteral("kind"), QStringLiteral("impute") } })
                .ok());
    const QJsonObject before = window.session()->pipelineJson();
    QVERIFY(!page->openPipelineFile(path));
    const QString error = page->lastFileError();
    QVERIFY2(error.contains(name), qPrintable(error));
    if (!reason.isEmpty())
        QVERIFY2(error.contains(reason), qPrintable(error));
    QCOMPARE(window.session()->pipelineJson(), before);
    QMessageBox* box = nullptr;
    QTRY_VERIFY((box = window.findChild<QMessageBox*>()) != nullptr);
    QCOMPARE(box->text(), error);
    box->close();
}

void TestGuiPrepare::proposeStepAppends()
{
    MainWindow window;
    PreparePage* page = openOnPrepare(window);
    QVERIFY(page);
    Session* session = window.session();
    QSignalSpy proposed(session, &Session::stepProposed);
    QSignalSpy changed(session, &Session::pipelineChanged);
    QVERIFY(session->proposeStep(QJsonObject { { QStringLiteral("kind"), QStringLiteral("impute") } }).ok());
    const Status added
        = session->proposeStep(QJsonObject { { QStringLiteral("kind"), QStringLiteral("log1p") },
            { QStringLiteral("params"),
                QJsonObject { { QStringLiteral("columns"), QJsonArray { QStringLiteral("income") } } } } });
    QVERIFY(added.ok());
    QCOMPARE(proposed.count(), 2);
    QVERIFY(changed.count() >= 2);
    PipelineDocument* doc = session->pipeline();
    QCOMPARE(doc->stepCount(), 2);
    QCOMPARE(doc->kind(1), QStringLiteral("log1p"));
    QCOMPARE(doc->params(1).value(QStringLiteral("columns")).toStringList(),
        QStringList { QStringLiteral("income") });
    // The stored step has every parameter, defaults filled in.
    QCOMPARE(proposed.last().first().toJsonObject(), doc->step(1));
    QVERIFY(doc->step(1).value(QStringLiteral("params")).toObject().contains(QStringLiteral("on_invalid")));
    const QString message = window.statusBar()->currentMessage();
    QVERIFY2(message.contains(doc->displayName(1)), qPrintable(message));
    QCOMPARE(page->currentStep(), 1);
    QVERIFY(waitForPreview(page));
    QCOMPARE(compareWithModel(page->previewModel(), coreOutput(session, session->pipelineJson())), QString());

    // Undoable like any edit.
    page->undoAction()->trigger();
    QCOMPARE(doc->stepCount(), 1);

    // A bad proposal changes nothing and says why.
    const Status unknown
        = session->proposeStep(QJsonObject { { QStringLiteral("kind"), QStringLiteral("nope") } });
    QVERIFY(!unknown.ok());
    QVERIFY(unknown.error().message.contains(QStringLiteral("nope")));
    const Status badValue
        = session->proposeStep(QJsonObject { { QStringLiteral("kind"), QStringLiteral("impute") },
            { QStringLiteral("params"),
                QJsonObject { { QStringLiteral("strategy"), QStringLiteral("mode") } } } });
    QVERIFY(!badValue.ok());
    QVERIFY(badValue.error().message.contains(QStringLiteral("strategy")));
    QCOMPARE(doc->stepCount(), 1);
    QCOMPARE(proposed.count(), 2);
}

void TestGuiPrepare::miniHistogramsMatchCore()
{
    MainWindow window;
    PreparePage* page = openOnPrepare(window);
    QVERIFY(page);
    Session* session = window.session();
    buildFourSteps(page, session);
    if (QTest::currentTestFailed())
        return;
    const QJsonObject json = session->pipelineJson();

    // Impute (step 1): age and income, before and after, on the same 20 bins.
    page->setCurrentStep(0);
    page->previewTabs()->setCurrentIndex(1);
    QVERIFY(waitForPreview(page));
    BeforeAfterPanel* panel = page->beforeAfterPanel();
    QCOMPARE(page->preview().chartStep, 0);
    const Table in0 = coreOutput(session, withSteps(json, 0));
    const Table out0 = coreOutput(session, withSteps(json, 1));
    for (const QString& name : { QStringLiteral("age"), QStringLiteral("income") }) {
        int position = -1;
        const BeforeAfter* chart = chartOf(panel, name, &position);
        QVERIFY2(chart, qPrintable(name));
        QVERIFY(chart->numeric && chart->inBefore && chart->inAfter);
        const std::vector<double> before = presentValues(in0.find(name));
        const std::vector<double> after = presentValues(out0.find(name));
        double lo = before.front(), hi = before.front();
        for (const auto* values : { &before, &after })
            for (const double v : *values) {
                lo = std::min(lo, v);
                hi = std::max(hi, v);
            }
        std::vector<double> edges(21);
        for (int i = 0; i <= 20; ++i)
            edges[i] = lo + i * ((hi - lo) / 20.0); // numpy.linspace(lo, hi, 21)
        edges[20] = hi;
        QCOMPARE(chart->edges.size(), edges.size());
        for (std::size_t i = 0; i < edges.size(); ++i)
            QVERIFY(qFuzzyCompare(chart->edges[i], edges[i]));
        const std::vector<qint64> expectedBefore = plainCounts(before, edges);
        const std::vector<qint64> expectedAfter = plainCounts(after, edges);
        QCOMPARE(chart->before, expectedBefore);
        QCOMPARE(chart->after, expectedAfter);
        QCOMPARE(chart->missingBefore, static_cast<qint64>(in0.rowCount() - before.size()));
        QVERIFY(chart->missingBefore > 0);
        QCOMPARE(chart->missingAfter, qint64(0));
        // The drawn series: the outline goes through (edge, count) for every bin.
        ChartView* view = panel->chartViews().at(position);
        const QList<QAbstractSeries*> series = view->chart()->series();
        QCOMPARE(series.size(), qsizetype(2));
        for (int side = 0; side < 2; ++side) {
            auto* area = qobject_cast<QAreaSeries*>(series[side]);
            QVERIFY(area);
            const std::vector<qint64>& counts = side == 0 ? expectedBefore : expectedAfter;
            const QList<QPointF> points = area->upperSeries()->points();
            QCOMPARE(points.size(), qsizetype(2 * 20 + 2));
            for (int b = 0; b < 20; ++b) {
                QCOMPARE(points[1 + 2 * b].y(), static_cast<double>(counts[static_cast<std::size_t>(b)]));
                QCOMPARE(points[2 + 2 * b].y(), static_cast<double>(counts[static_cast<std::size_t>(b)]));
            }
        }
    }
    QVERIFY(!chartOf(panel, QStringLiteral("city"))); // impute did not touch it

    // One-hot (step 3): city is replaced by 0/1 columns; its chart shows the category counts.
    page->setCurrentStep(2);
    QVERIFY(waitForPreview(page));
    QCOMPARE(page->preview().chartStep, 2);
    const Table in2 = coreOutput(session, withSteps(json, 2));
    const BeforeAfter* city = chartOf(panel, QStringLiteral("city"));
    QVERIFY(city);
    QVERIFY(!city->numeric && city->inBefore && !city->inAfter);
    const std::map<QString, qint64> counts = categoryCounts(in2.find(QStringLiteral("city")));
    QCOMPARE(city->labels.size(), static_cast<qsizetype>(counts.size()));
    for (int i = 0; i < city->labels.size(); ++i) {
        QCOMPARE(city->before[static_cast<std::size_t>(i)], counts.at(city->labels[i]));
        if (i > 0)
            QVERIFY(
                city->before[static_cast<std::size_t>(i - 1)] >= city->before[static_cast<std::size_t>(i)]);
    }
    int position = -1;
    chartOf(panel, QStringLiteral("city"), &position);
    auto* bars
        = qobject_cast<QHorizontalBarSeries*>(panel->chartViews().at(position)->chart()->series().first());
    QVERIFY(bars);
    QCOMPARE(bars->count(), 1); // only "before": the column is gone afterwards
    for (int i = 0; i < city->labels.size(); ++i)
        QCOMPARE(bars->barSets().first()->at(city->labels.size() - 1 - i), // drawn bottom-up
            static_cast<double>(counts.at(city->labels[i])));
    const BeforeAfter* shanghai = chartOf(panel, QStringLiteral("city_Shanghai"));
    QVERIFY(shanghai);
    QVERIFY(!shanghai->inBefore && shanghai->inAfter);
}

void TestGuiPrepare::resamplingShowsClassCounts()
{
    MainWindow window;
    PreparePage* page = openOnPrepare(window);
    QVERIFY(page);
    Session* session = window.session();
    chooseInCombo(page->splitSettings()->targetCombo(), QStringLiteral("segment"));
    QVERIFY(addThroughMenu(page, QStringLiteral("random_undersample")));
    QCOMPARE(page->currentStep(), 0);
    QVERIFY(waitForPreview(page));
    QCOMPARE(page->previewErrorText(), QString());
    const BeforeAfter& first = page->beforeAfterPanel()->charts().front();
    QCOMPARE(first.column, QStringLiteral("segment"));
    QVERIFY(!first.numeric);
    // Before: the classes of the training rows; after: every class cut to the smallest.
    const Table train = coreOutput(session, withSteps(session->pipelineJson(), 0));
    const std::map<QString, qint64> counts = categoryCounts(train.find(QStringLiteral("segment")));
    qint64 smallest = train.rowCount();
    for (const auto& [label, n] : counts)
        smallest = std::min(smallest, n);
    QCOMPARE(first.labels.size(), qsizetype(3));
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(first.before[static_cast<std::size_t>(i)], counts.at(first.labels[i]));
        QCOMPARE(first.after[static_cast<std::size_t>(i)], smallest);
    }
    QCOMPARE(page->preview().steps[0].rowsOut, 3 * smallest);
    page->previewTabs()->setCurrentIndex(1);
    QTRY_VERIFY(page->beforeAfterPanel()->chartViews().first()->isVisible());
    saveForReview(&window, QStringLiteral("prepare-resampling"));
    QCOMPARE(compareWithModel(page->previewModel(), coreOutput(session, session->pipelineJson())), QString());
}

void TestGuiPrepare::stepErrorsNameStepAndColumn()
{
    MainWindow window;
    PreparePage* page = openOnPrepare(window);
    QVERIFY(page);
    Session* session = window.session();
    QVERIFY(session->proposeStep(QJsonObject { { QStringLiteral("kind"), QStringLiteral("impute") } }).ok());
    QVERIFY(session
                ->proposeStep(QJsonObject { { QStringLiteral("kind"), QStringLiteral("standard_scale") },
                    { QStringLiteral("params"),
                        QJsonObject {
                            { QStringLiteral("columns"), QJsonArray { QStringLiteral("wealth") } } } } })
                .ok());
    QVERIFY(waitForPreview(page));
    const QString error = page->previewErrorText();
    QVERIFY2(error.contains(QStringLiteral("Step 2")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("wealth")), qPrintable(error));
    QCOMPARE(page->preview().errorStep, 1);
    QCOMPARE(page->stepModel()->errorStep(), 1);
    QVERIFY(!page->stepModel()->index(1).data(PipelineStepModel::ErrorRole).toString().isEmpty());
    QVERIFY(page->stepModel()->index(1).data(Qt::DecorationRole).isValid());
    // The table shows what the steps before produced.
    QCOMPARE(
        compareWithModel(page->previewModel(), coreOutput(session, withSteps(session->pipelineJson(), 1))),
        QString());
    // The selected failing step says it in its form too.
    page->setCurrentStep(1);
    QVERIFY(waitForPreview(page));
    saveForReview(&window, QStringLiteral("prepare-step-error"));
    QVERIFY2(page->stepForm()->errorText(QString()).contains(QStringLiteral("wealth"))
            || page->stepForm()->errorText(QStringLiteral("columns")).contains(QStringLiteral("wealth")),
        qPrintable(page->stepForm()->errorText(QString())));
    // Fixing it clears the error.
    page->undoAction()->trigger();
    QVERIFY(waitForPreview(page));
    QCOMPARE(page->previewErrorText(), QString());
    QCOMPARE(page->stepModel()->errorStep(), -1);
}

void TestGuiPrepare::inlineValidationErrors()
{
    MainWindow window;
    PreparePage* page = openOnPrepare(window);
    QVERIFY(page);
    Session* session = window.session();
    QVERIFY(addThroughMenu(page, QStringLiteral("clip_outliers")));
    const QJsonObject before = session->pipelineJson();
    StepForm* form = page->stepForm();
    // A value the step refuses (what a typed-in JSON value or a future field could give):
    // the error sits under the field and names the key; nothing changes.
    Q_EMIT form->edited(QStringLiteral("k"), -3.0);
    QVERIFY2(form->errorText(QStringLiteral("k")).contains(QStringLiteral("'k'")),
        qPrintable(form->errorText(QStringLiteral("k"))));
    QCOMPARE(session->pipelineJson(), before);
    // Another field still works; the refused one stays marked until it is fixed.
    chooseInCombo(form->editor(QStringLiteral("method")), QStringLiteral("percentile"));
    QCOMPARE(session->pipeline()->params(0).value(QStringLiteral("method")).toString(),
        QStringLiteral("percentile"));
    QVERIFY(!form->errorText(QStringLiteral("k")).isEmpty());
    Q_EMIT form->edited(QStringLiteral("k"), 3.0);
    QCOMPARE(form->errorText(QStringLiteral("k")), QString());
    QCOMPARE(session->pipeline()->params(0).value(QStringLiteral("k")).toDouble(), 3.0);

    // low above high: only fitting can tell; the preview's error shows in the form.
    auto* low = qobject_cast<QDoubleSpinBox*>(form->editor(QStringLiteral("low")));
    QVERIFY(low);
    low->setValue(99.5);
    QVERIFY(waitForPreview(page));
    QVERIFY2(
        page->previewErrorText().contains(QStringLiteral("Step 1")), qPrintable(page->previewErrorText()));
    QVERIFY(!form->errorText(QStringLiteral("low")).isEmpty() || !form->errorText(QString()).isEmpty());
    auto* high = qobject_cast<QDoubleSpinBox*>(form->editor(QStringLiteral("high")));
    high->setValue(99.9);
    QVERIFY(waitForPreview(page));
    QCOMPARE(page->previewErrorText(), QString());
    QCOMPARE(form->errorText(QString()), QString());
    QCOMPARE(form->errorText(QStringLiteral("low")), QString());
}

void TestGuiPrepare::formWidgetsFollowSpecs()
{
    MainWindow window;
    PreparePage* page = openOnPrepare(window);
    QVERIFY(page);
    Session* session = window.session();
    PipelineDocument* doc = session->pipeline();

    // Ordinal encoding: a column picker of the types the spec allows, and an ordered list
    // editor filled from the column's categories, then put in order.
    QVERIFY(addThroughMenu(page, QStringLiteral("ordinal")));
    StepForm* form = page->stepForm();
    auto* column = qobject_cast<QComboBox*>(form->editor(QStringLiteral("column")));
    QVERIFY(column);
    QVERIFY(column->findData(QStringLiteral("segment")) >= 0);
    QVERIFY(column->findData(QStringLiteral("age")) >= 0);
    QCOMPARE(column->findData(QStringLiteral("signup")), -1); // a date: not offered
    // No column chosen yet: the preview names the step and what is missing, the form marks
    // the field, and saving refuses the incomplete pipeline.
    QVERIFY(waitForPreview(page));
    QCOMPARE(page->preview().errorStep, 0);
    QVERIFY2(
        page->previewErrorText().contains(QStringLiteral("Step 1")), qPrintable(page->previewErrorText()));
    QVERIFY(!form->errorText(QStringLiteral("column")).isEmpty());
    saveForReview(&window, QStringLiteral("prepare-incomplete-step"));
    QTemporaryDir dir;
    QVERIFY(!page->savePipelineFile(dir.filePath(QStringLiteral("incomplete.json"))));
    QVERIFY(page->lastFileError().contains(QStringLiteral("'column'")));
    cleanup();
    auto made = StepRegistry::instance().create(QStringLiteral("ordinal"));
    QVERIFY(made.ok());
    const std::vector<ParamSpec> specs = made.value()->paramSpecs(nullptr);
    QCOMPARE(column->toolTip(), findParam(specs, QStringLiteral("column"))->tooltip);
    chooseInCombo(column, QStringLiteral("segment"));
    auto* order = qobject_cast<StringListEditor*>(form->editor(QStringLiteral("order")));
    QVERIFY(order);
    auto* fill = order->findChild<QToolButton*>(QStringLiteral("fillFromData"));
    QVERIFY(fill && !fill->isHidden());
    QTest::mouseClick(fill, Qt::LeftButton);
    const QStringList sorted { QStringLiteral("bronze"), QStringLiteral("gold"), QStringLiteral("silver") };
    QCOMPARE(order->value(), sorted);
    QCOMPARE(doc->params(0).value(QStringLiteral("order")).toStringList(), sorted);
    order->list()->setCurrentRow(2);
    QTest::mouseClick(order->findChild<QToolButton*>(QStringLiteral("moveUp")), Qt::LeftButton);
    const QStringList ranked { QStringLiteral("bronze"), QStringLiteral("silver"), QStringLiteral("gold") };
    QCOMPARE(doc->params(0).value(QStringLiteral("order")).toStringList(), ranked);
    QVERIFY(waitForPreview(page));
    QCOMPARE(page->previewErrorText(), QString());
    const Table expected = coreOutput(session, session->pipelineJson());
    QCOMPARE(compareWithModel(page->previewModel(), expected), QString());
    // Spot check against the order itself: gold → 2.
    const Column* raw = session->table()->find(QStringLiteral("segment"));
    auto parts = splitRows(*session->table(), doc->split());
    const Column* encoded = expected.find(QStringLiteral("segment"));
    QVERIFY(raw && encoded);
    for (std::size_t i = 0; i < parts->train.size(); ++i)
        QCOMPARE(encoded->numericAt(i), static_cast<double>(ranked.indexOf(raw->displayAt(parts->train[i]))));

    // Numeric-only steps offer numeric columns only.
    QVERIFY(addThroughMenu(page, QStringLiteral("clip_outliers")));
    auto* columns = qobject_cast<ColumnsEditor*>(page->stepForm()->editor(QStringLiteral("columns")));
    QVERIFY(columns);
    QStringList offered;
    for (int i = 0; i < columns->list()->count(); ++i)
        offered << columns->list()->item(i)->data(Qt::UserRole).toString();
    QVERIFY2(offered.contains(QStringLiteral("income")), qPrintable(offered.join(QLatin1Char(','))));
    QVERIFY(!offered.contains(QStringLiteral("city")));
    QVERIFY(!offered.contains(QStringLiteral("signup")));

    // Advanced settings are folded away until asked for.
    QVERIFY(addThroughMenu(page, QStringLiteral("knn_impute")));
    form = page->stepForm();
    auto* advanced = form->findChild<QToolButton*>(QStringLiteral("advancedToggle"));
    QVERIFY(advanced);
    QVERIFY(!advanced->isChecked());
    // (New widgets of a shown form are shown by their layout on the next event-loop turn.)
    QTRY_VERIFY(form->editor(QStringLiteral("n_neighbors"))->isVisibleTo(form));
    QVERIFY(!form->editor(QStringLiteral("max_donors"))->isVisibleTo(form));
    advanced->click();
    QTRY_VERIFY(form->editor(QStringLiteral("max_donors"))->isVisibleTo(form));
}

void TestGuiPrepare::rapidEditsLeaveLastState()
{
    MainWindow window;
    PreparePage* page = openOnPrepare(window);
    QVERIFY(page);
    Session* session = window.session();
    buildFourSteps(page, session);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(waitForPreview(page));
    page->setCurrentStep(1);
    QVERIFY(waitForPreview(page));
    auto* k = qobject_cast<QDoubleSpinBox*>(page->stepForm()->editor(QStringLiteral("k")));
    QVERIFY(k);

    // Debounced: ten quick edits start one preview.
    int started = 0;
    connect(window.jobs(), &JobRunner::jobStarted, this, [&started](const QString& kind) {
        if (kind == PreparePage::previewJobKind())
            ++started;
    });
    QSignalSpy updated(page, &PreparePage::previewUpdated);
    for (int i = 1; i <= 10; ++i)
        k->setValue(0.1 * i);
    QVERIFY(waitForPreview(page));
    QCOMPARE(started, 1);
    QCOMPARE(updated.count(), 1);
    QCOMPARE(compareWithModel(page->previewModel(), coreOutput(session, session->pipelineJson())), QString());

    // Superseded: each refresh starts a job that cancels the previous one; only the last
    // result is shown, and it is that of the last state.
    started = 0;
    updated.clear();
    for (double v : { 0.5, 1.0, 3.0, 0.25, 0.75 }) {
        k->setValue(v);
        page->refreshPreview();
    }
    QCOMPARE(started, 5);
    QVERIFY(waitForPreview(page));
    QCOMPARE(updated.count(), 1);
    QCOMPARE(session->pipeline()->params(1).value(QStringLiteral("k")).toDouble(), 0.75);
    QCOMPARE(compareWithModel(page->previewModel(), coreOutput(session, session->pipelineJson())), QString());
    QTRY_COMPARE(window.jobs()->activeWorkerCount(), 0);
}

void TestGuiPrepare::largeDataSampledAndCancellable()
{
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.setCurrentPage(MainWindow::Page::Prepare);
    auto* page = qobject_cast<PreparePage*>(window.pageWidget(MainWindow::Page::Prepare));
    Session* session = window.session();

    // 120,000 rows, every one with a gap: k-NN imputation of all of them takes a while.
    const std::size_t n = 120000;
    std::vector<double> a(n), b(n), c(n);
    for (std::size_t i = 0; i < n; ++i) {
        a[i] = i % 2 == 0 ? std::nan("") : static_cast<double>((i * 37) % 1000);
        b[i] = i % 2 == 1 ? std::nan("") : static_cast<double>((i * 91) % 777) / 7.0;
        c[i] = static_cast<double>((i * 13) % 101);
    }
    Table table;
    table.addColumn(Column::numeric(QStringLiteral("a"), std::move(a)));
    table.addColumn(Column::numeric(QStringLiteral("b"), std::move(b)));
    table.addColumn(Column::numeric(QStringLiteral("c"), std::move(c)));
    session->setDataset(std::make_shared<const Table>(std::move(table)), QStringLiteral("big.csv"),
        ImportInfo(), ImportOptions());
    window.jobs()->cancel(JobKind::Profile);
    QVERIFY(
        session->proposeStep(QJsonObject { { QStringLiteral("kind"), QStringLiteral("knn_impute") } }).ok());

    // Cancelled from the status bar's button: the worker stops, nothing is shown.
    QSignalSpy updated(page, &PreparePage::previewUpdated);
    page->refreshPreview();
    QVERIFY(window.jobs()->isRunning(PreparePage::previewJobKind()));
    window.jobs()->cancelAll();
    QVERIFY(page->previewStatusText().contains(QStringLiteral("cancelled")));
    QTRY_COMPARE_WITH_TIMEOUT(window.jobs()->activeWorkerCount(), 0, 60000);
    QCOMPARE(updated.count(), 0);

    // The preview fits on a seeded sample of the training rows, and says so.
    page->setPreviewRowCap(1000);
    page->refreshPreview();
    QVERIFY(waitForPreview(page, 60000));
    QCOMPARE(updated.count(), 1);
    QCOMPARE(page->preview().trainRows, std::size_t(84000));
    QCOMPARE(page->preview().fitRows, std::size_t(1000));
    const QString status = page->previewStatusText();
    QVERIFY2(status.contains(fmt::count(1000)) && status.contains(fmt::count(84000)), qPrintable(status));
    QCOMPARE(compareWithModel(page->previewModel(), coreOutput(session, session->pipelineJson(), 1000)),
        QString());

    // The sample: seeded, ascending, without repeats, all training rows.
    auto parts = splitRows(*session->table(), session->pipeline()->split());
    QVERIFY(parts.ok());
    const std::vector<std::size_t> sample = previewSample(parts->train, 1000, 42);
    QCOMPARE(sample, previewSample(parts->train, 1000, 42));
    QVERIFY(sample != previewSample(parts->train, 1000, 43));
    QVERIFY(std::is_sorted(sample.begin(), sample.end()));
    QVERIFY(std::adjacent_find(sample.begin(), sample.end()) == sample.end());
    for (const std::size_t row : sample)
        QVERIFY(std::binary_search(parts->train.begin(), parts->train.end(), row));
}

void TestGuiPrepare::screenshotViews()
{
    MainWindow window;
    PreparePage* page = openOnPrepare(window);
    QVERIFY(page);
    QCOMPARE(page->screenshotViews(), QStringList({ QStringLiteral("steps"), QStringLiteral("histograms") }));
    page->showScreenshotView(QStringLiteral("histograms"));
    QVERIFY(window.session()->pipeline()->stepCount() > 0);
    QCOMPARE(page->previewTabs()->currentIndex(), 1);
    QVERIFY(window.jobs()->isBusy()); // the runner waits for the preview
    QVERIFY(waitForPreview(page));
    QCOMPARE(window.session()->pipeline()->kind(page->currentStep()), QStringLiteral("impute"));
    QVERIFY(!page->beforeAfterPanel()->chartViews().isEmpty());
}

QTEST_MAIN(TestGuiPrepare)
#include "tst_gui_prepare.moc"
