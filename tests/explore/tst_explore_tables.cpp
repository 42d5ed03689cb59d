// Missingness, correlation matrices and group statistics. Expected values: data/reference.py.
#include "tst_explore.h"

#include "stats/correlation.h"
#include "stats/group_stats.h"
#include "stats/missingness.h"
#include "stats/sampling.h"

using namespace pp;
using testing::kNaN;
using Matrix = std::vector<std::vector<double>>;
Q_DECLARE_METATYPE(Matrix)

namespace {

void compareMatrix(const CorrelationMatrix& m, const Matrix& expected)
{
    QCOMPARE(m.size(), expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i)
        for (std::size_t j = 0; j < expected.size(); ++j)
            QVERIFY2(testing::close(m.at(i, j), expected[i][j]),
                     qPrintable(QStringLiteral("[%1][%2]: %3 vs %4").arg(i).arg(j)
                                    .arg(m.at(i, j), 0, 'g', 17).arg(expected[i][j], 0, 'g', 17)));
}

/// A 200-row table of every column type with scattered and whole-row gaps, for checking
/// the bit-set code against plain per-cell loops.
Table patchyTable()
{
    Random rng(5);
    std::vector<double> num(200);
    std::vector<QString> cat(200), text(200);
    std::vector<bool> catMissing(200), textMissing(200);
    std::vector<std::int8_t> flags(200);
    std::vector<std::int64_t> times(200);
    for (std::size_t r = 0; r < 200; ++r) {
        const bool gap = r % 37 == 0; // whole rows missing, across word boundaries
        num[r] = gap || rng.uniform() < 0.2 ? kNaN : rng.uniform();
        catMissing[r] = gap || rng.uniform() < 0.5 * (r < 100 ? 1 : 0);
        cat[r] = QStringLiteral("c%1").arg(r % 3);
        textMissing[r] = gap || (num[r] != num[r] && rng.uniform() < 0.7); // correlated with num
        text[r] = QStringLiteral("t");
        flags[r] = gap || rng.uniform() < 0.1 ? kMissingBool : 1;
        times[r] = gap || r > 180 ? kMissingTime : static_cast<std::int64_t>(r);
    }
    Table t;
    t.addColumn(Column::numeric(QStringLiteral("num"), num));
    t.addColumn(Column::categoricalFromStrings(QStringLiteral("cat"), cat, catMissing));
    t.addColumn(Column::text(QStringLiteral("text"), text, textMissing));
    t.addColumn(Column::boolean(QStringLiteral("flag"), flags));
    t.addColumn(Column::dateTime(QStringLiteral("time"), times));
    return t;
}

} // namespace

void TestExplore::missingnessCounts()
{
    const Table t = testing::loadFixture("missing.csv");
    MissingnessOptions o;
    o.bins = 3;
    auto r = analyzeMissingness(t, o);
    QVERIFY(r.ok());
    QCOMPARE(r->rows, qint64(10));
    // miss.isna().sum() = {'name': 3, 'spend': 4, 'city': 4, 'orders': 0, 'note': 10},
    // most missing first, ties in table order.
    QStringList names;
    QList<qint64> counts;
    for (const auto& c : r->columns) {
        names << c.name;
        counts << c.missing;
    }
    QCOMPARE(names, QStringList({"note", "spend", "city", "name", "orders"}));
    QCOMPARE(counts, QList<qint64>({10, 4, 4, 3, 0}));
    QCOMPARE(r->columns[1].percent, 40.0);
    QCOMPARE(r->rowsWithAnyMissing, qint64(10)); // miss.isna().any(axis=1).sum()
    QCOMPARE(r->rowsWithAllMissing, qint64(0));
    QCOMPARE(r->completeRows, qint64(0));
    // missingno heatmap columns ['name', 'spend', 'city']; nul.isnull().corr()
    QCOMPARE(r->nullityColumns, (std::vector<int>{0, 1, 2}));
    const Matrix expected = {{1.0, 0.8017837257372732, 0.8017837257372732},
                             {0.8017837257372732, 1.0, 0.5833333333333334},
                             {0.8017837257372732, 0.5833333333333334, 1.0}};
    for (int i = 0; i < 3; ++i)
        for (int j = 0; j < 3; ++j)
            VERIFY_CLOSE(r->nullityCorrelationAt(i, j), expected[static_cast<std::size_t>(i)][static_cast<std::size_t>(j)]);
}

