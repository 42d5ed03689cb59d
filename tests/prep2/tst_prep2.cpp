// Construction and selection steps; shared helpers. Reference numbers: data/reference.py.
#include "tst_prep2.h"

#include "prep/construct_steps.h"
#include "prep/expression.h"
#include "prep/mutual_info.h"
#include "prep/pipeline.h"
#include "prep/resample_steps.h"
#include "prep/select_steps.h"
#include "prep/sequence_windows_step.h"
#include "prep/text_steps.h"

#include <QtTest>

#include <ctime>
#include <limits>

using namespace pp;

namespace prep2test {

Table formulaTable(int n)
{
    // Same formulas as formula_data() in reference.py; std::sin/std::pow are glibc's, as
    // Python's math module.
    std::vector<double> x1, x2, x3, y, cls;
    for (int i = 0; i < n; ++i) {
        const double a = std::sin(0.37 * i) + 0.01 * i;
        const double b = std::pow(std::cos(0.11 * i), 3);
        const double t = std::sin(i * 12.9898) * 43758.5453;
        const double d = t - std::floor(t);
        x1.push_back(a);
        x2.push_back(b);
        x3.push_back(d);
        y.push_back(a * a + 2.0 * d + 0.5 * b + 0.1 * std::sin(1.7 * i));
        cls.push_back(b > 0.5 ? 2 : (a + 2 * d > 1.5 ? 1 : 0));
    }
    Table table;
    table.addColumn(Column::numeric(QStringLiteral("x1"), x1));
    table.addColumn(Column::numeric(QStringLiteral("x2"), x2));
    table.addColumn(Column::numeric(QStringLiteral("x3"), x3));
    table.addColumn(Column::numeric(QStringLiteral("y"), y));
    table.addColumn(Column::numeric(QStringLiteral("cls"), cls));
    return table;
}

std::vector<double> values(const Table& t, const QString& column)
{
    const Column* c = t.find(column);
    if (!c)
        return {};
    std::vector<double> out(c->size());
    for (std::size_t i = 0; i < out.size(); ++i)
        out[i] = c->numericAt(i);
    return out;
}

FitInfo fitInfo(const QStringList& targets, Task task, quint64 seed)
{
    FitInfo info;
    info.targets = targets;
    info.task = task;
    info.seed = seed;
    return info;
}

std::unique_ptr<Step> makeStep(const QString& kind)
{
    if (kind == QLatin1String("combine")) return std::make_unique<CombineStep>();
    if (kind == QLatin1String("power")) return std::make_unique<PowerStep>();
    if (kind == QLatin1String("date_parts")) return std::make_unique<DatePartsStep>();
    if (kind == QLatin1String("expression")) return std::make_unique<ExpressionStep>();
    if (kind == QLatin1String("variance_threshold")) return std::make_unique<VarianceThresholdStep>();
    if (kind == QLatin1String("select_k_best")) return std::make_unique<SelectKBestStep>();
    if (kind == QLatin1String("drop_correlated")) return std::make_unique<DropCorrelatedStep>();
    if (kind == QLatin1String("manual_select")) return std::make_unique<ManualSelectStep>();
    if (kind == QLatin1String("text_vectorize")) return std::make_unique<TextVectorizeStep>();
    if (kind == QLatin1String("text_sequence")) return std::make_unique<TextSequenceStep>();
    if (kind == QLatin1String("sequence_windows")) return std::make_unique<SequenceWindowsStep>();
    if (kind == QLatin1String("random_oversample")) return std::make_unique<RandomOversampleStep>();
    if (kind == QLatin1String("random_undersample")) return std::make_unique<RandomUndersampleStep>();
    if (kind == QLatin1String("smote")) return std::make_unique<SmoteStep>();
    if (kind == QLatin1String("class_weights")) return std::make_unique<ClassWeightsStep>();
    return nullptr;
}

bool setUp(Step& step, const QVariantMap& params, const Table& train, const FitInfo& info)
{
    const Status set = step.setParams(params);
    if (!set.ok()) {
        qWarning("setParams: %s", qPrintable(set.error().message));
        return false;
    }
    const Status fitted = step.fit(train, info, nullptr);
    if (!fitted.ok()) {
        qWarning("fit: %s", qPrintable(fitted.error().message));
        return false;
    }
    return true;
}

bool near(double a, double b, double tolerance)
{
    if (std::isnan(a) || std::isnan(b))
        return std::isnan(a) && std::isnan(b);
    if (std::isinf(a) || std::isinf(b))
        return a == b;
    return std::fabs(a - b) <= tolerance * std::max(1.0, std::fabs(b));
}

} // namespace prep2test

using namespace prep2test;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

Table abTable()
{
    Table t;
    t.addColumn(Column::numeric(QStringLiteral("a"), {1.0, 2.0, -3.0, 0.0, kNaN}));
    t.addColumn(Column::numeric(QStringLiteral("b"), {4.0, 0.5, 2.0, 0.0, 1.0}));
    return t;
}

void compareVectors(const std::vector<double>& got, const std::vector<double>& want, double tolerance = 1e-12)
{
    QCOMPARE(got.size(), want.size());
    for (std::size_t i = 0; i < got.size(); ++i)
        QVERIFY2(near(got[i], want[i], tolerance),
                 qPrintable(QStringLiteral("element %1: got %2, want %3").arg(i).arg(got[i], 0, 'g', 17).arg(want[i], 0, 'g', 17)));
}

