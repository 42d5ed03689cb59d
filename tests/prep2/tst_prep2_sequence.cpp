// Sequence windows (hand-checked tables) and class balancing.
#include "tst_prep2.h"

#include "data/csv_writer.h"
#include "prep/pipeline.h"
#include "prep/resample_steps.h"
#include "prep/sequence_windows_step.h"

#include <QtTest>

#include <limits>
#include <map>

using namespace pp;
using namespace prep2test;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr std::int64_t kDay = 86400000;

/// Customer A on days 1, 2, 3, 5, 6 (a 2-day gap before day 5), B on days 1..3; rows shuffled.
/// y = 10 · v.
Table series()
{
    Table t;
    t.addColumn(Column::categoricalFromStrings(QStringLiteral("cust"), {"B", "A", "A", "A", "B", "A", "A", "B"}));
    t.addColumn(Column::dateTime(QStringLiteral("day"), {2 * kDay, 1 * kDay, 3 * kDay, 2 * kDay, 1 * kDay, 6 * kDay,
                                                         5 * kDay, 3 * kDay}));
    t.addColumn(Column::numeric(QStringLiteral("v"), {20, 1, 3, 2, 10, 5, 4, 30}));
    t.addColumn(Column::numeric(QStringLiteral("y"), {200, 10, 30, 20, 100, 50, 40, 300}));
    return t;
}

QVariantMap windowParams(int window = 2)
{
    return {{QStringLiteral("entity"), QStringLiteral("cust")}, {QStringLiteral("time"), QStringLiteral("day")},
            {QStringLiteral("values"), QStringList{QStringLiteral("v")}}, {QStringLiteral("window"), window},
            {QStringLiteral("target"), QStringLiteral("y")}, {QStringLiteral("horizon"), 1},
            {QStringLiteral("gap_tolerance"), 1.0}, {QStringLiteral("time_unit"), QStringLiteral("days")}};
}

/// Rows as "cust|day|v__t-1|v__t-0|y".
QStringList rows(const Table& t)
{
    QStringList out;
    for (std::size_t r = 0; r < t.rowCount(); ++r) {
        QStringList cells;
        for (const Column& c : t.columns())
            cells << (c.isMissing(r) ? QStringLiteral("NA") : c.displayAt(r));
        out << cells.join(QLatin1Char('|'));
    }
    return out;
}

Table imbalanced(int majority = 90, int minority = 10)
{
    std::vector<double> f1, f2, id;
    std::vector<QString> cls;
    for (int i = 0; i < majority + minority; ++i) {
        const bool minor = i >= majority;
        const double h = std::sin(i * 12.9898) * 43758.5453;
        f1.push_back((minor ? 5.0 : 0.0) + (h - std::floor(h)));
        f2.push_back((minor ? -2.0 : 1.0) + std::cos(i * 0.7));
        id.push_back(1000 + i);
        cls.push_back(minor ? QStringLiteral("min") : QStringLiteral("maj"));
    }
    Table t;
    Column idCol = Column::numeric(QStringLiteral("id"), id);
    idCol.setRole(ColumnRole::Id);
    t.addColumn(idCol);
    t.addColumn(Column::numeric(QStringLiteral("f1"), f1));
    t.addColumn(Column::numeric(QStringLiteral("f2"), f2));
    t.addColumn(Column::categoricalFromStrings(QStringLiteral("cls"), cls));
    return t;
}

std::map<QString, int> classCounts(const Table& t)
{
    std::map<QString, int> counts;
    const Column* c = t.find(QStringLiteral("cls"));
    for (std::size_t r = 0; r < t.rowCount(); ++r)
        ++counts[c->displayAt(r)];
    return counts;
}

Table resampled(Step& step, const QVariantMap& params, const Table& t, quint64 seed = 42)
{
    if (!setUp(step, params, t, fitInfo({QStringLiteral("cls")}, Task::Binary, seed)))
        return {};
    auto out = step.transform(t, nullptr);
    if (!out.ok()) {
        qWarning("%s", qPrintable(out.error().message));
        return {};
    }
    return out.take();
}

