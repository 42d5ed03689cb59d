#include "ml/logistic_regression.h"

#include "ml/lbfgs.h"
#include "ml/model_json.h"
#include "ml/model_support.h"
#include "ml/parallel_for.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <limits>

namespace pp {

namespace {

using Index = Eigen::Index;

double log1pExp(double z) { return z > 0 ? z + std::log1p(std::exp(-z)) : std::log1p(std::exp(z)); }
double expit(double z) { return 1.0 / (1.0 + std::exp(-z)); }

// sklearn's loss in its own scale: Σ w_i·loss_i + ½·l2·||W||² (l2 = 1/C), intercepts not
// penalised. `classes` = 1 means the binary (sigmoid) loss with y in {0, 1}; otherwise the
// multinomial loss with y in 0..classes-1. theta holds, per class, p weights then the
// intercept.
class LogisticLoss
{
public:
    LogisticLoss(const Matrix& x, std::vector<int> y, Eigen::VectorXd weight, int classes, double l2, int threads)
        : m_x(x), m_y(std::move(y)), m_w(std::move(weight)), m_k(classes), m_l2(l2), m_threads(threads)
    {
        const Index n = x.rows();
        m_slots = std::max<Index>(1, std::min<Index>(64, (n + 2047) / 2048));
        m_slotRows = (n + m_slots - 1) / m_slots;
        m_weightSum = m_w.sum();
    }

    Index size() const { return m_k * (m_x.cols() + 1); }
    /// Weighted mean log loss at the last evaluated point (no penalty).
    double lastMeanLoss() const { return m_lastLoss / m_weightSum; }

