#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace pp {

/// SplitMix64 (Steele, Lea & Flood 2014): turns any 64-bit seed, even 0 or 1, into
/// well-mixed state words, and derives independent per-task seeds from one user seed.
inline std::uint64_t splitMix64(std::uint64_t& state)
{
    std::uint64_t z = (state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

/// The seed of sub-task `index` (a tree, a chunk) of a job seeded with `seed`: sub-tasks get
/// unrelated streams whatever thread runs them, so results do not depend on thread count.
inline std::uint64_t deriveSeed(std::uint64_t seed, std::uint64_t index)
{
    std::uint64_t state = seed ^ (0xD1B54A32D192ED03ull * (index + 1));
    splitMix64(state);
    return splitMix64(state);
}

/// xoshiro256** (Blackman & Vigna 2018). Our own generator instead of std::mt19937 plus
/// std::uniform_*_distribution: the standard leaves the distributions' algorithms to the
/// library, so the same seed would give other samples with libc++ or MSVC.
class Random
{
public:
    explicit Random(std::uint64_t seed)
    {
        std::uint64_t state = seed;
        for (auto& word : m_s)
            word = splitMix64(state);
    }

    std::uint64_t next()
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

    /// Uniform in [0, 1) with 53 random bits.
    double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }

    /// Uniform integer in [0, bound), bound > 0, without modulo bias: draws below
    /// 2^64 mod bound are rejected (OpenBSD arc4random_uniform).
    std::uint64_t below(std::uint64_t bound)
    {
        const std::uint64_t reject = (0 - bound) % bound;
        for (;;) {
            const std::uint64_t r = next();
            if (r >= reject)
                return r % bound;
        }
    }

private:
    static std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
    std::uint64_t m_s[4];
};

/// k distinct indices out of [0, n), drawn uniformly without replacement and returned in
/// ascending order (a scatter plot of 20k out of 1M rows keeps the rows' order). The same
/// seed gives the same sample on every platform. k >= n returns every index.
/// O(k log k) when k is small against n (Floyd's algorithm), O(n) otherwise (Knuth's
/// selection sampling, Algorithm S, which yields sorted indices directly).
inline std::vector<std::size_t> sampleIndices(std::size_t n, std::size_t k, std::uint64_t seed)
{
    std::vector<std::size_t> out;
    if (k >= n) {
        out.resize(n);
        for (std::size_t i = 0; i < n; ++i)
            out[i] = i;
        return out;
    }
    out.reserve(k);
    Random rng(seed);
    if (k == 0)
        return out;
    if (k > n / 16) {
        std::size_t needed = k;
        for (std::size_t i = 0; i < n && needed > 0; ++i) {
            if (rng.below(n - i) < needed) {
                out.push_back(i);
                --needed;
            }
        }
        return out;
    }
    // Floyd: for j = n-k .. n-1 draw t in [0, j]; take t unless taken, else j. Membership
    // is an open-addressing table of 2^m slots (load <= 1/2), so no allocation per draw.
    std::size_t slots = 16;
    while (slots < 2 * k)
        slots *= 2;
    const std::size_t empty = n; // never a valid index
    std::vector<std::size_t> table(slots, empty);
    const auto insert = [&](std::size_t v) {
        std::size_t h = static_cast<std::size_t>((static_cast<std::uint64_t>(v) * 0x9E3779B97F4A7C15ull) >> 17);
        for (;; ++h) {
            std::size_t& slot = table[h & (slots - 1)];
            if (slot == v)
                return false;
            if (slot == empty) {
                slot = v;
                return true;
            }
        }
    };
    for (std::size_t j = n - k; j < n; ++j) {
        const auto t = static_cast<std::size_t>(rng.below(static_cast<std::uint64_t>(j) + 1));
        out.push_back(insert(t) ? t : (insert(j), j));
    }
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace pp
