// XLSX reader tests. Expected values are those written by data/make_fixtures.py, which
// reads every workbook back with openpyxl and asserts them before the fixture is kept.

#include "tst_import.h"

#include "data/xlsx_workbook.h"

#include <QDateTime>
#include <QFile>
#include <QRandomGenerator>
#include <QTimeZone>
#include <QtTest>

#include <cmath>

using namespace pp;

namespace {

Result<ImportedTable> readFixture(const char* name, const ImportOptions& options = {}, JobControl* job = nullptr)
{
    return readXlsx(fixture(QString::fromUtf8(name)), options, job);
}

const Column& columnNamed(const Table& table, const QString& name)
{
    static const Column none;
    const Column* c = table.find(name);
    return c ? *c : none;
}

QString iso(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz"));
}

} // namespace

#define READ_OK(var, ...)                                                                                    \
    auto var = readFixture(__VA_ARGS__);                                                                     \
    QVERIFY2(var.ok(), qPrintable(var.error().toString()))

void TestImport::excelSerial_data()
{
    QTest::addColumn<double>("serial");
    QTest::addColumn<bool>("date1904");
    QTest::addColumn<QString>("expected");  // empty: not a date
    // 1900 system. Serial 1 is 1900-01-01 and 60 the non-existent 1900-02-29 (Microsoft,
    // "Differences between the 1900 and the 1904 date system in Excel"); openpyxl's
    // from_excel maps 60 to 1900-02-28 and values below 1 to times, which we anchor on
    // 1899-12-31 (Excel's "1900-01-00").
    QTest::newRow("1") << 1.0 << false << "1900-01-01T00:00:00.000";
    QTest::newRow("59") << 59.0 << false << "1900-02-28T00:00:00.000";
    QTest::newRow("60-leap-bug") << 60.0 << false << "1900-02-28T00:00:00.000";
    QTest::newRow("61") << 61.0 << false << "1900-03-01T00:00:00.000";
    QTest::newRow("unix-epoch") << 25569.0 << false << "1970-01-01T00:00:00.000";
    // =DATE(2024,1,31)+TIME(12,0,0) is 45322.5 in Excel.
    QTest::newRow("2024-01-31-noon") << 45322.5 << false << "2024-01-31T12:00:00.000";
    // 08:30 is 0.3541666... of a day: the ms are rounded, as openpyxl does.
    QTest::newRow("rounded-ms") << (45322.0 + 8.5 / 24.0) << false << "2024-01-31T08:30:00.000";
    QTest::newRow("rounds-to-next-day") << 45322.999999999 << false << "2024-02-01T00:00:00.000";
    QTest::newRow("time-only") << 0.5 << false << "1899-12-31T12:00:00.000";
    QTest::newRow("last-day") << 2958465.0 << false << "9999-12-31T00:00:00.000";
    QTest::newRow("past-9999") << 2958466.0 << false << "";
    QTest::newRow("negative") << -1.0 << false << "";
    QTest::newRow("nan") << std::nan("") << false << "";
    // 1904 system: day 0 is 1904-01-01, no leap-year bug (openpyxl MAC_EPOCH).
    QTest::newRow("1904-0") << 0.0 << true << "1904-01-01T00:00:00.000";
    QTest::newRow("1904-1") << 1.0 << true << "1904-01-02T00:00:00.000";
    QTest::newRow("1904-60") << 60.0 << true << "1904-03-01T00:00:00.000";
    QTest::newRow("1904-43890.5") << 43890.5 << true << "2024-03-01T12:00:00.000";
}

void TestImport::excelSerial()
{
    QFETCH(double, serial);
    QFETCH(bool, date1904);
    QFETCH(QString, expected);
    std::int64_t ms = 0;
    const bool ok = excelSerialToMs(serial, date1904, &ms);
    QCOMPARE(ok, !expected.isEmpty());
    if (ok)
        QCOMPARE(iso(ms), expected);
}

