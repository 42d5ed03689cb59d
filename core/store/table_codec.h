#pragma once

#include "common/job.h"
#include "common/result.h"
#include "data/table.h"

#include <QByteArray>

namespace pp::store {

/// Serialises a Table column by column (names, types, roles, then each column's storage
/// zlib-compressed) so a project keeps the imported data exactly, without re-parsing the
/// source file. Arrays are stored little-endian.
QByteArray encodeTable(const Table& table, JobControl* job = nullptr);
/// Reads what encodeTable wrote; corrupt or truncated data is an error, never a crash.
Result<Table> decodeTable(const QByteArray& bytes, JobControl* job = nullptr);

} // namespace pp::store
