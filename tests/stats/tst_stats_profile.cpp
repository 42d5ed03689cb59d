// Tests of the column profile (core/stats/profile.*), half of tst_stats.
//
// Expected values come from pandas 1.5.3 / numpy 1.24.2 (Debian 12's /usr/bin/python3):
// the expression is written next to each; see also tests/stats/data/make_expected.py.

#include "tst_stats.h"

#include "common/job.h"
#include "data/table.h"
#include "stats/descriptive.h"

#include <QtTest>

#include <algorithm>
#include <atomic>
#include <numeric>

using namespace pp;
using namespace testing;

// -------------------------------------------------------------------------------------------
// Column profiles

namespace {

/// Every field of a profile as text, so that a mismatch shows where.
QString dump(const ColumnProfile& p)
{
    const auto opt = [](const auto& v) {
        return v ? QString::number(double(*v), 'g', 17) : QStringLiteral("-");
    };
    QString s = QStringLiteral("%1 type=%2 count=%3 missing=%4 unique=%5 mean=%6 std=%7 min=%8 q1=%9")
                    .arg(p.name, columnTypeName(p.type))
                    .arg(p.count)
                    .arg(p.missing)
                    .arg(p.unique)
                    .arg(opt(p.mean), opt(p.std), opt(p.min), opt(p.q1));
    s += QStringLiteral(" median=%1 q3=%2 max=%3 skew=%4 iqr=%5 z=%6 top=")
             .arg(opt(p.median), opt(p.q3), opt(p.max), opt(p.skew), opt(p.outliersIqr), opt(p.outliersZ));
    for (const auto& [value, count] : p.top)
        s += QStringLiteral("%1:%2,").arg(value).arg(count);
    s += QStringLiteral(" hist=[%1, %2]").arg(p.histogramMin, 0, 'g', 17).arg(p.histogramMax, 0, 'g', 17);
    for (const qint64 c : p.histogram)
        s += QStringLiteral("%1,").arg(c);
    return s;
}

using Top = std::vector<std::pair<QString, qint64>>;

} // namespace

void TestStats::profileNumeric()
{
    // x = lognormal40 with NaN after every 5th value; s = pd.Series(x)
    std::vector<double> x;
    const auto values = arrayNamed("lognormal40");
    for (std::size_t i = 0; i < values.size(); ++i) {
        x.push_back(values[i]);
        if (i % 5 == 4)
            x.push_back(kNaN);
    }
    Column column = Column::numeric("spend", x);
    column.setRole(ColumnRole::Target);
    ProfileOptions options;
    options.histogramBins = 10;
    options.topCount = 3;
    const ColumnProfile p = profileColumn(column, options);
    QCOMPARE(p.name, QStringLiteral("spend"));
    QCOMPARE(p.type, ColumnType::Numeric);
    QCOMPARE(p.role, ColumnRole::Target);
    QCOMPARE(p.count, 40);        // s.count()
    QCOMPARE(p.missing, 8);       // s.isna().sum()
    QCOMPARE(p.unique, 40);       // s.nunique()
    VERIFY_CLOSE(*p.mean, 6.525525);              // s.mean()
    VERIFY_CLOSE(*p.std, 3.1656012430702964);     // s.std()
    VERIFY_CLOSE(*p.skew, 1.1484154840056795);    // s.skew()
    VERIFY_SAME(*p.min, 1.632);                   // s.min()
    VERIFY_SAME(*p.q1, 4.3045);                   // s.quantile(0.25)
    VERIFY_SAME(*p.median, 5.9465);               // s.quantile(0.5)
    VERIFY_SAME(*p.q3, 7.8805000000000005);       // s.quantile(0.75)
    VERIFY_SAME(*p.max, 16.513);                  // s.max()
    // iqr = q3 - q1; ((s < q1 - 1.5 * iqr) | (s > q3 + 1.5 * iqr)).sum()
    QCOMPARE(*p.outliersIqr, 2);
    // (((s - s.mean()) / s.std()).abs() > 3).sum()
    QCOMPARE(*p.outliersZ, 1);
    // np.histogram(s.dropna(), 10)
    QCOMPARE(toCounts(p.histogram), (Counts{4, 9, 7, 8, 6, 2, 1, 1, 1, 1}));
    VERIFY_SAME(p.histogramMin, 1.632);
    VERIFY_SAME(p.histogramMax, 16.513);
    // All values are distinct: ties of numbers are ordered by value.
    QCOMPARE(p.top, (Top{{"1.632", 1}, {"2.361", 1}, {"2.447", 1}}));

    options.zThreshold = 2.0;
    options.iqrK = 3.0;
    const ColumnProfile p2 = profileColumn(column, options);
    QCOMPARE(*p2.outliersZ, 2);   // (((s - s.mean()) / s.std()).abs() > 2).sum()
    QCOMPARE(*p2.outliersIqr, 0); // ((s < q1 - 3 * iqr) | (s > q3 + 3 * iqr)).sum()

    // Integer values are shown without a decimal point; counts come first.
    const ColumnProfile p3 = profileColumn(Column::numeric("n", {3.0, 1.0, 3.0, 2.0, 1.0, 3.0}));
    QCOMPARE(p3.top, (Top{{"3", 3}, {"1", 2}, {"2", 1}}));
}

