#include "ml/lbfgs.h"

#include <algorithm>
#include <cmath>
#include <deque>
#include <limits>

namespace pp {

namespace {

struct LinePoint
{
    double step = 0.0;
    double f = 0.0;
    double slope = 0.0;   // directional derivative g·d
};

// Minimiser of the cubic through (a, fa, da) and (b, fb, db), clamped into the interval;
// bisection when the cubic has no minimiser there.
double cubicStep(const LinePoint& a, const LinePoint& b)
{
    const double lo = std::min(a.step, b.step);
    const double hi = std::max(a.step, b.step);
    const double d1 = a.slope + b.slope - 3.0 * (a.f - b.f) / (a.step - b.step);
    const double disc = d1 * d1 - a.slope * b.slope;
    double t = 0.5 * (lo + hi);
    if (disc >= 0.0) {
        const double d2 = std::copysign(std::sqrt(disc), b.step - a.step);
        const double denom = b.slope - a.slope + 2.0 * d2;
        if (denom != 0.0)
            t = b.step - (b.step - a.step) * (b.slope + d2 - d1) / denom;
    }
    // Keep away from the ends so that the interval shrinks.
    const double margin = 0.1 * (hi - lo);
    if (!std::isfinite(t) || t < lo + margin || t > hi - margin)
        t = 0.5 * (lo + hi);
    return t;
}

} // namespace

Lbfgs::Summary Lbfgs::minimize(const Function& fn, Eigen::VectorXd* xp, const Options& options,
    const Callback& onIteration)
{
    constexpr double c1 = 1e-4;   // sufficient decrease
    constexpr double c2 = 0.9;    // curvature (strong Wolfe)
    Eigen::VectorXd& x = *xp;
    const Eigen::Index n = x.size();
    Summary summary;
    Eigen::VectorXd g(n);
    double f = fn(x, &g);
    summary.f = f;
    summary.gradientMax = n > 0 ? g.cwiseAbs().maxCoeff() : 0.0;
    if (summary.gradientMax <= options.gtol) {
        summary.outcome = Outcome::GradientSmall;
        return summary;
    }
    std::deque<Eigen::VectorXd> sList;
    std::deque<Eigen::VectorXd> yList;
    std::deque<double> rhoList;
    Eigen::VectorXd d(n), xNew(n), gNew(n);
    std::vector<double> alphaTmp;

    for (int iter = 1; iter <= options.maxIterations; ++iter) {
        // Two-loop recursion: d = -H g.
        d = -g;
        const int m = static_cast<int>(sList.size());
        alphaTmp.assign(static_cast<std::size_t>(m), 0.0);
        for (int i = m - 1; i >= 0; --i) {
            const double a = rhoList[i] * sList[i].dot(d);
            alphaTmp[static_cast<std::size_t>(i)] = a;
            d -= a * yList[i];
        }
        if (m > 0)
            d *= sList.back().dot(yList.back()) / yList.back().squaredNorm();
        for (int i = 0; i < m; ++i) {
            const double b = rhoList[i] * yList[i].dot(d);
            d += sList[i] * (alphaTmp[static_cast<std::size_t>(i)] - b);
        }
        double slope0 = g.dot(d);
        if (!(slope0 < 0.0)) {
            // Not a descent direction (lost curvature information): restart from -g.
            sList.clear();
            yList.clear();
            rhoList.clear();
            d = -g;
            slope0 = g.dot(d);
        }
        // First iteration: unit step in x (SciPy: 1/||d||); afterwards the scaled step 1.
        double step = m == 0 ? std::min(1.0, 1.0 / d.norm()) : 1.0;

        // Strong Wolfe line search: bracket, then zoom with cubic interpolation.
        const LinePoint origin{0.0, f, slope0};
        LinePoint prev = origin;
        LinePoint lo, hi;
        bool bracketed = false;
        bool found = false;
        double fNew = f;
        int evals = 0;
        while (evals < options.maxLineSearch) {
            xNew = x + step * d;
            fNew = fn(xNew, &gNew);
            ++evals;
            const LinePoint cur{step, fNew, gNew.dot(d)};
            if (!std::isfinite(fNew) || fNew > f + c1 * step * slope0 || (evals > 1 && fNew >= prev.f)) {
                lo = prev;
                hi = cur;
                bracketed = true;
                break;
            }
            if (std::abs(cur.slope) <= -c2 * slope0) {
                found = true;
                break;
            }
            if (cur.slope >= 0.0) {
                lo = cur;
                hi = prev;
                bracketed = true;
                break;
            }
            prev = cur;
            step *= 2.0;
        }
        while (bracketed && !found && evals < options.maxLineSearch) {
            if (!std::isfinite(hi.f))
                step = lo.step + 0.5 * (hi.step - lo.step);
            else
                step = cubicStep(lo, hi);
            xNew = x + step * d;
            fNew = fn(xNew, &gNew);
            ++evals;
            const LinePoint cur{step, fNew, gNew.dot(d)};
            if (!std::isfinite(fNew) || fNew > f + c1 * step * slope0 || fNew >= lo.f) {
                hi = cur;
            } else {
                if (std::abs(cur.slope) <= -c2 * slope0) {
                    found = true;
                    break;
                }
                if (cur.slope * (hi.step - lo.step) >= 0.0)
                    hi = lo;
                lo = cur;
            }
            if (std::abs(hi.step - lo.step) <= std::numeric_limits<double>::epsilon() * std::max(1.0, lo.step))
                break;
        }
        if (!found) {
            // Accept the best sufficient-decrease point seen, if any (as SciPy does on
            // "abnormal termination", the last good iterate is returned).
            if (bracketed && lo.step > 0.0 && lo.f < f) {
                step = lo.step;
                xNew = x + step * d;
                fNew = fn(xNew, &gNew);
            } else {
                summary.outcome = Outcome::LineSearchFailed;
                summary.iterations = iter - 1;
                return summary;
            }
        }

        Eigen::VectorXd s = xNew - x;
        Eigen::VectorXd yv = gNew - g;
        const double sy = s.dot(yv);
        const double fOld = f;
        x = xNew;
        f = fNew;
        g = gNew;
        if (sy > std::numeric_limits<double>::epsilon() * yv.squaredNorm()) {
            if (static_cast<int>(sList.size()) == options.memory) {
                sList.pop_front();
                yList.pop_front();
                rhoList.pop_front();
            }
            sList.push_back(std::move(s));
            yList.push_back(std::move(yv));
            rhoList.push_back(1.0 / sy);
        }
        summary.iterations = iter;
        summary.f = f;
        summary.gradientMax = g.cwiseAbs().maxCoeff();
        // The stopping tests come before the callback so that it knows the last iteration.
        bool stop = true;
        if (summary.gradientMax <= options.gtol)
            summary.outcome = Outcome::GradientSmall;
        else if ((fOld - f) / std::max({std::abs(fOld), std::abs(f), 1.0}) <= options.ftol)
            summary.outcome = Outcome::DecreaseSmall;
        else if (iter == options.maxIterations)
            summary.outcome = Outcome::MaxIterations;
        else
            stop = false;
        if (onIteration && !onIteration(iter, x, f, stop)) {
            summary.outcome = Outcome::Stopped;
            return summary;
        }
        if (stop)
            return summary;
    }
    summary.outcome = Outcome::MaxIterations;
    return summary;
}

} // namespace pp