void TestImport::dateFormatCode_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("isDate");
    // Expected: openpyxl.styles.numbers.is_date_format(code) (openpyxl 3.0.9).
    QTest::newRow("iso-date") << "yyyy-mm-dd" << true;
    QTest::newRow("general") << "General" << false;
    QTest::newRow("percent") << "0.00%" << false;
    QTest::newRow("quoted-letters") << "0.0 \"days\"" << false;
    QTest::newRow("colour") << "[Red]0.00" << false;
    QTest::newRow("elapsed") << "[h]:mm:ss" << true;
    QTest::newRow("am-pm") << "h:mm AM/PM" << true;
    QTest::newRow("chinese") << "yyyy\"年\"m\"月\"d\"日\"" << true;
    QTest::newRow("accounting") << "#,##0.00_);[Red](#,##0.00)" << false;
    QTest::newRow("escaped-d") << "\\d0" << false;
    QTest::newRow("date-in-second-section") << "0.00;[Red]dd" << false;
    QTest::newRow("locale") << "[$-804]yyyy/m/d" << true;
    QTest::newRow("text") << "@" << false;
    QTest::newRow("dbnum") << "[DBNum1]General" << false;
    QTest::newRow("minutes-seconds") << "mmss.0" << true;
    QTest::newRow("quoted-text") << "\"Date: \"@" << false;
    QTest::newRow("d-mmm") << "d-mmm" << true;
    QTest::newRow("scientific") << "0.00E+00" << false;
    QTest::newRow("fraction") << "# ?/?" << false;
    QTest::newRow("currency") << "[$€-407]#,##0.00" << false;
    QTest::newRow("dmy-hm") << "dd/mm/yyyy hh:mm" << true;
}

void TestImport::dateFormatCode()
{
    QFETCH(QString, code);
    QFETCH(bool, isDate);
    QCOMPARE(isDateFormatCode(code), isDate);
}

void TestImport::builtinDateFormat()
{
    // ECMA-376 Part 1, 18.8.30: 14-22 and 45-47 are dates/times in every locale; 27-36 and
    // 50-58 in the Chinese, Japanese and Korean ones. 0-13, 37-44, 48, 49 are numbers/text.
    for (int id = 0; id < 164; ++id) {
        const bool expected = (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47)
            || (id >= 50 && id <= 58);
        QVERIFY2(isBuiltinDateFormat(id) == expected, qPrintable(QString::number(id)));
    }
}

void TestImport::xlsxShape_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("sheet");
    QTest::addColumn<int>("header");  // HeaderMode
    QTest::addColumn<int>("rows");
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QString>("types");
    QTest::addColumn<bool>("hasHeader");
    const int autoH = static_cast<int>(HeaderMode::Auto);
    const int yes = static_cast<int>(HeaderMode::Yes);
    const int no = static_cast<int>(HeaderMode::No);

    QTest::newRow("shared-strings") << "shared_strings.xlsx" << "" << autoH << 6
                                    << QStringList{"order_id", "customer", "city", "amount", "quantity"}
                                    << "numeric,categorical,categorical,numeric,numeric" << true;
    QTest::newRow("zip-data-descriptors") << "data_descriptors.xlsx" << "" << autoH << 6
                                          << QStringList{"order_id", "customer", "city", "amount", "quantity"}
                                          << "numeric,categorical,categorical,numeric,numeric" << true;
    QTest::newRow("shared-strings-no-header") << "shared_strings.xlsx" << "" << no << 7
                                              << QStringList{"column_1", "column_2", "column_3", "column_4", "column_5"}
                                              << "categorical,categorical,categorical,categorical,categorical" << false;
    QTest::newRow("inline-strings-booleans") << "booleans.xlsx" << "" << autoH << 4
                                             << QStringList{"name", "active", "score"}
                                             << "categorical,boolean,numeric" << true;
    QTest::newRow("dates") << "dates.xlsx" << "" << autoH << 4
                           << QStringList{"order_date", "ship_date", "cn_date", "ts", "early", "pct", "days", "clock"}
                           << "datetime,datetime,datetime,datetime,datetime,numeric,numeric,datetime" << true;
    QTest::newRow("sparse") << "sparse.xlsx" << "" << autoH << 4
                            << QStringList{"id", "a", "b", "c", "column_5", "column_6"}
                            << "numeric,numeric,numeric,categorical,numeric,numeric" << true;
    QTest::newRow("first-sheet") << "multi_sheet.xlsx" << "" << autoH << 3 << QStringList{"order", "amount"}
                                 << "categorical,numeric" << true;
    QTest::newRow("sheet-by-name") << "multi_sheet.xlsx" << "Customers" << autoH << 2 << QStringList{"name", "age"}
                                   << "categorical,numeric" << true;
    QTest::newRow("sheet-name-any-case") << "multi_sheet.xlsx" << "customers" << autoH << 2
                                         << QStringList{"name", "age"} << "categorical,numeric" << true;
    QTest::newRow("hidden-sheet") << "multi_sheet.xlsx" << "Hidden" << autoH << 1 << QStringList{"secret"} << "numeric"
                                  << true;
    QTest::newRow("chinese-sheet-name") << "multi_sheet.xlsx" << "汇总" << autoH << 1 << QStringList{"总计"}
                                        << "numeric" << true;
    QTest::newRow("empty-sheet") << "empty_sheet.xlsx" << "" << autoH << 0 << QStringList{} << "" << false;
    QTest::newRow("header-only") << "header_only.xlsx" << "" << autoH << 0 << QStringList{"customer", "amount", "date"}
                                 << "numeric,numeric,numeric" << true;
    QTest::newRow("error-cells") << "error_cell.xlsx" << "" << autoH << 4 << QStringList{"x", "y", "ratio"}
                                 << "numeric,numeric,numeric" << true;
    QTest::newRow("chinese") << "chinese.xlsx" << "" << autoH << 3 << QStringList{"客户编号", "姓名", "城市", "消费金额"}
                             << "numeric,categorical,categorical,numeric" << true;
    QTest::newRow("single-row") << "single_row.xlsx" << "" << autoH << 1 << QStringList{"a", "b", "empty"}
                                << "numeric,categorical,numeric" << true;
    QTest::newRow("duplicate-headers") << "dup_headers.xlsx" << "" << autoH << 1
                                       << QStringList{"a", "a.2", "column_3", "a.1", "b", "a.3"}
                                       << "numeric,numeric,numeric,numeric,numeric,numeric" << true;
    QTest::newRow("inline-1904") << "inline_1904.xlsx" << "" << autoH << 3
                                 << QStringList{"label", "when", "flag", "formula", "iso"}
                                 << "categorical,datetime,boolean,categorical,datetime" << true;
    // Auto: the second row is all words too, so the first is not taken as a header.
    QTest::newRow("rich-text-auto") << "rich_text.xlsx" << "" << autoH << 3 << QStringList{"column_1", "column_2"}
                                    << "categorical,categorical" << false;
    QTest::newRow("rich-text-header") << "rich_text.xlsx" << "" << yes << 2 << QStringList{"name", "note"}
                                      << "categorical,categorical" << true;
    QTest::newRow("large") << "large.xlsx" << "" << autoH << 3000 << QStringList{"i", "half", "category"}
                           << "numeric,numeric,categorical" << true;
}

