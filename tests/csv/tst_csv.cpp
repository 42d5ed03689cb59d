// Delimited-text import: one fixture per edge case (data/make_fixtures.py writes them byte
// for byte; the expected values below are the values written there, cross-checked with
// pandas 1.5.3 read_csv where the behaviour is pandas').
#include "data/importer.h"

#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

using namespace pp;

namespace {

QString fixture(const char* name) { return QStringLiteral(PP_TEST_DATA_DIR "/") + QLatin1String(name); }

QString joinTypes(const Table& t)
{
    QStringList types;
    for (const auto& c : t.columns())
        types << columnTypeName(c.type());
    return types.join(QLatin1Char(','));
}

QString row(const Table& t, std::size_t r)
{
    QStringList cells;
    for (const auto& c : t.columns())
        cells << (c.isMissing(r) ? QStringLiteral("<NA>") : c.displayAt(r));
    return cells.join(QLatin1Char('|'));
}

bool hasWarning(const Result<ImportedTable>& r, const char* kind, qint64 line = -1)
{
    for (const auto& w : r.warnings())
        if (w.kind == QLatin1String(kind) && (line < 0 || w.line == line))
            return true;
    return false;
}

} // namespace

class TestCsv : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fixtures_data();
    void fixtures();
    void errors_data();
    void errors();
    void raggedPolicies();
    void multilineLineNumbers();
    void gbkContent();
    void encodingOverride();
    void decimalCommaAndThousands();
    void typeOverride();
    void lateTextDemotesColumn();
    void datesAndBooleans();
    void idLikeColumns();
    void naTokensAndWhitespace();
    void hugeField();
    void parallelMatchesSerial();
    void strayQuoteFallsBackToSerial();
    void previewStopsAtMaxRows();
    void cancellation();
    void progressIsReported();
};

void TestCsv::fixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("rows");
    QTest::addColumn<QString>("names");
    QTest::addColumn<QString>("types");
    QTest::addColumn<QString>("firstRow");
    QTest::addColumn<QString>("lastRow");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("delimiter");
    QTest::addColumn<bool>("header");

    QTest::newRow("basic") << "basic.csv" << 3 << "id,name,amount,joined" << "numeric,categorical,numeric,datetime"
                           << "1|Alice|10.5|2024-01-31" << "3|Carol|7|2023-12-01" << "UTF-8" << "," << true;
    QTest::newRow("bom-crlf") << "bom_crlf.csv" << 2 << "city,sales" << "categorical,numeric" << "Paris|1.5" << "Lyon|2"
                              << "UTF-8" << "," << true;
    QTest::newRow("cr-only") << "cr_only.csv" << 2 << "a,b" << "numeric,categorical" << "1|x" << "2|y" << "UTF-8" << ","
                             << true;
    QTest::newRow("multiline-quoted") << "multiline.csv" << 3 << "id,address,note" << "numeric,categorical,categorical"
                                      << "1|12 Main St\nSpringfield|said \"hi\"" << "3|line1\r\nline2\r\nline3|last"
                                      << "UTF-8" << "," << true;
    QTest::newRow("gbk-chinese-header") << "gbk_chinese.csv" << 3 << QString::fromUtf8("用户编号,城市,消费金额")
                                        << "numeric,categorical,numeric" << QString::fromUtf8("1|北京|120.5")
                                        << QString::fromUtf8("3|广州|<NA>") << "GB18030" << "," << true;
    QTest::newRow("utf16le-bom") << "utf16le.tsv" << 2 << "name,score" << "categorical,numeric"
                                 << QString::fromUtf8("张三|90") << "Bob|85.5" << "UTF-16LE" << "\t" << true;
    QTest::newRow("utf16be-bom") << "utf16be.tsv" << 2 << "name,score" << "categorical,numeric"
                                 << QString::fromUtf8("张三|90") << "Bob|85.5" << "UTF-16BE" << "\t" << true;
    QTest::newRow("header-only") << "header_only.csv" << 0 << "a,b,c" << "numeric,numeric,numeric" << QString()
                                 << QString() << "UTF-8" << "," << true;
    QTest::newRow("one-column") << "one_column.csv" << 3 << "value" << "numeric" << "3" << "2" << "UTF-8" << ","
                                << true;
    QTest::newRow("all-missing-column") << "all_missing.csv" << 3 << "a,empty,c" << "numeric,numeric,categorical"
                                        << "1|<NA>|x" << "3|<NA>|<NA>" << "UTF-8" << "," << true;
    QTest::newRow("semicolon-decimal-comma") << "semicolon_decimal_comma.csv" << 3 << "product,price,qty"
                                             << "categorical,numeric,numeric" << "A|1.5|3" << "C|0.99|10" << "UTF-8" << ";"
                                             << true;
    QTest::newRow("pipe-no-header") << "pipe_no_header.txt" << 3 << "column_1,column_2,column_3"
                                    << "numeric,numeric,categorical" << "1|2.5|x" << "3|4.5|z" << "UTF-8" << "|" << false;
    QTest::newRow("duplicate-header") << "dup_header.csv" << 1 << "x,x.1,column_3,y"
                                      << "numeric,numeric,numeric,numeric" << "1|2|3|4" << "1|2|3|4" << "UTF-8" << ","
                                      << true;
}

