#pragma once

#include "ml/eigen_model.h"

namespace pp {

/// A fitted linear regressor y = x·coef + intercept: the shared prediction, model file
/// and importance of "linear", "ridge", "lasso" and "elasticnet".
class LinearModel : public EigenModel
{
public:
    const Eigen::VectorXd& coefficients() const { return m_coef; }
    double intercept() const { return m_intercept; }
    /// |coef|: comparable between features only when they are on one scale (the default
    /// pipeline standardises features for linear models).
    std::vector<double> nativeImportance() const override;

protected:
    using EigenModel::EigenModel;
    Result<Prediction> predictRows(const Matrix& x, JobControl* job) const override;
    void writeState(QJsonObject* state) const override;
    bool readState(const QJsonObject& state, Eigen::Index features) override;

    Eigen::VectorXd m_coef;
    double m_intercept = 0.0;
};

} // namespace pp
