#pragma once

#include "common/job.h"
#include "data/zip_archive.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QXmlStreamReader>

#include <cstdint>
#include <memory>
#include <vector>

namespace pp {

/// A sheet as listed in xl/workbook.xml, with the package part that holds its cells.
struct XlsxSheetRef
{
    QString name;
    QString part;            ///< e.g. "xl/worksheets/sheet1.xml"; empty when unresolved
    bool worksheet = true;   ///< false for chart sheets, dialog and macro sheets (no cells)
};

/// The parts of an .xlsx package that every sheet needs: the sheet list, the shared
/// strings, the cell styles (to tell dates from numbers) and the date system.
/// Private to the XLSX reader. Messages are in the "pp::XlsxReader" translation context.
class XlsxWorkbook
{
    Q_DECLARE_TR_FUNCTIONS(pp::XlsxReader)
public:
    /// Opens the package and reads the workbook part and its relationships. On failure
    /// `error` holds a translated reason (not a workbook, encrypted, damaged...).
    bool open(const QString& path, QString* error);
    /// Reads the shared strings and styles; call before reading the cells of a sheet.
    /// Returns false with an empty `error` when cancelled.
    bool loadSharedParts(QString* error, const SubProgress& progress);

    const std::vector<XlsxSheetRef>& sheets() const { return m_sheets; }
    /// Names of the sheets that hold cells, in workbook order.
    QStringList worksheetNames() const;
    /// The sheet called `name` (exact match first, then ignoring case, as Excel does).
    const XlsxSheetRef* findSheet(const QString& name) const;

    bool date1904() const { return m_date1904; }
    const std::vector<QString>& sharedStrings() const { return m_sharedStrings; }
    /// Whether cells with style `index` (the `s` attribute) show their number as a date.
    bool isDateStyle(int index) const
    {
        return index >= 0 && static_cast<std::size_t>(index) < m_dateStyles.size() && m_dateStyles[static_cast<std::size_t>(index)];
    }

    /// A stream over a package part, or null with `error` set.
    std::unique_ptr<ZipEntryDevice> openPart(const QString& part, QString* error);
    /// "message (line N)" for a failed parse; prefers the decompressor's reason.
    static QString xmlError(const QXmlStreamReader& xml, const ZipEntryDevice& device);

private:
    struct Relationship
    {
        QString id;
        QString type;
        QString target;   ///< resolved to a part name
    };
    const ZipArchive::Entry* findPart(const QString& part) const;
    bool readRelationships(const QString& sourcePart, std::vector<Relationship>* out, QString* error);
    bool readWorkbook(const QString& part, QString* error);
    bool readSharedStrings(const QString& part, QString* error, const SubProgress& progress);
    bool readStyles(const QString& part, QString* error);

    ZipArchive m_zip;
    QString m_workbookPart;
    QString m_sharedStringsPart;
    QString m_stylesPart;
    std::vector<XlsxSheetRef> m_sheets;
    bool m_date1904 = false;
    std::vector<QString> m_sharedStrings;
    std::vector<bool> m_dateStyles;
};

/// Concatenated text of a string item (<si> or <is>): the plain <t>, or the <t> of each
/// rich-text run; phonetic runs (<rPh>) are left out. Reads up to the item's end element.
QString readXlsxStringItem(QXmlStreamReader& xml);
/// Decodes the _xHHHH_ escapes OOXML uses for control characters ("_x000D_" is CR).
QString decodeXlsxEscapes(const QString& text);

/// Whether a built-in number format id (ECMA-376 Part 1, 18.8.30) shows a date or time.
bool isBuiltinDateFormat(int numFmtId);
/// Whether a custom number format code shows a date or time: a d, m, y, h or s in its first
/// section, outside quoted text, [brackets] and escaped characters (as openpyxl decides).
bool isDateFormatCode(const QString& code);
/// Converts an Excel serial day number to ms since the Unix epoch (UTC). The 1900 system
/// counts the non-existent 1900-02-29 (serial 60), so serials below 61 are shifted by a
/// day, as openpyxl does; the 1904 system (old Mac workbooks) starts at 1904-01-01.
/// Returns false for negative serials and those past 9999-12-31.
bool excelSerialToMs(double serial, bool date1904, std::int64_t* ms);

} // namespace pp
