#pragma once

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QIODevice>
#include <QString>

#include <cstdint>
#include <memory>
#include <vector>

namespace pp {

class ZipEntryDevice;

/// Read-only access to the members of a ZIP archive, enough for Office Open XML packages:
/// stored and deflated members, no ZIP64, no encryption (both are refused with a message).
/// Private to the XLSX reader; not a general-purpose archive library.
class ZipArchive
{
    Q_DECLARE_TR_FUNCTIONS(pp::ZipArchive)
public:
    struct Entry
    {
        QString name;                   ///< as stored, '/' separated
        std::uint16_t flags = 0;
        std::uint16_t method = 0;       ///< 0 = stored, 8 = deflate
        std::uint32_t crc32 = 0;
        std::uint64_t compressedSize = 0;
        std::uint64_t uncompressedSize = 0;
        std::uint64_t localHeaderOffset = 0;
    };

    ZipArchive() = default;
    ZipArchive(const ZipArchive&) = delete;
    ZipArchive& operator=(const ZipArchive&) = delete;

    /// Opens the file and reads the central directory. On failure returns false and sets
    /// `error` to a translated reason (not a ZIP file, truncated, ZIP64...).
    bool open(const QString& path, QString* error);

    const std::vector<Entry>& entries() const { return m_entries; }
    /// The member called `name`, compared case-insensitively as OPC part names are; or null.
    const Entry* find(const QString& name) const;

    /// A sequential device that yields the member's uncompressed bytes, checking size and
    /// CRC at the end. Read errors make read() return -1 and errorString() say why.
    /// Only valid while this archive lives.
    std::unique_ptr<ZipEntryDevice> openEntry(const Entry& entry, QString* error);

    /// Reads a whole (small) member into memory, refusing members above `maxBytes`.
    bool readEntry(const Entry& entry, QByteArray* out, QString* error, qint64 maxBytes = 256LL << 20);

private:
    bool readAt(std::uint64_t offset, char* data, qint64 size);

    QFile m_file;
    std::uint64_t m_fileSize = 0;
    std::vector<Entry> m_entries;
    QHash<QString, int> m_index;        // lower-case name -> entry

    friend class ZipEntryDevice;
};

/// The stream behind ZipArchive::openEntry(). Exposed so that callers can show progress
/// from the compressed bytes consumed.
class ZipEntryDevice : public QIODevice
{
    Q_OBJECT
public:
    ZipEntryDevice(ZipArchive* archive, const ZipArchive::Entry& entry, std::uint64_t dataOffset);
    ~ZipEntryDevice() override;

    bool isSequential() const override { return true; }
    bool failed() const { return m_failed; }
    /// Fraction of the compressed data consumed so far, in [0, 1].
    double fractionRead() const;

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    qint64 fail(const QString& message);
    bool refill();
    bool finishEntry();

    struct Inflater;
    ZipArchive* m_archive;
    ZipArchive::Entry m_entry;
    std::uint64_t m_dataOffset;
    std::uint64_t m_compressedRead = 0;   // bytes taken from the file
    std::uint64_t m_produced = 0;         // uncompressed bytes handed out
    std::uint32_t m_crc = 0;
    std::unique_ptr<Inflater> m_inflater;
    QByteArray m_input;
    bool m_done = false;
    bool m_failed = false;
};

} // namespace pp
