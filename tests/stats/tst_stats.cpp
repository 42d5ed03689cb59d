// Tests of the descriptive statistics and histograms (core/stats), half of tst_stats.
//
// Expected values come from pandas 1.5.3 / numpy 1.24.2 (Debian 12's /usr/bin/python3),
// printed by tests/stats/data/make_expected.py; each block below names the expression.
// Exact comparisons where numpy is exact (quantiles, bin edges, counts), relative 1e-12
// for sums (pandas sums naively or pairwise, we use compensated sums).

#include "tst_stats.h"

#include "stats/descriptive.h"
#include "stats/histogram.h"
#include "stats/radix_sort.h"

#include <QtTest>

#include <algorithm>
#include <map>

using namespace pp;
using namespace testing;

std::vector<double> testing::arrayNamed(const QString& name)
{
    static const std::map<QString, std::vector<double>> arrays = {
        {"odd7", {3.5, -1.25, 7.0, 2.0, 0.5, 10.75, 4.0}},
        {"even6", {1.0, 2.0, 3.0, 4.0, 100.0, 5.0}},
        {"n1", {42.0}},
        {"n2", {1.5, 2.5}},
        {"const4", {2.0, 2.0, 2.0, 2.0}},
        {"iqr0", {1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 5.0}},
        {"mixed", {-3.0, -1e-3, 0.0, 1e6, 2.5e-7, 12.0, 12.0, 12.0, -3.0}},
        {"lognormal40", {7.395, 8.84, 6.268, 4.33, 5.625, 4.076, 7.661, 16.513, 5.5, 5.092, 9.914, 9.153,
                         7.871, 4.228, 7.261, 11.214, 3.299, 5.615, 2.361, 3.409, 2.447, 6.417, 3.454,
                         8.695, 8.118, 6.605, 1.632, 5.348, 7.177, 7.909, 2.95, 5.548, 4.108, 4.548,
                         13.965, 4.552, 7.246, 12.561, 5.206, 6.91}},
        {"normal25", {51.1046, 50.6378, 37.7494, 50.7614, 63.5882, 34.5286, 58.5938, 51.1935, 43.5853,
                      70.0042, 57.6226, 38.0071, 50.7452, 55.7669, 48.1122, 56.8291, 49.3348, 56.6725,
                      64.3852, 43.2434, 52.0314, 45.3669, 51.2727, 38.1281, 44.207}},
        {"with_inf", {1.0, 2.0, 3.0, kInf}},
        {"both_inf", {-kInf, 1.0, 2.0, kInf}},
        {"tiny", {1e-8, 2e-8, 4e-8, 8e-8}},
        {"tenth3", {0.1, 0.1, 0.1}},
    };
    if (name == QLatin1String("spiked")) {
        auto v = arrays.at("normal25");
        v.push_back(150.0);
        v.push_back(-40.0);
        return v;
    }
    return arrays.at(name);
}

namespace {

std::vector<double> sortedArray(const QString& name)
{
    auto v = arrayNamed(name);
    return stats::sortedNonMissing(v.data(), v.size());
}

} // namespace

// -------------------------------------------------------------------------------------------
// Quantiles

