#pragma once

#include "data/column.h"

#include <limits>
#include <vector>

namespace pp {

/// Whether statistics can read a column as numbers: numeric and boolean (0/1) always,
/// datetimes (ms since the epoch) where the caller allows them.
inline bool isNumericLike(ColumnType type, bool allowDateTime)
{
    return type == ColumnType::Numeric || type == ColumnType::Boolean
           || (allowDateTime && type == ColumnType::DateTime);
}

/// A numeric-like column's values as doubles, NaN = missing. Numeric columns are read in
/// place; the others are converted into `buffer` with one typed loop (Column::numericAt()
/// switches on the type for every cell). Other types give all-NaN.
inline const double* numericValues(const Column& column, std::vector<double>& buffer)
{
    constexpr double nan = std::numeric_limits<double>::quiet_NaN();
    const std::size_t n = column.size();
    switch (column.type()) {
    case ColumnType::Numeric:
        return column.numbers().data();
    case ColumnType::Boolean:
        buffer.resize(n);
        for (std::size_t i = 0; i < n; ++i)
            buffer[i] = column.bools()[i] < 0 ? nan : static_cast<double>(column.bools()[i]);
        return buffer.data();
    case ColumnType::DateTime:
        buffer.resize(n);
        for (std::size_t i = 0; i < n; ++i)
            buffer[i] = column.times()[i] == kMissingTime ? nan : static_cast<double>(column.times()[i]);
        return buffer.data();
    default:
        buffer.assign(n, nan);
        return buffer.data();
    }
}

} // namespace pp
