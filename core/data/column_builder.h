#pragma once

#include "common/result.h"
#include "data/column.h"
#include "data/import_options.h"

#include <QString>

#include <optional>
#include <string_view>
#include <vector>

namespace pp {

/// Rules that turn text cells into typed values, shared by every importer.
struct InferenceRules
{
    QStringList naTokens = defaultNaTokens();
    bool decimalComma = false;
    bool thousandsSeparator = false;

    /// Is `cell` (already unquoted, UTF-8) one of the NA tokens? Surrounding spaces ignored.
    bool isNa(std::string_view cell) const;
    /// Parses a number with the rules' decimal and thousands settings. Leading/trailing
    /// spaces are accepted; "inf"/"nan" words are not numbers here (they'd hide typos).
    bool parseNumber(std::string_view cell, double* out) const;
};

/// Parses a boolean word: true/false, yes/no, t/f, y/n (any case). Digits are not booleans.
bool parseBoolWord(std::string_view cell, std::int8_t* out);

/// A date/time layout recognised in text cells.
struct DateLayout
{
    int id = -1;          ///< internal index; -1 = none
    QString qtFormat;     ///< the equivalent Qt format, for display ("yyyy-MM-dd")
};
/// Tries the known layouts (ISO date/time, M/D/YYYY, D.M.YYYY, DD-Mon-YY, YYYY/MM/DD...).
/// `layout` in/out: when >= 0 only that layout is tried (columns share one layout).
bool parseDateTime(std::string_view cell, int* layout, std::int64_t* msSinceEpoch);
QString dateLayoutQtFormat(int layout);
/// The display format for a date/time column: the layout's date format, plus " HH:mm" or
/// " HH:mm:ss" when any value has a time of day (so times are not hidden).
QString dateTimeDisplayFormat(int layout, const std::vector<std::int64_t>& values);

/// Does a column name look like an identifier ("id", "user_id", "CustomerID", "编号")?
bool looksLikeIdName(const QString& name);

/// Builds one column from cells given one at a time (as text, or already typed by the
/// source format), then chooses the column type: numeric, boolean, datetime,
/// categorical (few distinct values) or free text. Used by the XLSX and SQLite importers
/// and for small inputs; the CSV reader has a faster path with the same rules.
class ColumnBuilder
{
public:
    explicit ColumnBuilder(QString name, InferenceRules rules = {});

    void addText(std::string_view utf8);
    void addText(const QString& text);
    void addNumber(double v);
    void addBool(bool v);
    void addDateTime(std::int64_t msSinceEpoch);
    void addMissing();

    std::size_t size() const { return m_cells.size(); }

    /// Chooses a type (or uses `forced`) and builds the column. Cells that don't fit a
    /// forced type become missing and are reported in `warnings` (kind "type_conversion").
    Column finish(std::optional<ColumnType> forced = std::nullopt, std::vector<Warning>* warnings = nullptr,
                  bool inferTypes = true) const;

private:
    enum class Kind : std::uint8_t { Missing, Number, Bool, DateTime, Text };
    struct Cell
    {
        Kind kind;
        double number;
        std::int64_t time;
        std::uint32_t textIndex;
    };
    QString m_name;
    InferenceRules m_rules;
    std::vector<Cell> m_cells;
    std::vector<QString> m_texts;
};

/// Chooses between categorical and free text from the distinct count: categorical when
/// there are at most max(20, min(2000, half the non-missing values)) distinct values.
bool preferCategorical(std::size_t distinct, std::size_t nonMissing);

/// Applies the id-like rule to a finished column and sets its role to Id when it fires:
/// integer-valued numeric or categorical/text columns whose values are all distinct and
/// whose name looks like an id, or integer columns that are a strictly increasing sequence.
void flagIdLike(Column& column);

} // namespace pp