std::vector<double> evaluate(const QString& text, const Table& t)
{
    auto e = Expression::parse(text, t.columnNames());
    if (!e.ok()) {
        qWarning("%s", qPrintable(e.error().message));
        return {};
    }
    std::vector<std::vector<double>> inputs;
    for (const QString& c : e->columns())
        inputs.push_back(values(t, c));
    return e->evaluate(inputs, t.rowCount());
}

} // namespace

// ---------------------------------------------------------------------------------------------
// construct

void TestPrep2::expressionValues()
{
    const Table t = abTable();
    // a = [1, 2, -3, 0, nan], b = [4, .5, 2, 0, 1]; numpy in reference.py:
    // np.log1p(np.abs(a)) * 2 - b / np.maximum(b, 1)
    compareVectors(evaluate(QStringLiteral("log1p(abs(a))*2 - b/max(b,1)"), t),
                   {0.3862943611198906, 1.6972245773362191, 1.7725887222397811, 0.0, kNaN});
    // np.where(a >= 1, a ** 2, -a), except that a missing condition stays missing here
    compareVectors(evaluate(QStringLiteral("if(a >= 1, a^2, -a)"), t), {1, 4, 3, -0.0, kNaN});
    // -2 ** 2 + 2 ** -1 + np.sqrt(b): '^' binds tighter than unary minus, as Python's **
    compareVectors(evaluate(QStringLiteral("-2^2 + 2^-1 + sqrt(b)"), t),
                   {-1.5, -2.7928932188134525, -2.085786437626905, -3.5, -2.5});
    // Missing values propagate through comparisons, min/max and x^0 (documented) ...
    compareVectors(evaluate(QStringLiteral("max(a, 1)"), t), {1, 2, 1, 1, kNaN});
    compareVectors(evaluate(QStringLiteral("(a > 0) + a^0"), t), {2, 2, 1, 1, kNaN});
    // ... but if() only looks at the branch it takes (row 5: b = 1 so the else branch 7).
    compareVectors(evaluate(QStringLiteral("if(b > 1, a, 7)"), t), {1, 7, -3, 7, 7});
    compareVectors(evaluate(QStringLiteral("a > 0 and b < 3 or a = -3"), t), {0, 1, 1, 0, kNaN});
    compareVectors(evaluate(QStringLiteral("a / b"), t), {0.25, 4, -1.5, kNaN, kNaN});
    compareVectors(evaluate(QStringLiteral("2 * (3 + 4) - 10 / 4 + 1.5e1 + .5"), t), {27, 27, 27, 27, 27});

    Table named;
    named.addColumn(Column::numeric(QStringLiteral("Order Total"), {10, 20}));
    named.addColumn(Column::numeric(QString::fromUtf8("收入"), {3, 5}));
    compareVectors(evaluate(QString::fromUtf8("[Order Total] * 2 + 收入"), named), {23, 45});
}

void TestPrep2::expressionErrors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown-column") << "a + 2 * x" << "unknown column 'x' at position 9";
    QTest::newRow("missing-paren-call") << "log(a + b * 2" << "missing ')' at position 14";
    QTest::newRow("missing-paren-group") << "(a + b" << "missing ')' at position 7";
    QTest::newRow("dangling-operator") << "a + " << "unexpected end of expression at position 5";
    QTest::newRow("bad-character") << "a # b" << "unexpected character '#' at position 3";
    QTest::newRow("unknown-function") << "foo(a)" << "unknown function 'foo' at position 1";
    QTest::newRow("arity") << "b * log(a, b)" << "log() takes 1 argument(s), got 2, at position 5";
    QTest::newRow("arity-variadic") << "min(a)" << "min() takes at least 2 argument(s), got 1, at position 1";
    QTest::newRow("unclosed-bracket") << "a + [Order Total" << "missing ']' for the column name at position 5";
    QTest::newRow("two-operands") << "a b" << "unexpected 'b' at position 3";
    QTest::newRow("operand-missing") << "a + )" << "unexpected ')' at position 5";
    QTest::newRow("unmatched-paren") << "a)" << "unmatched ')' at position 2";
    QTest::newRow("empty") << "   " << "the expression is empty.";
}

void TestPrep2::expressionErrors()
{
    QFETCH(QString, text);
    QFETCH(QString, message);
    const auto e = Expression::parse(text, {QStringLiteral("a"), QStringLiteral("b")});
    QVERIFY(!e.ok());
    QCOMPARE(e.error().message, message);
}

void TestPrep2::expressionStepNamesColumn()
{
    ExpressionStep step;
    QVERIFY(setUp(step, {{QStringLiteral("expression"), QStringLiteral("a * b")}, {QStringLiteral("output"), QStringLiteral("ab")}},
                  abTable(), fitInfo()));
    auto ok = step.transform(abTable(), nullptr);
    QVERIFY(ok.ok());
    compareVectors(values(ok.value(), QStringLiteral("ab")), {4, 1, -6, 0, kNaN});
    Table lacking;
    lacking.addColumn(Column::numeric(QStringLiteral("a"), {1.0}));
    auto bad = step.transform(lacking, nullptr);
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error().message, QStringLiteral("Expression: unknown column 'b' at position 5"));
    // A text column in a formula is refused with the column's name.
    Table text = abTable();
    text.addColumn(Column::text(QStringLiteral("note"), {"x", "y", "z", "w", "v"}));
    ExpressionStep onText;
    QVERIFY(onText.setParams({{QStringLiteral("expression"), QStringLiteral("a + note")}}).ok());
    const Status refused = onText.fit(text, fitInfo(), nullptr);
    QVERIFY(!refused.ok());
    QVERIFY(refused.error().message.contains(QLatin1String("'note'")));
}

