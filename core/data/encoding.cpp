#include "data/encoding.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstring>
#include <cerrno>
#include <iconv.h>

namespace pp {

bool isValidUtf8(const char* data, std::size_t size, bool allowTruncatedTail)
{
    const auto* s = reinterpret_cast<const unsigned char*>(data);
    std::size_t i = 0;
    while (i < size) {
        // Skip ASCII 8 bytes at a time.
        while (i + 8 <= size) {
            std::uint64_t w;
            std::memcpy(&w, s + i, 8);
            if (w & 0x8080808080808080ULL)
                break;
            i += 8;
        }
        if (i >= size)
            break;
        const unsigned char c = s[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int len;
        unsigned minCp;
        unsigned cp;
        if ((c & 0xE0) == 0xC0) {
            len = 2;
            cp = c & 0x1F;
            minCp = 0x80;
        } else if ((c & 0xF0) == 0xE0) {
            len = 3;
            cp = c & 0x0F;
            minCp = 0x800;
        } else if ((c & 0xF8) == 0xF0) {
            len = 4;
            cp = c & 0x07;
            minCp = 0x10000;
        } else {
            return false;
        }
        if (i + static_cast<std::size_t>(len) > size) {
            if (!allowTruncatedTail)
                return false;
            for (std::size_t k = i + 1; k < size; ++k)
                if ((s[k] & 0xC0) != 0x80)
                    return false;
            return true;
        }
        for (int k = 1; k < len; ++k) {
            if ((s[i + static_cast<std::size_t>(k)] & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (s[i + static_cast<std::size_t>(k)] & 0x3F);
        }
        if (cp < minCp || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        i += static_cast<std::size_t>(len);
    }
    return true;
}

double gb18030Wellformedness(const char* data, std::size_t size, bool* sawMultibyte)
{
    const auto* s = reinterpret_cast<const unsigned char*>(data);
    std::size_t good = 0;
    std::size_t i = 0;
    bool multi = false;
    while (i < size) {
        const unsigned char c = s[i];
        if (c < 0x80) {
            ++good;
            ++i;
            continue;
        }
        if (c >= 0x81 && c <= 0xFE && i + 1 < size) {
            const unsigned char c2 = s[i + 1];
            if ((c2 >= 0x40 && c2 <= 0x7E) || (c2 >= 0x80 && c2 <= 0xFE)) {
                good += 2;
                i += 2;
                multi = true;
                continue;
            }
            if (c2 >= 0x30 && c2 <= 0x39 && i + 3 < size && s[i + 2] >= 0x81 && s[i + 2] <= 0xFE
                && s[i + 3] >= 0x30 && s[i + 3] <= 0x39) {
                good += 4;
                i += 4;
                multi = true;
                continue;
            }
        }
        if (i + 1 >= size && c >= 0x81 && c <= 0xFE) {
            ++good;  // cut by the end of the sample
            ++i;
            continue;
        }
        ++i;
    }
    if (sawMultibyte)
        *sawMultibyte = multi;
    return size == 0 ? 1.0 : static_cast<double>(good) / static_cast<double>(size);
}

EncodingGuess detectEncoding(const char* data, std::size_t size)
{
    const auto* s = reinterpret_cast<const unsigned char*>(data);
    EncodingGuess g;
    if (size >= 3 && s[0] == 0xEF && s[1] == 0xBB && s[2] == 0xBF)
        return {QStringLiteral("UTF-8"), 3, true};
    if (size >= 2 && s[0] == 0xFF && s[1] == 0xFE)
        return {QStringLiteral("UTF-16LE"), 2, true};
    if (size >= 2 && s[0] == 0xFE && s[1] == 0xFF)
        return {QStringLiteral("UTF-16BE"), 2, true};

    const std::size_t sample = std::min<std::size_t>(size, 4u << 20);
    // UTF-16 without a BOM: mostly-ASCII text has a zero in every other byte.
    if (sample >= 4) {
        std::size_t evenZero = 0, oddZero = 0;
        const std::size_t n = std::min<std::size_t>(sample, 4096) & ~std::size_t(1);
        for (std::size_t i = 0; i < n; i += 2) {
            evenZero += s[i] == 0;
            oddZero += s[i + 1] == 0;
        }
        const std::size_t pairs = n / 2;
        if (oddZero > pairs * 6 / 10 && evenZero < pairs / 10)
            return {QStringLiteral("UTF-16LE"), 0, false};
        if (evenZero > pairs * 6 / 10 && oddZero < pairs / 10)
            return {QStringLiteral("UTF-16BE"), 0, false};
    }
    if (isValidUtf8(data, sample, sample < size))
        return {QStringLiteral("UTF-8"), 0, false};
    bool multi = false;
    if (gb18030Wellformedness(data, sample, &multi) > 0.995 && multi)
        return {QStringLiteral("GB18030"), 0, false};
    return {QStringLiteral("WINDOWS-1252"), 0, false};
}

QString canonicalEncodingName(const QString& name)
{
    QString n = name.trimmed().toUpper();
    n.remove(QLatin1Char(' '));
    n.remove(QLatin1Char('_'));
    if (n == QLatin1String("UTF8") || n == QLatin1String("UTF-8"))
        return QStringLiteral("UTF-8");
    if (n == QLatin1String("UTF-8-SIG") || n == QLatin1String("UTF8SIG") || n == QLatin1String("UTF-8SIG"))
        return QStringLiteral("UTF-8");
    if (n == QLatin1String("UTF16LE") || n == QLatin1String("UTF-16LE"))
        return QStringLiteral("UTF-16LE");
    if (n == QLatin1String("UTF16BE") || n == QLatin1String("UTF-16BE"))
        return QStringLiteral("UTF-16BE");
    if (n == QLatin1String("UTF16") || n == QLatin1String("UTF-16"))
        return QStringLiteral("UTF-16");
    if (n == QLatin1String("GB18030") || n == QLatin1String("GB-18030"))
        return QStringLiteral("GB18030");
    if (n == QLatin1String("GBK") || n == QLatin1String("CP936") || n == QLatin1String("GB2312"))
        return QStringLiteral("GBK");
    if (n == QLatin1String("LATIN1") || n == QLatin1String("LATIN-1") || n == QLatin1String("ISO-8859-1")
        || n == QLatin1String("ISO8859-1"))
        return QStringLiteral("ISO-8859-1");
    if (n == QLatin1String("WINDOWS-1252") || n == QLatin1String("CP1252") || n == QLatin1String("WINDOWS1252"))
        return QStringLiteral("WINDOWS-1252");
    if (n == QLatin1String("BIG5"))
        return QStringLiteral("BIG5");
    if (n == QLatin1String("SHIFT-JIS") || n == QLatin1String("SHIFTJIS") || n == QLatin1String("SJIS"))
        return QStringLiteral("SHIFT_JIS");
    return QString();
}

bool isUtf8Name(const QString& canonicalName) { return canonicalName == QLatin1String("UTF-8"); }

Result<QByteArray> transcodeToUtf8(const char* data, std::size_t size, const QString& encoding)
{
    const QByteArray from = encoding.toLatin1();
    iconv_t cd = iconv_open("UTF-8", from.constData());
    if (cd == reinterpret_cast<iconv_t>(-1)) {
        return Result<QByteArray>::failure(
            QCoreApplication::translate("pp::Encoding", "The encoding '%1' is not supported.").arg(encoding));
    }
    QByteArray out;
    out.resize(static_cast<qsizetype>(size + size / 2 + 16));
    char* in = const_cast<char*>(data);
    std::size_t inLeft = size;
    std::size_t written = 0;
    while (inLeft > 0) {
        char* dst = out.data() + written;
        std::size_t outLeft = static_cast<std::size_t>(out.size()) - written;
        const std::size_t r = iconv(cd, &in, &inLeft, &dst, &outLeft);
        written = static_cast<std::size_t>(dst - out.data());
        if (r != static_cast<std::size_t>(-1))
            break;
        if (errno == E2BIG) {
            out.resize(out.size() * 2);
            continue;
        }
        const qint64 offset = static_cast<qint64>(size - inLeft);
        iconv_close(cd);
        ErrorInfo e;
        e.message = (errno == EINVAL)
            ? QCoreApplication::translate("pp::Encoding", "The file ends in the middle of a %1 character.").arg(encoding)
            : QCoreApplication::translate("pp::Encoding",
                                          "Byte offset %1 is not valid %2 text. Choose another encoding in the import options.")
                  .arg(offset)
                  .arg(encoding);
        return Result<QByteArray>::failure(e);
    }
    iconv_close(cd);
    out.resize(static_cast<qsizetype>(written));
    return out;
}

} // namespace pp
