// GUI tests of the Explore page: the real main window, pages and job runner, offscreen.
// Waits are on conditions (QTRY_*, QTest::qWaitFor), never fixed sleeps. Independent
// figures come from data/reference.py (Python's statistics module), which also wrote the
// fixture data/explore.csv.

#include "tst_gui_explore.h"

#include "charts/chart_view.h"
#include "charts/heatmap_chart.h"
#include "charts/nullity_matrix_chart.h"
#include "job_runner.h"
#include "main_window.h"
#include "pages/explore_page.h"
#include "screenshot_runner.h"
#include "session.h"
#include "stats/histogram.h"
#include "widgets/distribution_view.h"
#include "widgets/empty_state.h"
#include "widgets/impute_preview_panel.h"
#include "widgets/missing_view.h"
#include "widgets/outlier_view.h"

#include <QAbstractBarSeries>
#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QBoxPlotSeries>
#include <QBoxSet>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QPushButton>
#include <QScatterSeries>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTest>

#include <cmath>
#include <numeric>

using namespace pp;
using namespace explore_test;

namespace explore_test {

QString dataFile(const char* name) { return QStringLiteral(PP_TEST_DATA_DIR "/") + QString::fromUtf8(name); }

bool waitIdle(MainWindow& window)
{
    return QTest::qWaitFor([&window]() { return !window.jobs()->isBusy(); }, 30000);
}

ExplorePage* explorePage(MainWindow& window)
{
    return qobject_cast<ExplorePage*>(window.pageWidget(MainWindow::Page::Explore));
}

bool openExplore(MainWindow& window, const QString& file, const QString& view)
{
    window.setAttribute(Qt::WA_DontShowOnScreen);
    window.resize(1280, 800);
    window.show();
    window.openFile(file);
    if (!QTest::qWaitFor([&window]() { return window.session()->profile() != nullptr; }, 30000))
        return false;
    window.setCurrentPage(MainWindow::Page::Explore);
    if (!explorePage(window)->showView(view))
        return false;
    return waitIdle(window);
}

QList<double> barValues(QChart* chart, int set)
{
    QList<double> values;
    for (QAbstractSeries* s : chart->series()) {
        if (auto* bars = qobject_cast<QAbstractBarSeries*>(s)) {
            QBarSet* b = bars->barSets().value(set);
            for (int i = 0; b && i < b->count(); ++i)
                values << b->at(i);
            break;
        }
    }
    return values;
}

QStringList barCategories(QChart* chart)
{
    for (QAbstractAxis* axis : chart->axes())
        if (auto* categories = qobject_cast<QBarCategoryAxis*>(axis))
            return categories->categories();
    return {};
}

} // namespace explore_test

namespace {

// The counts a step-outline histogram series draws: points (e0, 0), (e0, c0), (e1, c0), ...
std::vector<qint64> outlineCounts(QAreaSeries* area)
{
    const QList<QPointF> points = area->upperSeries()->points();
    std::vector<qint64> counts;
    for (qsizetype i = 1; i + 1 < points.size(); i += 2)
        counts.push_back(static_cast<qint64>(std::llround(points[i].y())));
    return counts;
}

QAreaSeries* firstArea(QChart* chart)
{
    for (QAbstractSeries* s : chart->series())
        if (auto* area = qobject_cast<QAreaSeries*>(s))
            return area;
    return nullptr;
}

std::vector<double> observed(const Table& table, const QString& column)
{
    std::vector<double> out;
    for (const double v : table.find(column)->numbers())
        if (!std::isnan(v))
            out.push_back(v);
    return out;
}

} // namespace

void TestGuiExplore::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("ppstudio-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_gui_explore"));
}

void TestGuiExplore::init() { QSettings().clear(); }

