#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace pp::detail {

/// An insert-only hash set of byte strings that hands out dense codes in order of first
/// insertion. Keys live in one arena, so a million cells cost no per-cell allocation and
/// the source buffer can go away. Used by the CSV reader to dictionary-encode columns.
class StringDict
{
public:
    StringDict() { m_slots.assign(64, -1); }

    /// Code of `key`, inserting it if new; `inserted` tells which.
    std::int32_t findOrInsert(std::string_view key, bool* inserted)
    {
        const std::uint64_t h = hash(key);
        std::size_t mask = m_slots.size() - 1;
        std::size_t i = static_cast<std::size_t>(h) & mask;
        while (true) {
            const std::int32_t code = m_slots[i];
            if (code < 0)
                break;
            if (m_hashes[static_cast<std::size_t>(code)] == h && view(code) == key) {
                *inserted = false;
                return code;
            }
            i = (i + 1) & mask;
        }
        const auto code = static_cast<std::int32_t>(m_offsets.size());
        m_offsets.push_back(m_arena.size());
        m_lengths.push_back(static_cast<std::uint32_t>(key.size()));
        m_hashes.push_back(h);
        m_arena.append(key.data(), key.size());
        m_slots[i] = code;
        *inserted = true;
        if (m_offsets.size() * 2 > m_slots.size())
            grow();
        return code;
    }

    std::size_t size() const { return m_offsets.size(); }
    std::string_view view(std::int32_t code) const
    {
        const auto c = static_cast<std::size_t>(code);
        return std::string_view(m_arena.data() + m_offsets[c], m_lengths[c]);
    }

    static std::uint64_t hash(std::string_view s)
    {
        // FNV-1a over 8-byte words, then a final avalanche (splitmix64).
        std::uint64_t h = 0xcbf29ce484222325ULL ^ s.size();
        std::size_t i = 0;
        for (; i + 8 <= s.size(); i += 8) {
            std::uint64_t w;
            __builtin_memcpy(&w, s.data() + i, 8);
            h = (h ^ w) * 0x100000001b3ULL;
        }
        for (; i < s.size(); ++i)
            h = (h ^ static_cast<unsigned char>(s[i])) * 0x100000001b3ULL;
        h ^= h >> 30;
        h *= 0xbf58476d1ce4e5b9ULL;
        h ^= h >> 27;
        h *= 0x94d049bb133111ebULL;
        h ^= h >> 31;
        return h;
    }

private:
    void grow()
    {
        std::vector<std::int32_t> slots(m_slots.size() * 2, -1);
        const std::size_t mask = slots.size() - 1;
        for (std::size_t c = 0; c < m_offsets.size(); ++c) {
            std::size_t i = static_cast<std::size_t>(m_hashes[c]) & mask;
            while (slots[i] >= 0)
                i = (i + 1) & mask;
            slots[i] = static_cast<std::int32_t>(c);
        }
        m_slots.swap(slots);
    }

    std::string m_arena;
    std::vector<std::uint64_t> m_offsets;
    std::vector<std::uint32_t> m_lengths;
    std::vector<std::uint64_t> m_hashes;
    std::vector<std::int32_t> m_slots;
};

} // namespace pp::detail
