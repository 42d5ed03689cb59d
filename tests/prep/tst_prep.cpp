// Registry, pipeline (JSON, leakage, train-only steps, progress, cancellation) and splits.
// Expected split/fold sizes come from scikit-learn 1.2.1 (data/reference.py).
#include "tst_prep.h"

#include "prep/split.h"

#include <QFile>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>
#include <numeric>

using namespace pp;
using namespace pptest;

// ---------------------------------------------------------------------------------------------
// Helpers shared by the three test files

namespace pptest {

std::unique_ptr<Step> makeStep(const QString& kind, const QVariantMap& params)
{
    auto made = StepRegistry::instance().create(kind);
    if (!made.ok()) {
        qWarning("cannot create %s: %s", qPrintable(kind), qPrintable(made.error().message));
        return nullptr;
    }
    auto step = made.take();
    Status s = step->setParams(params);
    if (!s.ok()) {
        qWarning("bad params for %s: %s", qPrintable(kind), qPrintable(s.error().message));
        return nullptr;
    }
    return step;
}

Table fitStep(Step& step, const Table& train, const FitInfo& info)
{
    auto r = step.fitTransform(train, info, nullptr);
    if (!r.ok()) {
        qWarning("fit of %s failed: %s", qPrintable(step.kind()), qPrintable(r.error().message));
        return Table();
    }
    return r.take();
}

Table transformStep(const Step& step, const Table& input)
{
    auto r = step.transform(input, nullptr);
    if (!r.ok()) {
        qWarning("transform of %s failed: %s", qPrintable(step.kind()), qPrintable(r.error().message));
        return Table();
    }
    return r.take();
}

std::vector<double> values(const Table& table, const QString& column)
{
    const Column* c = table.find(column);
    std::vector<double> out;
    if (!c)
        return out;
    for (std::size_t r = 0; r < c->size(); ++r)
        out.push_back(c->numericAt(r));
    return out;
}

QString compareNumbers(const std::vector<double>& actual, const std::vector<double>& expected, double tol)
{
    if (actual.size() != expected.size())
        return QStringLiteral("size %1, expected %2").arg(actual.size()).arg(expected.size());
    for (std::size_t i = 0; i < actual.size(); ++i) {
        const double a = actual[i];
        const double e = expected[i];
        if (std::isnan(a) && std::isnan(e))
            continue;
        if (std::isnan(a) != std::isnan(e) || std::fabs(a - e) > tol * std::max(1.0, std::fabs(e)))
            return QStringLiteral("element %1: %2, expected %3").arg(i).arg(a, 0, 'g', 17).arg(e, 0, 'g', 17);
    }
    return QString();
}

QString dump(const Table& table)
{
    QStringList lines;
    QStringList head;
    for (const auto& c : table.columns())
        head << c.name() + QLatin1Char(':') + columnTypeName(c.type()) + QLatin1Char(':')
                + columnRoleName(c.role());
    lines << head.join(QLatin1Char('|'));
    for (std::size_t r = 0; r < table.rowCount(); ++r) {
        QStringList cells;
        for (const auto& c : table.columns())
            cells << (c.isMissing(r) ? QStringLiteral("<NA>") : c.displayAt(r));
        lines << cells.join(QLatin1Char('|'));
    }
    return lines.join(QLatin1Char('\n'));
}

Table referenceTrain()
{
    // reference.py: income, age, visits
    Table t;
    t.addColumn(Column::numeric(
        QStringLiteral("income"), { 52000, 61000, NaN, 45000, 98000, 38000, NaN, 72000, 51000, 250000 }));
    t.addColumn(Column::numeric(QStringLiteral("age"), { 34, 45, 29, NaN, 52, 23, 41, 38, NaN, 60 }));
    t.addColumn(Column::numeric(QStringLiteral("visits"), { 3, 7, 2, 5, NaN, 1, 4, 6, 2, 12 }));
    return t;
}

Table referenceTest()
{
    Table t;
    t.addColumn(Column::numeric(QStringLiteral("income"), { NaN, 80000, 40000, NaN }));
    t.addColumn(Column::numeric(QStringLiteral("age"), { 30, NaN, 70, NaN }));
    t.addColumn(Column::numeric(QStringLiteral("visits"), { 2, 9, NaN, 4 }));
    return t;
}

Table mixedTable(std::size_t rows, quint64 seed)
{
    SplitMix64 rng(seed);
    std::vector<double> income, age, visits, spend;
    std::vector<QString> channel, buyer, note;
    std::vector<bool> channelMissing, noteMissing;
    std::vector<std::int8_t> member;
    std::vector<std::int64_t> joined;
    const QStringList channels
        = { QStringLiteral("web"), QStringLiteral("app"), QStringLiteral("store"), QStringLiteral("mail") };
    for (std::size_t i = 0; i < rows; ++i) {
        const double u = rng.uniform();
        const double inc = 20000.0 + 80000.0 * u * u;
        income.push_back(rng.uniform() < 0.1 ? NaN : inc);
        age.push_back(rng.uniform() < 0.1 ? NaN : std::floor(18.0 + 60.0 * rng.uniform()));
        visits.push_back(1.0 + std::floor(20.0 * rng.uniform()));
        channel.push_back(channels[static_cast<qsizetype>(rng.below(4))]);
        channelMissing.push_back(rng.uniform() < 0.05);
        member.push_back(rng.uniform() < 0.05 ? kMissingBool : static_cast<std::int8_t>(rng.below(2)));
        joined.push_back(1577836800000LL + static_cast<std::int64_t>(i) * 86400000LL);
        note.push_back(QStringLiteral("note %1").arg(i));
        noteMissing.push_back(i % 7 == 3);
        spend.push_back(std::round(inc * 0.01 + 100.0 * rng.uniform()));
        buyer.push_back(rng.uniform() < 0.4 ? QStringLiteral("yes") : QStringLiteral("no"));
    }
    Table t;
    t.addColumn(Column::numeric(QStringLiteral("income"), income));
    t.addColumn(Column::numeric(QStringLiteral("age"), age));
    t.addColumn(Column::numeric(QStringLiteral("visits"), visits));
    t.addColumn(Column::categoricalFromStrings(QStringLiteral("channel"), channel, channelMissing));
    t.addColumn(Column::boolean(QStringLiteral("member"), member));
    t.addColumn(Column::dateTime(QStringLiteral("joined"), joined));
    t.addColumn(Column::text(QStringLiteral("note"), note, noteMissing));
    t.addColumn(Column::numeric(QStringLiteral("spend"), spend));
    t.addColumn(Column::categoricalFromStrings(QStringLiteral("buyer"), buyer));
    return t;
}

} // namespace pptest