void TestGuiExplore::emptyStateWithoutData()
{
    MainWindow window;
    ExplorePage* page = explorePage(window);
    auto* stack = page->findChild<QStackedWidget*>();
    QVERIFY(stack);
    QCOMPARE(stack->currentWidget(), page->emptyState());
    QCOMPARE(page->emptyState()->text(), QStringLiteral("Load a dataset on the Data page first."));
    QCOMPARE(page->screenshotViews(), QStringList({QStringLiteral("missing"), QStringLiteral("distributions"),
                                                   QStringLiteral("outliers"), QStringLiteral("scatter"),
                                                   QStringLiteral("correlations"), QStringLiteral("groups")}));
    // Loading data while the page is hidden starts no Explore job: views compute when shown.
    window.openFile(dataFile("explore.csv"));
    QTRY_VERIFY(window.session()->profile() != nullptr);
    QTRY_VERIFY(!window.jobs()->isBusy());
    QCOMPARE(stack->currentWidget(), page->tabs());
    QVERIFY(!page->missingView()->report());
}

void TestGuiExplore::missingValues()
{
    MainWindow window;
    QVERIFY(openExplore(window, dataFile("explore.csv"), QStringLiteral("missing")));
    MissingView* view = explorePage(window)->missingView();
    QVERIFY(view->report());
    // reference.py: age 4 of 60 missing, income 3, membership 1; 6 rows with any missing.
    QChart* bars = view->barChart()->chart();
    const QList<double> values = barValues(bars);
    const QStringList categories = barCategories(bars);
    QCOMPARE(values.size(), 3);  // the columns with missing values
    // Bottom-up: the most missing column is the last bar (drawn on top).
    QCOMPARE(categories.last(), QStringLiteral("age"));
    QCOMPARE(values.last(), 6.666666666666667);
    QCOMPARE(categories.at(categories.size() - 2), QStringLiteral("income"));
    QCOMPARE(values.at(values.size() - 2), 5.0);
    QCOMPARE(categories.at(categories.size() - 3), QStringLiteral("membership"));
    QCOMPARE(values.at(values.size() - 3), 1.6666666666666667);
    QVERIFY(!bars->title().isEmpty());
    QVERIFY(!bars->axes(Qt::Horizontal).first()->titleText().isEmpty());
    QVERIFY2(view->summaryText().contains(QStringLiteral("<b>6</b>")), qPrintable(view->summaryText()));
    QCOMPARE(view->report()->rowsWithAnyMissing, qint64{6});

    // The matrix draws the report; the heat map the three columns with some values missing.
    QCOMPARE(view->matrix()->report(), view->report());
    HeatmapChart* heatmap = view->heatmap();
    QCOMPARE(heatmap->matrixSize(), 3);
    const int age = static_cast<int>(heatmap->labels().indexOf(QStringLiteral("age")));
    const int income = static_cast<int>(heatmap->labels().indexOf(QStringLiteral("income")));
    QVERIFY(age >= 0 && income >= 0);
    // reference.py: statistics.correlation of the 0/1 missing indicators = 0.5518254055364692
    QVERIFY(std::abs(heatmap->valueAt(age, income) - 0.5518254055364692) < 1e-12);
    QCOMPARE(HeatmapChart::cellText(heatmap->valueAt(age, income)), QStringLiteral("0.55"));

    // "Add missing-value flags" proposes missing_indicator for the three columns.
    QSignalSpy proposed(window.session(), &Session::stepProposed);
    auto* button = view->findChild<QPushButton*>(QStringLiteral("missingIndicatorButton"));
    QVERIFY(button && button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(proposed.count(), 1);
    const QJsonObject step = proposed.first().first().toJsonObject();
    QCOMPARE(step.value(QStringLiteral("kind")).toString(), QStringLiteral("missing_indicator"));
    QCOMPARE(step.value(QStringLiteral("params")).toObject().value(QStringLiteral("columns")).toArray().size(), 3);
}

void TestGuiExplore::imputationPreview()
{
    MainWindow window;
    QVERIFY(openExplore(window, dataFile("explore.csv"), QStringLiteral("missing")));
    ImputePreviewPanel* panel = explorePage(window)->missingView()->imputePanel();
    // Columns with missing values, most missing first (numeric, then categorical membership).
    QCOMPARE(panel->columnCombo()->count(), 3);
    QCOMPARE(panel->columnCombo()->currentText(), QStringLiteral("age"));
    panel->methodCombo()->setCurrentIndex(panel->methodCombo()->findData(int(ImputeMethod::Mean)));
    QTRY_VERIFY(panel->preview() && panel->preview()->step.value(QStringLiteral("params")).toObject().value(
                                        QStringLiteral("strategy")) == QStringLiteral("mean"));
    QVERIFY(waitIdle(window));

    QChart* chart = panel->chart()->chart();
    auto* after = firstArea(chart);
    QLineSeries* before = nullptr;
    for (QAbstractSeries* s : chart->series())
        if (auto* line = qobject_cast<QLineSeries*>(s))
            before = line;
    QVERIFY(after && before);
    const std::vector<qint64> afterCounts = outlineCounts(after);
    std::vector<qint64> beforeCounts;
    const QList<QPointF> points = before->points();
    for (qsizetype i = 1; i + 1 < points.size(); i += 2)
        beforeCounts.push_back(static_cast<qint64>(points[i].y()));
    QCOMPARE(afterCounts.size(), beforeCounts.size());
    QCOMPARE(std::accumulate(beforeCounts.begin(), beforeCounts.end(), qint64{0}), 56);
    QCOMPARE(std::accumulate(afterCounts.begin(), afterCounts.end(), qint64{0}), 60);
    // The four filled values all land in the bin holding the mean, 43.94642857142857 (reference.py).
    const std::vector<double>& edges = panel->preview()->edges;
    int changed = 0;
    for (std::size_t i = 0; i < afterCounts.size(); ++i) {
        if (afterCounts[i] == beforeCounts[i])
            continue;
        ++changed;
        QCOMPARE(afterCounts[i] - beforeCounts[i], qint64{4});
        QVERIFY(edges[i] <= 43.94642857142857 && 43.94642857142857 <= edges[i + 1]);
    }
    QCOMPARE(changed, 1);
    QVERIFY(std::abs(panel->preview()->meanAfter - 43.94642857142857) < 1e-9);

    // k-NN fills from similar rows: the values differ from the mean's single spike.
    panel->methodCombo()->setCurrentIndex(panel->methodCombo()->findData(int(ImputeMethod::Knn)));
    QTRY_VERIFY(panel->preview()->step.value(QStringLiteral("kind")) == QStringLiteral("knn_impute"));
    QVERIFY(waitIdle(window));
    QCOMPARE(panel->preview()->filled, qint64{4});
    QVERIFY(panel->preview()->after != panel->preview()->before);

    // "Add to Pipeline" proposes the same step, in a form the pipeline reads.
    QSignalSpy proposed(window.session(), &Session::stepProposed);
    QTest::mouseClick(panel->proposeButton(), Qt::LeftButton);
    QCOMPARE(proposed.count(), 1);
    const QJsonObject step = proposed.first().first().toJsonObject();
    QCOMPARE(step.value(QStringLiteral("kind")).toString(), QStringLiteral("knn_impute"));
    QCOMPARE(step.value(QStringLiteral("params")).toObject().value(QStringLiteral("n_neighbors")).toInt(), 5);
}

void TestGuiExplore::histogramMatchesCoreFd()
{
    MainWindow window;
    QVERIFY(openExplore(window, dataFile("explore.csv"), QStringLiteral("distributions")));
    DistributionView* view = explorePage(window)->distributionView();
    QVERIFY(view->selectColumn(QStringLiteral("spend")));
    QVERIFY(waitIdle(window));
    QTRY_VERIFY(view->distribution() && view->distribution()->name == QStringLiteral("spend"));

    // Core's numpy-exact Freedman–Diaconis bins on the same values.
    const std::vector<double> values = observed(*window.session()->table(), QStringLiteral("spend"));
    Result<std::vector<double>> edges = stats::histogramBinEdgesFd(values.data(), values.size());
    QVERIFY(edges.ok());
    const std::vector<qint64> expected = stats::histogramCounts(values.data(), values.size(), edges.value());
    QCOMPARE(view->shownHistogram().edges, edges.value());
    QCOMPARE(view->shownHistogram().counts, expected);
    QChart* chart = view->histogramChart()->chart();
    QCOMPARE(outlineCounts(firstArea(chart)), expected);
    QVERIFY(chart->title().contains(QStringLiteral("spend")));
    QCOMPARE(chart->axes(Qt::Horizontal).first()->titleText(), QStringLiteral("spend"));
    QVERIFY(!chart->axes(Qt::Vertical).first()->titleText().isEmpty());

    // Ten bins chosen by hand: numpy.histogram(values, bins=10).
    view->autoBinsCheck()->setChecked(false);
    view->binsSpin()->setValue(10);
    const stats::OuterEdges outer = stats::outerEdges(*std::min_element(values.begin(), values.end()),
                                                      *std::max_element(values.begin(), values.end()), values.size());
    const std::vector<double> tenEdges = stats::equalWidthBinEdges(outer.first, outer.last, 10);
    QCOMPARE(outlineCounts(firstArea(chart)), stats::histogramCounts(values.data(), values.size(), tenEdges));

    // Log scale: a log axis for the counts.
    QTest::mouseClick(view->logCheck(), Qt::LeftButton);
    QVERIFY(view->logCheck()->isChecked());
    QVERIFY(qobject_cast<QLogValueAxis*>(chart->axes(Qt::Vertical).first()));
}

void TestGuiExplore::boxPlotAndCategories()
{
    MainWindow window;
    QVERIFY(openExplore(window, dataFile("explore.csv"), QStringLiteral("distributions")));
    DistributionView* view = explorePage(window)->distributionView();
    QVERIFY(view->selectColumn(QStringLiteral("spend")));
    QTRY_VERIFY(view->distribution() && view->distribution()->name == QStringLiteral("spend"));
    QChart* box = view->boxChart()->chart();
    QBoxSet* set = nullptr;
    int outlierPoints = -1;
    for (QAbstractSeries* s : box->series()) {
        if (auto* boxes = qobject_cast<QBoxPlotSeries*>(s))
            set = boxes->boxSets().first();
        if (auto* points = qobject_cast<QScatterSeries*>(s))
            outlierPoints = static_cast<int>(points->count());
    }
    QVERIFY(set);
    // reference.py: statistics.quantiles(spend, n=4, method='inclusive') = numpy's linear quartiles.
    QVERIFY(std::abs(set->at(QBoxSet::LowerQuartile) - 507.2425) < 1e-9);
    QVERIFY(std::abs(set->at(QBoxSet::UpperQuartile) - 897.845) < 1e-9);
    QCOMPARE(outlierPoints, 2);  // 9500 and 7200 lie beyond the upper fence
    QVERIFY(set->at(QBoxSet::UpperExtreme) <= 897.845 + 1.5 * (897.845 - 507.2425));

    // A categorical column: value counts, most frequent on top (the last bar).
    QVERIFY(view->selectColumn(QStringLiteral("membership")));
    QTRY_VERIFY(view->categoryCounts() && view->categoryCounts()->name == QStringLiteral("membership"));
    QChart* counts = view->categoryChart()->chart();
    QCOMPARE(barCategories(counts), QStringList({QStringLiteral("gold"), QStringLiteral("silver"), QStringLiteral("bronze")}));
    QCOMPARE(barValues(counts), QList<double>({19.0, 20.0, 20.0}));
    QVERIFY(view->categoryChart()->isVisible());
    QVERIFY(!view->histogramChart()->isVisible());
}

void TestGuiExplore::switchingColumnsSupersedes()
{
    MainWindow window;
    QVERIFY(openExplore(window, dataFile("explore.csv"), QStringLiteral("distributions")));
    DistributionView* view = explorePage(window)->distributionView();
    // Three columns in a row without waiting: only the last one's result is shown.
    QVERIFY(view->selectColumn(QStringLiteral("age")));
    QVERIFY(view->selectColumn(QStringLiteral("income")));
    QVERIFY(view->selectColumn(QStringLiteral("visits")));
    QVERIFY(waitIdle(window));
    QTRY_COMPARE(view->distribution()->name, QStringLiteral("visits"));
    QTRY_COMPARE(window.jobs()->activeWorkerCount(), 0);
    QCOMPARE(view->distribution()->name, QStringLiteral("visits"));
    // Back to a column seen before: from the cache, without a job.
    QSignalSpy started(window.jobs(), &JobRunner::jobStarted);
    QVERIFY(view->selectColumn(QStringLiteral("visits")) && view->selectColumn(QStringLiteral("spend")));
    QVERIFY(waitIdle(window));
    QVERIFY(view->selectColumn(QStringLiteral("visits")));
    QCOMPARE(view->distribution()->name, QStringLiteral("visits"));
    QCOMPARE(started.count(), 1);  // spend only
}

void TestGuiExplore::cancelledViewComputesAgain()
{
    MainWindow window;
    QVERIFY(openExplore(window, dataFile("explore.csv"), QStringLiteral("missing")));
    ExplorePage* page = explorePage(window);
    // The Outliers tab starts its job when shown; the status bar's Cancel stops it at once.
    QVERIFY(page->showView(QStringLiteral("outliers")));
    QVERIFY(window.jobs()->isBusy());
    window.jobs()->cancelAll();
    QVERIFY(!window.jobs()->isBusy());
    QVERIFY(page->outlierView()->statusText().startsWith(QStringLiteral("Cancelled")));
    QTRY_COMPARE(window.jobs()->activeWorkerCount(), 0);
    QVERIFY(!page->outlierView()->analysis());
    // Coming back to the tab computes it.
    QVERIFY(page->showView(QStringLiteral("scatter")));
    QVERIFY(waitIdle(window));
    QVERIFY(page->showView(QStringLiteral("outliers")));
    QVERIFY(waitIdle(window));
    QTRY_VERIFY(page->outlierView()->analysis());
    QCOMPARE(page->outlierView()->statusText(), QString());
}

void TestGuiExplore::exportPngAndSvg()
{
    MainWindow window;
    QVERIFY(openExplore(window, dataFile("explore.csv"), QStringLiteral("missing")));
    QTemporaryDir dir;
    MissingView* view = explorePage(window)->missingView();
    const auto check = [&dir](auto* chart, const QString& name) {
        const QString png = dir.filePath(name + QStringLiteral(".png"));
        const QString svg = dir.filePath(name + QStringLiteral(".svg"));
        QString error;
        QVERIFY2(chart->exportTo(png, &error), qPrintable(error));
        QVERIFY2(chart->exportTo(svg, &error), qPrintable(error));
        const QImage image(png);
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), chart->size() * 2);
        QFile file(svg);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.size() > 500);
        QVERIFY(text.contains("<svg"));
    };
    check(view->barChart(), QStringLiteral("bars"));
    check(view->matrix(), QStringLiteral("matrix"));
    check(view->heatmap(), QStringLiteral("heatmap"));
    QString error;
    QVERIFY(!view->heatmap()->exportTo(QStringLiteral("/nonexistent-dir/x.png"), &error));
    QVERIFY(!error.isEmpty());
}

