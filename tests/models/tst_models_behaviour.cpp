// Model behaviour beyond the numbers: easy problems learnt, model files, training
// curves, cancel and pause, bad parameters and data, determinism, timings.
#include "tst_models.h"

#include "ml/epoch_metrics.h"
#include "ml/k_nearest_neighbors.h"
#include "ml/linear_model.h"
#include "ml/linear_svm.h"
#include "ml/metrics.h"
#include "ml/model_json.h"
#include "ml/model_support.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <atomic>
#include <cstring>
#include <limits>
#include <string>
#include <thread>

using namespace pp;
using namespace modeltest;

void TestModels::easyProblems_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("task");
    QTest::addColumn<QVariantMap>("params");
    const int reg = static_cast<int>(Task::Regression);
    const int bin = static_cast<int>(Task::Binary);
    const int multi = static_cast<int>(Task::Multiclass);
    QTest::newRow("linear") << "linear" << reg << QVariantMap();
    QTest::newRow("ridge") << "ridge" << reg << QVariantMap{{QStringLiteral("alpha"), 0.1}};
    QTest::newRow("lasso") << "lasso" << reg << QVariantMap{{QStringLiteral("alpha"), 0.001}};
    QTest::newRow("elasticnet") << "elasticnet" << reg << QVariantMap{{QStringLiteral("alpha"), 0.001}};
    QTest::newRow("knn-regression") << "knn" << reg << QVariantMap{{QStringLiteral("weights"), QStringLiteral("distance")}};
    for (const char* k : {"logistic", "naive_bayes", "knn", "svm"}) {
        QTest::newRow(qPrintable(QStringLiteral("%1-binary").arg(QLatin1String(k)))) << k << bin << QVariantMap();
        QTest::newRow(qPrintable(QStringLiteral("%1-multiclass").arg(QLatin1String(k)))) << k << multi << QVariantMap();
    }
}

void TestModels::easyProblems()
{
    QFETCH(QString, kind);
    QFETCH(int, task);
    QFETCH(QVariantMap, params);
    const Task t = static_cast<Task>(task);
    // Linear target on 400 rows; well separated classes (margin 0.5 / tight clusters).
    MlData train, test;
    if (t == Task::Regression && kind == QLatin1String("knn")) {
        // Neighbours need dense data: the same plane in 2 dimensions.
        train = regressionData(2000, 31);
        test = regressionData(200, 32);
        train.x = Matrix(train.x.leftCols(2));
        test.x = Matrix(test.x.leftCols(2));
        train.y.col(0) = ((1.5 + 2.0 * train.x.col(0).array() - 3.0 * train.x.col(1).array())).matrix();
        test.y.col(0) = ((1.5 + 2.0 * test.x.col(0).array() - 3.0 * test.x.col(1).array())).matrix();
    } else if (t == Task::Regression) {
        train = regressionData(400, 31);
        test = regressionData(200, 32);
    } else if (t == Task::Binary && kind == QLatin1String("naive_bayes")) {
        // Naive Bayes separates blobs, not an oblique plane: two of the clusters.
        std::vector<Eigen::Index> keep;
        const MlData all = multiclassData(450, 35, 0.5);
        for (Eigen::Index i = 0; i < all.rows(); ++i)
            if (all.y(i, 0) < 2)
                keep.push_back(i);
        MlData two = all.subset(keep);
        two.task = Task::Binary;
        two.classNames = QStringList{QStringLiteral("a"), QStringLiteral("b")};
        train = firstRows(two, 200);
        std::vector<Eigen::Index> rest;
        for (Eigen::Index i = 200; i < two.rows(); ++i)
            rest.push_back(i);
        test = two.subset(rest);
    } else if (t == Task::Binary) {
        train = binaryData(400, 33, 0.0, 0.5);
        test = binaryData(200, 34, 0.0, 0.5);
    } else {
        train = multiclassData(300, 35, 0.5);
        test = multiclassData(150, 36, 0.5);
    }
    auto m = trained(qPrintable(kind), train, params);
    QVERIFY(m);
    const auto p = m->predict(test.x);
    QVERIFY(p.ok());
    if (t == Task::Regression) {
        const double r2 = metrics::r2Score(test.y.col(0), p->value);
        QVERIFY2(r2 > 0.99, qPrintable(QString::number(r2)));
    } else {
        QCOMPARE(metrics::accuracy(test.y.col(0), p->value), 1.0);
        CHECK_CLOSE(p->proba.rowwise().sum(), Eigen::VectorXd::Ones(test.rows()), 1e-12);
    }
}

void TestModels::roundTrip_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("task");
    const int reg = static_cast<int>(Task::Regression);
    const int multi = static_cast<int>(Task::Multiclass);
    const int bin = static_cast<int>(Task::Binary);
    for (const char* k : {"linear", "ridge", "lasso", "elasticnet", "knn"})
        QTest::newRow(k) << k << reg;
    for (const char* k : {"logistic", "naive_bayes", "knn", "svm"}) {
        QTest::newRow(qPrintable(QStringLiteral("%1-multiclass").arg(QLatin1String(k)))) << k << multi;
        QTest::newRow(qPrintable(QStringLiteral("%1-binary").arg(QLatin1String(k)))) << k << bin;
    }
}