namespace {

FitInfo regressionInfo()
{
    FitInfo info;
    info.targets = { QStringLiteral("spend") };
    info.task = Task::Regression;
    info.seed = 7;
    return info;
}

/// The steps of this branch, each with settings that make it do something on mixedTable().
QList<QPair<QString, QVariantMap>> configuredKinds()
{
    auto list = [](std::initializer_list<const char*> names) {
        QStringList l;
        for (const char* n : names)
            l << QString::fromLatin1(n);
        return l;
    };
    return {
        { "select_columns", { { "mode", "keep" }, { "columns", list({ "income", "age", "channel" }) } } },
        { "rename_column", { { "column", "visits" }, { "new_name", "n_visits" } } },
        { "change_type", { { "columns", list({ "visits" }) }, { "to", "categorical" } } },
        { "set_role", { { "columns", list({ "note" }) }, { "role", "ignore" } } },
        { "drop_missing_rows", { { "columns", list({ "income" }) }, { "how", "any" } } },
        { "drop_sparse_columns", { { "threshold", 0.08 } } },
        { "impute", { { "strategy", "median" } } },
        { "interpolate", { { "columns", list({ "income" }) }, { "order_by", "joined" } } },
        { "knn_impute", { { "n_neighbors", 3 } } },
        { "missing_indicator", {} },
        { "clip_outliers", { { "method", "iqr" }, { "k", 0.5 } } },
        { "drop_outliers", { { "method", "zscore" }, { "threshold", 1.5 } } },
        { "flag_outliers", { { "method", "iqr" }, { "k", 1.0 } } },
        { "iforest_drop", { { "contamination", 0.1 }, { "trees", 10 } } },
        { "iforest_flag", { { "contamination", 0.1 }, { "trees", 10 }, { "seed", 3 } } },
        { "log1p", { { "columns", list({ "visits" }) } } },
        { "sqrt", { { "columns", list({ "visits" }) } } },
        { "box_cox", { { "columns", list({ "visits" }) } } },
        { "yeo_johnson", { { "columns", list({ "income", "age" }) }, { "standardize", false } } },
        { "bin", { { "columns", list({ "age" }) }, { "n_bins", 3 }, { "output", "label" } } },
        { "standard_scale", {} },
        { "minmax_scale", { { "feature_min", -1.0 }, { "feature_max", 1.0 } } },
        { "robust_scale", {} },
        { "onehot", { { "columns", list({ "channel", "member" }) }, { "max_categories", 3 } } },
        { "ordinal", { { "column", "channel" }, { "order", list({ "web", "app", "store" }) } } },
        { "frequency", { { "columns", list({ "channel" }) } } },
        { "target_encode", { { "columns", list({ "channel" }) }, { "smoothing", 2.0 } } },
    };
}

QByteArray compact(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

Pipeline scalerPipeline()
{
    Pipeline p;
    p.append(makeStep(QStringLiteral("impute"), { { QStringLiteral("strategy"), QStringLiteral("mean") } }));
    p.append(makeStep(QStringLiteral("standard_scale"),
        { { QStringLiteral("columns"), QStringList { QStringLiteral("income"), QStringLiteral("age") } } }));
    return p;
}

} // namespace

void TestPrep::initTestCase()
{
    registerPrepSteps();
    registerPrepSteps(); // idempotent
}

void TestPrep::registryListsEveryKind()
{
    for (const auto& [kind, params] : configuredKinds()) {
        const StepInfo* info = StepRegistry::instance().find(kind);
        QVERIFY2(info, qPrintable(kind));
        QVERIFY(!info->displayName().isEmpty());
        QVERIFY(!info->description().isEmpty());
        auto step = info->create();
        QCOMPARE(step->kind(), kind);
        for (const ParamSpec& spec : step->paramSpecs(nullptr)) {
            QVERIFY2(!spec.label.isEmpty() && !spec.tooltip.isEmpty(),
                qPrintable(kind + QLatin1Char('.') + spec.key));
            QVERIFY(step->params().contains(spec.key));
        }
    }
    auto unknown = StepRegistry::instance().create(QStringLiteral("no_such_step"));
    QVERIFY(!unknown.ok());
    QVERIFY(unknown.error().message.contains(QLatin1String("no_such_step")));
}

void TestPrep::registryCategories()
{
    const QSet<QString> known = { "columns", "missing", "outliers", "transform", "scale", "encode",
        "construct", "select", "text", "sequence", "resample" };
    for (const StepInfo* info : StepRegistry::instance().all()) {
        QVERIFY2(known.contains(info->category), qPrintable(info->kind));
        QVERIFY(stepCategoryDisplayName(info->category) != QString());
    }
    QCOMPARE(stepCategoryDisplayName(QStringLiteral("missing")), QStringLiteral("Missing values"));
    QCOMPARE(StepRegistry::instance().find(QStringLiteral("impute"))->category, QStringLiteral("missing"));
}

void TestPrep::docsListEveryKindAndParam()
{
    // docs/pipeline.md is what users and the CLI's --pipeline files rely on: every registered
    // kind (basic and advanced, from the registry itself, so a new kind cannot go undocumented)
    // has a "#### `kind`" heading, every parameter key appears in its section, the section says
    // what is fitted, and a train-only kind says so.
    QFile file(QStringLiteral(PP_SOURCE_DIR "/docs/pipeline.md"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    const std::vector<const StepInfo*> registered = StepRegistry::instance().all();
    QVERIFY(registered.size() > static_cast<std::size_t>(configuredKinds().size()));
    for (const StepInfo* info : registered) {
        const QString& kind = info->kind;
        const QString tag = QLatin1Char('`') + kind + QLatin1Char('`');
        qsizetype start = -1;
        for (qsizetype i = 0; i < lines.size() && start < 0; ++i)
            if (lines[i].startsWith(QLatin1String("#### ")) && lines[i].contains(tag))
                start = i;
        QVERIFY2(start >= 0, qPrintable(kind + QStringLiteral(": no #### heading")));
        QString section;
        for (qsizetype i = start + 1; i < lines.size() && !lines[i].startsWith(QLatin1String("###")); ++i)
            section += lines[i] + QLatin1Char('\n');
        auto step = info->create();
        QVERIFY2(step, qPrintable(kind));
        for (const ParamSpec& spec : step->paramSpecs(nullptr))
            QVERIFY2(section.contains(QLatin1Char('`') + spec.key + QLatin1Char('`')),
                qPrintable(kind + QLatin1Char('.') + spec.key));
        QVERIFY2(section.contains(QLatin1String("Fitted:")), qPrintable(kind + QStringLiteral(": no 'Fitted:'")));
        if (step->trainOnly())
            QVERIFY2(section.contains(QLatin1String("train-only"), Qt::CaseInsensitive),
                qPrintable(kind + QStringLiteral(": train-only not stated")));
    }
}

void TestPrep::jsonRoundTrip_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QVariantMap>("params");
    for (const auto& [kind, params] : configuredKinds())
        QTest::newRow(qPrintable(kind)) << kind << params;
}

void TestPrep::jsonRoundTrip()
{
    QFETCH(QString, kind);
    QFETCH(QVariantMap, params);
    const Table train = mixedTable(60, 1);
    Table test = mixedTable(25, 2);
    test.removeColumn(static_cast<std::size_t>(test.indexOf(QStringLiteral("spend")))); // new data: no target

    Pipeline p;
    p.append(makeStep(kind, params));
    QVERIFY(p.step(0).kind() == kind);
    auto fitted = p.fitTransform(train, regressionInfo());
    QVERIFY2(fitted.ok(), qPrintable(fitted.error().message));
    QVERIFY(p.isFitted());
    QVERIFY2(!p.step(0).fittedState().isEmpty(), "a fitted step has a non-empty fitted state");

    // Config + fitted state: byte-identical after a round trip, and the replay is identical.
    const QJsonObject json = p.toJson(true);
    auto back = Pipeline::fromJson(QJsonDocument::fromJson(QJsonDocument(json).toJson()).object());
    QVERIFY2(back.ok(), qPrintable(back.error().message));
    QCOMPARE(compact(back->toJson(true)), compact(json));
    QVERIFY(back->toJson(true) == json);
    QVERIFY(back->isFitted());
    auto a = p.transform(test);
    auto b = back->transform(test);
    QVERIFY2(a.ok(), qPrintable(a.error().message));
    QVERIFY2(b.ok(), qPrintable(b.error().message));
    QCOMPARE(dump(b.value()), dump(a.value()));
    QCOMPARE(back->step(0).describe(), p.step(0).describe());

    // Config only: what a user's pipeline file holds.
    const QJsonObject config = p.toJson(false);
    QVERIFY(
        !config.value(QStringLiteral("steps")).toArray().at(0).toObject().contains(QStringLiteral("fitted")));
    auto unfitted = Pipeline::fromJson(config);
    QVERIFY(unfitted.ok());
    QVERIFY(!unfitted->isFitted());
    QCOMPARE(compact(unfitted->toJson(false)), compact(config));
    QCOMPARE(unfitted->toJson(false).value(QStringLiteral("version")).toInt(), 1);
}

void TestPrep::fromJsonErrors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("mustContain");
    QTest::newRow("unknown-kind") << QByteArray(
        R"({"version":1,"steps":[{"kind":"impute"},{"kind":"smote_xl"}]})")
                                  << QStringLiteral("Step 2: unknown step kind 'smote_xl'");
    QTest::newRow("unknown-param") << QByteArray(
        R"({"version":1,"steps":[{"kind":"impute","params":{"stratgy":"mean"}}]})")
                                   << QStringLiteral("'stratgy'");
    QTest::newRow("bad-choice") << QByteArray(
        R"({"version":1,"steps":[{"kind":"impute","params":{"strategy":"mode"}}]})")
                                << QStringLiteral(
                                       "'strategy' must be one of mean, median, most_frequent, constant");
    QTest::newRow("bad-range") << QByteArray(
        R"({"version":1,"steps":[{"kind":"knn_impute","params":{"n_neighbors":0}}]})")
                               << QStringLiteral("'n_neighbors'");
    QTest::newRow("no-kind") << QByteArray(R"({"version":1,"steps":[{"params":{}}]})")
                             << QStringLiteral("Step 1 has no \"kind\"");
    QTest::newRow("no-steps") << QByteArray(R"({"version":1})") << QStringLiteral("\"steps\"");
    QTest::newRow("newer") << QByteArray(R"({"version":2,"steps":[]})") << QStringLiteral("newer version");
    QTest::newRow("bad-fitted") << QByteArray(
        R"({"version":1,"steps":[{"kind":"standard_scale","fitted":{"columns":["a"]}}]})")
                                << QStringLiteral(
                                       "Step 1 (standard_scale): the saved fitted state cannot be read");
    QTest::newRow("params-not-object")
        << QByteArray(R"({"version":1,"steps":[{"kind":"impute","params":[1]}]})")
        << QStringLiteral("\"params\" must be an object");
}

void TestPrep::fromJsonErrors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, mustContain);
    auto r = Pipeline::fromJson(QJsonDocument::fromJson(json).object());
    QVERIFY(!r.ok());
    QVERIFY2(r.error().message.contains(mustContain), qPrintable(r.error().message));
}