void TestStats::quantile_data()
{
    QTest::addColumn<QString>("array");
    QTest::addColumn<double>("q");
    QTest::addColumn<double>("expected");
    const auto newRow = [](const char* name) -> QTestData& { return QTest::newRow(name); };
    // np.quantile(x, q)
    newRow("odd7/q0.0") << "odd7" << 0.0 << -1.25;
    newRow("odd7/q0.1") << "odd7" << 0.1 << -0.19999999999999984;
    newRow("odd7/q0.25") << "odd7" << 0.25 << 1.25;
    newRow("odd7/q0.333") << "odd7" << 0.333 << 1.9970000000000003;
    newRow("odd7/q0.5") << "odd7" << 0.5 << 3.5;
    newRow("odd7/q0.75") << "odd7" << 0.75 << 5.5;
    newRow("odd7/q0.9") << "odd7" << 0.9 << 8.500000000000002;
    newRow("odd7/q1.0") << "odd7" << 1.0 << 10.75;
    newRow("even6/q0.0") << "even6" << 0.0 << 1.0;
    newRow("even6/q0.1") << "even6" << 0.1 << 1.5;
    newRow("even6/q0.25") << "even6" << 0.25 << 2.25;
    newRow("even6/q0.333") << "even6" << 0.333 << 2.665;
    newRow("even6/q0.5") << "even6" << 0.5 << 3.5;
    newRow("even6/q0.75") << "even6" << 0.75 << 4.75;
    newRow("even6/q0.9") << "even6" << 0.9 << 52.5;
    newRow("even6/q1.0") << "even6" << 1.0 << 100.0;
    newRow("n1/q0.0") << "n1" << 0.0 << 42.0;
    newRow("n1/q0.1") << "n1" << 0.1 << 42.0;
    newRow("n1/q0.25") << "n1" << 0.25 << 42.0;
    newRow("n1/q0.333") << "n1" << 0.333 << 42.0;
    newRow("n1/q0.5") << "n1" << 0.5 << 42.0;
    newRow("n1/q0.75") << "n1" << 0.75 << 42.0;
    newRow("n1/q0.9") << "n1" << 0.9 << 42.0;
    newRow("n1/q1.0") << "n1" << 1.0 << 42.0;
    newRow("n2/q0.0") << "n2" << 0.0 << 1.5;
    newRow("n2/q0.1") << "n2" << 0.1 << 1.6;
    newRow("n2/q0.25") << "n2" << 0.25 << 1.75;
    newRow("n2/q0.333") << "n2" << 0.333 << 1.833;
    newRow("n2/q0.5") << "n2" << 0.5 << 2.0;
    newRow("n2/q0.75") << "n2" << 0.75 << 2.25;
    newRow("n2/q0.9") << "n2" << 0.9 << 2.4;
    newRow("n2/q1.0") << "n2" << 1.0 << 2.5;
    newRow("const4/q0.0") << "const4" << 0.0 << 2.0;
    newRow("const4/q0.1") << "const4" << 0.1 << 2.0;
    newRow("const4/q0.25") << "const4" << 0.25 << 2.0;
    newRow("const4/q0.333") << "const4" << 0.333 << 2.0;
    newRow("const4/q0.5") << "const4" << 0.5 << 2.0;
    newRow("const4/q0.75") << "const4" << 0.75 << 2.0;
    newRow("const4/q0.9") << "const4" << 0.9 << 2.0;
    newRow("const4/q1.0") << "const4" << 1.0 << 2.0;
    newRow("iqr0/q0.0") << "iqr0" << 0.0 << 1.0;
    newRow("iqr0/q0.1") << "iqr0" << 0.1 << 1.0;
    newRow("iqr0/q0.25") << "iqr0" << 0.25 << 1.0;
    newRow("iqr0/q0.333") << "iqr0" << 0.333 << 1.0;
    newRow("iqr0/q0.5") << "iqr0" << 0.5 << 1.0;
    newRow("iqr0/q0.75") << "iqr0" << 0.75 << 1.0;
    newRow("iqr0/q0.9") << "iqr0" << 0.9 << 1.3999999999999986;
    newRow("iqr0/q1.0") << "iqr0" << 1.0 << 5.0;
    newRow("mixed/q0.0") << "mixed" << 0.0 << -3.0;
    newRow("mixed/q0.1") << "mixed" << 0.1 << -3.0;
    newRow("mixed/q0.25") << "mixed" << 0.25 << -0.001;
    newRow("mixed/q0.333") << "mixed" << 0.333 << -0.0003359999999999999;
    newRow("mixed/q0.5") << "mixed" << 0.5 << 2.5e-07;
    newRow("mixed/q0.75") << "mixed" << 0.75 << 12.0;
    newRow("mixed/q0.9") << "mixed" << 0.9 << 200009.60000000018;
    newRow("mixed/q1.0") << "mixed" << 1.0 << 1000000.0;
    newRow("lognormal40/q0.0") << "lognormal40" << 0.0 << 1.632;
    newRow("lognormal40/q0.1") << "lognormal40" << 0.1 << 3.2641;
    newRow("lognormal40/q0.25") << "lognormal40" << 0.25 << 4.3045;
    newRow("lognormal40/q0.333") << "lognormal40" << 0.333 << 5.08498;
    newRow("lognormal40/q0.5") << "lognormal40" << 0.5 << 5.9465;
    newRow("lognormal40/q0.75") << "lognormal40" << 0.75 << 7.8805000000000005;
    newRow("lognormal40/q0.9") << "lognormal40" << 0.9 << 10.044000000000002;
    newRow("lognormal40/q1.0") << "lognormal40" << 1.0 << 16.513;
    newRow("normal25/q0.0") << "normal25" << 0.0 << 34.5286;
    newRow("normal25/q0.1") << "normal25" << 0.1 << 38.0555;
    newRow("normal25/q0.25") << "normal25" << 0.25 << 44.207;
    newRow("normal25/q0.333") << "normal25" << 0.333 << 48.0902376;
    newRow("normal25/q0.5") << "normal25" << 0.5 << 50.7614;
    newRow("normal25/q0.75") << "normal25" << 0.75 << 56.6725;
    newRow("normal25/q0.9") << "normal25" << 0.9 << 61.59044000000001;
    newRow("normal25/q1.0") << "normal25" << 1.0 << 70.0042;
    newRow("with_inf/q0.0") << "with_inf" << 0.0 << 1.0;
    newRow("with_inf/q0.1") << "with_inf" << 0.1 << 1.3;
    newRow("with_inf/q0.25") << "with_inf" << 0.25 << 1.75;
    newRow("with_inf/q0.333") << "with_inf" << 0.333 << 1.999;
    newRow("with_inf/q0.5") << "with_inf" << 0.5 << 2.5;
    newRow("with_inf/q0.75") << "with_inf" << 0.75 << kInf;
    newRow("with_inf/q0.9") << "with_inf" << 0.9 << kNaN;
    newRow("with_inf/q1.0") << "with_inf" << 1.0 << kNaN;
    newRow("both_inf/q0.0") << "both_inf" << 0.0 << kNaN;
    newRow("both_inf/q0.1") << "both_inf" << 0.1 << kNaN;
    newRow("both_inf/q0.25") << "both_inf" << 0.25 << -kInf;
    newRow("both_inf/q0.333") << "both_inf" << 0.333 << -kInf;
    newRow("both_inf/q0.5") << "both_inf" << 0.5 << 1.5;
    newRow("both_inf/q0.75") << "both_inf" << 0.75 << kInf;
    newRow("both_inf/q0.9") << "both_inf" << 0.9 << kNaN;
    newRow("both_inf/q1.0") << "both_inf" << 1.0 << kNaN;
    newRow("spiked/q0.0") << "spiked" << 0.0 << -40.0;
    newRow("spiked/q0.1") << "spiked" << 0.1 << 37.90402;
    newRow("spiked/q0.25") << "spiked" << 0.25 << 43.89615;
    newRow("spiked/q0.333") << "spiked" << 0.333 << 47.173307400000006;
    newRow("spiked/q0.5") << "spiked" << 0.5 << 50.7614;
    newRow("spiked/q0.75") << "spiked" << 0.75 << 56.7508;
    newRow("spiked/q0.9") << "spiked" << 0.9 << 63.907000000000004;
    newRow("spiked/q1.0") << "spiked" << 1.0 << 150.0;
    newRow("tiny/q0.0") << "tiny" << 0.0 << 1e-08;
    newRow("tiny/q0.1") << "tiny" << 0.1 << 1.3e-08;
    newRow("tiny/q0.25") << "tiny" << 0.25 << 1.75e-08;
    newRow("tiny/q0.333") << "tiny" << 0.333 << 1.9990000000000002e-08;
    newRow("tiny/q0.5") << "tiny" << 0.5 << 3.0000000000000004e-08;
    newRow("tiny/q0.75") << "tiny" << 0.75 << 5e-08;
    newRow("tiny/q0.9") << "tiny" << 0.9 << 6.800000000000001e-08;
    newRow("tiny/q1.0") << "tiny" << 1.0 << 8e-08;
    newRow("tenth3/q0.0") << "tenth3" << 0.0 << 0.1;
    newRow("tenth3/q0.1") << "tenth3" << 0.1 << 0.1;
    newRow("tenth3/q0.25") << "tenth3" << 0.25 << 0.1;
    newRow("tenth3/q0.333") << "tenth3" << 0.333 << 0.1;
    newRow("tenth3/q0.5") << "tenth3" << 0.5 << 0.1;
    newRow("tenth3/q0.75") << "tenth3" << 0.75 << 0.1;
    newRow("tenth3/q0.9") << "tenth3" << 0.9 << 0.1;
    newRow("tenth3/q1.0") << "tenth3" << 1.0 << 0.1;
}