void TestExplore::missingnessBinnedMatrix()
{
    const Table t = testing::loadFixture("missing.csv");
    MissingnessOptions o;
    o.bins = 3;
    auto r = analyzeMissingness(t, o);
    QVERIFY(r.ok());
    QCOMPARE(r->bins, 3);
    QCOMPARE(r->binStart, (std::vector<qint64>{0, 4, 7, 10})); // np.array_split: 4, 3, 3 rows
    // [chunk.isna().mean().tolist() for chunk in np.array_split(miss, 3)]
    const Matrix share = {{0.25, 0.5, 0.25, 0.0, 1.0},
                          {0.3333333333333333, 0.3333333333333333, 0.6666666666666666, 0.0, 1.0},
                          {0.3333333333333333, 0.3333333333333333, 0.3333333333333333, 0.0, 1.0}};
    for (int b = 0; b < 3; ++b)
        for (int c = 0; c < 5; ++c)
            VERIFY_CLOSE(r->missingShareAt(b, c, 5), share[static_cast<std::size_t>(b)][static_cast<std::size_t>(c)]);
    // [1 - chunk.isna().to_numpy().mean() ...] and notna().sum(axis=1).min()/max() per chunk
    const double completeness[] = {0.6, 0.5333333333333333, 0.6};
    for (int b = 0; b < 3; ++b) {
        VERIFY_CLOSE(r->binCompleteness[static_cast<std::size_t>(b)], completeness[b]);
        QCOMPARE(r->binMinPresent[static_cast<std::size_t>(b)], 1);
        QCOMPARE(r->binMaxPresent[static_cast<std::size_t>(b)], 4);
    }

    // 200 rows over 64-bit words, every column type: against plain loops over isMissing().
    const Table p = patchyTable();
    o.bins = 7;
    o.threads = 2;
    auto big = analyzeMissingness(p, o);
    QVERIFY(big.ok());
    qint64 any = 0, all = 0;
    for (std::size_t row = 0; row < 200; ++row) {
        int missing = 0;
        for (const auto& c : p.columns())
            missing += c.isMissing(row) ? 1 : 0;
        any += missing > 0;
        all += missing == 5;
    }
    QCOMPARE(big->rowsWithAnyMissing, any);
    QCOMPARE(big->rowsWithAllMissing, all);
    QCOMPARE(all, qint64(6)); // rows 0, 37, ..., 185
    for (int b = 0; b < 7; ++b) {
        const auto begin = static_cast<std::size_t>(big->binStart[static_cast<std::size_t>(b)]);
        const auto end = static_cast<std::size_t>(big->binStart[static_cast<std::size_t>(b) + 1]);
        QCOMPARE(end - begin, std::size_t(b < 4 ? 29 : 28)); // 200 = 4 * 29 + 3 * 28
        for (int c = 0; c < 5; ++c) {
            double missing = 0;
            for (std::size_t row = begin; row < end; ++row)
                missing += p.column(static_cast<std::size_t>(c)).isMissing(row) ? 1 : 0;
            QCOMPARE(big->missingShareAt(b, c, 5), missing / static_cast<double>(end - begin));
        }
    }
    // Nullity correlation = Pearson r of the indicators, computed the long way.
    const std::size_t k = big->nullityColumns.size();
    QCOMPARE(k, std::size_t(5));
    for (std::size_t i = 0; i < k; ++i) {
        for (std::size_t j = 0; j < k; ++j) {
            double si = 0, sj = 0, sij = 0, sii = 0, sjj = 0;
            for (std::size_t row = 0; row < 200; ++row) {
                const double a = p.column(static_cast<std::size_t>(big->nullityColumns[i])).isMissing(row);
                const double b = p.column(static_cast<std::size_t>(big->nullityColumns[j])).isMissing(row);
                si += a, sj += b, sij += a * b, sii += a * a, sjj += b * b;
            }
            const double r = (sij - si * sj / 200) / std::sqrt((sii - si * si / 200) * (sjj - sj * sj / 200));
            QVERIFY(testing::close(big->nullityCorrelationAt(static_cast<int>(i), static_cast<int>(j)), r, 1e-12));
        }
    }
}