bool sameRow(const Table& a, std::size_t ra, const Table& b, std::size_t rb)
{
    for (std::size_t c = 0; c < a.columnCount(); ++c)
        if (a.column(c).displayAt(ra) != b.column(c).displayAt(rb))
            return false;
    return true;
}

} // namespace

void TestPrep2::sequenceWindowsBreak()
{
    SequenceWindowsStep step;
    QVERIFY(setUp(step, windowParams(), series(), fitInfo({QStringLiteral("y")})));
    auto out = step.transform(series(), nullptr);
    QVERIFY(out.ok());
    QCOMPARE(out->columnNames().join(QLatin1Char(',')), QStringLiteral("cust,day,v__t-1,v__t-0,y"));
    // A: days 1-3 | 5-6 (the 2-day gap breaks). Windows of 2 with the target 1 step later:
    // [1,2] -> y(day 3) = 30; [2,3] -> past the end of its sequence; [5,6] -> past the end.
    // B: [10,20] -> 300; [20,30] -> past the end. Entities in order of first appearance (B first).
    QCOMPARE(rows(out.value()), (QStringList{QStringLiteral("B|1970-01-03|10|20|300"), QStringLiteral("A|1970-01-03|1|2|30")}));
    QCOMPARE(out->find(QStringLiteral("cust"))->role(), ColumnRole::Id);
    QCOMPARE(out->find(QStringLiteral("y"))->role(), ColumnRole::Target);
    QVERIFY(step.describe().contains(QStringLiteral("8 training rows → 2 windows from 3 sequences")));
    QVERIFY(!step.trainOnly());
}

void TestPrep2::sequenceWindowsKeepAll()
{
    SequenceWindowsStep step;
    QVariantMap p = windowParams();
    p.insert(QStringLiteral("require_target"), false);
    QVERIFY(setUp(step, p, series(), fitInfo({QStringLiteral("y")})));
    auto out = step.transform(series(), nullptr);
    QVERIFY(out.ok());
    QCOMPARE(rows(out.value()), (QStringList{QStringLiteral("B|1970-01-03|10|20|300"), QStringLiteral("B|1970-01-04|20|30|NA"),
                                             QStringLiteral("A|1970-01-03|1|2|30"), QStringLiteral("A|1970-01-04|2|3|NA"),
                                             QStringLiteral("A|1970-01-07|4|5|NA")}));
    // No gap handling: A is one sequence of 5 steps, windows [1,2] [2,3] [3,4] [4,5].
    SequenceWindowsStep none;
    p.insert(QStringLiteral("gap_policy"), QStringLiteral("none"));
    p.insert(QStringLiteral("stride"), 2);
    QVERIFY(setUp(none, p, series(), fitInfo({QStringLiteral("y")})));
    out = none.transform(series(), nullptr);
    QVERIFY(out.ok());
    // stride 2: B [10,20]; A [1,2] and [3,4] (target y(day 6) = 50)
    QCOMPARE(rows(out.value()), (QStringList{QStringLiteral("B|1970-01-03|10|20|300"), QStringLiteral("A|1970-01-03|1|2|30"),
                                             QStringLiteral("A|1970-01-06|3|4|50")}));
}

