#include "ml/xgb_model.h"

#include "ml/xgb_round_evaluator.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <xgboost/c_api.h>

#include <cmath>
#include <limits>
#include <optional>

namespace pp {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pp::XgbModel)
};

Status checkData(const MlData& d, Task task, int classes, const QString& which)
{
    auto fail = [&which](const QString& what) {
        return Status::failure(QStringLiteral("%1: %2").arg(which, what));
    };
    if (d.y.rows() != d.x.rows())
        return fail(Tr::tr("the targets have %1 rows but the features %2.").arg(d.y.rows()).arg(d.x.rows()));
    const Eigen::Index k = task == Task::Multilabel ? d.y.cols() : 1;
    if (d.y.cols() != k || k < 1)
        return fail(Tr::tr("expected %1 target column(s), got %2.").arg(k).arg(d.y.cols()));
    if (!d.weight.empty() && d.weight.size() != static_cast<std::size_t>(d.rows()))
        return fail(Tr::tr("there are %1 sample weights for %2 rows.").arg(d.weight.size()).arg(d.rows()));
    double totalWeight = 0.0;
    for (double w : d.weight) {
        if (!std::isfinite(w) || w < 0.0)
            return fail(Tr::tr("sample weights must be finite and not negative."));
        totalWeight += w;
    }
    if (!d.weight.empty() && totalWeight <= 0.0)
        return fail(Tr::tr("the sample weights are all zero."));
    for (Eigen::Index i = 0; i < d.y.rows(); ++i) {
        for (Eigen::Index j = 0; j < d.y.cols(); ++j) {
            const double v = d.y(i, j);
            if (!std::isfinite(v))
                return fail(Tr::tr("the target is missing or infinite in row %1.").arg(i + 1));
            const int limit = task == Task::Multiclass ? classes : 2;
            if (task != Task::Regression && (v != std::floor(v) || v < 0 || v >= limit))
                return fail(Tr::tr("row %1 has target %2, expected a class number from 0 to %3.")
                                .arg(i + 1)
                                .arg(v)
                                .arg(limit - 1));
        }
    }
    return Unit {};
}

/// NaN is a missing value, but XGBoost rejects infinities (when it builds its matrix, with a
/// message naming neither row nor column): says where the first one is, if there is one.
/// Only called after XGBoost refused the data, so that valid data is not scanned twice.
std::optional<Status> infinityError(const MlData& d, const QString& which)
{
    for (Eigen::Index i = 0; i < d.x.rows(); ++i)
        for (Eigen::Index j = 0; j < d.x.cols(); ++j)
            if (std::isinf(d.x(i, j)))
                return Status::failure(QStringLiteral("%1: %2").arg(
                    which,
                    Tr::tr("column %1 is infinite in row %2.")
                        .arg(j < d.featureNames.size() ? d.featureNames.at(j) : QString::number(j + 1))
                        .arg(i + 1)));
    return std::nullopt;
}

} // namespace

XgbModel::XgbModel(XgbKind kind, Task task, QVariantMap params)
    : m_kind(kind)
    , m_task(task)
    , m_params(std::move(params))
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
        return R::failure(Tr::tr("There is nothing to train on: the training data has no rows or no columns."));
    if (m_task == Task::Multiclass) {
        shape.classes = std::max(2, train.classCount());
        // Without class names, the largest label decides (bounded: a stray huge value must
        // fail the label check below rather than allocate millions of classes).
        const double largest = train.y.size() > 0 ? train.y.maxCoeff() : 0.0;
        if (train.classCount() == 0 && std::isfinite(largest) && largest < 100000)
            shape.classes = std::max(2, static_cast<int>(largest) + 1);
    }
    const QString trainName = Tr::tr("Training data");
    Status ok = checkData(train, m_task, shape.classes, trainName);
    if (!ok.ok())
        return R::failure(ok.error());
    if (valid && valid->rows() > 0) {
        if (valid->features() != train.features())
            return R::failure(Tr::tr("The validation data has %1 columns but the training data %2.")
                                  .arg(valid->features())
                                  .arg(train.features()));
        ok = checkData(*valid, m_task, shape.classes, Tr::tr("Validation data"));
        if (!ok.ok())
            return R::failure(ok.error());
    }
    if (m_task == Task::Regression)
        shape.baseScore = xgbTargetMeanVariance(train).first;
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
    reportProgress(context.job, 0.0, Tr::tr("Preparing the data"));
    auto dtrain = makeMatrix(train, context.threads);
    if (!dtrain.ok())
        return infinityError(train, Tr::tr("Training data")).value_or(Status::from(dtrain));
    std::optional<XgbDMatrix> dvalid;
    if (valid) {
        auto m = makeMatrix(*valid, context.threads);
        if (!m.ok())
            return infinityError(*valid, Tr::tr("Validation data")).value_or(Status::from(m));
        dvalid = m.take();
    }
    auto evaluator = XgbRoundEvaluator::create(
        m_task, dtrain.value(), train, valid, dvalid ? &*dvalid : nullptr, context.seed);
    if (!evaluator.ok())
        return Status::from(evaluator);
    auto booster = XgbBooster::create(evaluator->cacheMatrices());
    if (!booster.ok())
        return Status::from(booster);
    for (const auto& [name, value] :
        xgbBoosterParams(m_kind, m_params, shape.value(), context.threads, context.seed)) {
        Status s = booster->setParam(name, value);
        if (!s.ok())
            return s;
    }

    Status result = Unit {};
    const int rounds = xgbRounds(m_kind, m_params);
    int patience = xgbEarlyStoppingRounds(m_kind, m_params);
    if (patience > 0 && !dvalid) {
        result.addWarning({ QStringLiteral("early_stopping_without_validation"), 0, 0,
            Tr::tr("Early stopping was ignored because there is no validation data.") });
        patience = 0;
    }
    const QString stage = m_kind == XgbKind::Gbdt ? Tr::tr("Boosting") : Tr::tr("Growing trees");
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
        EpochRecord record;
        record.epoch = round + 1;
        Status evaluated = evaluator->evaluate(booster.value(), round, &record);
        if (!evaluated.ok())
            return evaluated;
        done = round + 1;
        // Strictly lower, as XGBoost's own early stopping: ties keep the earlier round.
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
        return cancelled ? Status::cancelledResult() : Status::failure(Tr::tr("No boosting round was trained."));

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
    m_outputs = m_task == Task::Multiclass
        ? shape->classes
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
