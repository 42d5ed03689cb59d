#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <vector>

namespace pp::store {

/// One file of a ZIP archive written by writeZip().
struct ZipMember
{
    QString name;          ///< '/' separated, relative ("model/bundle.json")
    QByteArray data;
    QDateTime modified;    ///< invalid = now
};

enum class ZipMethod { Stored, Deflate };

/// A minimal ZIP writer for exporting model bundles: stored or deflated members (a member
/// that deflate would not shrink is stored), UTF-8 names, no ZIP64 (members and the archive
/// must stay under 4 GiB; larger ones are refused with a message), no encryption.
/// pp::ZipArchive (core/data) reads what it writes.
Result<QByteArray> zipBytes(const std::vector<ZipMember>& members, ZipMethod method = ZipMethod::Deflate);
/// Writes the archive to `path`, replacing it atomically (QSaveFile).
Status writeZip(const QString& path, const std::vector<ZipMember>& members, ZipMethod method = ZipMethod::Deflate);

} // namespace pp::store