void TestModels::roundTrip()
{
    QFETCH(QString, kind);
    QFETCH(int, task);
    const Task t = static_cast<Task>(task);
    const MlData d = t == Task::Regression ? regressionData() : (t == Task::Binary ? binaryData() : multiclassData(90, 3, 2.0));
    auto m = trained(qPrintable(kind), d);
    QVERIFY(m);
    const auto bytes = m->serialize();
    QVERIFY(bytes.ok());
    auto copy = make(qPrintable(kind), t);
    QVERIFY(!copy->isFitted());
    QVERIFY(!copy->predict(d.x).ok());   // not trained yet: an error, not a crash
    const Status st = copy->deserialize(bytes.value());
    QVERIFY2(st.ok(), qPrintable(st.error().message));
    QVERIFY(copy->isFitted());
    const Matrix x = queryRows(d, 20, 1.1, -0.03);
    const auto a = m->predict(x);
    const auto b = copy->predict(x);
    // Bit-identical, not merely close.
    QVERIFY(a->value.size() == b->value.size() && (a->value.array() == b->value.array()).all());
    QVERIFY(a->proba.size() == b->proba.size() && (a->proba.array() == b->proba.array()).all());
    QCOMPARE(copy->nativeImportance(), m->nativeImportance());
    QCOMPARE(copy->serialize().value(), bytes.value());
}

void TestModels::damagedModelFile()
{
    const MlData d = regressionData();
    auto ridge = trained("ridge", d);
    const QByteArray bytes = ridge->serialize().value();
    auto lasso = make("lasso", Task::Regression);
    Status st = lasso->deserialize(bytes);
    QVERIFY(!st.ok());
    QVERIFY(st.error().message.contains(QStringLiteral("ridge")));
    auto other = make("ridge", Task::Regression);
    QVERIFY(!other->deserialize(QByteArray("{not json")).ok());
    QByteArray cut = bytes;
    cut.replace("\"coef\"", "\"coefficients\"");
    QVERIFY(!other->deserialize(cut).ok());
    QVERIFY(!other->isFitted());
    // The model file must not be fooled into a different number of features.
    QByteArray wrong = bytes;
    wrong.replace("\"features\":4", "\"features\":5");
    QVERIFY(!other->deserialize(wrong).ok());
    QVERIFY(!ridge->predict(d.x.leftCols(3)).ok());   // wrong number of columns
}

void TestModels::jsonArraysAreBitExact()
{
    // Plain JSON numbers (small arrays) and base64 (large, or with values JSON cannot
    // hold) both read back bit for bit through the text of a model file.
    // The first six are finite (plain JSON); -0, NaN and inf force base64.
    const double specials[] = {0.1, 1.0 / 3.0, -2.5e-308, 4.9e-324, 1.7976931348623157e308, 123456789012345678.0,
        -0.0, std::numeric_limits<double>::quiet_NaN(), std::numeric_limits<double>::infinity()};
    Lcg g(77);
    for (Eigen::Index size : {Eigen::Index(6), Eigen::Index(9), Eigen::Index(12), Eigen::Index(5000)}) {
        Eigen::MatrixXd m(size / 3, 3);
        for (Eigen::Index i = 0; i < m.size(); ++i) {
            m.data()[i] = size <= 9 ? specials[i]
                                    : g.feature() / 7.0 * std::pow(10.0, static_cast<double>(g.next() % 40) - 20.0);
        }
        QJsonObject o;
        o.insert(QStringLiteral("m"), ModelJson::fromMatrix(m));
        const QByteArray text = QJsonDocument(o).toJson(QJsonDocument::Compact);
        Eigen::MatrixXd back;
        QVERIFY(ModelJson::toMatrix(QJsonDocument::fromJson(text).object().value(QStringLiteral("m")), &back));
        QCOMPARE(back.rows(), m.rows());
        QVERIFY(std::memcmp(back.data(), m.data(), sizeof(double) * static_cast<std::size_t>(m.size())) == 0);
        QCOMPARE(text.contains("base64"), size == 9 || size == 5000);   // readable JSON where possible
    }
}

