#include "stats/histogram.h"

#include "data/column.h"
#include "stats/descriptive.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace pp::stats {

std::vector<double> linspace(double start, double stop, std::size_t num)
{
    std::vector<double> y(num);
    if (num == 0)
        return y;
    const double delta = stop - start;
    const std::size_t div = num - 1;
    if (div > 0) {
        const double step = delta / static_cast<double>(div);
        for (std::size_t i = 0; i < num; ++i) {
            const double x = static_cast<double>(i);
            // numpy divides first when the step underflows to 0 (denormal ranges, gh-5437).
            y[i] = (step == 0.0 ? x / static_cast<double>(div) * delta : x * step) + start;
        }
        y[num - 1] = stop;
    } else {
        y[0] = 0.0 * delta + start;
    }
    return y;
}

OuterEdges outerEdges(double min, double max, std::size_t n)
{
    OuterEdges e;
    if (n == 0)
        return e; // numpy cannot tell a range from no data and uses [0, 1]
    e.first = min;
    e.last = max;
    e.finite = std::isfinite(min) && std::isfinite(max);
    if (e.first == e.last) {
        e.first -= 0.5;
        e.last += 0.5;
    }
    return e;
}

OuterEdges outerEdgesSorted(const double* sorted, std::size_t n)
{
    return n == 0 ? outerEdges(0.0, 0.0, 0) : outerEdges(sorted[0], sorted[n - 1], n);
}

std::vector<double> equalWidthBinEdges(double first, double last, std::size_t bins)
{
    return linspace(first, last, bins + 1);
}

std::vector<qint64> histogramCounts(const double* values, std::size_t n, const std::vector<double>& edges)
{
    if (edges.size() < 2)
        return {};
    const std::size_t bins = edges.size() - 1;
    std::vector<qint64> counts(bins, 0);
    const double first = edges.front();
    const double last = edges.back();
    const double norm = static_cast<double>(bins) / (last - first);
    for (std::size_t i = 0; i < n; ++i) {
        const double x = values[i];
        if (!(x >= first && x <= last))
            continue;
        // numpy's fast path for equal bins: an index from the scaled offset, then one step
        // of correction against the edges themselves (the product can be 1 ulp off).
        auto index = static_cast<std::size_t>((x - first) * norm);
        if (index >= bins)
            index = bins - 1;
        if (index > 0 && x < edges[index])
            --index;
        if (index + 1 < bins && x >= edges[index + 1])
            ++index;
        ++counts[index];
    }
    return counts;
}

std::vector<qint64> histogramCountsSorted(const double* sorted, std::size_t n, const std::vector<double>& edges)
{
    if (edges.size() < 2)
        return {};
    const std::size_t bins = edges.size() - 1;
    std::vector<qint64> counts(bins, 0);
    const double* end = sorted + n;
    const double* from = std::lower_bound(sorted, end, edges[0]);
    for (std::size_t b = 0; b < bins; ++b) {
        const double* to = b + 1 < bins ? std::lower_bound(from, end, edges[b + 1])
                                        : std::upper_bound(from, end, edges[b + 1]);
        counts[b] = static_cast<qint64>(to - from);
        from = to;
    }
    return counts;
}

Result<std::vector<double>> histogramBinEdgesFdSorted(const double* sorted, std::size_t n, std::size_t maxBins)
{
    const OuterEdges e = outerEdgesSorted(sorted, n);
    if (!e.finite) {
        return Result<std::vector<double>>::failure(
            QCoreApplication::translate("pp::stats", "The range of the values [%1, %2] is not finite.")
                .arg(formatNumber(e.first), formatNumber(e.last)));
    }
    double bins = 1.0;
    if (n > 0) {
        // numpy: np.subtract(*np.percentile(x, [75, 25])) * 2.0 * x.size ** (-1/3), in that order.
        const double iqr = quantileSorted(sorted, n, 0.75) - quantileSorted(sorted, n, 0.25);
        const double width = 2.0 * iqr * std::pow(static_cast<double>(n), -1.0 / 3.0);
        if (width != 0.0)
            bins = std::ceil((e.last - e.first) / width);
    }
    if (!(bins <= static_cast<double>(maxBins))) {
        return Result<std::vector<double>>::failure(
            QCoreApplication::translate("pp::stats",
                                        "The Freedman-Diaconis rule asks for %1 bins, more than the limit of %2.")
                .arg(formatNumber(bins))
                .arg(static_cast<qulonglong>(maxBins)));
    }
    return equalWidthBinEdges(e.first, e.last, static_cast<std::size_t>(bins));
}

Result<std::vector<double>> histogramBinEdgesFd(const double* values, std::size_t n, std::size_t maxBins)
{
    const std::vector<double> sorted = sortedNonMissing(values, n);
    return histogramBinEdgesFdSorted(sorted.data(), sorted.size(), maxBins);
}

} // namespace pp::stats