void TestImport::xlsxShape()
{
    QFETCH(QString, file);
    QFETCH(QString, sheet);
    QFETCH(int, header);
    QFETCH(int, rows);
    QFETCH(QStringList, names);
    QFETCH(QString, types);
    QFETCH(bool, hasHeader);
    ImportOptions options;
    options.sheet = sheet;
    options.header = static_cast<HeaderMode>(header);
    const auto result = readXlsx(fixture(file), options);
    QVERIFY2(result.ok(), qPrintable(result.error().toString()));
    const Table& table = result->table;
    QCOMPARE(table.columnNames(), names);
    QCOMPARE(columnTypes(table), types);
    QCOMPARE(table.rowCount(), std::size_t(rows));
    for (const Column& c : table.columns())
        QCOMPARE(c.size(), std::size_t(rows));
    QCOMPARE(result->info.format, FileFormat::Xlsx);
    QCOMPARE(result->info.dataRows, qint64(rows));
    QCOMPARE(result->info.hasHeader, hasHeader);
    QVERIFY(!result->info.truncated);
    QCOMPARE(table.source(), fixture(file));
}

void TestImport::xlsxSharedStrings()
{
    READ_OK(r, "shared_strings.xlsx");
    const Table& t = r->table;
    QCOMPARE(displayValues(columnNamed(t, "customer")), (QStringList{"Alice", "Bob", "Alice", "Carol", "Bob", "Dave"}));
    QCOMPARE(displayValues(columnNamed(t, "city")),
             (QStringList{"Beijing", "Shanghai", "Beijing", "Shenzhen", "Shanghai", "Beijing"}));
    QCOMPARE(columnNamed(t, "customer").dictionary().size(), std::size_t(4));
    QCOMPARE(columnNamed(t, "amount").numbers(), (std::vector<double>{120.5, 80.0, 42.25, 300.0, 15.75, 99.99}));
    QCOMPARE(columnNamed(t, "quantity").numbers(), (std::vector<double>{2, 1, 3, 5, 1, 4}));
    QCOMPARE(columnNamed(t, "order_id").numbers(), (std::vector<double>{1001, 1002, 1003, 1004, 1005, 1006}));
    QCOMPARE(columnNamed(t, "order_id").role(), ColumnRole::Id);  // unique integers named *_id
    QCOMPARE(r->info.sheet, QStringLiteral("Sales"));
    QCOMPARE(r->info.sheets, QStringList{"Sales"});
    QCOMPARE(r->info.skippedRows, qint64(0));
    QVERIFY(r.warnings().empty());
}

