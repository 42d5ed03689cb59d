// The LibTorch MLP behind the pp::Model interface.
#include "ml/epoch_metrics.h"
#include "ml/metrics.h"
#include "ml/model.h"
#include "ml/neural_models.h"
#include "nn/nn_models.h"
#include "nn/plugin_api.h"

#include <QJsonObject>
#include <QtTest>

#include <random>

using namespace pp;

namespace {

// y = 3 x0 - 2 x1 + 0.5 x2 + 1 (no noise): an MLP must fit it almost exactly.
MlData linearData(int n, unsigned seed)
{
    std::mt19937 rng(seed);
    std::normal_distribution<double> g(0.0, 1.0);
    MlData d;
    d.task = Task::Regression;
    d.x.resize(n, 3);
    d.y.resize(n, 1);
    for (int i = 0; i < n; ++i) {
        for (int j = 0; j < 3; ++j)
            d.x(i, j) = g(rng);
        d.y(i, 0) = 3 * d.x(i, 0) - 2 * d.x(i, 1) + 0.5 * d.x(i, 2) + 1.0;
    }
    d.featureNames = {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
    return d;
}

// Two well-separated blobs (class = sign of x0 + x1).
MlData blobs(int n, unsigned seed, int classes = 2)
{
    std::mt19937 rng(seed);
    std::normal_distribution<double> g(0.0, 0.3);
    MlData d;
    d.task = classes == 2 ? Task::Binary : Task::Multiclass;
    d.x.resize(n, 2);
    d.y.resize(n, 1);
    for (int i = 0; i < n; ++i) {
        const int c = i % classes;
        d.x(i, 0) = 3.0 * std::cos(2 * M_PI * c / classes) + g(rng);
        d.x(i, 1) = 3.0 * std::sin(2 * M_PI * c / classes) + g(rng);
        d.y(i, 0) = c;
    }
    for (int c = 0; c < classes; ++c)
        d.classNames << QStringLiteral("c%1").arg(c);
    return d;
}

double r2(const Eigen::VectorXd& y, const Eigen::VectorXd& p)
{
    const double mean = y.mean();
    return 1.0 - (y - p).squaredNorm() / (y.array() - mean).square().sum();
}

/// The validation metrics trainModel() reports for `model` on `valid`: metrics::evaluate
/// (unweighted) of predict(), binary decided at the default threshold P(class 1) >= 0.5.
QJsonObject trainerMetrics(const Model& model, const MlData& valid)
{
    Prediction p = model.predict(valid.x).value();
    if (p.task == Task::Binary)
        p.value = (p.proba.col(1).array() >= 0.5).cast<double>().matrix();
    return metrics::evaluate(p.task, valid.y, p, valid.classNames);
}

MlData multilabelData(int n, unsigned seed)
{
    MlData d = blobs(n, seed);
    d.task = Task::Multilabel;
    Eigen::MatrixXd y(d.rows(), 2);
    y.col(0) = d.y.col(0);
    y.col(1) = (d.x.col(0).array() > 0).cast<double>();
    d.y = y;
    d.classNames.clear();
    return d;
}

std::unique_ptr<Model> make(Task task, QVariantMap params)
{
    auto r = ModelRegistry::instance().create(QStringLiteral("mlp"), task, params);
    if (!r.ok())
        qFatal("%s", qPrintable(r.error().message));
    return r.take();
}

} // namespace

class TestNn : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { nn::registerModels(); }

    void regressionLearnsLinearData()
    {
        const MlData train = linearData(800, 1), valid = linearData(200, 2);
        auto model = make(Task::Regression, {{QStringLiteral("epochs"), 150}, {QStringLiteral("hidden"), QVariantList{32}},
                                             {QStringLiteral("lr"), 0.01}, {QStringLiteral("batch_size"), 64}});
        std::vector<EpochRecord> history;
        FitContext ctx;
        ctx.threads = 2;
        ctx.onEpoch = [&](const EpochRecord& r) { history.push_back(r); };
        QVERIFY(model->fit(train, &valid, ctx).ok());
        QVERIFY(!history.empty());
        QCOMPARE(history.front().epoch, 1);
        QVERIFY(std::isfinite(history.back().validLoss));
        QVERIFY(history.back().trainLoss < history.front().trainLoss);
        auto p = model->predict(valid.x);
        QVERIFY(p.ok());
        QVERIFY2(r2(valid.y.col(0), p->value) > 0.99, qPrintable(QString::number(r2(valid.y.col(0), p->value))));
    }

