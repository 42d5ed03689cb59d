#include "stats/frequency_table.h"

#include "stats/radix_sort.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <iterator>
#include <limits>

namespace pp::stats {

FrequencyTable FrequencyTable::fromValues(const double* values, std::size_t n)
{
    FrequencyTable t;
    std::vector<double> buffer;
    std::vector<double> scratch;
    t.assign(values, n, buffer, scratch);
    return t;
}

FrequencyTable FrequencyTable::fromSorted(const double* sorted, std::size_t n)
{
    FrequencyTable t;
    t.buildFromSorted(sorted, n);
    return t;
}

namespace {

/// Values that are all k / 10^d (prices in cents, rates in per mille) or k * unit
/// (timestamps at whole seconds or days) are integers k in disguise: counted, not sorted.
using detail::Grid;
constexpr Grid kDecimalGrids[] = {{10.0, true}, {100.0, true}, {1000.0, true}};
constexpr Grid kUnitGrids[] = {{86400000.0, false}, {1000.0, false}};

/// The integer k of v on the grid, when v is exactly on it. The round trip through k is
/// the test: k / 10^d is the double nearest to the decimal, which v then must be.
inline bool onGrid(double v, Grid grid, std::int64_t* k)
{
    const double w = grid.decimal ? v * grid.factor : v / grid.factor;
    if (!(std::fabs(w) < 1.0e15))
        return false;
    *k = static_cast<std::int64_t>(w + (w < 0.0 ? -0.5 : 0.5));
    const auto key = static_cast<double>(*k);
    const double back = grid.decimal ? key / grid.factor : key * grid.factor;
    return back == v;
}

bool allOnGrid(const std::vector<double>& values, Grid grid)
{
    std::int64_t k;
    for (const double v : values) {
        if (!onGrid(v, grid, &k))
            return false;
    }
    return true;
}

} // namespace

void FrequencyTable::assign(const double* values, std::size_t n, std::vector<double>& buffer,
                            std::vector<double>& scratch)
{
    m_values.clear();
    m_end.clear();
    buffer.resize(n);
    std::size_t m = 0;
    double lo = std::numeric_limits<double>::infinity();
    double hi = -lo;
    bool integral = true;
    for (std::size_t i = 0; i < n; ++i) {
        const double v = values[i];
        // Branch-free copy: missing values are scattered, a branch would mispredict.
        buffer[m] = v;
        m += v == v ? 1 : 0;
        lo = std::min(lo, v); // NaN compares false: ignored by min and max
        hi = std::max(hi, v);
        // The cast is only defined (and only exact) well inside the int64 range.
        if (integral && v == v)
            integral = std::fabs(v) < 1.0e15 && static_cast<double>(static_cast<std::int64_t>(v)) == v;
    }
    buffer.resize(m);
    if (m == 0)
        return;
    // A counting sort needs no more slots than max(64K, n): then it is linear too.
    const double slots = static_cast<double>(std::max<std::size_t>(65536, m));
    if (m <= std::numeric_limits<std::uint32_t>::max() && std::isfinite(hi - lo)) {
        if (integral && hi - lo < slots) {
            buildFromIntegers(buffer, lo, hi, Grid{1.0, true});
            return;
        }
        const Grid* grids = integral ? kUnitGrids : kDecimalGrids;
        const std::size_t gridCount = integral ? std::size(kUnitGrids) : std::size(kDecimalGrids);
        for (std::size_t g = 0; g < gridCount; ++g) {
            const Grid grid = grids[g];
            const double range = grid.decimal ? (hi - lo) * grid.factor : (hi - lo) / grid.factor;
            if (range < slots && allOnGrid(buffer, grid)) {
                buildFromIntegers(buffer, lo, hi, grid);
                return;
            }
        }
    }
    if (scratch.size() < m)
        scratch.resize(m);
    radixSort(buffer.data(), scratch.data(), m);
    buildFromSorted(buffer.data(), m);
}

void FrequencyTable::buildFromIntegers(const std::vector<double>& values, double lo, double hi, Grid grid)
{
    std::int64_t base = 0;
    std::int64_t top = 0;
    onGrid(lo, grid, &base);
    onGrid(hi, grid, &top);
    const auto slots = static_cast<std::size_t>(top - base) + 1;
    std::vector<std::uint32_t>& counts = m_slotCounts;
    counts.assign(slots, 0);
    std::int64_t k = 0;
    for (const double v : values) {
        onGrid(v, grid, &k);
        ++counts[static_cast<std::size_t>(k - base)];
    }
    std::size_t total = 0;
    for (std::size_t i = 0; i < slots; ++i) {
        if (counts[i] == 0)
            continue;
        total += counts[i];
        const auto key = static_cast<double>(base + static_cast<std::int64_t>(i));
        // +0.0 for zero: k = 0 gives 0 / f = +0.0 and 0 * f = +0.0
        m_values.push_back(grid.decimal ? key / grid.factor : key * grid.factor);
        m_end.push_back(total);
    }
}

void FrequencyTable::buildFromSorted(const double* sorted, std::size_t n)
{
    m_values.clear();
    m_end.clear();
    std::size_t i = 0;
    while (i < n) {
        const double v = sorted[i];
        std::size_t j = i + 1;
        while (j < n && sorted[j] == v)
            ++j;
        m_values.push_back(v == 0.0 ? 0.0 : v); // -0.0 and 0.0 are one value, shown as 0
        m_end.push_back(j);
        i = j;
    }
}

double FrequencyTable::atRank(std::size_t rank) const
{
    const auto it = std::upper_bound(m_end.begin(), m_end.end(), rank);
    return m_values[static_cast<std::size_t>(it - m_end.begin())];
}

double FrequencyTable::quantile(double q) const
{
    if (empty() || !(q >= 0.0 && q <= 1.0))
        return kNaN;
    const detail::QuantilePosition p = detail::quantilePosition(size(), q);
    return detail::lerp(atRank(p.below), atRank(p.above), p.gamma);
}

qint64 FrequencyTable::countLess(double x) const
{
    const auto i = std::lower_bound(m_values.begin(), m_values.end(), x) - m_values.begin();
    return static_cast<qint64>(begin(static_cast<std::size_t>(i)));
}

qint64 FrequencyTable::countGreater(double x) const
{
    const auto i = std::upper_bound(m_values.begin(), m_values.end(), x) - m_values.begin();
    return static_cast<qint64>(size() - begin(static_cast<std::size_t>(i)));
}

qint64 FrequencyTable::countIqrOutliers(double k) const
{
    if (empty())
        return 0;
    const double q1 = quantile(0.25);
    const double q3 = quantile(0.75);
    const double iqr = q3 - q1;
    return countLess(q1 - k * iqr) + countGreater(q3 + k * iqr);
}

qint64 FrequencyTable::countZScoreOutliers(double mean, double std, double threshold) const
{
    if (!(threshold >= 0.0)) { // the two tails would overlap; test every run
        qint64 n = 0;
        for (std::size_t i = 0; i < distinct(); ++i)
            n += std::fabs((m_values[i] - mean) / std) > threshold ? count(i) : 0;
        return n;
    }
    // As in countZScoreOutliersSorted: the z-scores of sorted values are sorted.
    const auto first = m_values.begin();
    const auto low = std::partition_point(first, m_values.end(),
                                          [&](double x) { return (x - mean) / std < -threshold; });
    const auto high = std::partition_point(first, m_values.end(),
                                           [&](double x) { return !((x - mean) / std > threshold); });
    return static_cast<qint64>(begin(static_cast<std::size_t>(low - first)) + size()
                               - begin(static_cast<std::size_t>(high - first)));
}

Moments FrequencyTable::moments() const
{
    Moments m;
    m.count = size();
    if (empty())
        return m;
    if (distinct() == 1) {
        m.mean = m_values[0]; // c * v / c need not be v
    } else {
        CompensatedSum sum;
        for (std::size_t i = 0; i < distinct(); ++i)
            sum.add(static_cast<double>(count(i)) * m_values[i]);
        m.mean = sum.value() / static_cast<double>(m.count);
    }
    CompensatedSum m2;
    CompensatedSum m3;
    for (std::size_t i = 0; i < distinct(); ++i) {
        const double c = static_cast<double>(count(i));
        const double d = m_values[i] - m.mean;
        const double d2 = d * d;
        m2.add(c * d2);
        m3.add(c * (d2 * d));
    }
    detail::finishMoments(m, m2.value(), m3.value());
    return m;
}

std::vector<ValueCount> FrequencyTable::valueCounts(std::size_t top) const
{
    // As valueCountsSorted(): ties keep the ascending order of the scan.
    const auto byCount = [](const ValueCount& a, const ValueCount& b) { return a.count > b.count; };
    std::vector<ValueCount> result;
    if (top == 0 || top > 64) { // a long list: sort them all
        for (std::size_t i = 0; i < distinct(); ++i)
            result.push_back({m_values[i], count(i)});
        std::stable_sort(result.begin(), result.end(), byCount);
        if (top > 0 && result.size() > top)
            result.resize(top);
        return result;
    }
    for (std::size_t i = 0; i < distinct(); ++i) {
        const ValueCount vc{m_values[i], count(i)};
        if (result.size() < top || vc.count > result.back().count) {
            result.insert(std::upper_bound(result.begin(), result.end(), vc, byCount), vc);
            if (result.size() > top)
                result.pop_back();
        }
    }
    return result;
}

std::vector<qint64> FrequencyTable::histogramCounts(const std::vector<double>& edges) const
{
    if (edges.size() < 2)
        return {};
    const std::size_t bins = edges.size() - 1;
    std::vector<qint64> counts(bins, 0);
    qint64 from = countLess(edges[0]);
    for (std::size_t b = 0; b < bins; ++b) {
        // Bins are half-open [e_b, e_b+1) except the last, which is closed.
        const qint64 to = b + 1 < bins ? countLess(edges[b + 1])
                                       : static_cast<qint64>(size()) - countGreater(edges[b + 1]);
        counts[b] = to - from;
        from = to;
    }
    return counts;
}

} // namespace pp::stats