void TestGuiExplore::screenshotsOfEveryView()
{
    QTemporaryDir dir;
    MainWindow window;
    window.setAttribute(Qt::WA_DontShowOnScreen);
    window.resize(1280, 800);
    window.show();
    window.openFile(dataFile("explore.csv"));
    ScreenshotRunner runner(&window, dir.path());
    QSignalSpy finished(&runner, &ScreenshotRunner::finished);
    runner.start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
    QCOMPARE(finished.first().first().toInt(), 0);
    for (const QString& view : explorePage(window)->screenshotViews()) {
        const QString file = QDir(dir.path()).filePath(QStringLiteral("explore-%1.png").arg(view));
        QVERIFY2(runner.writtenFiles().contains(file), qPrintable(file));
        const QImage image(file);
        QVERIFY2(!image.isNull(), qPrintable(file));
        QCOMPARE(image.size(), QSize(1280, 800));
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 9)
            for (int x = 0; x < image.width(); x += 9)
                colours.insert(image.pixel(x, y));
        QVERIFY2(colours.size() > 20, qPrintable(file));
    }
    // With PP_TEST_SCREENSHOTS=DIR, the views at 1920×1080 too, for a person to look at.
    const QString review = qEnvironmentVariable("PP_TEST_SCREENSHOTS");
    if (!review.isEmpty() && QDir().mkpath(review)) {
        window.resize(1920, 1080);
        window.setCurrentPage(MainWindow::Page::Explore);
        for (const QString& view : explorePage(window)->screenshotViews()) {
            QVERIFY(explorePage(window)->showView(view));
            QVERIFY(waitIdle(window));
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
            QVERIFY(window.grab().save(QDir(review).filePath(QStringLiteral("explore-%1-1920.png").arg(view))));
        }
    }
}

QTEST_MAIN(TestGuiExplore)
