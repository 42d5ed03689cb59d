// XGBoost tree models ("tree", "forest", "gbdt"): learning, reproducibility, saving, early
// stopping, cancel, per-round records, missing values, output shapes, parameter errors, and
// predictions equal to Python xgboost 1.7.4's (the same library) on a fixed dataset.
#include "ml/epoch_metrics.h"
#include "ml/metrics.h"
#include "ml/model.h"
#include "ml/xgb_model.h"
#include "tree_test_data.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include <atomic>
#include <chrono>
#include <cmath>
#include <limits>
#include <thread>

using namespace pp;
using namespace pp::test;

Q_DECLARE_METATYPE(pp::Task)

namespace {

/// The validation metrics trainModel() reports for `model` on `valid`: metrics::evaluate
/// (unweighted) of predict(), binary decided at the default threshold P(class 1) >= 0.5.
QJsonObject trainerMetrics(const Model& model, const MlData& valid)
{
    Prediction p = model.predict(valid.x).value();
    if (p.task == Task::Binary)
        p.value = (p.proba.col(1).array() >= 0.5).cast<double>().matrix();
    return metrics::evaluate(p.task, valid.y, p, valid.classNames);
}

} // namespace

class TestTrees : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { registerTreeModels(); }
    void registry();
    void learnsEasyProblems_data();
    void learnsEasyProblems();
    void reproducibleBySeed_data();
    void reproducibleBySeed();
    void serializeRoundTrip_data();
    void serializeRoundTrip();
    void deserializeRejectsOtherModels();
    void earlyStoppingKeepsBestRound();
    void earlyStoppingWithoutValidationWarns();
    void cancelKeepsRoundsDone();
    void cancelBeforeStart();
    void pauseHoldsBetweenRounds();
    void oneRecordPerRound_data();
    void oneRecordPerRound();
    void largeTrainingSetLossIsSampled();
    void missingValues();
    void outputShapes();
    void sampleWeightsCountLikeRepeatedRows();
    void singleRow();
    void importanceFindsTheDriver();
    void badParams_data();
    void badParams();
    void badData_data();
    void badData();
    void xgboostErrorsAreReadable();
    void matchesPythonXgboost_data();
    void matchesPythonXgboost();
};

void TestTrees::registry()
{
    for (const char* kind : { "tree", "forest", "gbdt" }) {
        const ModelInfo* info = ModelRegistry::instance().find(QLatin1String(kind));
        QVERIFY2(info, kind);
        QCOMPARE(info->family, QStringLiteral("tree"));
        QVERIFY(info->acceptsMissing);
        QVERIFY(!info->needsScaling);
        QCOMPARE(info->tasks.size(), std::size_t(4));
        QVERIFY(!info->displayName().isEmpty());
        for (const ParamSpec& spec : info->params(Task::Binary))
            QVERIFY2(!spec.label.isEmpty() && !spec.tooltip.isEmpty(), qPrintable(spec.key));
    }
}

void TestTrees::learnsEasyProblems_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<Task>("task");
    QTest::addColumn<double>("minimum"); // R² for regression, accuracy otherwise
    for (const char* kind : { "tree", "forest", "gbdt" }) {
        // A forest's column sampling (1 of 3 columns per split) blurs a step function a little.
        QTest::addRow("%s-step", kind)
            << QString::fromLatin1(kind) << Task::Regression << (QByteArray(kind) == "forest" ? 0.95 : 0.99);
        QTest::addRow("%s-binary", kind) << QString::fromLatin1(kind) << Task::Binary << 1.0;
        QTest::addRow("%s-multiclass", kind) << QString::fromLatin1(kind) << Task::Multiclass << 1.0;
        QTest::addRow("%s-multilabel", kind) << QString::fromLatin1(kind) << Task::Multilabel << 1.0;
    }
}

void TestTrees::learnsEasyProblems()
{
    QFETCH(QString, kind);
    QFETCH(Task, task);
    QFETCH(double, minimum);
    const MlData train = makeData(task, 2000, 1);
    const MlData test = makeData(task, 1000, 2, 0.0, 0.08);
    auto model = create(kind, task);
    QVERIFY(model);
    FitContext ctx = context();
    QVERIFY(model->fit(train, nullptr, ctx).ok());
    QVERIFY(model->isFitted());
    auto pred = model->predict(test.x);
    QVERIFY2(pred.ok(), qPrintable(pred.error().message));
    const double score = task == Task::Regression ? r2(pred->value, test.y) : accuracy(pred.value(), test.y);
    QVERIFY2(score >= minimum, qPrintable(QString::number(score)));
}

void TestTrees::reproducibleBySeed_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QVariantMap>("params");
    QTest::newRow("forest") << QStringLiteral("forest")
                            << QVariantMap { { QStringLiteral("n_estimators"), 20 } };
    QTest::newRow("gbdt-subsample") << QStringLiteral("gbdt")
                                    << QVariantMap { { QStringLiteral("n_estimators"), 20 },
                                           { QStringLiteral("subsample"), 0.7 },
                                           { QStringLiteral("colsample_bytree"), 0.7 } };
}

