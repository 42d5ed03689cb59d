#pragma once

// Template body of prepmath::brentMinimize (included by prep_math.h). A transcription of
// scipy.optimize.bracket and scipy.optimize.Brent.optimize (scipy 1.10); keeping the same
// steps in the same order is what makes the fitted lambdas reproducible against scipy.

#include <cmath>
#include <utility>

namespace pp::prepmath {

template <class F> double brentMinimize(F&& f, double xa, double xb)
{
    // --- bracket(func, xa, xb): walk downhill until f(xa) > f(xb) < f(xc).
    constexpr double gold = 1.618034;
    constexpr double verySmall = 1e-21;
    constexpr double growLimit = 110.0;
    double fa = f(xa);
    double fb = f(xb);
    if (fa < fb) {
        std::swap(xa, xb);
        std::swap(fa, fb);
    }
    double xc = xb + gold * (xb - xa);
    double fc = f(xc);
    int iter = 0;
    while (fc < fb) {
        const double tmp1 = (xb - xa) * (fb - fc);
        const double tmp2 = (xb - xc) * (fb - fa);
        const double val = tmp2 - tmp1;
        const double denom = std::fabs(val) < verySmall ? 2.0 * verySmall : 2.0 * val;
        double w = xb - ((xb - xc) * tmp2 - (xb - xa) * tmp1) / denom;
        const double wlim = xb + growLimit * (xc - xb);
        if (iter > 1000)
            break; // scipy raises; the caller gets the best point so far
        ++iter;
        double fw;
        if ((w - xc) * (xb - w) > 0.0) {
            fw = f(w);
            if (fw < fc) {
                xa = xb;
                xb = w;
                fa = fb;
                fb = fw;
                break;
            } else if (fw > fb) {
                xc = w;
                fc = fw;
                break;
            }
            w = xc + gold * (xc - xb);
            fw = f(w);
        } else if ((w - wlim) * (wlim - xc) >= 0.0) {
            w = wlim;
            fw = f(w);
        } else if ((w - wlim) * (xc - w) > 0.0) {
            fw = f(w);
            if (fw < fc) {
                xb = xc;
                xc = w;
                w = xc + gold * (xc - xb);
                fb = fc;
                fc = fw;
                fw = f(w);
            }
        } else {
            w = xc + gold * (xc - xb);
            fw = f(w);
        }
        xa = xb;
        xb = xc;
        xc = w;
        fa = fb;
        fb = fc;
        fc = fw;
    }

    // --- Brent.optimize()
    constexpr double tol = 1.48e-8;
    constexpr double mintol = 1.0e-11;
    constexpr double cg = 0.3819660;
    constexpr int maxiter = 500;
    double x = xb, w = xb, v = xb;
    double fx = fb, fw = fb, fv = fb;
    double a = xa < xc ? xa : xc;
    double b = xa < xc ? xc : xa;
    double deltax = 0.0;
    double rat = 0.0;
    for (int it = 0; it < maxiter; ++it) {
        const double tol1 = tol * std::fabs(x) + mintol;
        const double tol2 = 2.0 * tol1;
        const double xmid = 0.5 * (a + b);
        if (std::fabs(x - xmid) < (tol2 - 0.5 * (b - a)))
            break;
        if (std::fabs(deltax) <= tol1) {
            deltax = x >= xmid ? a - x : b - x;
            rat = cg * deltax;
        } else {
            double tmp1 = (x - w) * (fx - fv);
            double tmp2 = (x - v) * (fx - fw);
            double p = (x - v) * tmp2 - (x - w) * tmp1;
            tmp2 = 2.0 * (tmp2 - tmp1);
            if (tmp2 > 0.0)
                p = -p;
            tmp2 = std::fabs(tmp2);
            const double dxTemp = deltax;
            deltax = rat;
            if ((p > tmp2 * (a - x)) && (p < tmp2 * (b - x))
                && (std::fabs(p) < std::fabs(0.5 * tmp2 * dxTemp))) {
                rat = p * 1.0 / tmp2;
                const double u = x + rat;
                if ((u - a) < tol2 || (b - u) < tol2)
                    rat = xmid - x >= 0 ? tol1 : -tol1;
            } else {
                deltax = x >= xmid ? a - x : b - x;
                rat = cg * deltax;
            }
        }
        double u;
        if (std::fabs(rat) < tol1)
            u = rat >= 0 ? x + tol1 : x - tol1;
        else
            u = x + rat;
        const double fu = f(u);
        if (fu > fx) {
            if (u < x)
                a = u;
            else
                b = u;
            if ((fu <= fw) || (w == x)) {
                v = w;
                w = u;
                fv = fw;
                fw = fu;
            } else if ((fu <= fv) || (v == x) || (v == w)) {
                v = u;
                fv = fu;
            }
        } else {
            if (u >= x)
                a = x;
            else
                b = x;
            v = w;
            w = x;
            x = u;
            fv = fw;
            fw = fx;
            fx = fu;
        }
    }
    return x;
}

} // namespace pp::prepmath
