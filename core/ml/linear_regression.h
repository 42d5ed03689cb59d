#pragma once

#include "ml/linear_model.h"

namespace pp {

/// Ordinary least squares with intercept ("linear"), equal to sklearn's LinearRegression:
/// the minimum-norm least-squares solution, so collinear features (a column that is a sum
/// of others, a duplicated column) share their effect instead of failing.
class LinearRegression : public LinearModel
{
    Q_DECLARE_TR_FUNCTIONS(pp::LinearRegression)

public:
    LinearRegression(Task task, QVariantMap params);
    static ModelInfo info();

    Status fit(const MlData& train, const MlData* valid, FitContext& context) override;
    /// Numerical rank of the centred design found in the last fit (p when not collinear).
    Eigen::Index rank() const { return m_rank; }

private:
    Eigen::Index m_rank = 0;
};

/// Ridge regression ("ridge"), equal to sklearn's Ridge (solver "cholesky"):
/// minimises ||y - Xw - b||² + alpha·||w||² with the intercept b not penalised, by
/// solving the centred normal equations (X'X + alpha·I) w = X'y. X'X is accumulated in
/// blocks on all cores, which is why this is fast on millions of rows.
class RidgeRegression : public LinearModel
{
    Q_DECLARE_TR_FUNCTIONS(pp::RidgeRegression)

public:
    RidgeRegression(Task task, QVariantMap params);
    static ModelInfo info();

    Status fit(const MlData& train, const MlData* valid, FitContext& context) override;
};

} // namespace pp