void TestTrees::reproducibleBySeed()
{
    QFETCH(QString, kind);
    QFETCH(QVariantMap, params);
    const MlData train = makeData(Task::Regression, 1000, 3, 1.0);
    auto predictWithSeed = [&](quint64 seed) {
        auto model = create(kind, Task::Regression, params);
        FitContext ctx = context(2, seed);
        if (!model || !model->fit(train, nullptr, ctx).ok())
            return std::vector<double>();
        return flatten(model->predict(train.x).value());
    };
    const auto first = predictWithSeed(11);
    QVERIFY(!first.empty());
    QCOMPARE(predictWithSeed(11), first);
    QVERIFY(predictWithSeed(12) != first); // the seed does drive the sampling
}

void TestTrees::serializeRoundTrip_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<Task>("task");
    for (const char* kind : { "tree", "forest", "gbdt" })
        for (Task task : { Task::Regression, Task::Binary, Task::Multiclass, Task::Multilabel })
            QTest::addRow("%s-%s", kind, qPrintable(taskName(task))) << QString::fromLatin1(kind) << task;
}

void TestTrees::serializeRoundTrip()
{
    QFETCH(QString, kind);
    QFETCH(Task, task);
    const QVariantMap params { { QStringLiteral("n_estimators"), 15 }, { QStringLiteral("max_depth"), 4 } };
    const QVariantMap used
        = kind == QLatin1String("tree") ? QVariantMap { { QStringLiteral("max_depth"), 4 } } : params;
    MlData train = makeData(task, 500, 4, task == Task::Regression ? 0.5 : 0.0);
    train.x(3, 1) = kNaN; // the missing-value direction must survive too
    auto model = create(kind, task, used);
    QVERIFY(model);
    FitContext ctx = context();
    QVERIFY(model->fit(train, nullptr, ctx).ok());
    auto bytes = model->serialize();
    QVERIFY2(bytes.ok(), qPrintable(bytes.error().message));

    auto loaded = create(kind, task);
    QVERIFY(loaded && !loaded->isFitted());
    const Status s = loaded->deserialize(bytes.value());
    QVERIFY2(s.ok(), qPrintable(s.error().message));
    QVERIFY(loaded->isFitted());
    QCOMPARE(loaded->params(), model->params());
    QCOMPARE(flatten(loaded->predict(train.x).value()), flatten(model->predict(train.x).value()));
    QCOMPARE(loaded->nativeImportance(), model->nativeImportance());
    // And the bytes are stable: saving the loaded model gives the same bytes.
    QCOMPARE(loaded->serialize().value(), bytes.value());
    // The bytes are opaque: reformatted JSON is refused with an error, not misread.
    const QByteArray pretty = QJsonDocument::fromJson(bytes.value()).toJson(QJsonDocument::Indented);
    QVERIFY(!pretty.isEmpty() && pretty != bytes.value());
    const Status prettyLoaded = create(kind, task)->deserialize(pretty);
    QVERIFY(!prettyLoaded.ok());
    QVERIFY(!prettyLoaded.error().message.isEmpty());
}

void TestTrees::deserializeRejectsOtherModels()
{
    const MlData train = makeData(Task::Binary, 200, 5);
    auto model = create(QStringLiteral("tree"), Task::Binary);
    FitContext ctx = context();
    QVERIFY(model->fit(train, nullptr, ctx).ok());
    const QByteArray bytes = model->serialize().value();

    auto otherKind = create(QStringLiteral("gbdt"), Task::Binary);
    const Status wrongKind = otherKind->deserialize(bytes);
    QVERIFY(!wrongKind.ok());
    QVERIFY2(
        wrongKind.error().message.contains(QLatin1String("tree")), qPrintable(wrongKind.error().message));
    QVERIFY(!create(QStringLiteral("tree"), Task::Regression)->deserialize(bytes).ok());
    QVERIFY(!create(QStringLiteral("tree"), Task::Binary)->deserialize("not a model").ok());
    QByteArray broken = bytes;
    broken.chop(200);
    QVERIFY(!create(QStringLiteral("tree"), Task::Binary)->deserialize(broken).ok());
    QByteArray wrongWidth = bytes;
    wrongWidth.replace("\"features\":3", "\"features\":4");
    QVERIFY(wrongWidth != bytes);
    QVERIFY(!create(QStringLiteral("tree"), Task::Binary)->deserialize(wrongWidth).ok());
    QVERIFY(!model->predict(Matrix::Zero(3, 2)).ok()); // wrong column count
    QVERIFY(!create(QStringLiteral("gbdt"), Task::Binary)->predict(train.x).ok()); // not fitted
    QVERIFY(!create(QStringLiteral("gbdt"), Task::Binary)->serialize().ok());
}

