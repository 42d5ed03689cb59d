// Each step's numbers against an independent reference. Every expected value below was printed
// by data/reference.py (scikit-learn 1.2.1, pandas 1.5.3, numpy 1.24.2, scipy 1.10.1 under
// /usr/bin/python3); the Python call is quoted above the numbers. Hand-computed expectations
// say how they were computed.
#include "tst_prep.h"

#include "prep/basic_step.h"
#include "stats/outliers.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace pp;
using namespace pptest;

namespace {

QJsonObject fitted(const Step& step)
{
    return step.fittedState();
}

std::vector<double> fittedNumbers(const Step& step, const QString& key, const QStringList& columns)
{
    std::vector<double> out;
    const QJsonObject o = step.fittedState().value(key).toObject();
    for (const auto& c : columns)
        out.push_back(prepjson::toNumber(o.value(c)));
    return out;
}

const QStringList kRefColumns = { QStringLiteral("income"), QStringLiteral("age"), QStringLiteral("visits") };

std::vector<double> row(const Table& t, std::size_t r, const QStringList& columns = kRefColumns)
{
    std::vector<double> out;
    for (const auto& c : columns)
        out.push_back(t.find(c)->numericAt(r));
    return out;
}

Table twoColumns(const char* a, const char* b, const std::vector<std::vector<double>>& rows)
{
    std::vector<double> x, y;
    for (const auto& r : rows) {
        x.push_back(r[0]);
        y.push_back(r[1]);
    }
    Table t;
    t.addColumn(Column::numeric(QString::fromLatin1(a), x));
    t.addColumn(Column::numeric(QString::fromLatin1(b), y));
    return t;
}

Table categories(const char* name, const std::vector<const char*>& values)
{
    std::vector<QString> v;
    std::vector<bool> missing;
    for (const char* s : values) {
        v.push_back(s ? QString::fromUtf8(s) : QString());
        missing.push_back(s == nullptr);
    }
    Table t;
    t.addColumn(Column::categoricalFromStrings(QString::fromLatin1(name), v, missing));
    return t;
}

} // namespace

void TestPrep::imputeAsSimpleImputer()
{
    struct Case
    {
        const char* strategy;
        std::vector<double> statistics;
    };
    const Case cases[] = {
        // SimpleImputer(strategy='mean').fit(train).statistics_
        { "mean", { 8.337500000000000e+04, 4.025000000000000e+01, 4.666666666666667e+00 } },
        // SimpleImputer(strategy='median').fit(train).statistics_
        { "median", { 5.65e+04, 3.95e+01, 4.00e+00 } },
        // SimpleImputer(strategy='most_frequent').fit(train).statistics_ (ties -> smallest)
        { "most_frequent", { 3.8e+04, 2.3e+01, 2.0e+00 } },
    };
    for (const Case& c : cases) {
        auto step = makeStep(
            QStringLiteral("impute"), { { QStringLiteral("strategy"), QString::fromLatin1(c.strategy) } });
        const Table out = fitStep(*step, referenceTrain());
        PP_COMPARE_NUMBERS(fittedNumbers(*step, QStringLiteral("values"), kRefColumns), c.statistics, 1e-15);
        QCOMPARE(out.find(QStringLiteral("income"))->missingCount(), std::size_t(0));
        const Table test = transformStep(*step, referenceTest());
        PP_COMPARE_NUMBERS(
            row(test, 3), (std::vector<double> { c.statistics[0], c.statistics[1], 4 }), 1e-15);
    }
    // SimpleImputer(strategy='most_frequent').fit([[3],[1],[3],[1],[2],[nan]]).statistics_ -> [1.]
    Table ties;
    ties.addColumn(Column::numeric(QStringLiteral("x"), { 3, 1, 3, 1, 2, NaN }));
    auto step = makeStep(
        QStringLiteral("impute"), { { QStringLiteral("strategy"), QStringLiteral("most_frequent") } });
    PP_COMPARE_NUMBERS(
        values(fitStep(*step, ties), QStringLiteral("x")), (std::vector<double> { 3, 1, 3, 1, 2, 1 }), 0);
}

void TestPrep::imputeCategoricalAndConstant()
{
    // SimpleImputer(strategy='most_frequent', missing_values=None).fit([b,a,b,a,c,None]) -> 'a'
    auto step
        = makeStep(QStringLiteral("impute"), { { QStringLiteral("strategy"), QStringLiteral("median") } });
    Table out = fitStep(*step, categories("tier", { "b", "a", "b", "a", "c", nullptr }));
    QCOMPARE(out.column(0).displayAt(5), QStringLiteral("a"));
    QCOMPARE(fitted(*step)[QStringLiteral("strategy")].toObject()[QStringLiteral("tier")].toString(),
        QStringLiteral("most_frequent"));
    // A category that only exists in new data's dictionary order still maps to 'a'.
    out = transformStep(*step, categories("tier", { nullptr, "z" }));
    QCOMPARE(out.column(0).displayAt(0), QStringLiteral("a"));
    QCOMPARE(out.column(0).displayAt(1), QStringLiteral("z"));

    auto constant = makeStep(QStringLiteral("impute"),
        { { QStringLiteral("strategy"), QStringLiteral("constant") },
            { QStringLiteral("fill_value"), QStringLiteral("-1") } });
    out = fitStep(*constant, referenceTrain());
    PP_COMPARE_NUMBERS(values(out, QStringLiteral("age")),
        (std::vector<double> { 34, 45, 29, -1, 52, 23, 41, 38, -1, 60 }), 0);
    out = fitStep(*constant, categories("tier", { "b", nullptr }));
    QCOMPARE(out.column(0).displayAt(1), QStringLiteral("-1"));

    auto bad = makeStep(QStringLiteral("impute"),
        { { QStringLiteral("strategy"), QStringLiteral("constant") },
            { QStringLiteral("fill_value"), QStringLiteral("abc") } });
    auto r = bad->fitTransform(referenceTrain(), {}, nullptr);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().message.contains(QLatin1String("'abc'")), qPrintable(r.error().message));

    // Booleans: the most frequent value, ties to false.
    Table b;
    b.addColumn(Column::boolean(QStringLiteral("member"), { 1, 0, kMissingBool, 1 }));
    auto bs = makeStep(QStringLiteral("impute"), {});
    QCOMPARE(fitStep(*bs, b).column(0).displayAt(2), QStringLiteral("true"));
}

void TestPrep::knnImputeAsKnnImputer()
{
    auto step = makeStep(QStringLiteral("knn_impute"),
        { { QStringLiteral("n_neighbors"), 2 }, { QStringLiteral("scale"), false },
            { QStringLiteral("max_donors"), 0 } });
    const Table train = fitStep(*step, referenceTrain());
    // KNNImputer(n_neighbors=2).fit(train).transform(train)
    const std::vector<std::vector<double>> expectedTrain = { { 5.2e+04, 3.4e+01, 3.0e+00 },
        { 6.1e+04, 4.5e+01, 7.0e+00 }, { 4.8e+04, 2.9e+01, 2.0e+00 }, { 4.5e+04, 3.5e+01, 5.0e+00 },
        { 9.8e+04, 5.2e+01, 3.0e+00 }, { 3.8e+04, 2.3e+01, 1.0e+00 }, { 4.8e+04, 4.1e+01, 4.0e+00 },
        { 7.2e+04, 3.8e+01, 6.0e+00 }, { 5.1e+04, 3.5e+01, 2.0e+00 }, { 2.5e+05, 6.0e+01, 1.2e+01 } };
    for (std::size_t r = 0; r < expectedTrain.size(); ++r)
        PP_COMPARE_NUMBERS(row(train, r), expectedTrain[r], 1e-12);
    // KNNImputer(n_neighbors=2).fit(train).transform(test)
    const Table test = transformStep(*step, referenceTest());
    const std::vector<std::vector<double>> expectedTest
        = { { 5.15e+04, 3.00e+01, 2.00e+00 }, { 8.00e+04, 3.50e+01, 9.00e+00 },
              { 4.00e+04, 7.00e+01, 3.00e+00 }, { 4.85e+04, 3.75e+01, 4.00e+00 } };
    for (std::size_t r = 0; r < expectedTest.size(); ++r)
        PP_COMPARE_NUMBERS(row(test, r), expectedTest[r], 1e-12);
    // Donors are the training rows: saved with the step.
    QCOMPARE(fitted(*step)[QStringLiteral("donors")].toArray().size(), 10);
}

