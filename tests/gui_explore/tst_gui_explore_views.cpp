// GUI tests of the Explore page's Outliers, Scatter, Correlations and Groups views.

#include "tst_gui_explore.h"

#include "charts/chart_view.h"
#include "charts/heatmap_chart.h"
#include "charts/scatter_layer.h"
#include "job_runner.h"
#include "main_window.h"
#include "models/table_model.h"
#include "pages/data_page.h"
#include "pages/explore_page.h"
#include "prep/pipeline.h"
#include "pipeline_document.h"
#include "session.h"
#include "stats/correlation.h"
#include "stats/outliers.h"
#include "widgets/correlation_view.h"
#include "widgets/distribution_view.h"
#include "widgets/group_view.h"
#include "widgets/impute_preview_panel.h"
#include "widgets/missing_view.h"
#include "widgets/outlier_settings_panel.h"
#include "widgets/outlier_view.h"
#include "widgets/scatter_view.h"

#include <QAbstractSeries>
#include <QCheckBox>
#include <QCoreApplication>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QPixmap>
#include <QJsonArray>
#include <QLineSeries>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace pp;
using namespace explore_test;

namespace {

void chooseMethod(OutlierView* view, OutlierMethod method)
{
    QComboBox* combo = view->settingsPanel()->methodCombo();
    combo->setCurrentIndex(combo->findData(int(method)));
}

std::vector<int> columnsNamed(const Table& table, const QStringList& names)
{
    std::vector<int> out;
    for (const QString& n : names)
        out.push_back(table.indexOf(n));
    return out;
}

} // namespace

void TestGuiExplore::outlierCountsMatchCore()
{
    MainWindow window;
    QVERIFY(openExplore(window, dataFile("explore.csv"), QStringLiteral("outliers")));
    OutlierView* view = explorePage(window)->outlierView();
    QTRY_VERIFY(view->analysis());
    const Table& table = *window.session()->table();
    // The numeric columns that are not identifiers, all checked.
    QListWidget* list = view->settingsPanel()->columnList();
    QStringList offered;
    for (int i = 0; i < list->count(); ++i)
        offered << list->item(i)->text();
    QCOMPARE(offered, QStringList({QStringLiteral("age"), QStringLiteral("income"), QStringLiteral("visits"),
                                   QStringLiteral("spend")}));

    // IQR × 1.5: core's counts per column, and reference.py's: only spend, rows 5 and 40.
    Result<std::vector<ColumnOutliers>> core = tableOutliers(table, columnsNamed(table, offered));
    QVERIFY(core.ok());
    const QStringList categories = barCategories(view->chart()->chart());
    const QList<double> values = barValues(view->chart()->chart());
    QCOMPARE(values.size(), 4);
    for (const ColumnOutliers& c : core.value())
        QCOMPARE(values.at(categories.indexOf(c.name)), static_cast<double>(c.outliers));
    QCOMPARE(categories.last(), QStringLiteral("spend"));
    QCOMPARE(values.last(), 2.0);
    QCOMPARE(view->analysis()->flaggedRows, qint64{2});
    QVERIFY2(view->summaryText().contains(QStringLiteral("<b>2</b>")), qPrintable(view->summaryText()));

    // z-score 3 (pandas, ddof 1): reference.py finds 2 in spend.
    chooseMethod(view, OutlierMethod::ZScore);
    QTRY_VERIFY(view->analysis()->settings.method == OutlierMethod::ZScore);
    QCOMPARE(barValues(view->chart()->chart()).last(), 2.0);
    // A tighter threshold flags more, through the (debounced) spin box.
    view->settingsPanel()->zSpin()->setValue(1.0);
    QTRY_VERIFY(view->analysis()->settings.zThreshold == 1.0);
    OutlierOptions options;
    options.method = OutlierMethod::ZScore;
    options.zThreshold = 1.0;
    Result<std::vector<ColumnOutliers>> z1 = tableOutliers(table, columnsNamed(table, offered), options);
    qint64 total = 0;
    for (const ColumnOutliers& c : z1.value())
        total += c.outliers;
    const QList<double> zValues = barValues(view->chart()->chart());
    QCOMPARE(std::accumulate(zValues.begin(), zValues.end(), 0.0), static_cast<double>(total));

    // Modified z-score (MAD): core's counts.
    chooseMethod(view, OutlierMethod::ModifiedZScore);
    QTRY_VERIFY(view->analysis()->settings.method == OutlierMethod::ModifiedZScore);
    options.method = OutlierMethod::ModifiedZScore;
    Result<std::vector<ColumnOutliers>> mad = tableOutliers(table, columnsNamed(table, offered), options);
    for (const ColumnOutliers& c : mad.value())
        QCOMPARE(barValues(view->chart()->chart()).at(barCategories(view->chart()->chart()).indexOf(c.name)),
                 static_cast<double>(c.outliers));

    // The flag step it sends, fitted on the same rows, flags exactly the values the view counted
    // (the MAD = 0 fallback included: 'visits').
    QVERIFY(view->flagButton()->isEnabled());
    QSignalSpy proposed(window.session(), &Session::stepProposed);
    QTest::mouseClick(view->flagButton(), Qt::LeftButton);
    QCOMPARE(proposed.count(), 1);
    const QJsonObject step = proposed.last().first().toJsonObject();
    const QJsonObject params = step.value(QStringLiteral("params")).toObject();
    QCOMPARE(params.value(QStringLiteral("method")).toString(), QStringLiteral("mad"));
    QCOMPARE(params.value(QStringLiteral("mad_threshold")).toDouble(), 3.5);
    Result<Pipeline> pipeline = Pipeline::fromJson(
        QJsonObject{{QStringLiteral("version"), 1}, {QStringLiteral("steps"), QJsonArray{step}}});
    QVERIFY2(pipeline.ok(), qPrintable(pipeline.error().message));
    Result<Table> flagged = pipeline->fitTransform(table, FitInfo());
    QVERIFY2(flagged.ok(), qPrintable(flagged.error().message));
    for (const ColumnOutliers& c : mad.value()) {
        const Column* flags = flagged->find(c.name + QStringLiteral("_outlier"));
        QVERIFY2(flags, qPrintable(c.name));
        QCOMPARE(std::accumulate(flags->numbers().begin(), flags->numbers().end(), 0.0),
                 static_cast<double>(c.outliers));
    }
}