void TestExplore::missingnessEdgeCases()
{
    auto empty = analyzeMissingness(Table{});
    QVERIFY(empty.ok());
    QCOMPARE(empty->rows, qint64(0));
    QCOMPARE(empty->bins, 0);
    Table noRows;
    noRows.addColumn(Column::numeric(QStringLiteral("a"), {}));
    auto zero = analyzeMissingness(noRows);
    QVERIFY(zero.ok());
    QCOMPARE(zero->columns.size(), std::size_t(1));
    QCOMPARE(zero->columns[0].percent, 0.0);
    QVERIFY(zero->nullityColumns.empty());
    Table one;
    one.addColumn(Column::numeric(QStringLiteral("a"), {kNaN}));
    one.addColumn(Column::numeric(QStringLiteral("b"), {kNaN}));
    auto single = analyzeMissingness(one);
    QCOMPARE(single->rowsWithAllMissing, qint64(1));
    QCOMPARE(single->bins, 1); // never more bins than rows
    QVERIFY(single->nullityColumns.empty()); // all missing: the indicator has no variance
}

void TestExplore::correlationSmall_data()
{
    QTest::addColumn<int>("method");
    QTest::addColumn<int>("minPeriods");
    QTest::addColumn<Matrix>("expected");
    const double n = kNaN;
    // small.corr(method='pearson', min_periods=1)
    QTest::newRow("pearson") << 0 << 1 << Matrix{
        {1.0, 0.9426280330014929, -0.9857657712268907, -0.1124748967976346, n},
        {0.9426280330014929, 1.0, -0.9286547180652314, 0.2343002212418202, n},
        {-0.9857657712268907, -0.9286547180652314, 1.0, 0.035405955175522606, n},
        {-0.1124748967976346, 0.2343002212418202, 0.035405955175522606, 1.0, n}, {n, n, n, n, n}};
    // small.corr(method='spearman', min_periods=1)
    QTest::newRow("spearman") << 1 << 1 << Matrix{
        {1.0, 0.8893697544027213, -0.9721246990629467, -0.2034646147672012, n},
        {0.8893697544027213, 1.0, -0.9659531044895878, 0.17875392369168802, n},
        {-0.9721246990629467, -0.9659531044895878, 1.0, 0.06059341616691566, n},
        {-0.2034646147672012, 0.17875392369168802, 0.06059341616691566, 1.0, n}, {n, n, n, n, n}};
    // small.corr(method='pearson', min_periods=10)
    QTest::newRow("pearson-min10") << 0 << 10 << Matrix{
        {1.0, n, -0.9857657712268907, -0.1124748967976346, n},
        {n, 1.0, n, 0.2343002212418202, n},
        {-0.9857657712268907, n, 1.0, 0.035405955175522606, n},
        {-0.1124748967976346, 0.2343002212418202, 0.035405955175522606, 1.0, n}, {n, n, n, n, n}};
}

void TestExplore::correlationSmall()
{
    QFETCH(int, method);
    QFETCH(int, minPeriods);
    QFETCH(Matrix, expected);
    const Table t = testing::loadFixture("corr.csv");
    QCOMPARE(t.find(QStringLiteral("flag"))->type(), ColumnType::Boolean);
    CorrelationOptions o;
    o.method = static_cast<CorrelationMethod>(method);
    o.minPeriods = minPeriods;
    auto m = correlationMatrix(t, {}, o);
    QVERIFY2(m.ok(), qPrintable(m.error().message));
    QCOMPARE(m->names, QStringList({"a", "b", "c", "flag", "k"}));
    compareMatrix(m.value(), expected);
    QCOMPARE(m->pairCounts[0 * 5 + 1], qint64(9)); // a NaN in row 4, b in rows 5 and 9
}

