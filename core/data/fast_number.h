#pragma once

#include <charconv>
#include <cstdint>
#include <cstring>

namespace pp::detail {

// Exact powers of ten representable as doubles (10^0 .. 10^22).
inline constexpr double kExactPow10[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                         1e8,  1e9,  1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
                                         1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

/// Parses a plain decimal number ("-12", "3.25", "  7 ", "1e-5") into a double, exactly as
/// strtod would (correct rounding). The common case — at most 15 significant digits and
/// no exponent — takes Clinger's fast path: an exact integer mantissa divided by an exact
/// power of ten is correctly rounded by IEEE division. Everything else goes to
/// std::from_chars (correctly rounded too). Words like "inf"/"nan" are rejected.
inline bool parseDecimal(const char* p, const char* end, double* out)
{
    while (p < end && (*p == ' ' || *p == '\t'))
        ++p;
    while (end > p && (end[-1] == ' ' || end[-1] == '\t' || end[-1] == '\r'))
        --end;
    if (p == end)
        return false;
    const char* start = p;
    bool negative = false;
    if (*p == '-' || *p == '+') {
        negative = *p == '-';
        ++p;
        if (p == end)
            return false;
    }
    std::uint64_t mantissa = 0;
    int digits = 0;
    int fraction = 0;
    const char* q = p;
    while (q < end && static_cast<unsigned>(*q - '0') < 10u) {
        mantissa = mantissa * 10 + static_cast<unsigned>(*q - '0');
        ++digits;
        ++q;
    }
    const int intDigits = digits;
    if (q < end && *q == '.') {
        ++q;
        while (q < end && static_cast<unsigned>(*q - '0') < 10u) {
            mantissa = mantissa * 10 + static_cast<unsigned>(*q - '0');
            ++digits;
            ++fraction;
            ++q;
        }
    }
    if (q == end && digits > 0 && digits <= 15 && (intDigits > 0 || fraction > 0)) {
        double v = static_cast<double>(mantissa);
        if (fraction > 0)
            v /= kExactPow10[fraction];
        *out = negative ? -v : v;
        return true;
    }
    if (digits == 0)
        return false;  // "-", ".", "e5", words
    // Slow path: long mantissas, exponents. from_chars takes no leading '+'.
    const char* s = (*start == '+') ? start + 1 : start;
    const auto res = std::from_chars(s, end, *out);
    return res.ec == std::errc() && res.ptr == end;
}

} // namespace pp::detail
