#include "ml/linear_regression.h"

#include "ml/least_squares.h"
#include "ml/model_support.h"

#include <Eigen/Cholesky>
#include <Eigen/QR>

namespace pp {

namespace {

Eigen::VectorXd weightsOrEmpty(const MlData& data)
{
    if (data.weight.empty())
        return Eigen::VectorXd();
    return ModelSupport::sampleWeights(data);
}

} // namespace

LinearRegression::LinearRegression(Task task, QVariantMap params)
    : LinearModel(QStringLiteral("linear"), task, std::move(params))
{
}

ModelInfo LinearRegression::info()
{
    ModelInfo info;
    info.kind = QStringLiteral("linear");
    info.family = QStringLiteral("linear");
    info.tasks = {Task::Regression};
    info.needsScaling = true;
    info.displayName = [] { return tr("Linear regression"); };
    info.description = [] {
        return tr("Fits a straight-line relationship between the features and the target (ordinary least "
                  "squares). Fast and easy to explain: each coefficient is the change in the prediction "
                  "per unit of its feature.");
    };
    info.params = [](Task) { return std::vector<ParamSpec>{}; };
    info.create = [](Task task, const QVariantMap& params) -> Result<std::unique_ptr<Model>> {
        return std::unique_ptr<Model>(new LinearRegression(task, params));
    };
    return info;
}

Status LinearRegression::fit(const MlData& train, const MlData*, FitContext& context)
{
    Status st = beginFit(train);
    if (!st.ok())
        return st;
    FitReporter reporter(context);
    reporter.progress(0.0, tr("Solving least squares"));
    const Eigen::VectorXd y = train.y.col(0);
    if (!LeastSquares::solveQr(train.x, y, weightsOrEmpty(train), context.threads, context.job, &m_coef,
            &m_intercept, &m_rank))
        return Status::cancelledResult();
    reporter.progress(1.0);
    endFit(train.features());
    if (m_rank < train.features()) {
        st.addWarning({QStringLiteral("collinear_features"), 0, 0,
            tr("Some features are exact combinations of others (rank %1 of %2); their coefficients "
               "are shared among them and should not be read one by one.")
                .arg(m_rank)
                .arg(train.features())});
    }
    return st;
}

RidgeRegression::RidgeRegression(Task task, QVariantMap params)
    : LinearModel(QStringLiteral("ridge"), task, std::move(params))
{
}

ModelInfo RidgeRegression::info()
{
    ModelInfo info;
    info.kind = QStringLiteral("ridge");
    info.family = QStringLiteral("linear");
    info.tasks = {Task::Regression};
    info.needsScaling = true;
    info.displayName = [] { return tr("Ridge regression"); };
    info.description = [] {
        return tr("Linear regression whose coefficients are shrunk towards zero. More stable than plain "
                  "linear regression when features are correlated or numerous; very fast on large data.");
    };
    info.params = [](Task) {
        ParamSpec alpha;
        alpha.key = QStringLiteral("alpha");
        alpha.type = ParamType::Double;
        alpha.defaultValue = 1.0;
        alpha.minimum = 0.0;
        alpha.maximum = 1e12;
        alpha.logScale = true;
        alpha.label = tr("Regularisation (alpha)");
        alpha.tooltip = tr("Regularisation strength: larger values shrink the coefficients towards zero, which "
                           "reduces overfitting but can underfit. 0 gives plain least squares. It adds to the "
                           "sum of squared errors, so its effect shrinks as the number of rows grows.");
        // The CLI contract lists alpha and l1_ratio for ridge, lasso and elasticnet alike:
        // ridge takes l1_ratio only at its own value.
        ParamSpec mix = ParamSpec::real(QStringLiteral("l1_ratio"), 0.0, 0.0, 0.0, tr("L1 ratio"),
                                        tr("Ridge is the pure L2 penalty, l1_ratio 0. Accepted so that one script "
                                           "can give ridge, lasso and elastic net the same keys; any other value "
                                           "is an error (use elastic net to mix the penalties)."))
                            .asHidden();
        return std::vector<ParamSpec>{alpha, mix};
    };
    info.create = [](Task task, const QVariantMap& params) -> Result<std::unique_ptr<Model>> {
        return std::unique_ptr<Model>(new RidgeRegression(task, params));
    };
    return info;
}

Status RidgeRegression::fit(const MlData& train, const MlData*, FitContext& context)
{
    Status st = beginFit(train);
    if (!st.ok())
        return st;
    FitReporter reporter(context);
    reporter.progress(0.0, tr("Accumulating X'X"));
    const double alpha = doubleParam("alpha");
    CenteredCrossProducts cp;
    if (!LeastSquares::crossProducts(train.x, train.y.col(0), weightsOrEmpty(train), context.threads, context.job,
            &cp))
        return Status::cancelledResult();
    Eigen::MatrixXd a = cp.xtx;
    a.diagonal().array() += alpha;
    const Eigen::Index p = train.features();
    Eigen::LLT<Eigen::MatrixXd> llt(a);
    if (llt.info() == Eigen::Success) {
        m_coef = llt.solve(cp.xty);
    } else {
        // Only with alpha = 0 and collinear features; sklearn then falls back to an SVD
        // solver, which gives the minimum-norm solution as this does.
        m_coef = p > 0 ? Eigen::VectorXd(Eigen::CompleteOrthogonalDecomposition<Eigen::MatrixXd>(a).solve(cp.xty))
                       : Eigen::VectorXd();
    }
    m_intercept = cp.yMean - cp.xMean.dot(m_coef);
    reporter.progress(1.0);
    endFit(p);
    return st;
}

} // namespace pp
