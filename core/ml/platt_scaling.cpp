#include "ml/platt_scaling.h"

#include <cmath>

namespace pp {

namespace {

// Weighted negative log-likelihood of the sigmoid (the numerically stable form of LIBSVM).
double objective(const Eigen::VectorXd& f, const Eigen::VectorXd& t, const Eigen::VectorXd& w, double a, double b)
{
    double v = 0.0;
    for (Eigen::Index i = 0; i < f.size(); ++i) {
        const double z = f(i) * a + b;
        v += w(i) * (z >= 0 ? t(i) * z + std::log1p(std::exp(-z)) : (t(i) - 1.0) * z + std::log1p(std::exp(z)));
    }
    return v;
}

} // namespace

PlattScaling PlattScaling::fit(const Eigen::VectorXd& f, const Eigen::VectorXi& positive, const Eigen::VectorXd& w)
{
    constexpr int maxIter = 100;
    constexpr double minStep = 1e-10;
    constexpr double sigma = 1e-12;   // keeps the Hessian positive definite
    constexpr double eps = 1e-5;
    const Eigen::Index n = f.size();
    double prior1 = 0.0;
    double prior0 = 0.0;
    for (Eigen::Index i = 0; i < n; ++i)
        (positive(i) ? prior1 : prior0) += w(i);
    // Targets pulled away from 0 and 1 (a Bayesian prior), so separable data does not
    // drive the sigmoid to a step.
    const double hi = (prior1 + 1.0) / (prior1 + 2.0);
    const double lo = 1.0 / (prior0 + 2.0);
    Eigen::VectorXd t(n);
    for (Eigen::Index i = 0; i < n; ++i)
        t(i) = positive(i) ? hi : lo;
    PlattScaling s;
    s.a = 0.0;
    s.b = std::log((prior0 + 1.0) / (prior1 + 1.0));
    double fval = objective(f, t, w, s.a, s.b);
    for (int iter = 0; iter < maxIter; ++iter) {
        double h11 = sigma, h22 = sigma, h21 = 0.0, g1 = 0.0, g2 = 0.0;
        for (Eigen::Index i = 0; i < n; ++i) {
            const double z = f(i) * s.a + s.b;
            double p, q;
            if (z >= 0) {
                p = std::exp(-z) / (1.0 + std::exp(-z));
                q = 1.0 / (1.0 + std::exp(-z));
            } else {
                p = 1.0 / (1.0 + std::exp(z));
                q = std::exp(z) / (1.0 + std::exp(z));
            }
            const double d2 = w(i) * p * q;
            h11 += f(i) * f(i) * d2;
            h22 += d2;
            h21 += f(i) * d2;
            const double d1 = w(i) * (t(i) - p);
            g1 += f(i) * d1;
            g2 += d1;
        }
        if (std::abs(g1) < eps && std::abs(g2) < eps)
            break;
        const double det = h11 * h22 - h21 * h21;
        const double da = -(h22 * g1 - h21 * g2) / det;
        const double db = -(-h21 * g1 + h11 * g2) / det;
        const double gd = g1 * da + g2 * db;
        double step = 1.0;
        while (step >= minStep) {
            const double na = s.a + step * da;
            const double nb = s.b + step * db;
            const double nf = objective(f, t, w, na, nb);
            if (nf < fval + 1e-4 * step * gd) {
                s.a = na;
                s.b = nb;
                fval = nf;
                break;
            }
            step /= 2.0;
        }
        if (step < minStep)
            break;
    }
    return s;
}

double PlattScaling::probability(double f) const
{
    const double z = f * a + b;
    return z >= 0 ? std::exp(-z) / (1.0 + std::exp(-z)) : 1.0 / (1.0 + std::exp(z));
}

} // namespace pp
