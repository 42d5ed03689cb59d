#include "store/zip_writer.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>
#include <QtEndian>

#include <zlib.h>

#include <cstdint>
#include <limits>

namespace pp::store {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pp::store::ZipWriter)
};

constexpr std::uint32_t kLocalHeader = 0x04034b50;
constexpr std::uint32_t kCentralHeader = 0x02014b50;
constexpr std::uint32_t kEndOfCentralDirectory = 0x06054b50;
constexpr std::uint16_t kVersion = 20;          // 2.0: deflate
constexpr std::uint16_t kUtf8Names = 0x0800;    // general purpose bit 11
constexpr std::uint64_t kLimit = std::numeric_limits<std::uint32_t>::max();

void put16(QByteArray& out, std::uint16_t v)
{
    char b[2];
    qToLittleEndian(v, b);
    out.append(b, 2);
}

void put32(QByteArray& out, std::uint32_t v)
{
    char b[4];
    qToLittleEndian(v, b);
    out.append(b, 4);
}

/// MS-DOS date and time (local time, 2-second resolution, years 1980..2107).
std::pair<std::uint16_t, std::uint16_t> dosDateTime(QDateTime when)
{
    if (!when.isValid())
        when = QDateTime::currentDateTime();
    when = when.toLocalTime();
    const QDate d = when.date();
    const QTime t = when.time();
    if (d.year() < 1980)
        return {static_cast<std::uint16_t>((1 << 5) | 1), 0};  // 1980-01-01 00:00
    const auto date = static_cast<std::uint16_t>(((std::min(d.year(), 2107) - 1980) << 9) | (d.month() << 5) | d.day());
    const auto time = static_cast<std::uint16_t>((t.hour() << 11) | (t.minute() << 5) | (t.second() / 2));
    return {time, date};
}

/// Raw deflate (no zlib header), as ZIP stores it.
bool deflateRaw(const QByteArray& in, QByteArray* out)
{
    z_stream z{};
    if (deflateInit2(&z, Z_BEST_COMPRESSION, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return false;
    out->resize(static_cast<qsizetype>(deflateBound(&z, static_cast<uLong>(in.size()))));
    z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.constData()));
    z.avail_in = static_cast<uInt>(in.size());
    z.next_out = reinterpret_cast<Bytef*>(out->data());
    z.avail_out = static_cast<uInt>(out->size());
    const int rc = deflate(&z, Z_FINISH);
    const auto produced = static_cast<qsizetype>(z.total_out);
    deflateEnd(&z);
    if (rc != Z_STREAM_END)
        return false;
    out->resize(produced);
    return true;
}

} // namespace

Result<QByteArray> zipBytes(const std::vector<ZipMember>& members, ZipMethod method)
{
    using R = Result<QByteArray>;
    QByteArray archive;
    QByteArray central;
    for (const ZipMember& m : members) {
        const QByteArray name = QDir::fromNativeSeparators(m.name).toUtf8();
        if (name.isEmpty() || name.startsWith('/') || name.size() > 0xffff)
            return R::failure(Tr::tr("Invalid name for a ZIP member: '%1'.").arg(m.name));
        if (static_cast<std::uint64_t>(m.data.size()) >= kLimit)
            return R::failure(Tr::tr("'%1' is too large for a ZIP archive (4 GiB at most).").arg(m.name));
        const auto crc = static_cast<std::uint32_t>(
            crc32(crc32(0L, Z_NULL, 0), reinterpret_cast<const Bytef*>(m.data.constData()), static_cast<uInt>(m.data.size())));
        std::uint16_t memberMethod = 0;
        QByteArray payload = m.data;
        if (method == ZipMethod::Deflate && !m.data.isEmpty()) {
            QByteArray deflated;
            if (!deflateRaw(m.data, &deflated))
                return R::failure(Tr::tr("Could not compress '%1'.").arg(m.name));
            if (deflated.size() < m.data.size()) {
                payload = std::move(deflated);
                memberMethod = 8;
            }
        }
        const std::uint64_t offset = static_cast<std::uint64_t>(archive.size());
        if (offset + 30 + static_cast<std::uint64_t>(name.size() + payload.size()) >= kLimit)
            return R::failure(Tr::tr("The ZIP archive would be larger than 4 GiB."));
        const auto [dosTime, dosDate] = dosDateTime(m.modified);

        put32(archive, kLocalHeader);
        put16(archive, kVersion);
        put16(archive, kUtf8Names);
        put16(archive, memberMethod);
        put16(archive, dosTime);
        put16(archive, dosDate);
        put32(archive, crc);
        put32(archive, static_cast<std::uint32_t>(payload.size()));
        put32(archive, static_cast<std::uint32_t>(m.data.size()));
        put16(archive, static_cast<std::uint16_t>(name.size()));
        put16(archive, 0);  // extra field length
        archive.append(name);
        archive.append(payload);

        put32(central, kCentralHeader);
        put16(central, kVersion);  // made by: MS-DOS attributes, spec 2.0
        put16(central, kVersion);
        put16(central, kUtf8Names);
        put16(central, memberMethod);
        put16(central, dosTime);
        put16(central, dosDate);
        put32(central, crc);
        put32(central, static_cast<std::uint32_t>(payload.size()));
        put32(central, static_cast<std::uint32_t>(m.data.size()));
        put16(central, static_cast<std::uint16_t>(name.size()));
        put16(central, 0);  // extra
        put16(central, 0);  // comment
        put16(central, 0);  // disk number
        put16(central, 0);  // internal attributes
        put32(central, 0);  // external attributes
        put32(central, static_cast<std::uint32_t>(offset));
        central.append(name);
    }
    if (members.size() > 0xffff)
        return R::failure(Tr::tr("Too many files for a ZIP archive."));
    const auto centralOffset = static_cast<std::uint64_t>(archive.size());
    if (centralOffset + static_cast<std::uint64_t>(central.size()) + 22 >= kLimit)
        return R::failure(Tr::tr("The ZIP archive would be larger than 4 GiB."));
    archive.append(central);
    put32(archive, kEndOfCentralDirectory);
    put16(archive, 0);  // this disk
    put16(archive, 0);  // disk with the central directory
    put16(archive, static_cast<std::uint16_t>(members.size()));
    put16(archive, static_cast<std::uint16_t>(members.size()));
    put32(archive, static_cast<std::uint32_t>(central.size()));
    put32(archive, static_cast<std::uint32_t>(centralOffset));
    put16(archive, 0);  // comment length
    return archive;
}

Status writeZip(const QString& path, const std::vector<ZipMember>& members, ZipMethod method)
{
    auto bytes = zipBytes(members, method);
    if (!bytes.ok())
        return Status::from(bytes);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(Tr::tr("Cannot write '%1': %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    if (file.write(bytes.value()) != bytes->size() || !file.commit())
        return Status::failure(Tr::tr("Cannot write '%1': %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return Unit{};
}

} // namespace pp::store
