// Outliers per column, Isolation Forest and sampling. Expected values: data/reference.py.
#include "tst_explore.h"

#include "stats/isolation_forest.h"
#include "stats/outliers.h"
#include "stats/sampling.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <numeric>
#include <set>

using namespace pp;
using testing::kNaN;
using RowMatrix = Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;

Table testing::loadFixture(const char* name)
{
    auto loaded = readCsv(fixture(name), ImportOptions{});
    if (!loaded.ok())
        qFatal("cannot load %s: %s", name, qPrintable(loaded.error().toString()));
    return loaded->table;
}

namespace {

/// ROC AUC by the Mann-Whitney statistic (ties count one half).
double rocAuc(const std::vector<double>& scores, const std::vector<int>& labels)
{
    double wins = 0.0;
    qint64 pos = 0, neg = 0;
    for (std::size_t i = 0; i < scores.size(); ++i) {
        if (!labels[i])
            continue;
        ++pos;
        for (std::size_t j = 0; j < scores.size(); ++j)
            if (!labels[j])
                wins += scores[i] > scores[j] ? 1.0 : scores[i] == scores[j] ? 0.5 : 0.0;
    }
    for (int l : labels)
        neg += l ? 0 : 1;
    return wins / (static_cast<double>(pos) * static_cast<double>(neg));
}

RowMatrix fixtureMatrix(const Table& t, std::vector<int>* labels)
{
    RowMatrix x(static_cast<Eigen::Index>(t.rowCount()), 2);
    for (std::size_t r = 0; r < t.rowCount(); ++r) {
        x(static_cast<Eigen::Index>(r), 0) = t.column(0).numbers()[r];
        x(static_cast<Eigen::Index>(r), 1) = t.column(1).numbers()[r];
        labels->push_back(static_cast<int>(t.column(2).numericAt(r)));
    }
    return x;
}

double meanOf(const std::vector<double>& v, std::size_t begin, std::size_t end)
{
    return std::accumulate(v.begin() + static_cast<std::ptrdiff_t>(begin), v.begin() + static_cast<std::ptrdiff_t>(end),
                           0.0) / static_cast<double>(end - begin);
}

} // namespace

void TestExplore::outlierCounts_data()
{
    QTest::addColumn<QString>("column");
    QTest::addColumn<int>("method");
    QTest::addColumn<double>("param");
    QTest::addColumn<qint64>("expected");
    const auto iqr = static_cast<int>(OutlierMethod::Iqr);
    const auto z = static_cast<int>(OutlierMethod::ZScore);
    const auto mad = static_cast<int>(OutlierMethod::ModifiedZScore);
    // reference.py, outliers.csv: ((s < q1 - k*iqr) | (s > q3 + k*iqr)).sum(),
    // (((s - s.mean()) / s.std()).abs() > 3).sum(), ((0.6745 * (s - med) / mad).abs() > 3.5).sum()
    const struct { const char* column; qint64 iqr15, z3, mad35, iqr3; } rows[] = {
        {"spend", 21, 3, 21, 9}, {"visits", 68, 10, 10, 68}, {"age", 4, 3, 3, 2},
        {"rating", 0, 0, 0, 0}, {"flat", 0, 0, 0, 0},
    };
    for (const auto& r : rows) {
        QTest::addRow("%s-iqr", r.column) << r.column << iqr << 1.5 << r.iqr15;
        QTest::addRow("%s-iqr-k3", r.column) << r.column << iqr << 3.0 << r.iqr3;
        QTest::addRow("%s-zscore", r.column) << r.column << z << 3.0 << r.z3;
        QTest::addRow("%s-mad", r.column) << r.column << mad << 3.5 << r.mad35; // visits: MAD 0, fallback
    }
}