    void classificationSeparatesBlobs_data()
    {
        QTest::addColumn<int>("classes");
        QTest::newRow("binary") << 2;
        QTest::newRow("multiclass") << 4;
    }

    void classificationSeparatesBlobs()
    {
        QFETCH(int, classes);
        const MlData train = blobs(400, 3, classes), test = blobs(200, 4, classes);
        auto model = make(train.task, {{QStringLiteral("epochs"), 40}, {QStringLiteral("hidden"), QVariantList{16}},
                                       {QStringLiteral("lr"), 0.01}, {QStringLiteral("class_weight"), QStringLiteral("balanced")}});
        FitContext ctx;
        QVERIFY(model->fit(train, nullptr, ctx).ok());
        auto p = model->predict(test.x);
        QVERIFY(p.ok());
        QCOMPARE(int(p->proba.cols()), classes);
        QVERIFY(((p->proba.rowwise().sum().array() - 1.0).abs() < 1e-5).all());
        int correct = 0;
        for (Eigen::Index i = 0; i < test.rows(); ++i)
            correct += p->value[i] == test.y(i, 0) ? 1 : 0;
        QCOMPARE(correct, int(test.rows()));
    }

    void multilabelShapes()
    {
        MlData d = blobs(200, 5);
        d.task = Task::Multilabel;
        Eigen::MatrixXd y(d.rows(), 2);
        y.col(0) = d.y.col(0);
        y.col(1) = (d.x.col(0).array() > 0).cast<double>();
        d.y = y;
        auto model = make(Task::Multilabel, {{QStringLiteral("epochs"), 30}, {QStringLiteral("lr"), 0.01}});
        FitContext ctx;
        QVERIFY(model->fit(d, nullptr, ctx).ok());
        auto p = model->predict(d.x);
        QVERIFY(p.ok());
        QCOMPARE(int(p->proba.cols()), 2);
        QCOMPARE(int(p->labels.cols()), 2);
        const double acc = (p->labels.array() == d.y.array()).cast<double>().mean();
        QVERIFY(acc > 0.95);
    }

    void reproducibleBySeed()
    {
        const MlData train = linearData(300, 6);
        QVariantMap params{{QStringLiteral("epochs"), 5}, {QStringLiteral("dropout"), 0.2}, {QStringLiteral("seed"), 7}};
        FitContext ctx;
        ctx.threads = 1;
        auto a = make(Task::Regression, params);
        auto b = make(Task::Regression, params);
        QVERIFY(a->fit(train, nullptr, ctx).ok());
        QVERIFY(b->fit(train, nullptr, ctx).ok());
        QCOMPARE(a->predict(train.x)->value, b->predict(train.x)->value);
        params[QStringLiteral("seed")] = 8;
        auto c = make(Task::Regression, params);
        QVERIFY(c->fit(train, nullptr, ctx).ok());
        QVERIFY(c->predict(train.x)->value != a->predict(train.x)->value);
    }

    void saveLoadRoundTrip()
    {
        const MlData train = blobs(200, 8, 3);
        auto model = make(Task::Multiclass, {{QStringLiteral("epochs"), 5}, {QStringLiteral("batch_norm"), true}});
        FitContext ctx;
        QVERIFY(model->fit(train, nullptr, ctx).ok());
        auto bytes = model->serialize();
        QVERIFY2(bytes.ok(), qPrintable(bytes.error().message));
        auto loaded = make(Task::Multiclass, model->params());
        QVERIFY(loaded->deserialize(bytes.value()).ok());
        QVERIFY(loaded->isFitted());
        QCOMPARE(loaded->predict(train.x)->proba, model->predict(train.x)->proba);
        QVERIFY(!loaded->deserialize(QByteArray("{\"format\":\"other\"}")).ok());
    }

