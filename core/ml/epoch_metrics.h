#pragma once

#include "ml/ml_data.h"
#include "ml/task.h"

#include <QMap>
#include <QStringList>

namespace pp {

/// The validation metrics a model records after each epoch or boosting round
/// (EpochRecord::metrics), for the live "Validation metrics" chart and the stored history:
/// - regression: "r2", "mae"
/// - binary: "accuracy", "f1" (of class 1, deciding class 1 when P(class 1) >= 0.5)
/// - multiclass: "accuracy", "f1_macro"
/// - multi-label: "subset_accuracy", "f1_micro"
///
/// They are computed with the functions of ml/metrics.h, unweighted, exactly as the run's
/// final validation metrics (metrics::evaluate in trainModel), so the record of the epoch
/// whose model is kept equals the final validation metric of the same key. That is the last
/// epoch, unless early stopping kept an earlier one (the one with the lowest validation
/// loss), or unless the run picks another binary threshold than 0.5 afterwards (max-F1 on
/// validation): the per-epoch binary metrics always use 0.5.
/// A metric that is undefined (R² of fewer than two rows) is left out rather than recorded
/// as NaN (the project store writes JSON, where NaN would come back as 0).
class EpochMetrics
{
public:
    /// Nothing to measure (no validation rows).
    EpochMetrics() = default;
    /// Keeps what every epoch needs from `valid` (its targets); `valid` need not outlive this.
    EpochMetrics(Task task, const MlData& valid);

    /// The keys recorded for `task`, in the order listed above.
    static QStringList keys(Task task);

    bool isEmpty() const { return m_rows == 0; }
    Eigen::Index rows() const { return m_rows; }

    /// Regression: `predicted` values; binary and multiclass: predicted class indices (after
    /// the threshold). Not for multi-label.
    void fromValues(const Eigen::VectorXd& predicted, QMap<QString, double>* out) const;
    /// Multi-label: n × k 0/1 decisions.
    void fromLabels(const Eigen::MatrixXd& labels, QMap<QString, double>* out) const;
    /// Any task, from a prediction as Model::predict gives it; binary rows are decided at
    /// P(class 1) >= 0.5 (the trainer's default threshold) when there are probabilities.
    void fromPrediction(const Prediction& prediction, QMap<QString, double>* out) const;

private:
    Task m_task = Task::Regression;
    Eigen::Index m_rows = 0;
    Eigen::VectorXd m_y;        ///< first target column (value or class index)
    Eigen::MatrixXd m_labels;   ///< multi-label targets
    int m_classes = 0;          ///< classification: classes known from the data and targets
};

} // namespace pp
