#pragma once

#include <QString>

#include <list>
#include <memory>
#include <utility>

namespace pp {

/// A small least-recently-used cache of computed results by key (a column and the settings
/// that produced them), so that going back to a column or a setting on a big table shows
/// its chart at once. Results are shared and immutable; clear() when the data set changes.
template <class T>
class ResultCache
{
public:
    explicit ResultCache(std::size_t capacity = 24) : m_capacity(capacity) {}

    std::shared_ptr<const T> find(const QString& key)
    {
        for (auto it = m_entries.begin(); it != m_entries.end(); ++it) {
            if (it->first == key) {
                m_entries.splice(m_entries.begin(), m_entries, it);  // most recent first
                return m_entries.front().second;
            }
        }
        return nullptr;
    }

    void insert(const QString& key, std::shared_ptr<const T> value)
    {
        for (auto it = m_entries.begin(); it != m_entries.end(); ++it) {
            if (it->first == key) {
                m_entries.erase(it);
                break;
            }
        }
        m_entries.emplace_front(key, std::move(value));
        while (m_entries.size() > m_capacity)
            m_entries.pop_back();
    }

    void clear() { m_entries.clear(); }
    std::size_t size() const { return m_entries.size(); }

private:
    std::size_t m_capacity;
    std::list<std::pair<QString, std::shared_ptr<const T>>> m_entries;
};

} // namespace pp