void TestPrep::transformErrorsNameStepAndColumn()
{
    Pipeline p = scalerPipeline();
    QVERIFY(p.fitTransform(referenceTrain(), FitInfo()).ok());
    Table missing = referenceTest();
    missing.removeColumn(static_cast<std::size_t>(missing.indexOf(QStringLiteral("age"))));
    auto r = p.transform(missing);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().message.startsWith(
                 QLatin1String("Step 1 (Impute missing values): column 'age' is not in the data.")),
        qPrintable(r.error().message));

    Table mistyped = referenceTest();
    mistyped.column(1) = mistyped.column(1).convertedTo(ColumnType::Text);
    r = p.transform(mistyped);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().message.contains(QLatin1String("'age' is text")), qPrintable(r.error().message));
}

void TestPrep::transformNeedsFit()
{
    Pipeline p = scalerPipeline();
    QVERIFY(!p.isFitted());
    auto r = p.transform(referenceTest());
    QVERIFY(!r.ok());
    QVERIFY2(r.error().message.contains(QLatin1String("Step 1"))
            && r.error().message.contains(QLatin1String("fitted")),
        qPrintable(r.error().message));
}

void TestPrep::leakageScalerSeesTrainingRowsOnly()
{
    // The whole table is split; the pipeline is fitted on the training rows. The scaler's
    // fitted mean and std must be those of the training rows alone, not of the table.
    const Table all = mixedTable(300, 11);
    SplitConfig cfg;
    cfg.seed = 5;
    cfg.targetColumn = QStringLiteral("spend");
    auto split = splitRows(all, cfg);
    QVERIFY(split.ok());
    const Table train = all.takeRows(split->train);

    Pipeline p;
    p.append(makeStep(QStringLiteral("standard_scale"),
        { { QStringLiteral("columns"), QStringList { QStringLiteral("visits") } } }));
    QVERIFY(p.fitTransform(train, regressionInfo()).ok());
    const QJsonObject fitted = p.toJson(true)[QStringLiteral("steps")]
                                   .toArray()[0]
                                   .toObject()[QStringLiteral("fitted")]
                                   .toObject();
    const double mean = fitted[QStringLiteral("mean")].toObject()[QStringLiteral("visits")].toDouble();
    const double scale = fitted[QStringLiteral("scale")].toObject()[QStringLiteral("visits")].toDouble();

    auto meanStd = [](const std::vector<double>& v) {
        double s = 0;
        for (double x : v)
            s += x;
        const double m = s / static_cast<double>(v.size());
        double q = 0;
        for (double x : v)
            q += (x - m) * (x - m);
        return std::make_pair(m, std::sqrt(q / static_cast<double>(v.size())));
    };
    const auto [trainMean, trainStd] = meanStd(values(train, QStringLiteral("visits")));
    const auto [allMean, allStd] = meanStd(values(all, QStringLiteral("visits")));
    QVERIFY(std::fabs(mean - trainMean) < 1e-12 * trainMean);
    QVERIFY(std::fabs(scale - trainStd) < 1e-12 * trainStd);
    QVERIFY(std::fabs(mean - allMean) > 1e-6);
    QVERIFY(std::fabs(scale - allStd) > 1e-6);

    // Validation rows are replayed with the training statistics.
    const Table valid = all.takeRows(split->valid);
    auto out = p.transform(valid);
    QVERIFY(out.ok());
    const std::vector<double> raw = values(valid, QStringLiteral("visits"));
    const std::vector<double> scaled = values(out.value(), QStringLiteral("visits"));
    for (std::size_t i = 0; i < raw.size(); ++i)
        QVERIFY(std::fabs(scaled[i] - (raw[i] - trainMean) / trainStd) < 1e-12);
}