void TestPrep2::combine()
{
    Table t;
    t.addColumn(Column::numeric(QStringLiteral("a"), {1.0, 2.0, -3.0, 5.0, kNaN, 0.0}));
    t.addColumn(Column::numeric(QStringLiteral("b"), {4.0, 0.5, 2.0, 0.0, 1.0, 0.0}));
    const double inf = std::numeric_limits<double>::infinity();
    struct Case
    {
        const char* op;
        const char* onZero;
        double fill;
        std::vector<double> want;
    };
    const Case cases[] = {
        {"multiply", "nan", 0, {4, 1, -6, 0, kNaN, 0}},
        {"add", "nan", 0, {5, 2.5, -1, 5, kNaN, 0}},
        {"subtract", "nan", 0, {-3, 1.5, -5, 5, kNaN, 0}},
        {"divide", "nan", 0, {0.25, 4, -1.5, inf, kNaN, kNaN}},   // pandas: 5/0 = inf, 0/0 = NaN
        {"ratio", "nan", 0, {0.25, 4, -1.5, kNaN, kNaN, kNaN}},
        {"ratio", "fill", -1, {0.25, 4, -1.5, -1, kNaN, -1}},
    };
    for (const Case& c : cases) {
        CombineStep step;
        QVERIFY(setUp(step,
                      {{QStringLiteral("left"), QStringLiteral("a")},
                       {QStringLiteral("right"), QStringLiteral("b")},
                       {QStringLiteral("op"), QLatin1String(c.op)},
                       {QStringLiteral("on_zero"), QLatin1String(c.onZero)},
                       {QStringLiteral("fill_value"), c.fill}},
                      t, fitInfo()));
        auto out = step.transform(t, nullptr);
        QVERIFY(out.ok());
        const QString name = QStringLiteral("a_") + QLatin1String(c.op) + QStringLiteral("_b");
        compareVectors(values(out.value(), name), c.want);
    }
    CombineStep unknownOp;
    QVERIFY(!unknownOp.setParams({{QStringLiteral("op"), QStringLiteral("modulo")}}).ok());
}

void TestPrep2::power()
{
    PowerStep step;
    QVERIFY(setUp(step, {{QStringLiteral("columns"), QStringList{QStringLiteral("a")}}, {QStringLiteral("exponent"), 2.0}},
                  abTable(), fitInfo()));
    auto out = step.transform(abTable(), nullptr);
    QVERIFY(out.ok());
    compareVectors(values(out.value(), QStringLiteral("a_pow2")), {1, 4, 9, 0, kNaN});
    compareVectors(values(out.value(), QStringLiteral("a")), {1, 2, -3, 0, kNaN});   // untouched

    PowerStep root;   // numpy: (-3) ** 0.5 = nan, 0 ** -1 = inf; in place
    QVERIFY(setUp(root, {{QStringLiteral("columns"), QStringList{QStringLiteral("a")}}, {QStringLiteral("exponent"), 0.5},
                         {QStringLiteral("replace"), true}},
                  abTable(), fitInfo()));
    out = root.transform(abTable(), nullptr);
    QVERIFY(out.ok());
    QCOMPARE(out->columnCount(), std::size_t(2));
    compareVectors(values(out.value(), QStringLiteral("a")), {1, std::sqrt(2.0), kNaN, 0, kNaN});
}

namespace {

Table datesTable()
{
    // pd.to_datetime([...]).astype("int64") // 10**6 in reference.py
    Table t;
    t.addColumn(Column::dateTime(QStringLiteral("when"),
                                 {-1000, 0, 951831900000, 1704063600000, 1704069000000, -2203869600000, 1721044800000}));
    return t;
}

} // namespace

void TestPrep2::datePartsMatchPandas()
{
    DatePartsStep step;
    QVERIFY(setUp(step, {{QStringLiteral("column"), QStringLiteral("when")}, {QStringLiteral("parts"), DatePartsStep::partKeys()}},
                  datesTable(), fitInfo()));
    auto out = step.transform(datesTable(), nullptr);
    QVERIFY(out.ok());
    // s.dt.year, .month, .day, .weekday, .dayofyear, .hour; (s.max() - s).dt.days
    compareVectors(values(out.value(), QStringLiteral("when__year")), {1969, 1970, 2000, 2023, 2024, 1900, 2024});
    compareVectors(values(out.value(), QStringLiteral("when__month")), {12, 1, 2, 12, 1, 3, 7});
    compareVectors(values(out.value(), QStringLiteral("when__day")), {31, 1, 29, 31, 1, 1, 15});
    compareVectors(values(out.value(), QStringLiteral("when__weekday")), {2, 3, 1, 6, 0, 3, 0});
    compareVectors(values(out.value(), QStringLiteral("when__dayofyear")), {365, 1, 60, 365, 1, 60, 197});
    compareVectors(values(out.value(), QStringLiteral("when__hour")), {23, 0, 13, 23, 0, 6, 12});
    compareVectors(values(out.value(), QStringLiteral("when__days_since")), {19919, 19919, 8902, 196, 196, 45427, 0});
    QVERIFY(out->find(QStringLiteral("when")));   // kept unless drop_original

    // Replay on new data measures from the reference fixed at fit time:
    // (s.max() - pd.Timestamp("2024-07-20")).days = -5
    Table later;
    later.addColumn(Column::dateTime(QStringLiteral("when"), {1721433600000, kMissingTime}));
    out = step.transform(later, nullptr);
    QVERIFY(out.ok());
    compareVectors(values(out.value(), QStringLiteral("when__days_since")), {-5, kNaN});
    QVERIFY(step.describe().contains(QLatin1String("2024-07-15 12:00:00")));
}