void TestPrep::knnImputeScaled()
{
    auto step = makeStep(QStringLiteral("knn_impute"), { { QStringLiteral("n_neighbors"), 2 } });
    const Table train = fitStep(*step, referenceTrain());
    // KNNImputer(n_neighbors=2) on (x - nanmean(train)) / nanstd(train), mapped back
    const std::vector<std::vector<double>> expectedTrain = { { 5.20e+04, 3.40e+01, 3.00e+00 },
        { 6.10e+04, 4.50e+01, 7.00e+00 }, { 5.15e+04, 2.90e+01, 2.00e+00 }, { 4.50e+04, 3.95e+01, 5.00e+00 },
        { 9.80e+04, 5.20e+01, 4.50e+00 }, { 3.80e+04, 2.30e+01, 1.00e+00 }, { 5.85e+04, 4.10e+01, 4.00e+00 },
        { 7.20e+04, 3.80e+01, 6.00e+00 }, { 5.10e+04, 3.15e+01, 2.00e+00 },
        { 2.50e+05, 6.00e+01, 1.20e+01 } };
    for (std::size_t r = 0; r < expectedTrain.size(); ++r)
        PP_COMPARE_NUMBERS(row(train, r), expectedTrain[r], 1e-9);
    const Table test = transformStep(*step, referenceTest());
    const std::vector<std::vector<double>> expectedTest
        = { { 5.15e+04, 3.00e+01, 2.00e+00 }, { 8.00e+04, 4.85e+01, 9.00e+00 },
              { 4.00e+04, 7.00e+01, 3.50e+00 }, { 4.85e+04, 3.75e+01, 4.00e+00 } };
    for (std::size_t r = 0; r < expectedTest.size(); ++r)
        PP_COMPARE_NUMBERS(row(test, r), expectedTest[r], 1e-9);
    // The statistics used for the distance are the training ones (np.nanmean / np.nanstd).
    PP_COMPARE_NUMBERS(prepjson::toNumbers(fitted(*step)[QStringLiteral("stds")].toArray()),
        (std::vector<double> { 6.5356593967250163e+04, 1.1288821904875636e+01, 3.1972210155418130e+00 }),
        1e-14);
}

void TestPrep::standardScaleAsSklearn()
{
    auto step = makeStep(QStringLiteral("standard_scale"));
    fitStep(*step, referenceTrain());
    // StandardScaler().fit(train).mean_ / .scale_
    PP_COMPARE_NUMBERS(fittedNumbers(*step, QStringLiteral("mean"), kRefColumns),
        (std::vector<double> { 8.337500000000000e+04, 4.025000000000000e+01, 4.666666666666667e+00 }), 1e-15);
    PP_COMPARE_NUMBERS(fittedNumbers(*step, QStringLiteral("scale"), kRefColumns),
        (std::vector<double> { 6.5356593967250163e+04, 1.1288821904875636e+01, 3.1972210155418130e+00 }),
        1e-15);
    // StandardScaler().fit(train).transform(test)
    const Table test = transformStep(*step, referenceTest());
    PP_COMPARE_NUMBERS(values(test, QStringLiteral("income")),
        (std::vector<double> { NaN, -0.05163977794943223, -0.663666775868629, NaN }), 1e-14);
    PP_COMPARE_NUMBERS(values(test, QStringLiteral("age")),
        (std::vector<double> { -0.9079778285432096, NaN, 2.6353502828449256, NaN }), 1e-14);
    PP_COMPARE_NUMBERS(values(test, QStringLiteral("visits")),
        (std::vector<double> { -0.8340576562282992, 1.3553436913709858, NaN, -0.20851441405707485 }), 1e-14);

    // A constant column is divided by 1 (sklearn's _is_constant_feature), a single row too.
    Table constant;
    constant.addColumn(Column::numeric(QStringLiteral("c"), { 0.1, 0.1, 0.1 }));
    auto s2 = makeStep(QStringLiteral("standard_scale"));
    PP_COMPARE_NUMBERS(
        values(fitStep(*s2, constant), QStringLiteral("c")), (std::vector<double> { 0, 0, 0 }), 1e-15);
    QCOMPARE(fittedNumbers(*s2, QStringLiteral("scale"), { QStringLiteral("c") }).front(), 1.0);
}

void TestPrep::minMaxScaleAsSklearn()
{
    auto step = makeStep(QStringLiteral("minmax_scale"),
        { { QStringLiteral("feature_min"), -1.0 }, { QStringLiteral("feature_max"), 2.0 } });
    fitStep(*step, referenceTrain());
    // MinMaxScaler(feature_range=(-1, 2)).fit(train).transform(test)
    const Table test = transformStep(*step, referenceTest());
    PP_COMPARE_NUMBERS(values(test, QStringLiteral("income")),
        (std::vector<double> { NaN, -0.4056603773584906, -0.9716981132075472, NaN }), 1e-15);
    PP_COMPARE_NUMBERS(values(test, QStringLiteral("age")),
        (std::vector<double> { -0.43243243243243246, NaN, 2.8108108108108114, NaN }), 1e-15);
    PP_COMPARE_NUMBERS(values(test, QStringLiteral("visits")),
        (std::vector<double> { -0.7272727272727273, 1.1818181818181814, NaN, -0.18181818181818188 }), 1e-15);
    step->setParams({ { QStringLiteral("clip"), true } });
    fitStep(*step, referenceTrain());
    PP_COMPARE_NUMBERS(values(transformStep(*step, referenceTest()), QStringLiteral("age")),
        (std::vector<double> { -0.43243243243243246, NaN, 2.0, NaN }), 1e-15);
    auto bad = makeStep(QStringLiteral("minmax_scale"),
        { { QStringLiteral("feature_min"), 1.0 }, { QStringLiteral("feature_max"), 1.0 } });
    QVERIFY(!bad->fit(referenceTrain(), {}, nullptr).ok());
}

void TestPrep::robustScaleAsSklearn()
{
    auto step = makeStep(QStringLiteral("robust_scale"),
        { { QStringLiteral("quantile_low"), 10.0 }, { QStringLiteral("quantile_high"), 90.0 } });
    fitStep(*step, referenceTrain());
    // RobustScaler(quantile_range=(10, 90)).fit(train).center_ / .scale_
    PP_COMPARE_NUMBERS(fittedNumbers(*step, QStringLiteral("center"), kRefColumns),
        (std::vector<double> { 5.65e+04, 3.95e+01, 4.00e+00 }), 0);
    PP_COMPARE_NUMBERS(fittedNumbers(*step, QStringLiteral("scale"), kRefColumns),
        (std::vector<double> { 1.0069999999999997e+05, 2.7199999999999999e+01, 6.2000000000000002e+00 }),
        1e-15);
    // RobustScaler(quantile_range=(10, 90)).fit(train).transform(test)
    const Table test = transformStep(*step, referenceTest());
    PP_COMPARE_NUMBERS(values(test, QStringLiteral("income")),
        (std::vector<double> { NaN, 0.23336643495531287, -0.16385302879841118, NaN }), 1e-15);
    PP_COMPARE_NUMBERS(values(test, QStringLiteral("age")),
        (std::vector<double> { -0.349264705882353, NaN, 1.1213235294117647, NaN }), 1e-15);
    PP_COMPARE_NUMBERS(values(test, QStringLiteral("visits")),
        (std::vector<double> { -0.3225806451612903, 0.8064516129032258, NaN, 0.0 }), 1e-15);
}

