#pragma once

#include "data/column.h"

#include <vector>

namespace pp::prepmath {

/// The observed (non-missing) values of a numeric column, in row order.
std::vector<double> observed(const Column& column);

/// Neumaier-compensated sum and mean; NaN for an empty input.
double sum(const std::vector<double>& values);
double mean(const std::vector<double>& values);
/// Population variance (ddof = 0), two-pass around the compensated mean; NaN when empty.
double variance(const std::vector<double>& values);

/// numpy's percentile/quantile with the default "linear" method on an ascending vector:
/// q in [0, 1]; NaN when empty. The interpolation is numpy's _lerp, so that results match it
/// to the last bit where numpy's own summation does not intervene.
double quantileSorted(const std::vector<double>& sorted, double q);
/// numpy.median on an ascending vector (the mean of the two middle values when even).
double medianSorted(const std::vector<double>& sorted);

/// scikit-learn's _is_constant_feature: a variance this small is rounding noise of a
/// constant column (StandardScaler then uses a scale of 1).
bool isConstantFeature(double var, double mean, std::size_t n);
/// scikit-learn's _handle_zeros_in_scale without a mask: scales below 10·eps become 1.
double handleZeroScale(double scale);

/// A numeric column named and roled like `like`, holding `values`.
Column numericLike(const Column& like, std::vector<double> values);

/// Brent's method for a scalar minimum exactly as scipy.optimize.brent(func, brack=(a, b))
/// does it (bracket search, then parabolic/golden steps, tol = 1.48e-8, 500 iterations), so
/// that fitted Box-Cox / Yeo-Johnson lambdas agree with scipy and scikit-learn.
template <class F> double brentMinimize(F&& f, double xa, double xb);

} // namespace pp::prepmath

#include "prep/prep_math_brent.h"