void TestModels::convergenceWarnings()
{
    FitContext ctx;
    struct Case
    {
        const char* kind;
        Task task;
        QVariantMap params;
    };
    const Case cases[] = {
        {"lasso", Task::Regression, {{QStringLiteral("alpha"), 0.001}, {QStringLiteral("max_iter"), 1}, {QStringLiteral("tol"), 1e-12}}},
        {"logistic", Task::Multiclass, {{QStringLiteral("max_iter"), 1}, {QStringLiteral("tol"), 1e-12}}},
        {"svm", Task::Multiclass, {{QStringLiteral("max_iter"), 1}, {QStringLiteral("tol"), 1e-12}}},
    };
    for (const Case& c : cases) {
        auto m = make(c.kind, c.task, c.params);
        const Status st = m->fit(c.task == Task::Regression ? regressionData() : multiclassData(90, 3, 2.0), nullptr, ctx);
        QVERIFY2(st.ok(), c.kind);
        QVERIFY(m->isFitted());   // usable, with a warning
        QCOMPARE(st.warnings().size(), std::size_t(1));
        QCOMPARE(st.warnings()[0].kind, QStringLiteral("not_converged"));
        QVERIFY(st.warnings()[0].detail.contains(QStringLiteral("max_iter")));
    }
}

void TestModels::trainingCurves()
{
    for (const char* kind : {"lasso", "logistic", "svm"}) {
        const MlData d = std::string(kind) == "lasso" ? regressionData() : binaryData();
        std::vector<EpochRecord> curve;
        FitContext ctx;
        ctx.onEpoch = [&](const EpochRecord& r) { curve.push_back(r); };
        QVariantMap params;
        if (std::string(kind) == "lasso")
            params.insert(QStringLiteral("alpha"), 0.01);
        auto m = trained(kind, d, params, ctx);
        QVERIFY(m);
        QVERIFY2(curve.size() >= 3, kind);
        for (std::size_t i = 0; i < curve.size(); ++i) {
            QCOMPARE(curve[i].epoch, static_cast<int>(i) + 1);
            QVERIFY(std::isfinite(curve[i].trainLoss) && curve[i].seconds >= 0);
        }
        QVERIFY2(curve.back().trainLoss < curve.front().trainLoss, kind);
    }
}

namespace {

MlData multilabelData(int n, quint64 seed)
{
    MlData d = regressionData(n, seed);
    d.task = Task::Multilabel;
    d.y.resize(d.rows(), 2);
    Lcg g(seed + 100);
    for (Eigen::Index i = 0; i < d.rows(); ++i) {
        d.y(i, 0) = d.x(i, 0) + d.x(i, 1) + g.noise() * 10 > 0 ? 1 : 0;
        d.y(i, 1) = d.x(i, 2) - d.x(i, 3) + g.noise() * 10 > 0.5 ? 1 : 0;
    }
    d.targetNames = {QStringLiteral("buys_shoes"), QStringLiteral("buys_bags")};
    return d;
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

/// The validation loss of the fitted model on `valid`, computed here from its predictions
/// with the definition of its training curve (see the model headers).
double expectedValidLoss(const QString& kind, const Model& model, const MlData& train, const MlData& valid,
    const QVariantMap& params)
{
    Eigen::VectorXd w = ModelSupport::sampleWeights(valid);
    const Prediction p = model.predict(valid.x).value();
    if (kind == QLatin1String("logistic")) {
        if (params.value(QStringLiteral("class_weight")) == QStringLiteral("balanced")) {
            // Times the class weights of the training rows (single-target tasks here).
            const std::vector<int> y = ModelSupport::classIndices(train);
            const int k = static_cast<int>(train.y.maxCoeff()) + 1;
            const Eigen::VectorXd cw = ModelSupport::balancedClassWeights(y, k);
            for (Eigen::Index i = 0; i < valid.rows(); ++i)
                w(i) *= cw(static_cast<Eigen::Index>(valid.y(i, 0)));
        }
        // Mean log loss of the last problem: the last label for multi-label.
        double total = 0.0;
        for (Eigen::Index i = 0; i < valid.rows(); ++i) {
            double pt;
            if (p.task == Task::Multilabel) {
                const Eigen::Index l = valid.y.cols() - 1;
                pt = valid.y(i, l) > 0.5 ? p.proba(i, l) : 1.0 - p.proba(i, l);
            } else {
                pt = p.proba(i, static_cast<Eigen::Index>(valid.y(i, 0)));
            }
            total += w(i) * -std::log(pt);
        }
        return total / w.sum();
    }
    if (kind == QLatin1String("svm")) {
        // Mean hinge loss of the last machine (class 1 vs 0, or the last class vs the rest).
        const auto* svm = dynamic_cast<const LinearSvm*>(&model);
        const Eigen::MatrixXd d = svm->decisionFunction(valid.x);
        const Eigen::Index m = d.cols() - 1;
        const double positive = d.cols() == 1 ? 1.0 : static_cast<double>(m);
        double total = 0.0;
        for (Eigen::Index i = 0; i < valid.rows(); ++i)
            total += w(i) * std::max(0.0, 1.0 - (valid.y(i, 0) == positive ? 1.0 : -1.0) * d(i, m));
        return total / w.sum();
    }
    // Lasso / elastic net: ½ weighted MSE plus the penalty, as the objective.
    const auto* lin = dynamic_cast<const LinearModel*>(&model);
    const double alpha = params.value(QStringLiteral("alpha")).toDouble();
    const double l1 = kind == QLatin1String("lasso") ? 1.0 : params.value(QStringLiteral("l1_ratio"), 0.5).toDouble();
    const double mse = (w.array() * (valid.y.col(0) - p.value).array().square()).sum() / w.sum();
    return 0.5 * mse + alpha * l1 * lin->coefficients().lpNorm<1>()
        + 0.5 * alpha * (1.0 - l1) * lin->coefficients().squaredNorm();
}

bool measured(const EpochRecord& r) { return !std::isnan(r.validLoss); }

} // namespace

void TestModels::validationCurves_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("task");
    QTest::addColumn<QVariantMap>("params");
    QTest::addColumn<bool>("weighted");
    const int reg = static_cast<int>(Task::Regression);
    const int bin = static_cast<int>(Task::Binary);
    const int multi = static_cast<int>(Task::Multiclass);
    const int ml = static_cast<int>(Task::Multilabel);
    const QVariantMap none;
    const QVariantMap balanced{{QStringLiteral("class_weight"), QStringLiteral("balanced")}};
    QTest::newRow("logistic-binary") << "logistic" << bin << none << false;
    QTest::newRow("logistic-binary-weighted") << "logistic" << bin << balanced << true;
    QTest::newRow("logistic-multiclass") << "logistic" << multi << none << false;
    QTest::newRow("logistic-multiclass-weighted") << "logistic" << multi << balanced << true;
    QTest::newRow("logistic-multilabel") << "logistic" << ml << none << false;
    QTest::newRow("svm-binary") << "svm" << bin << none << false;
    QTest::newRow("svm-binary-weighted") << "svm" << bin << balanced << true;
    QTest::newRow("svm-multiclass") << "svm" << multi << none << false;
    QTest::newRow("lasso") << "lasso" << reg << QVariantMap{{QStringLiteral("alpha"), 0.01}} << false;
    QTest::newRow("lasso-weighted") << "lasso" << reg << QVariantMap{{QStringLiteral("alpha"), 0.01}} << true;
    QTest::newRow("elasticnet") << "elasticnet" << reg
                                << QVariantMap{{QStringLiteral("alpha"), 0.05}, {QStringLiteral("l1_ratio"), 0.3}}
                                << false;
    // Not converged: the last point is the max_iter-th sweep, off the thinned schedule.
    QTest::newRow("elasticnet-max-iter")
        << "elasticnet" << reg
        << QVariantMap{{QStringLiteral("alpha"), 0.001}, {QStringLiteral("max_iter"), 23}, {QStringLiteral("tol"), 1e-15}}
        << false;
}

