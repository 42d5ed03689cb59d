#pragma once

#include <Eigen/Core>

#include <functional>

namespace pp {

/// Limited-memory BFGS for smooth unconstrained problems (logistic regression), with the
/// stopping rules of SciPy's L-BFGS-B that scikit-learn calls: stop when the largest
/// gradient component is <= gtol, or when the relative decrease of f is <= ftol, or after
/// maxIterations. The line search enforces the strong Wolfe conditions.
class Lbfgs
{
public:
    struct Options
    {
        int maxIterations = 100;        ///< sklearn's max_iter
        double gtol = 1e-4;             ///< sklearn's tol: max |gradient| at the solution
        double ftol = 2.220446049250313e-09;   ///< SciPy's default (factr 1e7 × machine epsilon)
        int memory = 10;                ///< correction pairs kept (SciPy's maxcor)
        int maxLineSearch = 20;         ///< function evaluations per line search (SciPy's maxls)
    };

    enum class Outcome {
        GradientSmall,     ///< max |g| <= gtol: converged
        DecreaseSmall,     ///< relative decrease of f <= ftol: converged
        MaxIterations,     ///< not converged
        LineSearchFailed,  ///< no acceptable step (usually at the limit of precision)
        Stopped,           ///< the iteration callback asked to stop (cancel)
    };

    struct Summary
    {
        Outcome outcome = Outcome::MaxIterations;
        int iterations = 0;
        double f = 0.0;
        double gradientMax = 0.0;
        bool converged() const { return outcome == Outcome::GradientSmall || outcome == Outcome::DecreaseSmall; }
    };

    /// f(x) and its gradient into *g.
    using Function = std::function<double(const Eigen::VectorXd& x, Eigen::VectorXd* g)>;
    /// Called after each iteration (1-based) with the new point and f; false stops. `last`
    /// says that the minimisation ends with this iteration (converged, or maxIterations
    /// reached), so that x is the point minimize() leaves.
    using Callback = std::function<bool(int iteration, const Eigen::VectorXd& x, double f, bool last)>;

    /// Minimises f starting from *x; *x holds the last accepted point.
    static Summary minimize(const Function& f, Eigen::VectorXd* x, const Options& options,
        const Callback& onIteration = Callback());
};

} // namespace pp