void TestPrep::trainOnlyStepsSkippedOnOtherData()
{
    const Table train = mixedTable(80, 3);
    Pipeline p;
    p.append(makeStep(QStringLiteral("drop_outliers"),
        { { QStringLiteral("columns"), QStringList { QStringLiteral("income") } },
            { QStringLiteral("method"), QStringLiteral("percentile") }, { QStringLiteral("low"), 10.0 },
            { QStringLiteral("high"), 90.0 } }));
    p.append(makeStep(QStringLiteral("drop_missing_rows"),
        { { QStringLiteral("columns"), QStringList { QStringLiteral("age") } },
            { QStringLiteral("train_only"), true } }));
    QVERIFY(p.step(0).trainOnly());
    QVERIFY(p.step(1).trainOnly());
    auto fitted = p.fitTransform(train, regressionInfo());
    QVERIFY(fitted.ok());
    QVERIFY(fitted->rowCount() < train.rowCount() * 0.85);
    QCOMPARE(fitted->find(QStringLiteral("age"))->missingCount(), std::size_t(0));
    // The same rows as other data: every row is kept.
    auto replay = p.transform(train);
    QVERIFY(replay.ok());
    QCOMPARE(replay->rowCount(), train.rowCount());
    QVERIFY(p.step(0).describe().contains(QLatin1String("training rows only")));
}

