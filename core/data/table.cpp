#include "data/table.h"

namespace pp {

int Table::indexOf(const QString& name) const
{
    for (std::size_t i = 0; i < m_columns.size(); ++i)
        if (m_columns[i].name() == name)
            return static_cast<int>(i);
    return -1;
}

Column* Table::find(const QString& name)
{
    const int i = indexOf(name);
    return i < 0 ? nullptr : &m_columns[static_cast<std::size_t>(i)];
}

const Column* Table::find(const QString& name) const
{
    const int i = indexOf(name);
    return i < 0 ? nullptr : &m_columns[static_cast<std::size_t>(i)];
}

QStringList Table::columnNames() const
{
    QStringList names;
    names.reserve(static_cast<qsizetype>(m_columns.size()));
    for (const auto& c : m_columns)
        names << c.name();
    return names;
}

void Table::insertColumn(std::size_t at, Column column)
{
    at = std::min(at, m_columns.size());
    m_columns.insert(m_columns.begin() + static_cast<std::ptrdiff_t>(at), std::move(column));
}

Table Table::takeRows(const std::vector<std::size_t>& rows) const
{
    Table t;
    t.m_source = m_source;
    t.m_columns.reserve(m_columns.size());
    for (const auto& c : m_columns)
        t.m_columns.push_back(c.takeRows(rows));
    return t;
}

Table Table::head(std::size_t n) const
{
    n = std::min(n, rowCount());
    std::vector<std::size_t> rows(n);
    for (std::size_t i = 0; i < n; ++i)
        rows[i] = i;
    return takeRows(rows);
}

std::size_t Table::memoryBytes() const
{
    std::size_t bytes = 0;
    for (const auto& c : m_columns)
        bytes += c.memoryBytes();
    return bytes;
}

} // namespace pp
