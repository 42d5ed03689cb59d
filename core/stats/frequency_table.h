#pragma once

#include "stats/descriptive.h"

#include <QtGlobal>

#include <cstddef>
#include <cstdint>
#include <vector>

namespace pp::stats {

namespace detail {

/// Values k / factor (decimal) or k * factor for integers k: see FrequencyTable.
struct Grid
{
    double factor;
    bool decimal;
};

} // namespace detail

/// A sample as its distinct values in ascending order with how often each occurs: the
/// sorted sample, run-length encoded. Every statistic of descriptive.h has its
/// counterpart here, with the same pandas/numpy semantics, at a cost that depends on the
/// number of distinct values rather than on the sample size: a million ages are 63 runs.
///
/// Data on an integer grid with at most max(65536, n) points between min and max is
/// counted directly, without sorting: integers, decimals with up to 3 places (prices in
/// cents, rates), timestamps at whole seconds or days. Anything else is radix sorted.
/// NaN is left out (missing); -0.0 and 0.0 are one value, shown as 0.
class FrequencyTable
{
public:
    FrequencyTable() = default;
    /// From values in any order (NaN skipped).
    static FrequencyTable fromValues(const double* values, std::size_t n);
    /// From values sorted ascending, without NaN.
    static FrequencyTable fromSorted(const double* sorted, std::size_t n);
    /// fromValues() into this object, reusing its memory and the caller's buffers (a
    /// worker profiling many columns keeps them from column to column).
    void assign(const double* values, std::size_t n, std::vector<double>& buffer,
                std::vector<double>& scratch);

    /// Number of values (all counts together).
    std::size_t size() const { return m_end.empty() ? 0 : m_end.back(); }
    bool empty() const { return m_values.empty(); }
    /// Number of distinct values: pandas nunique().
    std::size_t distinct() const { return m_values.size(); }
    /// The i-th smallest distinct value and its count.
    double value(std::size_t i) const { return m_values[i]; }
    qint64 count(std::size_t i) const { return static_cast<qint64>(m_end[i] - (i ? m_end[i - 1] : 0)); }
    double min() const { return m_values.front(); }
    double max() const { return m_values.back(); }

    /// The value of 0-based rank r in the sorted sample (r < size()).
    double atRank(std::size_t rank) const;
    /// quantileSorted() of the sample.
    double quantile(double q) const;
    /// Values < x and values > x.
    qint64 countLess(double x) const;
    qint64 countGreater(double x) const;
    /// countIqrOutliersSorted() of the sample.
    qint64 countIqrOutliers(double k = 1.5) const;
    /// countZScoreOutliersSorted() of the sample.
    qint64 countZScoreOutliers(double mean, double std, double threshold) const;
    /// moments() of the sample, from the runs (products count * deviation, compensated).
    Moments moments() const;
    /// valueCountsSorted(): by count descending, ties by value ascending; top == 0: all.
    std::vector<ValueCount> valueCounts(std::size_t top = 0) const;
    /// histogramCountsSorted() of the sample.
    std::vector<qint64> histogramCounts(const std::vector<double>& edges) const;

private:
    /// Ranks before run i.
    std::size_t begin(std::size_t i) const { return i ? m_end[i - 1] : 0; }
    void buildFromSorted(const double* sorted, std::size_t n);
    void buildFromIntegers(const std::vector<double>& values, double lo, double hi, detail::Grid grid);

    std::vector<double> m_values;     ///< distinct, ascending
    std::vector<std::size_t> m_end;   ///< cumulative counts: run i holds ranks [begin(i), m_end[i])
    std::vector<std::uint32_t> m_slotCounts; ///< counting-sort workspace, kept for the next assign()
};

} // namespace pp::stats