void TestImport::xlsxBooleans()
{
    READ_OK(r, "booleans.xlsx");
    const Column& active = columnNamed(r->table, "active");
    QCOMPARE(active.type(), ColumnType::Boolean);
    QCOMPARE(active.bools(), (std::vector<std::int8_t>{1, 0, 1, kMissingBool}));
    QCOMPARE(columnNamed(r->table, "score").numbers(), (std::vector<double>{1, 0, 1, 0}));
}

void TestImport::xlsxDates()
{
    READ_OK(r, "dates.xlsx");
    const Table& t = r->table;
    // make_fixtures.py DATE_ROWS, read back identically by openpyxl.
    QCOMPARE(columnNamed(t, "order_date").times(),
             (std::vector<std::int64_t>{utcMs(2024, 1, 31, 8, 30), utcMs(2023, 12, 25), utcMs(1900, 3, 1, 12),
                                        utcMs(2020, 2, 29, 23, 59, 59)}));
    QCOMPARE(columnNamed(t, "ship_date").times(),  // built-in format 14
             (std::vector<std::int64_t>{utcMs(2024, 2, 29), utcMs(2024, 3, 1), utcMs(1999, 12, 31), utcMs(2000, 2, 29)}));
    QCOMPARE(columnNamed(t, "cn_date").times(),  // custom yyyy"年"m"月"d"日"
             (std::vector<std::int64_t>{utcMs(2023, 10, 1), utcMs(2024, 1, 1), utcMs(2008, 8, 8), utcMs(2021, 7, 1)}));
    QCOMPARE(columnNamed(t, "ts").times(),
             (std::vector<std::int64_t>{utcMs(2022, 12, 31, 23, 59), utcMs(2000, 1, 1, 0, 1), utcMs(1970, 1, 1),
                                        utcMs(2038, 1, 19, 3, 14)}));
    // Around the 1900 leap-year bug.
    QCOMPARE(columnNamed(t, "early").times(),
             (std::vector<std::int64_t>{utcMs(1900, 1, 1), utcMs(1900, 2, 28), utcMs(1900, 3, 1), utcMs(1970, 1, 1)}));
    QCOMPARE(columnNamed(t, "pct").numbers(), (std::vector<double>{0.125, 0.5, 1.0, 0.0}));
    QCOMPARE(columnNamed(t, "days").numbers(), (std::vector<double>{1.5, 2.0, 0.5, 10.0}));
    // Times of day (openpyxl: datetime.time) on Excel's day 0, 1899-12-31.
    QCOMPARE(columnNamed(t, "clock").times(),
             (std::vector<std::int64_t>{utcMs(1899, 12, 31, 12), utcMs(1899, 12, 31, 18, 45), utcMs(1899, 12, 31, 0, 30),
                                        utcMs(1899, 12, 31, 23, 59, 59)}));
    QVERIFY(r.warnings().empty());
}

void TestImport::xlsxSparse()
{
    READ_OK(r, "sparse.xlsx");
    const Table& t = r->table;
    // make_fixtures.py sparse(): cells A2 B2 D2 / A3 C3 / (row 4 blank) / A5 D5 F5 / B6.
    QCOMPARE(displayValues(columnNamed(t, "id")), (QStringList{"1", "2", "3", "<NA>"}));
    QCOMPARE(displayValues(columnNamed(t, "a")), (QStringList{"10", "<NA>", "<NA>", "60"}));
    QCOMPARE(displayValues(columnNamed(t, "b")), (QStringList{"<NA>", "30", "<NA>", "<NA>"}));
    QCOMPARE(displayValues(columnNamed(t, "c")), (QStringList{"x", "<NA>", "z", "<NA>"}));
    QCOMPARE(columnNamed(t, "column_5").missingCount(), std::size_t(4));  // an all-missing column
    QCOMPARE(displayValues(columnNamed(t, "column_6")), (QStringList{"<NA>", "<NA>", "99", "<NA>"}));
    QCOMPARE(r->info.skippedRows, qint64(1));
}

void TestImport::xlsxSheets()
{
    const auto sheets = listXlsxSheets(fixture(QStringLiteral("multi_sheet.xlsx")));
    QVERIFY2(sheets.ok(), qPrintable(sheets.error().toString()));
    // Workbook order, hidden sheets included, the chart sheet left out (no cells).
    const QStringList expected{"Orders", "Customers", "Hidden", "汇总"};
    QCOMPARE(sheets.value(), expected);

    ImportOptions options;
    options.sheet = QStringLiteral("汇总");
    READ_OK(r, "multi_sheet.xlsx", options);
    QCOMPARE(r->info.sheets, expected);
    QCOMPARE(r->info.sheet, QStringLiteral("汇总"));
    QCOMPARE(columnNamed(r->table, "总计").numbers(), std::vector<double>{60.75});

    options.sheet = QStringLiteral("customers");  // Excel's sheet names ignore case
    READ_OK(c, "multi_sheet.xlsx", options);
    QCOMPARE(c->info.sheet, QStringLiteral("Customers"));
    QCOMPARE(displayValues(columnNamed(c->table, "name")), (QStringList{"Alice", "Bob"}));
    QCOMPARE(columnNamed(c->table, "age").numbers(), (std::vector<double>{34, 27}));
}

