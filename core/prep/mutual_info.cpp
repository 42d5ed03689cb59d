#include "prep/mutual_info.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>
#include <queue>
#include <random>

namespace pp {

namespace {

/// Standard normal draws from a fixed, documented recipe (mt19937_64 + Box-Muller), because
/// std::normal_distribution differs between standard libraries and seeds must replay anywhere.
class NormalSource
{
public:
    explicit NormalSource(quint64 seed) : m_engine(seed) {}
    double next()
    {
        if (m_hasSpare) {
            m_hasSpare = false;
            return m_spare;
        }
        double u1;
        do
            u1 = uniform();
        while (u1 <= 0.0);
        const double u2 = uniform();
        const double r = std::sqrt(-2.0 * std::log(u1));
        m_spare = r * std::sin(2.0 * M_PI * u2);
        m_hasSpare = true;
        return r * std::cos(2.0 * M_PI * u2);
    }

private:
    double uniform() { return static_cast<double>(m_engine() >> 11) * 0x1.0p-53; }
    std::mt19937_64 m_engine;
    bool m_hasSpare = false;
    double m_spare = 0.0;
};

/// Divides by the population standard deviation (sklearn.preprocessing.scale with
/// with_mean=False; a constant column is left as it is) and adds the tie-breaking noise.
void scaleAndJitter(std::vector<double>& v, quint64 seed)
{
    const std::size_t n = v.size();
    if (n == 0)
        return;
    double mean = 0.0, m2 = 0.0;
    for (std::size_t i = 0; i < n; ++i) {   // Welford
        const double d = v[i] - mean;
        mean += d / static_cast<double>(i + 1);
        m2 += d * (v[i] - mean);
    }
    const double sd = std::sqrt(m2 / static_cast<double>(n));
    if (sd > 0.0)
        for (double& x : v)
            x /= sd;
    double meanAbs = 0.0;
    for (double x : v)
        meanAbs += std::fabs(x);
    meanAbs /= static_cast<double>(n);
    const double amplitude = 1e-10 * std::max(1.0, meanAbs);
    NormalSource normal(seed);
    for (double& x : v)
        x += amplitude * normal.next();
}

/// Values equal to each other get the same code 0..k-1.
std::vector<int> codesOf(const std::vector<double>& v)
{
    std::map<double, int> index;
    for (double x : v)
        index.emplace(x, 0);
    int next = 0;
    for (auto& entry : index)
        entry.second = next++;
    std::vector<int> out(v.size());
    for (std::size_t i = 0; i < v.size(); ++i)
        out[i] = index[v[i]];
    return out;
}

/// How many of the sorted values lie within `r` of `x` (|v - x| <= r, evaluated as
/// differences like sklearn's KDTree so that the boundary is the same).
std::size_t countWithin(const std::vector<double>& sorted, double x, double r)
{
    auto lo = static_cast<std::size_t>(std::lower_bound(sorted.begin(), sorted.end(), x - r) - sorted.begin());
    while (lo > 0 && std::fabs(sorted[lo - 1] - x) <= r)
        --lo;
    while (lo < sorted.size() && std::fabs(sorted[lo] - x) > r)
        ++lo;
    auto hi = static_cast<std::size_t>(std::upper_bound(sorted.begin(), sorted.end(), x + r) - sorted.begin());
    while (hi < sorted.size() && std::fabs(sorted[hi] - x) <= r)
        ++hi;
    while (hi > lo && std::fabs(sorted[hi - 1] - x) > r)
        --hi;
    return hi - lo;
}

/// Distance from sorted[p] to its k-th nearest other value (1-D).
double kthDistance1d(const std::vector<double>& sorted, std::size_t p, int k)
{
    std::size_t left = p, right = p + 1;
    double d = 0.0;
    for (int step = 0; step < k; ++step) {
        const double dl = left > 0 ? sorted[p] - sorted[left - 1] : INFINITY;
        const double dr = right < sorted.size() ? sorted[right] - sorted[p] : INFINITY;
        if (dl <= dr) {
            d = dl;
            --left;
        } else {
            d = dr;
            ++right;
        }
    }
    return d;
}

} // namespace

double digamma(double x)
{
    double result = 0.0;
    while (x < 10.0) {
        result -= 1.0 / x;
        x += 1.0;
    }
    const double f = 1.0 / (x * x);
    return result + std::log(x) - 0.5 / x
        - f * (1.0 / 12 - f * (1.0 / 120 - f * (1.0 / 252 - f * (1.0 / 240 - f * (1.0 / 132)))));
}

double mutualInfoScore(const std::vector<int>& a, const std::vector<int>& b)
{
    std::map<std::pair<int, int>, double> joint;
    std::map<int, double> pa, pb;
    double n = 0.0;
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (a[i] < 0 || b[i] < 0)
            continue;
        joint[{a[i], b[i]}] += 1.0;
        pa[a[i]] += 1.0;
        pb[b[i]] += 1.0;
        n += 1.0;
    }
    if (n == 0.0)
        return 0.0;
    // The same arrangement of terms as sklearn.metrics.mutual_info_score.
    double mi = 0.0;
    for (const auto& [cell, count] : joint) {
        const double p = count / n;
        const double term = p * (std::log(count) - std::log(n))
            + p * (-std::log(pa[cell.first] * pb[cell.second]) + std::log(n) + std::log(n));
        mi += std::fabs(term) < 2.220446049250313e-16 ? 0.0 : term;
    }
    return std::max(0.0, mi);
}