void TestPrep::clipOutlierBounds()
{
    const QStringList income = { QStringLiteral("income") };
    // np.nanpercentile(income, [25, 75]) -> [49500., 78500.]: IQR fences 49500 - 1.5·29000, 78500 + 1.5·29000
    auto iqr = makeStep(QStringLiteral("clip_outliers"), { { QStringLiteral("columns"), income } });
    Table out = fitStep(*iqr, referenceTrain());
    PP_COMPARE_NUMBERS(
        fittedNumbers(*iqr, QStringLiteral("lower"), income), (std::vector<double> { 6000 }), 0);
    PP_COMPARE_NUMBERS(
        fittedNumbers(*iqr, QStringLiteral("upper"), income), (std::vector<double> { 122000 }), 0);
    QCOMPARE(values(out, QStringLiteral("income"))[9], 122000.0);
    QCOMPARE(values(out, QStringLiteral("income"))[0], 52000.0);
    // np.nanpercentile(income, [5, 95]) -> [40450., 196799.9999999999]
    auto pct = makeStep(QStringLiteral("clip_outliers"),
        { { QStringLiteral("columns"), income }, { QStringLiteral("method"), QStringLiteral("percentile") },
            { QStringLiteral("low"), 5.0 }, { QStringLiteral("high"), 95.0 } });
    out = fitStep(*pct, referenceTrain());
    PP_COMPARE_NUMBERS(
        fittedNumbers(*pct, QStringLiteral("lower"), income), (std::vector<double> { 40450.0 }), 1e-15);
    PP_COMPARE_NUMBERS(fittedNumbers(*pct, QStringLiteral("upper"), income),
        (std::vector<double> { 196799.9999999999 }), 1e-15);
    PP_COMPARE_NUMBERS(values(transformStep(*pct, referenceTest()), QStringLiteral("income")),
        (std::vector<double> { NaN, 80000, 40450, NaN }), 1e-15);
    // pandas: s.mean(), s.std() -> (83375.0, 69869.13788341336) (ddof = 1, as the Explore page);
    // bounds mean ± 2 std = [-56363.27576682673, 223113.27576682673]
    auto z = makeStep(QStringLiteral("clip_outliers"),
        { { QStringLiteral("columns"), income }, { QStringLiteral("method"), QStringLiteral("zscore") },
            { QStringLiteral("threshold"), 2.0 } });
    fitStep(*z, referenceTrain());
    PP_COMPARE_NUMBERS(fittedNumbers(*z, QStringLiteral("lower"), income),
        (std::vector<double> { -56363.27576682673 }), 1e-14);
    PP_COMPARE_NUMBERS(fittedNumbers(*z, QStringLiteral("upper"), income),
        (std::vector<double> { 223113.27576682673 }), 1e-14);
    // Modified z-score, pandas: med = s.median() = 56500, mad = (s - med).abs().median() = 13500;
    // bounds med ± 3.5 mad / 0.6745 = [-13551.890289103045, 126551.89028910304];
    // (0.6745 * (t - med) / mad).abs() > 3.5 on [NaN, 80000, 40000, NaN, 170000] flags only 170000.
    auto mad = makeStep(QStringLiteral("flag_outliers"),
        { { QStringLiteral("columns"), income }, { QStringLiteral("method"), QStringLiteral("mad") } });
    fitStep(*mad, referenceTrain());
    PP_COMPARE_NUMBERS(fittedNumbers(*mad, QStringLiteral("lower"), income),
        (std::vector<double> { -13551.890289103045 }), 1e-14);
    PP_COMPARE_NUMBERS(fittedNumbers(*mad, QStringLiteral("upper"), income),
        (std::vector<double> { 126551.89028910304 }), 1e-14);
    Table newRows;
    newRows.addColumn(Column::numeric(QStringLiteral("income"), { NaN, 80000, 40000, NaN, 170000 }));
    PP_COMPARE_NUMBERS(values(transformStep(*mad, newRows), QStringLiteral("income_outlier")),
        (std::vector<double> { 0, 0, 0, 0, 1 }), 0.0);
    auto bad = makeStep(QStringLiteral("clip_outliers"),
        { { QStringLiteral("method"), QStringLiteral("percentile") }, { QStringLiteral("low"), 90.0 },
            { QStringLiteral("high"), 10.0 } });
    QVERIFY(!bad->fit(referenceTrain(), {}, nullptr).ok());
}

void TestPrep::dropOutliersTrainOnly()
{
    auto step = makeStep(QStringLiteral("drop_outliers"),
        { { QStringLiteral("columns"), QStringList { QStringLiteral("income") } } });
    QVERIFY(step->trainOnly());
    auto r = step->fitTransform(referenceTrain(), {}, nullptr);
    QVERIFY(r.ok());
    QCOMPARE(r->rowCount(), std::size_t(9)); // 250000 is above the 122000 fence; missing incomes stay
    QCOMPARE(r.warnings().size(), std::size_t(1));
    QCOMPARE(r.warnings().front().kind, QStringLiteral("rows_dropped"));
}

void TestPrep::flagOutliersKeepsValues()
{
    // The IQR fences of clipOutlierBounds: [6000, 122000]; only 250000 (row 9) lies outside.
    auto step = makeStep(QStringLiteral("flag_outliers"),
        { { QStringLiteral("columns"), QStringList { QStringLiteral("income") } } });
    QVERIFY(!step->trainOnly());
    const Table out = fitStep(*step, referenceTrain());
    QCOMPARE(out.columnCount(), referenceTrain().columnCount() + 1);
    QCOMPARE(out.indexOf(QStringLiteral("income_outlier")), out.indexOf(QStringLiteral("income")) + 1);
    PP_COMPARE_NUMBERS(values(out, QStringLiteral("income_outlier")),
        (std::vector<double> { 0, 0, 0, 0, 0, 0, 0, 0, 0, 1 }), 0); // missing incomes: 0
    QCOMPARE(values(out, QStringLiteral("income"))[9], 250000.0); // the value is kept
    // Replayed with the training bounds: 80000 and 40000 are inside.
    PP_COMPARE_NUMBERS(values(transformStep(*step, referenceTest()), QStringLiteral("income_outlier")),
        (std::vector<double> { 0, 0, 0, 0 }), 0);
    // The flag's name must be free.
    Table taken = referenceTrain();
    taken.addColumn(Column::numeric(QStringLiteral("income_outlier"), std::vector<double>(taken.rowCount(), 0.0)));
    auto again = makeStep(QStringLiteral("flag_outliers"),
        { { QStringLiteral("columns"), QStringList { QStringLiteral("income") } } });
    const Status fitted = again->fit(taken, {}, nullptr);
    QVERIFY(!fitted.ok());
    QVERIFY(fitted.error().message.contains(QStringLiteral("income_outlier")));
}

