// SQLite reader tests. Expected values are the rows make_fixtures.py inserted (view totals
// asserted there with Python's sqlite3 module).

#include "tst_import.h"

#include "data/sqlite_query_check.h"

#include <QtConcurrent>
#include <QtTest>

#include <cmath>

using namespace pp;

namespace {

Result<ImportedTable> readShop(const QString& table, const QString& query = QString(), qint64 maxRows = -1)
{
    ImportOptions options;
    options.table = table;
    options.query = query;
    options.maxRows = maxRows;
    return readSqlite(fixture(QStringLiteral("shop.sqlite")), options);
}

const QStringList kShopTables{"customers", "orders", "odd \"quoted\" name", "big_spenders"};

} // namespace

void TestImport::singleSelect_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("select") << "SELECT 1" << true;
    QTest::newRow("lower-case-with-semicolon") << "select * from t;" << true;
    QTest::newRow("trailing-comment") << "SELECT 1; -- done" << true;
    QTest::newRow("trailing-block-comment") << "SELECT 1;\n/* done */ ;" << true;
    QTest::newRow("leading-comment") << "/* why */ -- and\nSELECT 1" << true;
    QTest::newRow("with-select") << "WITH a AS (SELECT 1) SELECT * FROM a" << true;
    QTest::newRow("with-two-ctes") << "with a(x) as (select 1), b as (select 2) select * from a, b" << true;
    QTest::newRow("with-recursive") << "WITH RECURSIVE s(x) AS (SELECT 1 UNION ALL SELECT x+1 FROM s) SELECT x FROM s"
                                    << true;
    QTest::newRow("semicolon-in-string") << "SELECT 'a;b'" << true;
    QTest::newRow("doubled-quote-in-string") << "SELECT 'it''s; fine', 'DELETE'" << true;
    QTest::newRow("semicolon-in-identifiers") << "SELECT \"x;\", [y;], `z;` FROM t" << true;
    QTest::newRow("semicolon-in-comment") << "SELECT 1 -- ; DROP TABLE t" << true;
    QTest::newRow("delete") << "DELETE FROM t" << false;
    QTest::newRow("with-delete") << "WITH a AS (SELECT 1) DELETE FROM t WHERE x IN a" << false;
    QTest::newRow("with-insert") << "WITH a AS (SELECT 1) INSERT INTO t SELECT * FROM a" << false;
    QTest::newRow("two-statements") << "SELECT 1; SELECT 2" << false;
    QTest::newRow("select-then-drop") << "SELECT 1;DROP TABLE t" << false;
    QTest::newRow("pragma") << "PRAGMA table_info(t)" << false;
    QTest::newRow("explain") << "EXPLAIN SELECT 1" << false;
    QTest::newRow("attach") << "ATTACH 'x.db' AS x" << false;
    QTest::newRow("values") << "VALUES (1)" << false;
    QTest::newRow("empty") << "" << false;
    QTest::newRow("only-comment") << "-- nothing" << false;
    QTest::newRow("only-semicolons") << " ; ; " << false;
}

void TestImport::singleSelect()
{
    QFETCH(QString, sql);
    QFETCH(bool, accepted);
    QString error;
    QString statement;
    QCOMPARE(checkSingleSelect(sql, &error, &statement), accepted);
    QCOMPARE(error.isEmpty(), accepted);
    if (accepted) {
        // What is run: a piece of the text as given, holding the SELECT.
        QVERIFY(sql.contains(statement));
        QVERIFY(statement.contains(QLatin1String("select"), Qt::CaseInsensitive));
    }
}

void TestImport::singleSelectStatement_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("statement");
    QTest::newRow("plain") << "SELECT 1" << "SELECT 1";
    QTest::newRow("trailing-semicolon-comment") << "SELECT 1 ; -- done\n" << "SELECT 1 ";
    QTest::newRow("leading-semicolons") << " ; ;SELECT 2;" << "SELECT 2";
    QTest::newRow("semicolon-in-string") << "SELECT ';' AS s;" << "SELECT ';' AS s";
    QTest::newRow("leading-comment-kept") << "/* c */ SELECT 3" << "/* c */ SELECT 3";
}

void TestImport::singleSelectStatement()
{
    QFETCH(QString, sql);
    QFETCH(QString, statement);
    QString error;
    QString got;
    QVERIFY(checkSingleSelect(sql, &error, &got));
    QCOMPARE(got, statement);
}

