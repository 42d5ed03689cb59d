#include "ml/metrics.h"

#include <cmath>

namespace pp::metrics {

namespace {

using Index = Eigen::Index;

bool sameRows(const Eigen::VectorXd& a, const Eigen::VectorXd& b, const Weights& w)
{
    return a.size() == b.size() && a.size() > 0 && (w.size() == 0 || w.size() == a.size());
}

// np.average(values, weights=w); plain mean without weights.
double average(const Eigen::ArrayXd& values, const Weights& w)
{
    if (w.size() == 0)
        return values.mean();
    const double sw = w.sum();
    return sw != 0 ? (values * w.array()).sum() / sw : kNaN;
}

double weightOf(const Weights& w, Index i) { return w.size() ? w(i) : 1.0; }

// Valid class index or -1.
int classOf(double v, int classCount)
{
    return v >= 0 && v < classCount && v == std::floor(v) ? static_cast<int>(v) : -1;
}

} // namespace

double meanSquaredError(const Eigen::VectorXd& yTrue, const Eigen::VectorXd& yPred, const Weights& weight)
{
    if (!sameRows(yTrue, yPred, weight))
        return kNaN;
    return average((yTrue - yPred).array().square(), weight);
}

double rootMeanSquaredError(const Eigen::VectorXd& yTrue, const Eigen::VectorXd& yPred, const Weights& weight)
{
    return std::sqrt(meanSquaredError(yTrue, yPred, weight));
}

double meanAbsoluteError(const Eigen::VectorXd& yTrue, const Eigen::VectorXd& yPred, const Weights& weight)
{
    if (!sameRows(yTrue, yPred, weight))
        return kNaN;
    return average((yTrue - yPred).array().abs(), weight);
}

double r2Score(const Eigen::VectorXd& yTrue, const Eigen::VectorXd& yPred, const Weights& weight)
{
    if (!sameRows(yTrue, yPred, weight) || yTrue.size() < 2)
        return kNaN;   // sklearn: not well-defined with fewer than two samples
    const Eigen::ArrayXd w = weight.size() ? Eigen::ArrayXd(weight.array()) : Eigen::ArrayXd::Ones(yTrue.size());
    const double numerator = (w * (yTrue - yPred).array().square()).sum();
    const double mean = average(yTrue.array(), weight);
    const double denominator = (w * (yTrue.array() - mean).square()).sum();
    if (numerator == 0.0)
        return 1.0;
    if (denominator == 0.0)
        return 0.0;
    return 1.0 - numerator / denominator;
}

PercentageError meanAbsolutePercentageError(const Eigen::VectorXd& yTrue, const Eigen::VectorXd& yPred,
    const Weights& weight)
{
    PercentageError out;
    if (!sameRows(yTrue, yPred, weight))
        return out;
    double sum = 0.0;
    double sw = 0.0;
    for (Index i = 0; i < yTrue.size(); ++i) {
        if (yTrue(i) == 0.0) {
            ++out.skipped;
            continue;
        }
        const double w = weightOf(weight, i);
        sum += w * std::abs(yTrue(i) - yPred(i)) / std::abs(yTrue(i));
        sw += w;
    }
    if (sw > 0)
        out.value = sum / sw;
    return out;
}

Eigen::MatrixXd confusionMatrix(const Eigen::VectorXd& yTrue, const Eigen::VectorXd& yPred, int classCount,
    const Weights& weight)
{
    Eigen::MatrixXd cm = Eigen::MatrixXd::Zero(classCount, classCount);
    if (!sameRows(yTrue, yPred, weight))
        return cm;
    for (Index i = 0; i < yTrue.size(); ++i) {
        const int t = classOf(yTrue(i), classCount);
        const int p = classOf(yPred(i), classCount);
        if (t >= 0 && p >= 0)
            cm(t, p) += weightOf(weight, i);
    }
    return cm;
}

double accuracy(const Eigen::VectorXd& yTrue, const Eigen::VectorXd& yPred, const Weights& weight)
{
    if (!sameRows(yTrue, yPred, weight))
        return kNaN;
    return average((yTrue.array() == yPred.array()).cast<double>(), weight);
}

double balancedAccuracy(const Eigen::VectorXd& yTrue, const Eigen::VectorXd& yPred, int classCount,
    const Weights& weight)
{
    if (!sameRows(yTrue, yPred, weight))
        return kNaN;
    const Eigen::MatrixXd cm = confusionMatrix(yTrue, yPred, classCount, weight);
    double sum = 0.0;
    int classes = 0;
    for (int c = 0; c < classCount; ++c) {
        const double support = cm.row(c).sum();
        if (support != 0.0) {   // classes absent from y_true are left out, as sklearn
            sum += cm(c, c) / support;
            ++classes;
        }
    }
    return classes ? sum / classes : kNaN;
}

ClassScores classScores(const Eigen::VectorXd& yTrue, const Eigen::VectorXd& yPred, int classCount,
    const Weights& weight)
{
    ClassScores s;
    const Eigen::MatrixXd cm = confusionMatrix(yTrue, yPred, classCount, weight);
    s.precision = Eigen::VectorXd::Zero(classCount);
    s.recall = Eigen::VectorXd::Zero(classCount);
    s.f1 = Eigen::VectorXd::Zero(classCount);
    s.support = cm.rowwise().sum();
    s.present.assign(static_cast<std::size_t>(classCount), false);
    const Eigen::VectorXd predicted = cm.colwise().sum().transpose();
    for (int c = 0; c < classCount; ++c) {
        const double tp = cm(c, c);
        s.precision(c) = predicted(c) != 0 ? tp / predicted(c) : 0.0;
        s.recall(c) = s.support(c) != 0 ? tp / s.support(c) : 0.0;
        const double denom = s.precision(c) + s.recall(c);
        // sklearn's arithmetic exactly: (1 + β²)·P·R / (β²·P + R), 0/0 -> 0.
        s.f1(c) = 2.0 * s.precision(c) * s.recall(c) / (denom == 0.0 ? 1.0 : denom);
    }
    // "Present" = occurs in y_true or y_pred (sklearn's unique_labels), not weight-based.
    for (Index i = 0; i < yTrue.size() && i < yPred.size(); ++i) {
        const int t = classOf(yTrue(i), classCount);
        const int p = classOf(yPred(i), classCount);
        if (t >= 0)
            s.present[static_cast<std::size_t>(t)] = true;
        if (p >= 0)
            s.present[static_cast<std::size_t>(p)] = true;
    }
    return s;
}

namespace {

enum class Which { Precision, Recall, F1 };

double averaged(const Eigen::VectorXd& yTrue, const Eigen::VectorXd& yPred, int classCount, Average avg,
    int positive, const Weights& weight, Which which)
{
    if (!sameRows(yTrue, yPred, weight) || classCount < 1)
        return kNaN;
    if (avg == Average::Micro) {
        // Single-label micro averages all equal accuracy-like ratios of total counts.
        const Eigen::MatrixXd cm = confusionMatrix(yTrue, yPred, classCount, weight);
        const double tp = cm.trace();
        const double total = cm.sum();
        const double v = total != 0 ? tp / total : 0.0;
        return which == Which::F1 ? (v + v == 0 ? 0.0 : 2.0 * v * v / (v + v)) : v;
    }
    const ClassScores s = classScores(yTrue, yPred, classCount, weight);
    const Eigen::VectorXd& values = which == Which::Precision ? s.precision : (which == Which::Recall ? s.recall : s.f1);
    if (avg == Average::Binary)
        return positive >= 0 && positive < classCount ? values(positive) : kNaN;
    double sum = 0.0;
    double norm = 0.0;
    for (int c = 0; c < classCount; ++c) {
        if (!s.present[static_cast<std::size_t>(c)])
            continue;
        const double w = avg == Average::Weighted ? s.support(c) : 1.0;
        sum += w * values(c);
        norm += w;
    }
    return norm != 0 ? sum / norm : 0.0;
}

} // namespace

double precision(const Eigen::VectorXd& yTrue, const Eigen::VectorXd& yPred, int classCount, Average average,
    int positive, const Weights& weight)
{
    return averaged(yTrue, yPred, classCount, average, positive, weight, Which::Precision);
}

double recall(const Eigen::VectorXd& yTrue, const Eigen::VectorXd& yPred, int classCount, Average average,
    int positive, const Weights& weight)
{
    return averaged(yTrue, yPred, classCount, average, positive, weight, Which::Recall);
}

double f1(const Eigen::VectorXd& yTrue, const Eigen::VectorXd& yPred, int classCount, Average average,
    int positive, const Weights& weight)
{
    return averaged(yTrue, yPred, classCount, average, positive, weight, Which::F1);
}

double logLoss(const Eigen::VectorXd& yTrue, const Eigen::MatrixXd& proba, const Weights& weight, double eps)
{
    const Index n = yTrue.size();
    if (n == 0 || proba.rows() != n || proba.cols() < 2 || (weight.size() && weight.size() != n))
        return kNaN;
    const int classes = static_cast<int>(proba.cols());
    Eigen::ArrayXd loss(n);
    for (Index i = 0; i < n; ++i) {
        const int t = classOf(yTrue(i), classes);
        if (t < 0)
            return kNaN;
        const Eigen::ArrayXd p = proba.row(i).array().max(eps).min(1.0 - eps);
        loss(i) = -std::log(p(t) / p.sum());
    }
    return average(loss, weight);
}

double hammingLoss(const Eigen::MatrixXd& yTrue, const Eigen::MatrixXd& yPred, const Weights& weight)
{
    if (yTrue.rows() != yPred.rows() || yTrue.cols() != yPred.cols() || yTrue.size() == 0
        || (weight.size() && weight.size() != yTrue.rows()))
        return kNaN;
    const Eigen::ArrayXd wrong = (yTrue.array() != yPred.array()).cast<double>().rowwise().sum();
    const double meanWeight = weight.size() ? weight.mean() : 1.0;
    const double differences = weight.size() ? (wrong * weight.array()).sum() : wrong.sum();
    return differences / (static_cast<double>(yTrue.rows()) * static_cast<double>(yTrue.cols()) * meanWeight);
}

double subsetAccuracy(const Eigen::MatrixXd& yTrue, const Eigen::MatrixXd& yPred, const Weights& weight)
{
    if (yTrue.rows() != yPred.rows() || yTrue.cols() != yPred.cols() || yTrue.rows() == 0
        || (weight.size() && weight.size() != yTrue.rows()))
        return kNaN;
    const Eigen::ArrayXd allRight = (yTrue.array() == yPred.array()).rowwise().all().cast<double>();
    return average(allRight, weight);
}

double multilabelF1(const Eigen::MatrixXd& yTrue, const Eigen::MatrixXd& yPred, Average avg, const Weights& weight)
{
    if (avg == Average::Binary || yTrue.rows() != yPred.rows() || yTrue.cols() != yPred.cols() || yTrue.size() == 0
        || (weight.size() && weight.size() != yTrue.rows()))
        return kNaN;
    const Index k = yTrue.cols();
    const Eigen::ArrayXd w = weight.size() ? Eigen::ArrayXd(weight.array()) : Eigen::ArrayXd::Ones(yTrue.rows());
    Eigen::ArrayXd tp(k), predicted(k), actual(k);
    for (Index l = 0; l < k; ++l) {
        const Eigen::ArrayXd t = (yTrue.col(l).array() != 0).cast<double>();
        const Eigen::ArrayXd p = (yPred.col(l).array() != 0).cast<double>();
        tp(l) = (w * t * p).sum();
        predicted(l) = (w * p).sum();
        actual(l) = (w * t).sum();
    }
    auto score = [](double tpv, double pred, double act) {
        const double pr = pred != 0 ? tpv / pred : 0.0;
        const double rc = act != 0 ? tpv / act : 0.0;
        const double denom = pr + rc;
        return 2.0 * pr * rc / (denom == 0.0 ? 1.0 : denom);
    };
    if (avg == Average::Micro)
        return score(tp.sum(), predicted.sum(), actual.sum());
    Eigen::ArrayXd f(k);
    for (Index l = 0; l < k; ++l)
        f(l) = score(tp(l), predicted(l), actual(l));
    if (avg == Average::Macro)
        return f.mean();
    return actual.sum() != 0 ? (f * actual).sum() / actual.sum() : 0.0;
}

Eigen::VectorXd labelAccuracy(const Eigen::MatrixXd& yTrue, const Eigen::MatrixXd& yPred, const Weights& weight)
{
    if (yTrue.rows() != yPred.rows() || yTrue.cols() != yPred.cols() || yTrue.rows() == 0
        || (weight.size() && weight.size() != yTrue.rows()))
        return Eigen::VectorXd::Constant(yTrue.cols(), kNaN);
    Eigen::VectorXd out(yTrue.cols());
    for (Index l = 0; l < yTrue.cols(); ++l)
        out(l) = average((yTrue.col(l).array() == yPred.col(l).array()).cast<double>(), weight);
    return out;
}

} // namespace pp::metrics
