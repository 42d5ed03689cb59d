#include "ml/linear_svm.h"

#include "ml/model_json.h"
#include "ml/model_support.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <random>

namespace pp {

namespace {

using Index = Eigen::Index;

struct DualResult
{
    Eigen::VectorXd w;   // p weights then the bias weight
    int iterations = 0;
    bool converged = false;
    bool cancelled = false;
};

// Weighted mean hinge loss of decision values d for y in {-1, +1}; NaN without weight.
double meanHinge(const Eigen::VectorXd& d, const Eigen::VectorXd& y, const Eigen::VectorXd& w)
{
    const double sum = w.sum();
    if (!(sum > 0))
        return std::numeric_limits<double>::quiet_NaN();
    return (w.array() * (1.0 - y.array() * d.array()).max(0.0)).sum() / sum;
}

// LIBLINEAR's solve_l2r_l1l2_svc for the L1 (hinge) loss, with per-row bounds C_i and the
// constant feature 1 appended to every row. y in {-1, +1}. `report` gets the weights (p,
// then the bias) after the passes FitReporter::sparseIteration picks, except the last pass:
// the caller reports that one with the result.
DualResult solveDual(const Matrix& x, const Eigen::VectorXd& y, const Eigen::VectorXd& upper, double eps,
    int maxIter, std::mt19937_64& rng, const FitReporter& reporter, double progressFrom, double progressSpan,
    const std::function<void(const Eigen::VectorXd& w)>& report)
{
    const Index n = x.rows();
    const Index p = x.cols();
    const double inf = std::numeric_limits<double>::infinity();
    DualResult res;
    res.w = Eigen::VectorXd::Zero(p + 1);
    Eigen::VectorXd alpha = Eigen::VectorXd::Zero(n);
    const Eigen::VectorXd qd = x.rowwise().squaredNorm().array() + 1.0;
    std::vector<Index> index(static_cast<std::size_t>(n));
    for (Index i = 0; i < n; ++i)
        index[static_cast<std::size_t>(i)] = i;
    Index active = n;
    double pgMaxOld = inf;
    double pgMinOld = -inf;
    int iter = 0;
    while (iter < maxIter) {
        if (!reporter.proceed()) {
            res.cancelled = true;
            return res;
        }
        double pgMaxNew = -inf;
        double pgMinNew = inf;
        for (Index i = 0; i < active; ++i) {
            const Index j = i + static_cast<Index>(rng() % static_cast<std::uint64_t>(active - i));
            std::swap(index[static_cast<std::size_t>(i)], index[static_cast<std::size_t>(j)]);
        }
        for (Index s = 0; s < active; ++s) {
            const Index i = index[static_cast<std::size_t>(s)];
            const double yi = y(i);
            const double g = yi * (x.row(i).dot(res.w.head(p)) + res.w(p)) - 1.0;
            const double c = upper(i);
            double pg = 0.0;
            if (alpha(i) == 0.0) {
                if (g > pgMaxOld) {
                    // Shrink: at its bound and likely to stay there.
                    --active;
                    std::swap(index[static_cast<std::size_t>(s)], index[static_cast<std::size_t>(active)]);
                    --s;
                    continue;
                }
                if (g < 0)
                    pg = g;
            } else if (alpha(i) == c) {
                if (g < pgMinOld) {
                    --active;
                    std::swap(index[static_cast<std::size_t>(s)], index[static_cast<std::size_t>(active)]);
                    --s;
                    continue;
                }
                if (g > 0)
                    pg = g;
            } else {
                pg = g;
            }
            pgMaxNew = std::max(pgMaxNew, pg);
            pgMinNew = std::min(pgMinNew, pg);
            if (std::abs(pg) > 1.0e-12) {
                const double old = alpha(i);
                alpha(i) = std::min(std::max(alpha(i) - g / qd(i), 0.0), c);
                const double d = (alpha(i) - old) * yi;
                res.w.head(p) += d * x.row(i).transpose();
                res.w(p) += d;
            }
        }
        ++iter;
        const bool done = (pgMaxNew - pgMinNew <= eps && active == n) || iter >= maxIter;
        if (!done && FitReporter::sparseIteration(iter))
            report(res.w);
        reporter.progress(progressFrom + progressSpan * iter / maxIter);
        if (pgMaxNew - pgMinNew <= eps) {
            if (active == n) {
                res.converged = true;
                break;
            }
            // Converged on the shrunk set: check all rows again before stopping.
            active = n;
            pgMaxOld = inf;
            pgMinOld = -inf;
            continue;
        }
        pgMaxOld = pgMaxNew;
        pgMinOld = pgMinNew;
        if (pgMaxOld <= 0)
            pgMaxOld = inf;
        if (pgMinOld >= 0)
            pgMinOld = -inf;
    }
    res.iterations = iter;
    return res;
}

} // namespace

LinearSvm::LinearSvm(Task task, QVariantMap params) : EigenModel(QStringLiteral("svm"), task, std::move(params)) {}

ModelInfo LinearSvm::info()
{
    ModelInfo info;
    info.kind = QStringLiteral("svm");
    info.family = QStringLiteral("svm");
    info.tasks = {Task::Binary, Task::Multiclass};
    info.needsScaling = true;
    info.displayName = [] { return tr("Linear SVM"); };
    info.description = [] {
        return tr("A linear support vector machine: finds the boundary with the widest margin between "
                  "classes. Robust with many features. Its probabilities are a sigmoid fitted to the "
                  "training scores (Platt scaling), not a cross-validated calibration: use them to rank, "
                  "not as exact odds.");
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
        c.tooltip = tr("Cost of a training row on the wrong side of the margin. Smaller values give a wider, "
                       "smoother margin that ignores some rows (less overfitting); larger values try to "
                       "classify every training row correctly.");
        return std::vector<ParamSpec>{c, ModelSupport::classWeightParam(), ModelSupport::maxIterParam(1000),
            ModelSupport::tolParam(1e-4), ModelSupport::seedParam()};
    };
    info.create = [](Task task, const QVariantMap& params) -> Result<std::unique_ptr<Model>> {
        return std::unique_ptr<Model>(new LinearSvm(task, params));
    };
    return info;
}

Status LinearSvm::fit(const MlData& train, const MlData* valid, FitContext& context)
{
    Status st = beginFit(train);
    if (!st.ok())
        return st;
    FitReporter reporter(context);
    const Index n = train.rows();
    const Index p = train.features();
    const double cBase = doubleParam("C");
    const int maxIter = intParam("max_iter");
    const double tol = doubleParam("tol");
    m_classCount = classCount(train);
    const std::vector<int> y = ModelSupport::classIndices(train);
    m_classes = ModelSupport::presentClasses(y, m_classCount);
    if (m_classes.size() < 2)
        return Status::failure(tr("The training rows contain only one class; at least two are needed."));
    const Eigen::VectorXd sw = ModelSupport::sampleWeights(train);
    Eigen::VectorXd cw = Eigen::VectorXd::Ones(m_classCount);
    if (choiceParam("class_weight") == QLatin1String("balanced"))
        cw = ModelSupport::balancedClassWeights(y, m_classCount);

    // Machines: class 1 vs class 0 for two classes, else each class vs the rest.
    const bool binary = m_classes.size() == 2;
    const std::size_t machines = binary ? 1 : m_classes.size();
    // Zero until trained: while machine k trains, the later ones score 0. The sigmoids start
    // as Platt's default 1/(1 + exp(-score)), so until a machine's own sigmoid is fitted
    // (after its last pass) P >= 0.5 means a score >= 0.
    m_coef = Eigen::MatrixXd::Zero(static_cast<Index>(machines), p);
    m_intercept = Eigen::VectorXd::Zero(static_cast<Index>(machines));
    m_platt.assign(machines, PlattScaling());
    std::mt19937_64 rng(static_cast<std::uint64_t>(intParam("seed")));
    ValidationTracker validation(context, task(), valid, train,
        FitReporter::sparseReports(maxIter) * static_cast<qint64>(machines), static_cast<qint64>(machines));
    int epoch = 0;
    bool allConverged = true;
    for (std::size_t mi = 0; mi < machines; ++mi) {
        const int positive = binary ? m_classes[1] : m_classes[mi];
        const int negative = binary ? m_classes[0] : -1;
        Eigen::VectorXd yy(n);
        Eigen::VectorXd upper(n);
        Eigen::VectorXi pos(n);
        for (Index i = 0; i < n; ++i) {
            const int c = y[static_cast<std::size_t>(i)];
            const bool isPos = c == positive;
            yy(i) = isPos ? 1.0 : -1.0;
            pos(i) = isPos ? 1 : 0;
            // LIBLINEAR: Cp = C·weight(class), Cn = C·weight(other class) for two classes and
            // plain C for "the rest" in one-vs-rest.
            const double classFactor = isPos ? cw(positive) : (negative >= 0 ? cw(negative) : 1.0);
            upper(i) = cBase * classFactor * sw(i);
        }
        // The machine's ±1 targets on the validation rows (a class unknown to training is
        // "the rest").
        Eigen::VectorXd validY;
        if (validation.active()) {
            const MlData& v = validation.data();
            validY.resize(v.rows());
            for (Index i = 0; i < v.rows(); ++i)
                validY(i) = v.y(i, 0) == static_cast<double>(positive) ? 1.0 : -1.0;
        }
        // A training-curve point: the mean hinge loss of this machine (weighted by the sample
        // weights) at `decision` (its training scores); measured points add the same loss on
        // the validation rows and the metrics of the model as it stands.
        auto send = [&](const Eigen::VectorXd& decision, bool last) {
            EpochRecord record;
            record.epoch = ++epoch;
            record.trainLoss = meanHinge(decision, yy, sw);
            if (validation.next(last)) {
                const Eigen::MatrixXd d = decisionFunction(validation.data().x);
                validation.measure(predictionFromDecision(d),
                    meanHinge(d.col(static_cast<Index>(mi)), validY, validation.weights()), &record);
            }
            reporter.epoch(std::move(record));
        };
        const double from = static_cast<double>(mi) / static_cast<double>(machines);
        const DualResult r = solveDual(train.x, yy, upper, tol, maxIter, rng, reporter, from,
            1.0 / static_cast<double>(machines), [&](const Eigen::VectorXd& w) {
                if (!reporter.listening())
                    return;
                m_coef.row(static_cast<Index>(mi)) = w.head(p).transpose();
                m_intercept(static_cast<Index>(mi)) = w(p);
                send((train.x * w.head(p)).array() + w(p), false);
            });
        if (r.cancelled)
            return Status::cancelledResult();
        allConverged &= r.converged;
        m_coef.row(static_cast<Index>(mi)) = r.w.head(p).transpose();
        m_intercept(static_cast<Index>(mi)) = r.w(p);
        const Eigen::VectorXd decision = (train.x * r.w.head(p)).array() + r.w(p);
        m_platt[mi] = PlattScaling::fit(decision, pos, sw);
        // The last pass, with the fitted sigmoid: the point of the model fit() leaves.
        if (reporter.listening())
            send(decision, true);
    }
    endFit(p);
    if (!allConverged) {
        st.addWarning({QStringLiteral("not_converged"), 0, 0,
            tr("The solver did not converge in %1 iterations. Increase max_iter, or standardise the "
               "features.")
                .arg(maxIter)});
    }
    return st;
}

Eigen::MatrixXd LinearSvm::decisionFunction(const Matrix& x) const
{
    Eigen::MatrixXd d = x * m_coef.transpose();
    d.rowwise() += m_intercept.transpose();
    return d;
}

Result<Prediction> LinearSvm::predictRows(const Matrix& x, JobControl*) const
{
    return predictionFromDecision(decisionFunction(x));
}

Prediction LinearSvm::predictionFromDecision(const Eigen::MatrixXd& d) const
{
    const Index n = d.rows();
    Prediction pred;
    pred.task = task();
    pred.value.resize(n);
    pred.proba = Eigen::MatrixXd::Zero(n, m_classCount);
    const bool binary = m_classes.size() == 2;
    for (Index i = 0; i < n; ++i) {
        if (binary) {
            const double p1 = m_platt[0].probability(d(i, 0));
            pred.proba(i, m_classes[1]) = p1;
            pred.proba(i, m_classes[0]) = 1.0 - p1;
            pred.value(i) = d(i, 0) > 0.0 ? m_classes[1] : m_classes[0];
            continue;
        }
        Index best = 0;
        d.row(i).maxCoeff(&best);
        pred.value(i) = m_classes[static_cast<std::size_t>(best)];
        double sum = 0.0;
        for (std::size_t k = 0; k < m_classes.size(); ++k)
            sum += m_platt[k].probability(d(i, static_cast<Index>(k)));
        for (std::size_t k = 0; k < m_classes.size(); ++k) {
            const double pk = m_platt[k].probability(d(i, static_cast<Index>(k)));
            // All sigmoids at 0: no information, spread evenly (sklearn's calibration does).
            pred.proba(i, m_classes[k]) = sum > 0 ? pk / sum : 1.0 / static_cast<double>(m_classes.size());
        }
    }
    return pred;
}

std::vector<double> LinearSvm::nativeImportance() const
{
    if (!isFitted())
        return {};
    const Eigen::VectorXd a = m_coef.cwiseAbs().colwise().mean().transpose();
    return std::vector<double>(a.data(), a.data() + a.size());
}

void LinearSvm::writeState(QJsonObject* state) const
{
    state->insert(QLatin1String("coef"), ModelJson::fromMatrix(m_coef));
    state->insert(QLatin1String("intercept"), ModelJson::fromVector(m_intercept));
    Eigen::MatrixXd platt(static_cast<Index>(m_platt.size()), 2);
    for (std::size_t k = 0; k < m_platt.size(); ++k) {
        platt(static_cast<Index>(k), 0) = m_platt[k].a;
        platt(static_cast<Index>(k), 1) = m_platt[k].b;
    }
    state->insert(QLatin1String("platt"), ModelJson::fromMatrix(platt));
    QJsonArray classes;
    for (int c : m_classes)
        classes.append(c);
    state->insert(QLatin1String("classes"), classes);
    state->insert(QLatin1String("class_count"), m_classCount);
}

bool LinearSvm::readState(const QJsonObject& state, Eigen::Index features)
{
    Eigen::MatrixXd platt;
    if (!ModelJson::toMatrix(state.value(QLatin1String("coef")), &m_coef)
        || !ModelJson::toVector(state.value(QLatin1String("intercept")), &m_intercept)
        || !ModelJson::toMatrix(state.value(QLatin1String("platt")), &platt))
        return false;
    m_classCount = state.value(QLatin1String("class_count")).toInt(-1);
    m_classes.clear();
    for (const QJsonValue v : state.value(QLatin1String("classes")).toArray()) {
        const int c = v.toInt(-1);
        if (c < 0 || c >= m_classCount)
            return false;
        m_classes.push_back(c);
    }
    const Index machines = m_classes.size() == 2 ? 1 : static_cast<Index>(m_classes.size());
    if (m_classes.size() < 2 || m_coef.rows() != machines || m_coef.cols() != features
        || m_intercept.size() != machines || platt.rows() != machines || platt.cols() != 2)
        return false;
    m_platt.resize(static_cast<std::size_t>(machines));
    for (Index k = 0; k < machines; ++k)
        m_platt[static_cast<std::size_t>(k)] = PlattScaling{platt(k, 0), platt(k, 1)};
    return true;
}

} // namespace pp
