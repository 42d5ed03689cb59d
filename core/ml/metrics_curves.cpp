// Ranking metrics and curves: sklearn 1.2's _binary_clf_curve and what is built on it.
#include "ml/metrics.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace pp::metrics {

namespace {

using Index = Eigen::Index;

// Cumulative (weighted) false and true positives at each distinct score, scores
// descending: sklearn's _binary_clf_curve. Rows with zero weight are dropped first, as
// sklearn does. False when the input is unusable.
struct ClfCurve
{
    std::vector<double> fps, tps, thresholds;
};

bool binaryClfCurve(const Eigen::VectorXd& yTrue, const Eigen::VectorXd& score, const Weights& weight, ClfCurve* out)
{
    const Index n = yTrue.size();
    if (n == 0 || score.size() != n || (weight.size() && weight.size() != n) || !score.allFinite())
        return false;
    std::vector<Index> order;
    order.reserve(static_cast<std::size_t>(n));
    for (Index i = 0; i < n; ++i) {
        if (weight.size() && weight(i) == 0.0)
            continue;
        if (yTrue(i) != 0.0 && yTrue(i) != 1.0)
            return false;
        order.push_back(i);
    }
    if (order.empty())
        return false;
    std::stable_sort(order.begin(), order.end(), [&](Index a, Index b) { return score(a) > score(b); });
    double tp = 0.0;
    double fp = 0.0;
    for (std::size_t j = 0; j < order.size(); ++j) {
        const Index i = order[j];
        const double w = weight.size() ? weight(i) : 1.0;
        if (yTrue(i) == 1.0)
            tp += w;
        else
            fp += w;
        // A threshold where the next score differs, and at the end.
        if (j + 1 == order.size() || score(order[j + 1]) != score(i)) {
            out->tps.push_back(tp);
            // Unweighted, sklearn counts fps as 1 + index − tps; the same integers.
            out->fps.push_back(fp);
            out->thresholds.push_back(score(i));
        }
    }
    return true;
}

} // namespace

double auc(const Eigen::VectorXd& x, const Eigen::VectorXd& y)
{
    if (x.size() < 2 || y.size() != x.size())
        return kNaN;
    double direction = 1.0;
    const Eigen::ArrayXd dx = x.tail(x.size() - 1).array() - x.head(x.size() - 1).array();
    if ((dx < 0).any()) {
        if ((dx <= 0).all())
            direction = -1.0;
        else
            return kNaN;
    }
    // np.trapz
    const Eigen::ArrayXd mid = (y.tail(y.size() - 1).array() + y.head(y.size() - 1).array()) / 2.0;
    return direction * (dx * mid).sum();
}

RocCurve rocCurve(const Eigen::VectorXd& yTrue, const Eigen::VectorXd& score, const Weights& weight,
    bool dropIntermediate)
{
    RocCurve out;
    ClfCurve c;
    if (!binaryClfCurve(yTrue, score, weight, &c))
        return out;
    std::vector<std::size_t> keep;
    const std::size_t m = c.fps.size();
    if (dropIntermediate && m > 2) {
        // Keep the ends and every corner (a non-zero second difference in fps or tps).
        keep.push_back(0);
        for (std::size_t i = 1; i + 1 < m; ++i) {
            // np.diff(x, 2) at i − 1: (x[i+1] − x[i]) − (x[i] − x[i−1]), in that order.
            if ((c.fps[i + 1] - c.fps[i]) - (c.fps[i] - c.fps[i - 1]) != 0.0
                || (c.tps[i + 1] - c.tps[i]) - (c.tps[i] - c.tps[i - 1]) != 0.0) {
                keep.push_back(i);
            }
        }
        keep.push_back(m - 1);
    } else {
        keep.resize(m);
        std::iota(keep.begin(), keep.end(), std::size_t{0});
    }
    const Index k = static_cast<Index>(keep.size()) + 1;
    out.fpr.resize(k);
    out.tpr.resize(k);
    out.thresholds.resize(k);
    const double fpsLast = c.fps.back();
    const double tpsLast = c.tps.back();
    out.fpr(0) = fpsLast > 0 ? 0.0 : kNaN;
    out.tpr(0) = tpsLast > 0 ? 0.0 : kNaN;
    out.thresholds(0) = c.thresholds[keep.front()] + 1.0;
    for (std::size_t j = 0; j < keep.size(); ++j) {
        const std::size_t i = keep[j];
        const Index r = static_cast<Index>(j) + 1;
        out.fpr(r) = fpsLast > 0 ? c.fps[i] / fpsLast : kNaN;
        out.tpr(r) = tpsLast > 0 ? c.tps[i] / tpsLast : kNaN;
        out.thresholds(r) = c.thresholds[i];
    }
    return out;
}