void TestStats::quantile()
{
    QFETCH(QString, array);
    QFETCH(double, q);
    QFETCH(double, expected);
    const auto sorted = sortedArray(array);
    VERIFY_SAME(stats::quantileSorted(sorted.data(), sorted.size(), q), expected);
}

void TestStats::quantileEdgeCases()
{
    QVERIFY(std::isnan(stats::quantileSorted(nullptr, 0, 0.5)));
    const std::vector<double> v{1.0, 2.0};
    QVERIFY(std::isnan(stats::quantileSorted(v.data(), v.size(), -0.1)));
    QVERIFY(std::isnan(stats::quantileSorted(v.data(), v.size(), 1.1)));
    QVERIFY(std::isnan(stats::quantileSorted(v.data(), v.size(), kNaN)));
    QCOMPARE(stats::medianSorted(v.data(), v.size()), 1.5);
}

void TestStats::constantData()
{
    // pd.Series([0.1] * 3): mean 0.10000000000000002, std 1.6996749443881478e-17, skew 0.
    // Three copies of 0.1 do not sum to exactly 0.3; we return the exact answer for
    // constant data instead of pandas' rounding noise (a std of 0 is what users expect).
    const auto v = arrayNamed("tenth3");
    const stats::Moments m = stats::moments(v.data(), v.size());
    VERIFY_SAME(m.mean, 0.1);
    QCOMPARE(m.std, 0.0);
    QCOMPARE(m.skew, 0.0);
    QCOMPARE(stats::countZScoreOutliers(v.data(), v.size(), m.mean, m.std, 0.0), 0);
}

// -------------------------------------------------------------------------------------------
// Moments

void TestStats::moments_data()
{
    QTest::addColumn<QString>("array");
    QTest::addColumn<double>("mean");
    QTest::addColumn<double>("sd");
    QTest::addColumn<double>("skew");
    const auto newRow = [](const char* name) -> QTestData& { return QTest::newRow(name); };
    // pd.Series(x).mean(), .std(), .skew()
    newRow("odd7") << "odd7" << 3.7857142857142856 << 4.047706581686545 << 0.7111033906662505;
    newRow("even6") << "even6" << 19.166666666666668 << 39.62532860010963 << 2.4424726389451163;
    newRow("n1") << "n1" << 42.0 << kNaN << kNaN;
    newRow("n2") << "n2" << 2.0 << 0.7071067811865476 << kNaN;
    newRow("const4") << "const4" << 2.0 << 0.0 << 0.0;
    newRow("iqr0") << "iqr0" << 1.4 << 1.2649110640673518 << 3.1622776601683795;
    newRow("mixed") << "mixed" << 111114.4443333611 << 333332.08343827253 << 2.9999999978031746;
    newRow("lognormal40") << "lognormal40" << 6.525524999999999 << 3.1656012430702964 << 1.1484154840056802;
    newRow("normal25") << "normal25" << 50.53887600000001 << 8.829004141619444 << 0.16771523808706715;
    newRow("with_inf") << "with_inf" << kInf << kNaN << kNaN;
    newRow("both_inf") << "both_inf" << kNaN << kNaN << kNaN;
    newRow("spiked") << "spiked" << 50.86932962962964 << 27.70565507717228 << 0.43851098286708123;
    // (tenth3 is left out on purpose: see constantData())
    newRow("tiny") << "tiny" << 3.75e-08 << 3.0956959368344513e-08 << 0.0;
}

