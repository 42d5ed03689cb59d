#include "data/xlsx_workbook.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QUrl>

#include <algorithm>
#include <cmath>

namespace pp {

namespace {

// Days from 1970-01-01 to the day before serial 1 and to the 1904 system's day 0.
constexpr std::int64_t kDays1899_12_30 = -25569;
constexpr std::int64_t kDays1899_12_31 = -25568;
constexpr std::int64_t kDays1904_01_01 = -24107;
constexpr std::int64_t kDays9999_12_31 = 2932896;
constexpr std::int64_t kMsPerDay = 86400000;

// An old binary .xls and a password-protected .xlsx are both OLE compound files.
const char kOleMagic[] = "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";

bool endsWithType(const QString& type, QLatin1String suffix)
{
    return type.endsWith(suffix, Qt::CaseInsensitive);
}

// The .rels part that holds the relationships of `part` ("" is the package itself).
QString relationshipsPartOf(const QString& part)
{
    if (part.isEmpty())
        return QStringLiteral("_rels/.rels");
    const qsizetype slash = part.lastIndexOf(QLatin1Char('/'));
    return part.left(slash + 1) + QStringLiteral("_rels/") + part.mid(slash + 1) + QStringLiteral(".rels");
}

// Relationship targets are URIs relative to the source part's folder, or absolute from the
// root. Percent escapes are kept: OPC stores them in the ZIP item names too (see findPart).
QString resolveTarget(const QString& sourcePart, const QString& target)
{
    const QString& t = target;
    if (t.startsWith(QLatin1Char('/')))
        return QDir::cleanPath(t.mid(1));
    const qsizetype slash = sourcePart.lastIndexOf(QLatin1Char('/'));
    QString resolved = QDir::cleanPath(sourcePart.left(slash + 1) + t);
    if (resolved.startsWith(QLatin1Char('/')))
        resolved.remove(0, 1);
    return resolved;
}

// The r:id attribute, whatever prefix the relationships namespace was given.
QString relationshipId(const QXmlStreamAttributes& attributes)
{
    for (const QXmlStreamAttribute& a : attributes) {
        if (a.name() == u"id" && !a.namespaceUri().isEmpty())
            return a.value().toString();
    }
    return QString();
}

int hexValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= '0' && u <= '9')
        return u - '0';
    if (u >= 'a' && u <= 'f')
        return u - 'a' + 10;
    if (u >= 'A' && u <= 'F')
        return u - 'A' + 10;
    return -1;
}

} // namespace

QString decodeXlsxEscapes(const QString& text)
{
    if (!text.contains(QLatin1String("_x")))
        return text;
    QString out;
    out.reserve(text.size());
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        if (text.at(i) == QLatin1Char('_') && i + 6 < n && text.at(i + 1) == QLatin1Char('x')
            && text.at(i + 6) == QLatin1Char('_')) {
            int code = 0;
            bool hex = true;
            for (int k = 2; k < 6 && hex; ++k) {
                const int v = hexValue(text.at(i + k));
                hex = v >= 0;
                code = code * 16 + v;
            }
            if (hex) {
                out.append(QChar(static_cast<char16_t>(code)));
                i += 6;
                continue;
            }
        }
        out.append(text.at(i));
    }
    return out;
}

QString readXlsxStringItem(QXmlStreamReader& xml)
{
    // Iterative rather than recursive: a hostile file may nest elements very deeply.
    QString text;
    int depth = 1;
    while (depth > 0 && !xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::EndElement) {
            --depth;
        } else if (token == QXmlStreamReader::StartElement) {
            const QStringView name = xml.name();
            if (name == u"t")
                text += xml.readElementText();  // reads through its end element
            else if (name == u"r")
                ++depth;  // a rich-text run: <rPr/> formatting, then its <t>
            else
                xml.skipCurrentElement();  // rPr, and rPh/phoneticPr: furigana, not cell text
        }
    }
    return text;
}

