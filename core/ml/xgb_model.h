#pragma once

#include "ml/model.h"
#include "ml/xgb_handles.h"
#include "ml/xgb_params.h"

namespace pp {

/// A tree model ("tree", "forest" or "gbdt") trained with XGBoost's C API.
///
/// Training runs XGBoost round by round, one EpochRecord per boosting round (a forest and a
/// single tree are one round); XgbRoundEvaluator fills the losses and validation metric and
/// says what they cost. Multi-label uses XGBoost 1.7's native 2-D labels: one booster that
/// grows one tree per label each round (its multi_strategy option only arrives in 2.0, and
/// one booster per label would repeat the data preparation and the per-round overhead).
///
/// Early stopping (gbdt) trims the booster to the best round, so prediction, saving and
/// importance all use the kept rounds. Features may contain NaN (missing).
class XgbModel : public Model
{
public:
    XgbModel(XgbKind kind, Task task, QVariantMap params);

    QString kind() const override { return xgbKindKey(m_kind); }
    QVariantMap params() const override { return m_params; }

    Status fit(const MlData& train, const MlData* valid, FitContext& context) override;
    bool isFitted() const override { return !m_booster.isNull(); }
    bool partialFitUsable() const override { return m_partial && isFitted(); }

    Result<Prediction> predict(const Matrix& x) const override;

    Result<QByteArray> serialize() const override;
    Status deserialize(const QByteArray& bytes) override;

    /// Total split gain per feature, normalised to sum 1 (all zero if no tree split).
    std::vector<double> nativeImportance() const override;

    Task task() const { return m_task; }
    /// 0-based round with the best validation loss when early stopping was on, else the
    /// last round trained; -1 before fitting.
    int bestIteration() const { return m_bestIteration; }
    /// Rounds in the fitted booster (after early stopping trimmed it).
    int boostedRounds() const { return m_booster.boostedRounds(); }

private:
    void clearFit();
    /// Checks the data and derives what the booster settings depend on.
    Result<XgbDataShape> inspect(const MlData& train, const MlData* valid) const;
    Result<XgbDMatrix> makeMatrix(const MlData& data, int threads) const;

    XgbKind m_kind;
    Task m_task;
    QVariantMap m_params;

    XgbBooster m_booster;
    int m_features = 0;
    int m_outputs = 0; ///< classes (multiclass), labels (multi-label), else 1
    int m_bestIteration = -1;
    bool m_partial = false; ///< last fit was stopped by the user
};

} // namespace pp
