#pragma once

#include "ml/epoch_metrics.h"
#include "ml/model.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <vector>

namespace pp {

/// Pieces shared by the Eigen models: parameter specs that mean the same in every model,
/// sample and class weights, and the training-loop bookkeeping.
class ModelSupport
{
    Q_DECLARE_TR_FUNCTIONS(pp::ModelSupport)

public:
    static ParamSpec maxIterParam(int defaultValue, int maximum = 1000000);
    static ParamSpec tolParam(double defaultValue);
    /// "none" or "balanced" (n / (classes × count), sklearn's compute_class_weight).
    static ParamSpec classWeightParam();
    static ParamSpec seedParam();
    /// `seed` for a model without randomness: accepted (the CLI contract gives every model a
    /// seed) and recorded, hidden from forms, changes nothing.
    static ParamSpec unusedSeedParam();

    /// The rows' weights (1 when MlData::weight is empty).
    static Eigen::VectorXd sampleWeights(const MlData& data);
    /// Class index of each row of a classification target.
    static std::vector<int> classIndices(const MlData& data);
    /// The class indices that occur, ascending (the classes sklearn would see).
    static std::vector<int> presentClasses(const std::vector<int>& y, int classCount);
    /// sklearn's compute_class_weight("balanced"): n / (present classes × count(c)), by
    /// class index (0 for classes that do not occur). Counts rows, not weights, as sklearn.
    static Eigen::VectorXd balancedClassWeights(const std::vector<int>& y, int classCount);
};

/// Training-loop bookkeeping: pause/cancel between iterations, progress and the training
/// curve, timed from construction.
class FitReporter
{
public:
    explicit FitReporter(FitContext& context);
    /// Blocks while the job is paused; false when it has been cancelled.
    bool proceed() const;
    bool cancelled() const { return isCancelled(m_context.job); }
    void progress(double fraction, const QString& stage = QString()) const;
    /// Sends a training-curve point (1-based epoch) to FitContext::onEpoch.
    void epoch(int epoch, double trainLoss) const;
    /// Sends `record` (validation loss and metrics filled in or not), timed now, or, with
    /// `stamp` false, at its own `seconds` (for a point sent after its iteration).
    void epoch(EpochRecord record, bool stamp = true) const;
    /// Seconds since the fit started.
    double seconds() const { return static_cast<double>(m_timer.nsecsElapsed()) * 1e-9; }
    /// Whether anyone takes the curve (FitContext::onEpoch is set).
    bool listening() const { return static_cast<bool>(m_context.onEpoch); }

    /// The thinned schedule of the coordinate-descent solvers (SVM, lasso / elastic net):
    /// iterations 1..20, then every 10th (plus the last one, which they always report).
    static bool sparseIteration(int iteration) { return iteration <= 20 || iteration % 10 == 0; }
    /// The most points that schedule reports in `maxIterations` iterations, the last included.
    static qint64 sparseReports(int maxIterations);

private:
    FitContext& m_context;
    QElapsedTimer m_timer;
};

/// The validation side of an iterative model's training curve (logistic regression, SVM,
/// lasso / elastic net): which reported points also measure the validation rows, and the
/// metrics of EpochMetrics on them.
///
/// To keep the cost small, only points the model reports anyway are measured, at most
/// about kBudget a run: the first kBudget / 2, then every k-th, k chosen from the most
/// points the run can report; the last point of each sub-problem (a label, a one-vs-rest
/// machine, the whole fit) is always measured, so the last record describes the model the
/// fit leaves. Records that are not measured keep a NaN validation loss and no metrics
/// (the charts skip them).
class ValidationTracker
{
public:
    static constexpr int kBudget = 200;

    /// Inactive (nothing measured) without `valid` rows, without a listener (onEpoch), or
    /// when `valid` does not fit `train` (other feature or target columns, missing values).
    /// `maxReports`: the most points the run reports, all sub-problems together;
    /// `finals`: its number of sub-problems.
    ValidationTracker(const FitContext& context, Task task, const MlData* valid, const MlData& train,
        qint64 maxReports, qint64 finals = 1);

    bool active() const { return m_valid != nullptr; }
    /// The validation rows (only when active()).
    const MlData& data() const { return *m_valid; }
    /// Their sample weights (1 without MlData::weight).
    const Eigen::VectorXd& weights() const { return m_weights; }

    /// Counts one reported point (call once for each, in order); true when it is to be
    /// measured. `last`: the last point of a sub-problem. Always false when inactive.
    bool next(bool last);

    /// Puts `validLoss` and the epoch metrics of `prediction` (as Model::predict gives it for
    /// data().x) into `record`.
    void measure(const Prediction& prediction, double validLoss, EpochRecord* record) const;

private:
    const MlData* m_valid = nullptr;
    EpochMetrics m_metrics;
    Eigen::VectorXd m_weights;
    qint64 m_dense = kBudget / 2;
    qint64 m_stride = 1;
    qint64 m_count = 0;
};

} // namespace pp
