#include "data/zip_archive.h"

#include <zlib.h>

#include <algorithm>
#include <climits>
#include <cstring>

namespace pp {

namespace {

constexpr std::uint32_t kLocalHeaderSig = 0x04034b50;
constexpr std::uint32_t kCentralHeaderSig = 0x02014b50;
constexpr std::uint32_t kEndOfCentralDirSig = 0x06054b50;
constexpr std::uint32_t kZip64LocatorSig = 0x07064b50;
constexpr int kEndOfCentralDirSize = 22;
constexpr int kCentralHeaderSize = 46;
constexpr int kLocalHeaderSize = 30;
constexpr std::uint16_t kFlagEncrypted = 0x0001;
constexpr std::uint16_t kMethodStored = 0;
constexpr std::uint16_t kMethodDeflate = 8;
constexpr qint64 kInputChunk = 16 * 1024;  // small enough for a smooth progress bar

// ZIP is little-endian throughout; read byte by byte so that alignment never matters.
std::uint16_t le16(const char* p)
{
    const auto* u = reinterpret_cast<const unsigned char*>(p);
    return static_cast<std::uint16_t>(u[0] | (u[1] << 8));
}

std::uint32_t le32(const char* p)
{
    const auto* u = reinterpret_cast<const unsigned char*>(p);
    return static_cast<std::uint32_t>(u[0]) | (static_cast<std::uint32_t>(u[1]) << 8)
        | (static_cast<std::uint32_t>(u[2]) << 16) | (static_cast<std::uint32_t>(u[3]) << 24);
}

} // namespace

bool ZipArchive::open(const QString& path, QString* error)
{
    m_entries.clear();
    m_index.clear();
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::ReadOnly)) {
        *error = m_file.errorString();
        return false;
    }
    m_fileSize = static_cast<std::uint64_t>(m_file.size());

    // The end-of-central-directory record sits in the last 22 bytes plus an optional
    // comment of up to 64 KiB, so search backwards through that window for its signature.
    const std::uint64_t window = std::min<std::uint64_t>(m_fileSize, kEndOfCentralDirSize + 0xFFFF);
    if (window < static_cast<std::uint64_t>(kEndOfCentralDirSize)) {
        *error = tr("The file is too short to be a ZIP archive.");
        return false;
    }
    QByteArray tail(static_cast<qsizetype>(window), Qt::Uninitialized);
    if (!readAt(m_fileSize - window, tail.data(), tail.size())) {
        *error = tr("The file could not be read.");
        return false;
    }
    qsizetype eocd = -1;
    for (qsizetype i = tail.size() - kEndOfCentralDirSize; i >= 0; --i) {
        if (le32(tail.constData() + i) == kEndOfCentralDirSig
            && i + kEndOfCentralDirSize + le16(tail.constData() + i + 20) <= tail.size()) {
            eocd = i;
            break;
        }
    }
    if (eocd < 0) {
        *error = tr("The file is not a ZIP archive, or it is truncated (no central directory).");
        return false;
    }
    const char* e = tail.constData() + eocd;
    const std::uint16_t disk = le16(e + 4);
    const std::uint16_t cdDisk = le16(e + 6);
    const std::uint16_t entryCount = le16(e + 10);
    const std::uint32_t cdSize = le32(e + 12);
    const std::uint32_t cdOffset = le32(e + 16);
    const bool zip64Locator = eocd >= 20 && le32(e - 20) == kZip64LocatorSig;
    if (zip64Locator || entryCount == 0xFFFF || cdSize == 0xFFFFFFFFu || cdOffset == 0xFFFFFFFFu) {
        *error = tr("ZIP64 archives (over 4 GiB or 65535 members) are not supported.");
        return false;
    }
    if (disk != 0 || cdDisk != 0) {
        *error = tr("Split (multi-volume) ZIP archives are not supported.");
        return false;
    }
    const std::uint64_t eocdPos = m_fileSize - window + static_cast<std::uint64_t>(eocd);
    if (static_cast<std::uint64_t>(cdOffset) + cdSize > eocdPos) {
        *error = tr("The ZIP central directory is damaged or the file is truncated.");
        return false;
    }

    QByteArray cd(static_cast<qsizetype>(cdSize), Qt::Uninitialized);
    if (!readAt(cdOffset, cd.data(), cd.size())) {
        *error = tr("The file could not be read.");
        return false;
    }
    m_entries.reserve(entryCount);
    qsizetype pos = 0;
    for (int i = 0; i < entryCount; ++i) {
        if (pos + kCentralHeaderSize > cd.size() || le32(cd.constData() + pos) != kCentralHeaderSig) {
            *error = tr("The ZIP central directory is damaged.");
            return false;
        }
        const char* h = cd.constData() + pos;
        Entry entry;
        entry.flags = le16(h + 8);
        entry.method = le16(h + 10);
        entry.crc32 = le32(h + 16);
        const std::uint32_t compressed = le32(h + 20);
        const std::uint32_t uncompressed = le32(h + 24);
        const std::uint16_t nameLen = le16(h + 28);
        const std::uint16_t extraLen = le16(h + 30);
        const std::uint16_t commentLen = le16(h + 32);
        const std::uint32_t localOffset = le32(h + 42);
        const qsizetype next = pos + kCentralHeaderSize + nameLen + extraLen + commentLen;
        if (next > cd.size()) {
            *error = tr("The ZIP central directory is damaged.");
            return false;
        }
        if (compressed == 0xFFFFFFFFu || uncompressed == 0xFFFFFFFFu || localOffset == 0xFFFFFFFFu) {
            *error = tr("ZIP64 archives (over 4 GiB or 65535 members) are not supported.");
            return false;
        }
        entry.compressedSize = compressed;
        entry.uncompressedSize = uncompressed;
        entry.localHeaderOffset = localOffset;
        const QByteArray rawName(h + kCentralHeaderSize, nameLen);
        // Names are UTF-8 when flag 11 is set, else CP437; Office writes ASCII part names
        // and CP437 names only occur in members we never look up, so UTF-8 serves both.
        entry.name = QString::fromUtf8(rawName);
        // Some writers use DOS separators, which OPC does not allow but Excel tolerates.
        entry.name.replace(QLatin1Char('\\'), QLatin1Char('/'));
        m_index.insert(entry.name.toLower(), static_cast<int>(m_entries.size()));
        m_entries.push_back(std::move(entry));
        pos = next;
    }
    return true;
}

