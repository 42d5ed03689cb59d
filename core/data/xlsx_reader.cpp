// Excel 2007+ (.xlsx) import: the workbook's package parts come from XlsxWorkbook, the
// cells of one sheet are streamed here into a CellTableBuilder.

#include "data/cell_table_builder.h"
#include "data/importer.h"
#include "data/xlsx_workbook.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QMap>
#include <QXmlStreamReader>

#include <algorithm>

namespace pp {

namespace {

constexpr int kMaxColumns = 16384;        // Excel's limit (column XFD)
constexpr int kCellWarningsPerKind = 20;  // then one summary line per kind
constexpr int kRowsPerCheck = 256;        // rows between progress reports and cancel checks

template <class T>
Result<T> failure(const QString& path, const QString& message)
{
    ErrorInfo e;
    e.message = message;
    e.file = path;
    return Result<T>::failure(std::move(e));
}

// "C7" -> 2 (0-based); -1 without letters or past Excel's last column.
int columnFromReference(QStringView ref)
{
    int column = 0;
    qsizetype i = 0;
    for (; i < ref.size(); ++i) {
        const char16_t c = ref.at(i).unicode();
        int letter;
        if (c >= 'A' && c <= 'Z')
            letter = c - 'A' + 1;
        else if (c >= 'a' && c <= 'z')
            letter = c - 'a' + 1;
        else
            break;
        column = column * 26 + letter;
        if (column > kMaxColumns)
            return -1;
    }
    return i == 0 ? -1 : column - 1;
}

QString cellName(int column, qint64 row)
{
    QString letters;
    for (int c = column + 1; c > 0; c = (c - 1) / 26)
        letters.prepend(QChar(u'A' + (c - 1) % 26));
    return letters + QString::number(row);
}

// Per-cell warnings, capped per kind so that a column of errors does not flood the log.
class CellWarnings
{
public:
    void add(const QString& kind, qint64 row, int column, const QString& detail)
    {
        int& count = m_counts[kind];
        if (++count <= kCellWarningsPerKind)
            m_warnings.push_back({kind, row, column + 1, detail});
    }
    void flushInto(std::vector<Warning>* out)
    {
        for (auto it = m_counts.constBegin(); it != m_counts.constEnd(); ++it) {
            const int more = it.value() - kCellWarningsPerKind;
            if (more > 0) {
                m_warnings.push_back({it.key(), 0, 0,
                                      QCoreApplication::translate("pp::XlsxReader", "... and %n more cell(s) like these.",
                                                                  nullptr, more)});
            }
        }
        out->insert(out->end(), m_warnings.begin(), m_warnings.end());
    }

private:
    QMap<QString, int> m_counts;  // ordered, so that the summaries come in a stable order
    std::vector<Warning> m_warnings;
};

// Reads the cells of one sheet part and hands each non-empty row to the builder.
class SheetParser
{
    Q_DECLARE_TR_FUNCTIONS(pp::XlsxReader)
public:
    SheetParser(XlsxWorkbook& workbook, CellTableBuilder& builder, qint64 skipRows, const SubProgress& progress)
        : m_workbook(workbook), m_builder(builder), m_skipRows(skipRows), m_progress(progress)
    {
    }

    enum class Outcome { Done, Cancelled, Failed };
    Outcome parse(const QString& part, QString* error);

    qint64 blankRows() const
    {
        return m_firstRow > 0 ? std::max<qint64>(0, m_lastRow - m_firstRow + 1 - m_rowsKept) : 0;
    }
    CellWarnings& warnings() { return m_warnings; }

private:
    SourceCell readCell(QXmlStreamReader& xml, qint64 row, int column);
    SourceCell numberCell(const QString& v, int style, qint64 row, int column);