void TestStats::profileInfinities()
{
    // Infinities are values, as in pandas: s = pd.Series([1, 2, 3, np.inf, np.nan])
    ProfileOptions options;
    options.histogramBins = 2;
    const ColumnProfile p = profileColumn(Column::numeric("x", {1.0, 2.0, 3.0, kInf, kNaN}), options);
    QCOMPARE(p.count, 4);               // s.count()
    QCOMPARE(p.unique, 4);              // s.nunique()
    VERIFY_SAME(*p.min, 1.0);           // s.min()
    VERIFY_SAME(*p.max, kInf);          // s.max()
    VERIFY_SAME(*p.mean, kInf);         // s.mean()
    QVERIFY(!p.std);                    // s.std() is NaN
    QVERIFY(!p.skew);                   // s.skew() is NaN
    VERIFY_SAME(*p.q1, 1.75);           // s.quantile(0.25)
    VERIFY_SAME(*p.median, 2.5);        // s.quantile(0.5)
    VERIFY_SAME(*p.q3, kInf);           // s.quantile(0.75)
    QCOMPARE(*p.outliersIqr, 0);        // the upper fence is inf
    QVERIFY(!p.outliersZ);              // no std, no z-scores
    // The histogram leaves inf out: np.histogram([1, 2, 3], 2) -> [1, 2], edges 1..3
    QCOMPARE(toCounts(p.histogram), (Counts{1, 2}));
    VERIFY_SAME(p.histogramMin, 1.0);
    VERIFY_SAME(p.histogramMax, 3.0);
    QCOMPARE(p.top.back(), (std::pair<QString, qint64>("inf", 1)));

    // pd.Series([-np.inf, 1, 2, np.inf]): mean is NaN (inf - inf), median 1.5
    const ColumnProfile both = profileColumn(Column::numeric("y", arrayNamed("both_inf")));
    QVERIFY(!both.mean);
    VERIFY_SAME(*both.min, -kInf);
    VERIFY_SAME(*both.median, 1.5);
    QCOMPARE(toCounts(both.histogram).size(), 30);
}

void TestStats::profileBoolean()
{
    // s = pd.Series([True, False, True, None, True, False, None], dtype=object)
    const ColumnProfile p = profileColumn(Column::boolean("member", {1, 0, 1, -1, 1, 0, -1}));
    QCOMPARE(p.count, 5);        // s.count()
    QCOMPARE(p.missing, 2);      // s.isna().sum()
    QCOMPARE(p.unique, 2);       // s.nunique()
    QCOMPARE(p.top, (Top{{"true", 3}, {"false", 2}})); // s.value_counts()
    VERIFY_CLOSE(*p.mean, 0.6);  // s.dropna().astype(float).mean()
    QVERIFY(!p.std && !p.min && !p.median && !p.max && !p.skew && !p.outliersIqr && !p.outliersZ);
    QVERIFY(p.histogram.empty());

    // A tie goes to the value seen first.
    QCOMPARE(profileColumn(Column::boolean("b", {0, 1, 1, 0})).top, (Top{{"false", 2}, {"true", 2}}));
    QCOMPARE(profileColumn(Column::boolean("b", {1, 0, 0, 1})).top, (Top{{"true", 2}, {"false", 2}}));
}

