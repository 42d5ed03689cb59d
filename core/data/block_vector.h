#pragma once

#include <algorithm>
#include <cstddef>
#include <memory>
#include <vector>

namespace pp::detail {

/// An append-only sequence stored in fixed-size blocks: appending never moves earlier
/// elements, so a column of unknown final length costs at most one partly-filled block
/// beyond its size (a std::vector would over-allocate and copy while growing).
template <class T, std::size_t BlockSize = 16384>
class BlockVector
{
public:
    void push_back(T value)
    {
        if (m_used == BlockSize) {
            m_blocks.emplace_back(new T[BlockSize]);
            m_current = m_blocks.back().get();
            m_used = 0;
        }
        m_current[m_used++] = value;
    }

    std::size_t size() const { return m_blocks.empty() ? 0 : (m_blocks.size() - 1) * BlockSize + m_used; }

    /// Copies every element to `out` (which has room for size() elements).
    void copyTo(T* out) const
    {
        std::size_t left = size();
        for (const auto& b : m_blocks) {
            const std::size_t n = std::min(left, BlockSize);
            std::copy(b.get(), b.get() + n, out);
            out += n;
            left -= n;
        }
    }

    template <class F>
    void forEach(F&& f) const
    {
        std::size_t left = size();
        for (const auto& b : m_blocks) {
            const std::size_t n = std::min(left, BlockSize);
            for (std::size_t i = 0; i < n; ++i)
                f(b[i]);
            left -= n;
        }
    }

    void clear()
    {
        m_blocks.clear();
        m_current = nullptr;
        m_used = BlockSize;
    }

private:
    std::vector<std::unique_ptr<T[]>> m_blocks;
    T* m_current = nullptr;
    std::size_t m_used = BlockSize;
};

} // namespace pp::detail
