#pragma once

#include <QCoreApplication>
#include <QString>

#include <cmath>
#include <cstdint>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

namespace pp {

enum class ColumnType : std::uint8_t {
    Numeric,      ///< doubles, NaN = missing
    Categorical,  ///< dictionary-encoded, int32 codes, -1 = missing
    Boolean,      ///< int8 0/1, -1 = missing
    DateTime,     ///< int64 ms since the Unix epoch (UTC), kMissingTime = missing
    Text,         ///< free text in a UTF-8 arena
};

/// What a column is for in modelling. Id-like columns start as Id (not a feature).
enum class ColumnRole : std::uint8_t { Feature, Target, Id, Ignore };

/// Stable lower-case names used in JSON and settings ("numeric", "categorical", ...).
QString columnTypeName(ColumnType type);
bool columnTypeFromName(const QString& name, ColumnType* out);
/// Translated name for display.
QString columnTypeDisplayName(ColumnType type);
QString columnRoleName(ColumnRole role);
bool columnRoleFromName(const QString& name, ColumnRole* out);
QString columnRoleDisplayName(ColumnRole role);

inline constexpr std::int64_t kMissingTime = std::numeric_limits<std::int64_t>::min();
inline constexpr std::int32_t kMissingCode = -1;
inline constexpr std::int8_t kMissingBool = -1;

/// Free text stored without one heap allocation per cell: all bytes in one arena.
class TextStore
{
public:
    void reserve(std::size_t rows, std::size_t bytes);
    void append(std::string_view utf8);
    void appendMissing();
    std::size_t size() const { return m_offsets.empty() ? 0 : m_offsets.size() - 1; }
    bool isMissing(std::size_t row) const { return m_missing[row] != 0; }
    std::string_view view(std::size_t row) const
    {
        return std::string_view(m_bytes.data() + m_offsets[row], m_offsets[row + 1] - m_offsets[row]);
    }
    QString at(std::size_t row) const;
    void appendFrom(const TextStore& other);
    void clear();
    std::size_t byteSize() const { return m_bytes.size(); }

private:
    std::string m_bytes;
    std::vector<std::uint64_t> m_offsets{0};
    std::vector<std::uint8_t> m_missing;
};

/// One column of a Table. Exactly one storage vector is used, chosen by `type`.
class Column
{
    Q_DECLARE_TR_FUNCTIONS(pp::Column)
public:
    Column() = default;
    Column(QString name, ColumnType type) : m_name(std::move(name)), m_type(type) {}

    static Column numeric(QString name, std::vector<double> values);
    static Column categorical(QString name, std::vector<std::int32_t> codes, std::vector<QString> dictionary);
    /// Builds the dictionary from strings; empty optional-like `missing` flags per row.
    static Column categoricalFromStrings(QString name, const std::vector<QString>& values,
                                         const std::vector<bool>& missing = {});
    static Column boolean(QString name, std::vector<std::int8_t> values);
    static Column dateTime(QString name, std::vector<std::int64_t> msSinceEpoch, QString format = {});
    static Column text(QString name, const std::vector<QString>& values, const std::vector<bool>& missing = {});

    const QString& name() const { return m_name; }
    void setName(const QString& name) { m_name = name; }
    ColumnType type() const { return m_type; }
    ColumnRole role() const { return m_role; }
    void setRole(ColumnRole role) { m_role = role; }
    /// Integer values that look like identifiers (unique, or named like an id).
    bool isIdLike() const { return m_idLike; }
    void setIdLike(bool idLike) { m_idLike = idLike; }

    std::size_t size() const;
    bool isMissing(std::size_t row) const;
    std::size_t missingCount() const;

    /// Value as a double: numbers; booleans 0/1; datetimes in ms; categorical codes
    /// (as numbers, -> NaN when missing); text -> NaN.
    double numericAt(std::size_t row) const;
    /// Value as shown to a user ("" when missing).
    QString displayAt(std::size_t row) const;

    // Typed storage. Only the vector that matches type() is non-empty.
    std::vector<double>& numbers() { return m_numbers; }
    const std::vector<double>& numbers() const { return m_numbers; }
    std::vector<std::int32_t>& codes() { return m_codes; }
    const std::vector<std::int32_t>& codes() const { return m_codes; }
    std::vector<QString>& dictionary() { return m_dictionary; }
    const std::vector<QString>& dictionary() const { return m_dictionary; }
    std::vector<std::int8_t>& bools() { return m_bools; }
    const std::vector<std::int8_t>& bools() const { return m_bools; }
    std::vector<std::int64_t>& times() { return m_times; }
    const std::vector<std::int64_t>& times() const { return m_times; }
    TextStore& text() { return m_text; }
    const TextStore& text() const { return m_text; }

    /// Original textual format of datetimes ("yyyy-MM-dd", ...), for display and export.
    const QString& timeFormat() const { return m_timeFormat; }
    void setTimeFormat(const QString& f) { m_timeFormat = f; }

    /// A copy with only the given rows, in that order.
    Column takeRows(const std::vector<std::size_t>& rows) const;
    /// Appends another column of the same type (dictionaries are merged).
    void append(const Column& other);

    /// Converts to another type (through the display text where needed). Values that
    /// cannot be converted become missing; `lost` receives how many.
    Column convertedTo(ColumnType type, std::size_t* lost = nullptr) const;

    std::size_t memoryBytes() const;

private:
    QString m_name;
    ColumnType m_type = ColumnType::Numeric;
    ColumnRole m_role = ColumnRole::Feature;
    bool m_idLike = false;
    QString m_timeFormat;

    std::vector<double> m_numbers;
    std::vector<std::int32_t> m_codes;
    std::vector<QString> m_dictionary;
    std::vector<std::int8_t> m_bools;
    std::vector<std::int64_t> m_times;
    TextStore m_text;
};

/// Formats a double as pandas/numpy prints it for humans: up to 15 significant digits,
/// no trailing zeros.
QString formatNumber(double v, int significant = 15);
/// Formats epoch ms with the given Qt date format (ISO when empty).
QString formatDateTime(std::int64_t ms, const QString& format);

} // namespace pp
