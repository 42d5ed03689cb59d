#pragma once

#include "common/job.h"
#include "common/result.h"
#include "data/column_builder.h"
#include "data/import_options.h"
#include "data/table.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <vector>

namespace pp {

/// One cell as a typed source (a spreadsheet, a database) hands it over, before inference.
struct SourceCell
{
    enum class Kind : std::uint8_t {
        Empty,     ///< no cell at all: a gap in a sparse row
        Missing,   ///< a cell without a usable value: SQL NULL, an Excel error
        Number,
        Text,
        Bool,
        DateTime,
    };
    Kind kind = Kind::Empty;
    double number = 0.0;     ///< Number; Bool as 0/1
    std::int64_t time = 0;   ///< DateTime, ms since the Unix epoch (UTC)
    QString text;            ///< Text

    static SourceCell ofNumber(double v) { return {Kind::Number, v, 0, {}}; }
    static SourceCell ofText(QString s) { return {Kind::Text, 0.0, 0, std::move(s)}; }
    static SourceCell ofBool(bool b) { return {Kind::Bool, b ? 1.0 : 0.0, 0, {}}; }
    static SourceCell ofDateTime(std::int64_t ms) { return {Kind::DateTime, 0.0, ms, {}}; }
    static SourceCell missing() { return {Kind::Missing, 0.0, 0, {}}; }
};

/// A cell's value as a column name: numbers as pandas prints them, booleans TRUE/FALSE,
/// dates in ISO form, empty for missing cells.
QString sourceCellText(const SourceCell& cell);

/// The header rule of HeaderMode::Auto for typed sources: the first row is a header when
/// all its non-empty cells are words (text that reads as neither a number nor a date) and
/// the second row has at least one cell that is not a word. A lone row of words is taken
/// as a header too: a sheet holding only labels is far more likely than one data row of them.
bool looksLikeHeaderRow(const std::vector<SourceCell>& first, const std::vector<SourceCell>* second,
                        const InferenceRules& rules);

/// Column names made unique as pandas 1.5 (Debian 12) does: a repeated "a" becomes "a.1",
/// then "a.2", skipping suffixed names that occur anywhere in the list, so that a column
/// really called "a.1" keeps its name.
QStringList deduplicateColumnNames(QStringList names);

/// Collects rows of SourceCells (dense per row; a short row is padded with missing values,
/// a long one adds columns) and builds a Table with the shared type inference of
/// ColumnBuilder. Handles the header row, the "column_N" names of unnamed columns, pandas-style
/// de-duplication, ImportOptions::maxRows, typeOverrides and inferTypes.
class CellTableBuilder
{
    Q_DECLARE_TR_FUNCTIONS(pp::CellTableBuilder)
public:
    /// `header` decides whether the first row added is the header; ignored after setColumnNames().
    CellTableBuilder(const ImportOptions& options, HeaderMode header);

    /// Names known before any row (SQL result columns). Empty names become "column_N".
    void setColumnNames(const QStringList& names);

    /// Adds one non-empty row. Returns false once maxRows data rows are in and a further row
    /// arrives: the import is then truncated and the caller stops reading.
    bool addRow(const std::vector<SourceCell>& row);

    // Meaningful after finish(): rows can be held back until the header is decided.
    bool hasHeader() const { return m_hasHeader; }
    bool truncated() const { return m_truncated; }
    qint64 dataRows() const { return static_cast<qint64>(m_rows); }

    /// Infers the column types and builds the table. Returns false when `progress` reports
    /// a cancellation between columns.
    bool finish(Table* table, std::vector<Warning>* warnings, const SubProgress& progress);

private:
    struct PendingColumn
    {
        QString name;
        ColumnBuilder builder;
    };
    void resolveHeader();
    bool appendDataRow(const std::vector<SourceCell>& row);
    void setHeaderNames(const QStringList& names);
    void addColumn();

    InferenceRules m_rules;
    qint64 m_maxRows;
    bool m_inferTypes;
    QHash<QString, ColumnType> m_typeOverrides;
    HeaderMode m_headerMode;
    bool m_headerResolved = false;
    bool m_hasHeader = false;
    bool m_truncated = false;
    std::vector<std::vector<SourceCell>> m_pending;   // rows held back until the header is decided
    QStringList m_headerNames;
    std::vector<Warning> m_renamed;   // duplicate header names that were given a suffix
    std::vector<PendingColumn> m_columns;
    std::size_t m_rows = 0;
};

} // namespace pp