void TestImport::xlsxUnknownSheet_data()
{
    QTest::addColumn<QString>("sheet");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown") << "Nope" << "no sheet named 'Nope'";
    QTest::newRow("chart-sheet") << "Chart" << "'Chart' is a chart sheet";
}

void TestImport::xlsxUnknownSheet()
{
    QFETCH(QString, sheet);
    QFETCH(QString, message);
    ImportOptions options;
    options.sheet = sheet;
    const auto r = readFixture("multi_sheet.xlsx", options);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().message.contains(message), qPrintable(r.error().message));
    // The message lists the sheets that can be read.
    QVERIFY2(r.error().message.contains(QStringLiteral("'Orders', 'Customers', 'Hidden', '汇总'")),
             qPrintable(r.error().message));
    QCOMPARE(r.error().file, fixture(QStringLiteral("multi_sheet.xlsx")));
}

void TestImport::xlsxEmptySheet()
{
    READ_OK(r, "empty_sheet.xlsx");
    QCOMPARE(r->info.sheet, QStringLiteral("Empty"));
    QCOMPARE(r->table.columnCount(), std::size_t(0));
    QCOMPARE(r->table.rowCount(), std::size_t(0));
    QCOMPARE(countWarnings(r.warnings(), QStringLiteral("empty")), 1);

    ImportOptions options;  // the other sheet of the same workbook holds one word
    options.sheet = QStringLiteral("Other");
    options.header = HeaderMode::No;
    READ_OK(other, "empty_sheet.xlsx", options);
    QCOMPARE(displayValues(other->table.column(0)), QStringList{"only"});
}

void TestImport::xlsxHeaderOnly()
{
    READ_OK(r, "header_only.xlsx");
    QCOMPARE(r->table.columnNames(), (QStringList{"customer", "amount", "date"}));
    QCOMPARE(r->table.rowCount(), std::size_t(0));
    QCOMPARE(r->info.dataRows, qint64(0));
    QCOMPARE(countWarnings(r.warnings(), QStringLiteral("empty")), 0);
}

void TestImport::xlsxDuplicateHeaders()
{
    READ_OK(r, "dup_headers.xlsx");
    // Names from pandas 1.5.3 read_excel (make_fixtures.py duplicate_headers); one warning
    // per renamed column, at its position.
    QCOMPARE(r->table.columnNames(), (QStringList{"a", "a.2", "column_3", "a.1", "b", "a.3"}));
    QCOMPARE(r->table.find(QStringLiteral("a.1"))->numbers(), std::vector<double>{4});
    std::vector<int> renamedAt;
    for (const Warning& w : r.warnings()) {
        if (w.kind == QLatin1String("duplicate_column_name"))
            renamedAt.push_back(w.column);
    }
    QCOMPARE(renamedAt, (std::vector<int>{2, 6}));

    // SQL result columns go through the same rule.
    ImportOptions options;
    options.query = QStringLiteral("SELECT 1 AS x, 2 AS x, 3 AS x");
    const auto q = readSqlite(fixture(QStringLiteral("shop.sqlite")), options);
    QVERIFY2(q.ok(), qPrintable(q.error().toString()));
    QCOMPARE(q->table.columnNames(), (QStringList{"x", "x.1", "x.2"}));
    QCOMPARE(countWarnings(q.warnings(), QStringLiteral("duplicate_column_name")), 2);
}

void TestImport::xlsxSingleRow()
{
    READ_OK(r, "single_row.xlsx");
    QCOMPARE(r->table.rowCount(), std::size_t(1));
    QCOMPARE(columnNamed(r->table, "a").numbers(), std::vector<double>{7});
    QCOMPARE(displayValues(columnNamed(r->table, "b")), QStringList{"x"});
    // A header with nothing under it: an all-missing column, numeric as in pandas (float64).
    const Column& empty = columnNamed(r->table, "empty");
    QCOMPARE(empty.type(), ColumnType::Numeric);
    QCOMPARE(empty.missingCount(), std::size_t(1));
}