void TestStats::moments()
{
    QFETCH(QString, array);
    QFETCH(double, mean);
    QFETCH(double, sd);
    QFETCH(double, skew);
    const auto raw = arrayNamed(array);
    const auto v = stats::sortedNonMissing(raw.data(), raw.size());
    const stats::Moments m = stats::moments(raw.data(), raw.size());
    QCOMPARE(m.count, raw.size());
    VERIFY_CLOSE(m.mean, mean);
    VERIFY_CLOSE(m.std, sd);
    VERIFY_CLOSE(m.skew, skew);
    VERIFY_CLOSE(m.variance, sd * sd);
    // The single-statistic functions agree with moments(), in any order of the data.
    VERIFY_CLOSE(stats::mean(v.data(), v.size()), mean);
    VERIFY_CLOSE(stats::standardDeviation(v.data(), v.size()), sd);
    VERIFY_CLOSE(stats::skewness(v.data(), v.size()), skew);
}

// -------------------------------------------------------------------------------------------
// Outliers

void TestStats::outliers_data()
{
    QTest::addColumn<QString>("array");
    QTest::addColumn<double>("k");
    QTest::addColumn<double>("threshold");
    QTest::addColumn<qint64>("iqrCount");
    QTest::addColumn<qint64>("zCount");
    const auto newRow = [](const char* name) -> QTestData& { return QTest::newRow(name); };
    // iqr = s.quantile(.75) - s.quantile(.25); ((s < s.quantile(.25) - k*iqr) | (s > s.quantile(.75) + k*iqr)).sum(); (((s - s.mean()) / s.std()).abs() > t).sum()
    newRow("odd7/k1.5/t3.0") << "odd7" << 1.5 << 3.0 << qint64(0) << qint64(0);
    newRow("odd7/k0.5/t2.0") << "odd7" << 0.5 << 2.0 << qint64(2) << qint64(0);
    newRow("odd7/k3.0/t1.0") << "odd7" << 3.0 << 1.0 << qint64(0) << qint64(2);
    newRow("even6/k1.5/t3.0") << "even6" << 1.5 << 3.0 << qint64(1) << qint64(0);
    newRow("even6/k0.5/t2.0") << "even6" << 0.5 << 2.0 << qint64(1) << qint64(1);
    newRow("even6/k3.0/t1.0") << "even6" << 3.0 << 1.0 << qint64(1) << qint64(1);
    newRow("n1/k1.5/t3.0") << "n1" << 1.5 << 3.0 << qint64(0) << qint64(0);
    newRow("n1/k0.5/t2.0") << "n1" << 0.5 << 2.0 << qint64(0) << qint64(0);
    newRow("n1/k3.0/t1.0") << "n1" << 3.0 << 1.0 << qint64(0) << qint64(0);
    newRow("n2/k1.5/t3.0") << "n2" << 1.5 << 3.0 << qint64(0) << qint64(0);
    newRow("n2/k0.5/t2.0") << "n2" << 0.5 << 2.0 << qint64(0) << qint64(0);
    newRow("n2/k3.0/t1.0") << "n2" << 3.0 << 1.0 << qint64(0) << qint64(0);
    newRow("const4/k1.5/t3.0") << "const4" << 1.5 << 3.0 << qint64(0) << qint64(0);
    newRow("const4/k0.5/t2.0") << "const4" << 0.5 << 2.0 << qint64(0) << qint64(0);
    newRow("const4/k3.0/t1.0") << "const4" << 3.0 << 1.0 << qint64(0) << qint64(0);
    newRow("iqr0/k1.5/t3.0") << "iqr0" << 1.5 << 3.0 << qint64(1) << qint64(0);
    newRow("iqr0/k0.5/t2.0") << "iqr0" << 0.5 << 2.0 << qint64(1) << qint64(1);
    newRow("iqr0/k3.0/t1.0") << "iqr0" << 3.0 << 1.0 << qint64(1) << qint64(1);
    newRow("mixed/k1.5/t3.0") << "mixed" << 1.5 << 3.0 << qint64(1) << qint64(0);
    newRow("mixed/k0.5/t2.0") << "mixed" << 0.5 << 2.0 << qint64(1) << qint64(1);
    newRow("mixed/k3.0/t1.0") << "mixed" << 3.0 << 1.0 << qint64(1) << qint64(1);
    newRow("lognormal40/k1.5/t3.0") << "lognormal40" << 1.5 << 3.0 << qint64(2) << qint64(1);
    newRow("lognormal40/k0.5/t2.0") << "lognormal40" << 0.5 << 2.0 << qint64(8) << qint64(2);
    newRow("lognormal40/k3.0/t1.0") << "lognormal40" << 3.0 << 1.0 << qint64(0) << qint64(10);
    newRow("normal25/k1.5/t3.0") << "normal25" << 1.5 << 3.0 << qint64(0) << qint64(0);
    newRow("normal25/k0.5/t2.0") << "normal25" << 0.5 << 2.0 << qint64(5) << qint64(1);
    newRow("normal25/k3.0/t1.0") << "normal25" << 3.0 << 1.0 << qint64(0) << qint64(7);
    newRow("with_inf/k1.5/t3.0") << "with_inf" << 1.5 << 3.0 << qint64(0) << qint64(0);
    newRow("with_inf/k0.5/t2.0") << "with_inf" << 0.5 << 2.0 << qint64(0) << qint64(0);
    newRow("with_inf/k3.0/t1.0") << "with_inf" << 3.0 << 1.0 << qint64(0) << qint64(0);
    newRow("both_inf/k1.5/t3.0") << "both_inf" << 1.5 << 3.0 << qint64(0) << qint64(0);
    newRow("both_inf/k0.5/t2.0") << "both_inf" << 0.5 << 2.0 << qint64(0) << qint64(0);
    newRow("both_inf/k3.0/t1.0") << "both_inf" << 3.0 << 1.0 << qint64(0) << qint64(0);
    newRow("spiked/k1.5/t3.0") << "spiked" << 1.5 << 3.0 << qint64(2) << qint64(2);
    newRow("spiked/k0.5/t2.0") << "spiked" << 0.5 << 2.0 << qint64(6) << qint64(2);
    newRow("spiked/k3.0/t1.0") << "spiked" << 3.0 << 1.0 << qint64(2) << qint64(2);
    newRow("tiny/k1.5/t3.0") << "tiny" << 1.5 << 3.0 << qint64(0) << qint64(0);
    newRow("tiny/k0.5/t2.0") << "tiny" << 0.5 << 2.0 << qint64(1) << qint64(0);
    newRow("tiny/k3.0/t1.0") << "tiny" << 3.0 << 1.0 << qint64(0) << qint64(1);
    newRow("tenth3/k1.5/t3.0") << "tenth3" << 1.5 << 3.0 << qint64(0) << qint64(0);
    newRow("tenth3/k0.5/t2.0") << "tenth3" << 0.5 << 2.0 << qint64(0) << qint64(0);
    newRow("tenth3/k3.0/t1.0") << "tenth3" << 3.0 << 1.0 << qint64(0) << qint64(0);
}