// Lambdas: Brent's method stops once the bracket is within about 4·(1.48e-8·|λ| + 1e-11) of
// the optimum, and numpy's SIMD log/pow differ from glibc's in the last bit, so two faithful
// implementations agree to ~1e-7·max(1, |λ|), not to the last bit. Outputs inherit that.
// (scipy.optimize.brent run on the same likelihood written with math.log/math.pow and the
// compensated sums of prep_math.cpp returns -0.17788882160923608, bit for bit what the step
// returns, and -1.5906158461290758 for Yeo-Johnson column b: the transcription of scipy's
// bracket + Brent is exact.)
constexpr double kLambdaTol = 1e-7;
constexpr double kPowerTol = 1e-7;

void TestPrep::boxCoxAsPowerTransformer()
{
    const Table pos = twoColumns("a", "b",
        { { 1.2, 0.5 }, { 3.4, 2.0 }, { 0.8, 7.5 }, { 15.0, 1.1 }, { 2.2, 3.3 }, { 6.7, 0.9 }, { 1.9, 12.0 },
            { 4.4, 2.6 } });
    const Table posTest = twoColumns("a", "b", { { 2.0, 5.0 }, { 30.0, 0.2 } });
    const QStringList ab = { QStringLiteral("a"), QStringLiteral("b") };
    auto raw = makeStep(QStringLiteral("box_cox"), { { QStringLiteral("standardize"), false } });
    fitStep(*raw, pos);
    // stats.boxcox(pos[:, 0])[1] -> -0.17788881518423058;
    // PowerTransformer('box-cox', standardize=False).fit(pos).lambdas_
    PP_COMPARE_NUMBERS(fittedNumbers(*raw, QStringLiteral("lambda"), ab),
        (std::vector<double> { -0.17788881518423058, -0.10483471675393974 }), kLambdaTol);
    // PowerTransformer('box-cox', standardize=False).fit(pos).transform(pos_test)
    Table t = transformStep(*raw, posTest);
    PP_COMPARE_NUMBERS(values(t, QStringLiteral("a")),
        (std::vector<double> { 0.6521171337150805, 2.5518449268817176 }), kPowerTol);
    PP_COMPARE_NUMBERS(values(t, QStringLiteral("b")),
        (std::vector<double> { 1.4809864731603515, -1.7531836598652792 }), kPowerTol);
    // PowerTransformer('box-cox', standardize=True).fit(pos).transform(pos_test)
    auto standardized = makeStep(QStringLiteral("box_cox"));
    fitStep(*standardized, pos);
    t = transformStep(*standardized, posTest);
    PP_COMPARE_NUMBERS(values(t, QStringLiteral("a")),
        (std::vector<double> { -0.3883122612876618, 2.2439636766739515 }), kPowerTol);
    PP_COMPARE_NUMBERS(values(t, QStringLiteral("b")),
        (std::vector<double> { 0.8026949845112107, -2.732943709986208 }), kPowerTol);

    // Non-positive values: an error naming the column and the count, or missing on request.
    Table bad = posTest;
    bad.column(0).numbers() = { 0.0, -2.0 };
    auto r = standardized->transform(bad, nullptr);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().message.contains(QLatin1String("'a' has 2 value(s) of zero or less")),
        qPrintable(r.error().message));
    auto lenient = makeStep(
        QStringLiteral("box_cox"), { { QStringLiteral("on_invalid"), QStringLiteral("missing") } });
    fitStep(*lenient, pos);
    auto m = lenient->transform(bad, nullptr);
    QVERIFY(m.ok());
    QCOMPARE(m->column(0).missingCount(), std::size_t(2));
    QCOMPARE(m.warnings().size(), std::size_t(1));
}

void TestPrep::yeoJohnsonAsPowerTransformer()
{
    const Table mixed = twoColumns("a", "b",
        { { -3.5, 10.0 }, { 0.0, 12.5 }, { 2.5, 8.0 }, { 7.0, 30.0 }, { -1.0, 11.0 }, { 4.0, 9.5 },
            { 12.0, 55.0 }, { 1.5, 10.5 }, { -0.5, 14.0 } });
    const Table mixedTest = twoColumns("a", "b", { { -10.0, 20.0 }, { 3.0, 9.0 } });
    const QStringList ab = { QStringLiteral("a"), QStringLiteral("b") };
    auto raw = makeStep(QStringLiteral("yeo_johnson"), { { QStringLiteral("standardize"), false } });
    fitStep(*raw, mixed);
    // PowerTransformer('yeo-johnson', standardize=False).fit(mixed).lambdas_
    PP_COMPARE_NUMBERS(fittedNumbers(*raw, QStringLiteral("lambda"), ab),
        (std::vector<double> { 0.6801521737593819, -1.5906159316572561 }), kLambdaTol);
    // ... .transform(mixed_test)
    Table t = transformStep(*raw, mixedTest);
    PP_COMPARE_NUMBERS(values(t, QStringLiteral("a")),
        (std::vector<double> { -17.187855370245664, 2.3044745127257786 }), kPowerTol);
    PP_COMPARE_NUMBERS(values(t, QStringLiteral("b")),
        (std::vector<double> { 0.6237294481313475, 0.6125504285456254 }), kPowerTol);
    // PowerTransformer('yeo-johnson', standardize=True).fit(mixed).transform(mixed_test)
    auto standardized = makeStep(QStringLiteral("yeo_johnson"));
    fitStep(*standardized, mixed);
    t = transformStep(*standardized, mixedTest);
    PP_COMPARE_NUMBERS(values(t, QStringLiteral("a")),
        (std::vector<double> { -5.7250388936927745, 0.3268387960536637 }), kPowerTol);
    PP_COMPARE_NUMBERS(values(t, QStringLiteral("b")),
        (std::vector<double> { 1.0269459156697696, -1.0213562879507518 }), kPowerTol);
}

void TestPrep::oneHotAsSklearn()
{
    const Table train = categories(
        "channel", { "web", "app", "web", "store", "app", "web", "mail", "store", "web", "phone" });
    const Table test = categories("channel", { "app", "fax", "mail", "web" });
    auto plain = makeStep(QStringLiteral("onehot"));
    fitStep(*plain, train);
    const Table a = transformStep(*plain, test);
    // OneHotEncoder(handle_unknown='ignore').fit(channel).get_feature_names_out()
    // -> ['x0_app', 'x0_mail', 'x0_phone', 'x0_store', 'x0_web']
    QCOMPARE(a.columnNames(),
        (QStringList { "channel_app", "channel_mail", "channel_phone", "channel_store", "channel_web" }));
    // .transform(channel_test) -> [[1,0,0,0,0],[0,0,0,0,0],[0,1,0,0,0],[0,0,0,0,1]]
    PP_COMPARE_NUMBERS(values(a, QStringLiteral("channel_app")), (std::vector<double> { 1, 0, 0, 0 }), 0);
    PP_COMPARE_NUMBERS(values(a, QStringLiteral("channel_mail")), (std::vector<double> { 0, 0, 1, 0 }), 0);
    PP_COMPARE_NUMBERS(values(a, QStringLiteral("channel_web")), (std::vector<double> { 0, 0, 0, 1 }), 0);

    auto capped = makeStep(QStringLiteral("onehot"), { { QStringLiteral("max_categories"), 3 } });
    fitStep(*capped, train);
    const Table b = transformStep(*capped, test);
    // OneHotEncoder(handle_unknown='ignore', max_categories=3): ['x0_store', 'x0_web',
    // 'x0_infrequent_sklearn']
    QCOMPARE(b.columnNames(), (QStringList { "channel_store", "channel_web", "channel_other" }));
    // .transform(channel_test) -> [[0,0,1],[0,0,0],[0,0,1],[0,1,0]]
    PP_COMPARE_NUMBERS(values(b, QStringLiteral("channel_store")), (std::vector<double> { 0, 0, 0, 0 }), 0);
    PP_COMPARE_NUMBERS(values(b, QStringLiteral("channel_web")), (std::vector<double> { 0, 0, 0, 1 }), 0);
    PP_COMPARE_NUMBERS(values(b, QStringLiteral("channel_other")), (std::vector<double> { 1, 0, 1, 0 }), 0);

    // OneHotEncoder(drop='if_binary').fit([y, n, y]).get_feature_names_out() -> ['x0_y']
    auto binary
        = makeStep(QStringLiteral("onehot"), { { QStringLiteral("drop"), QStringLiteral("if_binary") } });
    const Table c = fitStep(*binary, categories("x", { "y", "n", "y" }));
    QCOMPARE(c.columnNames(), QStringList { QStringLiteral("x_y") });
    PP_COMPARE_NUMBERS(values(c, QStringLiteral("x_y")), (std::vector<double> { 1, 0, 1 }), 0);
}