void TestImport::sqliteListTables_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("tables");
    QTest::addColumn<QString>("error");
    // Creation order; views included, SQLite's internal tables not.
    QTest::newRow("shop") << "shop.sqlite" << kShopTables << "";
    QTest::newRow("table-and-view") << "single_table.sqlite" << QStringList{"events", "kinds"} << "";
    QTest::newRow("no-tables") << "no_tables.sqlite" << QStringList{} << "";
    QTest::newRow("text-file") << "not_sqlite.db" << QStringList{} << "not an SQLite database";
    QTest::newRow("workbook") << "shared_strings.xlsx" << QStringList{} << "not an SQLite database";
    QTest::newRow("missing") << "missing.sqlite" << QStringList{} << "Cannot open 'missing.sqlite'";
}

void TestImport::sqliteListTables()
{
    QFETCH(QString, file);
    QFETCH(QStringList, tables);
    QFETCH(QString, error);
    const auto r = listSqliteTables(fixture(file));
    QCOMPARE(r.ok(), error.isEmpty());
    if (r.ok()) {
        QCOMPARE(r.value(), tables);
    } else {
        QVERIFY2(r.error().message.contains(error), qPrintable(r.error().message));
        QCOMPARE(r.error().file, fixture(file));
    }
}

void TestImport::sqliteTable()
{
    const auto r = readShop(QStringLiteral("customers"));
    QVERIFY2(r.ok(), qPrintable(r.error().toString()));
    const Table& t = r->table;
    QCOMPARE(t.columnNames(), (QStringList{"id", "name", "city", "signup", "score", "note", "avatar"}));
    QCOMPARE(columnTypes(t), QStringLiteral("numeric,categorical,categorical,datetime,numeric,categorical,categorical"));
    QCOMPARE(t.find(QStringLiteral("id"))->numbers(), (std::vector<double>{1, 2, 3, 4}));
    QCOMPARE(t.find(QStringLiteral("id"))->role(), ColumnRole::Id);
    QCOMPARE(displayValues(*t.find(QStringLiteral("city"))), (QStringList{"Beijing", "Shanghai", "<NA>", "Shenzhen"}));
    // TEXT dates go through the shared inference and become datetimes.
    QCOMPARE(t.find(QStringLiteral("signup"))->times(),
             (std::vector<std::int64_t>{utcMs(2023, 1, 15), utcMs(2023, 2, 20), utcMs(2023, 3, 5), utcMs(2023, 4, 30)}));
    QCOMPARE(displayValues(*t.find(QStringLiteral("score"))), (QStringList{"4.5", "3", "<NA>", "5"}));
    QCOMPARE(displayValues(*t.find(QStringLiteral("note"))), (QStringList{"<NA>", "vip", "<NA>", "new"}));
    QCOMPARE(displayValues(*t.find(QStringLiteral("avatar"))),
             (QStringList{"<blob 4 bytes>", "<NA>", "<blob 10 bytes>", "<NA>"}));
    QCOMPARE(countWarnings(r.warnings(), QStringLiteral("blob")), 1);
    QCOMPARE(r.warnings().front().column, 7);

    QCOMPARE(r->info.format, FileFormat::Sqlite);
    QCOMPARE(r->info.table, QStringLiteral("customers"));
    QCOMPARE(r->info.tables, kShopTables);
    QCOMPARE(r->info.dataRows, qint64(4));
    QVERIFY(!r->info.truncated);

    const auto orders = readShop(QStringLiteral("orders"));
    QVERIFY2(orders.ok(), qPrintable(orders.error().toString()));
    QCOMPARE(orders->table.find(QStringLiteral("amount"))->numbers(),
             (std::vector<double>{120.5, 80.0, 42.25, 300.0, 15.75}));
    QCOMPARE(orders->table.find(QStringLiteral("ordered_at"))->times().front(), utcMs(2024, 1, 2, 10));
    QVERIFY(orders.warnings().empty());
}

void TestImport::sqliteViewAndQuotedNames_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("resolved");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QStringList>("values");
    QTest::newRow("view") << "big_spenders" << "big_spenders" << "total" << QStringList{"162.75", "300"};
    QTest::newRow("quotes-in-name") << "odd \"quoted\" name" << "odd \"quoted\" name" << "v" << QStringList{"7"};
    QTest::newRow("any-case") << "ORDERS" << "orders" << "customer_id" << QStringList{"1", "2", "1", "3", "2"};
}

void TestImport::sqliteViewAndQuotedNames()
{
    QFETCH(QString, table);
    QFETCH(QString, resolved);
    QFETCH(QString, column);
    QFETCH(QStringList, values);
    const auto r = readShop(table);
    QVERIFY2(r.ok(), qPrintable(r.error().toString()));
    QCOMPARE(r->info.table, resolved);
    QVERIFY(r->table.find(column));
    QCOMPARE(displayValues(*r->table.find(column)), values);
}

