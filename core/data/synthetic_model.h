#pragma once

// Internals of the synthetic data set (data/synthetic.h): the random number generator,
// platform-independent math and the model of one customer row. Shared by the table
// builder and the CSV writer so that both produce the same values.

#include "data/synthetic.h"

#include <array>
#include <cstdint>

namespace pp::synthetic {

/// xoshiro256** 1.0 (Blackman & Vigna), seeded with splitmix64 as its authors advise.
class Rng
{
public:
    explicit Rng(std::uint64_t seed);
    std::uint64_t next();
    /// Uniform in the open interval (0, 1): 53 random bits, never 0 (safe for log).
    double uniform()
    {
        // Through int64: one conversion instruction, where uint64 -> double takes several.
        return (static_cast<double>(static_cast<std::int64_t>(next() >> 11)) + 0.5) * 0x1.0p-53;
    }
    /// Standard normal, Marsaglia's polar method (the rejection test is exact IEEE
    /// arithmetic, so every platform draws the same numbers).
    double normal();
    /// Poisson count: product of uniforms below 30, rounded normal approximation above.
    double poisson(double mean);

private:
    std::array<std::uint64_t, 4> m_s{};
    double m_spare = 0.0;
    bool m_hasSpare = false;
};

/// Natural logarithm and exponential from + - * / only: libm's versions may differ in
/// the last bit between platforms, and one bit can flip a category threshold. Accurate
/// to a few ulp. detLog expects x > 0; detExp clamps its argument to [-700, 700].
double detLog(double x);
double detExp(double x);

enum NumericField : int {
    UserId,
    Age,
    Sessions,
    PageViews,
    SessionMinutes,
    CartAdds,
    Orders,
    OrderValue,
    Recency,
    CouponRate,
    ReturnsRate,
    Spend,
    kNumericFields
};
enum CategoryField : int { Gender, CityTier, IncomeBand, Membership, Device, kCategoryFields };

inline constexpr std::int64_t kMissingDay = INT64_MIN;

/// One customer. Missing: NaN numbers, code -1, kMissingDay.
struct Row
{
    double numbers[kNumericFields];
    std::int32_t codes[kCategoryFields];
    std::int64_t signupDay; ///< days since 1970-01-01
};

/// A column of the data set, in table and CSV order.
struct ColumnSpec
{
    enum Kind { Integer, Real, Category, Date };
    const char* name;
    Kind kind;
    int field;        ///< NumericField or CategoryField; unused for the date
    int decimals = 0; ///< Real: the model rounds the values to this many decimals
};
inline constexpr int kColumnCount = 18;
extern const ColumnSpec kColumns[kColumnCount];

/// The levels of a categorical field, in code order.
struct Levels
{
    const char* const* names;
    int count;
};
Levels levels(CategoryField field);

/// Draws rows one after the other; row i is the same whoever asks.
class RowModel
{
public:
    explicit RowModel(const SyntheticOptions& options);
    void next(Row& row);

private:
    Rng m_rng;
    std::int64_t m_index = 0;
    double m_missingRate;
    double m_outlierRate;
};

} // namespace pp::synthetic