void TestPrep::oneHotMissingAndDrop()
{
    // A missing value seen in training is a category of its own (sklearn's nan, last).
    Table t = categories("tier", { "b", nullptr, "a" });
    t.addColumn(Column::numeric(QStringLiteral("after"), { 1, 2, 3 }));
    auto step = makeStep(QStringLiteral("onehot"), { { QStringLiteral("drop"), QStringLiteral("first") } });
    const Table out = fitStep(*step, t);
    QCOMPARE(out.columnNames(), (QStringList { "tier_b", "tier_missing", "after" }));
    PP_COMPARE_NUMBERS(values(out, QStringLiteral("tier_missing")), (std::vector<double> { 0, 1, 0 }), 0);
    // Booleans are encoded by default; numbers only when chosen.
    Table mixed = mixedTable(30);
    auto dflt = makeStep(QStringLiteral("onehot"));
    const Table m = fitStep(*dflt, mixed);
    QVERIFY(m.find(QStringLiteral("member_true")) && m.find(QStringLiteral("channel_web")));
    QVERIFY(m.find(QStringLiteral("visits")) && m.find(QStringLiteral("buyer_yes")));
    auto numeric = makeStep(
        QStringLiteral("onehot"), { { QStringLiteral("columns"), QStringList { QStringLiteral("x") } } });
    Table nx;
    nx.addColumn(Column::numeric(QStringLiteral("x"), { 10, 2, 2.5, NaN }));
    QCOMPARE(fitStep(*numeric, nx).columnNames(), (QStringList { "x_2", "x_2.5", "x_10", "x_missing" }));
}

void TestPrep::interpolateAsPandas()
{
    Table t;
    t.addColumn(Column::numeric(QStringLiteral("day"), { 5, 1, 3, 2, 8, 4, 7, 6 }));
    t.addColumn(Column::numeric(QStringLiteral("spend"), { NaN, NaN, 30.0, 10.0, NaN, NaN, 80.0, 45.0 }));
    auto step = makeStep(QStringLiteral("interpolate"),
        { { QStringLiteral("columns"), QStringList { QStringLiteral("spend") } },
            { QStringLiteral("order_by"), QStringLiteral("day") } });
    // df.sort_values('day')['spend'].interpolate(method='linear', limit_direction='both'), original order
    PP_COMPARE_NUMBERS(values(fitStep(*step, t), QStringLiteral("spend")),
        (std::vector<double> { 40., 10., 30., 10., 80., 35., 80., 45. }), 0);
    // New data is filled from its own values only...
    Table other;
    other.addColumn(Column::numeric(QStringLiteral("day"), { 2, 1, 3 }));
    other.addColumn(Column::numeric(QStringLiteral("spend"), { NaN, 100.0, 200.0 }));
    PP_COMPARE_NUMBERS(values(transformStep(*step, other), QStringLiteral("spend")),
        (std::vector<double> { 150, 100, 200 }), 0);
    // ...and where it has none, with the training median (median of 30, 10, 80, 45 = 37.5).
    other.column(1).numbers() = { NaN, NaN, NaN };
    PP_COMPARE_NUMBERS(values(transformStep(*step, other), QStringLiteral("spend")),
        (std::vector<double> { 37.5, 37.5, 37.5 }), 0);
    QVERIFY(step->describe().contains(QLatin1String("37.5")));
}

void TestPrep::binAsKBinsDiscretizer()
{
    Table xb;
    xb.addColumn(Column::numeric(QStringLiteral("x"), { 1, 2, 2, 3, 5, 8, 13, 21, 34, 55 }));
    Table test;
    test.addColumn(Column::numeric(QStringLiteral("x"), { 0.0, 4.0, 20.9, 100.0, NaN }));
    struct Case
    {
        const char* strategy;
        std::vector<double> edges;
        std::vector<double> codes;
    };
    const Case cases[] = {
        // KBinsDiscretizer(n_bins=4, encode='ordinal', strategy='uniform').fit(xb).bin_edges_[0] /
        // .transform(xb_test)
        { "equal_width", { 1., 14.5, 28., 41.5, 55. }, { 0., 0., 1., 3., NaN } },
        // KBinsDiscretizer(n_bins=4, encode='ordinal', strategy='quantile')
        { "quantile", { 1., 2.25, 6.5, 19., 55. }, { 0., 1., 3., 3., NaN } },
    };
    for (const Case& c : cases) {
        auto step = makeStep(QStringLiteral("bin"),
            { { QStringLiteral("strategy"), QString::fromLatin1(c.strategy) },
                { QStringLiteral("n_bins"), 4 } });
        fitStep(*step, xb);
        PP_COMPARE_NUMBERS(
            prepjson::toNumbers(
                fitted(*step)[QStringLiteral("edges")].toObject()[QStringLiteral("x")].toArray()),
            c.edges, 1e-15);
        PP_COMPARE_NUMBERS(values(transformStep(*step, test), QStringLiteral("x")), c.codes, 0);
    }
    auto labels = makeStep(QStringLiteral("bin"),
        { { QStringLiteral("n_bins"), 4 }, { QStringLiteral("output"), QStringLiteral("label") } });
    fitStep(*labels, xb);
    const Table l = transformStep(*labels, test);
    QCOMPARE(l.column(0).type(), ColumnType::Categorical);
    QCOMPARE(l.column(0).displayAt(0), QStringLiteral("< 2.25"));
    QCOMPARE(l.column(0).displayAt(1), QStringLiteral("[2.25, 6.5)"));
    QCOMPARE(l.column(0).displayAt(3), QStringLiteral("≥ 19"));
    QVERIFY(l.column(0).isMissing(4));
}

void TestPrep::log1pAndSqrtDomains()
{
    Table t;
    t.addColumn(Column::numeric(QStringLiteral("x"), { -1.0, 4.0, -2.0, 9.0, NaN }));
    auto sq = makeStep(QStringLiteral("sqrt"));
    auto r = sq->fitTransform(t, {}, nullptr);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().message.contains(QLatin1String("'x' has 2 negative value(s)")),
        qPrintable(r.error().message));
    auto lg
        = makeStep(QStringLiteral("log1p"), { { QStringLiteral("on_invalid"), QStringLiteral("missing") } });
    r = lg->fitTransform(t, {}, nullptr);
    QVERIFY(r.ok());
    PP_COMPARE_NUMBERS(values(r.value(), QStringLiteral("x")),
        (std::vector<double> { NaN, std::log1p(4.0), NaN, std::log1p(9.0), NaN }), 0);
    QCOMPARE(r.warnings().size(), std::size_t(1));
    QVERIFY(r.warnings().front().detail.contains(QLatin1String("2 value(s) of -1 or less")));
    Table ok;
    ok.addColumn(Column::numeric(QStringLiteral("x"), { 0.0, 16.0 }));
    PP_COMPARE_NUMBERS(values(fitStep(*sq, ok), QStringLiteral("x")), (std::vector<double> { 0.0, 4.0 }), 0);
    r = sq->transform(t, nullptr); // fitted on valid data, new data has negatives: error
    QVERIFY(!r.ok());
}