void TestStats::profileCategorical_data()
{
    QTest::addColumn<Column>("column");
    // The same values, ['b', 'a', 'b', 'c', 'a', None, 'd', 'c', 'e'], stored three ways.
    const std::vector<QString> values{"b", "a", "b", "c", "a", "", "d", "c", "e"};
    const std::vector<bool> missing{false, false, false, false, false, true, false, false, false};
    QTest::newRow("categorical") << Column::categoricalFromStrings("tier", values, missing);
    // A dictionary in another order than the values appear in, with an unused entry: the
    // order of ties must still be the order of appearance in the rows.
    QTest::newRow("reordered-dictionary")
        << Column::categorical("tier", {3, 4, 3, 2, 4, -1, 1, 2, 0}, {"e", "d", "c", "b", "a", "unused"});
    QTest::newRow("text") << Column::text("tier", values, missing);
}

void TestStats::profileCategorical()
{
    QFETCH(Column, column);
    // s = pd.Series(['b', 'a', 'b', 'c', 'a', None, 'd', 'c', 'e'])
    const ColumnProfile p = profileColumn(column);
    QCOMPARE(p.count, 8);    // s.count()
    QCOMPARE(p.missing, 1);  // s.isna().sum()
    QCOMPARE(p.unique, 5);   // s.nunique()
    // list(s.value_counts().items()): ties by first appearance
    QCOMPARE(p.top, (Top{{"b", 2}, {"a", 2}, {"c", 2}, {"d", 1}, {"e", 1}}));
    QVERIFY(!p.mean && !p.std && !p.min && !p.median && !p.max && !p.outliersIqr && !p.outliersZ);
    QVERIFY(p.histogram.empty());

    ProfileOptions options;
    options.topCount = 2;
    QCOMPARE(profileColumn(column, options).top, (Top{{"b", 2}, {"a", 2}}));
}

void TestStats::profileDateTime()
{
    // s = pd.to_datetime(pd.Series(["2023-03-01", "2023-01-15", None, "2023-03-01",
    //     "2024-02-29", "2022-12-31", "2023-01-15", "2023-03-01"])); epoch ms = t.value // 10**6
    const std::vector<std::int64_t> ms{1677628800000, 1673740800000, kMissingTime, 1677628800000,
                                       1709164800000, 1672444800000, 1673740800000, 1677628800000};
    const ColumnProfile p = profileColumn(Column::dateTime("signup_date", ms, "yyyy-MM-dd"));
    QCOMPARE(p.count, 7);                       // s.count()
    QCOMPARE(p.missing, 1);                     // s.isna().sum()
    QCOMPARE(p.unique, 4);                      // s.nunique()
    VERIFY_SAME(*p.min, 1672444800000.0);       // s.min().value // 10**6
    VERIFY_SAME(*p.max, 1709164800000.0);       // s.max().value // 10**6
    VERIFY_SAME(*p.median, 1677628800000.0);    // s.median().value / 10**6
    VERIFY_SAME(*p.q1, 1673740800000.0);        // s.quantile(0.25).value / 10**6
    VERIFY_SAME(*p.q3, 1677628800000.0);        // s.quantile(0.75).value / 10**6
    QVERIFY(!p.mean && !p.std && !p.skew && !p.outliersIqr && !p.outliersZ);
    // s.value_counts(): pandas lists the tie 2024-02-29 before 2022-12-31 (its order of
    // ties is unspecified for non-object data); ours is by date.
    QCOMPARE(p.top, (Top{{"2023-03-01", 3}, {"2023-01-15", 2}, {"2022-12-31", 1}, {"2024-02-29", 1}}));
    QCOMPARE(p.histogram.size(), std::size_t(30));
    QCOMPARE(std::accumulate(p.histogram.begin(), p.histogram.end(), qint64(0)), 7);
    VERIFY_SAME(p.histogramMin, 1672444800000.0);
}

