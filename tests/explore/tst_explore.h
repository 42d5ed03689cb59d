#pragma once

// Shared by the parts of tst_explore: outliers, Isolation Forest and sampling
// (tst_explore.cpp), missingness, correlation and group statistics
// (tst_explore_tables.cpp), the `outliers` command and the 1M-row timings
// (tst_explore_cli.cpp). Expected values come from data/reference.py (pandas 1.5.3,
// numpy 1.24.2, scikit-learn 1.2.1); each is pasted next to the call that printed it.

#include "data/importer.h"
#include "data/table.h"

#include <QObject>
#include <QString>
#include <QtTest>

#include <cmath>
#include <limits>
#include <vector>

namespace testing {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

inline QString fixture(const char* name) { return QStringLiteral(PP_TEST_DATA_DIR "/") + QLatin1String(name); }

/// Loads a fixture CSV (fails the test when it cannot).
pp::Table loadFixture(const char* name);

/// Relative tolerance (1e-12 by default, absolute near 0); NaN equals NaN.
inline bool close(double actual, double expected, double rel = 1e-12)
{
    if (std::isnan(expected) || std::isnan(actual))
        return std::isnan(expected) && std::isnan(actual);
    return std::fabs(actual - expected) <= rel * std::max(std::fabs(expected), 1.0);
}

} // namespace testing

#define VERIFY_CLOSE(actual, expected) \
    QVERIFY2(testing::close((actual), (expected)), \
             qPrintable(QStringLiteral("%1 !~ %2").arg((actual), 0, 'g', 17).arg((expected), 0, 'g', 17)))

/// One Qt Test class, implemented in three files.
class TestExplore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // tst_explore.cpp
    void outlierCounts_data();
    void outlierCounts();
    void outlierBoundsAndFlags();
    void outlierEdgeCases();
    void outlierErrorsAndCancel();
    void forestOutliersImputes();
    void averagePathLength();
    void singleTreeMatchesManualTraversal();
    void forestRanksPlantedOutliers();
    void forestMatchesSklearnScores();
    void forestDeterministic();
    void forestJsonRoundTrip();
    void forestErrors();
    void sampling();

    // tst_explore_tables.cpp
    void missingnessCounts();
    void missingnessBinnedMatrix();
    void missingnessEdgeCases();
    void correlationSmall_data();
    void correlationSmall();
    void correlationBig_data();
    void correlationBig();
    void correlationEdgeCases();
    void correlationRanking();
    void groupStatsMatchPandas();
    void groupStatsSortAndTopN();
    void groupStatsEdgeCases();
    void cancelledJobs();

    // tst_explore_cli.cpp
    void cliOutliersJson();
    void cliOutliersIforest();
    void cliOutliersErrors_data();
    void cliOutliersErrors();
    void timings1M();
};