    double operator()(const Eigen::VectorXd& theta, Eigen::VectorXd* grad)
    {
        const Index p = m_x.cols();
        const Index q = p + 1;
        // Row k of coef = theta.segment(k·q, p); intercept = theta(k·q + p).
        const Eigen::Map<const Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>> params(
            theta.data(), m_k, q);
        const Eigen::MatrixXd coefT = params.leftCols(p).transpose();   // p × K
        const Eigen::RowVectorXd b = params.col(p).transpose();
        std::vector<double> loss(static_cast<std::size_t>(m_slots), 0.0);
        std::vector<Eigen::MatrixXd> g(static_cast<std::size_t>(m_slots), Eigen::MatrixXd::Zero(m_k, q));
        parallelFor(m_x.rows(), m_slotRows, m_threads, [&](Index begin, Index end, int) {
            const std::size_t slot = static_cast<std::size_t>(begin / m_slotRows);
            const Index rows = end - begin;
            const auto xb = m_x.middleRows(begin, rows);
            Eigen::MatrixXd raw = xb * coefT;
            raw.rowwise() += b;
            double l = 0.0;
            // raw becomes the gradient of each row's loss w.r.t. its raw scores, times w.
            for (Index i = 0; i < rows; ++i) {
                const double w = m_w(begin + i);
                const int yi = m_y[static_cast<std::size_t>(begin + i)];
                if (m_k == 1) {
                    const double z = raw(i, 0);
                    l += w * (log1pExp(z) - yi * z);
                    raw(i, 0) = w * (expit(z) - yi);
                } else {
                    auto r = raw.row(i);
                    const double mx = r.maxCoeff();
                    const double sum = (r.array() - mx).exp().sum();
                    const double lse = mx + std::log(sum);
                    l += w * (lse - r(yi));
                    r = ((r.array() - lse).exp() * w).matrix();
                    r(yi) -= w;
                }
            }
            loss[slot] = l;
            Eigen::MatrixXd& gs = g[slot];
            gs.leftCols(p).noalias() = raw.transpose() * xb;
            gs.col(p) = raw.colwise().sum().transpose();
        });
        double total = 0.0;
        Eigen::MatrixXd gradM = Eigen::MatrixXd::Zero(m_k, q);
        for (Index s = 0; s < m_slots; ++s) {
            total += loss[static_cast<std::size_t>(s)];
            gradM += g[static_cast<std::size_t>(s)];
        }
        m_lastLoss = total;
        gradM.leftCols(p) += m_l2 * params.leftCols(p);
        total += 0.5 * m_l2 * params.leftCols(p).squaredNorm();
        grad->resize(size());
        Eigen::Map<Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>>(grad->data(), m_k, q) = gradM;
        return total;
    }

private:
    const Matrix& m_x;
    std::vector<int> m_y;
    Eigen::VectorXd m_w;
    Index m_k;
    double m_l2;
    int m_threads;
    Index m_slots = 1;
    Index m_slotRows = 1;
    double m_weightSum = 1.0;
    double m_lastLoss = 0.0;
};

// Rows per chunk of the row-wise loops over validation or prediction rows.
constexpr Index kRowGrain = 8192;

// The weighted mean of the loss LogisticLoss sums, at the raw scores `raw` (n × classes,
// one column for the sigmoid), for rows with class `y` (weight 0: left out). NaN without
// weight. Summed by chunk, in chunk order: the same for any number of threads.
double meanLogLoss(const Eigen::MatrixXd& raw, const std::vector<int>& y, const Eigen::VectorXd& w,
    int threads)
{
    const Index n = raw.rows();
    const Index chunks = (n + kRowGrain - 1) / kRowGrain;
    std::vector<double> total(static_cast<std::size_t>(chunks), 0.0);
    std::vector<double> weight(static_cast<std::size_t>(chunks), 0.0);
    parallelFor(n, kRowGrain, threads, [&](Index begin, Index end, int) {
        double t = 0.0;
        double ws = 0.0;
        for (Index i = begin; i < end; ++i) {
            const double wi = w(i);
            if (wi == 0.0)
                continue;
            const int yi = y[static_cast<std::size_t>(i)];
            if (raw.cols() == 1) {
                const double z = raw(i, 0);
                t += wi * (log1pExp(z) - yi * z);
            } else {
                const auto r = raw.row(i);
                const double mx = r.maxCoeff();
                t += wi * (mx + std::log((r.array() - mx).exp().sum()) - r(yi));
            }
            ws += wi;
        }
        total[static_cast<std::size_t>(begin / kRowGrain)] = t;
        weight[static_cast<std::size_t>(begin / kRowGrain)] = ws;
    });
    double sum = 0.0;
    double weightSum = 0.0;
    for (std::size_t c = 0; c < total.size(); ++c) {
        sum += total[c];
        weightSum += weight[c];
    }
    return weightSum > 0 ? sum / weightSum : std::numeric_limits<double>::quiet_NaN();
}

} // namespace

LogisticRegression::LogisticRegression(Task task, QVariantMap params)
    : EigenModel(QStringLiteral("logistic"), task, std::move(params))
{
}

ModelInfo LogisticRegression::info()
{
    ModelInfo info;
    info.kind = QStringLiteral("logistic");
    info.family = QStringLiteral("linear");
    info.tasks = {Task::Binary, Task::Multiclass, Task::Multilabel};
    info.needsScaling = true;
    info.displayName = [] { return tr("Logistic regression"); };
    info.description = [] {
        return tr("A linear model of the odds of each class, with well-behaved probabilities. A strong, "
                  "fast, explainable baseline for yes/no and segment predictions.");
    };
    info.params = [](Task) {
        ParamSpec c;
        c.key = QStringLiteral("C");
        c.type = ParamType::Double;
        c.defaultValue = 1.0;
        c.minimum = 1e-12;
        c.maximum = 1e12;
        c.logScale = true;
        c.label = tr("Inverse regularisation (C)");
        c.tooltip = tr("Inverse of the regularisation strength: smaller values shrink the coefficients more "
                       "and reduce overfitting; larger values fit the training data more closely.");
        return std::vector<ParamSpec>{c, ModelSupport::classWeightParam(), ModelSupport::maxIterParam(100),
            ModelSupport::tolParam(1e-4)};
    };
    info.create = [](Task task, const QVariantMap& params) -> Result<std::unique_ptr<Model>> {
        return std::unique_ptr<Model>(new LogisticRegression(task, params));
    };
    return info;
}

QString LogisticRegression::modeName(Mode mode)
{
    switch (mode) {
    case Mode::Binary:
        return QStringLiteral("binary");
    case Mode::Multinomial:
        return QStringLiteral("multinomial");
    case Mode::Multilabel:
        return QStringLiteral("multilabel");
    }
    return QString();
}

Status LogisticRegression::fit(const MlData& train, const MlData* valid, FitContext& context)
{
    Status st = beginFit(train);
    if (!st.ok())
        return st;
    FitReporter reporter(context);
    const Index p = train.features();
    const double l2 = 1.0 / doubleParam("C");
    const bool balanced = choiceParam("class_weight") == QLatin1String("balanced");
    Lbfgs::Options options;
    options.maxIterations = intParam("max_iter");
    options.gtol = doubleParam("tol");
    const Eigen::VectorXd sw = ModelSupport::sampleWeights(train);

    // The sub-problems: one for binary/multinomial, one per label for multi-label.
    struct Problem
    {
        std::vector<int> y;
        int classes = 1;
        QString name;
    };
    std::vector<Problem> problems;
    if (task() == Task::Multilabel) {
        m_mode = Mode::Multilabel;
        m_classCount = static_cast<int>(train.y.cols());
        for (Index l = 0; l < train.y.cols(); ++l) {
            Problem pr;
            pr.y.resize(static_cast<std::size_t>(train.rows()));
            for (Index i = 0; i < train.rows(); ++i)
                pr.y[static_cast<std::size_t>(i)] = train.y(i, l) > 0.5 ? 1 : 0;
            pr.name = l < train.targetNames.size() ? train.targetNames.at(static_cast<int>(l)) : QString::number(l + 1);
            if (ModelSupport::presentClasses(pr.y, 2).size() < 2)
                return Status::failure(tr("The label '%1' has the same value in every training row, so there is "
                                          "nothing to learn for it.")
                                           .arg(pr.name));
            problems.push_back(std::move(pr));
        }
        m_classes.clear();
    } else {
        m_classCount = classCount(train);
        const std::vector<int> y = ModelSupport::classIndices(train);
        m_classes = ModelSupport::presentClasses(y, m_classCount);
        if (m_classes.size() < 2)
            return Status::failure(tr("The training rows contain only one class; at least two are needed."));
        std::vector<int> position(static_cast<std::size_t>(m_classCount), -1);
        for (std::size_t k = 0; k < m_classes.size(); ++k)
            position[static_cast<std::size_t>(m_classes[k])] = static_cast<int>(k);
        Problem pr;
        pr.y.reserve(y.size());
        for (int c : y)
            pr.y.push_back(position[static_cast<std::size_t>(c)]);
        m_mode = m_classes.size() == 2 ? Mode::Binary : Mode::Multinomial;
        pr.classes = m_mode == Mode::Binary ? 1 : static_cast<int>(m_classes.size());
        problems.push_back(std::move(pr));
    }

    const Index rowsOut = m_mode == Mode::Multinomial ? static_cast<Index>(m_classes.size())
                                                      : static_cast<Index>(problems.size());
    // Zero until fitted: while label l is fitted, the later labels score 0 (say "no").
    m_coef = Eigen::MatrixXd::Zero(rowsOut, p);
    m_intercept = Eigen::VectorXd::Zero(rowsOut);
    m_iterations = 0;
    // Writes a problem's parameters into the model.
    auto store = [&](std::size_t pi, int classes, const Eigen::VectorXd& theta) {
        const Eigen::Map<const Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>> params(
            theta.data(), classes, p + 1);
        if (m_mode == Mode::Multinomial) {
            m_coef = params.leftCols(p);
            m_intercept = params.col(p);
        } else {
            m_coef.row(static_cast<Index>(pi)) = params.row(0).head(p);
            m_intercept(static_cast<Index>(pi)) = params(0, p);
        }
    };
    ValidationTracker validation(context, task(), valid, train,
        static_cast<qint64>(options.maxIterations) * static_cast<qint64>(problems.size()),
        static_cast<qint64>(problems.size()));
    int epoch = 0;
    bool allConverged = true;
    for (std::size_t pi = 0; pi < problems.size(); ++pi) {
        const Problem& pr = problems[pi];
        Eigen::VectorXd w = sw;
        Eigen::VectorXd cw;
        if (balanced) {
            const int k = std::max(pr.classes, 2);
            cw = ModelSupport::balancedClassWeights(pr.y, k);
            for (Index i = 0; i < w.size(); ++i)
                w(i) *= cw(pr.y[static_cast<std::size_t>(i)]);
        }
        // The same loss on the validation rows: their classes as positions among the modelled
        // ones, weights × the training class weights; rows of a class the model does not know
        // have no loss in it and are left out (weight 0).
        std::vector<int> validY;
        Eigen::VectorXd validW;
        if (validation.active()) {
            const MlData& v = validation.data();
            validY.assign(static_cast<std::size_t>(v.rows()), 0);
            validW = validation.weights();
            std::vector<int> position(static_cast<std::size_t>(std::max(m_classCount, 0)), -1);
            for (std::size_t k = 0; k < m_classes.size(); ++k)
                position[static_cast<std::size_t>(m_classes[k])] = static_cast<int>(k);
            for (Index i = 0; i < v.rows(); ++i) {
                int yi = -1;
                if (m_mode == Mode::Multilabel) {
                    yi = v.y(i, static_cast<Index>(pi)) > 0.5 ? 1 : 0;
                } else {
                    const double c = v.y(i, 0);
                    if (c >= 0 && c < m_classCount)
                        yi = position[static_cast<std::size_t>(c)];
                }
                if (yi < 0) {
                    validW(i) = 0.0;
                    continue;
                }
                validY[static_cast<std::size_t>(i)] = yi;
                if (balanced)
                    validW(i) *= cw(yi);
            }
        }
        LogisticLoss loss(train.x, pr.y, w, pr.classes, l2, context.threads);
        Eigen::VectorXd theta = Eigen::VectorXd::Zero(loss.size());
        const double base = static_cast<double>(pi) / static_cast<double>(problems.size());
        const double span = 1.0 / static_cast<double>(problems.size());
        // With validation rows, an iteration's point waits for the next iteration (or the
        // end) unless L-BFGS says it is the last: a line search that fails ends the fit
        // without a new point, and the last point must be measured.
        EpochRecord pending;
        Eigen::VectorXd pendingTheta;
        bool hasPending = false;
        auto send = [&](bool last) {
            hasPending = false;
            if (validation.next(last)) {
                // The model as it stands (earlier labels fitted, this one at the point) on the
                // validation rows: the same unpenalised weighted mean log loss, and the
                // metrics of its predictions.
                store(pi, pr.classes, pendingTheta);
                const Eigen::MatrixXd raw = scores(validation.data().x);
                const double vl = m_mode == Mode::Multilabel
                    ? meanLogLoss(raw.col(static_cast<Index>(pi)), validY, validW, context.threads)
                    : meanLogLoss(raw, validY, validW, context.threads);
                validation.measure(predictionFromScores(raw, context.threads), vl, &pending);
            }
            reporter.epoch(pending, false);
        };
        const Lbfgs::Summary s = Lbfgs::minimize(
            [&loss](const Eigen::VectorXd& t, Eigen::VectorXd* g) { return loss(t, g); }, &theta, options,
            [&](int iter, const Eigen::VectorXd& t, double, bool last) {
                if (!validation.active()) {
                    reporter.epoch(++epoch, loss.lastMeanLoss());
                } else {
                    if (hasPending)
                        send(false);
                    pending = EpochRecord();
                    pending.epoch = ++epoch;
                    pending.trainLoss = loss.lastMeanLoss();
                    pending.seconds = reporter.seconds();
                    pendingTheta = t;
                    hasPending = true;
                    if (last)
                        send(true);
                }
                reporter.progress(base + span * iter / options.maxIterations);
                return reporter.proceed();
            });
        if (s.outcome == Lbfgs::Outcome::Stopped || reporter.cancelled())
            return Status::cancelledResult();
        if (hasPending)
            send(true);
        allConverged &= s.converged() || s.outcome == Lbfgs::Outcome::LineSearchFailed;
        m_iterations = std::max(m_iterations, s.iterations);
        store(pi, pr.classes, theta);
    }
    endFit(p);
    if (!allConverged) {
        st.addWarning({QStringLiteral("not_converged"), 0, 0,
            tr("The solver did not converge in %1 iterations. Increase max_iter, or standardise the "
               "features.")
                .arg(options.maxIterations)});
    }
    return st;
}

Result<Prediction> LogisticRegression::predictRows(const Matrix& x, JobControl*) const
{
    return predictionFromScores(scores(x), 1);
}

Eigen::MatrixXd LogisticRegression::scores(const Matrix& x) const
{
    Eigen::MatrixXd raw = x * m_coef.transpose();
    raw.rowwise() += m_intercept.transpose();
    return raw;
}

Prediction LogisticRegression::predictionFromScores(const Eigen::MatrixXd& raw, int threads) const
{
    const Index n = raw.rows();
    Prediction pred;
    pred.task = task();
    if (m_mode == Mode::Multilabel) {
        Eigen::MatrixXd proba = raw.unaryExpr([](double z) { return expit(z); });
        pred = fromProbabilities(task(), std::move(proba));
        // sklearn predicts 1 when the decision is > 0, which is what P > 0.5 means.
        pred.labels = (raw.array() > 0.0).cast<double>().matrix();
        return pred;
    }
    Eigen::MatrixXd proba = Eigen::MatrixXd::Zero(n, m_classCount);
    pred.value.resize(n);
    // Row by row, so the same for any number of threads.
    parallelFor(n, kRowGrain, threads, [&](Index begin, Index end, int) {
        for (Index i = begin; i < end; ++i) {
            if (m_mode == Mode::Binary) {
                const double p1 = expit(raw(i, 0));
                proba(i, m_classes[1]) = p1;
                proba(i, m_classes[0]) = 1.0 - p1;
                pred.value(i) = raw(i, 0) > 0.0 ? m_classes[1] : m_classes[0];
            } else {
                const auto r = raw.row(i);
                Index best = 0;
                const double mx = r.maxCoeff(&best);
                const Eigen::RowVectorXd e = (r.array() - mx).exp();
                const double sum = e.sum();
                for (std::size_t k = 0; k < m_classes.size(); ++k)
                    proba(i, m_classes[k]) = e(static_cast<Index>(k)) / sum;
                pred.value(i) = m_classes[static_cast<std::size_t>(best)];
            }
        }
    });
    pred.proba = std::move(proba);
    return pred;
}

std::vector<double> LogisticRegression::nativeImportance() const
{
    if (!isFitted())
        return {};
    const Eigen::VectorXd a = m_coef.cwiseAbs().colwise().mean().transpose();
    return std::vector<double>(a.data(), a.data() + a.size());
}

void LogisticRegression::writeState(QJsonObject* state) const
{
    state->insert(QLatin1String("mode"), modeName(m_mode));
    state->insert(QLatin1String("coef"), ModelJson::fromMatrix(m_coef));
    state->insert(QLatin1String("intercept"), ModelJson::fromVector(m_intercept));
    QJsonArray classes;
    for (int c : m_classes)
        classes.append(c);
    state->insert(QLatin1String("classes"), classes);
    state->insert(QLatin1String("class_count"), m_classCount);
    state->insert(QLatin1String("iterations"), m_iterations);
}

bool LogisticRegression::readState(const QJsonObject& state, Eigen::Index features)
{
    const QString mode = state.value(QLatin1String("mode")).toString();
    if (mode == modeName(Mode::Binary))
        m_mode = Mode::Binary;
    else if (mode == modeName(Mode::Multinomial))
        m_mode = Mode::Multinomial;
    else if (mode == modeName(Mode::Multilabel))
        m_mode = Mode::Multilabel;
    else
        return false;
    if (!ModelJson::toMatrix(state.value(QLatin1String("coef")), &m_coef)
        || !ModelJson::toVector(state.value(QLatin1String("intercept")), &m_intercept))
        return false;
    m_classCount = state.value(QLatin1String("class_count")).toInt(-1);
    m_iterations = state.value(QLatin1String("iterations")).toInt();
    m_classes.clear();
    for (const QJsonValue v : state.value(QLatin1String("classes")).toArray()) {
        const int c = v.toInt(-1);
        if (c < 0 || c >= m_classCount)
            return false;
        m_classes.push_back(c);
    }
    const Index rows = m_coef.rows();
    if (m_coef.cols() != features || m_intercept.size() != rows || m_classCount < 1)
        return false;
    switch (m_mode) {
    case Mode::Binary:
        return rows == 1 && m_classes.size() == 2;
    case Mode::Multinomial:
        return rows >= 3 && static_cast<Index>(m_classes.size()) == rows;
    case Mode::Multilabel:
        return rows == m_classCount;
    }
    return false;
}

} // namespace pp