void TestGuiExplore::outliersHighlightRowsInDataTable()
{
    MainWindow window;
    QVERIFY(openExplore(window, dataFile("explore.csv"), QStringLiteral("outliers")));
    OutlierView* view = explorePage(window)->outlierView();
    QTRY_VERIFY(view->analysis());
    Session* session = window.session();
    QVERIFY(session->outlierRows());
    QVERIFY(!session->outlierRowsDescription().isEmpty());
    TableModel* model = window.dataPage()->tableModel();
    // reference.py: rows 5 and 40 (0-based) hold the planted spend outliers.
    for (int row = 0; row < model->rowCount(); ++row) {
        const bool flagged = row == 5 || row == 40;
        QCOMPARE(model->index(row, 0).data(int(TableRole::OutlierRow)).toBool(), flagged);
        QCOMPARE(model->index(row, 1).data(int(TableRole::Outlier)).toBool(), flagged);
        QCOMPARE(model->headerData(row, Qt::Vertical, int(TableRole::OutlierRow)).toBool(), flagged);
    }
    QVERIFY(model->index(5, 0).data(Qt::BackgroundRole).isValid());
    QVERIFY(!model->index(6, 0).data(Qt::BackgroundRole).isValid());
    const QString review = qEnvironmentVariable("PP_TEST_SCREENSHOTS");  // for a person to look at
    if (!review.isEmpty() && QDir().mkpath(review)) {
        window.setCurrentPage(MainWindow::Page::Data);
        QVERIFY(window.grab().save(QDir(review).filePath(QStringLiteral("data-flagged-rows.png"))));
        window.setCurrentPage(MainWindow::Page::Explore);
    }

    // Unticking the highlight clears it; a new data set clears it too.
    QSignalSpy changed(session, &Session::outlierRowsChanged);
    view->highlightCheck()->setChecked(false);
    QCOMPARE(changed.count(), 1);
    QVERIFY(!session->outlierRows());
    QVERIFY(!model->index(5, 0).data(int(TableRole::OutlierRow)).toBool());
    view->highlightCheck()->setChecked(true);
    QVERIFY(model->index(5, 0).data(int(TableRole::OutlierRow)).toBool());
    window.openFile(dataFile("explore.csv"));
    QTRY_VERIFY(!session->outlierRows() || session->outlierRows()->size() == 60);
    QTRY_VERIFY(waitIdle(window));
}