void TestExplore::correlationBig_data()
{
    QTest::addColumn<int>("method");
    QTest::addColumn<Matrix>("expected");
    // big.corr(method='pearson') / big.corr(method='spearman')
    QTest::newRow("pearson") << 0 << Matrix{
        {1.0, 0.4164105018319025, 0.8044724701801351, 0.0049600921406864635},
        {0.4164105018319025, 1.0, 0.3163033964598962, 0.010173830318679817},
        {0.8044724701801351, 0.3163033964598962, 1.0, 0.06745219216252088},
        {0.0049600921406864635, 0.010173830318679817, 0.06745219216252088, 1.0}};
    QTest::newRow("spearman") << 1 << Matrix{
        {1.0, 0.41657292407655144, 0.8295342976996428, 0.019549862342865883},
        {0.41657292407655144, 1.0, 0.34752699440149365, 0.00797985073666208},
        {0.8295342976996428, 0.34752699440149365, 1.0, 0.08013366553435708},
        {0.019549862342865883, 0.00797985073666208, 0.08013366553435708, 1.0}};
}

void TestExplore::correlationBig()
{
    QFETCH(int, method);
    QFETCH(Matrix, expected);
    const Table t = testing::loadFixture("corr_big.csv");
    for (int threads : {1, 2}) {
        CorrelationOptions o;
        o.method = static_cast<CorrelationMethod>(method);
        o.threads = threads;
        auto m = correlationMatrix(t, {}, o);
        QVERIFY(m.ok());
        compareMatrix(m.value(), expected);
    }
}

void TestExplore::correlationEdgeCases()
{
    Table t;
    t.addColumn(Column::numeric(QStringLiteral("a"), {1.0}));
    t.addColumn(Column::numeric(QStringLiteral("b"), {2.0}));
    for (int method : {0, 1}) {
        CorrelationOptions o;
        o.method = static_cast<CorrelationMethod>(method);
        auto single = correlationMatrix(t, {}, o); // pandas: one row gives NaN everywhere
        QVERIFY(single.ok());
        for (double v : single->values)
            QVERIFY(std::isnan(v));
        // Infinities are missing, as np.isfinite masks them in pandas.
        Table inf;
        inf.addColumn(Column::numeric(QStringLiteral("x"), {1, 2, 3, std::numeric_limits<double>::infinity(), 5}));
        inf.addColumn(Column::numeric(QStringLiteral("y"), {2, 4, 6, 7, 10}));
        auto m = correlationMatrix(inf, {}, o);
        VERIFY_CLOSE(m->at(0, 1), 1.0);
        QCOMPARE(m->pairCounts[1], qint64(4));
    }
    Table empty;
    empty.addColumn(Column::numeric(QStringLiteral("a"), {}));
    QVERIFY(std::isnan(correlationMatrix(empty)->at(0, 0)));
    QCOMPARE(correlationMatrix(Table{})->size(), std::size_t(0));
    t.addColumn(Column::categoricalFromStrings(QStringLiteral("c"), {"x"}));
    QCOMPARE(correlationMatrix(t)->size(), std::size_t(2)); // by default only numeric/boolean
    QVERIFY(!correlationMatrix(t, {0, 2}).ok());
}

