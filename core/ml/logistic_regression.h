#pragma once

#include "ml/eigen_model.h"

namespace pp {

/// L2-regularised logistic regression ("logistic"), equal to sklearn's LogisticRegression
/// with solver "lbfgs": minimises
///
///     C · Σ_i w_i · logloss_i + ½·||W||²
///
/// with unpenalised intercepts. Two classes: one coefficient vector and the sigmoid.
/// More classes: multinomial (softmax) with one coefficient row per class, as sklearn's
/// multi_class="auto". Multi-label: one independent binary model per label (as sklearn's
/// MultiOutputClassifier). Classes absent from the training rows are not modelled and get
/// probability 0, as in a model fitted by sklearn on those rows.
///
/// Training curve: the weighted mean log loss (without the penalty) after each L-BFGS
/// iteration (one curve segment per label for multi-label, the labels being fitted one after
/// another). With validation rows, the points ValidationTracker picks also hold the same
/// loss on them (weights × the training class weights; rows of a class absent from training
/// left out) and the epoch metrics of the model as it stands; for multi-label that is the
/// labels fitted so far, the label being fitted, and "no" for the labels still to come.
class LogisticRegression : public EigenModel
{
    Q_DECLARE_TR_FUNCTIONS(pp::LogisticRegression)

public:
    LogisticRegression(Task task, QVariantMap params);
    static ModelInfo info();

    Status fit(const MlData& train, const MlData* valid, FitContext& context) override;
    /// Mean |coefficient| over the modelled classes (or labels) per feature.
    std::vector<double> nativeImportance() const override;

    /// One row per modelled class (multinomial), a single row (binary) or one row per
    /// label (multi-label); p columns. Intercepts: one per row.
    const Eigen::MatrixXd& coefficients() const { return m_coef; }
    const Eigen::VectorXd& intercepts() const { return m_intercept; }
    /// L-BFGS iterations of the last fit (the largest over labels for multi-label).
    int iterations() const { return m_iterations; }

protected:
    Result<Prediction> predictRows(const Matrix& x, JobControl* job) const override;
    void writeState(QJsonObject* state) const override;
    bool readState(const QJsonObject& state, Eigen::Index features) override;

private:
    enum class Mode { Binary, Multinomial, Multilabel };
    static QString modeName(Mode mode);
    /// Raw scores x·coefᵀ + intercept, n × rows of coef.
    Eigen::MatrixXd scores(const Matrix& x) const;
    /// What predict() returns for those scores, row by row on up to `threads` threads.
    Prediction predictionFromScores(const Eigen::MatrixXd& raw, int threads) const;

    Eigen::MatrixXd m_coef;
    Eigen::VectorXd m_intercept;
    Mode m_mode = Mode::Binary;
    std::vector<int> m_classes;   ///< modelled class indices (binary/multinomial)
    int m_classCount = 0;         ///< columns of proba
    int m_iterations = 0;
};

} // namespace pp
