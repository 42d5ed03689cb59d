#include "ml/elastic_net.h"

#include "ml/least_squares.h"
#include "ml/model_support.h"

#include <cmath>
#include <limits>

namespace pp {

namespace {

using Index = Eigen::Index;

double signOf(double v) { return v > 0 ? 1.0 : (v < 0 ? -1.0 : 0.0); }

} // namespace

ElasticNet::ElasticNet(bool lasso, Task task, QVariantMap params)
    : LinearModel(lasso ? QStringLiteral("lasso") : QStringLiteral("elasticnet"), task, std::move(params)),
      m_lasso(lasso)
{
}

std::vector<ParamSpec> ElasticNet::paramSpecs(bool lasso)
{
    std::vector<ParamSpec> specs;
    ParamSpec alpha;
    alpha.key = QStringLiteral("alpha");
    alpha.type = ParamType::Double;
    alpha.defaultValue = 1.0;
    alpha.minimum = 0.0;
    alpha.maximum = 1e12;
    alpha.logScale = true;
    alpha.label = tr("Regularisation (alpha)");
    alpha.tooltip = lasso ? tr("Regularisation strength: larger values shrink coefficients towards zero and set "
                               "more of them exactly to zero, keeping only the strongest features. Too large "
                               "and every coefficient is zero; try 0.001-1 on standardised features.")
                          : tr("Overall regularisation strength: larger values shrink coefficients towards zero "
                               "and reduce overfitting. Try 0.001-1 on standardised features.");
    specs.push_back(alpha);
    if (!lasso) {
        ParamSpec mix;
        mix.key = QStringLiteral("l1_ratio");
        mix.type = ParamType::Double;
        mix.defaultValue = 0.5;
        mix.minimum = 0.0;
        mix.maximum = 1.0;
        mix.label = tr("L1 ratio");
        mix.tooltip = tr("Mix of the two penalties: 1 is pure lasso (sets coefficients to zero, selects "
                         "features), 0 is pure ridge (shrinks all coefficients, keeps correlated features "
                         "together). Values in between do some of both.");
        specs.push_back(mix);
    } else {
        // The CLI contract lists alpha and l1_ratio for ridge, lasso and elasticnet alike:
        // lasso takes l1_ratio only at its own value.
        specs.push_back(ParamSpec::real(QStringLiteral("l1_ratio"), 1.0, 1.0, 1.0, tr("L1 ratio"),
                                        tr("Lasso is the pure L1 penalty, l1_ratio 1. Accepted so that one script "
                                           "can give ridge, lasso and elastic net the same keys; any other "
                                           "value is an error (use elastic net to mix the penalties)."))
                            .asHidden());
    }
    specs.push_back(ModelSupport::maxIterParam(1000));
    specs.push_back(ModelSupport::tolParam(1e-4));
    return specs;
}

ModelInfo ElasticNet::lassoInfo()
{
    ModelInfo info;
    info.kind = QStringLiteral("lasso");
    info.family = QStringLiteral("linear");
    info.tasks = {Task::Regression};
    info.needsScaling = true;
    info.displayName = [] { return tr("Lasso regression"); };
    info.description = [] {
        return tr("Linear regression that sets the coefficients of unhelpful features to exactly zero, "
                  "so it also picks the features that matter.");
    };
    info.params = [](Task) { return paramSpecs(true); };
    info.create = [](Task task, const QVariantMap& params) -> Result<std::unique_ptr<Model>> {
        return std::unique_ptr<Model>(new ElasticNet(true, task, params));
    };
    return info;
}

ModelInfo ElasticNet::elasticNetInfo()
{
    ModelInfo info;
    info.kind = QStringLiteral("elasticnet");
    info.family = QStringLiteral("linear");
    info.tasks = {Task::Regression};
    info.needsScaling = true;
    info.displayName = [] { return tr("Elastic net regression"); };
    info.description = [] {
        return tr("Linear regression with a mix of lasso and ridge penalties: drops unhelpful features like "
                  "lasso while keeping groups of correlated features together like ridge.");
    };
    info.params = [](Task) { return paramSpecs(false); };
    info.create = [](Task task, const QVariantMap& params) -> Result<std::unique_ptr<Model>> {
        return std::unique_ptr<Model>(new ElasticNet(false, task, params));
    };
    return info;
}

Status ElasticNet::fit(const MlData& train, const MlData* valid, FitContext& context)
{
    Status st = beginFit(train);
    if (!st.ok())
        return st;
    FitReporter reporter(context);
    const Index n = train.rows();
    const Index p = train.features();
    const double alpha = doubleParam("alpha");
    const double l1Ratio = m_lasso ? 1.0 : doubleParam("l1_ratio");
    const int maxIter = intParam("max_iter");
    const double tol = doubleParam("tol");

    // Centre with the weighted means and scale rows by sqrt(w), w rescaled to sum to n.
    Eigen::VectorXd w;
    if (!train.weight.empty()) {
        w = ModelSupport::sampleWeights(train);
        w *= static_cast<double>(n) / w.sum();
    }
    const Eigen::VectorXd yRaw = train.y.col(0);
    Eigen::VectorXd xMean;
    double yMean = 0.0;
    if (!LeastSquares::means(train.x, yRaw, w, context.threads, context.job, &xMean, &yMean))
        return Status::cancelledResult();
    Eigen::MatrixXd x = train.x.rowwise() - xMean.transpose();   // column-major: CD works on columns
    Eigen::VectorXd y = yRaw.array() - yMean;
    if (w.size() > 0) {
        const Eigen::ArrayXd s = w.array().sqrt();
        x.array().colwise() *= s;
        y.array() *= s;
    }

    // sklearn's enet_coordinate_descent, in its scale: penalties multiplied by n.
    const double l1Reg = alpha * l1Ratio * static_cast<double>(n);
    const double l2Reg = alpha * (1.0 - l1Ratio) * static_cast<double>(n);
    const Eigen::VectorXd normCols = x.colwise().squaredNorm();
    Eigen::VectorXd coef = Eigen::VectorXd::Zero(p);
    Eigen::VectorXd r = y;
    const double gapTol = tol * y.squaredNorm();
    const double n2 = 2.0 * static_cast<double>(n);
    auto penalty = [&] {
        return alpha * l1Ratio * coef.lpNorm<1>() + 0.5 * alpha * (1.0 - l1Ratio) * coef.squaredNorm();
    };
    auto objective = [&] { return r.squaredNorm() / n2 + penalty(); };
    ValidationTracker validation(context, task(), valid, train, FitReporter::sparseReports(maxIter));
    // A training-curve point: the objective; measured points add the same objective with the
    // validation rows' weighted mean squared error, and the epoch metrics of the predictions.
    auto send = [&](int epoch, bool last) {
        if (!reporter.listening())
            return;
        EpochRecord record;
        record.epoch = epoch;
        record.trainLoss = objective();
        if (validation.next(last)) {
            m_coef = coef;
            m_intercept = yMean - xMean.dot(coef);
            const Result<Prediction> pred = predictRows(validation.data().x, nullptr);
            if (pred.ok()) {
                const Eigen::VectorXd& vw = validation.weights();
                const double wSum = vw.sum();
                const double mse
                    = (vw.array() * (validation.data().y.col(0) - pred->value).array().square()).sum() / wSum;
                validation.measure(pred.value(),
                    wSum > 0 ? 0.5 * mse + penalty() : std::numeric_limits<double>::quiet_NaN(), &record);
            }
        }
        reporter.epoch(std::move(record));
    };
    double gap = tol + 1.0;
    bool converged = false;
    int iter = 0;
    for (; iter < maxIter; ++iter) {
        if (!reporter.proceed())
            return Status::cancelledResult();
        double wMax = 0.0;
        double dwMax = 0.0;
        for (Index j = 0; j < p; ++j) {
            if (normCols(j) == 0.0)
                continue;
            const double old = coef(j);
            if (old != 0.0)
                r += old * x.col(j);
            const double tmp = x.col(j).dot(r);
            coef(j) = signOf(tmp) * std::max(std::abs(tmp) - l1Reg, 0.0) / (normCols(j) + l2Reg);
            if (coef(j) != 0.0)
                r -= coef(j) * x.col(j);
            dwMax = std::max(dwMax, std::abs(coef(j) - old));
            wMax = std::max(wMax, std::abs(coef(j)));
        }
        reporter.progress(0.2 + 0.8 * (iter + 1) / maxIter);   // 0..0.2 was the centring pass
        bool stop = false;
        if (wMax == 0.0 || dwMax / wMax < tol || iter == maxIter - 1) {
            // Duality gap, the stopping test sklearn uses.
            const Eigen::VectorXd xta = x.transpose() * r - l2Reg * coef;
            const double dualNorm = p > 0 ? xta.cwiseAbs().maxCoeff() : 0.0;
            const double rNorm2 = r.squaredNorm();
            const double wNorm2 = coef.squaredNorm();
            double scale = 1.0;
            if (dualNorm > l1Reg) {
                scale = l1Reg / dualNorm;
                gap = 0.5 * (rNorm2 + rNorm2 * scale * scale);
            } else {
                gap = rNorm2;
            }
            gap += l1Reg * coef.lpNorm<1>() - scale * r.dot(y) + 0.5 * l2Reg * (1.0 + scale * scale) * wNorm2;
            stop = gap < gapTol;
        }
        // Sweeps 1..20, every 10th and the last one (converged or max_iter).
        const bool last = stop || iter == maxIter - 1;
        if (FitReporter::sparseIteration(iter + 1) || last)
            send(iter + 1, last);
        if (stop) {
            converged = true;
            ++iter;
            break;
        }
    }
    if (!converged)
        iter = maxIter;
    m_iterations = iter;
    m_gap = gap;
    m_coef = coef;
    m_intercept = yMean - xMean.dot(coef);
    endFit(p);
    if (!converged) {
        st.addWarning({QStringLiteral("not_converged"), 0, 0,
            tr("The solver did not converge in %1 iterations (duality gap %2, tolerance %3). Increase "
               "max_iter or tol, or standardise the features.")
                .arg(maxIter)
                .arg(gap)
                .arg(gapTol)});
    }
    return st;
}

} // namespace pp