    XlsxWorkbook& m_workbook;
    CellTableBuilder& m_builder;
    qint64 m_skipRows;  // sheet rows 1..m_skipRows (titles above a table) are ignored
    const SubProgress& m_progress;
    CellWarnings m_warnings;
    qint64 m_firstRow = 0;
    qint64 m_lastRow = 0;
    qint64 m_rowsKept = 0;
};

SheetParser::Outcome SheetParser::parse(const QString& part, QString* error)
{
    auto device = m_workbook.openPart(part, error);
    if (!device)
        return Outcome::Failed;
    QXmlStreamReader xml(device.get());
    std::vector<SourceCell> row;
    bool inSheetData = false;
    bool rowHasValue = false;
    qint64 rowNumber = 0;
    int nextColumn = 0;
    qint64 rowsSeen = 0;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            const QStringView name = xml.name();
            if (name == u"sheetData") {
                inSheetData = true;
            } else if (inSheetData && name == u"row") {
                const qint64 r = xml.attributes().value(QLatin1String("r")).toLongLong();
                rowNumber = r > 0 ? r : rowNumber + 1;
                row.clear();
                rowHasValue = false;
                nextColumn = 0;
            } else if (inSheetData && name == u"c") {
                const QStringView ref = xml.attributes().value(QLatin1String("r"));
                int column = ref.isEmpty() ? nextColumn : columnFromReference(ref);
                if (column < 0 || column >= kMaxColumns) {
                    m_warnings.add(QStringLiteral("bad_cell"), rowNumber, 0,
                                   tr("A cell with the invalid reference '%1' was skipped.").arg(ref.toString()));
                    xml.skipCurrentElement();
                    continue;
                }
                nextColumn = column + 1;
                SourceCell cell = readCell(xml, rowNumber, column);
                if (cell.kind != SourceCell::Kind::Empty) {
                    if (row.size() <= static_cast<std::size_t>(column))
                        row.resize(static_cast<std::size_t>(column) + 1);
                    row[static_cast<std::size_t>(column)] = std::move(cell);
                    rowHasValue = true;
                }
            }
        } else if (token == QXmlStreamReader::EndElement) {
            const QStringView name = xml.name();
            if (name == u"sheetData")
                break;  // merged cells, drawings and the like follow; they hold no values
            if (name != u"row")
                continue;
            if (rowHasValue && rowNumber > m_skipRows) {
                if (m_firstRow == 0)
                    m_firstRow = rowNumber;
                m_lastRow = rowNumber;
                ++m_rowsKept;
                if (!m_builder.addRow(row))
                    break;  // maxRows reached
            }
            if (++rowsSeen % kRowsPerCheck == 0) {
                if (m_progress.cancelled())
                    return Outcome::Cancelled;
                m_progress.set(device->fractionRead());
            }
        }
    }
    if (xml.hasError()) {
        *error = tr("The sheet could not be read: %1").arg(XlsxWorkbook::xmlError(xml, *device));
        return Outcome::Failed;
    }
    return Outcome::Done;
}

// Reads one <c> element (the reader is on its start) up to its end element.
SourceCell SheetParser::readCell(QXmlStreamReader& xml, qint64 row, int column)
{
    const QXmlStreamAttributes attributes = xml.attributes();
    const QString type = attributes.value(QLatin1String("t")).toString();
    const int style = attributes.value(QLatin1String("s")).toInt();
    QString value;
    QString inlineText;
    bool hasValue = false;
    bool hasInline = false;
    while (xml.readNextStartElement()) {
        if (xml.name() == u"v") {
            value = xml.readElementText();
            hasValue = true;
        } else if (xml.name() == u"is") {
            inlineText = readXlsxStringItem(xml);
            hasInline = true;
        } else {
            xml.skipCurrentElement();  // <f> formula (its cached result is <v>), extLst
        }
    }
    auto text = [](const QString& s) {
        return s.isEmpty() ? SourceCell() : SourceCell::ofText(decodeXlsxEscapes(s));
    };

    if (type == u"inlineStr")
        return text(hasInline ? inlineText : value);
    if (!hasValue)
        return SourceCell();
    if (type == u"s") {
        bool ok = false;
        const int index = value.trimmed().toInt(&ok);
        const auto& strings = m_workbook.sharedStrings();
        if (!ok || index < 0 || static_cast<std::size_t>(index) >= strings.size()) {
            m_warnings.add(QStringLiteral("bad_cell"), row, column,
                           tr("Cell %1 refers to a missing shared string; it is read as missing.").arg(cellName(column, row)));
            return SourceCell::missing();
        }
        return strings[static_cast<std::size_t>(index)].isEmpty() ? SourceCell()
                                                                  : SourceCell::ofText(strings[static_cast<std::size_t>(index)]);
    }
    if (type == u"str")
        return text(value);
    if (type == u"b") {
        const QString v = value.trimmed();
        return SourceCell::ofBool(v == u"1" || v.compare(u"true", Qt::CaseInsensitive) == 0);
    }
    if (type == u"e") {
        m_warnings.add(QStringLiteral("cell_error"), row, column,
                       tr("Cell %1 holds the Excel error %2; it is read as missing.").arg(cellName(column, row), value.trimmed()));
        return SourceCell::missing();
    }
    if (type == u"d") {
        // ISO 8601 date (written by some tools instead of a serial number).
        const QByteArray utf8 = value.trimmed().toUtf8();
        int layout = -1;
        std::int64_t ms = 0;
        if (parseDateTime(std::string_view(utf8.constData(), static_cast<std::size_t>(utf8.size())), &layout, &ms))
            return SourceCell::ofDateTime(ms);
        return text(value);
    }
    return numberCell(value, style, row, column);
}