// With validation rows, the iterative models record on their reported iterations the
// validation loss (the definition of their training loss) and the epoch metrics; the last
// record describes the fitted model: its metrics are the run's final validation metrics,
// its loss is the loss of the final predictions. With the training rows as validation rows
// the two curves agree.
void TestModels::validationCurves()
{
    QFETCH(QString, kind);
    QFETCH(int, task);
    QFETCH(QVariantMap, params);
    QFETCH(bool, weighted);
    const Task t = static_cast<Task>(task);
    MlData train, valid;
    switch (t) {
    case Task::Regression:
        train = regressionData(200, 31);
        valid = regressionData(80, 32);
        break;
    case Task::Binary:
        train = binaryData(200, 31, 8.0);
        valid = binaryData(80, 32, 8.0);
        break;
    case Task::Multiclass:
        train = multiclassData(210, 31, 2.5);
        valid = multiclassData(90, 32, 2.5);
        break;
    case Task::Multilabel:
        train = multilabelData(200, 31);
        valid = multilabelData(80, 32);
        break;
    }
    if (weighted) {
        train.weight = weights(train.rows(), 33);
        valid.weight = weights(valid.rows(), 34);
    }
    const QStringList keys = EpochMetrics::keys(t);
    for (const bool onTraining : {false, true}) {
        const MlData& v = onTraining ? train : valid;
        std::vector<EpochRecord> h;
        FitContext ctx;
        ctx.onEpoch = [&](const EpochRecord& r) { h.push_back(r); };
        auto m = make(qPrintable(kind), t, params);
        QVERIFY(m);
        const Status st = m->fit(train, &v, ctx);
        QVERIFY2(st.ok(), qPrintable(st.ok() ? QString() : st.error().message));
        QVERIFY(h.size() >= 3);
        for (std::size_t i = 0; i < h.size(); ++i) {
            if (kind != QLatin1String("lasso") && kind != QLatin1String("elasticnet"))
                QCOMPARE(h[i].epoch, static_cast<int>(i) + 1);
            else
                QVERIFY(i == 0 || h[i].epoch > h[i - 1].epoch);
            QVERIFY(std::isfinite(h[i].trainLoss));
            QVERIFY(i == 0 || h[i].seconds >= h[i - 1].seconds);
            // The first 100 points are all measured, with the task's metrics; later ones
            // (one-vs-rest SVM here) may be skipped, then without metrics.
            QVERIFY2(i >= 100 || measured(h[i]), qPrintable(QStringLiteral("record %1").arg(i)));
            if (!measured(h[i])) {
                QVERIFY(h[i].metrics.isEmpty());
                continue;
            }
            QVERIFY(std::isfinite(h[i].validLoss));
            QStringList got = h[i].metrics.keys();
            QStringList want = keys;
            got.sort();
            want.sort();
            QCOMPARE(got, want);
        }
        const EpochRecord& last = h.back();
        QVERIFY(measured(last));
        if (onTraining) {
            // The same definition on the same rows: the same number.
            QVERIFY2(std::fabs(last.validLoss - last.trainLoss) <= 1e-10 * std::max(1.0, std::fabs(last.trainLoss)),
                qPrintable(QStringLiteral("valid %1 vs train %2")
                               .arg(last.validLoss, 0, 'g', 17)
                               .arg(last.trainLoss, 0, 'g', 17)));
            continue;
        }
        const double expectedLoss = expectedValidLoss(kind, *m, train, v, params);
        QVERIFY2(std::fabs(last.validLoss - expectedLoss) <= 1e-10 * std::max(1.0, std::fabs(expectedLoss)),
            qPrintable(QStringLiteral("valid loss %1 vs %2")
                           .arg(last.validLoss, 0, 'g', 17)
                           .arg(expectedLoss, 0, 'g', 17)));
        const QJsonObject final = trainerMetrics(*m, v);
        for (const QString& key : keys) {
            const double expected = final.value(key).toDouble();
            const double recorded = last.metrics.value(key, 1e300);
            QVERIFY2(std::fabs(recorded - expected) <= 1e-12 * std::max(1.0, std::fabs(expected)),
                qPrintable(QStringLiteral("%1: %2 vs %3").arg(key).arg(recorded).arg(expected)));
        }
        // Not a trivial fit: the scores are not perfect and the curve moved.
        QVERIFY(final.value(keys.first()).toDouble() < 1.0);
        QVERIFY(h.front().validLoss != last.validLoss);
    }
}

