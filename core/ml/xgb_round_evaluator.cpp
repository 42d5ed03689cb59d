#include "ml/xgb_round_evaluator.h"

#include "ml/xgb_params.h"

#include <QList>

#include <xgboost/c_api.h>

#include <limits>
#include <random>

namespace pp {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

/// Picks `m` of `n` row numbers uniformly, in increasing order (Knuth's selection sampling:
/// one pass, no index array of n).
std::vector<int> sampleRows(qint64 n, qint64 m, quint64 seed)
{
    std::mt19937_64 rng(seed);
    std::uniform_real_distribution<double> uniform(0.0, 1.0);
    std::vector<int> rows;
    rows.reserve(static_cast<std::size_t>(m));
    for (qint64 i = 0; i < n && static_cast<qint64>(rows.size()) < m; ++i)
        if (static_cast<double>(n - i) * uniform(rng)
            < static_cast<double>(m - static_cast<qint64>(rows.size())))
            rows.push_back(static_cast<int>(i));
    return rows;
}

/// The value of `key` ("valid-rmse") in XGBoost's evaluation text
/// "[3]\ttrain-rmse:0.51\tvalid-rmse:0.62", read with the C locale (Qt sets the process
/// locale, under which strtod could expect a decimal comma).
double evalValue(const QByteArray& text, const QByteArray& key)
{
    const QList<QByteArray> parts = text.split('\t');
    for (const QByteArray& part : parts) {
        if (part.size() > key.size() && part.startsWith(key) && part.at(key.size()) == ':') {
            bool ok = false;
            const double v = part.mid(key.size() + 1).toDouble(&ok);
            return ok ? v : kNaN;
        }
    }
    return kNaN;
}

} // namespace

std::pair<double, double> xgbTargetMeanVariance(const MlData& d)
{
    double sw = 0.0, mean = 0.0, m2 = 0.0; // West's weighted Welford update
    for (Eigen::Index i = 0; i < d.rows(); ++i) {
        const double w = d.weight.empty() ? 1.0 : d.weight[static_cast<std::size_t>(i)];
        if (w <= 0.0)
            continue;
        sw += w;
        const double delta = d.y(i, 0) - mean;
        mean += delta * w / sw;
        m2 += w * delta * (d.y(i, 0) - mean);
    }
    return { mean, sw > 0.0 ? m2 / sw : 0.0 };
}

Result<XgbRoundEvaluator> XgbRoundEvaluator::create(Task task, const XgbDMatrix& dtrain, qint64 trainRows,
    const MlData* valid, const XgbDMatrix* dvalid, quint64 seed)
{
    XgbRoundEvaluator e;
    e.m_task = task;
    e.m_dtrain = &dtrain;
    e.m_valid = dvalid ? valid : nullptr;
    e.m_dvalid = dvalid;
    if (trainRows > kTrainLossSampleAbove) {
        auto sample = dtrain.slice(sampleRows(trainRows, kTrainLossSampleRows, seed));
        if (!sample.ok())
            return Result<XgbRoundEvaluator>::from(sample);
        e.m_sample = sample.take();
    }
    if (e.m_valid && task == Task::Regression)
        e.m_validVariance = xgbTargetMeanVariance(*e.m_valid).second;
    e.m_trainKey = "train-" + xgbLossMetric(task);
    e.m_validKey = "valid-" + xgbLossMetric(task);
    return e;
}

std::vector<const XgbDMatrix*> XgbRoundEvaluator::cacheMatrices() const
{
    std::vector<const XgbDMatrix*> out { m_dtrain };
    if (m_dvalid)
        out.push_back(m_dvalid);
    if (m_sample)
        out.push_back(&*m_sample);
    return out;
}

Status XgbRoundEvaluator::evaluate(const XgbBooster& booster, int round, EpochRecord* record) const
{
    DMatrixHandle matrices[2]
        = { m_sample ? m_sample->handle() : m_dtrain->handle(), m_dvalid ? m_dvalid->handle() : nullptr };
    const char* names[2] = { "train", "valid" };
    const char* text = nullptr;
    if (XGBoosterEvalOneIter(booster.handle(), round, matrices, names, m_dvalid ? 2 : 1, &text) != 0)
        return Status::failure(xgbFailure(QT_TRANSLATE_NOOP("pp::XgbModel", "Evaluating")));
    const QByteArray evaluation(text);
    record->trainLoss = evalValue(evaluation, m_trainKey);
    if (!m_dvalid)
        return Unit {};
    record->validLoss = evalValue(evaluation, m_validKey);
    if (m_task == Task::Regression) {
        if (m_validVariance > 0.0)
            record->metrics.insert(
                QStringLiteral("r2"), 1.0 - record->validLoss * record->validLoss / m_validVariance);
        return Unit {};
    }
    Status status = Unit {};
    const double accuracy = validAccuracy(booster, &status);
    if (!status.ok())
        return status;
    record->metrics.insert(
        m_task == Task::Multilabel ? QStringLiteral("label_accuracy") : QStringLiteral("accuracy"), accuracy);
    return Unit {};
}

double XgbRoundEvaluator::validAccuracy(const XgbBooster& booster, Status* status) const
{
    // Raw margins (type 1) skip the sigmoid/softmax: margin > 0 is p > 0.5, and the largest
    // margin is the most probable class. The cache makes this a copy, not a prediction.
    const char* config
        = "{\"type\":1,\"training\":false,\"iteration_begin\":0,\"iteration_end\":0,\"strict_shape\":true}";
    const bst_ulong* shape = nullptr;
    bst_ulong dims = 0;
    const float* margin = nullptr;
    if (XGBoosterPredictFromDMatrix(booster.handle(), m_dvalid->handle(), config, &shape, &dims, &margin)
        != 0) {
        *status = Status::failure(xgbFailure(QT_TRANSLATE_NOOP("pp::XgbModel", "Evaluating")));
        return kNaN;
    }
    const MlData& v = *m_valid;
    const Eigen::Index n = v.rows();
    const Eigen::Index k = dims == 2 ? static_cast<Eigen::Index>(shape[1]) : 1;
    double correct = 0.0, total = 0.0;
    for (Eigen::Index i = 0; i < n; ++i) {
        const double w = v.weight.empty() ? 1.0 : v.weight[static_cast<std::size_t>(i)];
        const float* row = margin + i * k;
        double score = 0.0;
        if (m_task == Task::Multiclass) {
            Eigen::Index best = 0;
            for (Eigen::Index c = 1; c < k; ++c)
                if (row[c] > row[best])
                    best = c;
            score = best == static_cast<Eigen::Index>(v.y(i, 0)) ? 1.0 : 0.0;
        } else {
            for (Eigen::Index j = 0; j < k; ++j)
                score += (row[j] > 0.0f) == (v.y(i, j) > 0.5) ? 1.0 : 0.0;
            score /= static_cast<double>(k);
        }
        correct += w * score;
        total += w;
    }
    return total > 0.0 ? correct / total : kNaN;
}

} // namespace pp