bool isBuiltinDateFormat(int id)
{
    // 14-22 and 45-47 everywhere; 27-36 and 50-58 are the date/time formats that
    // ECMA-376 reserves for the Chinese, Japanese and Korean locales (e.g. 31 is
    // yyyy"年"m"月"d"日" in zh-CN), which Excel writes without a numFmt definition.
    return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58);
}

bool isDateFormatCode(const QString& code)
{
    const qsizetype n = code.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = code.at(i).unicode();
        switch (c) {
        case '"': {
            const qsizetype close = code.indexOf(QLatin1Char('"'), i + 1);
            i = close < 0 ? n : close;
            break;
        }
        case '[': {
            const qsizetype close = code.indexOf(QLatin1Char(']'), i + 1);
            i = close < 0 ? n : close;
            break;
        }
        case '\\':  // escaped literal
        case '_':   // space as wide as the next character
        case '*':   // repeat the next character to fill the cell
            ++i;
            break;
        case ';':   // later sections format negatives, zero and text
            return false;
        case 'd': case 'D': case 'm': case 'M': case 'y': case 'Y':
        case 'h': case 'H': case 's': case 'S':
            return true;
        default:
            break;
        }
    }
    return false;
}

bool excelSerialToMs(double serial, bool date1904, std::int64_t* ms)
{
    if (!std::isfinite(serial) || serial < 0.0 || serial > 3.0e6)
        return false;
    const double day = std::floor(serial);
    const std::int64_t msOfDay = std::llround((serial - day) * static_cast<double>(kMsPerDay));
    std::int64_t base = kDays1904_01_01;
    if (!date1904)
        base = serial < 60.0 ? kDays1899_12_31 : kDays1899_12_30;
    const std::int64_t days = base + static_cast<std::int64_t>(day);
    if (days > kDays9999_12_31)
        return false;
    *ms = days * kMsPerDay + msOfDay;
    return true;
}

// ---------------------------------------------------------------------------------------------

bool XlsxWorkbook::open(const QString& path, QString* error)
{
    QFile probe(path);
    if (!probe.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot open '%1': %2").arg(QFileInfo(path).fileName(), probe.errorString());
        return false;
    }
    if (probe.peek(8) == QByteArray(kOleMagic, 8)) {
        // Office puts a password-protected workbook in an OLE container with an
        // "EncryptedPackage" stream; the directory names are UTF-16LE.
        const QByteArray head = probe.read(4 << 20);
        const QByteArray marker = QByteArray("E\0n\0c\0r\0y\0p\0t\0e\0d\0P\0a\0c\0k\0a\0g\0e\0", 32);
        if (head.contains(marker))
            *error = tr("The workbook is encrypted (password-protected). Save it in Excel without a password and import it again.");
        else
            *error = tr("This is an Excel 97-2003 (.xls) or other OLE file, not an .xlsx workbook. Save it as .xlsx (Excel Workbook) and import it again.");
        return false;
    }
    probe.close();

    QString why;
    if (!m_zip.open(path, &why)) {
        *error = tr("The file is not an Excel workbook (.xlsx): %1").arg(why);
        return false;
    }
    std::vector<Relationship> rootRels;
    if (!readRelationships(QString(), &rootRels, error))
        return false;
    for (const Relationship& rel : rootRels) {
        if (endsWithType(rel.type, QLatin1String("/officeDocument"))) {
            m_workbookPart = rel.target;
            break;
        }
    }
    if (m_workbookPart.isEmpty() && findPart(QStringLiteral("xl/workbook.xml")))
        m_workbookPart = QStringLiteral("xl/workbook.xml");
    if (m_workbookPart.isEmpty() || !findPart(m_workbookPart)) {
        *error = tr("The file is a ZIP archive but not an Excel workbook (it has no workbook part).");
        return false;
    }
    if (m_workbookPart.endsWith(QLatin1String(".bin"), Qt::CaseInsensitive)) {
        *error = tr("Binary workbooks (.xlsb) are not supported. Save it as .xlsx (Excel Workbook) and import it again.");
        return false;
    }
    return readWorkbook(m_workbookPart, error);
}