void TestImport::sqliteQuery_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QStringList>("lastColumn");
    // Sums of the inserted amounts: customer 1: 120.5 + 42.25, 2: 80 + 15.75, 3: 300.
    QTest::newRow("group-by") << "SELECT customer_id, SUM(amount) AS total FROM orders GROUP BY customer_id ORDER BY 1"
                              << QStringList{"customer_id", "total"} << QStringList{"162.75", "95.75", "300"};
    QTest::newRow("duplicate-names") << "  select name, name from customers order by id ; -- done"
                                     << QStringList{"name", "name.1"} << QStringList{"Alice", "Bob", "Carol", "Dave"};
    QTest::newRow("with") << "WITH big AS (SELECT amount FROM orders WHERE amount > 50) "
                             "SELECT COUNT(*) AS n, MAX(amount) AS top FROM big"
                          << QStringList{"n", "top"} << QStringList{"300"};
    QTest::newRow("recursive") << "WITH RECURSIVE s(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM s WHERE x < 5) SELECT x FROM s"
                               << QStringList{"x"} << QStringList{"1", "2", "3", "4", "5"};
    QTest::newRow("semicolon-in-string") << "SELECT ';' AS semi, 'DELETE' AS word" << QStringList{"semi", "word"}
                                         << QStringList{"DELETE"};
    QTest::newRow("join-view") << "/* totals */ SELECT b.total FROM big_spenders b WHERE b.name = 'Carol'"
                               << QStringList{"total"} << QStringList{"300"};
}

void TestImport::sqliteQuery()
{
    QFETCH(QString, query);
    QFETCH(QStringList, names);
    QFETCH(QStringList, lastColumn);
    // A table given as well: the query wins.
    const auto r = readShop(QStringLiteral("customers"), query);
    QVERIFY2(r.ok(), qPrintable(r.error().toString()));
    QCOMPARE(r->table.columnNames(), names);
    QCOMPARE(displayValues(r->table.column(r->table.columnCount() - 1)), lastColumn);
    QCOMPARE(r->info.table, QString());
    QCOMPARE(r->info.tables, kShopTables);
}

void TestImport::sqliteRejected_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("message");
    QTest::newRow("delete") << "DELETE FROM orders" << "Only a SELECT";
    QTest::newRow("with-delete") << "WITH x AS (SELECT 1) DELETE FROM orders" << "Only a SELECT";
    QTest::newRow("update") << "update orders set amount = 0" << "Only a SELECT";
    QTest::newRow("insert") << "INSERT INTO orders VALUES (9, 9, 9, 'x')" << "Only a SELECT";
    QTest::newRow("drop-after-select") << "SELECT 1; DROP TABLE orders" << "Only one statement";
    QTest::newRow("pragma") << "PRAGMA writable_schema = 1" << "Only a SELECT";
    QTest::newRow("attach") << "ATTACH DATABASE 'other.db' AS other" << "Only a SELECT";
    QTest::newRow("only-semicolon") << ";" << "empty";
}

void TestImport::sqliteRejected()
{
    QFETCH(QString, query);
    QFETCH(QString, message);
    const auto r = readShop(QString(), query);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().message.contains(message), qPrintable(r.error().message));
    QCOMPARE(r.error().file, fixture(QStringLiteral("shop.sqlite")));
    // Nothing was changed.
    const auto orders = readShop(QStringLiteral("orders"));
    QVERIFY(orders.ok());
    QCOMPARE(orders->table.rowCount(), std::size_t(5));
}

void TestImport::sqliteBadSql_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("sqliteText");  // SQLite's own words (sqlite3_errmsg)
    QTest::newRow("no-such-table") << "SELECT * FROM no_such_table" << "no such table: no_such_table";
    QTest::newRow("no-such-column") << "SELECT nope FROM orders" << "no such column: nope";
    QTest::newRow("syntax") << "SELECT FROM orders" << "syntax error";
}

void TestImport::sqliteBadSql()
{
    QFETCH(QString, query);
    QFETCH(QString, sqliteText);
    const auto r = readShop(QString(), query);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().message.contains(QLatin1String("SQLite could not run the query")), qPrintable(r.error().message));
    QVERIFY2(r.error().message.contains(sqliteText), qPrintable(r.error().message));
    QCOMPARE(r.error().file, fixture(QStringLiteral("shop.sqlite")));
}

void TestImport::sqliteChooseTable_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("chosen");  // empty: an error is expected
    QTest::addColumn<QString>("message");
    QTest::newRow("one-table-and-a-view") << "single_table.sqlite" << "" << "events" << "";
    QTest::newRow("several-tables") << "shop.sqlite" << "" << ""
                                    << "choose one of 'customers', 'orders', 'odd \"quoted\" name', 'big_spenders'";
    QTest::newRow("no-tables") << "no_tables.sqlite" << "" << "" << "contains no tables";
    QTest::newRow("unknown-table") << "shop.sqlite" << "nope" << ""
                                   << "no table or view named 'nope'. Available: 'customers', 'orders'";
    QTest::newRow("unknown-in-empty-db") << "no_tables.sqlite" << "t" << "" << "Available: none";
}