const ZipArchive::Entry* ZipArchive::find(const QString& name) const
{
    QString key = name.toLower();
    if (key.startsWith(QLatin1Char('/')))
        key.remove(0, 1);
    const auto it = m_index.constFind(key);
    return it == m_index.constEnd() ? nullptr : &m_entries[static_cast<std::size_t>(*it)];
}

bool ZipArchive::readAt(std::uint64_t offset, char* data, qint64 size)
{
    if (offset > m_fileSize || static_cast<std::uint64_t>(size) > m_fileSize - offset)
        return false;
    if (!m_file.seek(static_cast<qint64>(offset)))
        return false;
    return m_file.read(data, size) == size;
}

std::unique_ptr<ZipEntryDevice> ZipArchive::openEntry(const Entry& entry, QString* error)
{
    if (entry.flags & kFlagEncrypted) {
        *error = tr("The member '%1' is encrypted.").arg(entry.name);
        return nullptr;
    }
    if (entry.method != kMethodStored && entry.method != kMethodDeflate) {
        *error = tr("The member '%1' uses an unsupported compression method (%2).")
                     .arg(entry.name)
                     .arg(entry.method);
        return nullptr;
    }
    char header[kLocalHeaderSize];
    if (!readAt(entry.localHeaderOffset, header, kLocalHeaderSize) || le32(header) != kLocalHeaderSig) {
        *error = tr("The member '%1' is damaged (bad local header) or the file is truncated.").arg(entry.name);
        return nullptr;
    }
    // Sizes come from the central directory: with the data-descriptor flag the local
    // header holds zeros. Only the local name and extra lengths are needed here.
    const std::uint64_t dataOffset = entry.localHeaderOffset + kLocalHeaderSize + le16(header + 26) + le16(header + 28);
    if (dataOffset > m_fileSize || entry.compressedSize > m_fileSize - dataOffset) {
        *error = tr("The member '%1' extends past the end of the file; the file is truncated.").arg(entry.name);
        return nullptr;
    }
    if (entry.method == kMethodStored && entry.compressedSize != entry.uncompressedSize) {
        *error = tr("The member '%1' is damaged (size mismatch).").arg(entry.name);
        return nullptr;
    }
    auto device = std::make_unique<ZipEntryDevice>(this, entry, dataOffset);
    if (!device->open(QIODevice::ReadOnly)) {
        *error = device->errorString();
        return nullptr;
    }
    return device;
}

bool ZipArchive::readEntry(const Entry& entry, QByteArray* out, QString* error, qint64 maxBytes)
{
    if (entry.uncompressedSize > static_cast<std::uint64_t>(maxBytes)) {
        *error = tr("The member '%1' is too large (%2 bytes).").arg(entry.name).arg(entry.uncompressedSize);
        return false;
    }
    auto device = openEntry(entry, error);
    if (!device)
        return false;
    out->clear();
    out->reserve(static_cast<qsizetype>(entry.uncompressedSize));
    char buf[16 * 1024];
    for (;;) {
        const qint64 n = device->read(buf, sizeof buf);
        if (n < 0) {
            *error = device->errorString();
            return false;
        }
        if (n == 0)
            break;
        out->append(buf, static_cast<qsizetype>(n));
    }
    return true;
}

// ---------------------------------------------------------------------------------------------

