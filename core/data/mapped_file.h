#pragma once

#include <QByteArray>
#include <QString>

#include <cstddef>

namespace pp::detail {

/// A read-only view of a whole file: memory-mapped where possible (no copy, pages that
/// were parsed can be dropped from memory), else read into a buffer.
class MappedFile
{
public:
    MappedFile() = default;
    ~MappedFile();
    MappedFile(const MappedFile&) = delete;
    MappedFile& operator=(const MappedFile&) = delete;

    /// Opens `path`; on failure returns false and sets `error` (translated, with the reason).
    bool open(const QString& path, QString* error);

    const char* data() const { return m_data; }
    std::size_t size() const { return m_size; }

    /// Tells the kernel the bytes in [from, to) will not be read again, so their pages
    /// stop counting towards the resident set. No-op for buffered files.
    void release(std::size_t from, std::size_t to) const;

private:
    const char* m_data = nullptr;
    std::size_t m_size = 0;
    void* m_map = nullptr;
    QByteArray m_buffer;
};

} // namespace pp::detail