void TestImport::sqliteChooseTable()
{
    QFETCH(QString, file);
    QFETCH(QString, table);
    QFETCH(QString, chosen);
    QFETCH(QString, message);
    ImportOptions options;
    options.table = table;
    const auto r = readSqlite(fixture(file), options);
    QCOMPARE(r.ok(), !chosen.isEmpty());
    if (r.ok()) {
        QCOMPARE(r->info.table, chosen);
    } else {
        QVERIFY2(r.error().message.contains(message), qPrintable(r.error().message));
        QCOMPARE(r.error().file, fixture(file));
    }
}

void TestImport::sqliteEmptyAndSingleRow()
{
    const auto none = readShop(QString(), QStringLiteral("SELECT * FROM orders WHERE amount < 0"));
    QVERIFY2(none.ok(), qPrintable(none.error().toString()));
    QCOMPARE(none->table.columnNames(), (QStringList{"order_id", "customer_id", "amount", "ordered_at"}));
    QCOMPARE(none->table.rowCount(), std::size_t(0));
    QCOMPARE(none->info.dataRows, qint64(0));

    const auto one = readShop(QString(), QStringLiteral("SELECT * FROM orders WHERE order_id = 3"));
    QVERIFY2(one.ok(), qPrintable(one.error().toString()));
    QCOMPARE(one->table.rowCount(), std::size_t(1));
    QCOMPARE(one->table.find(QStringLiteral("amount"))->numbers(), std::vector<double>{42.25});

    // A zero-byte file is an empty database to SQLite.
    const auto emptyFile = readSqlite(m_tmp.filePath(QStringLiteral("empty.csv")), {});
    QVERIFY(!emptyFile.ok());
    QVERIFY2(emptyFile.error().message.contains(QLatin1String("contains no tables")), qPrintable(emptyFile.error().message));

    // events.empty_col is NULL in every row: an all-missing (numeric) column.
    const auto events = readSqlite(fixture(QStringLiteral("single_table.sqlite")), {});
    QVERIFY2(events.ok(), qPrintable(events.error().toString()));
    const Column& empty = *events->table.find(QStringLiteral("empty_col"));
    QCOMPARE(empty.type(), ColumnType::Numeric);
    QCOMPARE(empty.missingCount(), std::size_t(3));
    QCOMPARE(displayValues(*events->table.find(QStringLiteral("value"))), (QStringList{"0.5", "12", "<NA>"}));
}

void TestImport::sqliteMaxRows()
{
    const auto two = readShop(QStringLiteral("orders"), QString(), 2);
    QVERIFY(two.ok());
    QCOMPARE(two->table.rowCount(), std::size_t(2));
    QVERIFY(two->info.truncated);
    const auto all = readShop(QStringLiteral("orders"), QString(), 5);
    QVERIFY(all.ok());
    QCOMPARE(all->table.rowCount(), std::size_t(5));
    QVERIFY(!all->info.truncated);
    const auto zero = readShop(QStringLiteral("orders"), QString(), 0);
    QVERIFY(zero.ok());
    QCOMPARE(zero->table.rowCount(), std::size_t(0));
    QCOMPARE(zero->table.columnCount(), std::size_t(4));
    QVERIFY(zero->info.truncated);
}

void TestImport::sqliteCancel()
{
    JobControl job;
    job.cancel();
    ImportOptions options;
    options.table = QStringLiteral("orders");
    const auto r = readSqlite(fixture(QStringLiteral("shop.sqlite")), options, &job);
    QVERIFY(!r.ok());
    QVERIFY(r.cancelled());

    // Between row batches: a query of 100000 rows, cancelled from the first progress report
    // (made before the first row); the reader notices at its next batch of rows.
    JobControl atStart;
    atStart.setProgressFn([&](double, const QString&) { atStart.cancel(); });
    options.table.clear();
    options.query = QStringLiteral("WITH RECURSIVE s(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM s WHERE x < 100000) "
                                   "SELECT x FROM s");
    const auto stopped = readSqlite(fixture(QStringLiteral("shop.sqlite")), options, &atStart);
    QVERIFY(stopped.cancelled());
}

void TestImport::sqliteWorkerThreads()
{
    // Each call opens its own connection, so imports can run on several threads at once.
    QList<QFuture<int>> futures;
    for (int i = 0; i < 6; ++i) {
        futures.push_back(QtConcurrent::run([i] {
            const auto r = readShop(i % 2 ? QStringLiteral("customers") : QStringLiteral("orders"));
            return r.ok() ? static_cast<int>(r->table.rowCount()) : -1;
        }));
    }
    for (int i = 0; i < futures.size(); ++i)
        QCOMPARE(futures[i].result(), i % 2 ? 4 : 5);
}
