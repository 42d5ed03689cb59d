// Format names and detection, importFile() dispatch, column-name de-duplication.
// The XLSX tests are in xlsx_tests.cpp, the SQLite tests in sqlite_tests.cpp.

#include "tst_import.h"

#include "data/cell_table_builder.h"
#include "data/import_options.h"

#include <QDir>
#include <QFile>
#include <QtTest>

using namespace pp;

Q_DECLARE_METATYPE(pp::FileFormat)

namespace {

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    QVERIFY2(f.open(QIODevice::WriteOnly), qPrintable(path));
    f.write(bytes);
}

QByteArray readFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QByteArray();
    return f.readAll();
}

} // namespace

void TestImport::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    // Copies of fixtures under misleading names, and small text files, for detection.
    writeFile(m_tmp.filePath(QStringLiteral("workbook.csv")), readFile(fixture(QStringLiteral("shared_strings.xlsx"))));
    writeFile(m_tmp.filePath(QStringLiteral("database.csv")), readFile(fixture(QStringLiteral("shop.sqlite"))));
    writeFile(m_tmp.filePath(QStringLiteral("text.xlsx")), "a,b\n1,2\n");
    writeFile(m_tmp.filePath(QStringLiteral("text.XLSM")), "a,b\n1,2\n");
    writeFile(m_tmp.filePath(QStringLiteral("plain.csv")), "a,b\n1,2\n");
    writeFile(m_tmp.filePath(QStringLiteral("no_extension")), "a;b\n1;2\n");
    writeFile(m_tmp.filePath(QStringLiteral("empty.csv")), QByteArray());
    QVERIFY(QDir(m_tmp.path()).mkdir(QStringLiteral("folder.xlsx")));
}

void TestImport::fileFormatNames()
{
    const FileFormat all[] = {FileFormat::Auto, FileFormat::Csv, FileFormat::Xlsx, FileFormat::Sqlite};
    for (FileFormat f : all) {
        FileFormat back = FileFormat::Csv;
        QVERIFY(fileFormatFromName(fileFormatName(f), &back));
        QCOMPARE(back, f);
    }
    QCOMPARE(fileFormatName(FileFormat::Xlsx), QStringLiteral("xlsx"));
    QCOMPARE(fileFormatName(FileFormat::Sqlite), QStringLiteral("sqlite"));
    FileFormat f = FileFormat::Auto;
    QVERIFY(fileFormatFromName(QStringLiteral(" XLSX "), &f));
    QCOMPARE(f, FileFormat::Xlsx);
    QVERIFY(fileFormatFromName(QStringLiteral("db"), &f));
    QCOMPARE(f, FileFormat::Sqlite);
    QVERIFY(fileFormatFromName(QStringLiteral("tsv"), &f));
    QCOMPARE(f, FileFormat::Csv);
    f = FileFormat::Xlsx;
    QVERIFY(!fileFormatFromName(QStringLiteral("parquet"), &f));
    QCOMPARE(f, FileFormat::Xlsx);  // untouched on failure
}

void TestImport::defaultNaTokens()
{
    // The list documented in import_options.h (pandas' common defaults plus "-" and "?").
    const QStringList expected = {QString(),          QStringLiteral("NA"),   QStringLiteral("N/A"), QStringLiteral("n/a"),
                                  QStringLiteral("null"), QStringLiteral("NULL"), QStringLiteral("NaN"), QStringLiteral("nan"),
                                  QStringLiteral("#N/A"), QStringLiteral("<NA>"), QStringLiteral("-"),   QStringLiteral("?")};
    QCOMPARE(pp::defaultNaTokens(), expected);
    QCOMPARE(ImportOptions().naTokens, expected);
}

void TestImport::detectFileFormat_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<FileFormat>("expected");
    QTest::newRow("xlsx-magic") << fixture(QStringLiteral("shared_strings.xlsx")) << FileFormat::Xlsx;
    QTest::newRow("xlsx-magic-beats-csv-extension") << m_tmp.filePath(QStringLiteral("workbook.csv")) << FileFormat::Xlsx;
    QTest::newRow("sqlite-magic") << fixture(QStringLiteral("shop.sqlite")) << FileFormat::Sqlite;
    QTest::newRow("sqlite-magic-beats-csv-extension") << m_tmp.filePath(QStringLiteral("database.csv")) << FileFormat::Sqlite;
    QTest::newRow("db-extension-text-content") << fixture(QStringLiteral("not_sqlite.db")) << FileFormat::Sqlite;
    QTest::newRow("xlsx-extension-text-content") << m_tmp.filePath(QStringLiteral("text.xlsx")) << FileFormat::Xlsx;
    QTest::newRow("xlsm-extension-upper-case") << m_tmp.filePath(QStringLiteral("text.XLSM")) << FileFormat::Xlsx;
    QTest::newRow("missing-sqlite3") << m_tmp.filePath(QStringLiteral("nope.sqlite3")) << FileFormat::Sqlite;
    QTest::newRow("missing-xlsx") << m_tmp.filePath(QStringLiteral("nope.xlsx")) << FileFormat::Xlsx;
    QTest::newRow("csv") << m_tmp.filePath(QStringLiteral("plain.csv")) << FileFormat::Csv;
    QTest::newRow("no-extension") << m_tmp.filePath(QStringLiteral("no_extension")) << FileFormat::Csv;
    QTest::newRow("empty-csv") << m_tmp.filePath(QStringLiteral("empty.csv")) << FileFormat::Csv;
    QTest::newRow("empty-xlsx") << fixture(QStringLiteral("empty_file.xlsx")) << FileFormat::Xlsx;
    // OLE files go to the XLSX reader, which explains what they are (see xlsxBroken).
    QTest::newRow("ole-legacy-xls") << fixture(QStringLiteral("legacy.xls")) << FileFormat::Xlsx;
    QTest::newRow("random-bytes-xlsx-extension") << fixture(QStringLiteral("random_bytes.xlsx")) << FileFormat::Xlsx;
}

