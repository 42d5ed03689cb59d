// The Explore page's GUI tests: shared fixture helpers and the test class.
#pragma once

#include <QObject>
#include <QTemporaryDir>

#include <memory>

class QChart;
class QString;

namespace pp {
class ChartView;
class ExplorePage;
class MainWindow;
} // namespace pp

namespace explore_test {

QString dataFile(const char* name);
/// Shows `window` offscreen at 1280×800, opens `file`, waits for the table and its profile,
/// then shows the Explore page's `view` and waits until every job has finished.
bool openExplore(pp::MainWindow& window, const QString& file, const QString& view);
/// Waits (on the event loop, up to 30 s) until the window's JobRunner is idle.
bool waitIdle(pp::MainWindow& window);
pp::ExplorePage* explorePage(pp::MainWindow& window);
/// The y values of the first bar set of the chart's first bar series, and its categories.
QList<double> barValues(QChart* chart, int set = 0);
QStringList barCategories(QChart* chart);

} // namespace explore_test

class TestGuiExplore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    // tst_gui_explore.cpp
    void emptyStateWithoutData();
    void missingValues();
    void imputationPreview();
    void histogramMatchesCoreFd();
    void boxPlotAndCategories();
    void switchingColumnsSupersedes();
    void cancelledViewComputesAgain();
    void exportPngAndSvg();
    void screenshotsOfEveryView();

    // tst_gui_explore_impute.cpp
    void categoricalImputationPreview();
    void booleanImputationPreview();
    void categoryPreviewPoolsOther();
    void interpolationOrderBy();

    // tst_gui_explore_views.cpp
    void outlierCountsMatchCore();
    void outliersHighlightRowsInDataTable();
    void outlierStepsAreProposed();
    void isolationForest();
    void scatterColouredAndSampled();
    void correlations();
    void groups();
    void emptyAndAllMissingColumns();
    void largeTableTimings();

private:
    QTemporaryDir m_settingsDir;
};