void TestTrees::earlyStoppingKeepsBestRound()
{
    // Noisy targets and deep, fast-learning trees: the validation loss bottoms out early.
    const MlData train = makeData(Task::Regression, 600, 6, 3.0);
    const MlData valid = makeData(Task::Regression, 600, 7, 3.0);
    auto model = create(QStringLiteral("gbdt"), Task::Regression,
        { { QStringLiteral("n_estimators"), 300 }, { QStringLiteral("learning_rate"), 0.5 },
            { QStringLiteral("max_depth"), 8 }, { QStringLiteral("early_stopping_rounds"), 10 } });
    std::vector<EpochRecord> records;
    FitContext ctx = context();
    ctx.onEpoch = [&records](const EpochRecord& r) { records.push_back(r); };
    QVERIFY(model->fit(train, &valid, ctx).ok());
    QVERIFY2(records.size() < 300u, qPrintable(QString::number(records.size())));

    std::size_t best = 0;
    for (std::size_t i = 0; i < records.size(); ++i)
        if (records[i].validLoss < records[best].validLoss)
            best = i;
    QCOMPARE(records.size(), best + 1 + 10); // stopped exactly 10 rounds after the best
    auto* xgb = dynamic_cast<XgbModel*>(model.get());
    QVERIFY(xgb);
    QCOMPARE(xgb->bestIteration(), int(best));
    QCOMPARE(xgb->boostedRounds(), int(best) + 1);
    // The kept model is the best round's: its validation RMSE is the recorded best.
    const Vector pred = model->predict(valid.x)->value;
    const double rmse = std::sqrt((pred - valid.y.col(0)).squaredNorm() / valid.rows());
    QVERIFY2(std::abs(rmse - records[best].validLoss) < 1e-5 * rmse,
        qPrintable(QStringLiteral("%1 vs %2").arg(rmse).arg(records[best].validLoss)));
    // ... and so are its final validation R² and MAE (not the last round's).
    const QJsonObject final = trainerMetrics(*model, valid);
    for (const char* key : { "r2", "mae" }) {
        const double expected = final.value(QLatin1String(key)).toDouble();
        QVERIFY(records[best].metrics.contains(QLatin1String(key)));
        QVERIFY2(std::abs(records[best].metrics.value(QLatin1String(key)) - expected) <= 1e-12 * std::abs(expected),
            qPrintable(QStringLiteral("%1: %2 vs %3").arg(QLatin1String(key)).arg(records[best].metrics.value(QLatin1String(key))).arg(expected)));
        QVERIFY(records.back().metrics.value(QLatin1String(key)) != expected);
    }
}

void TestTrees::earlyStoppingWithoutValidationWarns()
{
    const MlData train = makeData(Task::Regression, 200, 8, 1.0);
    auto model = create(QStringLiteral("gbdt"), Task::Regression,
        { { QStringLiteral("n_estimators"), 30 }, { QStringLiteral("early_stopping_rounds"), 5 } });
    FitContext ctx = context();
    const Status s = model->fit(train, nullptr, ctx);
    QVERIFY(s.ok());
    QCOMPARE(s.warnings().size(), std::size_t(1));
    QCOMPARE(s.warnings().front().kind, QStringLiteral("early_stopping_without_validation"));
    QCOMPARE(dynamic_cast<XgbModel*>(model.get())->boostedRounds(), 30);
}

void TestTrees::cancelKeepsRoundsDone()
{
    const MlData train = makeData(Task::Binary, 500, 9, 0.1);
    const MlData valid = makeData(Task::Binary, 200, 10, 0.1);
    auto model = create(QStringLiteral("gbdt"), Task::Binary, { { QStringLiteral("n_estimators"), 100 } });
    JobControl job;
    int records = 0;
    FitContext ctx = context();
    ctx.job = &job;
    ctx.onEpoch = [&](const EpochRecord& r) {
        ++records;
        if (r.epoch == 5)
            job.cancel();
    };
    const Status s = model->fit(train, &valid, ctx);
    QVERIFY(!s.ok());
    QVERIFY(s.cancelled());
    QVERIFY(model->partialFitUsable());
    QVERIFY(model->isFitted());
    QCOMPARE(records, 5);
    QCOMPARE(dynamic_cast<XgbModel*>(model.get())->boostedRounds(), 5);
    auto pred = model->predict(valid.x);
    QVERIFY(pred.ok());
    QVERIFY(accuracy(pred.value(), valid.y) > 0.8);
    QVERIFY(model->serialize().ok());

    // A new, complete fit clears the "partial" state.
    FitContext again = context();
    QVERIFY(model->fit(train, &valid, again).ok());
    QVERIFY(!model->partialFitUsable());
    QCOMPARE(dynamic_cast<XgbModel*>(model.get())->boostedRounds(), 100);
}

void TestTrees::cancelBeforeStart()
{
    const MlData train = makeData(Task::Binary, 100, 11);
    auto model = create(QStringLiteral("forest"), Task::Binary);
    JobControl job;
    job.cancel();
    FitContext ctx = context();
    ctx.job = &job;
    const Status s = model->fit(train, nullptr, ctx);
    QVERIFY(s.cancelled());
    QVERIFY(!model->isFitted());
    QVERIFY(!model->partialFitUsable());
}

