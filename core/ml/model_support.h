#pragma once

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

private:
    FitContext& m_context;
    QElapsedTimer m_timer;
};

} // namespace pp