void TestPrep2::sequenceWindowsFfill()
{
    SequenceWindowsStep step;
    QVariantMap p = windowParams();
    p.insert(QStringLiteral("gap_policy"), QStringLiteral("ffill"));
    QVERIFY(setUp(step, p, series(), fitInfo({QStringLiteral("y")})));
    auto out = step.transform(series(), nullptr);
    QVERIFY(out.ok());
    // A becomes days 1,2,3,(4 = values of 3),5,6: values 1,2,3,3,4,5; targets 10,20,30,–,40,50:
    // the filled day 4 has no target, so the window [2,3] (target on day 4) is left out. It used
    // to get day 3's own target 30, a leak of the window's last step into its label.
    // pandas (the filled series: reindex to every day, ffill v only, y NaN on filled days; see
    // the comment of sequenceWindowsFfillTargets):
    QCOMPARE(rows(out.value()), (QStringList{QStringLiteral("B|1970-01-03|10|20|300"), QStringLiteral("A|1970-01-03|1|2|30"),
                                             QStringLiteral("A|1970-01-05|3|3|40"), QStringLiteral("A|1970-01-06|3|4|50")}));
    // Missing values are carried forward inside a series.
    Table holes = series();
    holes.find(QStringLiteral("v"))->numbers()[3] = kNaN;   // A, day 2
    out = step.transform(holes, nullptr);
    QVERIFY(out.ok());
    QCOMPARE(rows(out.value()).at(1), QStringLiteral("A|1970-01-03|1|1|30"));
}

void TestPrep2::sequenceWindowsFfillTargets()
{
    // Reference: pandas 1.5.3, per customer
    //   g = df[df.cust == c].set_index("day").sort_index()
    //   g = g.reindex(pd.date_range(g.index.min(), g.index.max(), freq="D")); g["v"] = g["v"].ffill()
    // windows of 2 over g, target g["y"].iloc[last + 1] (NaN on a filled day: never ffilled).
    // Without require_target every window stays, the one whose target day is filled with NA:
    // ['B|1970-01-03|10|20|300', 'B|1970-01-04|20|30|NA', 'A|1970-01-03|1|2|30',
    //  'A|1970-01-04|2|3|NA', 'A|1970-01-05|3|3|40', 'A|1970-01-06|3|4|50', 'A|1970-01-07|4|5|NA']
    SequenceWindowsStep step;
    QVariantMap p = windowParams();
    p.insert(QStringLiteral("gap_policy"), QStringLiteral("ffill"));
    p.insert(QStringLiteral("require_target"), false);
    QVERIFY(setUp(step, p, series(), fitInfo({QStringLiteral("y")})));
    auto out = step.transform(series(), nullptr);
    QVERIFY(out.ok());
    QCOMPARE(rows(out.value()),
             (QStringList{QStringLiteral("B|1970-01-03|10|20|300"), QStringLiteral("B|1970-01-04|20|30|NA"),
                          QStringLiteral("A|1970-01-03|1|2|30"), QStringLiteral("A|1970-01-04|2|3|NA"),
                          QStringLiteral("A|1970-01-05|3|3|40"), QStringLiteral("A|1970-01-06|3|4|50"),
                          QStringLiteral("A|1970-01-07|4|5|NA")}));
    // Horizon 0: the target is the last step's own, so a window ending on the filled day 4 has
    // none (pandas: g["y"].iloc[last] is NaN there).
    SequenceWindowsStep atEnd;
    p.insert(QStringLiteral("horizon"), 0);
    p.insert(QStringLiteral("require_target"), true);
    QVERIFY(setUp(atEnd, p, series(), fitInfo({QStringLiteral("y")})));
    out = atEnd.transform(series(), nullptr);
    QVERIFY(out.ok());
    QCOMPARE(rows(out.value()),
             (QStringList{QStringLiteral("B|1970-01-03|10|20|200"), QStringLiteral("B|1970-01-04|20|30|300"),
                          QStringLiteral("A|1970-01-03|1|2|20"), QStringLiteral("A|1970-01-04|2|3|30"),
                          QStringLiteral("A|1970-01-06|3|4|40"), QStringLiteral("A|1970-01-07|4|5|50")}));

    // A huge gap with a small tolerance is refused before any step is made, naming the entity and
    // the gap: from 1 to 1e12 every 1 would be 1e12 - 2 = 999,999,999,998 filled steps (~24 TB).
    Table far;
    far.addColumn(Column::categoricalFromStrings(QStringLiteral("cust"), {"A", "A", "A", "B", "B"}));
    far.addColumn(Column::numeric(QStringLiteral("t"), {0, 1, 1e12, 0, 1}));
    far.addColumn(Column::numeric(QStringLiteral("v"), {1, 2, 3, 4, 5}));
    SequenceWindowsStep huge;
    QVERIFY(huge.setParams({{QStringLiteral("entity"), QStringLiteral("cust")}, {QStringLiteral("time"), QStringLiteral("t")},
                            {QStringLiteral("values"), QStringList{QStringLiteral("v")}}, {QStringLiteral("window"), 2},
                            {QStringLiteral("gap_policy"), QStringLiteral("ffill")}, {QStringLiteral("gap_tolerance"), 1.0}})
                .ok());
    const Status refused = huge.fit(far, fitInfo(), nullptr);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().message,
             QStringLiteral("Sequence windows: the gap of 'A' from 1 to 1000000000000 would need 999999999998 filled "
                            "steps, more than memory allows; choose 'start a new sequence' for gaps that long or raise "
                            "the gap tolerance."));
    // Without an entity column the message names the gap only; dates are shown as dates.
    Table farDates;
    farDates.addColumn(Column::dateTime(QStringLiteral("day"), {0, kDay, 1000000 * kDay}));
    farDates.addColumn(Column::numeric(QStringLiteral("v"), {1, 2, 3}));
    SequenceWindowsStep hugeDates;
    QVERIFY(hugeDates.setParams({{QStringLiteral("time"), QStringLiteral("day")}, {QStringLiteral("values"), QStringList{QStringLiteral("v")}},
                                 {QStringLiteral("window"), 2}, {QStringLiteral("gap_policy"), QStringLiteral("ffill")},
                                 {QStringLiteral("gap_tolerance"), 1.0}, {QStringLiteral("time_unit"), QStringLiteral("seconds")}})
                    .ok());
    const Status refusedDates = hugeDates.fit(farDates, fitInfo(), nullptr);
    QVERIFY(!refusedDates.ok());
    // 999,999 days of seconds: 86,399,913,599 filled steps (86,399,913,600 intervals)
    QVERIFY2(refusedDates.error().message.startsWith(
                 QLatin1String("Sequence windows: the gap from 1970-01-02 to 4707-11-29 would need 86399913599 filled steps")),
             qPrintable(refusedDates.error().message));
}