void TestExplore::correlationRanking()
{
    const Table t = testing::loadFixture("corr_big.csv");
    CorrelationOptions o;
    o.method = CorrelationMethod::Spearman;
    // big.drop(columns='z').corrwith(big['z'], method='spearman')
    auto r = rankByCorrelation(t, t.indexOf(QStringLiteral("z")), {}, o);
    QVERIFY(r.ok());
    QCOMPARE(r->size(), std::size_t(3));
    QCOMPARE(r->at(0).name, QStringLiteral("x"));
    VERIFY_CLOSE(r->at(0).correlation, 0.8295342976996427);
    QCOMPARE(r->at(1).name, QStringLiteral("y"));
    VERIFY_CLOSE(r->at(1).correlation, 0.34752699440149365);
    QCOMPARE(r->at(2).name, QStringLiteral("w"));
    VERIFY_CLOSE(r->at(2).correlation, 0.08013366553435709);

    const Table small = testing::loadFixture("corr.csv");
    auto withNaN = rankByCorrelation(small, 0, {}, CorrelationOptions{});
    QCOMPARE(withNaN->back().name, QStringLiteral("k")); // constant: NaN, ranked last
    QCOMPARE(withNaN->front().name, QStringLiteral("c")); // |-0.986| first
}

void TestExplore::groupStatsMatchPandas()
{
    const Table t = testing::loadFixture("groups.csv");
    auto r = groupStats(t, 1, 0);
    QVERIFY2(r.ok(), qPrintable(r.error().message));
    // grp.groupby('segment')['spend'].agg(['count','mean','median']): keys in Python's str order
    struct Row { const char* label; qint64 count; double mean, median; };
    const Row expected[] = {{"B", 2, 6.5, 6.5}, {"a", 3, 3.5666666666666664, 2.5}, {"b", 4, 2.525, 1.5},
                            {"zz", 0, kNaN, kNaN}, {"Ölfan", 1, 4.0, 4.0}};
    QCOMPARE(r->groups.size(), std::size_t(5));
    for (std::size_t i = 0; i < 5; ++i) {
        QCOMPARE(r->groups[i].label, QString::fromUtf8(expected[i].label));
        QCOMPARE(r->groups[i].count, expected[i].count);
        VERIFY_CLOSE(r->groups[i].mean, expected[i].mean);
        VERIFY_CLOSE(r->groups[i].median, expected[i].median);
    }
    QCOMPARE(r->groups[3].rows, qint64(2)); // zz: two rows, no values
    // groupby('segment', dropna=False): the missing key last, (2, 3.15, 3.15)
    GroupStatsOptions o;
    o.includeMissingKey = true;
    auto withMissing = groupStats(t, 1, 0, o);
    QCOMPARE(withMissing->groups.size(), std::size_t(6));
    QVERIFY(withMissing->groups.back().isMissingKey);
    QCOMPARE(withMissing->groups.back().count, qint64(2));
    VERIFY_CLOSE(withMissing->groups.back().mean, 3.15);

    // out.groupby('rating')['spend'].agg([...]): numeric keys by value
    const Table out = testing::loadFixture("outliers.csv");
    auto byRating = groupStats(out, out.indexOf(QStringLiteral("spend")), out.indexOf(QStringLiteral("rating")));
    const Row ratings[] = {{"1", 69, 33.95, 21.6}, {"2", 46, 52.95065217391304, 21.725},
                           {"3", 57, 30.725087719298244, 18.92}, {"4", 59, 29.29271186440678, 15.18},
                           {"5", 59, 27.207457627118643, 19.53}};
    QCOMPARE(byRating->groups.size(), std::size_t(5));
    for (std::size_t i = 0; i < 5; ++i) {
        QCOMPARE(byRating->groups[i].label, QString::fromUtf8(ratings[i].label));
        QCOMPARE(byRating->groups[i].count, ratings[i].count);
        VERIFY_CLOSE(byRating->groups[i].mean, ratings[i].mean);
        VERIFY_CLOSE(byRating->groups[i].median, ratings[i].median);
    }
    // small.groupby('flag')['a'].agg([...]): False (5, 5.2, 6.0), True (6, 4.5, 3.5)
    const Table small = testing::loadFixture("corr.csv");
    auto byFlag = groupStats(small, 0, small.indexOf(QStringLiteral("flag")));
    QCOMPARE(byFlag->groups.size(), std::size_t(2));
    QCOMPARE(byFlag->groups[0].count, qint64(5));
    VERIFY_CLOSE(byFlag->groups[0].mean, 5.2);
    VERIFY_CLOSE(byFlag->groups[0].median, 6.0);
    QCOMPARE(byFlag->groups[1].count, qint64(6));
    VERIFY_CLOSE(byFlag->groups[1].mean, 4.5);
    VERIFY_CLOSE(byFlag->groups[1].median, 3.5);
}

