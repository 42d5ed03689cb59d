#pragma once

#include <Eigen/Core>

namespace pp {

/// Platt's sigmoid P(y = 1 | f) = 1 / (1 + exp(A·f + B)) fitted to decision values f, with
/// the regularised targets and the Newton method of Lin, Lin & Weng (2007), the version
/// LIBSVM uses. Turns SVM scores into probabilities.
struct PlattScaling
{
    double a = -1.0;
    double b = 0.0;

    /// Fits A and B to decision values and 0/1 labels with per-row weights.
    static PlattScaling fit(const Eigen::VectorXd& decision, const Eigen::VectorXi& positive,
        const Eigen::VectorXd& weight);
    double probability(double f) const;
};

} // namespace pp