void TestExplore::outlierCounts()
{
    QFETCH(QString, column);
    QFETCH(int, method);
    QFETCH(double, param);
    QFETCH(qint64, expected);
    static const Table table = testing::loadFixture("outliers.csv");
    OutlierOptions o;
    o.method = static_cast<OutlierMethod>(method);
    o.iqrK = o.zThreshold = o.madThreshold = param;
    auto r = columnOutliers(*table.find(column), o);
    QVERIFY(r.ok());
    QCOMPARE(r->outliers, expected);
    QCOMPARE(static_cast<qint64>(std::count(r->flags.begin(), r->flags.end(), std::uint8_t(1))), expected);
    QCOMPARE(r->flags.size(), table.rowCount());
}

void TestExplore::outlierBoundsAndFlags()
{
    const Table table = testing::loadFixture("outliers.csv");
    // q1 - 1.5*iqr, q3 + 1.5*iqr with s.quantile(): spend (-32.928749999999994, 81.62125)
    auto spend = columnOutliers(*table.find(QStringLiteral("spend")));
    QVERIFY(spend.ok());
    QCOMPARE(spend->lower, -32.928749999999994);
    QCOMPARE(spend->upper, 81.62125);
    QCOMPARE(spend->count, qint64(290)); // 10 NaN
    const auto& values = table.find(QStringLiteral("spend"))->numbers();
    for (std::size_t r = 0; r < values.size(); ++r) {
        const bool outside = values[r] < spend->lower || values[r] > spend->upper;
        QCOMPARE(spend->flags[r] != 0, outside); // NaN rows are never flagged
    }
    auto age = columnOutliers(*table.find(QStringLiteral("age")));
    QCOMPARE(age->lower, 11.400000000000006);
    QCOMPARE(age->upper, 67.6);
    QVERIFY(age->flags[5] && age->flags[50] && age->flags[250]); // the planted 95, 99.5, -5

    OutlierOptions mad;
    mad.method = OutlierMethod::ModifiedZScore;
    // s.median(), (s - s.median()).abs().median(): spend 19.77, 12.004999999999999
    auto m = columnOutliers(*table.find(QStringLiteral("spend")), mad);
    QCOMPARE(m->center, 19.77);
    QCOMPARE(m->scale, 12.004999999999999);
    QVERIFY(!m->madFallback);
    VERIFY_CLOSE(m->upper, 19.77 + 3.5 * 12.004999999999999 / 0.6745);
    auto a = columnOutliers(*table.find(QStringLiteral("age")), mad);
    QCOMPARE(a->center, 40.25);
    QCOMPARE(a->scale, 7.350000000000001);
    auto v = columnOutliers(*table.find(QStringLiteral("visits")), mad);
    QVERIFY(v->madFallback); // median 0, MAD 0: 1.253314 * mean |x - median|
    QCOMPARE(v->center, 0.0);
    QVERIFY(v->scale > 0.0);

    OutlierOptions z;
    z.method = OutlierMethod::ZScore;
    auto s = columnOutliers(*table.find(QStringLiteral("spend")), z);
    VERIFY_CLOSE(s->upper, s->center + 3.0 * s->scale);
    auto flat = columnOutliers(*table.find(QStringLiteral("flat")), z);
    QCOMPARE(flat->outliers, qint64(0));
    QVERIFY(std::isnan(flat->lower)); // std 0: no bounds
}