    void cancelMidTraining()
    {
        const MlData train = linearData(500, 9);
        auto model = make(Task::Regression, {{QStringLiteral("epochs"), 1000}});
        JobControl job;
        FitContext ctx;
        ctx.job = &job;
        int epochs = 0;
        ctx.onEpoch = [&](const EpochRecord&) {
            if (++epochs == 3)
                job.cancel();
        };
        const Status s = model->fit(train, nullptr, ctx);
        QVERIFY(s.cancelled());
        QCOMPARE(epochs, 3);
        QVERIFY(model->partialFitUsable());
    }

    void earlyStoppingKeepsBestWeights()
    {
        // Noise-only target: validation loss stops improving quickly.
        MlData train = linearData(300, 10), valid = linearData(100, 11);
        std::mt19937 rng(3);
        std::normal_distribution<double> g;
        for (Eigen::Index i = 0; i < train.rows(); ++i)
            train.y(i, 0) = g(rng);
        for (Eigen::Index i = 0; i < valid.rows(); ++i)
            valid.y(i, 0) = g(rng);
        auto model = make(Task::Regression, {{QStringLiteral("epochs"), 500}, {QStringLiteral("patience"), 5},
                                             {QStringLiteral("lr"), 0.01}});
        std::vector<EpochRecord> h;
        FitContext ctx;
        ctx.onEpoch = [&](const EpochRecord& r) { h.push_back(r); };
        QVERIFY(model->fit(train, &valid, ctx).ok());
        QVERIFY(h.size() < 500);
        double best = 1e300;
        for (const auto& r : h)
            best = std::min(best, r.validLoss);
        // The kept weights are the best epoch's: their validation MSE equals the best loss.
        auto p = model->predict(valid.x);
        const double mse = (p->value - valid.y.col(0)).squaredNorm() / double(valid.rows());
        QVERIFY2(std::fabs(mse - best) < 1e-3 * std::max(1.0, best), qPrintable(QStringLiteral("%1 vs %2").arg(mse).arg(best)));
        // The final validation R² and MAE are those recorded for the best epoch (the first with
        // the lowest validation loss), not the last epoch's.
        std::size_t bestEpoch = 0;
        for (std::size_t i = 1; i < h.size(); ++i)
            if (h[i].validLoss < h[bestEpoch].validLoss)
                bestEpoch = i;
        const QJsonObject final = trainerMetrics(*model, valid);
        for (const char* key : {"r2", "mae"}) {
            const double expected = final.value(QLatin1String(key)).toDouble();
            const double recorded = h[bestEpoch].metrics.value(QLatin1String(key), 1e300);
            QVERIFY2(std::fabs(recorded - expected) <= 1e-12 * std::max(1.0, std::fabs(expected)),
                     qPrintable(QStringLiteral("%1: %2 vs %3").arg(QLatin1String(key)).arg(recorded).arg(expected)));
        }
    }

    void epochMetricsEqualFinalMetrics_data()
    {
        QTest::addColumn<int>("task");
        QTest::newRow("regression") << int(Task::Regression);
        QTest::newRow("binary") << int(Task::Binary);
        QTest::newRow("multiclass") << int(Task::Multiclass);
        QTest::newRow("multilabel") << int(Task::Multilabel);
    }

