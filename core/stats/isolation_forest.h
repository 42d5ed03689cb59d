#pragma once

#include "common/job.h"
#include "common/result.h"

#include <Eigen/Core>
#include <QJsonObject>

#include <vector>

namespace pp {

/// Isolation Forest (Liu, Ting & Zhou 2008): anomaly score s(x) = 2^(-E[h(x)] / c(psi)),
/// where h is the path length in a random isolation tree (with the c(size) correction at
/// external nodes that still hold several points) and psi the sub-sample size.
struct IsolationForestOptions
{
    int trees = 100;               ///< n_estimators
    int sampleSize = 256;          ///< psi (capped at the number of rows)
    double contamination = 0.01;   ///< share flagged when no explicit threshold is given
    double threshold = -1.0;       ///< score threshold in (0, 1); < 0 = use contamination
    quint64 seed = 42;
    int threads = 0;
};

class IsolationForest
{
public:
    /// Fits on the rows of x (n × p, no NaN: impute first). Cancellable.
    Status fit(const Eigen::Ref<const Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>>& x,
               const IsolationForestOptions& options, JobControl* job = nullptr);
    /// Anomaly scores in (0, 1]; higher = more anomalous. Empty when not fitted or when x
    /// has another number of columns than the training data. NaN compares false, so it
    /// goes to the right child (impute before, as for fit()).
    std::vector<double> score(
        const Eigen::Ref<const Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>>& x) const;
    /// The score above which a row is flagged: options.threshold, or the (1 - contamination)
    /// quantile of the training scores.
    double threshold() const { return m_threshold; }
    bool isFitted() const { return !m_trees.empty(); }
    /// Scores of the rows fit() was given (what the contamination threshold is taken
    /// from), so that callers need not score the training data twice. Empty after fromJson().
    const std::vector<double>& trainingScores() const { return m_trainingScores; }
    /// Columns of the data the forest was fitted on; score() needs the same.
    int featureCount() const { return m_features; }
    int sampleSize() const { return m_sampleSize; }

    QJsonObject toJson() const;
    Status fromJson(const QJsonObject& json);

    /// c(n) = 2 H(n-1) - 2 (n-1)/n, the average path length of an unsuccessful BST search.
    static double averagePathLength(double n);

private:
    struct Node
    {
        int feature = -1;      ///< -1 = external node
        double split = 0.0;
        int left = -1;         ///< x[feature] <= split goes left, as in scikit-learn
        int right = -1;
        int size = 0;          ///< points that reached an external node
    };
    std::vector<std::vector<Node>> m_trees;
    int m_sampleSize = 256;
    int m_features = 0;
    double m_threshold = 0.5;
    std::vector<double> m_trainingScores;
};

} // namespace pp