void TestPrep2::sequenceWindowsStandardize()
{
    SequenceWindowsStep step;
    QVariantMap p = windowParams(3);
    p.insert(QStringLiteral("scaling"), QStringLiteral("standardize"));
    p.insert(QStringLiteral("gap_policy"), QStringLiteral("none"));
    p.insert(QStringLiteral("horizon"), 0);
    QVERIFY(setUp(step, p, series(), fitInfo({QStringLiteral("y")})));
    auto out = step.transform(series(), nullptr);
    QVERIFY(out.ok());
    // B [10,20,30]: mean 20, population sd 8.1650 -> -1.2247, 0, 1.2247; target y at the end (h=0).
    const double z = std::sqrt(1.5);
    QCOMPARE(out->rowCount(), std::size_t(4));   // B: 1 window; A (5 steps): 3 windows
    QVERIFY(near(out->find(QStringLiteral("v__t-2"))->numericAt(0), -z));
    QVERIFY(near(out->find(QStringLiteral("v__t-1"))->numericAt(0), 0.0));
    QVERIFY(near(out->find(QStringLiteral("v__t-0"))->numericAt(0), z));
    QCOMPARE(out->find(QStringLiteral("y"))->numericAt(0), 300.0);
    // A constant window scales to zeros, not NaN.
    Table flat = series();
    for (double& v : flat.find(QStringLiteral("v"))->numbers())
        v = 7;
    out = step.transform(flat, nullptr);
    QVERIFY(out.ok());
    QCOMPARE(out->find(QStringLiteral("v__t-0"))->numericAt(0), 0.0);
}

