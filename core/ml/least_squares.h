#pragma once

#include "common/job.h"
#include "ml/ml_data.h"

#include <Eigen/Core>

namespace pp {

/// Weighted column means of X and y, and the cross-products of the centred, weighted data:
/// what every least-squares fit with an unpenalised intercept needs (sklearn centres X and
/// y with the weighted means and scales rows by sqrt(weight) the same way).
struct CenteredCrossProducts
{
    Eigen::VectorXd xMean;   ///< p weighted column means
    double yMean = 0.0;
    Eigen::MatrixXd xtx;     ///< p × p, Xc' W Xc (both triangles filled)
    Eigen::VectorXd xty;     ///< p, Xc' W yc
    double yty = 0.0;        ///< yc' W yc
};

/// Least-squares building blocks on large row-major data. Rows are cut into a fixed number
/// of slots that depend only on the data's shape, each reduced on its own and then summed
/// in order, so results are the same whatever the number of threads. Progress is reported
/// per slot and cancellation checked per block of rows.
class LeastSquares
{
public:
    /// Weighted means of the columns of x and of y (`weight` empty = unweighted).
    /// False when cancelled.
    static bool means(const Matrix& x, const Eigen::VectorXd& y, const Eigen::VectorXd& weight, int threads,
        JobControl* job, Eigen::VectorXd* xMean, double* yMean);

    /// Centred cross-products (two passes over x, multithreaded). False when cancelled.
    static bool crossProducts(const Matrix& x, const Eigen::VectorXd& y, const Eigen::VectorXd& weight,
        int threads, JobControl* job, CenteredCrossProducts* out);

    /// Minimum-norm solution of the weighted least-squares problem with intercept, as
    /// LAPACK's gelsd in sklearn's LinearRegression: X and y are centred with the weighted
    /// means, rows scaled by sqrt(weight), reduced to a small triangular factor by a
    /// tall-skinny Householder QR (TSQR, blocks in parallel), and the factor is solved by
    /// a complete orthogonal decomposition (column-pivoting QR), which handles collinear
    /// columns by giving the shortest coefficient vector. False when cancelled.
    static bool solveQr(const Matrix& x, const Eigen::VectorXd& y, const Eigen::VectorXd& weight, int threads,
        JobControl* job, Eigen::VectorXd* coef, double* intercept, Eigen::Index* rank);
};

} // namespace pp
