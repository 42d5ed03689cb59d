#include "store/sqlite_db.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

#include <fcntl.h>
#include <unistd.h>

namespace pp::store {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pp::Store)
};
} // namespace

Database::~Database() { close(); }

Status Database::open(const QString& path, Mode mode)
{
    close();
    int flags = SQLITE_OPEN_FULLMUTEX;
    switch (mode) {
    case Mode::ReadOnly:
        flags |= SQLITE_OPEN_READONLY;
        break;
    case Mode::ReadWrite:
        flags |= SQLITE_OPEN_READWRITE;
        break;
    case Mode::ReadWriteCreate:
        flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
        break;
    }
    const QByteArray native = QFile::encodeName(path);
    const int rc = sqlite3_open_v2(native.constData(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        ErrorInfo e;
        e.file = path;
        e.message = Tr::tr("Cannot open the project: %1")
                        .arg(QString::fromUtf8(m_db ? sqlite3_errmsg(m_db) : sqlite3_errstr(rc)));
        close();
        return Status::failure(e);
    }
    m_path = path;
    sqlite3_busy_timeout(m_db, 5000);
    sqlite3_extended_result_codes(m_db, 1);
    return Status(Unit{});
}

void Database::close()
{
    if (m_db) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
}

QString Database::errorMessage() const
{
    return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : Tr::tr("The project is not open.");
}

Status Database::exec(const QString& sql)
{
    if (!m_db)
        return Status::failure(errorMessage());
    char* err = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_exec(m_db, utf8.constData(), nullptr, nullptr, &err) != SQLITE_OK) {
        const QString message = err ? QString::fromUtf8(err) : errorMessage();
        sqlite3_free(err);
        ErrorInfo e;
        e.file = m_path;
        e.message = message;
        return Status::failure(e);
    }
    return Status(Unit{});
}

Result<Statement> Database::prepare(const QString& sql)
{
    if (!m_db)
        return Result<Statement>::failure(errorMessage());
    sqlite3_stmt* stmt = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v2(m_db, utf8.constData(), static_cast<int>(utf8.size()), &stmt, nullptr) != SQLITE_OK) {
        ErrorInfo e;
        e.file = m_path;
        e.message = errorMessage();
        return Result<Statement>::failure(e);
    }
    return Statement(this, stmt);
}

std::int64_t Database::lastInsertId() const { return m_db ? sqlite3_last_insert_rowid(m_db) : 0; }
int Database::changes() const { return m_db ? sqlite3_changes(m_db) : 0; }

Status Database::begin() { return exec(QStringLiteral("BEGIN IMMEDIATE")); }
Status Database::commit() { return exec(QStringLiteral("COMMIT")); }
void Database::rollback()
{
    if (m_db && !sqlite3_get_autocommit(m_db))
        exec(QStringLiteral("ROLLBACK"));
}

// ---------------------------------------------------------------------------------------------

Statement::Statement(Database* db, sqlite3_stmt* stmt) : m_db(db), m_stmt(stmt) {}

Statement::~Statement()
{
    if (m_stmt)
        sqlite3_finalize(m_stmt);
}

Statement::Statement(Statement&& other) noexcept : m_db(other.m_db), m_stmt(other.m_stmt), m_ok(other.m_ok)
{
    other.m_stmt = nullptr;
}

Statement& Statement::operator=(Statement&& other) noexcept
{
    if (this != &other) {
        if (m_stmt)
            sqlite3_finalize(m_stmt);
        m_db = other.m_db;
        m_stmt = other.m_stmt;
        m_ok = other.m_ok;
        other.m_stmt = nullptr;
    }
    return *this;
}

Statement& Statement::bind(int index, std::int64_t value)
{
    m_ok &= sqlite3_bind_int64(m_stmt, index, value) == SQLITE_OK;
    return *this;
}

Statement& Statement::bind(int index, double value)
{
    m_ok &= sqlite3_bind_double(m_stmt, index, value) == SQLITE_OK;
    return *this;
}