// Long runs measure at most about ValidationTracker::kBudget points, always the last of each
// one-vs-rest machine; without validation rows nothing is measured and the curve is as before.
void TestModels::validationCurveBudget()
{
    const MlData train = multiclassData(210, 31, 2.5);
    const MlData valid = multiclassData(90, 32, 2.5);
    const QVariantMap params{
        {QStringLiteral("max_iter"), 3000}, {QStringLiteral("tol"), 1e-15}, {QStringLiteral("C"), 100.0}};
    std::vector<EpochRecord> h;
    FitContext ctx;
    ctx.onEpoch = [&](const EpochRecord& r) { h.push_back(r); };
    auto m = make("svm", Task::Multiclass, params);
    QVERIFY(m->fit(train, &valid, ctx).ok());
    const std::size_t perMachine = static_cast<std::size_t>(FitReporter::sparseReports(3000));
    QCOMPARE(h.size(), 3 * perMachine);   // never converges at tol 1e-15
    std::size_t count = 0;
    for (std::size_t i = 0; i < h.size(); ++i) {
        if (!measured(h[i])) {
            QVERIFY(h[i].metrics.isEmpty());
            continue;
        }
        ++count;
        QCOMPARE(h[i].metrics.size(), 2);
    }
    QVERIFY2(count >= 150 && count <= ValidationTracker::kBudget, qPrintable(QString::number(count)));
    for (std::size_t k = 1; k <= 3; ++k)
        QVERIFY(measured(h[k * perMachine - 1]));   // the last point of each machine
    for (std::size_t i = 0; i < 100; ++i)
        QVERIFY(measured(h[i]));
    // The final metrics are the last record's.
    const QJsonObject final = trainerMetrics(*m, valid);
    QCOMPARE(h.back().metrics.value(QStringLiteral("accuracy")), final.value(QStringLiteral("accuracy")).toDouble());

    // Logistic, every L-BFGS iteration reported: the first 100 and the last measured.
    h.clear();
    auto lr = make("logistic", Task::Multiclass, {{QStringLiteral("max_iter"), 400}, {QStringLiteral("tol"), 1e-15},
                                                     {QStringLiteral("C"), 1e6}});
    QVERIFY(lr->fit(train, &valid, ctx).ok());
    count = 0;
    for (const EpochRecord& r : h)
        count += measured(r) ? 1 : 0;
    QVERIFY2(count <= ValidationTracker::kBudget, qPrintable(QString::number(count)));
    QVERIFY(measured(h.back()));
    QCOMPARE(h.back().metrics.value(QStringLiteral("f1_macro")),
        trainerMetrics(*lr, valid).value(QStringLiteral("f1_macro")).toDouble());

    // Without validation rows: no validation loss, no metrics; the same training curve.
    std::vector<EpochRecord> plain;
    auto again = make("svm", Task::Multiclass, params);
    h.clear();
    ctx.onEpoch = [&](const EpochRecord& r) { h.push_back(r); };
    QVERIFY(again->fit(train, &valid, ctx).ok());
    ctx.onEpoch = [&](const EpochRecord& r) { plain.push_back(r); };
    auto alone = make("svm", Task::Multiclass, params);
    QVERIFY(alone->fit(train, nullptr, ctx).ok());
    QCOMPARE(plain.size(), h.size());
    for (std::size_t i = 0; i < plain.size(); ++i) {
        QVERIFY(!measured(plain[i]) && plain[i].metrics.isEmpty());
        QCOMPARE(plain[i].epoch, h[i].epoch);
        QCOMPARE(plain[i].trainLoss, h[i].trainLoss);
    }

    // A validation class the training rows lack: no loss for its rows in the model (left
    // out of the validation loss), wrong predictions in the metrics.
    std::vector<Eigen::Index> noHigh;
    for (Eigen::Index i = 0; i < train.rows(); ++i)
        if (train.y(i, 0) != 2)
            noHigh.push_back(i);
    const MlData twoClasses = train.subset(noHigh);
    h.clear();
    ctx.onEpoch = [&](const EpochRecord& r) { h.push_back(r); };
    auto partial = make("logistic", Task::Multiclass);
    QVERIFY(partial->fit(twoClasses, &valid, ctx).ok());
    QVERIFY(!h.empty() && measured(h.back()));
    const Prediction p = partial->predict(valid.x).value();
    double total = 0.0;
    int known = 0;
    for (Eigen::Index i = 0; i < valid.rows(); ++i) {
        if (valid.y(i, 0) == 2)
            continue;
        total -= std::log(p.proba(i, static_cast<Eigen::Index>(valid.y(i, 0))));
        ++known;
    }
    QVERIFY(known > 0 && known < valid.rows());
    QVERIFY(std::fabs(h.back().validLoss - total / known) <= 1e-12);
    const QJsonObject partialFinal = trainerMetrics(*partial, valid);
    QVERIFY(partialFinal.value(QStringLiteral("accuracy")).toDouble() < 0.7);
    for (const QString& key : EpochMetrics::keys(Task::Multiclass))
        QVERIFY(std::fabs(h.back().metrics.value(key) - partialFinal.value(key).toDouble()) <= 1e-12);
}