void TestTrees::pauseHoldsBetweenRounds()
{
    const MlData train = makeData(Task::Regression, 300, 23, 1.0);
    auto model = create(QStringLiteral("gbdt"), Task::Regression, { { QStringLiteral("n_estimators"), 10 } });
    JobControl job;
    std::atomic<int> lastEpoch { 0 };
    int epochWhenResumed = -1;
    std::thread resumer;
    FitContext ctx = context();
    ctx.job = &job;
    ctx.onEpoch = [&](const EpochRecord& r) {
        lastEpoch = r.epoch;
        if (r.epoch == 3) {
            job.setPaused(true);
            resumer = std::thread([&] {
                std::this_thread::sleep_for(std::chrono::milliseconds(200));
                epochWhenResumed = lastEpoch;
                job.setPaused(false);
            });
        }
    };
    QVERIFY(model->fit(train, nullptr, ctx).ok());
    resumer.join();
    QCOMPARE(epochWhenResumed, 3); // no round ran while paused
    QCOMPARE(lastEpoch.load(), 10);
}

void TestTrees::oneRecordPerRound_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<Task>("task");
    for (const char* kind : { "gbdt", "forest" }) {
        QTest::addRow("%s regression", kind) << QString::fromLatin1(kind) << Task::Regression;
        QTest::addRow("%s binary", kind) << QString::fromLatin1(kind) << Task::Binary;
        QTest::addRow("%s multiclass", kind) << QString::fromLatin1(kind) << Task::Multiclass;
        QTest::addRow("%s multilabel", kind) << QString::fromLatin1(kind) << Task::Multilabel;
    }
}

void TestTrees::oneRecordPerRound()
{
    QFETCH(QString, kind);
    QFETCH(Task, task);
    const MlData train = makeData(task, 800, 12, task == Task::Regression ? 1.0 : 0.0);
    // Noisy validation targets, so that no metric is trivially perfect.
    MlData valid = makeData(task, 400, 13, task == Task::Regression ? 1.0 : 0.0);
    if (task != Task::Regression)
        for (Eigen::Index i = 0; i < valid.rows(); i += 7)
            valid.y(i, 0) = task == Task::Multiclass ? std::fmod(valid.y(i, 0) + 1.0, double(valid.classCount()))
                                                     : 1.0 - valid.y(i, 0);
    valid.weight.assign(static_cast<std::size_t>(valid.rows()), 1.0);
    valid.weight[0] = 5.0; // the losses are weighted as XGBoost weighs them, the metrics are not
    const int rounds = kind == QLatin1String("gbdt") ? 25 : 4;
    auto model = create(kind, task, { { QStringLiteral("n_estimators"), rounds }, { QStringLiteral("max_depth"), 3 } });
    std::vector<EpochRecord> records;
    std::vector<double> progress;
    JobControl job([&progress](double f, const QString&) { progress.push_back(f); });
    FitContext ctx = context();
    ctx.job = &job;
    ctx.onEpoch = [&records](const EpochRecord& r) { records.push_back(r); };
    QVERIFY(model->fit(train, &valid, ctx).ok());
    QVERIFY(!records.empty());
    if (kind == QLatin1String("gbdt"))
        QCOMPARE(records.size(), std::size_t(25));
    const QStringList keys = EpochMetrics::keys(task);
    QCOMPARE(keys.size(), 2);
    for (std::size_t i = 0; i < records.size(); ++i) {
        QCOMPARE(records[i].epoch, int(i) + 1);
        QVERIFY(std::isfinite(records[i].trainLoss) && std::isfinite(records[i].validLoss));
        QCOMPARE(records[i].metrics.keys(), [&] { QStringList k = keys; k.sort(); return k; }());
        QVERIFY(i == 0 || records[i].seconds >= records[i - 1].seconds);
    }
    if (kind == QLatin1String("gbdt"))
        QVERIFY(records.back().trainLoss < records.front().trainLoss);
    QVERIFY(!progress.empty());
    QCOMPARE(progress.back(), 1.0);

    // The last record's metrics equal the final validation metrics as trainModel computes
    // them: metrics::evaluate (unweighted) of predict() at the default threshold 0.5.
    const QJsonObject final = trainerMetrics(*model, valid);
    for (const QString& key : keys) {
        const double epoch = records.back().metrics.value(key);
        const double expected = final.value(key).toDouble();
        QVERIFY2(std::abs(epoch - expected) <= 1e-12 * std::max(1.0, std::abs(expected)),
            qPrintable(QStringLiteral("%1: %2 vs %3").arg(key).arg(epoch, 0, 'g', 17).arg(expected, 0, 'g', 17)));
    }
    if (task == Task::Regression) // MAE is in the target's unit, not a score
        QVERIFY(records.back().metrics.value(QStringLiteral("mae")) > 0.1);
    else
        QVERIFY(records.back().metrics.value(keys.front()) < 1.0);
}