void TestPrep::ordinalAndFrequency()
{
    auto ord = makeStep(QStringLiteral("ordinal"),
        { { QStringLiteral("column"), QStringLiteral("tier") },
            { QStringLiteral("order"), QStringList { "bronze", "silver", "gold" } } });
    const Table train = categories("tier", { "gold", "bronze", "platinum", "silver", nullptr });
    auto r = ord->fitTransform(train, {}, nullptr);
    QVERIFY(r.ok());
    PP_COMPARE_NUMBERS(
        values(r.value(), QStringLiteral("tier")), (std::vector<double> { 2, 0, NaN, 1, NaN }), 0);
    QCOMPARE(r.warnings().size(), std::size_t(1)); // platinum is not in the order
    ord->setParams({ { QStringLiteral("unknown"), QStringLiteral("minus_one") } });
    PP_COMPARE_NUMBERS(
        values(fitStep(*ord, train), QStringLiteral("tier")), (std::vector<double> { 2, 0, -1, 1, NaN }), 0);
    auto dup = makeStep(QStringLiteral("ordinal"),
        { { QStringLiteral("column"), QStringLiteral("tier") },
            { QStringLiteral("order"), QStringList { "a", "b", "a" } } });
    QVERIFY(!dup->fit(train, {}, nullptr).ok());
    auto sorted
        = makeStep(QStringLiteral("ordinal"), { { QStringLiteral("column"), QStringLiteral("tier") } });
    PP_COMPARE_NUMBERS(values(fitStep(*sorted, train), QStringLiteral("tier")),
        (std::vector<double> { 1, 0, 2, 3, NaN }), 0);

    // Shares of all 4 training rows: a 2/4, b 1/4; unknown -> 0, missing stays missing.
    auto freq = makeStep(QStringLiteral("frequency"));
    const Table f = fitStep(*freq, categories("c", { "a", "a", "b", nullptr }));
    PP_COMPARE_NUMBERS(values(f, QStringLiteral("c")), (std::vector<double> { 0.5, 0.5, 0.25, NaN }), 0);
    PP_COMPARE_NUMBERS(
        values(transformStep(*freq, categories("c", { "a", "z", nullptr })), QStringLiteral("c")),
        (std::vector<double> { 0.5, 0, NaN }), 0);
}

void TestPrep::targetEncodeOutOfFold()
{
    // Ten unique categories, targets 1, 2, 4, …, 512, no smoothing: a full-train encoding would
    // be each row's own target. Out of fold (5 folds of 2 rows), row i gets the mean of the 8
    // rows outside its fold: (1023 - y_i - y_j) / 8 for its fold partner j.
    std::vector<const char*> cats = { "c0", "c1", "c2", "c3", "c4", "c5", "c6", "c7", "c8", "c9" };
    Table train = categories("cat", cats);
    std::vector<double> y;
    for (int i = 0; i < 10; ++i)
        y.push_back(std::ldexp(1.0, i));
    train.addColumn(Column::numeric(QStringLiteral("spend"), y));
    FitInfo info;
    info.targets = { QStringLiteral("spend") };
    info.seed = 3;
    auto step = makeStep(QStringLiteral("target_encode"), { { QStringLiteral("smoothing"), 0.0 } });
    const std::vector<double> enc = values(fitStep(*step, train, info), QStringLiteral("cat"));
    for (int i = 0; i < 10; ++i) {
        QVERIFY(enc[static_cast<std::size_t>(i)] != y[static_cast<std::size_t>(i)]);
        int partners = 0;
        for (int j = 0; j < 10; ++j) {
            if (j == i)
                continue;
            const double expected
                = (1023.0 - y[static_cast<std::size_t>(i)] - y[static_cast<std::size_t>(j)]) / 8.0;
            if (enc[static_cast<std::size_t>(i)] == expected && enc[static_cast<std::size_t>(j)] == expected)
                ++partners;
        }
        QCOMPARE(partners, 1);
    }
    // Other data: full-training statistics; unknown -> prior 1023 / 10.
    Table test = categories("cat", { "c3", "zz", nullptr });
    PP_COMPARE_NUMBERS(values(transformStep(*step, test), QStringLiteral("cat")),
        (std::vector<double> { 8.0, 102.3, 102.3 }), 1e-15);
    // Smoothing m = 2: (1·8 + 2·102.3) / (1 + 2)
    step->setParams({ { QStringLiteral("smoothing"), 2.0 } });
    fitStep(*step, train, info);
    PP_COMPARE_NUMBERS(values(transformStep(*step, test), QStringLiteral("cat")),
        (std::vector<double> { (8.0 + 2 * 102.3) / 3.0, 102.3, 102.3 }), 1e-14);
    // No target: a clear error.
    QVERIFY(!step->fit(train, FitInfo(), nullptr).ok());
}

void TestPrep::targetEncodeMulticlass()
{
    Table train = categories("cat", { "x", "x", "x", "y", "y", "y" });
    train.addColumn(
        Column::categoricalFromStrings(QStringLiteral("segment"), { "a", "a", "b", "c", "c", "b" }));
    FitInfo info;
    info.targets = { QStringLiteral("segment") };
    info.task = Task::Multiclass;
    auto step = makeStep(QStringLiteral("target_encode"),
        { { QStringLiteral("smoothing"), 0.0 }, { QStringLiteral("folds"), 3 } });
    const Table out = fitStep(*step, train, info);
    QCOMPARE(out.columnNames(), (QStringList { "cat_a", "cat_b", "cat_c", "segment" }));
    const Table test = transformStep(*step, categories("cat", { "x", "q" }));
    // x: a 2/3, b 1/3, c 0; unknown: the class shares 2/6 each.
    PP_COMPARE_NUMBERS(
        values(test, QStringLiteral("cat_a")), (std::vector<double> { 2.0 / 3.0, 2.0 / 6.0 }), 1e-15);
    PP_COMPARE_NUMBERS(
        values(test, QStringLiteral("cat_b")), (std::vector<double> { 1.0 / 3.0, 2.0 / 6.0 }), 1e-15);
    PP_COMPARE_NUMBERS(
        values(test, QStringLiteral("cat_c")), (std::vector<double> { 0.0, 2.0 / 6.0 }), 1e-15);

    Table clash = train;
    clash.addColumn(Column::numeric(QStringLiteral("cat_b"), { 1, 2, 3, 4, 5, 6 }));
    auto r = step->fit(clash, info, nullptr);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().message.contains(QLatin1String("'cat_b' already exists")), qPrintable(r.error().message));

    // Binary: the share of the second class in sorted order ("yes").
    Table bin = categories("cat", { "x", "x", "y", "y" });
    bin.addColumn(Column::categoricalFromStrings(QStringLiteral("buyer"), { "yes", "no", "no", "no" }));
    info.targets = { QStringLiteral("buyer") };
    info.task = Task::Binary;
    auto b = makeStep(QStringLiteral("target_encode"),
        { { QStringLiteral("smoothing"), 0.0 }, { QStringLiteral("folds"), 2 } });
    fitStep(*b, bin, info);
    PP_COMPARE_NUMBERS(values(transformStep(*b, categories("cat", { "x", "y" })), QStringLiteral("cat")),
        (std::vector<double> { 0.5, 0.0 }), 0);
}