double mutualInfoContinuous(const std::vector<double>& x, const std::vector<double>& y, int k)
{
    const std::size_t n = x.size();
    if (n < 2)
        return 0.0;
    k = std::min<int>(k, static_cast<int>(n) - 1);
    std::vector<std::size_t> order(n);
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](std::size_t i, std::size_t j) { return x[i] < x[j]; });
    std::vector<double> xs(n), ys(y);
    for (std::size_t p = 0; p < n; ++p)
        xs[p] = x[order[p]];
    std::sort(ys.begin(), ys.end());

    double sumNx = 0.0, sumNy = 0.0;
    std::priority_queue<double> best;   // the k smallest Chebyshev distances so far (max on top)
    for (std::size_t p = 0; p < n; ++p) {
        const std::size_t i = order[p];
        best = {};
        // Walk outwards in x order; |dx| bounds the Chebyshev distance from below.
        std::size_t left = p, right = p + 1;
        while (left > 0 || right < n) {
            const double dl = left > 0 ? x[i] - xs[left - 1] : INFINITY;
            const double dr = right < n ? xs[right] - x[i] : INFINITY;
            const bool goLeft = dl <= dr;
            const double dx = goLeft ? dl : dr;
            if (static_cast<int>(best.size()) == k && dx >= best.top())
                break;
            const std::size_t j = goLeft ? order[--left] : order[right++];
            const double d = std::max(std::fabs(x[i] - x[j]), std::fabs(y[i] - y[j]));
            if (static_cast<int>(best.size()) < k) {
                best.push(d);
            } else if (d < best.top()) {
                best.pop();
                best.push(d);
            }
        }
        const double radius = std::nextafter(best.top(), 0.0);
        sumNx += digamma(static_cast<double>(countWithin(xs, x[i], radius)));      // (n_x - 1) + 1
        sumNy += digamma(static_cast<double>(countWithin(ys, y[i], radius)));
    }
    const double dn = static_cast<double>(n);
    const double mi = digamma(dn) + digamma(k) - sumNx / dn - sumNy / dn;
    return std::max(0.0, mi);
}

double mutualInfoMixed(const std::vector<double>& c, const std::vector<int>& d, int k)
{
    std::map<int, std::vector<std::size_t>> byLabel;
    for (std::size_t i = 0; i < c.size(); ++i)
        byLabel[d[i]].push_back(i);
    // Points whose label occurs once carry no neighbour information; sklearn ignores them.
    std::vector<double> kept;
    std::vector<double> radius, kAll, labelCount;
    for (const auto& [label, rows] : byLabel) {
        if (rows.size() < 2)
            continue;
        const int kk = std::min<int>(k, static_cast<int>(rows.size()) - 1);
        std::vector<double> values;
        values.reserve(rows.size());
        for (std::size_t r : rows)
            values.push_back(c[r]);
        std::sort(values.begin(), values.end());
        for (std::size_t p = 0; p < values.size(); ++p) {
            kept.push_back(values[p]);
            radius.push_back(std::nextafter(kthDistance1d(values, p, kk), 0.0));
            kAll.push_back(kk);
            labelCount.push_back(static_cast<double>(rows.size()));
        }
    }
    const std::size_t n = kept.size();
    if (n == 0)
        return 0.0;
    std::vector<double> sorted(kept);
    std::sort(sorted.begin(), sorted.end());
    double sumK = 0.0, sumLabel = 0.0, sumM = 0.0;
    for (std::size_t i = 0; i < n; ++i) {
        sumK += digamma(kAll[i]);
        sumLabel += digamma(labelCount[i]);
        sumM += digamma(static_cast<double>(countWithin(sorted, kept[i], radius[i])));
    }
    const double dn = static_cast<double>(n);
    const double mi = digamma(dn) + sumK / dn - sumLabel / dn - sumM / dn;
    return std::max(0.0, mi);
}

double estimateMutualInfo(const std::vector<double>& feature, bool discreteFeature,
                          const std::vector<double>& target, bool discreteTarget, int k, quint64 featureSeed,
                          quint64 targetSeed)
{
    std::vector<double> x, y;
    x.reserve(feature.size());
    y.reserve(feature.size());
    for (std::size_t i = 0; i < feature.size(); ++i) {
        if (std::isnan(feature[i]) || std::isnan(target[i]))
            continue;
        x.push_back(feature[i]);
        y.push_back(target[i]);
    }
    if (x.size() < 2)
        return 0.0;
    if (!discreteFeature)
        scaleAndJitter(x, featureSeed);
    if (!discreteTarget)
        scaleAndJitter(y, targetSeed);
    if (discreteFeature && discreteTarget)
        return mutualInfoScore(codesOf(x), codesOf(y));
    if (discreteFeature)
        return mutualInfoMixed(y, codesOf(x), k);
    if (discreteTarget)
        return mutualInfoMixed(x, codesOf(y), k);
    return mutualInfoContinuous(x, y, k);
}

} // namespace pp