void TestPrep::disabledStepsAreSkipped()
{
    Pipeline p = scalerPipeline();
    p.step(1).setEnabled(false);
    auto r = p.fitTransform(referenceTrain(), FitInfo());
    QVERIFY(r.ok());
    QVERIFY(!p.step(1).isFitted());
    QVERIFY(p.isFitted()); // disabled steps do not count
    PP_COMPARE_NUMBERS(values(r.value(), QStringLiteral("age")),
        (std::vector<double> { 34, 45, 29, 40.25, 52, 23, 41, 38, 40.25, 60 }), 1e-15);
    const QJsonObject json = p.toJson(true);
    QCOMPARE(
        json[QStringLiteral("steps")].toArray()[1].toObject()[QStringLiteral("enabled")].toBool(), false);
    auto back = Pipeline::fromJson(json);
    QVERIFY(back.ok());
    QVERIFY(!back->step(1).isEnabled());
    QCOMPARE(compact(back->toJson(true)), compact(json));
}

void TestPrep::cloneIsIndependent()
{
    Pipeline p = scalerPipeline();
    QVERIFY(p.fitTransform(referenceTrain(), FitInfo()).ok());
    Pipeline c = p.clone();
    QCOMPARE(compact(c.toJson(true)), compact(p.toJson(true)));
    QCOMPARE(dump(c.transform(referenceTest()).value()), dump(p.transform(referenceTest()).value()));
    c.step(0).setParams({ { QStringLiteral("strategy"), QStringLiteral("median") } });
    QVERIFY(!c.step(0).isFitted());
    QVERIFY(p.step(0).isFitted());
    // Editing helpers.
    auto taken = c.take(0);
    QCOMPARE(c.size(), std::size_t(1));
    c.insert(5, std::move(taken));
    QCOMPARE(c.step(1).kind(), QStringLiteral("impute"));
    c.move(1, 0);
    QCOMPARE(c.step(0).kind(), QStringLiteral("impute"));
}