const ZipArchive::Entry* XlsxWorkbook::findPart(const QString& part) const
{
    if (const ZipArchive::Entry* entry = m_zip.find(part))
        return entry;
    // Some writers store "a b.xml" for the part name "a%20b.xml".
    return part.contains(QLatin1Char('%')) ? m_zip.find(QUrl::fromPercentEncoding(part.toUtf8())) : nullptr;
}

std::unique_ptr<ZipEntryDevice> XlsxWorkbook::openPart(const QString& part, QString* error)
{
    const ZipArchive::Entry* entry = findPart(part);
    if (!entry) {
        *error = tr("The workbook is damaged: the part '%1' is missing.").arg(part);
        return nullptr;
    }
    QString why;
    auto device = m_zip.openEntry(*entry, &why);
    if (!device)
        *error = tr("The workbook is damaged: %1").arg(why);
    return device;
}

QString XlsxWorkbook::xmlError(const QXmlStreamReader& xml, const ZipEntryDevice& device)
{
    if (device.failed())
        return device.errorString();
    return tr("%1 (line %2)").arg(xml.errorString()).arg(xml.lineNumber());
}

bool XlsxWorkbook::readRelationships(const QString& sourcePart, std::vector<Relationship>* out, QString* error)
{
    const QString relsPart = relationshipsPartOf(sourcePart);
    if (!findPart(relsPart))
        return true;  // no relationships; the caller falls back to the usual part names
    auto device = openPart(relsPart, error);
    if (!device)
        return false;
    QXmlStreamReader xml(device.get());
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement || xml.name() != u"Relationship")
            continue;
        const QXmlStreamAttributes a = xml.attributes();
        if (a.value(QLatin1String("TargetMode")).compare(u"External", Qt::CaseInsensitive) == 0)
            continue;
        out->push_back({a.value(QLatin1String("Id")).toString(), a.value(QLatin1String("Type")).toString(),
                        resolveTarget(sourcePart, a.value(QLatin1String("Target")).toString())});
    }
    if (xml.hasError()) {
        *error = tr("The workbook is damaged: cannot read '%1': %2").arg(relsPart, xmlError(xml, *device));
        return false;
    }
    return true;
}

bool XlsxWorkbook::readWorkbook(const QString& part, QString* error)
{
    auto device = openPart(part, error);
    if (!device)
        return false;
    std::vector<std::pair<QString, QString>> listed;  // name, relationship id
    QXmlStreamReader xml(device.get());
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"workbookPr") {
            const QStringView v = xml.attributes().value(QLatin1String("date1904"));
            m_date1904 = v == u"1" || v.compare(u"true", Qt::CaseInsensitive) == 0;
        } else if (xml.name() == u"sheet") {
            const QXmlStreamAttributes a = xml.attributes();
            listed.emplace_back(a.value(QLatin1String("name")).toString(), relationshipId(a));
        }
    }
    if (xml.hasError()) {
        *error = tr("The workbook is damaged: cannot read '%1': %2").arg(part, xmlError(xml, *device));
        return false;
    }

    std::vector<Relationship> rels;
    if (!readRelationships(part, &rels, error))
        return false;
    QHash<QString, const Relationship*> byId;
    for (const Relationship& rel : rels) {
        byId.insert(rel.id, &rel);
        if (endsWithType(rel.type, QLatin1String("/sharedStrings")))
            m_sharedStringsPart = rel.target;
        else if (endsWithType(rel.type, QLatin1String("/styles")))
            m_stylesPart = rel.target;
    }
    const QString dir = part.left(part.lastIndexOf(QLatin1Char('/')) + 1);
    if (m_sharedStringsPart.isEmpty() && findPart(dir + QStringLiteral("sharedStrings.xml")))
        m_sharedStringsPart = dir + QStringLiteral("sharedStrings.xml");
    if (m_stylesPart.isEmpty() && findPart(dir + QStringLiteral("styles.xml")))
        m_stylesPart = dir + QStringLiteral("styles.xml");

    for (const auto& [name, id] : listed) {
        XlsxSheetRef sheet;
        sheet.name = name;
        if (const Relationship* rel = byId.value(id)) {
            sheet.part = rel->target;
            sheet.worksheet = endsWithType(rel->type, QLatin1String("/worksheet"));
        }
        m_sheets.push_back(std::move(sheet));
    }
    return true;
}

