#include "data/synthetic_model.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>
#include <vector>

// A fused multiply-add rounds once instead of twice: allowing the compiler to contract
// a * b + c would make the numbers depend on the target CPU. (GCC does not contract in
// ISO C++ mode, which the project uses; clang does unless told.)
#if defined(__clang__)
#pragma STDC FP_CONTRACT OFF
#endif

namespace pp::synthetic {

// ---------------------------------------------------------------------------------------------
// Random numbers

namespace {

std::uint64_t splitmix64(std::uint64_t& state)
{
    std::uint64_t z = (state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

inline std::uint64_t rotl(std::uint64_t x, int k)
{
    return (x << k) | (x >> (64 - k));
}

} // namespace

Rng::Rng(std::uint64_t seed)
{
    for (auto& word : m_s)
        word = splitmix64(seed);
}

std::uint64_t Rng::next()
{
    const std::uint64_t result = rotl(m_s[1] * 5, 7) * 9;
    const std::uint64_t t = m_s[1] << 17;
    m_s[2] ^= m_s[0];
    m_s[3] ^= m_s[1];
    m_s[1] ^= m_s[2];
    m_s[0] ^= m_s[3];
    m_s[2] ^= t;
    m_s[3] = rotl(m_s[3], 45);
    return result;
}

double Rng::normal()
{
    if (m_hasSpare) {
        m_hasSpare = false;
        return m_spare;
    }
    double u;
    double v;
    double s;
    do {
        u = 2.0 * uniform() - 1.0;
        v = 2.0 * uniform() - 1.0;
        s = u * u + v * v;
    } while (s >= 1.0 || s == 0.0);
    const double factor = std::sqrt(-2.0 * detLog(s) / s); // sqrt is exact IEEE everywhere
    m_spare = v * factor;
    m_hasSpare = true;
    return u * factor;
}

double Rng::poisson(double mean)
{
    if (!(mean > 0.0))
        return 0.0;
    if (mean >= 30.0) // the normal approximation is good here and costs O(1)
        return std::max(0.0, std::floor(mean + std::sqrt(mean) * normal() + 0.5));
    const double limit = detExp(-mean);
    double product = uniform();
    double k = 0.0;
    while (product > limit) {
        product *= uniform();
        k += 1.0;
    }
    return k;
}

// ---------------------------------------------------------------------------------------------
// Platform-independent log and exp (fdlibm's argument reduction, plain series)

namespace {

// ln 2 split so that n * kLn2Hi is exact for |n| < 2^20.
constexpr double kLn2Hi = 6.93147180369123816490e-01;
constexpr double kLn2Lo = 1.90821492927058770002e-10;
constexpr double kInvLn2 = 1.44269504088896338700e+00;
constexpr double kSqrtHalf = 0.70710678118654752440;

} // namespace

double detLog(double x)
{
    if (!(x > 0.0))
        return x == 0.0 ? -std::numeric_limits<double>::infinity() : std::numeric_limits<double>::quiet_NaN();
    if (std::isinf(x))
        return x;
    // x = m * 2^e, m in [0.5, 1), read from the bits (exact; subnormals via frexp).
    int e = 0;
    double m;
    std::uint64_t bits;
    std::memcpy(&bits, &x, sizeof bits);
    const auto biased = static_cast<int>((bits >> 52) & 0x7ff);
    if (biased == 0) {
        m = std::frexp(x, &e);
    } else {
        e = biased - 1022;
        bits = (bits & 0x800fffffffffffffULL) | (std::uint64_t(1022) << 52);
        std::memcpy(&m, &bits, sizeof m);
    }
    if (m < kSqrtHalf) {
        m *= 2.0;
        --e;
    }
    // log(m) = 2 atanh(s), s = (m - 1) / (m + 1), |s| <= 0.1716: s^2 <= 0.0295, so
    // 12 terms of the odd series 1 + s^2/3 + s^4/5 + ... reach 1e-18. Alternate terms go
    // in two independent chains in s^4 (half the latency of one Horner).
    const double f = m - 1.0;
    const double s = f / (2.0 + f);
    const double s2 = s * s;
    const double s4 = s2 * s2;
    const double even
        = 1.0 + s4 * (1.0 / 5 + s4 * (1.0 / 9 + s4 * (1.0 / 13 + s4 * (1.0 / 17 + s4 * (1.0 / 21)))));
    const double odd
        = 1.0 / 3 + s4 * (1.0 / 7 + s4 * (1.0 / 11 + s4 * (1.0 / 15 + s4 * (1.0 / 19 + s4 * (1.0 / 23)))));
    const double logM = 2.0 * s * (even + s2 * odd);
    const double de = static_cast<double>(e);
    return de * kLn2Hi + (de * kLn2Lo + logM);
}

double detExp(double x)
{
    if (std::isnan(x))
        return x;
    x = std::clamp(x, -700.0, 700.0);
    // x = n ln2 + r, |r| <= ln2 / 2; exp(r) by its Taylor series to r^13 (error < 2e-16),
    // even and odd terms as two independent chains (half the latency of one Horner).
    const double n = std::floor(x * kInvLn2 + 0.5);
    const double r = (x - n * kLn2Hi) - n * kLn2Lo;
    const double r2 = r * r;
    const double even = 1.0
        + r2 * (0.5 + r2 * (0.041666666666666664 + r2 * (0.001388888888888889
        + r2 * (2.48015873015873e-05 + r2 * (2.755731922398589e-07 + r2 * 2.08767569878681e-09)))));
    const double odd = 1.0
        + r2 * (0.16666666666666666 + r2 * (0.008333333333333333 + r2 * (0.0001984126984126984
        + r2 * (2.7557319223985893e-06 + r2 * (2.505210838544172e-08 + r2 * 1.6059043836821613e-10)))));
    // Exact scaling by 2^n (|n| <= 1010: a normal double), without a libm call.
    const std::uint64_t bits = static_cast<std::uint64_t>(static_cast<std::int64_t>(n) + 1023) << 52;
    double scale;
    std::memcpy(&scale, &bits, sizeof scale);
    return (even + r * odd) * scale;
}

// ---------------------------------------------------------------------------------------------
// Columns

const ColumnSpec kColumns[kColumnCount] = {
    {"user_id", ColumnSpec::Integer, UserId},
    {"signup_date", ColumnSpec::Date, 0},
    {"age", ColumnSpec::Integer, Age},
    {"gender", ColumnSpec::Category, Gender},
    {"city_tier", ColumnSpec::Category, CityTier},
    {"income_band", ColumnSpec::Category, IncomeBand},
    {"membership", ColumnSpec::Category, Membership},
    {"device", ColumnSpec::Category, Device},
    {"sessions_30d", ColumnSpec::Integer, Sessions},
    {"page_views_30d", ColumnSpec::Integer, PageViews},
    {"avg_session_minutes", ColumnSpec::Real, SessionMinutes, 2},
    {"cart_adds_30d", ColumnSpec::Integer, CartAdds},
    {"orders_90d", ColumnSpec::Integer, Orders},
    {"avg_order_value", ColumnSpec::Real, OrderValue, 2},
    {"days_since_last_order", ColumnSpec::Integer, Recency},
    {"coupon_rate", ColumnSpec::Real, CouponRate, 3},
    {"returns_rate", ColumnSpec::Real, ReturnsRate, 3},
    {"spend_next_90d", ColumnSpec::Real, Spend, 2},
};

namespace {

constexpr const char* kGenders[] = {"female", "male", "other"};
constexpr const char* kTiers[] = {"Tier 1", "Tier 2", "Tier 3"};
constexpr const char* kIncomeBands[] = {"low", "middle", "upper-middle", "high"};
constexpr const char* kMemberships[] = {"none", "silver", "gold", "platinum"};
constexpr const char* kDevices[] = {"mobile", "desktop", "tablet"};

} // namespace

Levels levels(CategoryField field)
{
    switch (field) {
    case Gender:
        return {kGenders, 3};
    case CityTier:
        return {kTiers, 3};
    case IncomeBand:
        return {kIncomeBands, 4};
    case Membership:
        return {kMemberships, 4};
    case Device:
        return {kDevices, 3};
    case kCategoryFields:
        break;
    }
    return {nullptr, 0};
}

// ---------------------------------------------------------------------------------------------
// The customer model (docs/synthetic_data.md explains each line)

namespace {

constexpr std::int64_t kReferenceDay = 20089; // 2025-01-01: "today" for signup dates

double round2(double v) { return std::round(v * 100.0) / 100.0; }
double round3(double v) { return std::round(v * 1000.0) / 1000.0; }
double sigmoid(double z) { return 1.0 / (1.0 + detExp(-z)); }
double power(double base, double exponent) { return base > 0.0 ? detExp(exponent * detLog(base)) : 0.0; }

double rateOrZero(double rate)
{
    return rate > 0.0 ? std::min(rate, 1.0) : 0.0; // NaN and negatives: none
}

/// Functions of integer counts (cart adds, orders, sessions, days), tabulated once: they
/// were a third of the generation time. A table entry is the function's own value, so the
/// documented formula holds exactly; arguments past the table are computed.
class CountTable
{
public:
    template <class F>
    CountTable(int size, F f) : m_f(f)
    {
        for (int k = 0; k < size; ++k)
            m_values.push_back(f(static_cast<double>(k)));
    }
    double operator()(double k) const
    {
        return k < static_cast<double>(m_values.size()) ? m_values[static_cast<std::size_t>(k)] : m_f(k);
    }

private:
    std::vector<double> m_values;
    double (*m_f)(double);
};

double recencyFactor(double days)
{
    return days <= 30.0 ? 1.0 : days <= 90.0 ? 0.8 : 0.25 + 0.55 * detExp(-(days - 90.0) / 60.0);
}

struct Tables
{
    CountTable cartPower{512, [](double k) { return power(k, 0.85); }};
    CountTable intensity{512, [](double k) { return power(0.5 + k, 0.75); }};
    CountTable cartSaturation{512, [](double k) { return 1.0 - detExp(-k / 5.0); }};
    CountTable sessionSaturation{512, [](double k) { return 1.0 - detExp(-k / 10.0); }};
    CountTable recency{731, recencyFactor};
};

const Tables& tables()
{
    static const Tables t;
    return t;
}

constexpr double kMemberFactor[] = {1.0, 1.15, 1.35, 1.6};
constexpr double kIncomeFactor[] = {0.8, 1.0, 1.2, 1.45};

} // namespace

RowModel::RowModel(const SyntheticOptions& options)
    : m_rng(options.seed), m_missingRate(rateOrZero(options.missingRate)),
      m_outlierRate(rateOrZero(options.outlierRate))
{
}

void RowModel::next(Row& row)
{
    // Every row draws the same sequence of variates whatever their values (only the
    // Poisson and polar loops vary, deterministically), so row i depends on the seed only.
    Rng& g = m_rng;
    double* x = row.numbers;
    std::int32_t* c = row.codes;
    x[UserId] = static_cast<double>(100001 + m_index++);

    // Two latent traits drive everything: affluence and engagement, both N(0, 1).
    const double affluence = g.normal();
    const double engagement = g.normal();

    const double age = std::clamp(std::floor(38.0 + 12.0 * g.normal() + 3.0 * affluence + 0.5), 18.0, 80.0);
    x[Age] = age;
    const double genderDraw = g.uniform();
    c[Gender] = genderDraw < 0.49 ? 0 : genderDraw < 0.97 ? 1 : 2;
    const double incomeScore = 0.85 * affluence + 0.53 * g.normal();
    const int income = incomeScore < -0.75 ? 0 : incomeScore < 0.35 ? 1 : incomeScore < 1.1 ? 2 : 3;
    c[IncomeBand] = income;
    const double tierScore = 0.6 * affluence + 0.8 * g.normal();
    const int tier = tierScore > 0.55 ? 0 : tierScore > -0.45 ? 1 : 2; // code 0 = "Tier 1"
    c[CityTier] = tier;
    const double memberScore = 0.55 * engagement + 0.45 * affluence + 0.7 * g.normal();
    const int level = memberScore < 0.25 ? 0 : memberScore < 0.95 ? 1 : memberScore < 1.6 ? 2 : 3;
    c[Membership] = level;
    const double mobileShare = std::clamp(0.62 - 0.008 * (age - 38.0), 0.25, 0.9);
    const double deviceDraw = g.uniform();
    const double desktopEnd = mobileShare + (1.0 - mobileShare) * 0.72;
    const int device = deviceDraw < mobileShare ? 0 : deviceDraw < desktopEnd ? 1 : 2;
    c[Device] = device;
    // Members have been around longer: tenure skews up with the membership level.
    const double tenureDays = 20.0 + std::floor(2400.0 * power(g.uniform(), 1.4 - 0.2 * level));
    row.signupDay = kReferenceDay - static_cast<std::int64_t>(tenureDays);

    // The funnel: sessions -> page views -> cart adds -> orders.
    const double sessions = g.poisson(detExp(1.75 + 0.55 * engagement + 0.12 * level));
    x[Sessions] = sessions;
    const double pagesPerSession = detExp(1.45 + 0.12 * engagement + 0.18 * g.normal());
    const double pageViews = g.poisson(sessions * pagesPerSession);
    x[PageViews] = pageViews;
    const double minutesNoise = g.normal();
    x[SessionMinutes] = sessions > 0.0
        ? round2(detExp(1.7 + 0.18 * engagement + (device == 1 ? 0.15 : 0.0) + 0.35 * minutesNoise))
        : 0.0;
    const double cartAdds = g.poisson(pageViews * 0.045 * detExp(0.25 * affluence + 0.15 * engagement));
    x[CartAdds] = cartAdds;
    const Tables& t = tables();
    const double orders
        = g.poisson(0.3 + 0.75 * t.cartPower(cartAdds) * detExp(0.2 * affluence + 0.1 * level));
    x[Orders] = orders;
    const double orderValue = round2(detExp(3.55 + 0.3 * affluence + 0.12 * income + 0.1 * level
                                            + (tier == 0 ? 0.12 : 0.0) + 0.35 * g.normal()));
    x[OrderValue] = orderValue;
    // Recency agrees with the order count: an order in the last 90 days iff orders_90d > 0.
    const double wait = -detLog(g.uniform());
    const double recency = orders > 0.0
        ? std::min(89.0, std::floor(wait * 30.0 * detExp(-0.35 * engagement) / std::sqrt(orders)))
        : std::min(730.0, 90.0 + std::floor(wait * 80.0 * detExp(-0.3 * engagement)));
    x[Recency] = recency;
    const double coupon
        = round3(sigmoid(-1.1 - 0.45 * affluence + (income == 0 ? 0.3 : 0.0) + 0.7 * g.normal()));
    x[CouponRate] = coupon;
    const double returns = round3(sigmoid(-2.4 + (tier == 0 ? 0.3 : 0.0) + 0.6 * g.normal()));
    x[ReturnsRate] = returns;

    // The target, from the clean values (formula in synthetic.h).
    const double price = orderValue * (1.0 - 0.3 * coupon) * (1.0 - 0.8 * returns);
    const double intensity = t.intensity(orders);                                   // (0.5 + orders)^0.75
    const double engage = 1.0 + 0.6 * t.cartSaturation(cartAdds) + 0.3 * t.sessionSaturation(sessions);
    const double recent = t.recency(recency);
    const double noise = detExp(0.25 * g.normal() - 0.03125);
    x[Spend] = round2(price * intensity * engage * kMemberFactor[level] * kIncomeFactor[income] * recent
                      * noise);

    // Data problems, after the target: x10 spikes (typos, bots), then empty cells.
    if (g.uniform() < m_outlierRate)
        x[OrderValue] = round2(x[OrderValue] * 10.0);
    if (g.uniform() < m_outlierRate)
        x[PageViews] *= 10.0;
    constexpr double nan = std::numeric_limits<double>::quiet_NaN();
    for (const int field :
         {Age, PageViews, SessionMinutes, CartAdds, OrderValue, Recency, CouponRate, ReturnsRate}) {
        if (g.uniform() < m_missingRate)
            x[field] = nan;
    }
    for (const int field : {Gender, CityTier, IncomeBand}) {
        if (g.uniform() < m_missingRate)
            c[field] = -1;
    }
    if (g.uniform() < m_missingRate)
        row.signupDay = kMissingDay;
}

} // namespace pp::synthetic
