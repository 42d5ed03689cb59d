#pragma once

#include "ml/eigen_model.h"

namespace pp {

/// Gaussian naive Bayes ("naive_bayes"), equal to sklearn's GaussianNB: per class, each
/// feature is a normal distribution with the class's (weighted) mean and variance; the
/// prior is the class's (weighted) share of the rows. var_smoothing × the largest feature
/// variance is added to every variance so that constant features do not divide by zero.
class GaussianNB : public EigenModel
{
    Q_DECLARE_TR_FUNCTIONS(pp::GaussianNB)

public:
    GaussianNB(Task task, QVariantMap params);
    static ModelInfo info();

    Status fit(const MlData& train, const MlData* valid, FitContext& context) override;

    const Eigen::MatrixXd& means() const { return m_theta; }        ///< classes × p
    const Eigen::MatrixXd& variances() const { return m_var; }      ///< classes × p, smoothed
    const Eigen::VectorXd& priors() const { return m_prior; }       ///< by class index

protected:
    Result<Prediction> predictRows(const Matrix& x, JobControl* job) const override;
    void writeState(QJsonObject* state) const override;
    bool readState(const QJsonObject& state, Eigen::Index features) override;

private:
    Eigen::MatrixXd m_theta;   ///< one row per class index (rows of absent classes unused)
    Eigen::MatrixXd m_var;
    Eigen::VectorXd m_prior;   ///< 0 for classes absent from the training rows
};

} // namespace pp