void TestModels::cancelMidTraining_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("task");
    QTest::newRow("lasso") << "lasso" << static_cast<int>(Task::Regression);
    QTest::newRow("elasticnet") << "elasticnet" << static_cast<int>(Task::Regression);
    QTest::newRow("logistic") << "logistic" << static_cast<int>(Task::Multiclass);
    QTest::newRow("svm") << "svm" << static_cast<int>(Task::Multiclass);
}

void TestModels::cancelMidTraining()
{
    QFETCH(QString, kind);
    QFETCH(int, task);
    const Task t = static_cast<Task>(task);
    const MlData d = t == Task::Regression ? regressionData() : multiclassData(90, 3, 2.0);
    JobControl job;
    FitContext ctx;
    ctx.job = &job;
    int epochs = 0;
    ctx.onEpoch = [&](const EpochRecord&) {
        if (++epochs == 2)
            job.cancel();
    };
    QVariantMap params{{QStringLiteral("tol"), 1e-12}};
    if (kind == QLatin1String("lasso") || kind == QLatin1String("elasticnet"))
        params.insert(QStringLiteral("alpha"), 0.001);
    auto m = make(qPrintable(kind), t, params);
    const Status st = m->fit(d, nullptr, ctx);
    QVERIFY(!st.ok());
    QVERIFY(st.cancelled());
    QCOMPARE(epochs, 2);   // stopped at the next iteration boundary
    QVERIFY(!m->isFitted());
    // Closed-form fits check between passes over the data.
    for (const char* k : {"linear", "ridge"}) {
        auto lin = make(k, Task::Regression);
        const Status s = lin->fit(regressionData(), nullptr, ctx);
        QVERIFY2(s.cancelled(), k);
    }
}

void TestModels::cancelKnnPrediction()
{
    const MlData d = multiclassData(2000, 41, 2.0);
    auto m = trained("knn", d);
    JobControl job;
    std::vector<double> seen;
    job.setProgressFn([&](double f, const QString&) { seen.push_back(f); });
    const auto ok = m->predictWithJob(d.x, &job);
    QVERIFY(ok.ok());
    QVERIFY(!seen.empty() && seen.back() == 1.0);
    job.cancel();
    const auto r = m->predictWithJob(d.x, &job);
    QVERIFY(!r.ok());
    QVERIFY(r.cancelled());
}

