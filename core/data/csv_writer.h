#pragma once

#include "common/job.h"
#include "common/result.h"
#include "data/table.h"

#include <QByteArray>
#include <QString>

namespace pp {

/// Writes `table` as CSV: UTF-8 without BOM, a header row, ',' between fields, '\n' after
/// each row, RFC 4180 quoting (a field is quoted when it holds a comma, a quote, a line break
/// or leading/trailing spaces; quotes inside are doubled). Missing values are empty fields; a
/// present but empty text is written as "". Numbers use the shortest text that reads back to
/// the same double (std::to_chars), inf/-inf as pandas writes them; booleans true/false;
/// dates as ISO 8601 (yyyy-MM-dd, or yyyy-MM-dd HH:mm:ss[.zzz] when a time is present) in
/// UTC, whatever format they were read in, so the file reads back unambiguously.
/// The file is replaced atomically (QSaveFile): a failed or cancelled write leaves any old
/// file as it was. Progress and cancellation through `job`.
Status writeCsv(const Table& table, const QString& path, JobControl* job = nullptr);

/// The same CSV in memory (tests, clipboard).
QByteArray csvBytes(const Table& table);

} // namespace pp