void TestPrep::columnSteps()
{
    FitInfo info;
    info.targets = { QStringLiteral("visits") };
    auto keep = makeStep(QStringLiteral("select_columns"),
        { { QStringLiteral("columns"), QStringList { QStringLiteral("income") } } });
    QCOMPARE(fitStep(*keep, referenceTrain(), info).columnNames(),
        (QStringList { "income", "visits" })); // target kept
    Table noTarget = referenceTest();
    noTarget.removeColumn(2);
    QCOMPARE(transformStep(*keep, noTarget).columnNames(), QStringList { QStringLiteral("income") });
    Table withId = referenceTrain();
    withId.column(1).setRole(ColumnRole::Id);
    QCOMPARE(
        fitStep(*keep, withId, info).columnNames(), (QStringList { "income", "age", "visits" })); // id kept
    auto drop = makeStep(QStringLiteral("select_columns"),
        { { QStringLiteral("mode"), QStringLiteral("drop") },
            { QStringLiteral("columns"), QStringList { QStringLiteral("age") } } });
    QCOMPARE(fitStep(*drop, referenceTrain()).columnNames(), (QStringList { "income", "visits" }));
    auto dropTarget = makeStep(QStringLiteral("select_columns"),
        { { QStringLiteral("mode"), QStringLiteral("drop") },
            { QStringLiteral("columns"), QStringList { QStringLiteral("visits") } } });
    QVERIFY(!dropTarget->fit(referenceTrain(), info, nullptr).ok());

    auto rename = makeStep(QStringLiteral("rename_column"),
        { { QStringLiteral("column"), QStringLiteral("age") },
            { QStringLiteral("new_name"), QStringLiteral("years") } });
    QCOMPARE(fitStep(*rename, referenceTrain()).columnNames(), (QStringList { "income", "years", "visits" }));
    auto clash = makeStep(QStringLiteral("rename_column"),
        { { QStringLiteral("column"), QStringLiteral("age") },
            { QStringLiteral("new_name"), QStringLiteral("income") } });
    QVERIFY(!clash->fit(referenceTrain(), {}, nullptr).ok());

    Table text;
    text.addColumn(
        Column::text(QStringLiteral("amount"), { "12.5", "n/a", "7", "" }, { false, false, false, true }));
    auto conv = makeStep(QStringLiteral("change_type"),
        { { QStringLiteral("columns"), QStringList { QStringLiteral("amount") } },
            { QStringLiteral("to"), QStringLiteral("numeric") } });
    auto r = conv->fitTransform(text, {}, nullptr);
    QVERIFY(r.ok());
    PP_COMPARE_NUMBERS(
        values(r.value(), QStringLiteral("amount")), (std::vector<double> { 12.5, NaN, 7, NaN }), 0);
    QCOMPARE(r.warnings().size(), std::size_t(1));
    QCOMPARE(r.warnings().front().kind, QStringLiteral("conversion_lost"));
    QVERIFY2(conv->describe().contains(QLatin1String("1 value(s) could not be converted")),
        qPrintable(conv->describe()));

    auto role = makeStep(QStringLiteral("set_role"),
        { { QStringLiteral("columns"), QStringList { QStringLiteral("age") } },
            { QStringLiteral("role"), QStringLiteral("id") } });
    const Table roled = fitStep(*role, referenceTrain());
    QCOMPARE(roled.find(QStringLiteral("age"))->role(), ColumnRole::Id);
    QCOMPARE(roled.columnCount(), std::size_t(3)); // kept, only flagged
    // Later steps leave non-feature columns alone by default.
    auto scale = makeStep(QStringLiteral("standard_scale"));
    const Table scaled = fitStep(*scale, roled);
    PP_COMPARE_NUMBERS(
        values(scaled, QStringLiteral("age")), values(referenceTrain(), QStringLiteral("age")), 0);
}

void TestPrep::missingRowsColumnsIndicator()
{
    const QStringList incomeAge = { QStringLiteral("income"), QStringLiteral("age") };
    auto any = makeStep(QStringLiteral("drop_missing_rows"), { { QStringLiteral("columns"), incomeAge } });
    QCOMPARE(fitStep(*any, referenceTrain()).rowCount(), std::size_t(6)); // rows 2, 3, 6, 8 go
    auto all = makeStep(QStringLiteral("drop_missing_rows"),
        { { QStringLiteral("columns"), incomeAge }, { QStringLiteral("how"), QStringLiteral("all") } });
    QCOMPARE(fitStep(*all, referenceTrain()).rowCount(), std::size_t(10)); // no row lacks both
    auto every = makeStep(QStringLiteral("drop_missing_rows"));
    QCOMPARE(fitStep(*every, referenceTrain()).rowCount(), std::size_t(5)); // row 4 lacks visits too
    auto r = every->transform(referenceTest(), nullptr);
    QCOMPARE(r->rowCount(), std::size_t(0));
    QCOMPARE(r.warnings().front().kind, QStringLiteral("rows_dropped"));

    // Shares on the training rows: income 0.2, age 0.2, visits 0.1.
    auto sparse = makeStep(QStringLiteral("drop_sparse_columns"), { { QStringLiteral("threshold"), 0.15 } });
    QCOMPARE(fitStep(*sparse, referenceTrain()).columnNames(), QStringList { QStringLiteral("visits") });
    QCOMPARE(transformStep(*sparse, referenceTest()).columnNames(), QStringList { QStringLiteral("visits") });
    auto keepAll = makeStep(QStringLiteral("drop_sparse_columns"), { { QStringLiteral("threshold"), 0.2 } });
    QCOMPARE(fitStep(*keepAll, referenceTrain()).columnCount(), std::size_t(3)); // not above 0.2

    Table t = referenceTrain();
    t.addColumn(Column::numeric(QStringLiteral("full"), { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 }));
    auto ind = makeStep(QStringLiteral("missing_indicator"));
    const Table out = fitStep(*ind, t);
    QCOMPARE(out.columnNames(),
        (QStringList { "income", "income_was_missing", "age", "age_was_missing", "visits",
            "visits_was_missing", "full" }));
    PP_COMPARE_NUMBERS(values(out, QStringLiteral("income_was_missing")),
        (std::vector<double> { 0, 0, 1, 0, 0, 0, 1, 0, 0, 0 }), 0);
    Table test = referenceTest();
    test.addColumn(Column::numeric(QStringLiteral("full"), { NaN, 1, 2, 3 }));
    const Table o2 = transformStep(*ind, test);
    QVERIFY(!o2.find(QStringLiteral("full_was_missing"))); // complete in training: no flag
    PP_COMPARE_NUMBERS(
        values(o2, QStringLiteral("visits_was_missing")), (std::vector<double> { 0, 0, 1, 0 }), 0);
}

