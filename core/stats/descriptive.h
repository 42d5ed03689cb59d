#pragma once

#include <QtGlobal>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <vector>

/// Descriptive statistics that match what an analyst sees in pandas 1.5 / numpy 1.24.
///
/// Building blocks for the column profile, the Explore page and the preprocessing
/// pipeline. Conventions:
///  - Functions named `...Sorted` take values sorted ascending without NaN (see
///    sortedNonMissing()); the others take values in any order without NaN unless stated.
///  - A statistic that is undefined for the input (too few values) is NaN, as in pandas.
///  - Infinities are ordinary values, as in pandas: they count, sort and become min/max;
///    the arithmetic on them follows IEEE (the mean of {1, inf} is inf, its std NaN).
namespace pp::stats {

inline constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

/// Neumaier's compensated sum: the rounding error of each addition is carried along, so
/// the sum of a million values is as good as if it were computed in double-double.
class CompensatedSum
{
public:
    void add(double x);
    double value() const;

private:
    double m_sum = 0.0;
    double m_compensation = 0.0;
};

/// pandas Series.mean(): compensated sum / n. NaN when n == 0.
double mean(const double* values, std::size_t n);
/// pandas Series.var(ddof=ddof): two-pass (mean first, then compensated sum of squared
/// deviations) / (n - ddof). NaN when n <= ddof.
double variance(const double* values, std::size_t n, int ddof = 1);
/// pandas Series.std(ddof=ddof) = sqrt(variance).
double standardDeviation(const double* values, std::size_t n, int ddof = 1);
/// pandas Series.skew(): adjusted Fisher-Pearson coefficient G1 =
/// n * sqrt(n - 1) / (n - 2) * m3 / m2^1.5 with m2, m3 the sums of squared and cubed
/// deviations from the mean. NaN when n < 3; 0 when m2 == 0. Like pandas, sums below
/// 1e-14 in magnitude are taken as 0 (floating-point noise of constant data).
double skewness(const double* values, std::size_t n);

/// Everything that needs the mean, computed in two passes over the data.
struct Moments
{
    std::size_t count = 0;
    double mean = kNaN;
    double variance = kNaN;   ///< ddof = 1
    double std = kNaN;        ///< ddof = 1
    double skew = kNaN;       ///< pandas Series.skew()
};
Moments moments(const double* values, std::size_t n);

/// numpy.quantile(x, q) with the default 'linear' method (Hyndman & Fan type 7), which is
/// also pandas Series.quantile(q): index h = (n - 1) q between order statistics, blended
/// with numpy's two-sided lerp so results agree to the last bit. NaN when n == 0 or q is
/// outside [0, 1]. (pandas passes q through q*100/100 first, which is exact for
/// quartiles and deciles but can move other q by one ulp.)
double quantileSorted(const double* sorted, std::size_t n, double q);
inline double medianSorted(const double* sorted, std::size_t n) { return quantileSorted(sorted, n, 0.5); }

/// The fences of Tukey's IQR rule: [q1 - k*IQR, q3 + k*IQR].
struct IqrFences
{
    double q1 = kNaN;
    double q3 = kNaN;
    double iqr = kNaN;
    double lower = kNaN;
    double upper = kNaN;
};
IqrFences iqrFences(const double* sorted, std::size_t n, double k = 1.5);
/// How many values are < lower or > upper (binary search, O(log n)).
qint64 countOutsideSorted(const double* sorted, std::size_t n, double lower, double upper);
/// Values outside the IQR fences: pandas ((s < q1 - k*iqr) | (s > q3 + k*iqr)).sum().
qint64 countIqrOutliersSorted(const double* sorted, std::size_t n, double k = 1.5);

/// Values with |x - mean| / std > threshold, evaluated exactly as pandas
/// (((s - s.mean()) / s.std()).abs() > threshold).sum() does for the given mean and std.
/// 0 when std is 0 or NaN (every z-score is then NaN in pandas).
qint64 countZScoreOutliers(const double* values, std::size_t n, double mean, double std, double threshold);
/// The same on sorted data in O(log n): the z-score is monotone in x, so the outliers are
/// a prefix and a suffix.
qint64 countZScoreOutliersSorted(const double* sorted, std::size_t n, double mean, double std, double threshold);

/// Copies the non-NaN values and sorts them (LSD radix sort on the IEEE bits).
std::vector<double> sortedNonMissing(const double* values, std::size_t n);
/// The same into caller-owned buffers, so that a worker profiling many columns reuses its
/// memory. Returns the number of values copied (out.size()).
std::size_t sortedNonMissing(const double* values, std::size_t n, std::vector<double>& out,
                             std::vector<double>& scratch);

/// pandas Series.nunique(): distinct values (-0.0 and 0.0 are one value).
qint64 distinctCountSorted(const double* sorted, std::size_t n);

struct ValueCount
{
    double value = 0.0;
    qint64 count = 0;
};
/// pandas Series.value_counts().head(top) (top == 0: all): by count, descending. Ties are
/// ordered by value, ascending. (pandas leaves the order of numeric ties unspecified: its
/// hash table order goes through a non-stable sort.)
std::vector<ValueCount> valueCountsSorted(const double* sorted, std::size_t n, std::size_t top = 0);

} // namespace pp::stats
