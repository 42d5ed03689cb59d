#pragma once

#include "ml/eigen_model.h"

namespace pp {

/// k-nearest neighbours ("knn") by exact brute-force search in Euclidean distance, equal
/// to sklearn's KNeighborsRegressor/KNeighborsClassifier (algorithm "brute"):
/// regression averages the neighbours' targets; classification gives each class the
/// (weighted) share of the neighbours' votes and predicts the most voted class, the lowest
/// class index on ties (sklearn's mode). With weights "distance", a neighbour's vote is
/// 1/distance, and a query that coincides with training rows takes only those rows.
///
/// Distances are found block by block as ||a||² + ||b||² − 2·a·b (matrix products, on all
/// cores); the k chosen neighbours' distances are then recomputed exactly so that
/// coincident points are at distance 0. Among equally distant rows the earlier training
/// row wins. Sample weights are not used (sklearn has none for k-NN).
class KNearestNeighbors : public EigenModel
{
    Q_DECLARE_TR_FUNCTIONS(pp::KNearestNeighbors)

public:
    KNearestNeighbors(Task task, QVariantMap params);
    static ModelInfo info();

    Status fit(const MlData& train, const MlData* valid, FitContext& context) override;

    /// Indices (into the training rows) and distances of the k nearest rows of each query,
    /// nearest first; n × k each. Empty results when cancelled (check the job).
    void kneighbors(const Matrix& x, Eigen::MatrixXi* indices, Eigen::MatrixXd* distances,
        JobControl* job = nullptr) const;

protected:
    Result<Prediction> predictRows(const Matrix& x, JobControl* job) const override;
    void writeState(QJsonObject* state) const override;
    bool readState(const QJsonObject& state, Eigen::Index features) override;

private:
    Matrix m_x;                 ///< training rows
    Eigen::MatrixXd m_y;        ///< training targets (class indices / values / 0-1 labels)
    Eigen::VectorXd m_norms;    ///< ||row||² of m_x
    int m_classCount = 0;
    int m_threads = 0;
};

} // namespace pp
