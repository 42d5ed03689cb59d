#include "ml/xgb_model.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QList>

#include <xgboost/c_api.h>

#include <cmath>
#include <limits>
#include <optional>

namespace pp {

namespace {

QString tr(const char* s) { return QCoreApplication::translate("pp::XgbModel", s); }

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

/// XGBoosterEvalOneIter's text, "[3]\ttrain-rmse:0.51\tvalid-rmse:0.62", as
/// {"train-rmse": 0.51, ...}. Parsed with the C locale whatever the process locale is.
QMap<QByteArray, double> parseEval(const char* text)
{
    QMap<QByteArray, double> out;
    const QList<QByteArray> parts = QByteArray(text).split('\t');
    for (const QByteArray& part : parts) {
        const int colon = part.lastIndexOf(':');
        if (colon <= 0)
            continue;
        bool ok = false;
        const double v = part.mid(colon + 1).toDouble(&ok);
        out.insert(part.left(colon), ok ? v : kNaN);
    }
    return out;
}

/// Weighted mean and variance of column 0 (regression targets), the denominators of r2.
std::pair<double, double> weightedMeanVariance(const MlData& d)
{
    double sw = 0.0, mean = 0.0, m2 = 0.0;   // West's weighted Welford update
    for (Eigen::Index i = 0; i < d.rows(); ++i) {
        const double w = d.weight.empty() ? 1.0 : d.weight[static_cast<std::size_t>(i)];
        if (w <= 0.0)
            continue;
        sw += w;
        const double delta = d.y(i, 0) - mean;
        mean += delta * w / sw;
        m2 += w * delta * (d.y(i, 0) - mean);
    }
    return {mean, sw > 0.0 ? m2 / sw : 0.0};
}

Status checkData(const MlData& d, Task task, int classes, const QString& which)
{
    auto fail = [&which](const QString& what) { return Status::failure(QStringLiteral("%1: %2").arg(which, what)); };
    if (d.y.rows() != d.x.rows())
        return fail(tr("the targets have %1 rows but the features %2.").arg(d.y.rows()).arg(d.x.rows()));
    const Eigen::Index k = task == Task::Multilabel ? d.y.cols() : 1;
    if (d.y.cols() != k || k < 1)
        return fail(tr("expected %1 target column(s), got %2.").arg(k).arg(d.y.cols()));
    if (!d.weight.empty() && d.weight.size() != static_cast<std::size_t>(d.rows()))
        return fail(tr("there are %1 sample weights for %2 rows.").arg(d.weight.size()).arg(d.rows()));
    for (double w : d.weight)
        if (!std::isfinite(w) || w < 0.0)
            return fail(tr("sample weights must be finite and not negative."));
    for (Eigen::Index i = 0; i < d.y.rows(); ++i) {
        for (Eigen::Index j = 0; j < d.y.cols(); ++j) {
            const double v = d.y(i, j);
            if (!std::isfinite(v))
                return fail(tr("the target is missing or infinite in row %1.").arg(i + 1));
            const int limit = task == Task::Multiclass ? classes : 2;
            if (task != Task::Regression && (v != std::floor(v) || v < 0 || v >= limit))
                return fail(tr("row %1 has target %2, expected a class number from 0 to %3.").arg(i + 1).arg(v).arg(limit - 1));
        }
    }
    return Unit{};
}

} // namespace

XgbModel::XgbModel(XgbKind kind, Task task, QVariantMap params)
    : m_kind(kind), m_task(task), m_params(std::move(params))
{
}

void XgbModel::clearFit()
{
    m_booster = XgbBooster();
    m_features = 0;
    m_outputs = 0;
    m_bestIteration = -1;
    m_partial = false;
}

Result<XgbDataShape> XgbModel::inspect(const MlData& train, const MlData* valid) const
{
    using R = Result<XgbDataShape>;
    XgbDataShape shape;
    shape.task = m_task;
    shape.features = static_cast<int>(train.features());
    if (train.rows() == 0 || train.features() == 0)
        return R::failure(tr("There is nothing to train on: the training data has no rows or no columns."));
    if (m_task == Task::Multiclass) {
        shape.classes = std::max(2, train.classCount());
        // Without class names, the largest label decides (bounded: a stray huge value must
        // fail the label check below rather than allocate millions of classes).
        const double largest = train.y.size() > 0 ? train.y.maxCoeff() : 0.0;
        if (train.classCount() == 0 && std::isfinite(largest) && largest < 100000)
            shape.classes = std::max(2, static_cast<int>(largest) + 1);
    }
    const QString trainName = tr("Training data");
    Status ok = checkData(train, m_task, shape.classes, trainName);
    if (!ok.ok())
        return R::failure(ok.error());
    if (valid && valid->rows() > 0) {
        if (valid->features() != train.features())
            return R::failure(tr("The validation data has %1 columns but the training data %2.")
                                  .arg(valid->features()).arg(train.features()));
        ok = checkData(*valid, m_task, shape.classes, tr("Validation data"));
        if (!ok.ok())
            return R::failure(ok.error());
    }
    if (m_task == Task::Regression)
        shape.baseScore = weightedMeanVariance(train).first;
    return shape;
}

Result<XgbDMatrix> XgbModel::makeMatrix(const MlData& data, int threads) const
{
    auto matrix = XgbDMatrix::fromFeatures(data.x, threads);
    if (!matrix.ok())
        return matrix;
    Status s = matrix->setLabels(data.y);
    if (s.ok() && !data.weight.empty())
        s = matrix->setWeights(data.weight);
    if (!s.ok())
        return Result<XgbDMatrix>::failure(s.error());
    return matrix;
}

Status XgbModel::fit(const MlData& train, const MlData* valid, FitContext& context)
{
    xgbQuietThisThread();
    QElapsedTimer clock;
    clock.start();
    clearFit();
    if (isCancelled(context.job))
        return Status::cancelledResult();
    if (valid && valid->rows() == 0)
        valid = nullptr;

    auto shape = inspect(train, valid);
    if (!shape.ok())
        return Status::from(shape);
    reportProgress(context.job, 0.0, tr("Preparing the data"));
    auto dtrain = makeMatrix(train, context.threads);
    if (!dtrain.ok())
        return Status::from(dtrain);
    std::optional<XgbDMatrix> dvalid;
    if (valid) {
        auto m = makeMatrix(*valid, context.threads);
        if (!m.ok())
            return Status::from(m);
        dvalid = m.take();
    }
    std::vector<const XgbDMatrix*> cache{&dtrain.value()};
    if (dvalid)
        cache.push_back(&*dvalid);
    auto booster = XgbBooster::create(cache);
    if (!booster.ok())
        return Status::from(booster);
    for (const auto& [name, value] : xgbBoosterParams(m_kind, m_params, shape.value(), context.threads, context.seed)) {
        Status s = booster->setParam(name, value);
        if (!s.ok())
            return s;
    }

    Status result = Unit{};
    const int rounds = xgbRounds(m_kind, m_params);
    int patience = xgbEarlyStoppingRounds(m_kind, m_params);
    if (patience > 0 && !dvalid) {
        result.addWarning({QStringLiteral("early_stopping_without_validation"), 0, 0,
                           tr("Early stopping was ignored because there is no validation data.")});
        patience = 0;
    }
    const double validVariance = valid && m_task == Task::Regression ? weightedMeanVariance(*valid).second : 0.0;
    const QByteArray loss = xgbLossMetric(m_task);
    const QByteArray error = xgbErrorMetric(m_task);
    const QString accuracyKey = m_task == Task::Multilabel ? QStringLiteral("label_accuracy") : QStringLiteral("accuracy");
    DMatrixHandle evalMatrices[2] = {dtrain->handle(), dvalid ? dvalid->handle() : nullptr};
    const char* evalNames[2] = {"train", "valid"};
    const QString stage = m_kind == XgbKind::Gbdt ? tr("Boosting") : tr("Growing trees");

    bool cancelled = false;
    int done = 0;
    int best = -1;
    double bestLoss = std::numeric_limits<double>::infinity();
    for (int round = 0; round < rounds; ++round) {
        if (isCancelled(context.job) || (context.job && !context.job->waitWhilePaused())) {
            cancelled = true;
            break;
        }
        if (XGBoosterUpdateOneIter(booster->handle(), round, dtrain->handle()) != 0)
            return Status::failure(xgbFailure(QT_TRANSLATE_NOOP("pp::XgbModel", "Training")));
        const char* evalText = nullptr;
        if (XGBoosterEvalOneIter(booster->handle(), round, evalMatrices, evalNames, dvalid ? 2 : 1, &evalText) != 0)
            return Status::failure(xgbFailure(QT_TRANSLATE_NOOP("pp::XgbModel", "Evaluating")));
        const auto scores = parseEval(evalText);
        done = round + 1;

        EpochRecord record;
        record.epoch = done;
        record.trainLoss = scores.value("train-" + loss, kNaN);
        if (dvalid) {
            record.validLoss = scores.value("valid-" + loss, kNaN);
            if (m_task == Task::Regression && validVariance > 0.0)
                record.metrics.insert(QStringLiteral("r2"), 1.0 - record.validLoss * record.validLoss / validVariance);
            else if (!error.isEmpty())
                record.metrics.insert(accuracyKey, 1.0 - scores.value("valid-" + error, kNaN));
        }
        if (!dvalid || best < 0 || record.validLoss < bestLoss) {
            best = round;
            bestLoss = record.validLoss;
        }
        record.seconds = clock.nsecsElapsed() / 1e9;
        if (context.onEpoch)
            context.onEpoch(record);
        reportProgress(context.job, static_cast<double>(done) / rounds, stage);
        if (patience > 0 && round - best >= patience)
            break;
    }
    if (done == 0)
        return cancelled ? Status::cancelledResult() : Status::failure(tr("No boosting round was trained."));

    if (patience > 0 && best + 1 < done) {
        auto kept = booster->slice(0, best + 1);
        if (!kept.ok())
            return Status::from(kept);
        m_booster = kept.take();
    } else {
        m_booster = booster.take();
    }
    m_bestIteration = best;
    m_features = static_cast<int>(train.features());
    m_outputs = m_task == Task::Multiclass ? shape->classes
                                           : (m_task == Task::Multilabel ? static_cast<int>(train.y.cols()) : 1);
    if (cancelled) {
        m_partial = true;
        Status stopped = Status::cancelledResult();
        stopped.warnings() = result.warnings();
        return stopped;
    }
    return result;
}

} // namespace pp
