#pragma once

#include "ml/epoch_metrics.h"
#include "ml/model.h"
#include "ml/xgb_handles.h"

#include <optional>

namespace pp {

/// Measures each boosting round for the training curve (EpochRecord), cheaply enough to
/// run after every round.
///
/// Both losses are XGBoost's eval_metric ("rmse", "logloss" or "mlogloss", weighted as
/// XGBoost weighs them), computed here from the raw margins XGBoost keeps in its prediction
/// cache, one XGBoosterPredictFromDMatrix call per matrix and round:
/// - Training rows: the tree updater keeps their cached predictions current as it grows each
///   tree, so asking for them is a copy (~0.5 ns a row), not a prediction. The loss itself
///   costs a few ns a row (a log for the classification losses), so above
///   kTrainLossSampleAbove rows it is measured on a fixed random sample of
///   kTrainLossSampleRows rows (the same rows every round, so the curve is smooth). (Before,
///   the sample was a sliced DMatrix evaluated with XGBoosterEvalOneIter: its cache needed
///   every new tree predicted, ~20 % of a depth-6 round at 1M rows on 2 cores.)
/// - Validation rows: the new tree is predicted for every validation row (~50 ns a row; early
///   stopping depends on it), the price of any validation curve (Python's xgb.train with
///   evals pays the same); the loss and the metric come from the same margins.
/// - Validation metrics (see EpochMetrics): regression "r2" and "mae", binary "accuracy" and
///   "f1", multiclass "accuracy" and "f1_macro", multi-label "subset_accuracy" and "f1_micro",
///   unweighted like the run's final metrics, from the same validation margins: the
///   regression margin is the prediction; binary class 1 is P >= 0.5 (margin >= 0, with
///   XGBoost's float sigmoid where it rounds to 0.5), a multi-label label is on at P > 0.5,
///   and the largest margin is the most probable class. A few ns a row on top of the tree's
///   prediction; the decision buffers are reused from round to round.
class XgbRoundEvaluator
{
public:
    static constexpr qint64 kTrainLossSampleRows = 50000;
    static constexpr qint64 kTrainLossSampleAbove = 200000;

    /// `dtrain`/`train` and `dvalid`/`valid` must outlive the evaluator; `valid`/`dvalid` may be null.
    static Result<XgbRoundEvaluator> create(Task task, const XgbDMatrix& dtrain, const MlData& train,
        const MlData* valid, const XgbDMatrix* dvalid, quint64 seed);

    /// The matrices whose predictions the booster must cache (see XgbBooster::create).
    std::vector<const XgbDMatrix*> cacheMatrices() const;

    /// Fills trainLoss, validLoss and metrics of `record` for the round just trained.
    Status evaluate(const XgbBooster& booster, int round, EpochRecord* record) const;

    bool trainLossSampled() const { return !m_trainSample.empty(); }

private:
    XgbRoundEvaluator() = default;
    void validationMetrics(const float* margin, Eigen::Index k, EpochRecord* record) const;

    Task m_task = Task::Regression;
    const XgbDMatrix* m_dtrain = nullptr;
    const MlData* m_train = nullptr;
    const XgbDMatrix* m_dvalid = nullptr;
    const MlData* m_valid = nullptr;
    std::vector<int> m_trainSample; ///< training rows the loss is measured on; empty = all
    EpochMetrics m_metrics;                 ///< empty without validation rows
    mutable Eigen::VectorXd m_decisions;    ///< per round: predicted values / classes
    mutable Eigen::MatrixXd m_labels;       ///< per round: multi-label decisions
};

/// XGBoost's evaluation loss (rmse, logloss or mlogloss, see xgbLossMetric) of raw margins
/// (n × k, row-major, as XGBoosterPredictFromDMatrix gives them) against the targets of
/// `data`, weighted by its sample weights; over `rows` only when not empty.
double xgbLossFromMargins(Task task, const float* margin, Eigen::Index k, const MlData& data,
    const std::vector<int>& rows = {});

/// Weighted mean and variance of the first target column (the mean is the regression start
/// value).
std::pair<double, double> xgbTargetMeanVariance(const MlData& data);

} // namespace pp
