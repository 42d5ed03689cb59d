#include "prep/prep_math.h"

#include <cmath>
#include <limits>

namespace pp::prepmath {

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
} // namespace

std::vector<double> observed(const Column& column)
{
    std::vector<double> out;
    const std::size_t n = column.size();
    out.reserve(n);
    if (column.type() == ColumnType::Numeric) {
        for (double v : column.numbers())
            if (!std::isnan(v))
                out.push_back(v);
        return out;
    }
    for (std::size_t r = 0; r < n; ++r) {
        const double v = column.numericAt(r);
        if (!std::isnan(v))
            out.push_back(v);
    }
    return out;
}

double sum(const std::vector<double>& values)
{
    // Neumaier's variant of Kahan summation: also exact when a term is larger than the sum.
    double s = 0.0;
    double c = 0.0;
    for (double v : values) {
        const double t = s + v;
        if (std::fabs(s) >= std::fabs(v))
            c += (s - t) + v;
        else
            c += (v - t) + s;
        s = t;
    }
    return s + c;
}

double mean(const std::vector<double>& values)
{
    if (values.empty())
        return kNaN;
    return sum(values) / static_cast<double>(values.size());
}

double variance(const std::vector<double>& values)
{
    if (values.empty())
        return kNaN;
    const double m = mean(values);
    std::vector<double> sq;
    sq.reserve(values.size());
    for (double v : values)
        sq.push_back((v - m) * (v - m));
    return sum(sq) / static_cast<double>(values.size());
}

double quantileSorted(const std::vector<double>& sorted, double q)
{
    const std::size_t n = sorted.size();
    if (n == 0)
        return kNaN;
    if (n == 1)
        return sorted[0];
    const double virtualIndex = static_cast<double>(n - 1) * q;
    double previous = std::floor(virtualIndex);
    if (previous < 0.0)
        previous = 0.0;
    const auto lo = std::min(static_cast<std::size_t>(previous), n - 1);
    const std::size_t hi = std::min(lo + 1, n - 1);
    const double gamma = virtualIndex - previous;
    const double a = sorted[lo];
    const double b = sorted[hi];
    // numpy's _lerp: computed from the nearer end, which keeps the result monotonic.
    const double diff = b - a;
    if (gamma >= 0.5)
        return b - diff * (1.0 - gamma);
    return a + diff * gamma;
}

double medianSorted(const std::vector<double>& sorted)
{
    const std::size_t n = sorted.size();
    if (n == 0)
        return kNaN;
    if (n % 2 == 1)
        return sorted[n / 2];
    return (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
}

bool isConstantFeature(double var, double mean, std::size_t n)
{
    constexpr double eps = std::numeric_limits<double>::epsilon();
    const double nn = static_cast<double>(n);
    const double upper = nn * eps * var + (nn * mean * eps) * (nn * mean * eps);
    return var <= upper;
}

double handleZeroScale(double scale)
{
    return scale < 10.0 * std::numeric_limits<double>::epsilon() ? 1.0 : scale;
}

Column numericLike(const Column& like, std::vector<double> values)
{
    Column c = Column::numeric(like.name(), std::move(values));
    c.setRole(like.role());
    return c;
}

} // namespace pp::prepmath