void TestStats::profileAllMissing_data()
{
    QTest::addColumn<Column>("column");
    QTest::newRow("numeric") << Column::numeric("x", {kNaN, kNaN, kNaN});
    QTest::newRow("categorical") << Column::categorical("x", {-1, -1, -1}, {"a"});
    QTest::newRow("boolean") << Column::boolean("x", {-1, -1, -1});
    QTest::newRow("datetime") << Column::dateTime("x", {kMissingTime, kMissingTime, kMissingTime});
    QTest::newRow("text") << Column::text("x", {"", "", ""}, {true, true, true});
}

void TestStats::profileAllMissing()
{
    QFETCH(Column, column);
    const ColumnProfile p = profileColumn(column);
    QCOMPARE(p.count, 0);
    QCOMPARE(p.missing, 3);
    QCOMPARE(p.unique, 0);
    QVERIFY(!p.mean && !p.std && !p.min && !p.q1 && !p.median && !p.q3 && !p.max && !p.skew);
    QVERIFY(!p.outliersIqr && !p.outliersZ);
    QVERIFY(p.top.empty());
    QVERIFY(p.histogram.empty());
}

void TestStats::profileSingleRow()
{
    Table table;
    table.addColumn(Column::numeric("x", {5.0}));
    table.addColumn(Column::categoricalFromStrings("c", {"gold"}));
    table.addColumn(Column::boolean("b", {1}));
    const auto result = profileTable(table);
    QVERIFY(result.ok());
    QCOMPARE(result->rows, 1);
    const ColumnProfile& x = result->columns[0];
    // s = pd.Series([5.0]): mean 5, std NaN, skew NaN, all quantiles 5
    QCOMPARE(x.count, 1);
    QCOMPARE(*x.mean, 5.0);
    QVERIFY(!x.std && !x.skew && !x.outliersZ);
    QCOMPARE(*x.min, 5.0);
    QCOMPARE(*x.q1, 5.0);
    QCOMPARE(*x.median, 5.0);
    QCOMPARE(*x.q3, 5.0);
    QCOMPARE(*x.max, 5.0);
    QCOMPARE(*x.outliersIqr, 0);
    QCOMPARE(x.top, (Top{{"5", 1}}));
    // np.histogram([5.0], 30): edges 4.5..5.5, the value in bin 15
    QCOMPARE(x.histogramMin, 4.5);
    QCOMPARE(x.histogramMax, 5.5);
    QCOMPARE(x.histogram.size(), std::size_t(30));
    QCOMPARE(x.histogram[15], 1);
    QCOMPARE(result->columns[1].top, (Top{{"gold", 1}}));
    QCOMPARE(*result->columns[2].mean, 1.0);
}

void TestStats::profileEmptyTable()
{
    const auto empty = profileTable(Table());
    QVERIFY(empty.ok());
    QCOMPARE(empty->rows, 0);
    QVERIFY(empty->columns.empty());

    Table noRows;
    noRows.addColumn(Column::numeric("x", {}));
    noRows.addColumn(Column::text("t", {}));
    const auto result = profileTable(noRows);
    QVERIFY(result.ok());
    QCOMPARE(result->columns.size(), std::size_t(2));
    QCOMPARE(result->columns[0].count, 0);
    QCOMPARE(result->columns[0].missing, 0);
    QVERIFY(!result->columns[0].mean);
    QVERIFY(result->columns[0].histogram.empty());
}