void TestPrep2::sequenceWindowsNewData()
{
    SequenceWindowsStep step;
    QVERIFY(setUp(step, windowParams(), series(), fitInfo({QStringLiteral("y")})));
    // New data has no target column: every window, for prediction.
    Table fresh = series();
    fresh.removeColumn(3);
    auto out = step.transform(fresh, nullptr);
    QVERIFY(out.ok());
    QCOMPARE(out->columnNames().join(QLatin1Char(',')), QStringLiteral("cust,day,v__t-1,v__t-0"));
    // B [10,20] [20,30]; A [1,2] [2,3] | [4,5]
    QCOMPARE(out->rowCount(), std::size_t(5));
    // Rows without entity or time are left out with a warning.
    Table holes = series();
    holes.find(QStringLiteral("day"))->times()[0] = kMissingTime;
    auto warned = step.transform(holes, nullptr);
    QVERIFY(warned.ok());
    QCOMPARE(warned.warnings().size(), std::size_t(1));
    // A window longer than any sequence: fit explains.
    SequenceWindowsStep tooLong;
    QVERIFY(tooLong.setParams(windowParams(10)).ok());
    QVERIFY(!tooLong.fit(series(), fitInfo({QStringLiteral("y")}), nullptr).ok());
}

void TestPrep2::randomOversample()
{
    const Table t = imbalanced();
    RandomOversampleStep step;
    QVERIFY(step.trainOnly());
    Table out = resampled(step, {}, t);
    QCOMPARE(classCounts(out), (std::map<QString, int>{{QStringLiteral("maj"), 90}, {QStringLiteral("min"), 90}}));
    // The original rows come first, unchanged; the new rows are copies of minority rows.
    for (std::size_t r = 0; r < t.rowCount(); ++r)
        QVERIFY(sameRow(t, r, out, r));
    for (std::size_t r = t.rowCount(); r < out.rowCount(); ++r) {
        bool found = false;
        for (std::size_t s = 90; s < 100 && !found; ++s)
            found = sameRow(t, s, out, r);
        QVERIFY(found);
    }
    QCOMPARE(step.describe(), QStringLiteral("Random oversampling on cls (maj: 90 → 90, min: 10 → 90)"));
    RandomOversampleStep ratio;
    out = resampled(ratio, {{QStringLiteral("strategy"), QStringLiteral("ratio")}, {QStringLiteral("ratio"), 0.5}}, t);
    QCOMPARE(classCounts(out), (std::map<QString, int>{{QStringLiteral("maj"), 90}, {QStringLiteral("min"), 45}}));
}

void TestPrep2::randomUndersample()
{
    const Table t = imbalanced();
    RandomUndersampleStep step;
    Table out = resampled(step, {}, t);
    QCOMPARE(classCounts(out), (std::map<QString, int>{{QStringLiteral("maj"), 10}, {QStringLiteral("min"), 10}}));
    // Kept rows stay in their original order; all minority rows are kept.
    const Column* id = out.find(QStringLiteral("id"));
    for (std::size_t r = 1; r < out.rowCount(); ++r)
        QVERIFY(id->numericAt(r) > id->numericAt(r - 1));
    RandomUndersampleStep ratio;
    out = resampled(ratio, {{QStringLiteral("strategy"), QStringLiteral("ratio")}, {QStringLiteral("ratio"), 0.5}}, t);
    QCOMPARE(classCounts(out), (std::map<QString, int>{{QStringLiteral("maj"), 20}, {QStringLiteral("min"), 10}}));
    QVERIFY(ratio.describe().contains(QStringLiteral("maj: 90 → 20")));
}

void TestPrep2::resampleSeeded()
{
    const Table t = imbalanced();
    for (const QString& kind : {QStringLiteral("random_oversample"), QStringLiteral("random_undersample"), QStringLiteral("smote")}) {
        auto a = makeStep(kind), b = makeStep(kind), c = makeStep(kind);
        const QByteArray first = csvBytes(resampled(*a, {{QStringLiteral("seed"), 7}}, t));
        QCOMPARE(csvBytes(resampled(*b, {{QStringLiteral("seed"), 7}}, t)), first);
        QVERIFY(csvBytes(resampled(*c, {{QStringLiteral("seed"), 8}}, t)) != first);
        // seed -1 follows the pipeline seed
        auto d = makeStep(kind), e = makeStep(kind);
        QCOMPARE(csvBytes(resampled(*d, {}, t, 1)), csvBytes(resampled(*e, {}, t, 1)));
    }
}