PrCurve precisionRecallCurve(const Eigen::VectorXd& yTrue, const Eigen::VectorXd& score, const Weights& weight)
{
    PrCurve out;
    ClfCurve c;
    if (!binaryClfCurve(yTrue, score, weight, &c))
        return out;
    const std::size_t m = c.fps.size();
    out.precision.resize(static_cast<Index>(m) + 1);
    out.recall.resize(static_cast<Index>(m) + 1);
    out.thresholds.resize(static_cast<Index>(m));
    const double tpsLast = c.tps.back();
    // Reversed so that recall decreases and thresholds increase.
    for (std::size_t j = 0; j < m; ++j) {
        const std::size_t i = m - 1 - j;
        const double ps = c.tps[i] + c.fps[i];
        out.precision(static_cast<Index>(j)) = ps != 0 ? c.tps[i] / ps : 0.0;
        out.recall(static_cast<Index>(j)) = tpsLast != 0 ? c.tps[i] / tpsLast : 1.0;
        out.thresholds(static_cast<Index>(j)) = c.thresholds[i];
    }
    out.precision(static_cast<Index>(m)) = 1.0;
    out.recall(static_cast<Index>(m)) = 0.0;
    return out;
}

double rocAuc(const Eigen::VectorXd& yTrue, const Eigen::VectorXd& score, const Weights& weight)
{
    const RocCurve roc = rocCurve(yTrue, score, weight);
    if (roc.fpr.size() == 0 || !roc.fpr.allFinite() || !roc.tpr.allFinite())
        return kNaN;   // one class only: undefined
    return auc(roc.fpr, roc.tpr);
}

double rocAucOvr(const Eigen::VectorXd& yTrue, const Eigen::MatrixXd& proba, const Weights& weight)
{
    if (proba.rows() != yTrue.size() || proba.cols() < 2)
        return kNaN;
    double sum = 0.0;
    int classes = 0;
    for (Index c = 0; c < proba.cols(); ++c) {
        const Eigen::VectorXd isC = (yTrue.array() == static_cast<double>(c)).cast<double>();
        const double a = rocAuc(isC, proba.col(c), weight);
        if (std::isfinite(a)) {
            sum += a;
            ++classes;
        }
    }
    return classes ? sum / classes : kNaN;
}

double averagePrecision(const Eigen::VectorXd& yTrue, const Eigen::VectorXd& score, const Weights& weight)
{
    const PrCurve pr = precisionRecallCurve(yTrue, score, weight);
    const Index m = pr.recall.size();
    if (m == 0)
        return kNaN;
    // −Σ (R[i+1] − R[i]) · P[i]
    double ap = 0.0;
    for (Index i = 0; i + 1 < m; ++i)
        ap += (pr.recall(i + 1) - pr.recall(i)) * pr.precision(i);
    return -ap;
}

double averagePrecisionOvr(const Eigen::VectorXd& yTrue, const Eigen::MatrixXd& proba, const Weights& weight)
{
    if (proba.rows() != yTrue.size() || proba.cols() < 2)
        return kNaN;
    double sum = 0.0;
    for (Index c = 0; c < proba.cols(); ++c) {
        const Eigen::VectorXd isC = (yTrue.array() == static_cast<double>(c)).cast<double>();
        const double ap = averagePrecision(isC, proba.col(c), weight);
        if (!std::isfinite(ap))
            return kNaN;   // no rows (or no weight) at all
        sum += ap;
    }
    return sum / static_cast<double>(proba.cols());
}

ThresholdChoice bestF1Threshold(const Eigen::VectorXd& yTrue, const Eigen::VectorXd& score, const Weights& weight)
{
    ThresholdChoice best;
    ClfCurve c;
    if (!binaryClfCurve(yTrue, score, weight, &c) || !(c.tps.back() > 0))
        return best;
    const double positives = c.tps.back();
    // Thresholds come in decreasing order; ">" keeps the larger threshold on ties.
    for (std::size_t i = 0; i < c.tps.size(); ++i) {
        const double pr = c.tps[i] / (c.tps[i] + c.fps[i]);
        const double rc = c.tps[i] / positives;
        const double denom = pr + rc;
        const double f = 2.0 * pr * rc / (denom == 0.0 ? 1.0 : denom);
        if (!best.valid || f > best.f1) {
            best.valid = true;
            best.threshold = c.thresholds[i];
            best.f1 = f;
            best.precision = pr;
            best.recall = rc;
        }
    }
    return best;
}

Prediction applyThreshold(const Prediction& prediction, double threshold)
{
    Prediction out = prediction;
    if (prediction.task == Task::Binary && prediction.proba.cols() == 2) {
        out.value = (prediction.proba.col(1).array() >= threshold).cast<double>().matrix();
    } else if (prediction.task == Task::Multilabel && prediction.proba.size() > 0) {
        out.labels = (prediction.proba.array() >= threshold).cast<double>().matrix();
    }
    return out;
}

} // namespace pp::metrics