namespace {

/// A table of every column type with awkward values, from a fixed LCG.
Table mixedTable(std::size_t rows)
{
    quint64 state = 99;
    const auto uniform = [&state]() {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        return double(state >> 11) / double(1ULL << 53);
    };
    std::vector<double> real(rows), ints(rows), constant(rows, 7.25), inf(rows);
    std::vector<std::int32_t> codes(rows);
    std::vector<std::int8_t> bools(rows);
    std::vector<std::int64_t> times(rows);
    std::vector<QString> words(rows);
    std::vector<bool> wordMissing(rows);
    for (std::size_t i = 0; i < rows; ++i) {
        real[i] = uniform() < 0.05 ? kNaN : std::exp(3.0 * uniform()) - 5.0;
        ints[i] = std::floor(uniform() * 50.0);
        inf[i] = i % 1000 == 7 ? (i % 2 ? kInf : -kInf) : uniform();
        codes[i] = uniform() < 0.1 ? -1 : std::int32_t(uniform() * uniform() * 6.0);
        bools[i] = uniform() < 0.1 ? std::int8_t(-1) : std::int8_t(uniform() < 0.3);
        times[i] = uniform() < 0.02 ? kMissingTime : std::int64_t(1.6e12 + std::floor(uniform() * 1000.0) * 86400000.0);
        words[i] = QStringLiteral("w%1").arg(int(uniform() * 200));
        wordMissing[i] = uniform() < 0.03;
    }
    Table t;
    t.addColumn(Column::numeric("real", real));
    t.addColumn(Column::numeric("ints", ints));
    t.addColumn(Column::numeric("constant", constant));
    t.addColumn(Column::numeric("inf", inf));
    t.addColumn(Column::categorical("cat", codes, {"a", "b", "c", "d", "e", "f"}));
    t.addColumn(Column::boolean("flag", bools));
    t.addColumn(Column::dateTime("day", times, "yyyy-MM-dd"));
    t.addColumn(Column::text("word", words, wordMissing));
    return t;
}

} // namespace

void TestStats::profileCancelled()
{
    const Table table = mixedTable(1000);
    JobControl before;
    before.cancel();
    const auto cancelled = profileTable(table, {}, &before);
    QVERIFY(!cancelled.ok());
    QVERIFY(cancelled.cancelled());

    // Cancelled from the progress callback after the first column: the rest is skipped.
    ProfileOptions options;
    options.threads = 1;
    JobControl during;
    int reports = 0;
    during.setProgressFn([&](double fraction, const QString&) {
        if (fraction > 0.0) {
            ++reports;
            during.cancel();
        }
    });
    const auto stopped = profileTable(table, options, &during);
    QVERIFY(stopped.cancelled());
    QCOMPARE(reports, 1);
}

void TestStats::profileProgress()
{
    const Table table = mixedTable(1000);
    JobControl job;
    std::atomic<int> calls{0};
    job.setProgressFn([&](double, const QString&) { ++calls; });
    const auto result = profileTable(table, {}, &job);
    QVERIFY(result.ok());
    QCOMPARE(job.progress(), 1.0);
    QVERIFY(calls >= 2);
}

void TestStats::profileThreadsAgree()
{
    const Table table = mixedTable(60000);
    ProfileOptions one;
    one.threads = 1;
    ProfileOptions many;
    many.threads = 3;
    const auto a = profileTable(table, one);
    const auto b = profileTable(table, many);
    QVERIFY(a.ok() && b.ok());
    QCOMPARE(a->columns.size(), table.columnCount());
    for (std::size_t i = 0; i < table.columnCount(); ++i) {
        QCOMPARE(dump(b->columns[i]), dump(a->columns[i]));
        QCOMPARE(dump(profileColumn(table.column(i))), dump(a->columns[i]));
    }
    // Cross-check of a few figures with the plain (unsorted) functions.
    const auto& real = table.column(0).numbers();
    std::vector<double> present;
    std::copy_if(real.begin(), real.end(), std::back_inserter(present), [](double v) { return !std::isnan(v); });
    const stats::Moments m = stats::moments(present.data(), present.size());
    VERIFY_CLOSE(*a->columns[0].mean, m.mean);
    VERIFY_CLOSE(*a->columns[0].std, m.std);
    QCOMPARE(*a->columns[0].outliersZ, stats::countZScoreOutliers(present.data(), present.size(), m.mean, m.std, 3.0));
    // Constant data: std exactly 0, skew 0 (pandas), no outliers.
    QCOMPARE(*a->columns[2].std, 0.0);
    QCOMPARE(*a->columns[2].skew, 0.0);
    QCOMPARE(*a->columns[2].outliersZ, 0);
}

