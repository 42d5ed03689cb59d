#pragma once

#include "data/column.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace pp {

/// A columnar in-memory data set: every column has the same number of rows.
class Table
{
public:
    Table() = default;

    std::size_t rowCount() const { return m_columns.empty() ? 0 : m_columns.front().size(); }
    std::size_t columnCount() const { return m_columns.size(); }

    Column& column(std::size_t i) { return m_columns[i]; }
    const Column& column(std::size_t i) const { return m_columns[i]; }
    /// Index of the column named `name`, or -1.
    int indexOf(const QString& name) const;
    Column* find(const QString& name);
    const Column* find(const QString& name) const;
    QStringList columnNames() const;

    void addColumn(Column column) { m_columns.push_back(std::move(column)); }
    void insertColumn(std::size_t at, Column column);
    void removeColumn(std::size_t i) { m_columns.erase(m_columns.begin() + static_cast<std::ptrdiff_t>(i)); }
    std::vector<Column>& columns() { return m_columns; }
    const std::vector<Column>& columns() const { return m_columns; }

    /// A copy with only the given rows (in order).
    Table takeRows(const std::vector<std::size_t>& rows) const;
    /// The first `n` rows.
    Table head(std::size_t n) const;

    /// Where the data came from (path, table or query), for display and provenance.
    const QString& source() const { return m_source; }
    void setSource(const QString& source) { m_source = source; }

    std::size_t memoryBytes() const;

private:
    std::vector<Column> m_columns;
    QString m_source;
};

} // namespace pp
