#pragma once

#include "common/job.h"
#include "common/result.h"
#include "data/import_options.h"
#include "data/table.h"

namespace pp {

/// A loaded table and what was detected while loading it.
struct ImportedTable
{
    Table table;
    ImportInfo info;
};

/// Loads a CSV/TSV/..., XLSX or SQLite file (format from options or detected). Never throws;
/// errors name the file, line and column where they apply. Progress and cancel via `job`.
Result<ImportedTable> importFile(const QString& path, const ImportOptions& options = {},
                                 JobControl* job = nullptr);

/// Delimited text (core/data/csv_reader.cpp).
Result<ImportedTable> readCsv(const QString& path, const ImportOptions& options, JobControl* job = nullptr);
/// Delimited text already in memory (tests, clipboard); `name` is used in messages.
Result<ImportedTable> readCsvBytes(const QByteArray& bytes, const QString& name, const ImportOptions& options,
                                   JobControl* job = nullptr);
/// Excel 2007+ workbook (core/data/xlsx_reader.cpp): the sheet in options.sheet or the first.
Result<ImportedTable> readXlsx(const QString& path, const ImportOptions& options, JobControl* job = nullptr);
/// SQLite database (core/data/sqlite_reader.cpp): options.table, or options.query (a SELECT).
Result<ImportedTable> readSqlite(const QString& path, const ImportOptions& options, JobControl* job = nullptr);

/// Sheet names of a workbook, in workbook order.
Result<QStringList> listXlsxSheets(const QString& path);
/// Table and view names of an SQLite database.
Result<QStringList> listSqliteTables(const QString& path);

} // namespace pp