void TestGuiExplore::outlierStepsAreProposed()
{
    MainWindow window;
    QVERIFY(openExplore(window, dataFile("explore.csv"), QStringLiteral("outliers")));
    OutlierView* view = explorePage(window)->outlierView();
    QTRY_VERIFY(view->analysis());
    QSignalSpy proposed(window.session(), &Session::stepProposed);
    const QJsonArray columns{QStringLiteral("age"), QStringLiteral("income"), QStringLiteral("visits"),
                             QStringLiteral("spend")};
    const std::pair<QPushButton*, QString> buttons[] = {{view->dropButton(), QStringLiteral("drop_outliers")},
                                                        {view->clipButton(), QStringLiteral("clip_outliers")},
                                                        {view->flagButton(), QStringLiteral("flag_outliers")}};
    for (const auto& [button, kind] : buttons) {
        QVERIFY(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
        // The session appends the step to the pipeline and reports it as stored (every
        // parameter filled in); the ones Explore chose must be there.
        const QJsonObject step = proposed.last().first().toJsonObject();
        QCOMPARE(step.value(QStringLiteral("kind")).toString(), kind);
        const QJsonObject params = step.value(QStringLiteral("params")).toObject();
        QCOMPARE(params.value(QStringLiteral("columns")).toArray(), columns);
        QCOMPARE(params.value(QStringLiteral("method")).toString(), QStringLiteral("iqr"));
        QCOMPARE(params.value(QStringLiteral("k")).toDouble(), 1.5);
    }
    QCOMPARE(proposed.count(), 3);
    QCOMPARE(window.session()->pipeline()->stepCount(), 3);
    // Every proposal is a step the pipeline reads, fits and applies.
    QJsonArray steps;
    for (const QList<QVariant>& args : proposed)
        steps.append(args.first().toJsonObject());
    Result<Pipeline> pipeline = Pipeline::fromJson(QJsonObject{{QStringLiteral("version"), 1}, {QStringLiteral("steps"), steps}});
    QVERIFY2(pipeline.ok(), qPrintable(pipeline.error().message));
    Result<Table> prepared = pipeline->fitTransform(*window.session()->table(), FitInfo());
    QVERIFY2(prepared.ok(), qPrintable(prepared.error().message));
    QCOMPARE(prepared->rowCount(), std::size_t{58});  // the two spend outliers dropped
    QVERIFY(prepared->find(QStringLiteral("spend_outlier")));
}

void TestGuiExplore::isolationForest()
{
    MainWindow window;
    QVERIFY(openExplore(window, dataFile("explore.csv"), QStringLiteral("outliers")));
    OutlierView* view = explorePage(window)->outlierView();
    chooseMethod(view, OutlierMethod::IsolationForest);
    QTRY_VERIFY(view->analysis() && view->analysis()->settings.method == OutlierMethod::IsolationForest);
    QVERIFY(waitIdle(window));
    const Table& table = *window.session()->table();
    IsolationForestOptions options;  // the view's defaults: 100 trees, 256 rows, 1 %, seed 42
    Result<ForestOutliers> core = forestOutliers(
        table, columnsNamed(table, {QStringLiteral("age"), QStringLiteral("income"), QStringLiteral("visits"),
                                    QStringLiteral("spend")}),
        options);
    QVERIFY(core.ok());
    QCOMPARE(view->analysis()->flaggedRows, core->flagged);
    QCOMPARE(view->analysis()->threshold, core->threshold);
    QCOMPARE(*view->analysis()->rowFlags, core->flags);
    // The chart: score histogram plus the threshold line.
    int lines = 0;
    for (QAbstractSeries* s : view->chart()->chart()->series())
        if (auto* line = qobject_cast<QLineSeries*>(s))
            lines += line->points().first().x() == core->threshold ? 1 : 0;
    QCOMPARE(lines, 1);
    // A forest scores rows: drop or flag them; there are no bounds to clip at.
    QVERIFY(view->dropButton()->isEnabled());
    QVERIFY(!view->clipButton()->isEnabled());
    QVERIFY(!view->clipButton()->toolTip().isEmpty());
    QVERIFY(view->flagButton()->isEnabled());
    QVERIFY2(view->flagButton()->toolTip().contains(QStringLiteral("iforest_outlier")),
             qPrintable(view->flagButton()->toolTip()));
    QSignalSpy proposed(window.session(), &Session::stepProposed);
    QTest::mouseClick(view->dropButton(), Qt::LeftButton);
    const QJsonObject step = proposed.first().first().toJsonObject();
    QCOMPARE(step.value(QStringLiteral("kind")).toString(), QStringLiteral("iforest_drop"));
    const QJsonObject params = step.value(QStringLiteral("params")).toObject();
    QCOMPARE(params.value(QStringLiteral("trees")).toInt(), 100);
    QCOMPARE(params.value(QStringLiteral("sample_size")).toInt(), 256);
    QCOMPARE(params.value(QStringLiteral("contamination")).toDouble(), 0.01);
    QCOMPARE(params.value(QStringLiteral("seed")).toInt(), 42);

    // Another seed: the view and the proposed Flag step share it. Fitted by the pipeline on the
    // same rows (all of them) with that seed, the step grows the view's forest and flags exactly
    // the rows the view flags, whatever the pipeline's own seed. (In a project the pipeline fits
    // on the training rows only: a forest grown on fewer rows has other trees and another
    // threshold, so there the flags may differ from the view's.)
    view->settingsPanel()->seedSpin()->setValue(7);
    QTRY_VERIFY(view->analysis()->settings.seed == 7);
    QVERIFY(waitIdle(window));
    QTest::mouseClick(view->flagButton(), Qt::LeftButton);
    const QJsonObject flagStep = proposed.last().first().toJsonObject();
    QCOMPARE(flagStep.value(QStringLiteral("kind")).toString(), QStringLiteral("iforest_flag"));
    const QJsonObject flagParams = flagStep.value(QStringLiteral("params")).toObject();
    QCOMPARE(flagParams.value(QStringLiteral("seed")).toInt(), 7);
    QCOMPARE(flagParams.value(QStringLiteral("columns")).toArray(),
             (QJsonArray{QStringLiteral("age"), QStringLiteral("income"), QStringLiteral("visits"),
                         QStringLiteral("spend")}));
    Result<Pipeline> flagPipeline = Pipeline::fromJson(
        QJsonObject{{QStringLiteral("version"), 1}, {QStringLiteral("steps"), QJsonArray{flagStep}}});
    QVERIFY2(flagPipeline.ok(), qPrintable(flagPipeline.error().message));
    FitInfo info;
    info.seed = 999;
    Result<Table> flagged = flagPipeline->fitTransform(table, info);
    QVERIFY2(flagged.ok(), qPrintable(flagged.error().message));
    QCOMPARE(flagged->rowCount(), table.rowCount());
    const Column* flagColumn = flagged->find(QStringLiteral("iforest_outlier"));
    QVERIFY(flagColumn);
    qint64 ones = 0;
    for (std::size_t r = 0; r < flagColumn->size(); ++r) {
        ones += flagColumn->numbers()[r] == 1.0 ? 1 : 0;
        QCOMPARE(flagColumn->numbers()[r], double((*view->analysis()->rowFlags)[r]));
    }
    QVERIFY(view->analysis()->flaggedRows > 0);
    QCOMPARE(ones, view->analysis()->flaggedRows);
    const QString review = qEnvironmentVariable("PP_TEST_SCREENSHOTS");  // for a person to look at
    if (!review.isEmpty() && QDir().mkpath(review)) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QCoreApplication::processEvents();
        QVERIFY(window.grab().save(QDir(review).filePath(QStringLiteral("explore-iforest.png"))));
    }
    // Not train-only: replayed on other data, every row stays and gets the column.
    Result<Table> replayed = flagPipeline->transform(table);
    QVERIFY2(replayed.ok(), qPrintable(replayed.error().message));
    QCOMPARE(replayed->rowCount(), table.rowCount());
    QVERIFY(replayed->find(QStringLiteral("iforest_outlier")));

    // A score threshold instead of a share: the flags follow it.
    view->settingsPanel()->scoreThresholdRadio()->setChecked(true);
    view->settingsPanel()->scoreThresholdSpin()->setValue(0.55);
    QTRY_VERIFY(view->analysis()->settings.useScoreThreshold && view->analysis()->settings.scoreThreshold == 0.55);
    QCOMPARE(view->analysis()->threshold, 0.55);
    QVERIFY(view->flagButton()->isEnabled());
    QTest::mouseClick(view->flagButton(), Qt::LeftButton);
    const QJsonObject byScore = proposed.last().first().toJsonObject().value(QStringLiteral("params")).toObject();
    QCOMPARE(byScore.value(QStringLiteral("contamination")).toDouble(),
             std::clamp(double(view->analysis()->flaggedRows) / 60.0, 0.0001, 0.5));
}

