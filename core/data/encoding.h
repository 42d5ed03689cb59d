#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QString>

#include <cstddef>

namespace pp {

/// What the first bytes of a text file say about its encoding.
struct EncodingGuess
{
    QString name;            ///< "UTF-8", "UTF-16LE", "UTF-16BE", "GB18030", "WINDOWS-1252"
    int bomLength = 0;       ///< bytes of byte-order mark to skip
    bool fromBom = false;
};

/// Detects the encoding: a BOM first; then UTF-16 without BOM (zero bytes at alternate
/// positions); then whether the sample is valid UTF-8; else whether it is well-formed
/// GB18030 (Chinese Excel exports, GBK is a subset); else Windows-1252.
EncodingGuess detectEncoding(const char* data, std::size_t size);

/// True if `data` is valid UTF-8. A multi-byte sequence cut by the end is accepted when
/// `allowTruncatedTail` (the sample ends mid-file).
bool isValidUtf8(const char* data, std::size_t size, bool allowTruncatedTail = false);
/// Share (0..1) of bytes that belong to well-formed GB18030 sequences, and whether any
/// non-ASCII sequence was seen.
double gb18030Wellformedness(const char* data, std::size_t size, bool* sawMultibyte = nullptr);

/// Canonical name for what a user typed ("utf8", "gbk", "UTF-16 LE"...); empty if unknown.
QString canonicalEncodingName(const QString& name);
bool isUtf8Name(const QString& canonicalName);

/// Converts `size` bytes in `encoding` (a canonical name) to UTF-8. Errors name the byte
/// offset of the first invalid sequence.
Result<QByteArray> transcodeToUtf8(const char* data, std::size_t size, const QString& encoding);

} // namespace pp