void TestTrees::largeTrainingSetLossIsSampled()
{
    // Above 200,000 rows the training loss is XGBoost's logloss on a fixed random sample of
    // 50,000 rows: close to, but not exactly, the loss over every row.
    const MlData train = makeData(Task::Binary, 210000, 22, 0.2);
    auto model = create(QStringLiteral("gbdt"), Task::Binary,
        { { QStringLiteral("n_estimators"), 3 }, { QStringLiteral("max_depth"), 2 } });
    std::vector<EpochRecord> records;
    FitContext ctx = context();
    ctx.onEpoch = [&records](const EpochRecord& r) { records.push_back(r); };
    QVERIFY(model->fit(train, nullptr, ctx).ok());
    QCOMPARE(records.size(), std::size_t(3));
    const Prediction p = model->predict(train.x).value();
    double logloss = 0.0;
    for (Eigen::Index i = 0; i < train.rows(); ++i)
        logloss -= std::log(train.y(i, 0) > 0.5 ? p.proba(i, 1) : p.proba(i, 0));
    logloss /= train.rows();
    const double sampled = records.back().trainLoss;
    QVERIFY2(std::abs(sampled - logloss) < 0.02 * logloss && std::abs(sampled - logloss) > 1e-7,
        qPrintable(QStringLiteral("%1 vs %2").arg(sampled).arg(logloss)));
}

void TestTrees::missingValues()
{
    // x0 drives the target but is missing in a third of the rows, always for the high
    // values: XGBoost learns to send missing values to the high side.
    MlData train = makeData(Task::Binary, 1500, 14);
    for (Eigen::Index i = 0; i < train.rows(); i += 3)
        if (train.y(i, 0) == 1.0)
            train.x(i, 0) = kNaN;
    train.x.col(2).setConstant(kNaN); // an all-missing column is fine too
    for (const char* kind : { "tree", "forest", "gbdt" }) {
        auto model = create(QLatin1String(kind), Task::Binary);
        FitContext ctx = context();
        const Status s = model->fit(train, nullptr, ctx);
        QVERIFY2(s.ok(), qPrintable(s.error().message));
        Matrix x(3, 3);
        x << kNaN, 0.5, 0.5, // missing x0 -> the high class, as in training
            0.1, kNaN, kNaN, 0.9, 0.5, kNaN;
        auto p = model->predict(x);
        QVERIFY(p.ok());
        QVERIFY(p->proba.allFinite());
        QCOMPARE(p->value(0), 1.0);
        QCOMPARE(p->value(1), 0.0);
        QCOMPARE(p->value(2), 1.0);
    }
}

void TestTrees::outputShapes()
{
    const MlData multi = makeData(Task::Multiclass, 300, 15);
    auto model = create(QStringLiteral("gbdt"), Task::Multiclass, { { QStringLiteral("n_estimators"), 10 } });
    FitContext ctx = context();
    QVERIFY(model->fit(multi, nullptr, ctx).ok());
    Prediction p = model->predict(multi.x.topRows(7)).value();
    QCOMPARE(p.proba.rows(), Eigen::Index(7));
    QCOMPARE(p.proba.cols(), Eigen::Index(3));
    QCOMPARE(p.value.size(), Eigen::Index(7));
    for (Eigen::Index i = 0; i < 7; ++i) {
        QVERIFY(std::abs(p.proba.row(i).sum() - 1.0) < 1e-6);
        Eigen::Index arg = 0;
        p.proba.row(i).maxCoeff(&arg);
        QCOMPARE(p.value(i), double(arg));
    }
    const MlData labels = makeData(Task::Multilabel, 300, 16);
    model = create(QStringLiteral("forest"), Task::Multilabel, { { QStringLiteral("n_estimators"), 10 } });
    QVERIFY(model->fit(labels, nullptr, ctx).ok());
    p = model->predict(labels.x.topRows(5)).value();
    QCOMPARE(p.proba.rows(), Eigen::Index(5));
    QCOMPARE(p.proba.cols(), Eigen::Index(2));
    QCOMPARE(p.labels.rows(), Eigen::Index(5));
    QCOMPARE(p.labels.cols(), Eigen::Index(2));
    QVERIFY((p.labels.array() == (p.proba.array() > 0.5).cast<double>()).all());
    // No rows in, no rows out.
    p = model->predict(Matrix(0, 3)).value();
    QCOMPARE(p.proba.rows(), Eigen::Index(0));
    QCOMPARE(p.proba.cols(), Eigen::Index(2));
}