void TestCsv::fixtures()
{
    QFETCH(QString, file);
    QFETCH(int, rows);
    QFETCH(QString, names);
    QFETCH(QString, types);
    QFETCH(QString, firstRow);
    QFETCH(QString, lastRow);
    QFETCH(QString, encoding);
    QFETCH(QString, delimiter);
    QFETCH(bool, header);

    const auto r = readCsv(fixture(file.toUtf8().constData()), ImportOptions());
    QVERIFY2(r.ok(), qPrintable(r.error().toString()));
    const Table& t = r->table;
    QCOMPARE(int(t.rowCount()), rows);
    QCOMPARE(t.columnNames().join(QLatin1Char(',')), names);
    QCOMPARE(joinTypes(t), types);
    if (rows > 0) {
        QCOMPARE(row(t, 0), firstRow);
        QCOMPARE(row(t, t.rowCount() - 1), lastRow);
    }
    QCOMPARE(r->info.encoding, encoding);
    QCOMPARE(QString(QLatin1Char(r->info.delimiter)), delimiter);
    QCOMPARE(r->info.hasHeader, header);
}

void TestCsv::errors_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("empty-file") << "empty.csv" << 0 << 0 << "empty";
    QTest::newRow("binary-garbage") << "binary.bin" << 0 << 0 << "binary";
    // The quote opens on line 3 in the 2nd field.
    QTest::newRow("unterminated-quote") << "unterminated.csv" << 3 << 2 << "closing quote";
    QTest::newRow("missing-file") << "does_not_exist.csv" << 0 << 0 << "Cannot open";
}

void TestCsv::errors()
{
    QFETCH(QString, file);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, messagePart);

    const QString path = fixture(file.toUtf8().constData());
    const auto r = readCsv(path, ImportOptions());
    QVERIFY(!r.ok());
    QVERIFY(!r.cancelled());
    QCOMPARE(r.error().file, path);
    QCOMPARE(int(r.error().line), line);
    QCOMPARE(r.error().column, column);
    QVERIFY2(r.error().message.contains(messagePart, Qt::CaseInsensitive), qPrintable(r.error().message));
    QVERIFY(r.error().toString().startsWith(path));
}

void TestCsv::raggedPolicies()
{
    // ragged.csv: header a,b,c; line 3 "4,5" (2 fields), line 5 "9,10,11,12" (4 fields).
    ImportOptions o;
    o.ragged = RaggedPolicy::Pad;
    auto pad = readCsv(fixture("ragged.csv"), o);
    QVERIFY(pad.ok());
    QCOMPARE(int(pad->table.rowCount()), 5);
    QCOMPARE(row(pad->table, 1), QStringLiteral("4|5|<NA>"));
    QCOMPARE(row(pad->table, 3), QStringLiteral("9|10|11"));
    QVERIFY(hasWarning(pad, "ragged_row", 3));
    QVERIFY(hasWarning(pad, "ragged_row", 5));

    o.ragged = RaggedPolicy::Skip;
    auto skip = readCsv(fixture("ragged.csv"), o);
    QVERIFY(skip.ok());
    QCOMPARE(int(skip->table.rowCount()), 3);
    QCOMPARE(row(skip->table, 1), QStringLiteral("6|7|8"));
    QCOMPARE(skip->info.skippedRows, 2);

    o.ragged = RaggedPolicy::Fail;
    auto fail = readCsv(fixture("ragged.csv"), o);
    QVERIFY(!fail.ok());
    QCOMPARE(int(fail.error().line), 3);
    QCOMPARE(fail.error().column, 3);
}