void TestExplore::outlierEdgeCases()
{
    for (OutlierMethod m : {OutlierMethod::Iqr, OutlierMethod::ZScore, OutlierMethod::ModifiedZScore}) {
        OutlierOptions o;
        o.method = m;
        auto allMissing = columnOutliers(Column::numeric(QStringLiteral("x"), {kNaN, kNaN, kNaN}), o);
        QVERIFY(allMissing.ok());
        QCOMPARE(allMissing->count, qint64(0));
        QCOMPARE(allMissing->outliers, qint64(0));
        QVERIFY(std::isnan(allMissing->lower) && std::isnan(allMissing->upper));
        auto single = columnOutliers(Column::numeric(QStringLiteral("x"), {5.0}), o);
        QCOMPARE(single->outliers, qint64(0));
        auto empty = columnOutliers(Column::numeric(QStringLiteral("x"), {}), o);
        QVERIFY(empty.ok());
        QVERIFY(empty->flags.empty());
        auto constant = columnOutliers(Column::numeric(QStringLiteral("x"), {2.0, 2.0, 2.0, 2.0}), o);
        QCOMPARE(constant->outliers, qint64(0));
        // Booleans are 0/1 and datetimes ms: both are accepted.
        QVERIFY(columnOutliers(Column::boolean(QStringLiteral("b"), {0, 1, -1, 1}), o).ok());
        QVERIFY(columnOutliers(Column::dateTime(QStringLiteral("d"), {0, 86400000, kMissingTime}), o).ok());
    }
    // MAD 0 on mostly-constant data: pandas' formula would flag 1, 2 and 40 (division by 0);
    // the fallback scale 1.253314 * mean|x - 0| = 1.253314 * 43 / 10 keeps only 40.
    OutlierOptions mad;
    mad.method = OutlierMethod::ModifiedZScore;
    auto r = columnOutliers(Column::numeric(QStringLiteral("x"), {0, 0, 0, 0, 0, 0, 0, 1, 2, 40}), mad);
    QVERIFY(r->madFallback);
    QCOMPARE(r->outliers, qint64(1));
    QCOMPARE(r->flags[9], std::uint8_t(1));
    VERIFY_CLOSE(r->scale, 1.253314 * 4.3);
}

void TestExplore::outlierErrorsAndCancel()
{
    const Table table = testing::loadFixture("outliers.csv");
    auto bad = columnOutliers(*table.find(QStringLiteral("segment")));
    QVERIFY(!bad.ok());
    QVERIFY(bad.error().message.contains(QLatin1String("segment")));
    QVERIFY(!tableOutliers(table, {99}).ok());
    OutlierOptions forest;
    forest.method = OutlierMethod::IsolationForest; // multivariate: forestOutliers()
    QVERIFY(!tableOutliers(table, {0}, forest).ok());
    QVERIFY(!columnOutliers(table.column(0), forest).ok());
    QVERIFY(!tableOutliers(table, {table.indexOf(QStringLiteral("segment"))}).ok());
    // Default columns: the numeric ones, results in table order, each with its index.
    auto all = tableOutliers(table, {});
    QVERIFY(all.ok());
    QCOMPARE(all->size(), std::size_t(5));
    QCOMPARE(all->at(2).name, QStringLiteral("age"));
    QCOMPARE(all->at(2).column, 2);
    QCOMPARE(all->at(2).outliers, qint64(4));
    JobControl job;
    job.cancel();
    auto cancelled = tableOutliers(table, {}, {}, &job);
    QVERIFY(!cancelled.ok());
    QVERIFY(cancelled.cancelled());
}

void TestExplore::forestOutliersImputes()
{
    Table t;
    t.addColumn(Column::numeric(QStringLiteral("a"), {1, 2, kNaN, 4, 5, 6, 7, 100}));
    t.addColumn(Column::numeric(QStringLiteral("b"), {kNaN, 1, 1, 2, 2, kNaN, 3, 3}));
    t.addColumn(Column::categoricalFromStrings(QStringLiteral("c"), {"x", "y", "x", "y", "x", "y", "x", "y"}));
    IsolationForestOptions o;
    o.contamination = 0.125;
    auto r = forestOutliers(t, {0, 1}, o);
    QVERIFY2(r.ok(), qPrintable(r.error().message));
    QCOMPARE(r->medians, (std::vector<double>{5.0, 2.0})); // pandas df.median(): skips NaN
    QCOMPARE(r->imputedRows, qint64(3));
    QCOMPARE(r->scores.size(), std::size_t(8));
    QCOMPARE(r->flagged, qint64(std::count(r->flags.begin(), r->flags.end(), std::uint8_t(1))));
    QCOMPARE(r->flags[7], std::uint8_t(1)); // a = 100
    QCOMPARE(r->names, QStringList({QStringLiteral("a"), QStringLiteral("b")}));
    QVERIFY(!forestOutliers(t, {2}, o).ok()); // categorical
    Table empty;
    empty.addColumn(Column::numeric(QStringLiteral("a"), {kNaN, kNaN}));
    QVERIFY(!forestOutliers(empty, {0}, o).ok()); // nothing to take a median of
}