void TestTrees::sampleWeightsCountLikeRepeatedRows()
{
    // A single tree on rows with weights 1..3 equals the tree on the rows repeated that
    // often (fewer than 256 distinct values, so the histogram bins are the values themselves).
    const MlData base = makeData(Task::Regression, 60, 17, 0.5);
    MlData weighted = base;
    std::vector<Eigen::Index> repeated;
    for (Eigen::Index i = 0; i < base.rows(); ++i) {
        weighted.weight.push_back(double(1 + i % 3));
        for (int k = 0; k <= i % 3; ++k)
            repeated.push_back(i);
    }
    const MlData expanded = base.subset(repeated);
    auto a = create(QStringLiteral("tree"), Task::Regression, { { QStringLiteral("min_samples_leaf"), 4 } });
    auto b = create(QStringLiteral("tree"), Task::Regression, { { QStringLiteral("min_samples_leaf"), 4 } });
    FitContext ctx = context();
    QVERIFY(a->fit(weighted, nullptr, ctx).ok());
    QVERIFY(b->fit(expanded, nullptr, ctx).ok());
    const Vector pa = a->predict(base.x)->value;
    const Vector pb = b->predict(base.x)->value;
    QVERIFY2(
        (pa - pb).cwiseAbs().maxCoeff() < 1e-5, qPrintable(QString::number((pa - pb).cwiseAbs().maxCoeff())));
    // ...and differs from the unweighted tree.
    auto c = create(QStringLiteral("tree"), Task::Regression, { { QStringLiteral("min_samples_leaf"), 4 } });
    QVERIFY(c->fit(base, nullptr, ctx).ok());
    QVERIFY((c->predict(base.x)->value - pa).cwiseAbs().maxCoeff() > 1e-3);
}

void TestTrees::singleRow()
{
    MlData one = makeData(Task::Regression, 1, 18);
    one.y(0, 0) = 42.5;
    for (const char* kind : { "tree", "forest", "gbdt" }) {
        auto model = create(QLatin1String(kind), Task::Regression);
        FitContext ctx = context();
        QVERIFY(model->fit(one, nullptr, ctx).ok());
        // Nothing to split: the prediction is the target itself (the starting score).
        QVERIFY(std::abs(model->predict(one.x)->value(0) - 42.5) < 1e-4);
        const auto importance = model->nativeImportance();
        QCOMPARE(importance, std::vector<double>(3, 0.0));
    }
}

void TestTrees::importanceFindsTheDriver()
{
    const MlData train = makeData(Task::Binary, 1000, 19);
    for (const char* kind : { "tree", "forest", "gbdt" }) {
        auto model = create(QLatin1String(kind), Task::Binary);
        FitContext ctx = context();
        QVERIFY(model->fit(train, nullptr, ctx).ok());
        const auto importance = model->nativeImportance();
        QCOMPARE(importance.size(), std::size_t(3));
        QVERIFY(std::abs(importance[0] + importance[1] + importance[2] - 1.0) < 1e-9);
        QVERIFY2(importance[0] > 0.8, qPrintable(QString::number(importance[0])));
    }
}

void TestTrees::badParams_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QVariantMap>("params");
    QTest::addColumn<QString>("named");
    QTest::newRow("depth-zero") << "gbdt" << QVariantMap { { "max_depth", 0 } } << "max_depth";
    QTest::newRow("rate-text") << "gbdt" << QVariantMap { { "learning_rate", "fast" } } << "learning_rate";
    QTest::newRow("subsample-above-1") << "forest" << QVariantMap { { "subsample", 1.5 } } << "subsample";
    QTest::newRow("trees-fraction") << "forest" << QVariantMap { { "n_estimators", 10.5 } } << "n_estimators";
    QTest::newRow("unknown-key") << "tree" << QVariantMap { { "n_estimators", 10 } } << "n_estimators";
    QTest::newRow("negative-leaf") << "tree" << QVariantMap { { "min_samples_leaf", -1 } }
                                   << "min_samples_leaf";
}

void TestTrees::badParams()
{
    QFETCH(QString, kind);
    QFETCH(QVariantMap, params);
    QFETCH(QString, named);
    auto r = ModelRegistry::instance().create(kind, Task::Regression, params);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().message.contains(named), qPrintable(r.error().message));
}

void TestTrees::badData_data()
{
    QTest::addColumn<Task>("task");
    QTest::addColumn<int>("problem");
    QTest::newRow("no-rows") << Task::Regression << 0;
    QTest::newRow("nan-target") << Task::Regression << 1;
    QTest::newRow("binary-label-2") << Task::Binary << 2;
    QTest::newRow("fractional-class") << Task::Multiclass << 3;
    QTest::newRow("weights-size") << Task::Regression << 4;
    QTest::newRow("valid-columns") << Task::Binary << 5;
    QTest::newRow("zero-weights") << Task::Binary << 6;
    QTest::newRow("infinite-feature") << Task::Regression << 7;
}

void TestTrees::badData()
{
    QFETCH(Task, task);
    QFETCH(int, problem);
    MlData train = makeData(task, 50, 20);
    MlData valid = makeData(task, 20, 21);
    switch (problem) {
    case 0:
        train = train.subset({});
        break;
    case 1:
        train.y(7, 0) = kNaN;
        break;
    case 2:
        train.y(7, 0) = 2.0;
        break;
    case 3:
        train.y(7, 0) = 0.5;
        break;
    case 4:
        train.weight = { 1.0, 2.0 };
        break;
    case 5:
        valid.x = Matrix::Zero(20, 2);
        break;
    case 6:
        train.weight.assign(50, 0.0);
        break;
    case 7:
        train.x(4, 1) = std::numeric_limits<double>::infinity();
        break;
    }
    auto model = create(QStringLiteral("gbdt"), task, { { QStringLiteral("n_estimators"), 5 } });
    FitContext ctx = context();
    const Status s = model->fit(train, &valid, ctx);
    QVERIFY(!s.ok());
    QVERIFY(!s.cancelled());
    QVERIFY(!s.error().message.isEmpty());
    QVERIFY(!model->isFitted());
}

