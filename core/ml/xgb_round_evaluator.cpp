#include "ml/xgb_round_evaluator.h"

#include <xgboost/c_api.h>

#include <algorithm>
#include <cmath>
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

/// Raw margins (n × k, row-major) of `matrix` from the booster's prediction cache: for the
/// training matrix a copy, for others the prediction of the trees added since the last call.
/// The buffer belongs to the booster until its next prediction; null (and `status`) on error.
const float* cachedMargins(const XgbBooster& booster, const XgbDMatrix& matrix, Eigen::Index rows, Eigen::Index* k,
    Status* status)
{
    const char* config
        = "{\"type\":1,\"training\":false,\"iteration_begin\":0,\"iteration_end\":0,\"strict_shape\":true}";
    const bst_ulong* shape = nullptr;
    bst_ulong dims = 0;
    const float* margin = nullptr;
    if (XGBoosterPredictFromDMatrix(booster.handle(), matrix.handle(), config, &shape, &dims, &margin) != 0) {
        *status = Status::failure(xgbFailure(QT_TRANSLATE_NOOP("pp::XgbModel", "Evaluating")));
        return nullptr;
    }
    *k = dims == 2 ? static_cast<Eigen::Index>(shape[1]) : 1;
    if (dims < 1 || static_cast<Eigen::Index>(shape[0]) != rows) {
        *status = Status::failure(xgbFailure(QT_TRANSLATE_NOOP("pp::XgbModel", "Evaluating"))); // never seen
        return nullptr;
    }
    return margin;
}

/// XGBoost's sigmoid and its logloss terms, in float as XGBoost computes them (1e-16 clipping).
double logLoss(float margin, double y)
{
    constexpr float eps = 1e-16f;
    const float p = 1.0f / (1.0f + std::exp(-margin));
    const float q = 1.0f - p;
    return -y * std::log(static_cast<double>(std::max(p, eps))) - (1.0 - y) * std::log(static_cast<double>(std::max(q, eps)));
}

/// XGBoost's P(label = 1) of a margin, in float as its prediction (and so XgbModel::predict)
/// computes it. Only needed near 0, where a float probability rounds to exactly 0.5.
float xgbSigmoid(float margin)
{
    return 1.0f / (1.0f + std::exp(-margin));
}

/// Binary: class 1 when P >= 0.5 (the trainer's default threshold, applied to the
/// probability XgbModel::predict returns).
bool positiveAtHalf(float margin)
{
    if (margin >= 0.0f)
        return true;
    return margin > -1e-5f && xgbSigmoid(margin) >= 0.5f;
}

