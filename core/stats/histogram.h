#pragma once

#include "common/result.h"

#include <QtGlobal>

#include <cstddef>
#include <vector>

/// Histogram helpers with numpy 1.24's exact semantics (numpy.histogram,
/// numpy.histogram_bin_edges), so that the Explore page draws the bins an analyst gets
/// from `plt.hist(x, bins='fd')`.
namespace pp::stats {

/// numpy.linspace(start, stop, num): start + i * ((stop - start) / (num - 1)), the last
/// element set to stop exactly.
std::vector<double> linspace(double start, double stop, std::size_t num);

/// The range numpy uses when none is given: [min, max] of the data, widened to
/// [v - 0.5, v + 0.5] when min == max, [0, 1] for no data. `finite` is false when min or
/// max is not finite (numpy raises "autodetected range ... is not finite").
struct OuterEdges
{
    double first = 0.0;
    double last = 1.0;
    bool finite = true;
};
OuterEdges outerEdges(double min, double max, std::size_t n);
/// Outer edges of sorted data (min and max are the ends).
OuterEdges outerEdgesSorted(const double* sorted, std::size_t n);

/// numpy.histogram_bin_edges(x, bins) for a number of equal-width bins.
std::vector<double> equalWidthBinEdges(double first, double last, std::size_t bins);

/// numpy.histogram(x, bins=edges)[0] for equal-width `edges` (from linspace or the
/// functions here): bin i counts edges[i] <= x < edges[i+1], the last bin also x == last
/// edge; values outside the edges (and NaN) are not counted. Any order of values.
std::vector<qint64> histogramCounts(const double* values, std::size_t n, const std::vector<double>& edges);
/// The same for sorted data, by binary search per edge: O(bins log n).
std::vector<qint64> histogramCountsSorted(const double* sorted, std::size_t n, const std::vector<double>& edges);

/// numpy.histogram_bin_edges(x, bins='fd') exactly: bin width h = 2 IQR n^(-1/3) (IQR with
/// numpy.percentile's linear method), nbins = ceil((max - min) / h), edges =
/// linspace(min, max, nbins + 1). Like numpy: one bin when the IQR is 0, [0, 1] for no
/// data, [v - 0.5, v + 0.5] when all values are equal. Fails (where numpy raises) when
/// the data contain an infinity, and, unlike numpy, when more than `maxBins` bins would
/// be needed (one huge outlier can ask for billions).
Result<std::vector<double>> histogramBinEdgesFdSorted(const double* sorted, std::size_t n,
                                                      std::size_t maxBins = 1000000);
/// The same for values in any order (NaN skipped: numpy would propagate them).
Result<std::vector<double>> histogramBinEdgesFd(const double* values, std::size_t n,
                                                std::size_t maxBins = 1000000);

} // namespace pp::stats