void TestPrep::progressAndCancellation()
{
    Pipeline p = scalerPipeline();
    p.append(makeStep(QStringLiteral("knn_impute"), {}));
    std::vector<double> seen;
    JobControl job([&](double f, const QString&) { seen.push_back(f); });
    QVERIFY(p.fitTransform(mixedTable(200), regressionInfo(), &job).ok());
    QVERIFY(!seen.empty());
    QCOMPARE(seen.back(), 1.0);
    QVERIFY(std::is_sorted(seen.begin(), seen.end()));

    JobControl cancelled;
    cancelled.cancel();
    auto r = p.fitTransform(mixedTable(50), regressionInfo(), &cancelled);
    QVERIFY(!r.ok());
    QVERIFY(r.cancelled());
    auto t = p.transform(mixedTable(50), &cancelled);
    QVERIFY(t.cancelled());
}

void TestPrep::cancelInsideStep()
{
    // Cancelled from the progress callback while the KNN step works through its rows: the
    // pipeline stops and reports cancellation, not an error.
    Table train = mixedTable(400, 4);
    Pipeline p;
    p.append(makeStep(QStringLiteral("knn_impute"), { { QStringLiteral("scale"), false } }));
    JobControl job;
    int calls = 0;
    job.setProgressFn([&](double f, const QString&) {
        if (f > 0.2 && ++calls == 1)
            job.cancel();
    });
    auto r = p.fitTransform(train, regressionInfo(), &job);
    QVERIFY(!r.ok());
    QVERIFY(r.cancelled());
    QVERIFY(calls >= 1);
}

// ---------------------------------------------------------------------------------------------
// Splits