void TestTrees::xgboostErrorsAreReadable()
{
    const MlData train = makeData(Task::Regression, 50, 24);
    auto model = create(QStringLiteral("tree"), Task::Regression);
    FitContext ctx = context();
    QVERIFY(model->fit(train, nullptr, ctx).ok());
    Matrix x = train.x.topRows(2);
    x(1, 2) = -std::numeric_limits<double>::infinity();
    auto p = model->predict(x); // XGBoost itself refuses infinities here
    QVERIFY(!p.ok());
    const QString message = p.error().message;
    QVERIFY2(message.contains(QLatin1String("inf")), qPrintable(message));
    QVERIFY2(!message.contains(QLatin1String("Stack trace")) && !message.contains(QLatin1String(".cc:")),
        qPrintable(message));
}

void TestTrees::matchesPythonXgboost_data()
{
    // Expected values from Python xgboost 1.7.4 (Debian's python3-xgboost, the same library),
    // predictions for the first 8 rows (row-major for several outputs). /usr/bin/python3:
    //
    //   import numpy as np, xgboost as xgb
    //   n = 40; X = np.zeros((n, 3)); yr = np.zeros(n); yb = np.zeros(n); ym = np.zeros(n); yl = np.zeros((n,
    //   2)) for i in range(n):
    //       x0 = ((i * 37) % 41) / 41.0; x1 = ((i * 13) % 17) - 8.0
    //       x2 = float('nan') if i % 7 == 3 else (i % 5) * 0.5
    //       X[i] = [x0, x1, x2]; yr[i] = 3 * x0 + (2 if x1 > 0 else 0) + (i % 3) * 0.1
    //       b = 1 if x0 + 0.05 * x1 > 0.5 else 0; yb[i] = 1 - b if i % 11 == 0 else b
    //       c = 0 if x0 < 0.33 else (1 if x0 < 0.66 else 2); ym[i] = (c + 1) % 3 if i % 13 == 5 else c
    //       yl[i] = [yb[i], 1 if x1 > 0 else 0]
    //   common = {'booster': 'gbtree', 'tree_method': 'hist', 'seed': 7, 'nthread': 1, 'max_bin': 256}
    //   def run(name, y, params, rounds):
    //       p = dict(common); p.update(params)
    //       b = xgb.train(p, xgb.DMatrix(X, label=y, missing=np.nan), rounds)
    //       out = b.predict(xgb.DMatrix(X[:8], missing=np.nan), strict_shape=True)
    //       print(name, ', '.join('%.9g' % v for v in out.ravel()))
    //   run('gbdt_regression', yr, {'objective': 'reg:squarederror', 'base_score': float(np.mean(yr)), 'eta':
    //   0.3,
    //       'max_depth': 3, 'lambda': 1, 'alpha': 0, 'subsample': 0.8, 'colsample_bytree': 1,
    //       'min_child_weight': 1}, 10)
    //   run('gbdt_binary', yb, {'objective': 'binary:logistic', 'eta': 0.3, 'max_depth': 3, 'lambda': 1,
    //   'alpha': 0,
    //       'subsample': 1, 'colsample_bytree': 1, 'min_child_weight': 1}, 10)
    //   run('tree_multiclass', ym, {'objective': 'multi:softprob', 'num_class': 3, 'eta': 1,
    //   'num_parallel_tree': 1,
    //       'max_depth': 4, 'lambda': 0, 'min_child_weight': 2 * (2.0 * (1 / 3) * (1 - 1 / 3)) * (1 - 1e-6)},
    //       1)
    //   run('forest_binary', yb, {'objective': 'binary:logistic', 'eta': 1, 'num_parallel_tree': 5,
    //   'max_depth': 4,
    //       'lambda': 0, 'subsample': 0.632, 'colsample_bynode': 0.5, 'min_child_weight': 1 * 0.25 * (1 -
    //       1e-6)}, 1)
    //   run('gbdt_multilabel', yl, {'objective': 'binary:logistic', 'eta': 0.3, 'max_depth': 2, 'lambda': 1,
    //   'alpha': 0,
    //       'subsample': 1, 'colsample_bytree': 1, 'min_child_weight': 1}, 5)
    //   run('forest_regression', yr, {'objective': 'reg:squarederror', 'base_score': float(np.mean(yr)),
    //       'eta': 0.5, 'num_parallel_tree': 5, 'max_depth': 3, 'lambda': 0, 'alpha': 0.5, 'subsample': 0.632,
    //       'colsample_bytree': 0.67, 'colsample_bynode': 0.5, 'min_child_weight': 1 * (1 - 1e-6)}, 1)
    //
    // Our side: min_samples_leaf 2 (multiclass) and 1 (binary) are those min_child_weights;
    // colsample_bynode 0 ("auto") with 3 columns is 1.5/3 = 0.5; regression starts at the mean.
    QTest::addColumn<QString>("kind");
    QTest::addColumn<Task>("task");
    QTest::addColumn<QVariantMap>("params");
    QTest::addColumn<std::vector<double>>("expected");
    QTest::newRow("gbdt-regression") << "gbdt" << Task::Regression
                                     << QVariantMap { { "n_estimators", 10 }, { "learning_rate", 0.3 },
                                            { "max_depth", 3 }, { "subsample", 0.8 } }
                                     << std::vector<double> { 0.472433954, 4.60303879, 4.48911953, 2.06834316,
                                            2.03943348, 3.6151278, 3.30729985, 1.12361372 };
    QTest::newRow("gbdt-binary") << "gbdt" << Task::Binary
                                 << QVariantMap { { "n_estimators", 10 }, { "learning_rate", 0.3 },
                                        { "max_depth", 3 } }
                                 << std::vector<double> { 0.2298861, 0.79041636, 0.835140944, 0.762050569,
                                        0.163935125, 0.904497445, 0.763927937, 0.166896895 };
    QTest::newRow("tree-multiclass") << "tree" << Task::Multiclass
                                     << QVariantMap { { "max_depth", 4 }, { "min_samples_leaf", 2 } }
                                     << std::vector<double> { 0.82590127, 0.0870493501, 0.0870493501,
                                            0.0870493501, 0.0870493501, 0.82590127, 0.0870493501,
                                            0.0870493501, 0.82590127, 0.0870493501, 0.0870493501, 0.82590127,
                                            0.0870493501, 0.82590127, 0.0870493501, 0.13965635, 0.430171847,
                                            0.430171847, 0.0870493501, 0.82590127, 0.0870493501, 0.82590127,
                                            0.0870493501, 0.0870493501 };
    QTest::newRow("forest-binary") << "forest" << Task::Binary
                                   << QVariantMap { { "n_estimators", 5 }, { "max_depth", 4 } }
                                   << std::vector<double> { 0.768524826, 0.812550187, 0.822493494,
                                          0.689974487, 0.119202919, 0.66075635, 0.768524826, 0.582570195 };
    // The gbdt keys a forest also takes (learning_rate is XGBoost's eta, reg_alpha its alpha).
    QTest::newRow("forest-regression-xgb-keys")
        << "forest" << Task::Regression
        << QVariantMap { { "n_estimators", 5 }, { "max_depth", 3 }, { "learning_rate", 0.5 },
               { "reg_alpha", 0.5 }, { "colsample_bytree", 0.67 } }
        << std::vector<double> { 1.66372979, 3.21329355, 3.04962158, 2.35365534, 2.448488, 3.09890318,
               3.04962158, 2.28737473 };
    QTest::newRow("gbdt-multilabel") << "gbdt" << Task::Multilabel
                                     << QVariantMap { { "n_estimators", 5 }, { "learning_rate", 0.3 },
                                            { "max_depth", 2 } }
                                     << std::vector<double> { 0.305977523, 0.139096946, 0.804109514,
                                            0.857475579, 0.804109514, 0.857475579, 0.53678453, 0.139096946,
                                            0.391080439, 0.139096946, 0.804109514, 0.857475579, 0.71810025,
                                            0.857475579, 0.213886231, 0.139096946 };
}