QStringList XlsxWorkbook::worksheetNames() const
{
    QStringList names;
    for (const XlsxSheetRef& sheet : m_sheets) {
        if (sheet.worksheet)
            names.push_back(sheet.name);
    }
    return names;
}

const XlsxSheetRef* XlsxWorkbook::findSheet(const QString& name) const
{
    for (const XlsxSheetRef& sheet : m_sheets) {
        if (sheet.name == name)
            return &sheet;
    }
    for (const XlsxSheetRef& sheet : m_sheets) {
        if (sheet.name.compare(name, Qt::CaseInsensitive) == 0)
            return &sheet;
    }
    return nullptr;
}

bool XlsxWorkbook::loadSharedParts(QString* error, const SubProgress& progress)
{
    if (!m_stylesPart.isEmpty() && !readStyles(m_stylesPart, error))
        return false;
    if (!m_sharedStringsPart.isEmpty() && !readSharedStrings(m_sharedStringsPart, error, progress))
        return false;
    return true;
}

bool XlsxWorkbook::readSharedStrings(const QString& part, QString* error, const SubProgress& progress)
{
    auto device = openPart(part, error);
    if (!device)
        return false;
    QXmlStreamReader xml(device.get());
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"sst") {
            // A hint only: capped so that a lying count cannot reserve gigabytes.
            const qint64 count = xml.attributes().value(QLatin1String("uniqueCount")).toLongLong();
            m_sharedStrings.reserve(static_cast<std::size_t>(std::clamp<qint64>(count, 0, 1 << 20)));
        } else if (xml.name() == u"si") {
            m_sharedStrings.push_back(decodeXlsxEscapes(readXlsxStringItem(xml)));
            if (m_sharedStrings.size() % 4096 == 0) {
                if (progress.cancelled()) {
                    error->clear();
                    return false;
                }
                progress.set(device->fractionRead());
            }
        }
    }
    if (xml.hasError()) {
        *error = tr("The workbook is damaged: cannot read the shared strings: %1").arg(xmlError(xml, *device));
        return false;
    }
    return true;
}

bool XlsxWorkbook::readStyles(const QString& part, QString* error)
{
    auto device = openPart(part, error);
    if (!device)
        return false;
    QHash<int, QString> customFormats;
    std::vector<int> cellFormats;  // numFmtId of each cellXfs entry
    bool inCellXfs = false;
    QXmlStreamReader xml(device.get());
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::EndElement && xml.name() == u"cellXfs") {
            inCellXfs = false;
        } else if (token == QXmlStreamReader::StartElement) {
            const QXmlStreamAttributes a = xml.attributes();
            if (xml.name() == u"numFmt")
                customFormats.insert(a.value(QLatin1String("numFmtId")).toInt(), a.value(QLatin1String("formatCode")).toString());
            else if (xml.name() == u"cellXfs")
                inCellXfs = true;
            else if (inCellXfs && xml.name() == u"xf")  // cellStyleXfs holds xf elements too
                cellFormats.push_back(a.value(QLatin1String("numFmtId")).toInt());
        }
    }
    if (xml.hasError()) {
        *error = tr("The workbook is damaged: cannot read the styles: %1").arg(xmlError(xml, *device));
        return false;
    }
    m_dateStyles.reserve(cellFormats.size());
    for (int id : cellFormats) {
        const auto custom = customFormats.constFind(id);
        m_dateStyles.push_back(custom != customFormats.constEnd() ? isDateFormatCode(*custom) : isBuiltinDateFormat(id));
    }
    return true;
}

} // namespace pp