void TestImport::xlsxErrorCells()
{
    READ_OK(r, "error_cell.xlsx");
    const Column& ratio = columnNamed(r->table, "ratio");
    QCOMPARE(displayValues(ratio), (QStringList{"<NA>", "0.5", "<NA>", "<NA>"}));
    QCOMPARE(columnNamed(r->table, "y").numbers(), (std::vector<double>{0, 4, 0, 2}));
    // One warning per error cell: C2 and C4 hold #DIV/0!, C5 #N/A (make_fixtures.py).
    std::vector<Warning> errors;
    for (const Warning& w : r.warnings()) {
        if (w.kind == QLatin1String("cell_error"))
            errors.push_back(w);
    }
    QCOMPARE(errors.size(), std::size_t(3));
    QCOMPARE(errors[0].line, qint64(2));
    QCOMPARE(errors[0].column, 3);
    QVERIFY2(errors[0].detail.contains(QLatin1String("C2")) && errors[0].detail.contains(QLatin1String("#DIV/0!")),
             qPrintable(errors[0].detail));
    QCOMPARE(errors[1].line, qint64(4));
    QCOMPARE(errors[2].line, qint64(5));
    QVERIFY(errors[2].detail.contains(QLatin1String("#N/A")));
}

void TestImport::xlsxRichText()
{
    ImportOptions options;
    options.header = HeaderMode::Yes;
    READ_OK(r, "rich_text.xlsx", options);
    // Runs are joined, phonetic runs (furigana) left out: openpyxl reads the same text.
    QCOMPARE(displayValues(columnNamed(r->table, "name")), (QStringList{"Bold and plain", "東京"}));
    // _x005F_ is an escaped '_' (openpyxl agrees); _x0009_ is a tab (ECMA-376 ST_Xstring;
    // openpyxl 3.0 leaves it undecoded).
    QCOMPARE(displayValues(columnNamed(r->table, "note")), (QStringList{"a_x000D_b", "Tab\there"}));
}

void TestImport::xlsxInline1904()
{
    READ_OK(r, "inline_1904.xlsx");
    const Table& t = r->table;
    // Hand-written sheet (make_fixtures.py inline_1904), values confirmed by openpyxl.
    QCOMPARE(displayValues(columnNamed(t, "label")), (QStringList{"Hello", "line\rbreak", " last "}));
    QCOMPARE(columnNamed(t, "when").times(),  // 1904 system: serials 1, 43890.5, 366
             (std::vector<std::int64_t>{utcMs(1904, 1, 2), utcMs(2024, 3, 1, 12), utcMs(1905, 1, 1)}));
    QCOMPARE(columnNamed(t, "flag").bools(), (std::vector<std::int8_t>{1, 0, 1}));
    QCOMPARE(displayValues(columnNamed(t, "formula")), (QStringList{"HELLO", "x", "<NA>"}));
    QCOMPARE(columnNamed(t, "iso").times(), (std::vector<std::int64_t>{utcMs(2024, 3, 1, 10), kMissingTime, kMissingTime}));
    // Row 3 has no cell references: its fifth cell is E3.
    QCOMPARE(countWarnings(r.warnings(), QStringLiteral("cell_error")), 1);
    const Warning& w = r.warnings().front();
    QCOMPARE(w.line, qint64(3));
    QCOMPARE(w.column, 5);
    QVERIFY2(w.detail.contains(QLatin1String("E3")) && w.detail.contains(QLatin1String("#VALUE!")), qPrintable(w.detail));
    QCOMPARE(r->info.skippedRows, qint64(1));  // row 4 is missing from the sheet
}

void TestImport::xlsxChinese()
{
    READ_OK(r, "chinese.xlsx");
    const Table& t = r->table;
    QCOMPARE(r->info.sheet, QStringLiteral("客户"));
    QCOMPARE(displayValues(columnNamed(t, "姓名")), (QStringList{"张三", "李四", "王五"}));
    QCOMPARE(displayValues(columnNamed(t, "城市")), (QStringList{"北京", "上海", "广州"}));
    QCOMPARE(columnNamed(t, "消费金额").numbers(), (std::vector<double>{1288.5, 560, 3120.75}));
    QCOMPARE(columnNamed(t, "客户编号").role(), ColumnRole::Id);  // 编号 = "number/id"
}