void TestGuiExplore::scatterColouredAndSampled()
{
    MainWindow window;
    QVERIFY(openExplore(window, dataFile("explore.csv"), QStringLiteral("scatter")));
    ScatterView* view = explorePage(window)->scatterView();
    view->xCombo()->setCurrentText(QStringLiteral("visits"));
    view->yCombo()->setCurrentText(QStringLiteral("spend"));
    view->colorCombo()->setCurrentText(QStringLiteral("membership"));
    QVERIFY(waitIdle(window));
    QTRY_VERIFY(view->sample() && view->sample()->xName == QStringLiteral("visits")
                && view->sample()->groupLabels.size() == 4);
    // One legend entry per group (bronze, silver, gold and the row without a membership),
    // named with its number of points; the points themselves are drawn by the point layer.
    const QList<QAbstractSeries*> series = view->chart()->chart()->series();
    QCOMPARE(series.size(), 4);
    ScatterLayer* layer = view->pointLayer();
    QCOMPARE(layer->groupCount(), 4);
    std::size_t total = 0;
    for (int g = 0; g < layer->groupCount(); ++g) {
        total += layer->pointCount(g);
        QVERIFY2(series.at(g)->name().endsWith(QStringLiteral("(%1)").arg(layer->pointCount(g))),
                 qPrintable(series.at(g)->name()));
    }
    QCOMPARE(total, std::size_t{60});
    QVERIFY(series.last()->name().startsWith(QStringLiteral("Missing")));
    QCOMPARE(layer->pointCount(3), std::size_t{1});
    QVERIFY(!view->sample()->sampled);
    QVERIFY(view->chart()->chart()->title().contains(QStringLiteral("spend")));

    // Above 20,000 rows: a seeded sample of 20,000, said in the subtitle; the same seed, the same points.
    Table big;
    std::vector<double> x(25000), y(25000);
    for (std::size_t i = 0; i < x.size(); ++i) {
        x[i] = static_cast<double>(i % 5000) + 0.5 * static_cast<double>(i % 3);
        y[i] = static_cast<double>((i * 7919) % 1000);
    }
    big.addColumn(Column::numeric(QStringLiteral("x"), x));
    big.addColumn(Column::numeric(QStringLiteral("y"), y));
    window.session()->setDataset(std::make_shared<const Table>(std::move(big)), QStringLiteral("big"), ImportInfo(),
                                 ImportOptions());
    QVERIFY(waitIdle(window));
    QTRY_VERIFY(view->sample() && view->sample()->rows == 25000);
    QVERIFY(view->sample()->sampled);
    QCOMPARE(view->sample()->xs.size(), std::size_t{20000});
    QVERIFY2(view->chart()->chart()->title().contains(QStringLiteral("42")), qPrintable(view->chart()->chart()->title()));
    const std::vector<double> first = view->sample()->xs;
    view->seedSpin()->setValue(7);
    Q_EMIT view->seedSpin()->editingFinished();
    QTRY_VERIFY(view->sample()->xs != first);
    view->seedSpin()->setValue(42);
    Q_EMIT view->seedSpin()->editingFinished();
    QTRY_VERIFY(view->sample()->xs == first);
}