void TestPrep2::resampleSeedPerStep()
{
    // Two steps of one kind with seed -1 used to get the same seed (pipeline seed + kind only).
    // Expected seeds: the documented recipe redone in Python (FNV-1a of the kind over UTF-16,
    // XOR kindIndex * 0xD1B54A32D192ED03, then splitmix64 of 42 + 0x9E3779B97F4A7C15 * (salt + 1)):
    //   kindIndex 0: 3313833601312084929, 1: 5858527033762109437, 2: 3960027973260865131
    const Table t = imbalanced();
    const FitInfo info = fitInfo({QStringLiteral("cls")}, Task::Binary, 42);
    Pipeline p;
    for (int i = 0; i < 3; ++i) {
        auto step = std::make_unique<RandomOversampleStep>();
        if (i == 0)
            QVERIFY(step->setParams({{QStringLiteral("strategy"), QStringLiteral("ratio")}, {QStringLiteral("ratio"), 0.5}}).ok());
        step->setEnabled(i != 1);   // a disabled step still counts: toggling it moves no seed
        p.append(std::move(step));
    }
    QCOMPARE(p.fitInfoFor(0, info).kindIndex, 0);
    QCOMPARE(p.fitInfoFor(2, info).kindIndex, 2);
    auto out = p.fitTransform(t, info);
    QVERIFY2(out.ok(), qPrintable(out.error().message));
    QCOMPARE(classCounts(out.value()), (std::map<QString, int>{{QStringLiteral("maj"), 90}, {QStringLiteral("min"), 90}}));
    QCOMPARE(p.step(0).fittedState().value(QStringLiteral("seed")).toString(), QStringLiteral("3313833601312084929"));
    QCOMPARE(p.step(2).fittedState().value(QStringLiteral("seed")).toString(), QStringLiteral("3960027973260865131"));
    // The first step of a kind keeps the seed a lone step always had (saved results replay).
    RandomOversampleStep alone;
    QVERIFY(setUp(alone, {}, t, info));
    QCOMPARE(alone.fittedState().value(QStringLiteral("seed")).toString(), QStringLiteral("3313833601312084929"));
    FitInfo second = info;
    second.kindIndex = 1;
    QVERIFY(alone.fit(t, second, nullptr).ok());
    QCOMPARE(alone.fittedState().value(QStringLiteral("seed")).toString(), QStringLiteral("5858527033762109437"));
    // Steps of other kinds in between change nothing; an own seed >= 0 ignores the index.
    Pipeline mixed;
    mixed.append(std::make_unique<RandomUndersampleStep>());
    mixed.append(std::make_unique<RandomOversampleStep>());
    QCOMPARE(mixed.fitInfoFor(1, info).kindIndex, 0);
    RandomOversampleStep own;
    QVERIFY(setUp(own, {{QStringLiteral("seed"), 7}}, t, second));
    QCOMPARE(own.fittedState().value(QStringLiteral("seed")).toString(), QStringLiteral("7"));
}