void TestModels::pauseAndResume()
{
    const MlData d = multiclassData(600, 42, 2.0);
    JobControl job;
    FitContext ctx;
    ctx.job = &job;
    std::atomic<int> epochs{0};
    ctx.onEpoch = [&](const EpochRecord&) {
        if (++epochs == 1)
            job.setPaused(true);   // pause from inside: the fit waits at the next boundary
    };
    auto m = make("logistic", Task::Multiclass, {{QStringLiteral("tol"), 1e-10}, {QStringLiteral("max_iter"), 50}});
    Status st;
    std::thread worker([&] { st = m->fit(d, nullptr, ctx); });
    QTest::qWait(150);
    QCOMPARE(epochs.load(), 1);   // still waiting
    job.setPaused(false);
    worker.join();
    QVERIFY(st.ok());
    QVERIFY(epochs.load() > 1);
    QVERIFY(m->isFitted());
}

void TestModels::badParameters()
{
    auto& reg = ModelRegistry::instance();
    auto r = reg.create(QStringLiteral("ridge"), Task::Regression, {{QStringLiteral("alpha"), -1.0}});
    QVERIFY(!r.ok());
    QVERIFY(r.error().message.contains(QStringLiteral("alpha")));
    r = reg.create(QStringLiteral("lasso"), Task::Regression, {{QStringLiteral("alhpa"), 1.0}});
    QVERIFY(!r.ok());
    QVERIFY(r.error().message.contains(QStringLiteral("alhpa")));
    r = reg.create(QStringLiteral("knn"), Task::Binary, {{QStringLiteral("weights"), QStringLiteral("cosine")}});
    QVERIFY(!r.ok());
    QVERIFY(r.error().message.contains(QStringLiteral("weights")));
    r = reg.create(QStringLiteral("elasticnet"), Task::Regression, {{QStringLiteral("l1_ratio"), 1.5}});
    QVERIFY(r.error().message.contains(QStringLiteral("l1_ratio")));
    r = reg.create(QStringLiteral("logistic"), Task::Binary, {{QStringLiteral("max_iter"), 2.5}});
    QVERIFY(r.error().message.contains(QStringLiteral("max_iter")));
    r = reg.create(QStringLiteral("svm"), Task::Binary, {{QStringLiteral("C"), 0.0}});
    QVERIFY(r.error().message.contains(QStringLiteral("'C'")));
    r = reg.create(QStringLiteral("ridge"), Task::Binary, {});
    QVERIFY(!r.ok());   // ridge does not classify
    r = reg.create(QStringLiteral("svm"), Task::Regression, {});
    QVERIFY(!r.ok());
    // A value valid on its own but not for these data.
    auto knn = make("knn", Task::Multiclass, {{QStringLiteral("n_neighbors"), 500}});
    FitContext ctx;
    const Status st = knn->fit(multiclassData(), nullptr, ctx);
    QVERIFY(!st.ok());
    QVERIFY(st.error().message.contains(QStringLiteral("n_neighbors")));
}

void TestModels::contractNamesAndSeed()
{
    // The CLI contract's names (issue 5): every model takes a seed, knn takes k, ridge and
    // lasso take l1_ratio at their own value.
    auto& reg = ModelRegistry::instance();
    for (const ModelInfo* info : reg.all()) {
        for (Task t : info->tasks) {
            const auto specs = info->params(t);
            const int seeds = static_cast<int>(std::count_if(specs.begin(), specs.end(),
                [](const ParamSpec& s) { return s.key == QLatin1String("seed"); }));
            QVERIFY2(seeds == 1, qPrintable(info->kind));
        }
    }
    auto knn = reg.create(QStringLiteral("knn"), Task::Regression, {{QStringLiteral("k"), 3}});
    QVERIFY2(knn.ok(), qPrintable(knn.error().message));
    QCOMPARE(knn.value()->params().value(QStringLiteral("n_neighbors")).toInt(), 3);
    QVERIFY(!knn.value()->params().contains(QStringLiteral("k")));
    // A bad value is named as given; the key and its alias together are an error.
    knn = reg.create(QStringLiteral("knn"), Task::Regression, {{QStringLiteral("k"), 0}});
    QVERIFY(!knn.ok());
    QVERIFY2(knn.error().message.contains(QStringLiteral("'k'")), qPrintable(knn.error().message));
    knn = reg.create(QStringLiteral("knn"), Task::Regression, {{QStringLiteral("k"), 3}, {QStringLiteral("n_neighbors"), 4}});
    QVERIFY(!knn.ok());
    QVERIFY2(knn.error().message.contains(QStringLiteral("'k'"))
                 && knn.error().message.contains(QStringLiteral("'n_neighbors'")),
             qPrintable(knn.error().message));

    QVERIFY(reg.create(QStringLiteral("ridge"), Task::Regression, {{QStringLiteral("l1_ratio"), 0.0}}).ok());
    QVERIFY(reg.create(QStringLiteral("lasso"), Task::Regression, {{QStringLiteral("l1_ratio"), 1.0}}).ok());
    auto ridge = reg.create(QStringLiteral("ridge"), Task::Regression, {{QStringLiteral("l1_ratio"), 0.5}});
    QVERIFY(!ridge.ok());
    QVERIFY2(ridge.error().message.contains(QStringLiteral("'l1_ratio' must be 0")), qPrintable(ridge.error().message));

    // A model without randomness records its seed and ignores it.
    const MlData d = regressionData();
    auto a = trained("ridge", d, {{QStringLiteral("seed"), 1}});
    auto b = trained("ridge", d, {{QStringLiteral("seed"), 2}});
    QVERIFY(a && b);
    QCOMPARE(a->params().value(QStringLiteral("seed")).toInt(), 1);
    QVERIFY((a->predict(d.x)->value.array() == b->predict(d.x)->value.array()).all());
}