struct ZipEntryDevice::Inflater
{
    z_stream stream{};
    bool initialised = false;
    ~Inflater()
    {
        if (initialised)
            inflateEnd(&stream);
    }
};

ZipEntryDevice::ZipEntryDevice(ZipArchive* archive, const ZipArchive::Entry& entry, std::uint64_t dataOffset)
    : m_archive(archive), m_entry(entry), m_dataOffset(dataOffset), m_crc(static_cast<std::uint32_t>(crc32(0, nullptr, 0)))
{
    if (m_entry.method == kMethodDeflate) {
        m_inflater = std::make_unique<Inflater>();
        // Negative window bits: raw deflate data, as ZIP stores it (no zlib header).
        m_inflater->initialised = inflateInit2(&m_inflater->stream, -MAX_WBITS) == Z_OK;
    }
}

ZipEntryDevice::~ZipEntryDevice() = default;

double ZipEntryDevice::fractionRead() const
{
    if (m_entry.compressedSize == 0)
        return 1.0;
    return static_cast<double>(m_compressedRead) / static_cast<double>(m_entry.compressedSize);
}

qint64 ZipEntryDevice::fail(const QString& message)
{
    m_failed = true;
    setErrorString(message);
    return -1;
}

bool ZipEntryDevice::refill()
{
    const std::uint64_t remaining = m_entry.compressedSize - m_compressedRead;
    if (remaining == 0)
        return false;
    const qint64 chunk = static_cast<qint64>(std::min<std::uint64_t>(kInputChunk, remaining));
    m_input.resize(static_cast<qsizetype>(chunk));
    if (!m_archive->readAt(m_dataOffset + m_compressedRead, m_input.data(), chunk))
        return false;
    m_compressedRead += static_cast<std::uint64_t>(chunk);
    if (m_inflater) {
        m_inflater->stream.next_in = reinterpret_cast<Bytef*>(m_input.data());
        m_inflater->stream.avail_in = static_cast<uInt>(chunk);
    }
    return true;
}

bool ZipEntryDevice::finishEntry()
{
    m_done = true;
    if (m_produced != m_entry.uncompressedSize || m_crc != m_entry.crc32) {
        fail(tr("The member '%1' is damaged (checksum mismatch).").arg(m_entry.name));
        return false;
    }
    return true;
}

qint64 ZipEntryDevice::readData(char* data, qint64 maxSize)
{
    if (m_failed)
        return -1;
    if (m_done || maxSize <= 0)
        return 0;
    maxSize = std::min<qint64>(maxSize, INT_MAX / 2);

    if (m_entry.method == kMethodStored) {
        if (m_compressedRead == m_entry.compressedSize)
            return finishEntry() ? 0 : -1;
        const qint64 n = static_cast<qint64>(
            std::min<std::uint64_t>(static_cast<std::uint64_t>(maxSize), m_entry.compressedSize - m_compressedRead));
        if (!m_archive->readAt(m_dataOffset + m_compressedRead, data, n))
            return fail(tr("The member '%1' could not be read; the file is truncated.").arg(m_entry.name));
        m_compressedRead += static_cast<std::uint64_t>(n);
        m_produced += static_cast<std::uint64_t>(n);
        m_crc = static_cast<std::uint32_t>(crc32(m_crc, reinterpret_cast<const Bytef*>(data), static_cast<uInt>(n)));
        if (m_compressedRead == m_entry.compressedSize && !finishEntry())
            return -1;
        return n;
    }

    if (!m_inflater || !m_inflater->initialised)
        return fail(tr("The decompressor could not be started."));
    z_stream& z = m_inflater->stream;
    z.next_out = reinterpret_cast<Bytef*>(data);
    z.avail_out = static_cast<uInt>(maxSize);
    bool ended = false;
    while (z.avail_out > 0) {
        if (z.avail_in == 0 && !refill())
            return fail(tr("The member '%1' is truncated or damaged (compressed data ends early).").arg(m_entry.name));
        const int rc = inflate(&z, Z_NO_FLUSH);
        if (rc == Z_STREAM_END) {
            ended = true;
            break;
        }
        if (rc != Z_OK && rc != Z_BUF_ERROR)
            return fail(tr("The member '%1' is damaged (invalid compressed data: %2).")
                            .arg(m_entry.name, QString::fromLatin1(z.msg ? z.msg : "error")));
    }
    const qint64 written = maxSize - static_cast<qint64>(z.avail_out);
    m_produced += static_cast<std::uint64_t>(written);
    if (m_produced > m_entry.uncompressedSize)
        return fail(tr("The member '%1' is damaged (more data than declared).").arg(m_entry.name));
    m_crc = static_cast<std::uint32_t>(crc32(m_crc, reinterpret_cast<const Bytef*>(data), static_cast<uInt>(written)));
    if (ended && !finishEntry())
        return -1;
    return written;
}

} // namespace pp