void TestPrep2::datePartsReferenceGiven()
{
    DatePartsStep step;
    QVERIFY(setUp(step,
                  {{QStringLiteral("column"), QStringLiteral("when")},
                   {QStringLiteral("parts"), QStringList{QStringLiteral("days_since")}},
                   {QStringLiteral("reference_date"), QStringLiteral("2024-01-01")},
                   {QStringLiteral("drop_original"), true}},
                  datesTable(), fitInfo()));
    auto out = step.transform(datesTable(), nullptr);
    QVERIFY(out.ok());
    QCOMPARE(out->columnNames(), QStringList{QStringLiteral("when__days_since")});
    // (pd.Timestamp("2024-01-01") - s).dt.days
    compareVectors(values(out.value(), QStringLiteral("when__days_since")), {19723, 19723, 8706, 0, -1, 45230, -197});

    DatePartsStep bad;
    QVERIFY(!bad.setParams({{QStringLiteral("parts"), QStringList{QStringLiteral("fortnight")}}}).ok());
    QVERIFY(bad.setParams({{QStringLiteral("column"), QStringLiteral("when")},
                           {QStringLiteral("parts"), QStringList{QStringLiteral("days_since")}},
                           {QStringLiteral("reference_date"), QStringLiteral("yesterday")}})
                .ok());
    QVERIFY(!bad.fit(datesTable(), fitInfo(), nullptr).ok());
    // All-missing dates: no reference can be learned.
    Table empty;
    empty.addColumn(Column::dateTime(QStringLiteral("when"), {kMissingTime, kMissingTime}));
    DatePartsStep none;
    QVERIFY(none.setParams({{QStringLiteral("column"), QStringLiteral("when")},
                            {QStringLiteral("parts"), QStringList{QStringLiteral("days_since")}}})
                .ok());
    QVERIFY(!none.fit(empty, fitInfo(), nullptr).ok());
}

void TestPrep2::datePartsReferenceOffset()
{
    // pandas 1.5.3: s = pd.to_datetime(ms, unit="ms").dt.tz_localize("UTC");
    // t = pd.Timestamp(ref), tz_convert("UTC") when it has an offset, else tz_localize("UTC")
    // (naive = UTC clock time, as the data); (t - s).dt.days
    struct Case
    {
        const char* ref;
        std::vector<double> want;
        const char* described;
    };
    const Case cases[] = {
        // 2023-12-31 16:00 UTC: the offset moves the reference back 8 hours (rows 1, 2, 4 change)
        {"2024-01-01T00:00:00+08:00", {19722, 19722, 8706, -1, -1, 45230, -197}, "2023-12-31 16:00:00"},
        {"2024-01-01T00:00:00-05:30", {19723, 19723, 8706, 0, 0, 45230, -197}, "2024-01-01 05:30:00"},
        {"2024-01-01T00:00:00Z", {19723, 19723, 8706, 0, -1, 45230, -197}, "2024-01-01"},
        {"2024-01-01T00:00:00", {19723, 19723, 8706, 0, -1, 45230, -197}, "2024-01-01"},
    };
    for (const Case& c : cases) {
        DatePartsStep step;
        QVERIFY(setUp(step,
                      {{QStringLiteral("column"), QStringLiteral("when")},
                       {QStringLiteral("parts"), QStringList{QStringLiteral("days_since")}},
                       {QStringLiteral("reference_date"), QLatin1String(c.ref)}},
                      datesTable(), fitInfo()));
        auto out = step.transform(datesTable(), nullptr);
        QVERIFY(out.ok());
        compareVectors(values(out.value(), QStringLiteral("when__days_since")), c.want);
        QVERIFY2(step.describe().endsWith(QLatin1String(c.described)), qPrintable(step.describe()));
    }

#ifdef Q_OS_UNIX   // TZ names of the tz database; Windows reads TZ differently
    // A reference without an offset does not depend on the machine's time zone: 02:30 on
    // 2024-03-10 does not exist in New York (DST starts), yet it is a valid UTC clock time
    // (it used to be read in local time, and was refused there).
    // pandas: (pd.Timestamp("2024-03-10T02:30:00").tz_localize("UTC") - s).dt.days
    const QByteArray oldTz = qgetenv("TZ");
    const bool hadTz = qEnvironmentVariableIsSet("TZ");
    qputenv("TZ", "America/New_York");
    tzset();
    DatePartsStep gap;
    const bool fitted = gap.setParams({{QStringLiteral("column"), QStringLiteral("when")},
                                       {QStringLiteral("parts"), QStringList{QStringLiteral("days_since")}},
                                       {QStringLiteral("reference_date"), QStringLiteral("2024-03-10T02:30:00")}})
                            .ok()
        && gap.fit(datesTable(), fitInfo(), nullptr).ok();
    if (hadTz)
        qputenv("TZ", oldTz);
    else
        qunsetenv("TZ");
    tzset();
    QVERIFY(fitted);
    auto out = gap.transform(datesTable(), nullptr);
    QVERIFY(out.ok());
    compareVectors(values(out.value(), QStringLiteral("when__days_since")), {19792, 19792, 8775, 69, 69, 45299, -128});
    QCOMPARE(gap.fittedState().value(QStringLiteral("reference_ms")).toDouble(), 1710037800000.0);
#endif
}