void TestModels::badData()
{
    FitContext ctx;
    MlData d = regressionData();
    d.x(7, 2) = std::nan("");
    auto m = make("ridge", Task::Regression);
    Status st = m->fit(d, nullptr, ctx);
    QVERIFY(!st.ok());
    QVERIFY(st.error().message.contains(QStringLiteral("monetary")));   // names the column
    MlData empty = firstRows(regressionData(), 0);
    QVERIFY(!m->fit(empty, nullptr, ctx).ok());
    MlData one = firstRows(binaryData(), 5);
    one.y.setZero();   // a single class
    for (const char* k : {"logistic", "svm"}) {
        st = make(k, Task::Binary)->fit(one, nullptr, ctx);
        QVERIFY2(!st.ok(), k);
    }
    MlData badClass = binaryData();
    badClass.y(3, 0) = 2;
    QVERIFY(!make("naive_bayes", Task::Binary)->fit(badClass, nullptr, ctx).ok());
    MlData badWeights = regressionData();
    badWeights.weight.assign(10, 1.0);
    QVERIFY(!make("linear", Task::Regression)->fit(badWeights, nullptr, ctx).ok());
    // Prediction on missing values is an error too, as is predicting unfitted.
    auto fitted = trained("ridge", regressionData());
    Matrix x = regressionData().x;
    x(0, 0) = std::nan("");
    QVERIFY(!fitted->predict(x).ok());
}

void TestModels::threadCountDoesNotChangeResults()
{
    // Reductions are cut by data shape, not by threads: 1 thread == 2 threads, bit for bit.
    MlData d = regressionData(20000, 51);
    d.weight = weights(20000, 52);
    for (const char* kind : {"linear", "ridge"}) {
        FitContext one;
        one.threads = 1;
        FitContext two;
        two.threads = 2;
        auto a = trained(kind, d, {}, one);
        auto b = trained(kind, d, {}, two);
        QCOMPARE(dynamic_cast<LinearModel*>(a.get())->coefficients(), dynamic_cast<LinearModel*>(b.get())->coefficients());
        QCOMPARE(dynamic_cast<LinearModel*>(a.get())->intercept(), dynamic_cast<LinearModel*>(b.get())->intercept());
    }
}

void TestModels::performance()
{
    // Opt-in timings (PP_PERF=1): ridge on 1,000,000 × 31 and k-NN on 10k × 10k × 30.
    if (qEnvironmentVariableIntValue("PP_PERF") != 1)
        QSKIP("set PP_PERF=1 to time ridge on 1M rows and k-NN on 10k x 10k");
    Lcg g(99);
    MlData big;
    big.task = Task::Regression;
    big.x.resize(1000000, 31);
    big.y.resize(1000000, 1);
    for (Eigen::Index i = 0; i < big.x.rows(); ++i) {
        double y = 0.5;
        for (Eigen::Index j = 0; j < 31; ++j) {
            big.x(i, j) = g.feature();
            y += (j % 5 - 2) * big.x(i, j);
        }
        big.y(i, 0) = y + g.noise();
    }
    FitContext ctx;
    ctx.threads = 2;
    auto ridge = make("ridge", Task::Regression);
    QElapsedTimer t;
    t.start();
    QVERIFY(ridge->fit(big, nullptr, ctx).ok());
    qInfo("ridge 1,000,000 x 31, 2 threads: %.3f s", t.nsecsElapsed() * 1e-9);
    auto linear = make("linear", Task::Regression);
    t.restart();
    QVERIFY(linear->fit(big, nullptr, ctx).ok());
    qInfo("linear (QR) 1,000,000 x 31, 2 threads: %.3f s", t.nsecsElapsed() * 1e-9);

    MlData train = multiclassData(10000, 61, 2.0);
    Matrix x(10000, 30);
    for (Eigen::Index i = 0; i < x.rows(); ++i)
        for (Eigen::Index j = 0; j < 30; ++j)
            x(i, j) = g.feature();
    train.x = x;
    auto knn = trained("knn", train, {}, ctx);
    t.restart();
    QVERIFY(knn->predict(x).ok());
    qInfo("knn predict 10,000 x 10,000 x 30, 2 threads: %.3f s", t.nsecsElapsed() * 1e-9);
}
