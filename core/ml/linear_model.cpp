#include "ml/linear_model.h"

#include "ml/model_json.h"

namespace pp {

std::vector<double> LinearModel::nativeImportance() const
{
    if (!isFitted())
        return {};
    const Eigen::VectorXd a = m_coef.cwiseAbs();
    return std::vector<double>(a.data(), a.data() + a.size());
}

Result<Prediction> LinearModel::predictRows(const Matrix& x, JobControl*) const
{
    Prediction p;
    p.value = (x * m_coef).array() + m_intercept;
    return p;
}

void LinearModel::writeState(QJsonObject* state) const
{
    state->insert(QLatin1String("coef"), ModelJson::fromVector(m_coef));
    state->insert(QLatin1String("intercept"), ModelJson::fromVector(Eigen::VectorXd::Constant(1, m_intercept)));
}

bool LinearModel::readState(const QJsonObject& state, Eigen::Index features)
{
    if (!ModelJson::toVector(state.value(QLatin1String("coef")), &m_coef) || m_coef.size() != features)
        return false;
    Eigen::VectorXd b;
    if (!ModelJson::toVector(state.value(QLatin1String("intercept")), &b) || b.size() != 1)
        return false;
    m_intercept = b(0);
    return true;
}

} // namespace pp