void TestCsv::multilineLineNumbers()
{
    // Record 3 of multiline.csv starts on physical line 6 (records 1-2 span lines 2-5):
    // a ragged row there must be reported at line 6, not record 3.
    QByteArray data = "id,address,note\n1,\"12 Main\nSpringfield\",x\n2,\"a\nb\nc\",y\n3,z\n";
    ImportOptions o;
    o.ragged = RaggedPolicy::Fail;
    auto r = readCsvBytes(data, QStringLiteral("mem.csv"), o);
    QVERIFY(!r.ok());
    QCOMPARE(int(r.error().line), 7);
    QCOMPARE(r.error().file, QStringLiteral("mem.csv"));
}

void TestCsv::gbkContent()
{
    auto r = readCsv(fixture("gbk_chinese.csv"), ImportOptions());
    QVERIFY(r.ok());
    const Column* city = r->table.find(QString::fromUtf8("城市"));
    QVERIFY(city);
    QCOMPARE(city->displayAt(1), QString::fromUtf8("上海"));
    // "用户编号" (user number) is an id-like name over unique integers.
    QVERIFY(r->table.column(0).isIdLike());
    QCOMPARE(r->table.column(0).role(), ColumnRole::Id);
}

void TestCsv::encodingOverride()
{
    // Reading the GBK file as Latin-1 gives mojibake but no error; as UTF-8, replacement
    // characters; an unknown name is an error.
    ImportOptions o;
    o.encoding = QStringLiteral("latin1");
    auto latin = readCsv(fixture("gbk_chinese.csv"), o);
    QVERIFY(latin.ok());
    QCOMPARE(latin->info.encoding, QStringLiteral("ISO-8859-1"));
    QVERIFY(latin->table.column(1).displayAt(0) != QString::fromUtf8("北京"));
    o.encoding = QStringLiteral("gbk");
    auto gbk = readCsv(fixture("gbk_chinese.csv"), o);
    QVERIFY(gbk.ok());
    QCOMPARE(gbk->table.column(1).displayAt(0), QString::fromUtf8("北京"));
    o.encoding = QStringLiteral("klingon-8");
    auto bad = readCsv(fixture("gbk_chinese.csv"), o);
    QVERIFY(!bad.ok());
    QVERIFY(bad.error().message.contains(QLatin1String("klingon-8")));
}

void TestCsv::decimalCommaAndThousands()
{
    auto r = readCsv(fixture("semicolon_decimal_comma.csv"), ImportOptions());
    QVERIFY(r.ok());
    QVERIFY(r->info.decimalComma);
    QCOMPARE(r->table.column(1).numbers()[1], 12.25);

    // Without the option, "1,234,567" stays text (pandas: object); with it, a number.
    auto plain = readCsv(fixture("thousands.csv"), ImportOptions());
    QVERIFY(plain.ok());
    QCOMPARE(plain->table.column(1).type(), ColumnType::Categorical);
    QVERIFY(!plain->info.decimalComma);
    // Tab-separated thousands groups ("1,234") are not decimal commas either.
    auto tsv = readCsvBytes("a\tb\nx\t1,234\ny\t5,678\nz\t9,000\n", QStringLiteral("t.tsv"), ImportOptions());
    QVERIFY(tsv.ok());
    QVERIFY(!tsv->info.decimalComma);
    QCOMPARE(tsv->info.delimiter, '\t');
    ImportOptions o;
    o.thousandsSeparator = true;
    auto grouped = readCsv(fixture("thousands.csv"), o);
    QVERIFY(grouped.ok());
    QCOMPARE(grouped->table.column(1).type(), ColumnType::Numeric);
    QCOMPARE(grouped->table.column(1).numbers()[0], 1234567.0);
    QCOMPARE(grouped->table.column(1).numbers()[1], 12000.0);
    QCOMPARE(grouped->table.column(1).numbers()[2], 999.0);
}

void TestCsv::typeOverride()
{
    ImportOptions o;
    o.typeOverrides.insert(QStringLiteral("amount"), ColumnType::Text);
    o.typeOverrides.insert(QStringLiteral("name"), ColumnType::Categorical);
    o.typeOverrides.insert(QStringLiteral("id"), ColumnType::Boolean);  // 1 -> true, 2/3 -> missing
    auto r = readCsv(fixture("basic.csv"), o);
    QVERIFY(r.ok());
    QCOMPARE(r->table.find(QStringLiteral("amount"))->type(), ColumnType::Text);
    QCOMPARE(r->table.find(QStringLiteral("name"))->type(), ColumnType::Categorical);
    const Column* id = r->table.find(QStringLiteral("id"));
    QCOMPARE(id->type(), ColumnType::Boolean);
    QCOMPARE(int(id->bools()[0]), 1);
    QVERIFY(id->isMissing(1));
    QVERIFY(hasWarning(r, "type_conversion"));

    // Forcing numeric turns unreadable values into missing instead of demoting the column.
    ImportOptions n;
    n.typeOverrides.insert(QStringLiteral("v"), ColumnType::Numeric);
    auto forced = readCsv(fixture("late_text.csv"), n);
    QVERIFY(forced.ok());
    const Column* v = forced->table.find(QStringLiteral("v"));
    QCOMPARE(v->type(), ColumnType::Numeric);
    QVERIFY(v->isMissing(1500));
    QCOMPARE(v->numbers()[1501], 1501.0);
}

