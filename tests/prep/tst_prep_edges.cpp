// Edge cases for every step kind: an empty table, a single row, an all-missing column. Each
// step either works (and keeps the shape it promises) or fails with a message that names it;
// the kinds expected to refuse are listed explicitly so that a change shows up here.
#include "tst_prep.h"

#include <QSet>

using namespace pp;
using namespace pptest;

namespace {

/// Settings that apply to mixedTable()-shaped data (as in jsonRoundTrip).
QVariantMap paramsFor(const QString& kind)
{
    const QHash<QString, QVariantMap> params = {
        { "select_columns", { { "columns", QStringList { "income", "age" } } } },
        { "rename_column", { { "column", "visits" }, { "new_name", "n_visits" } } },
        { "change_type", { { "columns", QStringList { "visits" } }, { "to", "categorical" } } },
        { "set_role", { { "columns", QStringList { "note" } }, { "role", "id" } } },
        { "interpolate", { { "order_by", "joined" } } },
        { "log1p", { { "columns", QStringList { "visits" } } } },
        { "sqrt", { { "columns", QStringList { "visits" } } } },
        { "box_cox", { { "columns", QStringList { "visits" } } } },
        { "onehot", { { "columns", QStringList { "channel", "member" } } } },
        { "ordinal", { { "column", "channel" } } },
        { "target_encode", { { "columns", QStringList { "channel" } } } },
        { "iforest_drop", { { "trees", 5 } } },
        { "iforest_flag", { { "trees", 5 } } },
    };
    return params.value(kind);
}

const QStringList kKinds = { "select_columns", "rename_column", "change_type", "set_role",
    "drop_missing_rows", "drop_sparse_columns", "impute", "interpolate", "knn_impute", "missing_indicator",
    "clip_outliers", "drop_outliers", "iforest_drop", "iforest_flag", "log1p", "sqrt", "box_cox", "yeo_johnson", "bin",
    "standard_scale", "minmax_scale", "robust_scale", "onehot", "ordinal", "frequency", "target_encode" };

} // namespace

void TestPrep::edgeCases_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("shape");
    QTest::addColumn<bool>("expectOk");
    // Target encoding needs two rows with a target to have anything out of fold.
    const QSet<QString> refuseEmpty = { "target_encode" };
    const QSet<QString> refuseSingle = { "target_encode" };
    for (const QString& kind : kKinds) {
        QTest::newRow(qPrintable(kind + QStringLiteral("/empty")))
            << kind << QStringLiteral("empty") << !refuseEmpty.contains(kind);
        QTest::newRow(qPrintable(kind + QStringLiteral("/single")))
            << kind << QStringLiteral("single") << !refuseSingle.contains(kind);
        QTest::newRow(qPrintable(kind + QStringLiteral("/all-missing")))
            << kind << QStringLiteral("all-missing") << true;
    }
}

void TestPrep::edgeCases()
{
    QFETCH(QString, kind);
    QFETCH(QString, shape);
    QFETCH(bool, expectOk);
    Table t = mixedTable(shape == QLatin1String("single") ? 1 : 12, 21);
    if (shape == QLatin1String("empty"))
        t = t.head(0);
    if (shape == QLatin1String("all-missing")) {
        for (double& v : t.column(static_cast<std::size_t>(t.indexOf(QStringLiteral("income")))).numbers())
            v = NaN;
        for (auto& c : t.column(static_cast<std::size_t>(t.indexOf(QStringLiteral("channel")))).codes())
            c = kMissingCode;
    }
    FitInfo info;
    info.targets = { QStringLiteral("spend") };
    auto step = makeStep(kind, paramsFor(kind));
    QVERIFY(step);
    auto r = step->fitTransform(t, info, nullptr);
    if (!expectOk) {
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.startsWith(
                     StepRegistry::instance().find(kind)->displayName() + QLatin1Char(':')),
            qPrintable(r.error().message));
        return;
    }
    QVERIFY2(r.ok(), qPrintable(r.error().message));
    QVERIFY(r->rowCount() <= t.rowCount());
    for (const Column& c : r->columns())
        QCOMPARE(c.size(), r->rowCount());
    QVERIFY(!step->describe().isEmpty());
    // The fitted step replays on the same shape, and its state survives JSON.
    if (!step->trainOnly()) {
        auto again = step->transform(t, nullptr);
        QVERIFY2(again.ok(), qPrintable(again.error().message));
    }
    auto copy = makeStep(kind, paramsFor(kind));
    QVERIFY(copy->setFittedState(step->fittedState()).ok());
    QCOMPARE(copy->fittedState(), step->fittedState());
    if (shape == QLatin1String("all-missing")
        && (kind == QLatin1String("impute") || kind == QLatin1String("standard_scale"))) {
        bool warned = false;
        for (const auto& w : r.warnings())
            warned = warned || w.kind == QLatin1String("all_missing");
        QVERIFY(warned);
        QCOMPARE(r->find(QStringLiteral("income"))->missingCount(), r->rowCount());
    }
}

void TestPrep::typeMismatchAtTransform()
{
    // Fitted on numbers, given text: every numeric step names the column and both types.
    const QStringList numericKinds = { "impute", "interpolate", "knn_impute", "clip_outliers", "log1p",
        "sqrt", "yeo_johnson", "bin", "standard_scale", "minmax_scale", "robust_scale" };
    for (const QString& kind : numericKinds) {
        auto step
            = makeStep(kind, { { QStringLiteral("columns"), QStringList { QStringLiteral("visits") } } });
        QVERIFY(step->fit(referenceTrain(), FitInfo(), nullptr).ok());
        Table bad = referenceTest();
        bad.column(2) = bad.column(2).convertedTo(ColumnType::Text);
        auto r = step->transform(bad, nullptr);
        QVERIFY2(!r.ok(), qPrintable(kind));
        QVERIFY2(
            r.error().message.contains(QLatin1String("'visits' is text")), qPrintable(r.error().message));
        bad.removeColumn(2);
        r = step->transform(bad, nullptr);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(QLatin1String("'visits' is not in the data")),
            qPrintable(r.error().message));
    }
    // A bad fitted state is an error, not a crash.
    auto step = makeStep(QStringLiteral("knn_impute"));
    QVERIFY(
        !step->setFittedState(QJsonObject { { QStringLiteral("columns"), QJsonArray { QStringLiteral("a") } },
                                  { QStringLiteral("donors"), QJsonArray { QJsonArray { 1, 2 } } } })
             .ok());
    QVERIFY(!step->isFitted());
}