void TestStats::outliers()
{
    QFETCH(QString, array);
    QFETCH(double, k);
    QFETCH(double, threshold);
    QFETCH(qint64, iqrCount);
    QFETCH(qint64, zCount);
    const auto raw = arrayNamed(array);
    const auto sorted = stats::sortedNonMissing(raw.data(), raw.size());
    QCOMPARE(stats::countIqrOutliersSorted(sorted.data(), sorted.size(), k), iqrCount);
    const stats::Moments m = stats::moments(raw.data(), raw.size());
    QCOMPARE(stats::countZScoreOutliers(raw.data(), raw.size(), m.mean, m.std, threshold), zCount);
    QCOMPARE(stats::countZScoreOutliersSorted(sorted.data(), sorted.size(), m.mean, m.std, threshold), zCount);
}

// -------------------------------------------------------------------------------------------
// Distinct values and value counts

void TestStats::valueCounts_data()
{
    QTest::addColumn<QString>("array");
    QTest::addColumn<qint64>("nunique");
    QTest::addColumn<Doubles>("values");
    QTest::addColumn<Counts>("counts");
    const auto newRow = [](const char* name) -> QTestData& { return QTest::newRow(name); };
    // s.nunique(); vc = s.value_counts(); ties ordered by value: vc.rename_axis('v').reset_index(name='n').sort_values(['n', 'v'], ascending=[False, True])
    newRow("odd7") << "odd7" << qint64(7) << Doubles{-1.25, 0.5, 2.0, 3.5, 4.0} << Counts{1, 1, 1, 1, 1};
    newRow("even6") << "even6" << qint64(6) << Doubles{1.0, 2.0, 3.0, 4.0, 5.0} << Counts{1, 1, 1, 1, 1};
    newRow("n1") << "n1" << qint64(1) << Doubles{42.0} << Counts{1};
    newRow("n2") << "n2" << qint64(2) << Doubles{1.5, 2.5} << Counts{1, 1};
    newRow("const4") << "const4" << qint64(1) << Doubles{2.0} << Counts{4};
    newRow("iqr0") << "iqr0" << qint64(2) << Doubles{1.0, 5.0} << Counts{9, 1};
    newRow("mixed") << "mixed" << qint64(6) << Doubles{12.0, -3.0, -0.001, 0.0, 2.5e-07} << Counts{3, 2, 1, 1, 1};
    newRow("lognormal40") << "lognormal40" << qint64(40) << Doubles{1.632, 2.361, 2.447, 2.95, 3.299} << Counts{1, 1, 1, 1, 1};
    newRow("normal25") << "normal25" << qint64(25) << Doubles{34.5286, 37.7494, 38.0071, 38.1281, 43.2434} << Counts{1, 1, 1, 1, 1};
    newRow("with_inf") << "with_inf" << qint64(4) << Doubles{1.0, 2.0, 3.0, kInf} << Counts{1, 1, 1, 1};
    newRow("both_inf") << "both_inf" << qint64(4) << Doubles{-kInf, 1.0, 2.0, kInf} << Counts{1, 1, 1, 1};
    newRow("spiked") << "spiked" << qint64(27) << Doubles{-40.0, 34.5286, 37.7494, 38.0071, 38.1281} << Counts{1, 1, 1, 1, 1};
    newRow("tiny") << "tiny" << qint64(4) << Doubles{1e-08, 2e-08, 4e-08, 8e-08} << Counts{1, 1, 1, 1};
    newRow("tenth3") << "tenth3" << qint64(1) << Doubles{0.1} << Counts{3};
}