void TestImport::detectFileFormat()
{
    QFETCH(QString, path);
    QFETCH(FileFormat, expected);
    QCOMPARE(pp::detectFileFormat(path), expected);
}

void TestImport::importFileErrors_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("message");
    QTest::newRow("missing") << m_tmp.filePath(QStringLiteral("nope.xlsx")) << QStringLiteral("Cannot open 'nope.xlsx'");
    QTest::newRow("folder") << m_tmp.filePath(QStringLiteral("folder.xlsx")) << QStringLiteral("Cannot open 'folder.xlsx'");
    QTest::newRow("broken-xlsx") << fixture(QStringLiteral("truncated.xlsx")) << QStringLiteral("not an Excel workbook");
    QTest::newRow("not-sqlite") << fixture(QStringLiteral("not_sqlite.db")) << QStringLiteral("not an SQLite database");
}

void TestImport::importFileErrors()
{
    QFETCH(QString, path);
    QFETCH(QString, message);
    const auto result = importFile(path);
    QVERIFY(!result.ok());
    QVERIFY(!result.cancelled());
    QVERIFY2(result.error().message.contains(message), qPrintable(result.error().message));
    QCOMPARE(result.error().file, path);
}

void TestImport::importFileDispatch()
{
    auto xlsx = importFile(fixture(QStringLiteral("shared_strings.xlsx")));
    QVERIFY2(xlsx.ok(), qPrintable(xlsx.error().toString()));
    QCOMPARE(xlsx->info.format, FileFormat::Xlsx);
    QCOMPARE(xlsx->table.rowCount(), std::size_t(6));

    ImportOptions options;
    options.table = QStringLiteral("orders");
    auto db = importFile(fixture(QStringLiteral("shop.sqlite")), options);
    QVERIFY2(db.ok(), qPrintable(db.error().toString()));
    QCOMPARE(db->info.format, FileFormat::Sqlite);
    QCOMPARE(db->table.rowCount(), std::size_t(5));

    auto csv = importFile(m_tmp.filePath(QStringLiteral("plain.csv")));
    QVERIFY2(csv.ok(), qPrintable(csv.error().toString()));
    QCOMPARE(csv->info.format, FileFormat::Csv);
    QCOMPARE(csv->table.columnNames(), (QStringList{"a", "b"}));

    // An explicit format overrides detection: a workbook read as SQLite is refused.
    options.format = FileFormat::Sqlite;
    auto forced = importFile(fixture(QStringLiteral("shared_strings.xlsx")), options);
    QVERIFY(!forced.ok());
    QVERIFY2(forced.error().message.contains(QLatin1String("not an SQLite database")), qPrintable(forced.error().message));
}

void TestImport::deduplicateNames_data()
{
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QStringList>("expected");
    // Expected: pandas 1.5.3 (Debian 12), pd.read_csv(io.StringIO("<names>\n<values>")).columns,
    // with our column_N in place of pandas' "Unnamed: N-1" (that part is done by the builder).
    QTest::newRow("no-duplicates") << QStringList{"a", "b"} << QStringList{"a", "b"};
    QTest::newRow("three-times") << QStringList{"x", "x", "x"} << QStringList{"x", "x.1", "x.2"};
    QTest::newRow("a.1-taken-later") << QStringList{"a", "a", "a.1"} << QStringList{"a", "a.2", "a.1"};
    QTest::newRow("a.1-taken-before") << QStringList{"a", "a.1", "a"} << QStringList{"a", "a.1", "a.2"};
    QTest::newRow("mixed") << QStringList{"a", "a", "column_3", "a.1", "b", "a"}
                           << QStringList{"a", "a.2", "column_3", "a.1", "b", "a.3"};
}

void TestImport::deduplicateNames()
{
    QFETCH(QStringList, names);
    QFETCH(QStringList, expected);
    QCOMPARE(deduplicateColumnNames(names), expected);
}

QTEST_GUILESS_MAIN(TestImport)
