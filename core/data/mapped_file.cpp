#include "data/mapped_file.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

namespace pp::detail {

MappedFile::~MappedFile()
{
    if (m_map)
        ::munmap(m_map, m_size);
}

bool MappedFile::open(const QString& path, QString* error)
{
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        *error = QString::fromLocal8Bit(std::strerror(errno));
        return false;
    }
    struct stat st;
    if (::fstat(fd, &st) != 0) {
        *error = QString::fromLocal8Bit(std::strerror(errno));
        ::close(fd);
        return false;
    }
    if (S_ISDIR(st.st_mode)) {
        *error = QCoreApplication::translate("pp::CsvReader", "It is a folder, not a file.");
        ::close(fd);
        return false;
    }
    if (S_ISREG(st.st_mode) && st.st_size > 0) {
        void* p = ::mmap(nullptr, static_cast<std::size_t>(st.st_size), PROT_READ, MAP_PRIVATE, fd, 0);
        if (p != MAP_FAILED) {
            ::madvise(p, static_cast<std::size_t>(st.st_size), MADV_SEQUENTIAL);
            m_map = p;
            m_data = static_cast<const char*>(p);
            m_size = static_cast<std::size_t>(st.st_size);
            ::close(fd);
            return true;
        }
    }
    ::close(fd);
    // Pipes, special files, empty files, or mmap refused: read it all.
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = f.errorString();
        return false;
    }
    m_buffer = f.readAll();
    m_data = m_buffer.constData();
    m_size = static_cast<std::size_t>(m_buffer.size());
    return true;
}

void MappedFile::release(std::size_t from, std::size_t to) const
{
    if (!m_map)
        return;
    const long page = ::sysconf(_SC_PAGESIZE);
    const std::size_t p = static_cast<std::size_t>(page > 0 ? page : 4096);
    const std::size_t a = (from + p - 1) / p * p;
    const std::size_t b = to / p * p;
    if (b > a)
        ::madvise(static_cast<char*>(m_map) + a, b - a, MADV_DONTNEED);
}

} // namespace pp::detail
