#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QString>
#include <QVariant>

#include <cstdint>
#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace pp::store {

class Statement;

/// A thin RAII wrapper over one SQLite connection (the C API: WAL, blobs and
/// integrity checks are first-class there). Errors come back as results with SQLite's text.
class Database
{
public:
    enum class Mode { ReadWrite, ReadWriteCreate, ReadOnly };

    Database() = default;
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    Status open(const QString& path, Mode mode);
    void close();
    bool isOpen() const { return m_db != nullptr; }
    const QString& path() const { return m_path; }

    /// Runs one or more statements without results.
    Status exec(const QString& sql);
    Result<Statement> prepare(const QString& sql);
    std::int64_t lastInsertId() const;
    int changes() const;
    QString errorMessage() const;

    /// BEGIN IMMEDIATE / COMMIT / ROLLBACK.
    Status begin();
    Status commit();
    void rollback();

    sqlite3* handle() const { return m_db; }

private:
    sqlite3* m_db = nullptr;
    QString m_path;
};

/// A prepared statement; bind 1-based parameters, step, read 0-based columns.
class Statement
{
public:
    Statement() = default;
    Statement(Database* db, sqlite3_stmt* stmt);
    ~Statement();
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&& other) noexcept;

    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
    Statement& bind(int index, double value);
    Statement& bind(int index, const QString& value);
    Statement& bindBlob(int index, const QByteArray& value);
    Statement& bindNull(int index);

    /// Steps once: true while a row is available; false at the end or on error (see ok()).
    bool next();
    /// Steps to completion (INSERT/UPDATE/DELETE).
    Status run();
    bool ok() const { return m_ok; }
    QString errorMessage() const;
    void reset();

    bool isNull(int column) const;
    std::int64_t int64(int column) const;
    double real(int column) const;
    QString text(int column) const;
    QByteArray blob(int column) const;

private:
    Database* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
    bool m_ok = true;
};

/// The -wal and -shm files that SQLite keeps next to a database in WAL mode. Even a read-only
/// connection creates them and cannot remove them when it closes, so a file that was only
/// looked at would be left with litter beside it.
class WalSidecars
{
public:
    /// Notes which of the two files exist now, before this process connects to `dbPath`.
    explicit WalSidecars(const QString& dbPath);
    /// Removes the files that did not exist at construction, unless another connection has
    /// started to use them since. Call once this process's connections to the file are closed.
    void removeNew() const;

private:
    QString m_wal, m_shm;
    bool m_walExisted = false, m_shmExisted = false;
};

/// Rolls back unless committed: `Transaction t(db); ...; return t.commit();`
class Transaction
{
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Status commit();
    bool started() const { return m_started; }
    const Status& beginStatus() const { return m_begin; }

private:
    Database& m_db;
    Status m_begin;
    bool m_started = false;
    bool m_done = false;
};

} // namespace pp::store