void TestPrep2::smoteProperties()
{
    const Table t = imbalanced();
    SmoteStep step;
    const int k = 5;
    Table out = resampled(step, {{QStringLiteral("k_neighbors"), k}}, t);
    QCOMPARE(classCounts(out), (std::map<QString, int>{{QStringLiteral("maj"), 90}, {QStringLiteral("min"), 90}}));
    for (std::size_t r = 0; r < t.rowCount(); ++r)
        QVERIFY(sameRow(t, r, out, r));   // training rows untouched, synthetic ones appended

    // The k nearest minority neighbours of each minority sample (brute force, Euclidean).
    const std::vector<double> f1 = values(t, QStringLiteral("f1")), f2 = values(t, QStringLiteral("f2"));
    std::vector<std::vector<std::size_t>> neighbours(100);
    for (std::size_t i = 90; i < 100; ++i) {
        std::vector<std::pair<double, std::size_t>> d;
        for (std::size_t j = 90; j < 100; ++j)
            if (j != i)
                d.emplace_back(std::hypot(f1[i] - f1[j], f2[i] - f2[j]), j);
        std::sort(d.begin(), d.end());
        for (int q = 0; q < k; ++q)
            neighbours[i].push_back(d[static_cast<std::size_t>(q)].second);
    }
    const std::vector<double> g1 = values(out, QStringLiteral("f1")), g2 = values(out, QStringLiteral("f2"));
    for (std::size_t r = t.rowCount(); r < out.rowCount(); ++r) {
        QCOMPARE(out.find(QStringLiteral("cls"))->displayAt(r), QStringLiteral("min"));
        QVERIFY(out.find(QStringLiteral("id"))->isMissing(r));
        bool onSegment = false;
        for (std::size_t a = 90; a < 100 && !onSegment; ++a) {
            for (std::size_t b : neighbours[a]) {
                // p = a + u (b - a) with u in [0, 1): solve u on f1, check it on f2.
                const double u = (g1[r] - f1[a]) / (f1[b] - f1[a]);
                if (u < -1e-12 || u >= 1.0 + 1e-12)
                    continue;
                if (std::fabs(f2[a] + u * (f2[b] - f2[a]) - g2[r]) < 1e-9) {
                    onSegment = true;
                    break;
                }
            }
        }
        QVERIFY2(onSegment, qPrintable(QStringLiteral("synthetic row %1 is not between neighbours").arg(r)));
    }
    QVERIFY(step.describe().startsWith(QStringLiteral("SMOTE (k = 5) on cls (maj: 90 → 90, min: 10 → 90)")));

    // A class smaller than k + 1: k shrinks with a warning.
    SmoteStep small;
    QVERIFY(setUp(small, {}, imbalanced(20, 4), fitInfo({QStringLiteral("cls")}, Task::Binary)));
    auto reduced = small.transform(imbalanced(20, 4), nullptr);
    QVERIFY(reduced.ok());
    QCOMPARE(reduced.warnings().size(), std::size_t(1));
    QCOMPARE(reduced.warnings().front().kind, QStringLiteral("smote_k_reduced"));
}

void TestPrep2::smoteKeepsClassWeights()
{
    // class_weights then SMOTE, on a table that also carries the trainer's ignored __source_row__.
    Table t = imbalanced();
    std::vector<double> source(t.rowCount());
    for (std::size_t i = 0; i < source.size(); ++i)
        source[i] = static_cast<double>(i);
    Column sourceRows = Column::numeric(QStringLiteral("__source_row__"), source);
    sourceRows.setRole(ColumnRole::Ignore);
    t.addColumn(sourceRows);
    Pipeline p;
    p.append(std::make_unique<ClassWeightsStep>());
    p.append(std::make_unique<SmoteStep>());
    auto out = p.fitTransform(t, fitInfo({QStringLiteral("cls")}, Task::Binary));
    QVERIFY2(out.ok(), qPrintable(out.error().message));
    QCOMPARE(out->rowCount(), std::size_t(180));
    // sklearn compute_class_weight("balanced", classes=["maj", "min"], y=["maj"] * 90 + ["min"] * 10)
    // = [0.5555555555555556, 5.0]
    const Column* w = out->find(QStringLiteral("__weight__"));
    const Column* src = out->find(QStringLiteral("__source_row__"));
    QVERIFY(w && src);
    QVERIFY(near(w->numericAt(0), 0.5555555555555556, 1e-15));
    QCOMPARE(w->numericAt(95), 5.0);
    for (std::size_t r = t.rowCount(); r < out->rowCount(); ++r) {
        QCOMPARE(out->find(QStringLiteral("cls"))->displayAt(r), QStringLiteral("min"));
        // The synthetic row has the weight of its class (it used to be missing: weight 1) ...
        QVERIFY2(!w->isMissing(r) && w->numericAt(r) == 5.0, qPrintable(QString::number(r)));
        // ... while its source row and id stay missing: it comes from no row of the data.
        QVERIFY(src->isMissing(r));
        QVERIFY(out->find(QStringLiteral("id"))->isMissing(r));
    }
    for (std::size_t r = 0; r < t.rowCount(); ++r)
        QCOMPARE(src->numericAt(r), static_cast<double>(r));
}