void TestExplore::averagePathLength()
{
    // sklearn.ensemble._iforest._average_path_length([1, 2, 3, 10, 256, 1000])
    const double n[] = {1, 2, 3, 10, 256, 1000};
    const double expected[] = {0.0, 1.0, 1.207392357589623, 3.748880484475504, 10.244770920119917,
                               12.969940887100172};
    for (int i = 0; i < 6; ++i)
        VERIFY_CLOSE(IsolationForest::averagePathLength(n[i]), expected[i]);
    QCOMPARE(IsolationForest::averagePathLength(0), 0.0);
    // The paper's H(i) = ln(i) + 0.5772156649: c(256) = 2 H(255) - 2 * 255 / 256 ~ 10.2448.
    const double paper = 2.0 * (std::log(255.0) + 0.5772156649) - 2.0 * 255.0 / 256.0;
    QVERIFY(std::fabs(IsolationForest::averagePathLength(256) - paper) < 1e-9);
    QVERIFY(std::fabs(paper - 10.2448) < 1e-4);
}

void TestExplore::singleTreeMatchesManualTraversal()
{
    // A hand-built tiny case: 8 points, one far away.
    RowMatrix x(8, 2);
    x << 0, 0, 1, 0, 2, 1, 3, 1, 10, 10, 4, 2, 5, 2, 6, 3;
    for (int psi : {8, 5}) {
        IsolationForest forest;
        IsolationForestOptions o;
        o.trees = 1;
        o.sampleSize = psi;
        o.seed = 3;
        QVERIFY(forest.fit(x, o).ok());
        const QJsonObject tree = forest.toJson().value(QStringLiteral("trees")).toArray().at(0).toObject();
        const auto at = [&](const char* key, int i) { return tree.value(QLatin1String(key)).toArray().at(i); };
        int leafTotal = 0;
        for (int i = 0; i < tree.value(QStringLiteral("feature")).toArray().size(); ++i)
            leafTotal += at("feature", i).toInt() < 0 ? at("size", i).toInt() : 0;
        QCOMPARE(leafTotal, psi); // every sampled point ends in one leaf: drawn without replacement
        const double cPsi = IsolationForest::averagePathLength(psi);
        const int maxDepth = static_cast<int>(std::ceil(std::log2(psi)));
        for (int r = 0; r < 8; ++r) {
            int node = 0, depth = 0;
            while (at("feature", node).toInt() >= 0) {
                const int f = at("feature", node).toInt();
                node = x(r, f) <= at("split", node).toDouble() ? at("left", node).toInt() : at("right", node).toInt();
                ++depth;
            }
            QVERIFY(depth <= maxDepth);
            const double h = depth + IsolationForest::averagePathLength(at("size", node).toInt());
            VERIFY_CLOSE(forest.trainingScores()[static_cast<std::size_t>(r)], std::exp2(-h / cPsi));
        }
    }
}

void TestExplore::forestRanksPlantedOutliers()
{
    // Seeded case: 2000 points of a 3-d standard normal (Box-Muller on our PRNG) and 40
    // planted points 6-9 sd out along random directions.
    Random rng(2024);
    const auto normal = [&]() {
        return std::sqrt(-2.0 * std::log(1.0 - rng.uniform())) * std::cos(6.283185307179586 * rng.uniform());
    };
    RowMatrix x(2040, 3);
    std::vector<int> labels(2040, 0);
    for (int r = 0; r < 2040; ++r) {
        for (int c = 0; c < 3; ++c)
            x(r, c) = normal();
        if (r >= 2000) {
            x.row(r) *= (6.0 + 3.0 * rng.uniform()) / x.row(r).norm();
            labels[static_cast<std::size_t>(r)] = 1;
        }
    }
    IsolationForest forest;
    QVERIFY(forest.fit(x, IsolationForestOptions{}).ok());
    const double auc = rocAuc(forest.trainingScores(), labels);
    QVERIFY2(auc > 0.95, qPrintable(QString::number(auc)));
}