void TestExplore::groupStatsSortAndTopN()
{
    const Table t = testing::loadFixture("groups.csv");
    GroupStatsOptions o;
    o.sort = GroupSort::Count;
    o.descending = true;
    o.topN = 2;
    auto r = groupStats(t, 1, 0, o);
    QVERIFY(r.ok());
    QCOMPARE(r->groupCount, qint64(5));
    QCOMPARE(r->groups.size(), std::size_t(3));
    QCOMPARE(r->groups[0].label, QStringLiteral("b")); // top 2 by count: ['b', 'a']
    QCOMPARE(r->groups[1].label, QStringLiteral("a"));
    const GroupStat& other = r->groups[2];
    QVERIFY(other.isOther);
    QCOMPARE(other.groups, 3);
    // other = grp[notna & ~isin(top)]['spend']: count 3, mean 5.666666666666667, median 4.0
    QCOMPARE(other.count, qint64(3));
    VERIFY_CLOSE(other.mean, 5.666666666666667);
    VERIFY_CLOSE(other.median, 4.0);
    QCOMPARE(other.rows, qint64(5));

    o.sort = GroupSort::Mean;
    o.topN = 0;
    auto byMean = groupStats(t, 1, 0, o);
    QStringList labels;
    for (const auto& g : byMean->groups)
        labels << g.label;
    QCOMPARE(labels, QStringList({"B", QString::fromUtf8("Ölfan"), "a", "b", "zz"})); // NaN mean last
    o.descending = false;
    o.sort = GroupSort::Median;
    auto byMedian = groupStats(t, 1, 0, o);
    QCOMPARE(byMedian->groups.front().label, QStringLiteral("b"));
    QCOMPARE(byMedian->groups.back().label, QStringLiteral("zz"));
}

void TestExplore::groupStatsEdgeCases()
{
    Table t;
    t.addColumn(Column::numeric(QStringLiteral("v"), {kNaN, kNaN, kNaN}));
    t.addColumn(Column::categoricalFromStrings(QStringLiteral("k"), {"x", "y", "x"}));
    auto r = groupStats(t, 0, 1);
    QVERIFY(r.ok());
    QCOMPARE(r->groups.size(), std::size_t(2));
    QCOMPARE(r->groups[0].count, qint64(0));
    QCOMPARE(r->groups[0].rows, qint64(2));
    QVERIFY(std::isnan(r->groups[0].mean) && std::isnan(r->groups[0].median));
    QVERIFY(!groupStats(t, 1, 0).ok()); // categorical values
    QVERIFY(!groupStats(t, 0, 5).ok());
    Table empty;
    empty.addColumn(Column::numeric(QStringLiteral("v"), {}));
    empty.addColumn(Column::numeric(QStringLiteral("k"), {}));
    auto none = groupStats(empty, 0, 1);
    QVERIFY(none.ok());
    QVERIFY(none->groups.empty());
}

void TestExplore::cancelledJobs()
{
    const Table t = testing::loadFixture("corr_big.csv");
    JobControl job;
    job.cancel();
    QVERIFY(analyzeMissingness(t, {}, &job).cancelled());
    QVERIFY(correlationMatrix(t, {}, {}, &job).cancelled());
    QVERIFY(rankByCorrelation(t, 0, {}, {}, &job).cancelled());
    QVERIFY(groupStats(t, 0, 3, {}, &job).cancelled());
    // Progress reaches 1 on a normal run.
    double last = 0.0;
    JobControl progress([&](double f, const QString&) { last = f; });
    QVERIFY(correlationMatrix(t, {}, {}, &progress).ok());
    QCOMPARE(last, 1.0);
}