void TestImport::xlsxBroken_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("message");
    QTest::addColumn<bool>("listable");  // the sheet list itself is intact
    QTest::newRow("truncated") << "truncated.xlsx" << "not an Excel workbook" << false;
    QTest::newRow("random-bytes") << "random_bytes.xlsx" << "not an Excel workbook" << false;
    QTest::newRow("fake-zip-magic") << "fake_zip.xlsx" << "not an Excel workbook" << false;
    QTest::newRow("empty-file") << "empty_file.xlsx" << "not an Excel workbook" << false;
    QTest::newRow("corrupt-deflate") << "corrupt_deflate.xlsx" << "damaged" << true;
    QTest::newRow("zip-without-workbook") << "not_a_workbook.xlsx" << "no workbook part" << false;
    QTest::newRow("encrypted") << "encrypted.xlsx" << "encrypted" << false;
    QTest::newRow("legacy-xls") << "legacy.xls" << "Excel 97-2003" << false;
    QTest::newRow("sqlite-file") << "shop.sqlite" << "not an Excel workbook" << false;
    QTest::newRow("missing") << "no_such_file.xlsx" << "Cannot open 'no_such_file.xlsx'" << false;
}

void TestImport::xlsxBroken()
{
    QFETCH(QString, file);
    QFETCH(QString, message);
    QFETCH(bool, listable);
    const QString path = fixture(file);
    const auto r = readXlsx(path, {});
    QVERIFY(!r.ok());
    QVERIFY(!r.cancelled());
    QVERIFY2(r.error().message.contains(message), qPrintable(r.error().message));
    QCOMPARE(r.error().file, path);
    const auto sheets = listXlsxSheets(path);
    QCOMPARE(sheets.ok(), listable);
    if (!listable)
        QCOMPARE(sheets.error().file, path);
}

void TestImport::xlsxFuzz()
{
    // Truncations and byte flips of real workbooks (deflated and stored members): each read
    // must end with a table or an error, never a crash or a hang. Seeded, so repeatable.
    QRandomGenerator rng(20240131);
    const char* sources[] = {"shared_strings.xlsx", "inline_1904.xlsx", "rich_text.xlsx", "dates.xlsx"};
    int failures = 0;
    int runs = 0;
    for (const char* source : sources) {
        QFile in(fixture(QString::fromUtf8(source)));
        QVERIFY(in.open(QIODevice::ReadOnly));
        const QByteArray original = in.readAll();
        for (int i = 0; i < 60; ++i) {
            QByteArray bytes = original;
            if (i % 3 == 0) {
                bytes.truncate(rng.bounded(static_cast<int>(bytes.size())));
            } else {
                const int flips = 1 + rng.bounded(8);
                for (int k = 0; k < flips; ++k)
                    bytes[rng.bounded(static_cast<int>(bytes.size()))] = static_cast<char>(rng.bounded(256));
            }
            const QString path = m_tmp.filePath(QStringLiteral("fuzz.xlsx"));
            QFile out(path);
            QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
            out.write(bytes);
            out.close();
            const auto r = readXlsx(path, {});
            ++runs;
            if (!r.ok()) {
                ++failures;
                QVERIFY(!r.error().message.isEmpty());
                QCOMPARE(r.error().file, path);
            }
            (void)listXlsxSheets(path);
        }
    }
    QVERIFY(failures > runs / 4);  // the damage was real: most variants are refused

    // 300000 nested rich-text runs (make_fixtures.py broken()): read without recursion.
    ImportOptions options;
    options.header = HeaderMode::No;
    const auto deep = readFixture("deep_nesting.xlsx", options);
    QVERIFY2(deep.ok(), qPrintable(deep.error().toString()));
    QCOMPARE(displayValues(deep->table.column(0)), QStringList{"deep"});
}

void TestImport::xlsxMaxRows_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("header");
    QTest::addColumn<qint64>("maxRows");
    QTest::addColumn<int>("rows");
    QTest::addColumn<bool>("truncated");
    const int autoH = static_cast<int>(HeaderMode::Auto);
    QTest::newRow("all") << "large.xlsx" << autoH << qint64(-1) << 3000 << false;
    QTest::newRow("preview") << "large.xlsx" << autoH << qint64(10) << 10 << true;
    QTest::newRow("zero") << "large.xlsx" << autoH << qint64(0) << 0 << true;
    QTest::newRow("one-short") << "large.xlsx" << autoH << qint64(2999) << 2999 << true;
    QTest::newRow("exact") << "large.xlsx" << autoH << qint64(3000) << 3000 << false;
    QTest::newRow("more-than-there") << "shared_strings.xlsx" << autoH << qint64(100) << 6 << false;
    QTest::newRow("no-header-1") << "rich_text.xlsx" << static_cast<int>(HeaderMode::No) << qint64(1) << 1 << true;
    QTest::newRow("auto-while-deciding") << "rich_text.xlsx" << autoH << qint64(1) << 1 << true;
}

