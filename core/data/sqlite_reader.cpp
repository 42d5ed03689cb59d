// SQLite import through Qt SQL's QSQLITE driver: a whole table or view, or one SELECT.

#include "data/cell_table_builder.h"
#include "data/importer.h"
#include "data/sqlite_query_check.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

#include <algorithm>
#include <atomic>

namespace pp {

namespace {

constexpr int kRowsPerCheck = 1024;

struct SqliteObject
{
    QString name;
    bool isTable = true;  ///< false for a view
};

template <class T>
Result<T> failure(const QString& path, const QString& message)
{
    ErrorInfo e;
    e.message = message;
    e.file = path;
    return Result<T>::failure(std::move(e));
}

QString quoteIdentifier(const QString& name)
{
    QString escaped = name;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString quotedList(const std::vector<SqliteObject>& objects)
{
    QStringList quoted;
    for (const SqliteObject& o : objects)
        quoted.push_back(QLatin1Char('\'') + o.name + QLatin1Char('\''));
    return quoted.join(QStringLiteral(", "));
}

QString databaseErrorText(const QSqlError& error)
{
    return error.databaseText().isEmpty() ? error.text() : error.databaseText();
}

// A QSQLITE connection with a name of its own, so that several imports can run at once on
// worker threads (a connection must stay in the thread that made it). The connection is
// removed when this goes out of scope, after the queries declared later are gone.
class SqliteConnection
{
    Q_DECLARE_TR_FUNCTIONS(pp::SqliteReader)
public:
    SqliteConnection()
    {
        static std::atomic<quint64> counter{0};
        m_name = QStringLiteral("pp_sqlite_import_%1").arg(counter.fetch_add(1));
    }
    ~SqliteConnection()
    {
        const bool added = m_db.isValid();
        m_db = QSqlDatabase();
        if (added)
            QSqlDatabase::removeDatabase(m_name);
    }
    SqliteConnection(const SqliteConnection&) = delete;
    SqliteConnection& operator=(const SqliteConnection&) = delete;

    bool open(const QString& path, QString* error);
    bool listObjects(std::vector<SqliteObject>* out, QString* error);
    QSqlDatabase& db() { return m_db; }

private:
    QString m_name;
    QSqlDatabase m_db;
};

bool SqliteConnection::open(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot open '%1': %2").arg(QFileInfo(path).fileName(), file.errorString());
        return false;
    }
    // An empty file is an empty database to SQLite; anything else must carry the magic,
    // checked here because QSQLITE only notices at the first query, with a vaguer message.
    const QByteArray head = file.read(16);
    if (!head.isEmpty() && head != QByteArray("SQLite format 3\0", 16)) {
        *error = tr("The file is not an SQLite database.");
        return false;
    }
    file.close();
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE"))) {
        *error = tr("The SQLite driver of Qt (QSQLITE) is not installed.");
        return false;
    }
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    m_db.setDatabaseName(path);
    m_db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    if (!m_db.open()) {
        *error = tr("Cannot open the SQLite database: %1").arg(databaseErrorText(m_db.lastError()));
        return false;
    }
    return true;
}

bool SqliteConnection::listObjects(std::vector<SqliteObject>* out, QString* error)
{
    QSqlQuery query(m_db);
    // Creation order, as a database browser shows them; SQLite's own tables left out.
    if (!query.exec(QStringLiteral("SELECT name, type FROM sqlite_master WHERE type IN ('table', 'view') "
                                   "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY rowid"))) {
        *error = tr("Cannot read the SQLite database: %1").arg(databaseErrorText(query.lastError()));
        return false;
    }
    while (query.next())
        out->push_back({query.value(0).toString(), query.value(1).toString() == u"table"});
    return true;
}

class SqliteReader
{
    Q_DECLARE_TR_FUNCTIONS(pp::SqliteReader)
public:
    static Result<ImportedTable> read(const QString& path, const ImportOptions& options, JobControl* job);
};

Result<ImportedTable> SqliteReader::read(const QString& path, const ImportOptions& options, JobControl* job)
{
    if (isCancelled(job))
        return Result<ImportedTable>::cancelledResult();
    reportProgress(job, 0.0, tr("Reading database"));
    SqliteConnection connection;
    QString error;
    std::vector<SqliteObject> objects;
    if (!connection.open(path, &error) || !connection.listObjects(&objects, &error))
        return failure<ImportedTable>(path, error);

    ImportedTable out;
    out.info.format = FileFormat::Sqlite;
    out.info.delimiter = 0;
    out.info.quote = 0;
    for (const SqliteObject& o : objects)
        out.info.tables.push_back(o.name);

    // A query wins over a table name: the options dialog may keep both.
    QString sql = options.query.trimmed();
    const SqliteObject* chosen = nullptr;
    if (!sql.isEmpty()) {
        if (!checkSingleSelect(options.query, &error, &sql))
            return failure<ImportedTable>(path, error);
    } else if (!options.table.isEmpty()) {
        for (const SqliteObject& o : objects) {
            if (o.name == options.table)
                chosen = &o;
        }
        // SQLite compares identifiers ignoring (ASCII) case.
        for (const SqliteObject& o : objects) {
            if (!chosen && o.name.compare(options.table, Qt::CaseInsensitive) == 0)
                chosen = &o;
        }
        if (!chosen) {
            return failure<ImportedTable>(path, tr("The database has no table or view named '%1'. Available: %2.")
                                                    .arg(options.table, objects.empty() ? tr("none") : quotedList(objects)));
        }
    } else {
        const auto tables = std::count_if(objects.begin(), objects.end(), [](const SqliteObject& o) { return o.isTable; });
        if (tables == 1)
            chosen = &*std::find_if(objects.begin(), objects.end(), [](const SqliteObject& o) { return o.isTable; });
        else if (objects.size() == 1)
            chosen = &objects.front();
        else if (objects.empty())
            return failure<ImportedTable>(path, tr("The database contains no tables."));
        else
            return failure<ImportedTable>(path, tr("The database has several tables; choose one of %1, or give a query.")
                                                    .arg(quotedList(objects)));
    }

    qint64 expectedRows = -1;
    if (chosen) {
        out.info.table = chosen->name;
        sql = QStringLiteral("SELECT * FROM ") + quoteIdentifier(chosen->name);
        if (chosen->isTable) {
            // Only for the progress bar; a view would have to be computed twice.
            QSqlQuery count(connection.db());
            if (count.exec(QStringLiteral("SELECT COUNT(*) FROM ") + quoteIdentifier(chosen->name)) && count.next())
                expectedRows = count.value(0).toLongLong();
        }
    }

    QSqlQuery query(connection.db());
    query.setForwardOnly(true);  // rows are streamed, not cached by Qt
    query.setNumericalPrecisionPolicy(QSql::LowPrecisionDouble);
    if (!query.exec(sql)) {
        return failure<ImportedTable>(path, chosen ? tr("Cannot read '%1': %2").arg(chosen->name, databaseErrorText(query.lastError()))
                                                   : tr("SQLite could not run the query: %1").arg(databaseErrorText(query.lastError())));
    }
    const QSqlRecord record = query.record();
    const int columns = record.count();
    QStringList names;
    for (int i = 0; i < columns; ++i)
        names.push_back(record.fieldName(i));

    CellTableBuilder builder(options, HeaderMode::Yes);
    builder.setColumnNames(names);
    std::vector<qint64> blobs(static_cast<std::size_t>(columns), 0);
    std::vector<SourceCell> row(static_cast<std::size_t>(columns));
    const SubProgress reading(job, 0.0, 0.9);
    qint64 rows = 0;
    while (query.next()) {
        for (int i = 0; i < columns; ++i) {
            SourceCell& cell = row[static_cast<std::size_t>(i)];
            if (query.isNull(i)) {
                cell = SourceCell::missing();
                continue;
            }
            const QVariant v = query.value(i);
            switch (v.typeId()) {
            case QMetaType::LongLong:
            case QMetaType::ULongLong:
            case QMetaType::Int:
            case QMetaType::UInt:
            case QMetaType::Double:
                cell = SourceCell::ofNumber(v.toDouble());
                break;
            case QMetaType::QByteArray:
                // Binary data has no place in an analysis table; keep its size visible.
                cell = SourceCell::ofText(QStringLiteral("<blob %1 bytes>").arg(v.toByteArray().size()));
                ++blobs[static_cast<std::size_t>(i)];
                break;
            default:
                cell = SourceCell::ofText(v.toString());
                break;
            }
        }
        if (!builder.addRow(row))
            break;
        if (++rows % kRowsPerCheck == 0) {
            if (reading.cancelled())
                return Result<ImportedTable>::cancelledResult();
            if (expectedRows > 0)
                reading.set(static_cast<double>(rows) / static_cast<double>(expectedRows));
        }
    }
    if (query.lastError().type() != QSqlError::NoError)
        return failure<ImportedTable>(path, tr("SQLite stopped with an error: %1").arg(databaseErrorText(query.lastError())));

    std::vector<Warning> warnings;
    if (!builder.finish(&out.table, &warnings, SubProgress(job, 0.9, 1.0)))
        return Result<ImportedTable>::cancelledResult();
    for (int i = 0; i < columns; ++i) {
        const qint64 n = blobs[static_cast<std::size_t>(i)];
        if (n > 0) {
            warnings.push_back({QStringLiteral("blob"), 0, i + 1,
                                tr("Column '%1' holds %n binary value(s) (BLOB); they are shown as '<blob N bytes>'.", nullptr,
                                   static_cast<int>(n))
                                    .arg(out.table.column(static_cast<std::size_t>(i)).name())});
        }
    }
    out.table.setSource(path);
    out.info.hasHeader = true;
    out.info.dataRows = builder.dataRows();
    out.info.truncated = builder.truncated();
    reportProgress(job, 1.0);

    Result<ImportedTable> result(std::move(out));
    for (Warning& w : warnings)
        result.addWarning(std::move(w));
    return result;
}

} // namespace

Result<ImportedTable> readSqlite(const QString& path, const ImportOptions& options, JobControl* job)
{
    return SqliteReader::read(path, options, job);
}

Result<QStringList> listSqliteTables(const QString& path)
{
    SqliteConnection connection;
    QString error;
    std::vector<SqliteObject> objects;
    if (!connection.open(path, &error) || !connection.listObjects(&objects, &error))
        return failure<QStringList>(path, error);
    QStringList names;
    for (const SqliteObject& o : objects)
        names.push_back(o.name);
    return names;
}

} // namespace pp