void TestPrep::splitRandomDisjointAndCovering()
{
    Table t = mixedTable(101, 9);
    // Three rows without a target are left out and counted.
    t.column(static_cast<std::size_t>(t.indexOf(QStringLiteral("spend")))).numbers()[4] = NaN;
    t.column(static_cast<std::size_t>(t.indexOf(QStringLiteral("spend")))).numbers()[50] = NaN;
    t.column(static_cast<std::size_t>(t.indexOf(QStringLiteral("spend")))).numbers()[100] = NaN;
    SplitConfig cfg;
    cfg.testSize = 0.2;
    cfg.validSize = 0.15;
    cfg.targetColumn = QStringLiteral("spend");
    auto s = splitRows(t, cfg);
    QVERIFY(s.ok());
    QCOMPARE(s->missingTarget, std::size_t(3));
    // sklearn train_test_split sizes: ceil(0.2 · 98) = 20 test, ceil(0.15 · 98) = 15 valid.
    QCOMPARE(s->test.size(), std::size_t(20));
    QCOMPARE(s->valid.size(), std::size_t(15));
    QCOMPARE(s->train.size(), std::size_t(63));
    std::vector<std::size_t> all;
    all.insert(all.end(), s->train.begin(), s->train.end());
    all.insert(all.end(), s->valid.begin(), s->valid.end());
    all.insert(all.end(), s->test.begin(), s->test.end());
    std::sort(all.begin(), all.end());
    QVERIFY(std::adjacent_find(all.begin(), all.end()) == all.end()); // disjoint
    std::vector<std::size_t> expected;
    for (std::size_t r = 0; r < 101; ++r)
        if (r != 4 && r != 50 && r != 100)
            expected.push_back(r);
    QCOMPARE(all, expected); // covering every row with a target
    QVERIFY(std::is_sorted(s->train.begin(), s->train.end()));
}

void TestPrep::splitStratifiedProportions()
{
    // 200 rows, 30 % "yes": every part keeps the share to within one row.
    std::vector<QString> labels;
    for (int i = 0; i < 200; ++i)
        labels.push_back(i % 10 < 3 ? QStringLiteral("yes") : QStringLiteral("no"));
    Table t;
    t.addColumn(Column::categoricalFromStrings(QStringLiteral("buyer"), labels));
    SplitConfig cfg;
    cfg.method = SplitConfig::Stratified;
    cfg.targetColumn = QStringLiteral("buyer");
    cfg.testSize = 0.25;
    cfg.validSize = 0.1;
    cfg.seed = 3;
    auto s = splitRows(t, cfg);
    QVERIFY2(s.ok(), qPrintable(s.error().message));
    auto yes = [&](const std::vector<std::size_t>& rows) {
        std::size_t n = 0;
        for (auto r : rows)
            n += labels[r] == QLatin1String("yes") ? 1 : 0;
        return n;
    };
    QCOMPARE(s->test.size(), std::size_t(50));
    QCOMPARE(s->valid.size(), std::size_t(20));
    QCOMPARE(yes(s->test), std::size_t(15)); // 30 % of 50
    QCOMPARE(yes(s->valid), std::size_t(6)); // 30 % of 20
    QCOMPARE(yes(s->train), std::size_t(39)); // 30 % of 130

    // A class of one row cannot be in every part: a warning, not an error.
    labels.push_back(QStringLiteral("rare"));
    Table t2;
    t2.addColumn(Column::categoricalFromStrings(QStringLiteral("buyer"), labels));
    auto s2 = splitRows(t2, cfg);
    QVERIFY(s2.ok());
    QVERIFY(!s2.warnings().empty());
    QCOMPARE(s2.warnings().front().kind, QStringLiteral("small_class"));
}

void TestPrep::splitTimeOrder()
{
    Table t = mixedTable(50, 5);
    // Shuffle the dates so that time order differs from row order; one date missing.
    auto& times = t.column(static_cast<std::size_t>(t.indexOf(QStringLiteral("joined")))).times();
    std::vector<std::size_t> perm(times.size());
    std::iota(perm.begin(), perm.end(), std::size_t(0));
    SplitMix64 rng(1);
    shuffleIndices(perm, rng);
    std::vector<std::int64_t> shuffled(times.size());
    for (std::size_t i = 0; i < perm.size(); ++i)
        shuffled[i] = times[perm[i]];
    times = shuffled;
    times[7] = kMissingTime;
    SplitConfig cfg;
    cfg.method = SplitConfig::Time;
    cfg.timeColumn = QStringLiteral("joined");
    cfg.testSize = 0.2;
    cfg.validSize = 0.2;
    auto s = splitRows(t, cfg);
    QVERIFY(s.ok());
    QCOMPARE(s->missingTime, std::size_t(1));
    QCOMPARE(s->train.size() + s->valid.size() + s->test.size(), std::size_t(49));
    auto maxTime = [&](const std::vector<std::size_t>& rows) {
        std::int64_t m = std::numeric_limits<std::int64_t>::min();
        for (auto r : rows)
            m = std::max(m, times[r]);
        return m;
    };
    auto minTime = [&](const std::vector<std::size_t>& rows) {
        std::int64_t m = std::numeric_limits<std::int64_t>::max();
        for (auto r : rows)
            m = std::min(m, times[r]);
        return m;
    };
    QVERIFY(maxTime(s->train) < minTime(s->valid));
    QVERIFY(maxTime(s->valid) < minTime(s->test));
    for (std::size_t i = 1; i < s->train.size(); ++i)
        QVERIFY(times[s->train[i - 1]] <= times[s->train[i]]);
}