Statement& Statement::bind(int index, const QString& value)
{
    const QByteArray utf8 = value.toUtf8();
    m_ok &= sqlite3_bind_text(m_stmt, index, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_TRANSIENT)
        == SQLITE_OK;
    return *this;
}

Statement& Statement::bindBlob(int index, const QByteArray& value)
{
    m_ok &= sqlite3_bind_blob64(m_stmt, index, value.constData(), static_cast<sqlite3_uint64>(value.size()),
                                SQLITE_TRANSIENT)
        == SQLITE_OK;
    return *this;
}

Statement& Statement::bindNull(int index)
{
    m_ok &= sqlite3_bind_null(m_stmt, index) == SQLITE_OK;
    return *this;
}

bool Statement::next()
{
    if (!m_ok || !m_stmt)
        return false;
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        m_ok = false;
    return false;
}

Status Statement::run()
{
    if (m_ok && m_stmt) {
        const int rc = sqlite3_step(m_stmt);
        if (rc == SQLITE_DONE || rc == SQLITE_ROW)
            return Status(Unit{});
        m_ok = false;
    }
    ErrorInfo e;
    e.file = m_db ? m_db->path() : QString();
    e.message = errorMessage();
    return Status::failure(e);
}

QString Statement::errorMessage() const { return m_db ? m_db->errorMessage() : QString(); }

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    m_ok = true;
}

bool Statement::isNull(int column) const { return sqlite3_column_type(m_stmt, column) == SQLITE_NULL; }
std::int64_t Statement::int64(int column) const { return sqlite3_column_int64(m_stmt, column); }
double Statement::real(int column) const { return sqlite3_column_double(m_stmt, column); }

QString Statement::text(int column) const
{
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    return p ? QString::fromUtf8(p, sqlite3_column_bytes(m_stmt, column)) : QString();
}

QByteArray Statement::blob(int column) const
{
    const void* p = sqlite3_column_blob(m_stmt, column);
    return p ? QByteArray(static_cast<const char*>(p), sqlite3_column_bytes(m_stmt, column)) : QByteArray();
}

// ---------------------------------------------------------------------------------------------

WalSidecars::WalSidecars(const QString& dbPath)
    : m_wal(dbPath + QStringLiteral("-wal")),
      m_shm(dbPath + QStringLiteral("-shm")),
      m_walExisted(QFileInfo::exists(m_wal)),
      m_shmExisted(QFileInfo::exists(m_shm))
{
}

void WalSidecars::removeNew() const
{
    // A -shm that was there before may belong to a live connection of another process.
    if (m_shmExisted)
        return;
    // Ours unless written to: a read-only connection never writes to the -wal.
    const auto removeWal = [this] {
        if (!m_walExisted && QFileInfo::exists(m_wal) && QFileInfo(m_wal).size() == 0)
            QFile::remove(m_wal);
    };
    if (!QFileInfo::exists(m_shm)) {
        removeWal();
        return;
    }
    // Every connection holds a read lock on the -shm's "dead man switch" byte (offset 128 in
    // SQLite's unix VFS) while it uses the file: when a write lock on it is granted, nobody
    // else does, and nobody can start to while it is held.
    const QByteArray native = QFile::encodeName(m_shm);
    const int fd = ::open(native.constData(), O_RDWR | O_CLOEXEC);
    if (fd < 0)
        return;
    struct flock lock = {};
    lock.l_type = F_WRLCK;
    lock.l_whence = SEEK_SET;
    lock.l_start = 128;
    lock.l_len = 1;
    if (::fcntl(fd, F_SETLK, &lock) == 0) {
        removeWal();
        QFile::remove(m_shm);
    }
    ::close(fd);
}

// ---------------------------------------------------------------------------------------------

Transaction::Transaction(Database& db) : m_db(db), m_begin(db.begin())
{
    m_started = m_begin.ok();
}

Transaction::~Transaction()
{
    if (m_started && !m_done)
        m_db.rollback();
}

Status Transaction::commit()
{
    if (!m_started)
        return m_begin;
    m_done = true;
    Status s = m_db.commit();
    if (!s.ok())
        m_db.rollback();
    return s;
}

} // namespace pp::store