void TestImport::xlsxMaxRows()
{
    QFETCH(QString, file);
    QFETCH(int, header);
    QFETCH(qint64, maxRows);
    QFETCH(int, rows);
    QFETCH(bool, truncated);
    ImportOptions options;
    options.maxRows = maxRows;
    options.header = static_cast<HeaderMode>(header);
    const auto r = readXlsx(fixture(file), options);
    QVERIFY2(r.ok(), qPrintable(r.error().toString()));
    QCOMPARE(r->table.rowCount(), std::size_t(rows));
    QCOMPARE(r->info.dataRows, qint64(rows));
    QCOMPARE(r->info.truncated, truncated);
    QVERIFY(r->table.columnCount() > 0);
    if (file == QLatin1String("large.xlsx") && rows > 0) {
        const Column& i = *r->table.find(QStringLiteral("i"));
        QCOMPARE(i.numbers().back(), double(rows - 1));  // rows 0..n-1 as written
    }
}

void TestImport::xlsxOptions()
{
    ImportOptions options;
    options.typeOverrides.insert(QStringLiteral("order_id"), ColumnType::Categorical);
    options.typeOverrides.insert(QStringLiteral("amount"), ColumnType::Text);
    options.typeOverrides.insert(QStringLiteral("customer"), ColumnType::Numeric);
    options.typeOverrides.insert(QStringLiteral("no_such_column"), ColumnType::Numeric);
    READ_OK(r, "shared_strings.xlsx", options);
    QCOMPARE(columnTypes(r->table), QStringLiteral("categorical,numeric,categorical,text,numeric"));
    QCOMPARE(displayValues(columnNamed(r->table, "amount")).first(), QStringLiteral("120.5"));
    QCOMPARE(columnNamed(r->table, "customer").missingCount(), std::size_t(6));  // names are no numbers
    QCOMPARE(countWarnings(r.warnings(), QStringLiteral("type_conversion")), 1);
    QCOMPARE(countWarnings(r.warnings(), QStringLiteral("unknown_column")), 1);

    ImportOptions noInference;
    noInference.inferTypes = false;
    READ_OK(raw, "dates.xlsx", noInference);
    for (const Column& c : raw->table.columns())
        QCOMPARE(c.type(), ColumnType::Categorical);
    QCOMPARE(displayValues(columnNamed(raw->table, "pct")), (QStringList{"0.125", "0.5", "1", "0"}));
    QCOMPARE(displayValues(columnNamed(raw->table, "ship_date")).first(), QStringLiteral("2024-02-29"));

    // skipRows counts sheet rows, as Excel numbers them: skip 3 and row 4 is the header.
    ImportOptions skip;
    skip.skipRows = 3;
    skip.header = HeaderMode::Yes;
    READ_OK(s, "shared_strings.xlsx", skip);
    QCOMPARE(s->table.columnNames(), (QStringList{"1003", "Alice", "Beijing", "42.25", "3"}));
    QCOMPARE(displayValues(s->table.column(1)), (QStringList{"Carol", "Bob", "Dave"}));
    skip.skipRows = 1;
    skip.header = HeaderMode::Auto;  // the first row left is data, so no header
    READ_OK(s1, "shared_strings.xlsx", skip);
    QVERIFY(!s1->info.hasHeader);
    QCOMPARE(s1->table.rowCount(), std::size_t(6));
    QCOMPARE(s1->table.column(0).numbers().front(), 1001.0);

    ImportOptions na;
    na.naTokens = QStringList{QString(), QStringLiteral("Bob")};
    READ_OK(n, "shared_strings.xlsx", na);
    QCOMPARE(displayValues(columnNamed(n->table, "customer")),
             (QStringList{"Alice", "<NA>", "Alice", "Carol", "<NA>", "Dave"}));
}

void TestImport::xlsxCancelBeforeStart()
{
    JobControl job;
    job.cancel();
    const auto r = readFixture("shared_strings.xlsx", {}, &job);
    QVERIFY(!r.ok());
    QVERIFY(r.cancelled());
    QVERIFY(r.error().cancelled);
}

void TestImport::xlsxCancelWhileReading()
{
    JobControl job;
    double cancelledAt = -1.0;
    job.setProgressFn([&](double fraction, const QString&) {
        if (fraction > 0.2 && cancelledAt < 0) {
            cancelledAt = fraction;
            job.cancel();
        }
    });
    const auto r = readFixture("large.xlsx", {}, &job);
    QVERIFY(cancelledAt > 0);
    QVERIFY(r.cancelled());
}

void TestImport::xlsxProgress()
{
    std::vector<double> seen;
    JobControl job([&](double fraction, const QString&) { seen.push_back(fraction); });
    READ_OK(r, "large.xlsx", {}, &job);
    QVERIFY(seen.size() >= 4);
    QVERIFY(std::is_sorted(seen.begin(), seen.end()));
    QCOMPARE(seen.back(), 1.0);
}
