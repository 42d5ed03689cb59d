#include "data/import_options.h"

#include <QFile>
#include <QFileInfo>

namespace pp {

QString fileFormatName(FileFormat f)
{
    switch (f) {
    case FileFormat::Auto:
        return QStringLiteral("auto");
    case FileFormat::Csv:
        return QStringLiteral("csv");
    case FileFormat::Xlsx:
        return QStringLiteral("xlsx");
    case FileFormat::Sqlite:
        return QStringLiteral("sqlite");
    }
    return QString();
}

bool fileFormatFromName(const QString& name, FileFormat* out)
{
    const QString n = name.trimmed().toLower();
    // The stable names first, then the file extensions people type on a command line.
    if (n == u"auto")
        *out = FileFormat::Auto;
    else if (n == u"csv" || n == u"tsv" || n == u"txt")
        *out = FileFormat::Csv;
    else if (n == u"xlsx" || n == u"xlsm")
        *out = FileFormat::Xlsx;
    else if (n == u"sqlite" || n == u"sqlite3" || n == u"db")
        *out = FileFormat::Sqlite;
    else
        return false;
    return true;
}

FileFormat detectFileFormat(const QString& path)
{
    QFile file(path);
    if (file.open(QIODevice::ReadOnly)) {
        const QByteArray head = file.read(16);
        if (head.startsWith(QByteArray("PK\x03\x04", 4)) || head.startsWith(QByteArray("PK\x05\x06", 4)))
            return FileFormat::Xlsx;
        if (head == QByteArray("SQLite format 3\0", 16))
            return FileFormat::Sqlite;
        // An OLE compound file is an old .xls or a password-protected .xlsx: read as CSV it
        // would be garbage, while the XLSX reader says what it is and what to do.
        if (head.startsWith(QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8)))
            return FileFormat::Xlsx;
    }
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"xlsx" || suffix == u"xlsm")
        return FileFormat::Xlsx;
    if (suffix == u"sqlite" || suffix == u"sqlite3" || suffix == u"db")
        return FileFormat::Sqlite;
    return FileFormat::Csv;
}

QStringList defaultNaTokens()
{
    return {QString(),          QStringLiteral("NA"),  QStringLiteral("N/A"), QStringLiteral("n/a"),
            QStringLiteral("null"), QStringLiteral("NULL"), QStringLiteral("NaN"), QStringLiteral("nan"),
            QStringLiteral("#N/A"), QStringLiteral("<NA>"), QStringLiteral("-"),   QStringLiteral("?")};
}

} // namespace pp