void TestGuiExplore::correlations()
{
    MainWindow window;
    QVERIFY(openExplore(window, dataFile("explore.csv"), QStringLiteral("correlations")));
    CorrelationView* view = explorePage(window)->correlationView();
    QTRY_VERIFY(view->matrix() && view->ranking());
    HeatmapChart* heatmap = view->heatmap();
    const QStringList labels = heatmap->labels();
    QCOMPARE(labels, QStringList({QStringLiteral("age"), QStringLiteral("income"), QStringLiteral("visits"),
                                  QStringLiteral("spend")}));
    // reference.py, statistics.correlation on pairwise-complete rows:
    QVERIFY(std::abs(heatmap->valueAt(2, 3) - 0.05799922843862746) < 1e-12);
    QVERIFY(std::abs(heatmap->valueAt(0, 1) - 0.9753256454527512) < 1e-12);
    QCOMPARE(HeatmapChart::cellText(heatmap->valueAt(0, 1)), QStringLiteral("0.98"));
    QCOMPARE(heatmap->valueAt(1, 0), heatmap->valueAt(0, 1));
    QCOMPARE(heatmap->valueAt(3, 3), 1.0);

    // Ranking by the last numeric column (spend): core's rankByCorrelation.
    QCOMPARE(view->targetCombo()->currentText(), QStringLiteral("spend"));
    const Table& table = *window.session()->table();
    Result<std::vector<TargetCorrelation>> core =
        rankByCorrelation(table, table.indexOf(QStringLiteral("spend")),
                          columnsNamed(table, {QStringLiteral("age"), QStringLiteral("income"), QStringLiteral("visits")}));
    QVERIFY(core.ok());
    QCOMPARE(view->ranking()->size(), core->size());
    const QList<double> positive = barValues(view->rankingChart()->chart(), 0);
    const QList<double> negative = barValues(view->rankingChart()->chart(), 1);
    for (std::size_t i = 0; i < core->size(); ++i) {
        const qsizetype bar = positive.size() - 1 - static_cast<qsizetype>(i);  // strongest on top
        QCOMPARE(positive.at(bar) + negative.at(bar), core.value()[i].correlation);
    }

    // Spearman: another matrix, computed by core with the same columns.
    view->methodCombo()->setCurrentIndex(1);
    QTRY_VERIFY(heatmap->title().contains(QStringLiteral("Spearman")));
    QVERIFY(waitIdle(window));
    CorrelationOptions options;
    options.method = CorrelationMethod::Spearman;
    Result<CorrelationMatrix> spearman = correlationMatrix(table, columnsNamed(table, labels), options);
    QVERIFY(spearman.ok());
    QCOMPARE(heatmap->valueAt(2, 3), spearman->at(2, 3));
    QVERIFY(heatmap->valueAt(2, 3) != 0.05799922843862746);
}