void TestTrees::matchesPythonXgboost()
{
    QFETCH(QString, kind);
    QFETCH(Task, task);
    QFETCH(QVariantMap, params);
    QFETCH(std::vector<double>, expected);
    const MlData d = pythonReferenceData(task);
    auto model = create(kind, task, params);
    QVERIFY(model);
    FitContext ctx = context(1, 7);
    QVERIFY(model->fit(d, nullptr, ctx).ok());
    const Prediction p = model->predict(d.x.topRows(8)).value();
    std::vector<double> got;
    for (Eigen::Index i = 0; i < 8; ++i) {
        if (task == Task::Regression)
            got.push_back(p.value(i));
        else if (task == Task::Binary)
            got.push_back(p.proba(i, 1));
        else
            for (Eigen::Index j = 0; j < p.proba.cols(); ++j)
                got.push_back(p.proba(i, j));
    }
    QCOMPARE(got.size(), expected.size());
    for (std::size_t i = 0; i < got.size(); ++i)
        QVERIFY2(std::abs(got[i] - expected[i]) < 1e-5,
            qPrintable(QStringLiteral("value %1: %2, Python %3")
                           .arg(i)
                           .arg(got[i], 0, 'g', 9)
                           .arg(expected[i], 0, 'g', 9)));
}

QTEST_GUILESS_MAIN(TestTrees)
#include "tst_trees.moc"
