#pragma once

// Shared by the two halves of tst_stats: descriptive statistics and histograms
// (tst_stats.cpp), column profiles (tst_stats_profile.cpp).

#include "stats/profile.h"

#include <QList>
#include <QObject>
#include <QString>

#include <cmath>
#include <limits>
#include <vector>

using Doubles = QList<double>;
using Counts = QList<qint64>;

namespace testing {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kInf = std::numeric_limits<double>::infinity();

/// The arrays of tests/stats/data/make_expected.py, by name.
std::vector<double> arrayNamed(const QString& name);

/// Same double, NaN equal to NaN (numpy's results are reproduced bit for bit).
inline bool same(double a, double b)
{
    return (std::isnan(a) && std::isnan(b)) || a == b;
}

/// Relative tolerance 1e-12; NaN equals NaN, infinities must match exactly.
inline bool close(double actual, double expected, double rel = 1e-12)
{
    if (std::isnan(expected) || std::isinf(expected))
        return same(actual, expected);
    return std::fabs(actual - expected) <= rel * std::max(std::fabs(expected), 1e-300);
}

inline Counts toCounts(const std::vector<qint64>& v)
{
    return Counts(v.begin(), v.end());
}

} // namespace testing

#define VERIFY_SAME(actual, expected) \
    QVERIFY2(testing::same((actual), (expected)), \
             qPrintable(QStringLiteral("%1 != %2").arg((actual), 0, 'g', 17).arg((expected), 0, 'g', 17)))
#define VERIFY_CLOSE(actual, expected) \
    QVERIFY2(testing::close((actual), (expected)), \
             qPrintable(QStringLiteral("%1 !~ %2").arg((actual), 0, 'g', 17).arg((expected), 0, 'g', 17)))

/// One Qt Test class, implemented in two files.
class TestStats : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void quantile_data();
    void quantile();
    void quantileEdgeCases();
    void constantData();
    void moments_data();
    void moments();
    void outliers_data();
    void outliers();
    void valueCounts_data();
    void valueCounts();
    void radixSortMatchesStdSort();
    void linspace();
    void binEdgesFd_data();
    void binEdgesFd();
    void binEdgesFdFailures();
    void histogram_data();
    void histogram();
    void profileNumeric();
    void profileInfinities();
    void profileBoolean();
    void profileCategorical_data();
    void profileCategorical();
    void profileDateTime();
    void profileAllMissing_data();
    void profileAllMissing();
    void profileSingleRow();
    void profileEmptyTable();
    void profileCancelled();
    void profileProgress();
    void profileThreadsAgree();
};
