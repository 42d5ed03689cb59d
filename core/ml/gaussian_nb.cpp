#include "ml/gaussian_nb.h"

#include "ml/model_json.h"
#include "ml/model_support.h"

#include <cmath>
#include <limits>

namespace pp {

namespace {

using Index = Eigen::Index;
constexpr double kTwoPi = 6.283185307179586;

} // namespace

GaussianNB::GaussianNB(Task task, QVariantMap params)
    : EigenModel(QStringLiteral("naive_bayes"), task, std::move(params))
{
}

ModelInfo GaussianNB::info()
{
    ModelInfo info;
    info.kind = QStringLiteral("naive_bayes");
    info.family = QStringLiteral("probabilistic");
    info.tasks = {Task::Binary, Task::Multiclass};
    info.needsScaling = false;
    info.displayName = [] { return tr("Naive Bayes (Gaussian)"); };
    info.description = [] {
        return tr("Treats each feature as an independent bell curve per class. Trains instantly and works "
                  "with few rows; its probabilities tend to be overconfident when features are correlated.");
    };
    info.params = [](Task) {
        ParamSpec s;
        s.key = QStringLiteral("var_smoothing");
        s.type = ParamType::Double;
        s.defaultValue = 1e-9;
        s.minimum = 0.0;
        s.maximum = 1e3;
        s.logScale = true;
        s.label = tr("Variance smoothing");
        s.tooltip = tr("Share of the largest feature variance added to every variance. Keeps near-constant "
                       "features from dominating; raise it (e.g. 1e-3) if probabilities are all 0 or 1.");
        s.advanced = true;
        return std::vector<ParamSpec>{s};
    };
    info.create = [](Task task, const QVariantMap& params) -> Result<std::unique_ptr<Model>> {
        return std::unique_ptr<Model>(new GaussianNB(task, params));
    };
    return info;
}

Status GaussianNB::fit(const MlData& train, const MlData*, FitContext& context)
{
    Status st = beginFit(train);
    if (!st.ok())
        return st;
    FitReporter reporter(context);
    const Index n = train.rows();
    const Index p = train.features();
    const int classes = classCount(train);
    const std::vector<int> y = ModelSupport::classIndices(train);
    const Eigen::VectorXd w = ModelSupport::sampleWeights(train);

    // epsilon from the unweighted population variance of all rows, as sklearn.
    const Eigen::RowVectorXd mean = train.x.colwise().mean();
    const double maxVar = p > 0 ? ((train.x.rowwise() - mean).array().square().colwise().sum() / static_cast<double>(n)).maxCoeff()
                                : 0.0;
    const double epsilon = doubleParam("var_smoothing") * maxVar;

    // Weighted mean and variance per class (two passes: mean, then squared deviations).
    Eigen::VectorXd count = Eigen::VectorXd::Zero(classes);
    m_theta = Eigen::MatrixXd::Zero(classes, p);
    m_var = Eigen::MatrixXd::Zero(classes, p);
    for (Index i = 0; i < n; ++i) {
        const int c = y[static_cast<std::size_t>(i)];
        count(c) += w(i);
        m_theta.row(c) += w(i) * train.x.row(i);
    }
    for (int c = 0; c < classes; ++c)
        if (count(c) > 0)
            m_theta.row(c) /= count(c);
    if (reporter.cancelled())
        return Status::cancelledResult();
    for (Index i = 0; i < n; ++i) {
        const int c = y[static_cast<std::size_t>(i)];
        m_var.row(c) += w(i) * (train.x.row(i) - m_theta.row(c)).array().square().matrix();
    }
    for (int c = 0; c < classes; ++c)
        if (count(c) > 0)
            m_var.row(c) /= count(c);
    m_var.array() += epsilon;
    m_prior = count / count.sum();
    reporter.progress(1.0);
    endFit(p);
    if (!(epsilon > 0) && (m_var.array() <= 0).any()) {
        st.addWarning({QStringLiteral("zero_variance"), 0, 0,
            tr("A feature is constant within a class and var_smoothing is 0; raise var_smoothing.")});
    }
    return st;
}

Result<Prediction> GaussianNB::predictRows(const Matrix& x, JobControl*) const
{
    const Index n = x.rows();
    const Index classes = m_prior.size();
    const double inf = std::numeric_limits<double>::infinity();
    // Joint log-likelihood per class; classes never seen in training are impossible.
    Eigen::MatrixXd jll = Eigen::MatrixXd::Constant(n, classes, -inf);
    for (Index c = 0; c < classes; ++c) {
        if (!(m_prior(c) > 0))
            continue;
        const double constant = std::log(m_prior(c)) - 0.5 * (kTwoPi * m_var.row(c).array()).log().sum();
        for (Index i = 0; i < n; ++i)
            jll(i, c) = constant - 0.5 * ((x.row(i) - m_theta.row(c)).array().square() / m_var.row(c).array()).sum();
    }
    Eigen::MatrixXd proba(n, classes);
    Prediction pred;
    pred.value.resize(n);
    for (Index i = 0; i < n; ++i) {
        Index best = 0;
        const double mx = jll.row(i).maxCoeff(&best);
        const double lse = mx + std::log((jll.row(i).array() - mx).exp().sum());
        proba.row(i) = (jll.row(i).array() - lse).exp();
        pred.value(i) = static_cast<double>(best);
    }
    pred.proba = std::move(proba);
    return pred;
}

void GaussianNB::writeState(QJsonObject* state) const
{
    state->insert(QLatin1String("theta"), ModelJson::fromMatrix(m_theta));
    state->insert(QLatin1String("var"), ModelJson::fromMatrix(m_var));
    state->insert(QLatin1String("prior"), ModelJson::fromVector(m_prior));
}

bool GaussianNB::readState(const QJsonObject& state, Eigen::Index features)
{
    if (!ModelJson::toMatrix(state.value(QLatin1String("theta")), &m_theta)
        || !ModelJson::toMatrix(state.value(QLatin1String("var")), &m_var)
        || !ModelJson::toVector(state.value(QLatin1String("prior")), &m_prior))
        return false;
    return m_theta.cols() == features && m_var.cols() == features && m_theta.rows() == m_prior.size()
        && m_var.rows() == m_prior.size() && m_prior.size() >= 2;
}

} // namespace pp