void TestPrep2::datePartsNoStaleReference()
{
    // Fitted with days_since (reference = the latest training date, 2024-07-15 12:00) ...
    DatePartsStep step;
    QVERIFY(setUp(step, {{QStringLiteral("column"), QStringLiteral("when")}, {QStringLiteral("parts"), DatePartsStep::partKeys()}},
                  datesTable(), fitInfo()));
    QCOMPARE(step.fittedState().value(QStringLiteral("reference_ms")).toDouble(), 1721044800000.0);
    // ... then refitted without it: no reference is kept or saved.
    QVERIFY(setUp(step, {{QStringLiteral("parts"), QStringList{QStringLiteral("year")}}}, datesTable(), fitInfo()));
    const QJsonObject state = step.fittedState();
    QVERIFY(!state.isEmpty());
    QVERIFY(!state.contains(QStringLiteral("reference_ms")));
    QVERIFY(!state.contains(QStringLiteral("reference")));
    QCOMPARE(step.describe(), QStringLiteral("year of when"));
    // That state restores (a saved model without days_since needs no reference) ...
    DatePartsStep restored;
    QVERIFY(restored.setParams(step.params()).ok());
    QVERIFY(restored.setFittedState(state).ok());
    QVERIFY(restored.isFitted());
    // ... while with days_since a state without a reference is refused.
    DatePartsStep needs;
    QVERIFY(needs.setParams({{QStringLiteral("column"), QStringLiteral("when")},
                             {QStringLiteral("parts"), QStringList{QStringLiteral("days_since")}}})
                .ok());
    QVERIFY(!needs.setFittedState(state).ok());
    // A given reference is still checked without days_since, and not stored.
    DatePartsStep typo;
    QVERIFY(typo.setParams({{QStringLiteral("column"), QStringLiteral("when")},
                            {QStringLiteral("reference_date"), QStringLiteral("2024-13-45")}})
                .ok());
    QVERIFY(!typo.fit(datesTable(), fitInfo(), nullptr).ok());
}

void TestPrep2::outputsNeverOverwriteTargets()
{
    const QString refusedY = QStringLiteral("writing the result to 'y' would overwrite a target or id column; choose "
                                            "another name or column.");
    // a = [1, 2, -3, 0, nan], b = [4, .5, 2, 0, 1], plus the target y and an id column.
    Table t = abTable();
    t.addColumn(Column::numeric(QStringLiteral("y"), {1, 2, 3, 4, 5}));
    Column id = Column::numeric(QStringLiteral("id"), {11, 12, 13, 14, 15});
    id.setRole(ColumnRole::Id);
    t.addColumn(id);
    const FitInfo info = fitInfo({QStringLiteral("y")});

    // An expression whose output is the target's name used to replace the target silently.
    ExpressionStep intoTarget;
    QVERIFY(intoTarget.setParams({{QStringLiteral("expression"), QStringLiteral("a * b")}, {QStringLiteral("output"), QStringLiteral("y")}}).ok());
    Status s = intoTarget.fit(t, info, nullptr);
    QVERIFY(!s.ok());
    QCOMPARE(s.error().message, QStringLiteral("Expression: ") + refusedY);
    QVERIFY(!intoTarget.isFitted());
    // The id column (by role) is refused too.
    ExpressionStep intoId;
    QVERIFY(intoId.setParams({{QStringLiteral("expression"), QStringLiteral("a * b")}, {QStringLiteral("output"), QStringLiteral("id")}}).ok());
    QVERIFY(!intoId.fit(t, info, nullptr).ok());
    // combine into the target, power in place on the target, date parts over a target name.
    CombineStep combine;
    QVERIFY(combine.setParams({{QStringLiteral("left"), QStringLiteral("a")}, {QStringLiteral("right"), QStringLiteral("b")},
                               {QStringLiteral("output"), QStringLiteral("y")}})
                .ok());
    s = combine.fit(t, info, nullptr);
    QVERIFY(!s.ok());
    QCOMPARE(s.error().message, QStringLiteral("Combine two columns: ") + refusedY);
    PowerStep power;
    QVERIFY(power.setParams({{QStringLiteral("columns"), QStringList{QStringLiteral("a"), QStringLiteral("y")}},
                             {QStringLiteral("replace"), true}})
                .ok());
    QVERIFY(!power.fit(t, info, nullptr).ok());
    Table dated = datesTable();
    dated.addColumn(Column::numeric(QStringLiteral("when__year"), std::vector<double>(7, 1.0)));
    DatePartsStep parts;
    QVERIFY(parts.setParams({{QStringLiteral("column"), QStringLiteral("when")}}).ok());
    s = parts.fit(dated, fitInfo({QStringLiteral("when__year")}), nullptr);
    QVERIFY(!s.ok());
    QVERIFY(s.error().message.contains(QLatin1String("'when__year'")));
    // Text steps: a token column named like the target.
    Table texts = t;
    texts.addColumn(Column::text(QStringLiteral("txt"), {"a b", "b", "c", "a", "b c"}));
    texts.addColumn(Column::numeric(QStringLiteral("txt__t1"), {0, 1, 0, 1, 0}));
    TextSequenceStep sequence;
    QVERIFY(sequence.setParams({{QStringLiteral("column"), QStringLiteral("txt")}, {QStringLiteral("max_len"), 3}}).ok());
    QVERIFY(!sequence.fit(texts, fitInfo({QStringLiteral("txt__t1")}), nullptr).ok());
    QVERIFY(sequence.fit(texts, info, nullptr).ok());   // txt__t1 as a feature: replaced, with a warning

    // Replacing a feature stays possible on purpose, with a warning naming it ...
    ExpressionStep redefine;
    QVERIFY(redefine.setParams({{QStringLiteral("expression"), QStringLiteral("a * b")}, {QStringLiteral("output"), QStringLiteral("a")}}).ok());
    s = redefine.fit(t, info, nullptr);
    QVERIFY(s.ok());
    QCOMPARE(s.warnings().size(), std::size_t(1));
    QCOMPARE(s.warnings().front().kind, QStringLiteral("column_replaced"));
    QCOMPARE(s.warnings().front().detail, QStringLiteral("Expression: replaces existing columns with its result: a."));
    auto out = redefine.transform(t, nullptr);
    QVERIFY(out.ok());
    QCOMPARE(out->columnNames(), t.columnNames());
    compareVectors(values(out.value(), QStringLiteral("a")), {4, 1, -6, 0, kNaN});   // numpy a * b
    // ... and the pipeline passes it on.
    Pipeline pipeline;
    auto step = std::make_unique<ExpressionStep>();
    QVERIFY(step->setParams(redefine.params()).ok());
    pipeline.append(std::move(step));
    auto fitted = pipeline.fitTransform(t, info);
    QVERIFY(fitted.ok());
    QCOMPARE(fitted.warnings().size(), std::size_t(1));
    QCOMPARE(fitted.warnings().front().kind, QStringLiteral("column_replaced"));
    // power with `replace` replaces by design: no warning.
    PowerStep inPlace;
    QVERIFY(inPlace.setParams({{QStringLiteral("columns"), QStringList{QStringLiteral("a")}}, {QStringLiteral("replace"), true}}).ok());
    s = inPlace.fit(t, info, nullptr);
    QVERIFY(s.ok());
    QVERIFY(s.warnings().empty());
    // A new name: no warning.
    ExpressionStep fresh;
    QVERIFY(fresh.setParams({{QStringLiteral("expression"), QStringLiteral("a * b")}, {QStringLiteral("output"), QStringLiteral("ab")}}).ok());
    s = fresh.fit(t, info, nullptr);
    QVERIFY(s.ok());
    QVERIFY(s.warnings().empty());
    // Replaying on data where the output's name is a target or id column (by role) is refused.
    Table later = t;
    Column laterTarget = Column::numeric(QStringLiteral("ab"), {0, 0, 0, 0, 0});
    laterTarget.setRole(ColumnRole::Target);
    later.addColumn(laterTarget);
    auto replay = fresh.transform(later, nullptr);
    QVERIFY(!replay.ok());
    QVERIFY(replay.error().message.contains(QLatin1String("'ab' would overwrite a target or id column")));
}

