#pragma once

#include "data/column.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace pp {

enum class FileFormat { Auto, Csv, Xlsx, Sqlite };
/// What to do with a row that has more or fewer fields than the header.
enum class RaggedPolicy { Pad, Skip, Fail };
enum class HeaderMode { Auto, Yes, No };

QString fileFormatName(FileFormat f);                      // "csv", "xlsx", "sqlite", "auto"
bool fileFormatFromName(const QString& name, FileFormat* out);
/// Guesses the format from the extension and the first bytes (zip / SQLite magic).
FileFormat detectFileFormat(const QString& path);

/// The tokens read as missing by default: empty, NA, N/A, n/a, null, NULL, NaN, nan, #N/A,
/// <NA> (pandas' common defaults) plus "-" and "?". A cell is missing only if it equals a
/// token exactly.
QStringList defaultNaTokens();

/// Everything a user can set when importing. Defaults detect everything.
struct ImportOptions
{
    FileFormat format = FileFormat::Auto;

    // --- delimited text ---
    QString encoding;                 ///< empty = detect (BOM, UTF-8 validity, GB18030)
    char delimiter = 0;               ///< 0 = sniff among , ; \t |
    char quote = '"';                 ///< 0 = no quoting
    HeaderMode header = HeaderMode::Auto;
    bool decimalComma = false;        ///< "3,14" is 3.14 (then ',' can't be the delimiter)
    bool thousandsSeparator = false;  ///< accept "1,234,567" (or "1.234.567" with decimalComma)
    QStringList naTokens = defaultNaTokens();
    RaggedPolicy ragged = RaggedPolicy::Pad;
    int skipRows = 0;                 ///< lines to skip before the header
    int threads = 0;                  ///< 0 = all cores

    // --- spreadsheet ---
    QString sheet;                    ///< empty = the first sheet

    // --- SQLite ---
    QString table;                    ///< a table name, or
    QString query;                    ///< a SELECT statement

    // --- all formats ---
    qint64 maxRows = -1;              ///< stop after this many data rows (previews); -1 = all
    bool inferTypes = true;           ///< false: every column is text/categorical
    QHash<QString, ColumnType> typeOverrides;  ///< by column name
};

/// What was detected or used during an import, for the options dialog and provenance.
struct ImportInfo
{
    FileFormat format = FileFormat::Csv;
    QString encoding;
    char delimiter = ',';
    char quote = '"';
    bool hasHeader = true;
    bool decimalComma = false;        ///< numbers were read with a decimal comma
    qint64 dataRows = 0;
    qint64 skippedRows = 0;
    bool truncated = false;           ///< stopped at maxRows
    QStringList sheets;               ///< xlsx: all sheet names
    QStringList tables;               ///< sqlite: all table names
    QString sheet;                    ///< xlsx: the sheet read
    QString table;                    ///< sqlite: the table read ("" for a query)
};

} // namespace pp
