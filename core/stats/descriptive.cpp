#include "stats/descriptive.h"

#include "stats/radix_sort.h"

#include <algorithm>
#include <cmath>

namespace pp::stats {

void CompensatedSum::add(double x)
{
    const double t = m_sum + x;
    if (std::fabs(m_sum) >= std::fabs(x))
        m_compensation += (m_sum - t) + x;
    else
        m_compensation += (x - t) + m_sum;
    m_sum = t;
}

double CompensatedSum::value() const
{
    // Once the sum overflows or meets an infinity the compensation is NaN (inf - inf); the
    // plain sum is then the IEEE answer (inf, or NaN for inf + -inf), as in pandas.
    if (!std::isfinite(m_sum))
        return m_sum;
    return m_sum + m_compensation;
}

double mean(const double* values, std::size_t n)
{
    if (n == 0)
        return kNaN;
    CompensatedSum sum;
    for (std::size_t i = 0; i < n; ++i)
        sum.add(values[i]);
    return sum.value() / static_cast<double>(n);
}

double variance(const double* values, std::size_t n, int ddof)
{
    if (ddof < 0 || n <= static_cast<std::size_t>(ddof))
        return kNaN;
    const double m = mean(values, n);
    CompensatedSum squares;
    for (std::size_t i = 0; i < n; ++i) {
        const double d = values[i] - m;
        squares.add(d * d);
    }
    return squares.value() / static_cast<double>(n - static_cast<std::size_t>(ddof));
}

double standardDeviation(const double* values, std::size_t n, int ddof)
{
    return std::sqrt(variance(values, n, ddof));
}

double skewness(const double* values, std::size_t n)
{
    return moments(values, n).skew;
}

namespace {

/// pandas nanops._zero_out_fperr: sums this small are rounding noise of constant data.
double zeroOutNoise(double v)
{
    return std::fabs(v) < 1e-14 ? 0.0 : v;
}

} // namespace

Moments moments(const double* values, std::size_t n)
{
    Moments m;
    m.count = n;
    if (n == 0)
        return m;
    CompensatedSum sum;
    double lo = values[0];
    double hi = values[0];
    for (std::size_t i = 0; i < n; ++i) {
        sum.add(values[i]);
        lo = std::min(lo, values[i]);
        hi = std::max(hi, values[i]);
    }
    // n copies of v need not sum to exactly n*v; constant data must still get std 0.
    m.mean = lo == hi ? lo : sum.value() / static_cast<double>(n);

    CompensatedSum m2;
    CompensatedSum m3;
    for (std::size_t i = 0; i < n; ++i) {
        const double d = values[i] - m.mean;
        const double d2 = d * d;
        m2.add(d2);
        m3.add(d2 * d);
    }
    const double nd = static_cast<double>(n);
    if (n >= 2) {
        m.variance = m2.value() / (nd - 1.0);
        m.std = std::sqrt(m.variance);
    }
    if (n >= 3) {
        const double s2 = zeroOutNoise(m2.value());
        const double s3 = zeroOutNoise(m3.value());
        // Same order of operations as pandas nanops.nanskew.
        m.skew = s2 == 0.0 ? 0.0 : (nd * std::pow(nd - 1.0, 0.5) / (nd - 2.0)) * (s3 / std::pow(s2, 1.5));
    }
    return m;
}

double quantileSorted(const double* sorted, std::size_t n, double q)
{
    if (n == 0 || !(q >= 0.0 && q <= 1.0))
        return kNaN;
    const double last = static_cast<double>(n - 1);
    const double h = last * q;
    std::size_t below;
    std::size_t above;
    double gamma;
    if (h >= last) {
        // numpy takes index -1 for both neighbours and measures gamma from it; the lerp of
        // a value with itself is that value, except for infinities, where numpy gets NaN.
        below = above = n - 1;
        gamma = h + 1.0;
    } else {
        const double floorH = std::floor(h);
        below = static_cast<std::size_t>(floorH);
        above = below + 1;
        gamma = h - floorH;
    }
    const double a = sorted[below];
    const double b = sorted[above];
    const double diff = b - a;
    // numpy's _lerp: from the nearer end, so that q = 1 - eps stays below b.
    return gamma >= 0.5 ? b - diff * (1.0 - gamma) : a + diff * gamma;
}

IqrFences iqrFences(const double* sorted, std::size_t n, double k)
{
    IqrFences f;
    if (n == 0)
        return f;
    f.q1 = quantileSorted(sorted, n, 0.25);
    f.q3 = quantileSorted(sorted, n, 0.75);
    f.iqr = f.q3 - f.q1;
    f.lower = f.q1 - k * f.iqr;
    f.upper = f.q3 + k * f.iqr;
    return f;
}

qint64 countOutsideSorted(const double* sorted, std::size_t n, double lower, double upper)
{
    // NaN fences compare false both ways, so nothing is counted, as in pandas.
    const double* end = sorted + n;
    const auto below = std::lower_bound(sorted, end, lower) - sorted;
    const auto above = end - std::upper_bound(sorted, end, upper);
    return static_cast<qint64>(below + above);
}

qint64 countIqrOutliersSorted(const double* sorted, std::size_t n, double k)
{
    const IqrFences f = iqrFences(sorted, n, k);
    return n == 0 ? 0 : countOutsideSorted(sorted, n, f.lower, f.upper);
}

qint64 countZScoreOutliers(const double* values, std::size_t n, double mean, double std, double threshold)
{
    qint64 count = 0;
    for (std::size_t i = 0; i < n; ++i)
        count += std::fabs((values[i] - mean) / std) > threshold ? 1 : 0;
    return count;
}

qint64 countZScoreOutliersSorted(const double* sorted, std::size_t n, double mean, double std,
                                 double threshold)
{
    if (!(threshold >= 0.0)) // the two tails would overlap; the plain loop is exact
        return countZScoreOutliers(sorted, n, mean, std, threshold);
    // x - mean and the division by a constant are monotone under rounding, so the
    // z-scores of sorted data are sorted too (NaN z-scores compare false: not counted).
    const double* end = sorted + n;
    const double* low = std::partition_point(sorted, end, [&](double x) { return (x - mean) / std < -threshold; });
    const double* high = std::partition_point(sorted, end, [&](double x) { return !((x - mean) / std > threshold); });
    return static_cast<qint64>((low - sorted) + (end - high));
}

std::size_t sortedNonMissing(const double* values, std::size_t n, std::vector<double>& out,
                             std::vector<double>& scratch)
{
    out.resize(n);
    std::size_t m = 0;
    for (std::size_t i = 0; i < n; ++i) {
        // Branch-free: missing values are scattered, a branch would mispredict.
        out[m] = values[i];
        m += values[i] == values[i] ? 1 : 0;
    }
    out.resize(m);
    if (scratch.size() < m)
        scratch.resize(m);
    radixSort(out.data(), scratch.data(), m);
    return m;
}

std::vector<double> sortedNonMissing(const double* values, std::size_t n)
{
    std::vector<double> out;
    std::vector<double> scratch;
    sortedNonMissing(values, n, out, scratch);
    return out;
}

qint64 distinctCountSorted(const double* sorted, std::size_t n)
{
    if (n == 0)
        return 0;
    qint64 distinct = 1;
    for (std::size_t i = 1; i < n; ++i)
        distinct += sorted[i] != sorted[i - 1] ? 1 : 0;
    return distinct;
}

std::vector<ValueCount> valueCountsSorted(const double* sorted, std::size_t n, std::size_t top)
{
    // Ties keep the ascending order of the scan: a candidate only displaces a strictly
    // smaller count, and the final sort is stable.
    const auto byCount = [](const ValueCount& a, const ValueCount& b) { return a.count > b.count; };
    const bool bounded = top > 0 && top <= 64;
    std::vector<ValueCount> result;
    std::size_t i = 0;
    while (i < n) {
        std::size_t j = i + 1;
        while (j < n && sorted[j] == sorted[i])
            ++j;
        // -0.0 and 0.0 are one value; show it as pandas does, without a sign.
        const ValueCount vc{sorted[i] == 0.0 ? 0.0 : sorted[i], static_cast<qint64>(j - i)};
        if (!bounded) {
            result.push_back(vc);
        } else if (result.size() < top || vc.count > result.back().count) {
            result.insert(std::upper_bound(result.begin(), result.end(), vc, byCount), vc);
            if (result.size() > top)
                result.pop_back();
        }
        i = j;
    }
    if (!bounded) {
        std::stable_sort(result.begin(), result.end(), byCount);
        if (top > 0 && result.size() > top)
            result.resize(top);
    }
    return result;
}

} // namespace pp::stats