// ---------------------------------------------------------------------------------------------
// select

void TestPrep2::varianceThresholdMatchesSklearn()
{
    // X = [[0, 2, 0, 3, 1], [0, 1, 4, 3, nan], [0, 1, 1, 3, 3]]; VarianceThreshold(0).fit(X)
    Table t;
    t.addColumn(Column::numeric(QStringLiteral("c0"), {0, 0, 0}));
    t.addColumn(Column::numeric(QStringLiteral("c1"), {2, 1, 1}));
    t.addColumn(Column::numeric(QStringLiteral("c2"), {0, 4, 1}));
    t.addColumn(Column::numeric(QStringLiteral("c3"), {3, 3, 3}));
    t.addColumn(Column::numeric(QStringLiteral("c4"), {1, kNaN, 3}));
    Column target = Column::numeric(QStringLiteral("target"), {0, 0, 0});   // constant but protected
    t.addColumn(target);
    VarianceThresholdStep step;
    QVERIFY(setUp(step, {}, t, fitInfo({QStringLiteral("target")})));
    // variances_ = [0, 0.2222222222222222, 2.888888888888889, 0, 1]
    const double want[] = {0, 0.2222222222222222, 2.888888888888889, 0, 1};
    for (int i = 0; i < 5; ++i)
        QVERIFY(near(step.score(QStringLiteral("c%1").arg(i)), want[i]));
    // get_support() = [False, True, True, False, True]; the target stays.
    auto out = step.transform(t, nullptr);
    QVERIFY(out.ok());
    QCOMPARE(out->columnNames().join(QLatin1Char(',')), QStringLiteral("c1,c2,c4,target"));
    // threshold=0.5: [False, False, True, False, True]
    VarianceThresholdStep half;
    QVERIFY(setUp(half, {{QStringLiteral("threshold"), 0.5}}, t, fitInfo({QStringLiteral("target")})));
    QCOMPARE(half.keptColumns(), (QStringList{QStringLiteral("c2"), QStringLiteral("c4")}));
    QVERIFY(half.describe().contains(QLatin1String("c1 (0.2222)")));
}

void TestPrep2::varianceThresholdAllMissing()
{
    Table t;
    t.addColumn(Column::numeric(QStringLiteral("gone"), {kNaN, kNaN}));
    t.addColumn(Column::numeric(QStringLiteral("ok"), {1, 2}));
    VarianceThresholdStep step;
    QVERIFY(setUp(step, {}, t, fitInfo()));
    QCOMPARE(step.droppedColumns(), QStringList{QStringLiteral("gone")});
    // A single row has variance 0 everywhere: everything is dropped, nothing crashes.
    VarianceThresholdStep single;
    QVERIFY(setUp(single, {}, t.head(1), fitInfo()));
    QCOMPARE(single.keptColumns(), QStringList());
}