void TestPrep::splitSeedsAndErrors()
{
    const Table t = mixedTable(40, 6);
    SplitConfig cfg;
    cfg.seed = 123;
    auto a = splitRows(t, cfg);
    auto b = splitRows(t, cfg);
    QCOMPARE(a->test, b->test);
    QCOMPARE(a->train, b->train);
    cfg.seed = 124;
    auto c = splitRows(t, cfg);
    QVERIFY(c->test != a->test);

    cfg.testSize = 0.6;
    cfg.validSize = 0.4;
    QVERIFY(!splitRows(t, cfg).ok());
    cfg.testSize = -0.1;
    QVERIFY(!splitRows(t, cfg).ok());
    cfg = SplitConfig();
    cfg.method = SplitConfig::Time;
    cfg.timeColumn = QStringLiteral("nope");
    auto e = splitRows(t, cfg);
    QVERIFY(!e.ok());
    QVERIFY(e.error().message.contains(QLatin1String("'nope'")));
    cfg.timeColumn = QStringLiteral("note");
    QVERIFY(!splitRows(t, cfg).ok());
    QVERIFY(!splitRows(Table(), SplitConfig()).ok());
    QVERIFY(!splitRows(t.head(1), SplitConfig()).ok()); // one row cannot make three parts
}

void TestPrep::kFoldSizesAsSklearn()
{
    // [len(t) for _, t in KFold(5, shuffle=True, random_state=0).split(range(23))] -> [5, 5, 5, 4, 4]
    auto folds = kFoldIndices(23, 5, 42);
    QVERIFY(folds.ok());
    std::vector<std::size_t> sizes;
    std::vector<std::size_t> all;
    for (const auto& f : folds.value()) {
        sizes.push_back(f.size());
        all.insert(all.end(), f.begin(), f.end());
    }
    QCOMPARE(sizes, (std::vector<std::size_t> { 5, 5, 5, 4, 4 }));
    std::sort(all.begin(), all.end());
    std::vector<std::size_t> expected(23);
    std::iota(expected.begin(), expected.end(), std::size_t(0));
    QCOMPARE(all, expected); // disjoint and covering
    const auto train = kFoldTrainRows(folds.value(), 2, 23);
    QCOMPARE(train.size(), std::size_t(18));
    for (auto r : folds.value()[2])
        QVERIFY(!std::binary_search(train.begin(), train.end(), r));
    // Same seed, same folds; another seed, other folds.
    QCOMPARE(kFoldIndices(23, 5, 42).value(), folds.value());
    QVERIFY(kFoldIndices(23, 5, 43).value() != folds.value());
    QVERIFY(!kFoldIndices(3, 5, 1).ok());
    QVERIFY(!kFoldIndices(10, 1, 1).ok());
}

void TestPrep::stratifiedKFoldAsSklearn()
{
    // labels = [0]*11 + [1]*7 + [2]*5 shuffled with RandomState(3);
    // StratifiedKFold(4, shuffle=True): per-fold test class counts
    // [[3, 1, 2], [3, 2, 1], [3, 2, 1], [2, 2, 1]]
    const std::vector<int> labels = { 2, 1, 1, 1, 1, 1, 0, 0, 2, 1, 0, 2, 0, 0, 0, 2, 0, 1, 2, 0, 0, 0, 0 };
    for (quint64 seed : { 1ULL, 2ULL, 99ULL }) {
        auto folds = kFoldIndices(labels.size(), 4, seed, labels);
        QVERIFY(folds.ok());
        std::vector<std::vector<int>> counts;
        std::vector<std::size_t> all;
        for (const auto& f : folds.value()) {
            std::vector<int> c(3, 0);
            for (auto r : f)
                ++c[static_cast<std::size_t>(labels[r])];
            counts.push_back(c);
            all.insert(all.end(), f.begin(), f.end());
        }
        QCOMPARE(
            counts, (std::vector<std::vector<int>> { { 3, 1, 2 }, { 3, 2, 1 }, { 3, 2, 1 }, { 2, 2, 1 } }));
        std::sort(all.begin(), all.end());
        QVERIFY(std::adjacent_find(all.begin(), all.end()) == all.end());
        QCOMPARE(all.size(), labels.size());
    }
    QVERIFY(!kFoldIndices(4, 2, 1, { 0, 1, 2, 3 }).ok()); // every class smaller than k
    QVERIFY(!kFoldIndices(4, 2, 1, { 0, 1 }).ok()); // one label per row
}

QTEST_GUILESS_MAIN(TestPrep)