SourceCell SheetParser::numberCell(const QString& v, int style, qint64 row, int column)
{
    const QString trimmed = v.trimmed();
    if (trimmed.isEmpty())
        return SourceCell();
    bool ok = false;
    const double number = trimmed.toDouble(&ok);
    if (!ok) {
        m_warnings.add(QStringLiteral("bad_cell"), row, column,
                       tr("Cell %1 holds '%2', which is not a number; it is read as missing.").arg(cellName(column, row), trimmed));
        return SourceCell::missing();
    }
    if (!m_workbook.isDateStyle(style))
        return SourceCell::ofNumber(number);
    std::int64_t ms = 0;
    if (!excelSerialToMs(number, m_workbook.date1904(), &ms)) {
        m_warnings.add(QStringLiteral("bad_date"), row, column,
                       tr("Cell %1 is formatted as a date but holds %2, which is no valid date; it is read as missing.")
                           .arg(cellName(column, row), trimmed));
        return SourceCell::missing();
    }
    return SourceCell::ofDateTime(ms);
}

QString quotedList(const QStringList& names)
{
    QStringList quoted;
    for (const QString& n : names)
        quoted.push_back(QLatin1Char('\'') + n + QLatin1Char('\''));
    return quoted.join(QStringLiteral(", "));
}

// The steps of readXlsx(), in a class for the translation context.
class XlsxReader
{
    Q_DECLARE_TR_FUNCTIONS(pp::XlsxReader)
public:
    static Result<ImportedTable> read(const QString& path, const ImportOptions& options, JobControl* job);
};

} // namespace

Result<QStringList> listXlsxSheets(const QString& path)
{
    XlsxWorkbook workbook;
    QString error;
    if (!workbook.open(path, &error))
        return failure<QStringList>(path, error);
    return workbook.worksheetNames();
}

Result<ImportedTable> readXlsx(const QString& path, const ImportOptions& options, JobControl* job)
{
    return XlsxReader::read(path, options, job);
}

Result<ImportedTable> XlsxReader::read(const QString& path, const ImportOptions& options, JobControl* job)
{
    if (isCancelled(job))
        return Result<ImportedTable>::cancelledResult();
    reportProgress(job, 0.0, tr("Reading workbook"));
    XlsxWorkbook workbook;
    QString error;
    if (!workbook.open(path, &error))
        return failure<ImportedTable>(path, error);

    ImportedTable out;
    out.info.format = FileFormat::Xlsx;
    out.info.delimiter = 0;
    out.info.quote = 0;
    out.info.sheets = workbook.worksheetNames();
    if (out.info.sheets.isEmpty())
        return failure<ImportedTable>(path, tr("The workbook contains no worksheets."));

    const XlsxSheetRef* sheet = options.sheet.isEmpty() ? workbook.findSheet(out.info.sheets.first())
                                                        : workbook.findSheet(options.sheet);
    if (!sheet) {
        return failure<ImportedTable>(path, tr("The workbook has no sheet named '%1'. Available sheets: %2.")
                                                .arg(options.sheet, quotedList(out.info.sheets)));
    }
    if (!sheet->worksheet) {
        return failure<ImportedTable>(path, tr("'%1' is a chart sheet and holds no cells. Available sheets: %2.")
                                                .arg(sheet->name, quotedList(out.info.sheets)));
    }
    if (sheet->part.isEmpty())
        return failure<ImportedTable>(path, tr("The workbook is damaged: the sheet '%1' has no content part.").arg(sheet->name));
    out.info.sheet = sheet->name;

    if (!workbook.loadSharedParts(&error, SubProgress(job, 0.0, 0.1))) {
        if (error.isEmpty())
            return Result<ImportedTable>::cancelledResult();
        return failure<ImportedTable>(path, error);
    }

    CellTableBuilder builder(options, options.header);
    const SubProgress parsing(job, 0.1, 0.9);
    SheetParser parser(workbook, builder, std::max(0, options.skipRows), parsing);
    switch (parser.parse(sheet->part, &error)) {
    case SheetParser::Outcome::Cancelled:
        return Result<ImportedTable>::cancelledResult();
    case SheetParser::Outcome::Failed:
        return failure<ImportedTable>(path, tr("Sheet '%1': %2").arg(sheet->name, error));
    case SheetParser::Outcome::Done:
        break;
    }

    std::vector<Warning> warnings;
    parser.warnings().flushInto(&warnings);
    if (!builder.finish(&out.table, &warnings, SubProgress(job, 0.9, 1.0)))
        return Result<ImportedTable>::cancelledResult();
    out.table.setSource(path);
    out.info.hasHeader = builder.hasHeader();
    out.info.dataRows = builder.dataRows();
    out.info.truncated = builder.truncated();
    out.info.skippedRows = parser.blankRows();
    if (out.table.columnCount() == 0) {
        warnings.push_back({QStringLiteral("empty"), 0, 0, tr("The sheet '%1' contains no data.").arg(sheet->name)});
    }
    reportProgress(job, 1.0);

    Result<ImportedTable> result(std::move(out));
    for (Warning& w : warnings)
        result.addWarning(std::move(w));
    return result;
}

} // namespace pp