void TestExplore::forestMatchesSklearnScores()
{
    const Table t = testing::loadFixture("iforest.csv");
    std::vector<int> labels;
    const RowMatrix x = fixtureMatrix(t, &labels);
    // The RNGs differ, so single scores differ; the score distribution must not. sklearn
    // (reference.py): IsolationForest(n_estimators=100, max_samples=256, random_state=s),
    // -score_samples(X) averaged over the 1000 inliers / 30 outliers, s = 0..19:
    // 0.4241287 (sd over seeds 0.0035) and 0.6984117 (sd 0.0027). Ours over 5 seeds must be
    // within 0.01 of both: about 5 standard errors of the difference of the two averages.
    double inliers = 0.0, outliers = 0.0;
    for (quint64 seed = 0; seed < 5; ++seed) {
        IsolationForest forest;
        IsolationForestOptions o;
        o.seed = seed;
        QVERIFY(forest.fit(x, o).ok());
        inliers += meanOf(forest.trainingScores(), 0, 1000) / 5.0;
        outliers += meanOf(forest.trainingScores(), 1000, 1030) / 5.0;
        QVERIFY(rocAuc(forest.trainingScores(), labels) > 0.95);
    }
    QVERIFY2(std::fabs(inliers - 0.4241287237635616) < 0.01, qPrintable(QString::number(inliers)));
    QVERIFY2(std::fabs(outliers - 0.6984117336094021) < 0.01, qPrintable(QString::number(outliers)));

    // contamination=0.03: sklearn flags 31 rows (-offset_ = 0.62697 for random_state=0).
    // The 0.97 quantile of 1030 scores interpolates between order statistics 998 and 999
    // (0-based), so exactly the 31 above it are flagged whatever the seed.
    IsolationForest forest;
    IsolationForestOptions o;
    o.contamination = 0.03;
    QVERIFY(forest.fit(x, o).ok());
    const auto& s = forest.trainingScores();
    QCOMPARE(std::count_if(s.begin(), s.end(), [&](double v) { return v > forest.threshold(); }), std::ptrdiff_t(31));
    QVERIFY(std::fabs(forest.threshold() - 0.6269666576344791) < 0.03);
    o.threshold = 0.6; // an explicit threshold wins
    QVERIFY(forest.fit(x, o).ok());
    QCOMPARE(forest.threshold(), 0.6);
}

void TestExplore::forestDeterministic()
{
    const Table t = testing::loadFixture("iforest.csv");
    std::vector<int> labels;
    const RowMatrix x = fixtureMatrix(t, &labels);
    IsolationForestOptions o;
    o.seed = 99;
    std::vector<std::vector<double>> runs;
    for (int threads : {1, 2, 3, 0}) {
        o.threads = threads;
        IsolationForest forest;
        QVERIFY(forest.fit(x, o).ok());
        runs.push_back(forest.trainingScores());
        QCOMPARE(forest.score(x), forest.trainingScores());
    }
    for (const auto& run : runs)
        QCOMPARE(run, runs.front()); // bit for bit, whatever the thread count
    o.seed = 100;
    IsolationForest other;
    QVERIFY(other.fit(x, o).ok());
    QVERIFY(other.trainingScores() != runs.front());
}