void TestCsv::lateTextDemotesColumn()
{
    // "oops" on line 1502 (row 1501 after the header) is past the 1000-row type sample.
    auto r = readCsv(fixture("late_text.csv"), ImportOptions());
    QVERIFY(r.ok());
    const Column* v = r->table.find(QStringLiteral("v"));
    QVERIFY(v->type() == ColumnType::Text || v->type() == ColumnType::Categorical);
    QCOMPARE(v->displayAt(1500), QStringLiteral("oops"));
    QCOMPARE(v->displayAt(3), QStringLiteral("1.5"));
    QVERIFY(hasWarning(r, "column_read_as_text", 1502));
    QCOMPARE(int(r->table.rowCount()), 1510);
}

void TestCsv::datesAndBooleans()
{
    auto r = readCsv(fixture("types.csv"), ImportOptions());
    QVERIFY(r.ok());
    const Table& t = r->table;
    QCOMPARE(joinTypes(t), QStringLiteral("numeric,boolean,datetime,datetime,numeric,categorical"));
    QCOMPARE(int(t.column(1).bools()[0]), 1);
    QCOMPARE(int(t.column(1).bools()[3]), 0);
    // 2024-01-05T00:00Z = 1704412800000 ms (date -u -d 2024-01-05 +%s).
    QCOMPARE(t.column(2).times()[0], qint64(1704412800000));
    // US layout M/D/YYYY: 2/29/2024 = 1709164800000 ms.
    QCOMPARE(t.column(3).times()[1], qint64(1709164800000));
    QCOMPARE(t.column(3).timeFormat(), QStringLiteral("M/d/yyyy"));
    QCOMPARE(t.column(3).displayAt(1), QStringLiteral("2/29/2024"));
    QCOMPARE(t.column(5).dictionary().size(), std::size_t(3));

    // Times of day are kept in the display format.
    auto withTime = readCsvBytes("t\n2024-01-02 10:00:00\n2024-01-03 08:30:15\n", QStringLiteral("t.csv"), ImportOptions());
    QVERIFY(withTime.ok());
    QCOMPARE(withTime->table.column(0).type(), ColumnType::DateTime);
    QCOMPARE(withTime->table.column(0).displayAt(1), QStringLiteral("2024-01-03 08:30:15"));
}

void TestCsv::idLikeColumns()
{
    auto r = readCsv(fixture("types.csv"), ImportOptions());
    QVERIFY(r.ok());
    QVERIFY(r->table.column(0).isIdLike());          // user_id: unique integers
    QCOMPARE(r->table.column(0).role(), ColumnRole::Id);
    QVERIFY(!r->table.column(4).isIdLike());         // score: not integers
    auto basic = readCsv(fixture("basic.csv"), ImportOptions());
    QVERIFY(basic->table.column(0).isIdLike());      // "id"
}

void TestCsv::naTokensAndWhitespace()
{
    auto r = readCsv(fixture("all_missing.csv"), ImportOptions());
    QVERIFY(r.ok());
    QCOMPARE(r->table.column(1).missingCount(), std::size_t(3));  // "", "NA", ""
    QCOMPARE(r->table.column(2).missingCount(), std::size_t(1));  // "NULL"
    ImportOptions o;
    o.naTokens = QStringList{QString()};  // only empty fields are missing
    auto strict = readCsv(fixture("all_missing.csv"), o);
    QCOMPARE(strict->table.column(1).missingCount(), std::size_t(2));
    QCOMPARE(strict->table.column(2).missingCount(), std::size_t(0));

    // pandas: " " is a value (object column), not missing.
    auto ws = readCsv(fixture("whitespace.csv"), ImportOptions());
    QVERIFY(ws.ok());
    QCOMPARE(ws->table.column(1).missingCount(), std::size_t(0));
    QCOMPARE(ws->table.column(1).displayAt(0), QStringLiteral(" "));
}