void TestPrep2::selectKBestCorrelation()
{
    const Table t = formulaTable();
    SelectKBestStep step;
    QVERIFY(setUp(step,
                  {{QStringLiteral("k"), 2},
                   {QStringLiteral("columns"), QStringList{QStringLiteral("x1"), QStringLiteral("x2"), QStringLiteral("x3")}}},
                  t, fitInfo({QStringLiteral("y")})));
    // [abs(np.corrcoef(X[:, j], y)[0, 1]) for j in range(3)]
    QVERIFY(near(step.score(QStringLiteral("x1")), 0.916044584991339, 1e-12));
    QVERIFY(near(step.score(QStringLiteral("x2")), 0.10189884782088687, 1e-12));
    QVERIFY(near(step.score(QStringLiteral("x3")), 0.21414681497275728, 1e-12));
    auto out = step.transform(t, nullptr);
    QVERIFY(out.ok());
    // x2 dropped; the target and the non-candidate cls stay.
    QCOMPARE(out->columnNames().join(QLatin1Char(',')), QStringLiteral("x1,x3,y,cls"));
    // New data without the target replays the same choice.
    Table noTarget = t;
    noTarget.removeColumn(static_cast<std::size_t>(noTarget.indexOf(QStringLiteral("y"))));
    out = step.transform(noTarget, nullptr);
    QVERIFY(out.ok());
    QCOMPARE(out->columnNames().join(QLatin1Char(',')), QStringLiteral("x1,x3,cls"));

    SelectKBestStep noTargetFit;
    QVERIFY(!noTargetFit.fit(t, fitInfo(), nullptr).ok());
}

void TestPrep2::mutualInfoMatchesSklearn()
{
    const Table t = formulaTable();
    const QStringList x{QStringLiteral("x1"), QStringLiteral("x2"), QStringLiteral("x3")};
    SelectKBestStep reg;
    QVERIFY(setUp(reg, {{QStringLiteral("k"), 1}, {QStringLiteral("score"), QStringLiteral("mutual_info")}, {QStringLiteral("columns"), x}},
                  t, fitInfo({QStringLiteral("y")})));
    // mutual_info_regression(X, y, discrete_features=False, n_neighbors=3, random_state=0);
    // identical for random_state 0..3 on this tie-free data, so the noise source does not matter.
    const double wantReg[] = {1.5181164402063376, 0.024080812465968382, 0.12021448018020386};
    for (int j = 0; j < 3; ++j)
        QVERIFY2(near(reg.score(x[j]), wantReg[j], 1e-9), qPrintable(QString::number(reg.score(x[j]), 'g', 17)));

    SelectKBestStep cls;
    QVERIFY(setUp(cls, {{QStringLiteral("k"), 1}, {QStringLiteral("score"), QStringLiteral("mutual_info")}, {QStringLiteral("columns"), x}},
                  t, fitInfo({QStringLiteral("cls")}, Task::Multiclass)));
    // mutual_info_classif(X, c, discrete_features=False, n_neighbors=3, random_state=0)
    const double wantCls[] = {0.21889696502764333, 0.5512662561959287, 0.05314531412365975};
    for (int j = 0; j < 3; ++j)
        QVERIFY2(near(cls.score(x[j]), wantCls[j], 1e-9), qPrintable(QString::number(cls.score(x[j]), 'g', 17)));
    QCOMPARE(cls.keptColumns(), QStringList{QStringLiteral("x2")});

    // Discrete feature: x3 in quarters.
    const std::vector<double> x3 = values(t, QStringLiteral("x3"));
    const std::vector<double> y = values(t, QStringLiteral("y"));
    const std::vector<double> c = values(t, QStringLiteral("cls"));
    std::vector<int> quarter, classes;
    std::vector<double> quarterD;
    for (std::size_t i = 0; i < x3.size(); ++i) {
        quarter.push_back(static_cast<int>(std::floor(x3[i] * 4)));
        quarterD.push_back(quarter.back());
        classes.push_back(static_cast<int>(c[i]));
    }
    // mutual_info_score(xd, c), exact formula
    QVERIFY(near(mutualInfoScore(quarter, classes), 0.06790965562128842, 1e-14));
    QVERIFY(near(estimateMutualInfo(quarterD, true, c, true, 3, 1, 2), 0.06790965562128842, 1e-14));
    // mutual_info_regression(xd, y, discrete_features=True, random_state=0 and 1)
    QVERIFY(near(estimateMutualInfo(quarterD, true, y, false, 3, 1, 2), 0.17923747438093063, 1e-9));
    // Seeded: the same seeds give the same bits.
    QCOMPARE(estimateMutualInfo(x3, false, y, false, 3, 7, 8), estimateMutualInfo(x3, false, y, false, 3, 7, 8));
    // scipy.special.digamma(1.0) and digamma(10.5) (reference.py).
    QVERIFY(near(digamma(1.0), -0.5772156649015329, 1e-13));
    QVERIFY(near(digamma(10.5), 2.3030010342976865, 1e-13));
}