void TestStats::valueCounts()
{
    QFETCH(QString, array);
    QFETCH(qint64, nunique);
    QFETCH(Doubles, values);
    QFETCH(Counts, counts);
    const auto sorted = sortedArray(array);
    QCOMPARE(stats::distinctCountSorted(sorted.data(), sorted.size()), nunique);
    // top 5 takes the bounded path; all values (top = 0) the sort of every run.
    for (const std::size_t top : {std::size_t(5), std::size_t(0)}) {
        const auto vc = stats::valueCountsSorted(sorted.data(), sorted.size(), top);
        QCOMPARE(vc.size(), top ? std::size_t(values.size()) : std::size_t(nunique));
        for (int i = 0; i < values.size(); ++i) {
            VERIFY_SAME(vc[std::size_t(i)].value, values[i]);
            QCOMPARE(vc[std::size_t(i)].count, counts[i]);
        }
    }
}

void TestStats::radixSortMatchesStdSort()
{
    // Specials (signed zeros, denormals, infinities, extremes) and enough values to take
    // the radix path rather than the small-input fallback, with shared and varying digits.
    std::vector<double> v{0.0, -0.0, 5e-324, -5e-324, kInf, -kInf, 1e308, -1e308, 1.0, -1.0};
    quint64 state = 12345;
    const auto next = [&state]() {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        return state;
    };
    for (int i = 0; i < 5000; ++i) {
        const double r = double(next() >> 11) / double(1ULL << 53);
        v.push_back(i % 3 == 0 ? std::floor(r * 100.0) : (r - 0.5) * std::pow(10.0, double(i % 40) - 20.0));
    }
    auto radix = v;
    stats::radixSort(radix);
    auto expected = v;
    std::sort(expected.begin(), expected.end());
    QVERIFY(std::equal(radix.begin(), radix.end(), expected.begin())); // -0.0 == 0.0
    // -0.0 sorts before +0.0 (bit order); both still compare equal to 0.
    const auto zero = std::find(radix.begin(), radix.end(), 0.0);
    QVERIFY(std::signbit(*zero));

    std::vector<std::int64_t> t;
    for (int i = 0; i < 3000; ++i)
        t.push_back(std::int64_t(next()) / (i % 2 ? 1 : 86400000));
    t.push_back(std::numeric_limits<std::int64_t>::min());
    t.push_back(std::numeric_limits<std::int64_t>::max());
    auto tRadix = t;
    stats::radixSort(tRadix);
    std::sort(t.begin(), t.end());
    QVERIFY(tRadix == t);

    // Integer-valued data shares its low digits: the skipped passes must not lose values.
    std::vector<double> ints;
    for (int i = 0; i < 10000; ++i)
        ints.push_back(double((i * 7919) % 1000));
    auto intsSorted = ints;
    stats::radixSort(intsSorted);
    std::sort(ints.begin(), ints.end());
    QVERIFY(intsSorted == ints);
}

// -------------------------------------------------------------------------------------------
// Histograms

void TestStats::linspace()
{
    // np.linspace(a, b, n)
    const struct
    {
        double a, b;
        std::size_t n;
        std::vector<double> expected;
    } cases[] = {
        // np.linspace(a, b, n)
        {0.0, 1.0, 11, {0.0, 0.1, 0.2, 0.30000000000000004, 0.4, 0.5, 0.6000000000000001, 0.7000000000000001, 0.8, 0.9, 1.0}},
        {-3.7, 12.1, 7, {-3.7, -1.0666666666666669, 1.5666666666666664, 4.2, 6.833333333333333, 9.466666666666665, 12.1}},
        {1e-300, 3e-300, 5, {1e-300, 1.5e-300, 2.0000000000000004e-300, 2.5000000000000003e-300, 3e-300}},
        {5.0, 5.0, 1, {5.0}},
    };
    for (const auto& c : cases) {
        const auto y = stats::linspace(c.a, c.b, c.n);
        QCOMPARE(y.size(), c.expected.size());
        for (std::size_t i = 0; i < y.size(); ++i)
            VERIFY_SAME(y[i], c.expected[i]);
    }
    QVERIFY(stats::linspace(0.0, 1.0, 0).empty());
}