void TestCsv::hugeField()
{
    QByteArray data = "id,blob\n1,";
    data += QByteArray(1 << 20, 'x');
    data += "\n2,short\n";
    auto r = readCsvBytes(data, QStringLiteral("huge.csv"), ImportOptions());
    QVERIFY(r.ok());
    QCOMPARE(int(r->table.rowCount()), 2);
    QCOMPARE(r->table.column(1).displayAt(0).size(), qsizetype(1 << 20));
    QCOMPARE(r->table.column(1).displayAt(1), QStringLiteral("short"));
}

namespace {

// ~3 MB of records with quoted multi-line fields and commas, so chunk cuts land
// inside quotes.
QByteArray bigQuotedCsv(int rows)
{
    QByteArray data = "id,x,label,note\n";
    data.reserve(rows * 60);
    for (int i = 0; i < rows; ++i) {
        data += QByteArray::number(i) + ',' + QByteArray::number(i * 0.25) + ',' + "cat" + QByteArray::number(i % 7);
        if (i % 3 == 0)
            data += ",\"multi\nline, with \"\"quotes\"\" " + QByteArray::number(i) + "\"\n";
        else
            data += ",plain " + QByteArray::number(i) + "\n";
    }
    return data;
}

} // namespace

void TestCsv::parallelMatchesSerial()
{
    const QByteArray data = bigQuotedCsv(60000);
    QVERIFY(data.size() > (2 << 20));
    ImportOptions one;
    one.threads = 1;
    ImportOptions four;
    four.threads = 4;
    auto a = readCsvBytes(data, QStringLiteral("big.csv"), one);
    auto b = readCsvBytes(data, QStringLiteral("big.csv"), four);
    QVERIFY(a.ok() && b.ok());
    QCOMPARE(int(a->table.rowCount()), 60000);
    QCOMPARE(int(b->table.rowCount()), 60000);
    for (std::size_t r : {std::size_t(0), std::size_t(1), std::size_t(29999), std::size_t(59999)})
        QCOMPARE(row(b->table, r), row(a->table, r));
    QCOMPARE(b->table.column(2).dictionary(), a->table.column(2).dictionary());
    QCOMPARE(a->table.column(3).displayAt(3), QStringLiteral("multi\nline, with \"quotes\" 3"));
    // Line numbers stay right across chunks: a ragged last row is on the last line.
    QByteArray ragged = data + "60000,1\n";
    const int lastLine = ragged.count('\n');
    auto c = readCsvBytes(ragged, QStringLiteral("big.csv"), four);
    QVERIFY(hasWarning(c, "ragged_row", lastLine));
}

void TestCsv::strayQuoteFallsBackToSerial()
{
    // A quote inside an unquoted field (12" screen) is literal; it upsets the quote parity
    // used to cut chunks, and the reader must still get every row right.
    QByteArray data = "id,item\n";
    for (int i = 0; i < 200000; ++i)
        data += QByteArray::number(i) + (i == 10 ? ",12\" screen\n" : ",thing\n");
    ImportOptions o;
    o.threads = 2;
    auto r = readCsvBytes(data, QStringLiteral("stray.csv"), o);
    QVERIFY(r.ok());
    QCOMPARE(int(r->table.rowCount()), 200000);
    QCOMPARE(r->table.column(1).displayAt(10), QStringLiteral("12\" screen"));
    QCOMPARE(r->table.column(0).numbers()[199999], 199999.0);
}

void TestCsv::previewStopsAtMaxRows()
{
    ImportOptions o;
    o.maxRows = 100;
    auto r = readCsv(fixture("late_text.csv"), o);
    QVERIFY(r.ok());
    QCOMPARE(int(r->table.rowCount()), 100);
    QVERIFY(r->info.truncated);
}

void TestCsv::cancellation()
{
    JobControl job;
    job.cancel();
    auto r = readCsvBytes(bigQuotedCsv(50000), QStringLiteral("big.csv"), ImportOptions(), &job);
    QVERIFY(!r.ok());
    QVERIFY(r.cancelled());
}

void TestCsv::progressIsReported()
{
    double last = -1;
    int calls = 0;
    JobControl job([&](double f, const QString&) {
        QVERIFY(f >= 0.0 && f <= 1.0);
        last = f;
        ++calls;
    });
    ImportOptions o;
    o.threads = 1;
    auto r = readCsvBytes(bigQuotedCsv(50000), QStringLiteral("big.csv"), o, &job);
    QVERIFY(r.ok());
    QVERIFY(calls > 5);
    QCOMPARE(last, 1.0);
}

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"