void TestPrep2::selectKBestMutualInfoClassification()
{
    // "auto" chooses mutual information for classification; correlation is refused for a
    // three-class target with a message naming it.
    const Table t = formulaTable();
    SelectKBestStep autoScore;
    const QStringList x{QStringLiteral("x1"), QStringLiteral("x2"), QStringLiteral("x3")};
    QVERIFY(setUp(autoScore, {{QStringLiteral("k"), 2}, {QStringLiteral("columns"), x}}, t,
                  fitInfo({QStringLiteral("cls")}, Task::Multiclass)));
    QVERIFY(autoScore.describe().contains(QLatin1String("mutual information")));
    // scores 0.219, 0.551, 0.053 (mutual_info_classif above): x1 and x2 stay
    QCOMPARE(autoScore.keptColumns(), (QStringList{QStringLiteral("x1"), QStringLiteral("x2")}));
    SelectKBestStep corr;
    QVERIFY(corr.setParams({{QStringLiteral("score"), QStringLiteral("correlation")}}).ok());
    const Status refused = corr.fit(t, fitInfo({QStringLiteral("cls")}, Task::Multiclass), nullptr);
    QVERIFY(!refused.ok());
    QVERIFY(refused.error().message.contains(QLatin1String("'cls'")));
}

void TestPrep2::dropCorrelated()
{
    Table t;
    std::vector<double> a, b, c, target;
    for (int i = 0; i < 50; ++i) {
        const double h = std::sin(i * 12.9898) * 43758.5453;
        a.push_back(i);
        b.push_back(2.0 * i + std::sin(i));                    // |r(a, b)| ~ 0.999
        c.push_back(h - std::floor(h));                         // unrelated
        target.push_back(b.back() + 0.5 * std::cos(3.0 * i));   // follows b more closely than a
    }
    t.addColumn(Column::numeric(QStringLiteral("a"), a));
    t.addColumn(Column::numeric(QStringLiteral("b"), b));
    t.addColumn(Column::numeric(QStringLiteral("c"), c));
    t.addColumn(Column::numeric(QStringLiteral("t"), target));
    DropCorrelatedStep withTarget;
    QVERIFY(setUp(withTarget, {{QStringLiteral("threshold"), 0.95}}, t, fitInfo({QStringLiteral("t")})));
    QCOMPARE(withTarget.droppedColumns(), QStringList{QStringLiteral("a")});
    QVERIFY(withTarget.describe().contains(QLatin1String("with b")));
    // Without a target the earlier column of the pair stays.
    DropCorrelatedStep noTarget;
    Table features = t;
    features.removeColumn(3);
    QVERIFY(setUp(noTarget, {{QStringLiteral("threshold"), 0.95}}, features, fitInfo()));
    QCOMPARE(noTarget.droppedColumns(), QStringList{QStringLiteral("b")});
    auto out = noTarget.transform(features, nullptr);
    QVERIFY(out.ok());
    QCOMPARE(out->columnNames().join(QLatin1Char(',')), QStringLiteral("a,c"));
}

void TestPrep2::manualSelect()
{
    Table t = formulaTable(5);
    Column id = Column::numeric(QStringLiteral("id"), {1, 2, 3, 4, 5});
    id.setRole(ColumnRole::Id);
    t.addColumn(id);
    ManualSelectStep keep;
    QVERIFY(setUp(keep, {{QStringLiteral("columns"), QStringList{QStringLiteral("x3")}}}, t, fitInfo({QStringLiteral("y")})));
    auto out = keep.transform(t, nullptr);
    QVERIFY(out.ok());
    QCOMPARE(out->columnNames().join(QLatin1Char(',')), QStringLiteral("x3,y,id"));
    ManualSelectStep drop;
    QVERIFY(setUp(drop, {{QStringLiteral("columns"), QStringList{QStringLiteral("x2"), QStringLiteral("cls")}},
                         {QStringLiteral("mode"), QStringLiteral("drop")}},
                  t, fitInfo({QStringLiteral("y")})));
    out = drop.transform(t, nullptr);
    QVERIFY(out.ok());
    QCOMPARE(out->columnNames().join(QLatin1Char(',')), QStringLiteral("x1,x3,y,id"));
    ManualSelectStep dropTarget;
    QVERIFY(dropTarget.setParams({{QStringLiteral("columns"), QStringList{QStringLiteral("y")}}, {QStringLiteral("mode"), QStringLiteral("drop")}}).ok());
    QVERIFY(!dropTarget.fit(t, fitInfo({QStringLiteral("y")}), nullptr).ok());
    ManualSelectStep unknown;
    QVERIFY(unknown.setParams({{QStringLiteral("columns"), QStringList{QStringLiteral("nope")}}}).ok());
    const Status s = unknown.fit(t, fitInfo(), nullptr);
    QVERIFY(!s.ok());
    QCOMPARE(s.error().message, QStringLiteral("Choose columns: column 'nope' is not in the data."));
    // "keep" with an empty list is refused, as select_columns refuses it: it used to keep only
    // the target and id columns, silently dropping every feature.
    ManualSelectStep keepNothing;
    const Status empty = keepNothing.fit(t, fitInfo({QStringLiteral("y")}), nullptr);
    QVERIFY(!empty.ok());
    QCOMPARE(empty.error().message, QStringLiteral("Choose columns: choose at least one column to keep."));
    QVERIFY(!keepNothing.isFitted());
    // "drop" with an empty list drops nothing.
    ManualSelectStep dropNothing;
    QVERIFY(setUp(dropNothing, {{QStringLiteral("mode"), QStringLiteral("drop")}}, t, fitInfo({QStringLiteral("y")})));
    out = dropNothing.transform(t, nullptr);
    QVERIFY(out.ok());
    QCOMPARE(out->columnNames(), t.columnNames());
}

QTEST_GUILESS_MAIN(TestPrep2)