void TestStats::binEdgesFd_data()
{
    QTest::addColumn<QString>("array");
    QTest::addColumn<qint64>("bins");
    QTest::addColumn<Counts>("at");
    QTest::addColumn<Doubles>("edges");
    const auto newRow = [](const char* name) -> QTestData& { return QTest::newRow(name); };
    // e = np.histogram_bin_edges(x, 'fd'); len(e) - 1; e[[0, 1, nb // 2, nb - 1, nb]]
    newRow("odd7") << "odd7" << qint64(3) << Counts{0, 1, 2, 3} << Doubles{-1.25, 2.75, 6.75, 10.75};
    newRow("even6") << "even6" << qint64(36) << Counts{0, 1, 18, 35, 36} << Doubles{1.0, 3.75, 50.5, 97.25, 100.0};
    newRow("n1") << "n1" << qint64(1) << Counts{0, 1} << Doubles{41.5, 42.5};
    newRow("n2") << "n2" << qint64(2) << Counts{0, 1, 2} << Doubles{1.5, 2.0, 2.5};
    newRow("const4") << "const4" << qint64(1) << Counts{0, 1} << Doubles{1.5, 2.5};
    newRow("iqr0") << "iqr0" << qint64(1) << Counts{0, 1} << Doubles{1.0, 5.0};
    newRow("mixed") << "mixed" << qint64(86664) << Counts{0, 1, 43332, 86663, 86664} << Doubles{-3.0, 8.538851195421397, 499998.5, 999988.4611488045, 1000000.0};
    newRow("lognormal40") << "lognormal40" << qint64(8) << Counts{0, 1, 4, 7, 8} << Doubles{1.632, 3.492125, 9.072500000000002, 14.652875000000002, 16.513};
    newRow("normal25") << "normal25" << qint64(5) << Counts{0, 1, 2, 4, 5} << Doubles{34.5286, 41.62372, 48.71884, 62.909079999999996, 70.0042};
    newRow("spiked") << "spiked" << qint64(23) << Counts{0, 1, 11, 22, 23} << Doubles{-40.0, -31.73913043478261, 50.8695652173913, 141.7391304347826, 150.0};
    // np.histogram_bin_edges(np.array([], dtype=float), 'fd') -> [0., 1.]
    newRow("empty") << "" << qint64(1) << Counts{0, 1} << Doubles{0.0, 1.0};
    newRow("tiny") << "tiny" << qint64(2) << Counts{0, 1, 2} << Doubles{1e-08, 4.5000000000000006e-08, 8e-08};
    newRow("tenth3") << "tenth3" << qint64(1) << Counts{0, 1} << Doubles{-0.4, 0.6};
}

void TestStats::binEdgesFd()
{
    QFETCH(QString, array);
    QFETCH(qint64, bins);
    QFETCH(Counts, at);
    QFETCH(Doubles, edges);
    const auto raw = array.isEmpty() ? std::vector<double>() : arrayNamed(array);
    const auto result = stats::histogramBinEdgesFd(raw.data(), raw.size());
    QVERIFY(result.ok());
    QCOMPARE(qint64(result->size()), bins + 1);
    for (int i = 0; i < at.size(); ++i)
        VERIFY_SAME(result.value()[std::size_t(at[i])], edges[i]);
}

void TestStats::binEdgesFdFailures()
{
    // numpy: ValueError: autodetected range of [1.0, inf] is not finite
    for (const char* name : {"with_inf", "both_inf"}) {
        const auto v = arrayNamed(name);
        const auto result = stats::histogramBinEdgesFd(v.data(), v.size());
        QVERIFY(!result.ok());
        QVERIFY(!result.error().message.isEmpty());
    }
    // "mixed" asks for 86664 bins (see binEdgesFd): refused above a limit.
    const auto mixed = arrayNamed("mixed");
    QVERIFY(!stats::histogramBinEdgesFd(mixed.data(), mixed.size(), 1000).ok());
    QVERIFY(stats::histogramBinEdgesFd(mixed.data(), mixed.size(), 86664).ok());
    // NaN is skipped (documented difference from numpy, which would propagate it).
    std::vector<double> withNaN = arrayNamed("odd7");
    withNaN.insert(withNaN.begin() + 2, kNaN);
    const auto result = stats::histogramBinEdgesFd(withNaN.data(), withNaN.size());
    QVERIFY(result.ok());
    QCOMPARE(result->size(), std::size_t(4));
}