void TestPrep::iforestDropsAnomalies()
{
    // 200 points near the origin and 4 far away; contamination 2 % flags the 4.
    SplitMix64 rng(17);
    std::vector<double> x, y;
    for (int i = 0; i < 200; ++i) {
        x.push_back(rng.uniform() - 0.5);
        y.push_back(rng.uniform() - 0.5);
    }
    for (double v : { 8.0, -9.0, 10.0, -7.5 }) {
        x.push_back(v);
        y.push_back(-v);
    }
    y[3] = NaN; // imputed with the training median for scoring
    Table t;
    t.addColumn(Column::numeric(QStringLiteral("x"), x));
    t.addColumn(Column::numeric(QStringLiteral("y"), y));
    Pipeline p;
    p.append(makeStep(QStringLiteral("iforest_drop"), { { QStringLiteral("contamination"), 4.0 / 204.0 } }));
    auto fitted = p.fitTransform(t, FitInfo());
    QVERIFY2(fitted.ok(), qPrintable(fitted.error().message));
    QCOMPARE(fitted->rowCount(), std::size_t(200));
    for (double v : values(fitted.value(), QStringLiteral("x")))
        QVERIFY(std::fabs(v) < 1.0);
    QCOMPARE(p.transform(t)->rowCount(), std::size_t(204)); // train-only
    QVERIFY(p.step(0).describe().contains(QLatin1String("training rows only")));
}

void TestPrep::iforestFlagKeepsRowsAndSeeds()
{
    // The data of iforestDropsAnomalies: 200 points near the origin and 4 far away.
    SplitMix64 rng(17);
    std::vector<double> x, y;
    for (int i = 0; i < 200; ++i) {
        x.push_back(rng.uniform() - 0.5);
        y.push_back(rng.uniform() - 0.5);
    }
    for (double v : { 8.0, -9.0, 10.0, -7.5 }) {
        x.push_back(v);
        y.push_back(-v);
    }
    y[3] = NaN;
    Table t;
    t.addColumn(Column::numeric(QStringLiteral("x"), x));
    t.addColumn(Column::numeric(QStringLiteral("y"), y));
    const double share = 4.0 / 204.0;
    const std::vector<double> planted = [] {
        std::vector<double> v(204, 0.0);
        for (std::size_t r = 200; r < 204; ++r)
            v[r] = 1.0;
        return v;
    }();

    // Flag: every row stays, a 0/1 column iforest_outlier marks the planted four.
    Pipeline p;
    p.append(makeStep(QStringLiteral("iforest_flag"), { { QStringLiteral("contamination"), share } }));
    QVERIFY(!p.step(0).trainOnly());
    QCOMPARE(p.step(0).params().value(QStringLiteral("seed")).toInt(), -1);
    auto fitted = p.fitTransform(t, FitInfo());
    QVERIFY2(fitted.ok(), qPrintable(fitted.error().message));
    QCOMPARE(fitted->rowCount(), std::size_t(204));
    QCOMPARE(fitted->columnCount(), std::size_t(3));
    QCOMPARE(fitted->column(2).name(), QStringLiteral("iforest_outlier"));
    QCOMPARE(fitted->column(2).type(), ColumnType::Numeric);
    PP_COMPARE_NUMBERS(values(fitted.value(), QStringLiteral("iforest_outlier")), planted, 0);
    QVERIFY(p.step(0).describe().contains(QLatin1String("iforest_outlier")));
    // Not train-only: other data keeps its rows and gets the column, scored by the fitted forest.
    Table other = t.takeRows({ 0, 1, 2, 201 });
    auto replay = p.transform(other);
    QVERIFY2(replay.ok(), qPrintable(replay.error().message));
    PP_COMPARE_NUMBERS(values(replay.value(), QStringLiteral("iforest_outlier")),
        (std::vector<double> { 0, 0, 0, 1 }), 0);
    // A column of that name already there is an error naming it.
    auto twice = p.transform(fitted.value());
    QVERIFY(!twice.ok());
    QVERIFY2(twice.error().message.contains(QLatin1String("'iforest_outlier' already exists")),
        qPrintable(twice.error().message));

    // seed: an explicit seed gives the same forest whatever the pipeline's seed ...
    const auto forestState = [&](const QString& kind, int seed, quint64 pipelineSeed) {
        auto step = makeStep(kind, { { QStringLiteral("contamination"), share }, { QStringLiteral("seed"), seed } });
        FitInfo info;
        info.seed = pipelineSeed;
        fitStep(*step, t, info);
        return step->fittedState().value(QStringLiteral("forest")).toObject();
    };
    QCOMPARE(forestState(QStringLiteral("iforest_flag"), 5, 1), forestState(QStringLiteral("iforest_flag"), 5, 2));
    QVERIFY(forestState(QStringLiteral("iforest_flag"), 5, 1) != forestState(QStringLiteral("iforest_flag"), 6, 1));
    QCOMPARE(forestState(QStringLiteral("iforest_drop"), 5, 1), forestState(QStringLiteral("iforest_flag"), 5, 9));
    // ... and -1 derives it from the pipeline's seed.
    QVERIFY(forestState(QStringLiteral("iforest_drop"), -1, 1) != forestState(QStringLiteral("iforest_drop"), -1, 2));
    QCOMPARE(forestState(QStringLiteral("iforest_drop"), -1, 3), forestState(QStringLiteral("iforest_drop"), -1, 3));

    // With the seed of the Explore page's Isolation Forest (core forestOutliers) on the same
    // rows, the step flags exactly the rows the page flags.
    IsolationForestOptions options;
    options.seed = 1234;
    options.contamination = 0.05;
    Result<ForestOutliers> core = forestOutliers(t, { 0, 1 }, options);
    QVERIFY(core.ok());
    auto same = makeStep(QStringLiteral("iforest_flag"),
        { { QStringLiteral("contamination"), 0.05 }, { QStringLiteral("seed"), 1234 } });
    const Table flagged = fitStep(*same, t);
    const std::vector<double> coreFlags(core->flags.begin(), core->flags.end());
    PP_COMPARE_NUMBERS(values(flagged, QStringLiteral("iforest_outlier")), coreFlags, 0);
    QCOMPARE(same->fittedState().value(QStringLiteral("forest")).toObject().value(QStringLiteral("threshold")).toDouble(),
        core->threshold);

    // A pipeline saved before `seed` existed still loads (seed -1) and refits.
    auto old = Pipeline::fromJson(QJsonObject { { QStringLiteral("version"), 1 },
        { QStringLiteral("steps"),
            QJsonArray { QJsonObject { { QStringLiteral("kind"), QStringLiteral("iforest_drop") },
                { QStringLiteral("params"),
                    QJsonObject { { QStringLiteral("contamination"), share },
                        { QStringLiteral("trees"), 100 } } } } } } });
    QVERIFY2(old.ok(), qPrintable(old.error().message));
    QCOMPARE(old->step(0).params().value(QStringLiteral("seed")).toInt(), -1);
    auto refit = old->fitTransform(t, FitInfo());
    QVERIFY2(refit.ok(), qPrintable(refit.error().message));
    QCOMPARE(refit->rowCount(), std::size_t(200));
}

void TestPrep::describeShowsFittedValues()
{
    auto step = makeStep(QStringLiteral("impute"),
        { { QStringLiteral("columns"), QStringList { QStringLiteral("income") } } });
    QCOMPARE(step->describe(), QStringLiteral("Impute income with median"));
    fitStep(*step, referenceTrain());
    QCOMPARE(step->describe(), QStringLiteral("Impute income with median (56,500)"));
    Table t;
    t.addColumn(Column::numeric(QStringLiteral("Income"), { 51381.0, 51382.0, NaN }));
    step->setParams({ { QStringLiteral("columns"), QStringList { QStringLiteral("Income") } } });
    fitStep(*step, t);
    QCOMPARE(step->describe(), QStringLiteral("Impute Income with median (51,381.5)"));
    QCOMPARE(describeNumber(0.000123456), QStringLiteral("0.000123456"));
    QCOMPARE(describeNumber(-2.5), QStringLiteral("-2.5"));
    QCOMPARE(describeNumber(1234567.0), QStringLiteral("1,234,567"));
}