void TestPrep2::smoteRejectsCategorical()
{
    Table t = imbalanced();
    t.addColumn(Column::categoricalFromStrings(QStringLiteral("city"), std::vector<QString>(100, QStringLiteral("Paris"))));
    SmoteStep step;
    const Status s = step.fit(t, fitInfo({QStringLiteral("cls")}, Task::Binary), nullptr);
    QVERIFY(!s.ok());
    QCOMPARE(s.error().message,
             QStringLiteral("SMOTE: works on numeric features only; encode or drop these columns first: city (Categorical)."));
    Table holes = imbalanced();
    holes.find(QStringLiteral("f2"))->numbers()[3] = kNaN;
    QVERIFY(step.fit(holes, fitInfo({QStringLiteral("cls")}, Task::Binary), nullptr).error().message.contains(QLatin1String("f2")));
}

void TestPrep2::classWeightsMatchSklearn()
{
    Table t;
    std::vector<double> cls;
    for (int i = 0; i < 100; ++i)
        cls.push_back(i < 60 ? 0 : (i < 90 ? 1 : 2));
    t.addColumn(Column::numeric(QStringLiteral("x"), std::vector<double>(100, 1.0)));
    t.addColumn(Column::numeric(QStringLiteral("cls"), cls));
    ClassWeightsStep step;
    QVERIFY(step.trainOnly());
    QVERIFY(setUp(step, {}, t, fitInfo({QStringLiteral("cls")}, Task::Multiclass)));
    // compute_class_weight("balanced", classes=[0, 1, 2], y=[0]*60 + [1]*30 + [2]*10)
    const std::vector<double> want{0.5555555555555556, 1.1111111111111112, 3.3333333333333335};
    for (std::size_t c = 0; c < 3; ++c)
        QVERIFY(near(step.weights()[c], want[c], 1e-15));
    auto out = step.transform(t, nullptr);
    QVERIFY(out.ok());
    QCOMPARE(out->rowCount(), std::size_t(100));
    const Column* w = out->find(QStringLiteral("__weight__"));
    QVERIFY(w);
    QCOMPARE(w->role(), ColumnRole::Ignore);
    QVERIFY(near(w->numericAt(0), want[0], 1e-15));
    QVERIFY(near(w->numericAt(95), want[2], 1e-15));
    QVERIFY(step.describe().contains(QLatin1String("2: 3.333 (10 rows)")));
}

void TestPrep2::resampleNeedsClassification()
{
    RandomOversampleStep step;
    const Status s = step.fit(imbalanced(), fitInfo({QStringLiteral("cls")}, Task::Regression), nullptr);
    QVERIFY(!s.ok());
    QVERIFY(s.error().message.startsWith(QLatin1String("Random oversampling: balances classes")));
    QVERIFY(!step.fit(imbalanced(), fitInfo(), nullptr).ok());   // no target
    // Data without the target (validation/new data reaching it by mistake) is an error, not a no-op.
    QVERIFY(setUp(step, {}, imbalanced(), fitInfo({QStringLiteral("cls")}, Task::Binary)));
    Table noTarget = imbalanced();
    noTarget.removeColumn(3);
    auto out = step.transform(noTarget, nullptr);
    QVERIFY(!out.ok());
    QVERIFY(out.error().message.contains(QLatin1String("'cls'")));
}