void TestStats::histogram_data()
{
    QTest::addColumn<QString>("array");
    QTest::addColumn<int>("bins");
    QTest::addColumn<Counts>("counts");
    QTest::addColumn<double>("first");
    QTest::addColumn<double>("last");
    const auto newRow = [](const char* name) -> QTestData& { return QTest::newRow(name); };
    // np.histogram(x, bins)[0], np.histogram(x, bins)[1][[0, -1]]
    newRow("odd7/1") << "odd7" << 1 << Counts{7} << -1.25 << 10.75;
    newRow("odd7/3") << "odd7" << 3 << Counts{3, 2, 2} << -1.25 << 10.75;
    newRow("odd7/10") << "odd7" << 10 << Counts{1, 1, 1, 1, 1, 0, 1, 0, 0, 1} << -1.25 << 10.75;
    newRow("even6/1") << "even6" << 1 << Counts{6} << 1.0 << 100.0;
    newRow("even6/3") << "even6" << 3 << Counts{5, 0, 1} << 1.0 << 100.0;
    newRow("even6/10") << "even6" << 10 << Counts{5, 0, 0, 0, 0, 0, 0, 0, 0, 1} << 1.0 << 100.0;
    newRow("n1/1") << "n1" << 1 << Counts{1} << 41.5 << 42.5;
    newRow("n1/3") << "n1" << 3 << Counts{0, 1, 0} << 41.5 << 42.5;
    newRow("n1/10") << "n1" << 10 << Counts{0, 0, 0, 0, 0, 1, 0, 0, 0, 0} << 41.5 << 42.5;
    newRow("n2/1") << "n2" << 1 << Counts{2} << 1.5 << 2.5;
    newRow("n2/3") << "n2" << 3 << Counts{1, 0, 1} << 1.5 << 2.5;
    newRow("n2/10") << "n2" << 10 << Counts{1, 0, 0, 0, 0, 0, 0, 0, 0, 1} << 1.5 << 2.5;
    newRow("const4/1") << "const4" << 1 << Counts{4} << 1.5 << 2.5;
    newRow("const4/3") << "const4" << 3 << Counts{0, 4, 0} << 1.5 << 2.5;
    newRow("const4/10") << "const4" << 10 << Counts{0, 0, 0, 0, 0, 4, 0, 0, 0, 0} << 1.5 << 2.5;
    newRow("iqr0/1") << "iqr0" << 1 << Counts{10} << 1.0 << 5.0;
    newRow("iqr0/3") << "iqr0" << 3 << Counts{9, 0, 1} << 1.0 << 5.0;
    newRow("iqr0/10") << "iqr0" << 10 << Counts{9, 0, 0, 0, 0, 0, 0, 0, 0, 1} << 1.0 << 5.0;
    newRow("mixed/1") << "mixed" << 1 << Counts{9} << -3.0 << 1000000.0;
    newRow("mixed/3") << "mixed" << 3 << Counts{8, 0, 1} << -3.0 << 1000000.0;
    newRow("mixed/10") << "mixed" << 10 << Counts{8, 0, 0, 0, 0, 0, 0, 0, 0, 1} << -3.0 << 1000000.0;
    newRow("lognormal40/1") << "lognormal40" << 1 << Counts{40} << 1.632 << 16.513;
    newRow("lognormal40/3") << "lognormal40" << 3 << Counts{22, 15, 3} << 1.632 << 16.513;
    newRow("lognormal40/10") << "lognormal40" << 10 << Counts{4, 9, 7, 8, 6, 2, 1, 1, 1, 1} << 1.632 << 16.513;
    newRow("normal25/1") << "normal25" << 1 << Counts{25} << 34.5286 << 70.0042;
    newRow("normal25/3") << "normal25" << 3 << Counts{8, 13, 4} << 34.5286 << 70.0042;
    newRow("normal25/10") << "normal25" << 10 << Counts{3, 1, 3, 2, 8, 1, 4, 0, 2, 1} << 34.5286 << 70.0042;
    newRow("spiked/1") << "spiked" << 1 << Counts{27} << -40.0 << 150.0;
    newRow("spiked/3") << "spiked" << 3 << Counts{1, 25, 1} << -40.0 << 150.0;
    newRow("spiked/10") << "spiked" << 10 << Counts{1, 0, 0, 1, 16, 8, 0, 0, 0, 1} << -40.0 << 150.0;
    newRow("tiny/1") << "tiny" << 1 << Counts{4} << 1e-08 << 8e-08;
    newRow("tiny/3") << "tiny" << 3 << Counts{2, 1, 1} << 1e-08 << 8e-08;
    newRow("tiny/10") << "tiny" << 10 << Counts{1, 1, 0, 0, 1, 0, 0, 0, 0, 1} << 1e-08 << 8e-08;
    newRow("tenth3/1") << "tenth3" << 1 << Counts{3} << -0.4 << 0.6;
    newRow("tenth3/3") << "tenth3" << 3 << Counts{0, 3, 0} << -0.4 << 0.6;
    newRow("tenth3/10") << "tenth3" << 10 << Counts{0, 0, 0, 0, 0, 3, 0, 0, 0, 0} << -0.4 << 0.6;
}

void TestStats::histogram()
{
    QFETCH(QString, array);
    QFETCH(int, bins);
    QFETCH(Counts, counts);
    QFETCH(double, first);
    QFETCH(double, last);
    const auto raw = arrayNamed(array);
    const auto sorted = stats::sortedNonMissing(raw.data(), raw.size());
    const stats::OuterEdges e = stats::outerEdgesSorted(sorted.data(), sorted.size());
    QVERIFY(e.finite);
    VERIFY_SAME(e.first, first);
    VERIFY_SAME(e.last, last);
    const auto edges = stats::equalWidthBinEdges(e.first, e.last, std::size_t(bins));
    QCOMPARE(toCounts(stats::histogramCounts(raw.data(), raw.size(), edges)), counts);
    QCOMPARE(toCounts(stats::histogramCountsSorted(sorted.data(), sorted.size(), edges)), counts);
}

QTEST_GUILESS_MAIN(TestStats)