    // Every epoch records the validation metrics of EpochMetrics::keys; without early
    // stopping (patience 0) the kept network is the last epoch's, so the last record equals
    // the run's final validation metrics.
    void epochMetricsEqualFinalMetrics()
    {
        QFETCH(int, task);
        const Task t = static_cast<Task>(task);
        MlData train, valid;
        switch (t) {
        case Task::Regression:
            train = linearData(400, 21);
            valid = linearData(150, 22);
            break;
        case Task::Binary:
        case Task::Multiclass:
            train = blobs(400, 21, t == Task::Binary ? 2 : 3);
            valid = blobs(150, 22, t == Task::Binary ? 2 : 3);
            for (Eigen::Index i = 0; i < valid.rows(); i += 5) // wrong labels: metrics below 1
                valid.y(i, 0) = std::fmod(valid.y(i, 0) + 1.0, double(valid.classCount()));
            break;
        case Task::Multilabel:
            train = multilabelData(300, 21);
            valid = multilabelData(150, 22);
            for (Eigen::Index i = 0; i < valid.rows(); i += 5)
                valid.y(i, 1) = 1.0 - valid.y(i, 1);
            break;
        }
        auto model = make(t, {{QStringLiteral("epochs"), 6}, {QStringLiteral("patience"), 0},
                              {QStringLiteral("hidden"), QVariantList{16}}, {QStringLiteral("lr"), 0.01}});
        std::vector<EpochRecord> h;
        FitContext ctx;
        ctx.threads = 2;
        ctx.onEpoch = [&](const EpochRecord& r) { h.push_back(r); };
        QVERIFY(model->fit(train, &valid, ctx).ok());
        QCOMPARE(h.size(), std::size_t(6));
        QStringList keys = EpochMetrics::keys(t);
        QCOMPARE(keys.size(), 2);
        for (const EpochRecord& r : h) {
            QStringList got = r.metrics.keys();
            QStringList want = keys;
            got.sort();
            want.sort();
            QCOMPARE(got, want);
        }
        const QJsonObject final = trainerMetrics(*model, valid);
        for (const QString& key : keys) {
            const double epoch = h.back().metrics.value(key), expected = final.value(key).toDouble();
            QVERIFY2(std::abs(epoch - expected) <= 1e-12 * std::max(1.0, std::abs(expected)),
                     qPrintable(QStringLiteral("%1: %2 vs %3").arg(key).arg(epoch, 0, 'g', 17).arg(expected, 0, 'g', 17)));
        }
        if (t == Task::Regression)
            QVERIFY(h.back().metrics.value(QStringLiteral("mae")) > 0.0);
        else
            QVERIFY(h.back().metrics.value(keys.front()) < 1.0);

        // Without validation rows there is nothing to measure.
        std::vector<EpochRecord> none;
        ctx.onEpoch = [&](const EpochRecord& r) { none.push_back(r); };
        auto other = make(t, {{QStringLiteral("epochs"), 2}});
        QVERIFY(other->fit(train, nullptr, ctx).ok());
        QCOMPARE(none.size(), std::size_t(2));
        QVERIFY(none.back().metrics.isEmpty());
    }

    void badParamsNameTheKey()
    {
        auto r = ModelRegistry::instance().create(QStringLiteral("mlp"), Task::Regression,
                                                  {{QStringLiteral("optimizer"), QStringLiteral("rmsprop")}});
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains(QLatin1String("optimizer")));
        auto u = ModelRegistry::instance().create(QStringLiteral("mlp"), Task::Regression, {{QStringLiteral("nope"), 1}});
        QVERIFY(!u.ok());
        QVERIFY(u.error().message.contains(QLatin1String("nope")));
    }

    void deviceResolution()
    {
        const nn::PluginApi* api = neuralPlugin();
        QVERIFY(api);
        const auto info = api->runtimeInfo();
        QVERIFY(info.version.startsWith(QLatin1String("1.")));
        QString resolved, error;
        QVERIFY(ModelRegistry::instance().resolveDevice(QStringLiteral("auto"), &resolved, &error));
        QCOMPARE(resolved, info.cudaAvailable ? QStringLiteral("cuda") : QStringLiteral("cpu"));
        if (!info.cudaAvailable) {
            QVERIFY(!ModelRegistry::instance().resolveDevice(QStringLiteral("cuda"), &resolved, &error));
            QVERIFY(error.contains(QLatin1String("CUDA unavailable")));
        }
    }
};

QTEST_GUILESS_MAIN(TestNn)
#include "tst_nn.moc"