/// Multi-label: label on when P > 0.5 (XgbModel::predict's rule).
bool labelOn(float margin)
{
    if (margin <= 0.0f)
        return false;
    return margin >= 1e-5f || xgbSigmoid(margin) > 0.5f;
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

namespace {

/// Root mean squared error of one-column margins; four partial sums so that the loop is not
/// one long chain of dependent additions (it runs every round over up to 200,000 rows).
double rmse(const float* margin, const MlData& d, const std::vector<int>& rows)
{
    const double* y = d.y.data(); // column 0 (column-major)
    const double* w = d.weight.empty() ? nullptr : d.weight.data();
    const bool all = rows.empty();
    const auto n = static_cast<std::size_t>(all ? d.rows() : static_cast<Eigen::Index>(rows.size()));
    double sum[4] = {}, weights[4] = {};
    for (std::size_t r = 0; r < n; ++r) {
        const std::size_t i = all ? r : static_cast<std::size_t>(rows[r]);
        const double e = y[i] - static_cast<double>(margin[i]);
        const double wi = w ? w[i] : 1.0;
        sum[r % 4] += wi * e * e;
        weights[r % 4] += wi;
    }
    const double total = (weights[0] + weights[1]) + (weights[2] + weights[3]);
    return total > 0.0 ? std::sqrt(((sum[0] + sum[1]) + (sum[2] + sum[3])) / total) : kNaN;
}

} // namespace

double xgbLossFromMargins(Task task, const float* margin, Eigen::Index k, const MlData& d, const std::vector<int>& rows)
{
    if (task == Task::Regression)
        return rmse(margin, d, rows);
    const bool all = rows.empty();
    const Eigen::Index n = all ? d.rows() : static_cast<Eigen::Index>(rows.size());
    double sum = 0.0, weights = 0.0;
    for (Eigen::Index r = 0; r < n; ++r) {
        const Eigen::Index i = all ? r : rows[static_cast<std::size_t>(r)];
        const double w = d.weight.empty() ? 1.0 : d.weight[static_cast<std::size_t>(i)];
        const float* m = margin + i * k;
        switch (task) {
        case Task::Regression: // see rmse()
            break;
        case Task::Binary:
        case Task::Multilabel:
            // Multi-label: every label of a row counts, with the row's weight.
            for (Eigen::Index j = 0; j < k; ++j) {
                sum += w * logLoss(m[j], d.y(i, j));
                weights += w;
            }
            break;
        case Task::Multiclass: {
            float top = m[0];
            for (Eigen::Index j = 1; j < k; ++j)
                top = std::max(top, m[j]);
            float total = 0.0f;
            for (Eigen::Index j = 0; j < k; ++j)
                total += std::exp(m[j] - top);
            const auto label = static_cast<Eigen::Index>(d.y(i, 0));
            const float p = label >= 0 && label < k ? std::exp(m[label] - top) / total : 0.0f;
            sum += -w * std::log(static_cast<double>(std::max(p, 1e-16f)));
            weights += w;
            break;
        }
        }
    }
    return weights > 0.0 ? sum / weights : kNaN;
}

Result<XgbRoundEvaluator> XgbRoundEvaluator::create(Task task, const XgbDMatrix& dtrain, const MlData& train,
    const MlData* valid, const XgbDMatrix* dvalid, quint64 seed)
{
    XgbRoundEvaluator e;
    e.m_task = task;
    e.m_dtrain = &dtrain;
    e.m_train = &train;
    e.m_valid = dvalid ? valid : nullptr;
    e.m_dvalid = dvalid;
    if (train.rows() > kTrainLossSampleAbove)
        e.m_trainSample = sampleRows(train.rows(), kTrainLossSampleRows, seed);
    if (e.m_valid)
        e.m_metrics = EpochMetrics(task, *e.m_valid);
    return e;
}

std::vector<const XgbDMatrix*> XgbRoundEvaluator::cacheMatrices() const
{
    std::vector<const XgbDMatrix*> out { m_dtrain };
    if (m_dvalid)
        out.push_back(m_dvalid);
    return out;
}

Status XgbRoundEvaluator::evaluate(const XgbBooster& booster, int round, EpochRecord* record) const
{
    Q_UNUSED(round); // the cache knows which trees are new
    Status status = Unit {};
    Eigen::Index k = 1;
    const float* margin = cachedMargins(booster, *m_dtrain, m_train->rows(), &k, &status);
    if (!margin)
        return status;
    record->trainLoss = xgbLossFromMargins(m_task, margin, k, *m_train, m_trainSample);
    if (!m_dvalid)
        return Unit {};
    const MlData& v = *m_valid;
    margin = cachedMargins(booster, *m_dvalid, v.rows(), &k, &status);
    if (!margin)
        return status;
    record->validLoss = xgbLossFromMargins(m_task, margin, k, v);
    validationMetrics(margin, k, record);
    return Unit {};
}

void XgbRoundEvaluator::validationMetrics(const float* margin, Eigen::Index k, EpochRecord* record) const
{
    if (m_metrics.isEmpty())
        return;
    const Eigen::Index n = m_metrics.rows();
    if (m_task == Task::Multilabel) {
        m_labels.resize(n, k); // column-major: fill label by label
        for (Eigen::Index j = 0; j < k; ++j)
            for (Eigen::Index i = 0; i < n; ++i)
                m_labels(i, j) = labelOn(margin[i * k + j]) ? 1.0 : 0.0;
        m_metrics.fromLabels(m_labels, &record->metrics);
        return;
    }
    m_decisions.resize(n);
    switch (m_task) {
    case Task::Regression: // reg:squarederror: the margin is the prediction
        for (Eigen::Index i = 0; i < n; ++i)
            m_decisions[i] = static_cast<double>(margin[i]);
        break;
    case Task::Binary:
        for (Eigen::Index i = 0; i < n; ++i)
            m_decisions[i] = positiveAtHalf(margin[i]) ? 1.0 : 0.0;
        break;
    case Task::Multiclass: // the largest margin is the most probable class
        for (Eigen::Index i = 0; i < n; ++i) {
            const float* row = margin + i * k;
            Eigen::Index best = 0;
            for (Eigen::Index c = 1; c < k; ++c)
                if (row[c] > row[best])
                    best = c;
            m_decisions[i] = static_cast<double>(best);
        }
        break;
    case Task::Multilabel:
        break;
    }
    m_metrics.fromValues(m_decisions, &record->metrics);
}

} // namespace pp
