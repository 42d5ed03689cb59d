#pragma once

#include "ml/linear_model.h"

namespace pp {

/// Lasso ("lasso") and elastic net ("elasticnet") regression by cyclic coordinate descent,
/// equal to sklearn's Lasso / ElasticNet (same objective, update order, stopping rule):
///
///     1/(2n)·||y - Xw - b||² + alpha·l1_ratio·||w||₁ + alpha·(1 - l1_ratio)/2·||w||²
///
/// with the intercept b not penalised (X and y are centred first). Lasso is l1_ratio = 1.
/// The L1 term sets some coefficients exactly to zero, which selects features. Sample
/// weights are rescaled to sum to n, as sklearn does, so alpha means the same with them.
///
/// Training curve: that objective, penalty included (½ × the weighted mean squared error
/// plus the penalties), after sweeps 1..20, every 10th and the last one. With validation
/// rows, the points ValidationTracker picks also hold the same objective with the
/// validation rows' weighted mean squared error (the penalty is the same number on both
/// curves, so their gap is the gap in squared error) and the epoch metrics (R², MAE).
class ElasticNet : public LinearModel
{
    Q_DECLARE_TR_FUNCTIONS(pp::ElasticNet)

public:
    /// `lasso`: the "lasso" kind (l1_ratio fixed at 1).
    ElasticNet(bool lasso, Task task, QVariantMap params);
    static ModelInfo lassoInfo();
    static ModelInfo elasticNetInfo();

    Status fit(const MlData& train, const MlData* valid, FitContext& context) override;

    /// Sweeps over the coefficients done in the last fit, and the final duality gap
    /// (in sklearn's scale, compared with tol·||y - mean(y)||²).
    int iterations() const { return m_iterations; }
    double dualityGap() const { return m_gap; }

private:
    static std::vector<ParamSpec> paramSpecs(bool lasso);

    bool m_lasso;
    int m_iterations = 0;
    double m_gap = 0.0;
};

} // namespace pp