void TestGuiExplore::groups()
{
    MainWindow window;
    QVERIFY(openExplore(window, dataFile("explore.csv"), QStringLiteral("groups")));
    GroupView* view = explorePage(window)->groupView();
    QTRY_VERIFY(view->result());
    QCOMPARE(view->valueCombo()->currentText(), QStringLiteral("spend"));
    QCOMPARE(view->groupCombo()->currentText(), QStringLiteral("membership"));
    QChart* chart = view->chart()->chart();
    // Highest mean on top (the last bar). reference.py (statistics.mean / median):
    QCOMPARE(barCategories(chart), QStringList({QStringLiteral("bronze"), QStringLiteral("silver"), QStringLiteral("gold")}));
    const QList<double> means = barValues(chart, 0);
    const QList<double> medians = barValues(chart, 1);
    QVERIFY(std::abs(means.at(0) - 416.284) < 1e-9);
    QVERIFY(std::abs(means.at(1) - 999.1075) < 1e-9);
    QVERIFY(std::abs(means.at(2) - 1436.4131578947367) < 1e-9);
    QVERIFY(std::abs(medians.at(0) - 409.945) < 1e-9);
    QVERIFY(std::abs(medians.at(1) - 705.09) < 1e-9);
    QVERIFY(std::abs(medians.at(2) - 954.54) < 1e-9);
    QCOMPARE(chart->legend()->isVisible(), true);
    QVERIFY(chart->title().contains(QStringLiteral("membership")));
}

