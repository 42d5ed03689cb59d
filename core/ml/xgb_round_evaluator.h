#pragma once

#include "ml/model.h"
#include "ml/xgb_handles.h"

#include <optional>

namespace pp {

/// Measures each boosting round for the training curve (EpochRecord), cheaply enough to
/// run after every round.
///
/// - Losses: XGBoost's own evaluation (XGBoosterEvalOneIter, "rmse", "logloss" or
///   "mlogloss"). For the training matrix the booster's cache already holds the predictions
///   (the tree updater keeps it current), so the cost is the sigmoid/softmax and the loss:
///   ~25 ns a row (wall, 2 threads), which for a depth-6 round of `hist` (~120 ns a row) is
///   ~20 %. Above kTrainLossSampleAbove rows the training loss is therefore measured on a
///   fixed random sample of kTrainLossSampleRows rows (the same rows every round, so the
///   curve is smooth): the sample's cache needs the new tree predicted too (~55 ns a row in
///   all), but it has far fewer rows: ~3 ms a round whatever the data size (~2 % of a round
///   at 1M rows). The validation loss always uses every validation row (early stopping
///   depends on it), also ~55 ns a row: the price of any validation curve (Python's
///   xgb.train with evals pays the same).
/// - Validation metric: regression "r2" = 1 - rmse^2 / var(y), derived from the loss for
///   free (both weighted like XGBoost's rmse). Classification "accuracy" (multi-label:
///   "label_accuracy", the share of correct 0/1 decisions) from the cached raw margins:
///   one copy of the validation predictions and a comparison, well under 1 % of a round.
///   (XGBoost's "error" metric would also score every training row: ~10 % of a round.)
class XgbRoundEvaluator
{
public:
    static constexpr qint64 kTrainLossSampleRows = 50000;
    static constexpr qint64 kTrainLossSampleAbove = 200000;

    /// `dtrain`/`dvalid` and `valid` must outlive the evaluator; `valid`/`dvalid` may be null.
    static Result<XgbRoundEvaluator> create(Task task, const XgbDMatrix& dtrain, qint64 trainRows,
        const MlData* valid, const XgbDMatrix* dvalid, quint64 seed);

    /// The matrices whose predictions the booster must cache (see XgbBooster::create).
    std::vector<const XgbDMatrix*> cacheMatrices() const;

    /// Fills trainLoss, validLoss and metrics of `record` for the round just trained.
    Status evaluate(const XgbBooster& booster, int round, EpochRecord* record) const;

    bool trainLossSampled() const { return m_sample.has_value(); }

private:
    XgbRoundEvaluator() = default;
    double validAccuracy(const XgbBooster& booster, Status* status) const;

    Task m_task = Task::Regression;
    const XgbDMatrix* m_dtrain = nullptr;
    const XgbDMatrix* m_dvalid = nullptr;
    const MlData* m_valid = nullptr;
    std::optional<XgbDMatrix> m_sample; ///< training rows the loss is measured on, if sampled
    double m_validVariance = 0.0;
    QByteArray m_trainKey; ///< "train-rmse" in XGBoost's evaluation text
    QByteArray m_validKey;
};

/// Weighted mean and variance of the first target column (the regression start value and
/// the denominator of r2).
std::pair<double, double> xgbTargetMeanVariance(const MlData& data);

} // namespace pp
