#pragma once

#include "ml/eigen_model.h"
#include "ml/platt_scaling.h"

namespace pp {

/// Linear support vector machine ("svm") with hinge loss and L2 penalty, equal to
/// sklearn's LinearSVC(loss="hinge", dual=True): the dual coordinate descent of LIBLINEAR
/// (Hsieh et al. 2008, with its shrinking) minimises
///
///     ½·||w||² + Σ_i C_i · max(0, 1 − y_i·(w·x_i + b))
///
/// where, as in LIBLINEAR, the intercept b is the weight of a constant feature 1 and so is
/// lightly penalised too. C_i = C × sample weight × class weight; with more than two classes
/// one binary machine per class (one-vs-rest), where, as LIBLINEAR does, only the class's
/// own rows get its class weight. The dual solution is unique, so the result does not depend
/// on the visiting order (the `seed`) beyond the tolerance.
///
/// Probabilities: an SVM gives scores, not probabilities. predict() fills `proba` with
/// Platt's sigmoid of each machine's score, fitted on the training rows (so somewhat
/// overconfident, unlike a cross-validated calibration), normalised over the classes for
/// one-vs-rest. The predicted class is the highest score, as sklearn's predict, so it can
/// disagree with the highest probability near the boundary.
///
/// Training curve: the weighted mean hinge loss (without the penalty) after passes 1..20,
/// every 10th pass and the last one; with one-vs-rest the machines are trained one after
/// another, so the curve starts again for each class. With validation rows, the points
/// ValidationTracker picks also hold the machine's mean hinge loss on them and the epoch
/// metrics of the model as it stands: the machines trained so far, the one in training, and
/// score 0 for those still to come. The probabilities of a machine are Platt's default
/// sigmoid of the score until its last pass (binary: P >= 0.5 is a score >= 0), and its
/// fitted sigmoid from the last pass on, so the last point equals the final predictions.
class LinearSvm : public EigenModel
{
    Q_DECLARE_TR_FUNCTIONS(pp::LinearSvm)

public:
    LinearSvm(Task task, QVariantMap params);
    static ModelInfo info();

    Status fit(const MlData& train, const MlData* valid, FitContext& context) override;
    std::vector<double> nativeImportance() const override;

    /// One row per machine (one for two classes), p columns; intercept per machine.
    const Eigen::MatrixXd& coefficients() const { return m_coef; }
    const Eigen::VectorXd& intercepts() const { return m_intercept; }
    /// Raw scores w·x + b, n × machines.
    Eigen::MatrixXd decisionFunction(const Matrix& x) const;

protected:
    Result<Prediction> predictRows(const Matrix& x, JobControl* job) const override;
    void writeState(QJsonObject* state) const override;
    bool readState(const QJsonObject& state, Eigen::Index features) override;

private:
    /// What predict() returns for the scores `d` (n × machines).
    Prediction predictionFromDecision(const Eigen::MatrixXd& d) const;

    Eigen::MatrixXd m_coef;
    Eigen::VectorXd m_intercept;
    std::vector<PlattScaling> m_platt;
    std::vector<int> m_classes;   ///< modelled class indices
    int m_classCount = 0;
};

} // namespace pp