void TestExplore::forestJsonRoundTrip()
{
    const Table t = testing::loadFixture("iforest.csv");
    std::vector<int> labels;
    const RowMatrix x = fixtureMatrix(t, &labels);
    IsolationForest forest;
    QVERIFY(forest.fit(x, IsolationForestOptions{}).ok());
    const QByteArray bytes = QJsonDocument(forest.toJson()).toJson(QJsonDocument::Compact);
    IsolationForest loaded;
    const Status s = loaded.fromJson(QJsonDocument::fromJson(bytes).object());
    QVERIFY2(s.ok(), qPrintable(s.error().message));
    QCOMPARE(loaded.score(x), forest.trainingScores());
    QCOMPARE(loaded.threshold(), forest.threshold());
    QCOMPARE(loaded.featureCount(), 2);
    QVERIFY(loaded.score(RowMatrix::Zero(3, 5)).empty()); // wrong column count

    QJsonObject broken = forest.toJson();
    QJsonArray trees = broken.value(QStringLiteral("trees")).toArray();
    QJsonObject tree = trees.at(0).toObject();
    QJsonArray left = tree.value(QStringLiteral("left")).toArray();
    left[0] = 0; // a cycle back to the root
    tree.insert(QStringLiteral("left"), left);
    trees[0] = tree;
    broken.insert(QStringLiteral("trees"), trees);
    QVERIFY(!loaded.fromJson(broken).ok());
    QVERIFY(loaded.isFitted()); // a failed load keeps the previous forest
    QVERIFY(!loaded.fromJson(QJsonObject{{QStringLiteral("kind"), QStringLiteral("xgboost")}}).ok());
}

void TestExplore::forestErrors()
{
    IsolationForest forest;
    IsolationForestOptions o;
    QVERIFY(!forest.fit(RowMatrix(0, 2), o).ok());
    RowMatrix withNaN(3, 1);
    withNaN << 1, kNaN, 3;
    QVERIFY(!forest.fit(withNaN, o).ok());
    RowMatrix ok(3, 1);
    ok << 1, 2, 3;
    o.contamination = 0.7;
    QVERIFY(!forest.fit(ok, o).ok());
    o.contamination = 0.1;
    o.threshold = 1.5;
    QVERIFY(!forest.fit(ok, o).ok());
    QVERIFY(!forest.isFitted());
    QVERIFY(forest.score(ok).empty());
    // One row: psi = 1, c(1) = 0; sklearn then scores every row 0.5.
    o.threshold = -1.0;
    QVERIFY(forest.fit(RowMatrix::Constant(1, 2, 4.0), o).ok());
    QCOMPARE(forest.trainingScores(), std::vector<double>{0.5});
    JobControl job;
    job.cancel();
    IsolationForest cancelled;
    QVERIFY(cancelled.fit(ok, IsolationForestOptions{}, &job).cancelled());
}

void TestExplore::sampling()
{
    const auto big = sampleIndices(1000000, 20000, 7);
    QCOMPARE(big.size(), std::size_t(20000));
    QVERIFY(std::is_sorted(big.begin(), big.end()));
    QVERIFY(std::adjacent_find(big.begin(), big.end()) == big.end());
    QVERIFY(big.back() < 1000000);
    QCOMPARE(sampleIndices(1000000, 20000, 7), big);
    QVERIFY(sampleIndices(1000000, 20000, 8) != big);
    QCOMPARE(sampleIndices(5, 9, 1), (std::vector<std::size_t>{0, 1, 2, 3, 4}));
    QVERIFY(sampleIndices(5, 0, 1).empty());
    const auto half = sampleIndices(1000, 500, 3); // selection sampling (k > n / 16)
    QCOMPARE(std::set<std::size_t>(half.begin(), half.end()).size(), std::size_t(500));
    // Uniform: every index equally likely, for both algorithms (binomial, 5 sd bounds).
    for (auto [n, k, draws] : {std::tuple<std::size_t, std::size_t, int>{10, 3, 2000}, {100, 3, 20000}}) {
        std::vector<int> hits(n, 0);
        for (int s = 0; s < draws; ++s)
            for (std::size_t i : sampleIndices(n, k, static_cast<std::uint64_t>(s)))
                ++hits[i];
        const double p = static_cast<double>(k) / static_cast<double>(n);
        const double mean = draws * p;
        const double sd = std::sqrt(draws * p * (1 - p));
        for (int h : hits)
            QVERIFY2(std::fabs(h - mean) < 5 * sd, qPrintable(QStringLiteral("%1 vs %2").arg(h).arg(mean)));
    }
}

QTEST_GUILESS_MAIN(TestExplore)