void TestGuiExplore::emptyAndAllMissingColumns()
{
    MainWindow window;
    window.setAttribute(Qt::WA_DontShowOnScreen);
    window.resize(1280, 800);
    window.show();
    window.setCurrentPage(MainWindow::Page::Explore);
    const double nan = std::numeric_limits<double>::quiet_NaN();
    for (const std::size_t rows : {std::size_t{1}, std::size_t{3}}) {
        Table t;
        t.addColumn(Column::numeric(QStringLiteral("empty"), std::vector<double>(rows, nan)));
        std::vector<double> values(rows);
        for (std::size_t i = 0; i < rows; ++i)
            values[i] = static_cast<double>(i + 1);
        t.addColumn(Column::numeric(QStringLiteral("value"), values));
        t.addColumn(Column::categoricalFromStrings(QStringLiteral("group"), std::vector<QString>(rows, QStringLiteral("a"))));
        window.session()->setDataset(std::make_shared<const Table>(std::move(t)), QStringLiteral("edge"), ImportInfo(),
                                     ImportOptions());
        ExplorePage* page = explorePage(window);
        for (const QString& name : page->screenshotViews()) {
            QVERIFY(page->showView(name));
            QVERIFY2(waitIdle(window), qPrintable(name));
        }
        QCOMPARE(page->missingView()->report()->rowsWithAllMissing, qint64{0});
        QCOMPARE(page->missingView()->heatmap()->matrixSize(), 0);  // only "empty" has missing values, all of them
        QVERIFY(page->missingView()->imputePanel()->preview() == nullptr);
        DistributionView* distributions = page->distributionView();
        QVERIFY(distributions->selectColumn(QStringLiteral("empty")));
        QVERIFY(page->showView(QStringLiteral("distributions")));
        QTRY_VERIFY(distributions->distribution() && distributions->distribution()->name == QStringLiteral("empty"));
        QCOMPARE(distributions->distribution()->count, qint64{0});
        QVERIFY(distributions->shownHistogram().counts.empty());
        QVERIFY(page->groupView()->result());
        QCOMPARE(page->groupView()->result()->groups.size(), std::size_t{1});
    }
}

// With PP_EXPLORE_BIG=FILE (e.g. `ppstudio-cli generate --rows 1000000`), times each view on it
// and checks that what should feel instant is: a column seen before, another bin count.
void TestGuiExplore::largeTableTimings()
{
    const QString file = qEnvironmentVariable("PP_EXPLORE_BIG");
    if (file.isEmpty())
        QSKIP("Set PP_EXPLORE_BIG to a large CSV file to time the Explore page on it.");
    MainWindow window;
    QElapsedTimer timer;
    timer.start();
    QVERIFY(openExplore(window, file, QStringLiteral("missing")));
    qInfo("open, profile and missing values: %lld ms (%zu rows)", timer.elapsed(), window.session()->table()->rowCount());
    ExplorePage* page = explorePage(window);
    for (const QString& view : page->screenshotViews()) {
        timer.restart();
        QVERIFY(page->showView(view));
        const qint64 gui = timer.elapsed();
        QVERIFY(waitIdle(window));
        QCoreApplication::sendPostedEvents();
        const QPixmap shot = window.grab();  // paints every chart of the view
        qInfo("%-14s first show: %lld ms (GUI thread %lld ms)", qPrintable(view), timer.elapsed(), gui);
    }
    DistributionView* distributions = page->distributionView();
    QVERIFY(page->showView(QStringLiteral("distributions")));
    for (const QString& column : {QStringLiteral("spend_next_90d"), QStringLiteral("avg_order_value"),
                                  QStringLiteral("spend_next_90d")}) {
        timer.restart();
        QVERIFY(distributions->selectColumn(column));
        const qint64 gui = timer.elapsed();
        QVERIFY(waitIdle(window));
        QTRY_COMPARE(distributions->distribution()->name, column);
        qInfo("distribution of %s: %lld ms (GUI thread %lld ms)", qPrintable(column), timer.elapsed(), gui);
    }
    timer.restart();
    QVERIFY(distributions->selectColumn(QStringLiteral("avg_order_value")));  // cached
    const qint64 cached = timer.elapsed();
    QCOMPARE(distributions->distribution()->name, QStringLiteral("avg_order_value"));
    distributions->autoBinsCheck()->setChecked(false);
    timer.restart();
    distributions->binsSpin()->setValue(120);
    const qint64 rebinned = timer.elapsed();
    qInfo("cached column: %lld ms; 120 bins: %lld ms", cached, rebinned);
    QVERIFY(cached < 150);
    QVERIFY(rebinned < 150);
    OutlierView* outliers = page->outlierView();
    QVERIFY(page->showView(QStringLiteral("outliers")));
    timer.restart();
    chooseMethod(outliers, OutlierMethod::IsolationForest);
    QTRY_VERIFY_WITH_TIMEOUT(outliers->analysis()->settings.method == OutlierMethod::IsolationForest, 60000);
    qInfo("isolation forest: %lld ms", timer.elapsed());
}
