#include "store/project_store.h"

#include "store/sqlite_db.h"
#include "store/table_codec.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSysInfo>

#include <cmath>
#include <unistd.h>

namespace pp::store {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pp::Store)
};

constexpr int kApplicationId = 0x50505350;  // "PPSP"
constexpr qint64 kStaleHeartbeatSeconds = 15 * 60;

QString now() { return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs); }

QString toJson(const QJsonObject& o) { return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)); }
QString toJson(const QJsonArray& a) { return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact)); }
QJsonObject objectFrom(const QString& s) { return QJsonDocument::fromJson(s.toUtf8()).object(); }
QJsonArray arrayFrom(const QString& s) { return QJsonDocument::fromJson(s.toUtf8()).array(); }

// Identity of this process, to tell later whether a "running" run's process still exists.
QString bootId()
{
    QFile f(QStringLiteral("/proc/sys/kernel/random/boot_id"));
    return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readAll()).trimmed() : QString();
}

// Field 22 of /proc/<pid>/stat: the process start time in clock ticks since boot. Together
// with the pid it identifies a process across pid reuse.
qint64 processStartTime(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray stat = f.readAll();
    const qsizetype close = stat.lastIndexOf(')');  // the command name may contain spaces
    if (close < 0)
        return -1;
    const QList<QByteArray> fields = stat.mid(close + 2).split(' ');
    // After ")": field 3 is at index 0, so field 22 is at index 19.
    return fields.size() > 19 ? fields.at(19).toLongLong() : -1;
}

QString hostName() { return QSysInfo::machineHostName(); }

const char* kSchemaV1 = R"sql(
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE datasets (
    id INTEGER PRIMARY KEY, name TEXT NOT NULL, source_path TEXT, source_sha256 TEXT,
    import_options TEXT, rows INTEGER NOT NULL, columns INTEGER NOT NULL, data BLOB NOT NULL,
    created TEXT NOT NULL);
CREATE TABLE pipelines (
    id INTEGER PRIMARY KEY, name TEXT NOT NULL, json TEXT NOT NULL, created TEXT NOT NULL, updated TEXT NOT NULL);
CREATE TABLE runs (
    id INTEGER PRIMARY KEY, name TEXT, dataset_id INTEGER REFERENCES datasets(id) ON DELETE SET NULL,
    dataset_name TEXT, pipeline TEXT, model TEXT NOT NULL, task TEXT, params TEXT, split TEXT, seed INTEGER,
    device TEXT, host TEXT, pid INTEGER, status TEXT NOT NULL, started TEXT NOT NULL, finished TEXT,
    metrics TEXT, importance TEXT, error TEXT, note TEXT);
CREATE TABLE run_history (
    run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE, epoch INTEGER NOT NULL,
    train_loss REAL, valid_loss REAL, metrics TEXT, seconds REAL, PRIMARY KEY (run_id, epoch));
CREATE TABLE models (
    run_id INTEGER PRIMARY KEY REFERENCES runs(id) ON DELETE CASCADE, bundle TEXT NOT NULL,
    pipeline TEXT NOT NULL, model BLOB NOT NULL, created TEXT NOT NULL);
)sql";

// Version 2: soft delete of runs (undo), process identity for "interrupted", heartbeats,
// and notes that are not tied to a run.
const char* kMigrateV1ToV2 = R"sql(
ALTER TABLE runs ADD COLUMN deleted INTEGER NOT NULL DEFAULT 0;
ALTER TABLE runs ADD COLUMN boot_id TEXT;
ALTER TABLE runs ADD COLUMN process_start INTEGER;
ALTER TABLE runs ADD COLUMN heartbeat TEXT;
CREATE TABLE notes (id INTEGER PRIMARY KEY, run_id INTEGER REFERENCES runs(id) ON DELETE CASCADE,
    text TEXT NOT NULL, created TEXT NOT NULL, updated TEXT NOT NULL);
CREATE INDEX runs_status ON runs(status);
CREATE TABLE run_predictions (run_id INTEGER PRIMARY KEY REFERENCES runs(id) ON DELETE CASCADE,
    split TEXT NOT NULL, data BLOB NOT NULL);
)sql";

// Version 3: what a finished run used (task, device and pipeline replace the start's values in
// their columns): every model parameter next to the ones the user set, and the split's rows.
const char* kMigrateV2ToV3 = R"sql(
ALTER TABLE runs ADD COLUMN used_params TEXT;
ALTER TABLE runs ADD COLUMN train_rows INTEGER;
ALTER TABLE runs ADD COLUMN valid_rows INTEGER;
ALTER TABLE runs ADD COLUMN test_rows INTEGER;
ALTER TABLE runs ADD COLUMN fit_seconds REAL;
)sql";

ErrorInfo fileError(const QString& path, const QString& message)
{
    ErrorInfo e;
    e.file = path;
    e.message = message;
    return e;
}

// Refuses a file that is not a project this version can open, through a read-only
// connection that is closed again on return.
Status checkProjectFile(const QString& path)
{
    Database probe;
    Status s = probe.open(path, Database::Mode::ReadOnly);
    if (!s.ok())
        return s;
    auto header = probe.prepare(QStringLiteral("PRAGMA application_id"));
    if (!header.ok() || !header->next())
        return Status::failure(fileError(path, Tr::tr("This file is damaged or is not a project file.")));
    const qint64 appId = header->int64(0);
    auto uv = probe.prepare(QStringLiteral("PRAGMA user_version"));
    const int version = uv.ok() && uv->next() ? static_cast<int>(uv->int64(0)) : -1;
    auto tables = probe.prepare(QStringLiteral("SELECT count(*) FROM sqlite_master"));
    const qint64 objects = tables.ok() && tables->next() ? tables->int64(0) : -1;
    if (version < 0 || objects < 0)
        return Status::failure(fileError(path, Tr::tr("This file is damaged or is not a project file.")));
    if (objects > 0 && appId != kApplicationId)
        return Status::failure(fileError(path, Tr::tr("This SQLite database is not a Purchasing Power Studio project.")));
    if (version > ProjectStore::kSchemaVersion)
        return Status::failure(fileError(path, Tr::tr("The project was saved by a newer version of the application "
                                                      "(format %1; this version reads up to %2). It was not changed.")
                                                   .arg(version)
                                                   .arg(ProjectStore::kSchemaVersion)));
    auto check = probe.prepare(QStringLiteral("PRAGMA quick_check"));
    if (!check.ok() || !check->next() || check->text(0) != QLatin1String("ok"))
        return Status::failure(fileError(path, Tr::tr("The project file is damaged (%1). It was not changed.")
                                                   .arg(check.ok() ? check->text(0) : probe.errorMessage())));
    return Status(Unit{});
}

} // namespace

QString schemaV1Sql() { return QString::fromUtf8(kSchemaV1); }

ProjectStore::ProjectStore() : m_db(std::make_unique<Database>()) {}
ProjectStore::~ProjectStore() = default;

QString ProjectStore::path() const { return m_db->path(); }

int ProjectStore::schemaVersion() const
{
    std::lock_guard<std::recursive_mutex> lock(m_mutex);
    auto st = m_db->prepare(QStringLiteral("PRAGMA user_version"));
    return st.ok() && st->next() ? static_cast<int>(st->int64(0)) : 0;
}

Result<std::unique_ptr<ProjectStore>> ProjectStore::open(const QString& path, bool create)
{
    using R = Result<std::unique_ptr<ProjectStore>>;
    const bool exists = QFileInfo::exists(path);
    if (!exists && !create)
        return R::failure(fileError(path, Tr::tr("The project file does not exist.")));

    if (exists) {
        // Look before touching: a read-only connection cannot change the file, whatever it
        // is. It can leave the -wal and -shm files of a WAL database behind: a refused file
        // is left as it was found, without them.
        const WalSidecars sidecars(path);
        const Status looked = checkProjectFile(path);
        if (!looked.ok()) {
            sidecars.removeNew();
            return R::failure(looked.error());
        }
    }

    std::unique_ptr<ProjectStore> store(new ProjectStore());
    Status s = store->m_db->open(path, create ? Database::Mode::ReadWriteCreate : Database::Mode::ReadWrite);
    if (!s.ok())
        return R::failure(s.error());
    s = store->m_db->exec(QStringLiteral("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;"));
    if (!s.ok())
        return R::failure(s.error());
    const int version = store->schemaVersion();
    if (version == 0) {
        s = store->createSchema();
    } else if (version < kSchemaVersion) {
        s = store->migrate(version);
    }
    if (!s.ok())
        return R::failure(s.error());
    return R(std::move(store));
}

Status ProjectStore::createSchema()
{
    Transaction t(*m_db);
    if (!t.started())
        return t.beginStatus();
    Status s = m_db->exec(QString::fromUtf8(kSchemaV1));
    if (s.ok())
        s = m_db->exec(QString::fromUtf8(kMigrateV1ToV2));
    if (s.ok())
        s = m_db->exec(QString::fromUtf8(kMigrateV2ToV3));
    if (s.ok())
        s = m_db->exec(QStringLiteral("PRAGMA application_id=%1; PRAGMA user_version=%2;")
                           .arg(kApplicationId)
                           .arg(kSchemaVersion));
    if (s.ok()) {
        auto st = m_db->prepare(QStringLiteral("INSERT INTO meta(key, value) VALUES ('created', ?1), ('app_version', ?2)"));
        if (!st.ok())
            return Status::failure(st.error());
        s = st->bind(1, now()).bind(2, QCoreApplication::applicationVersion()).run();
    }
    if (!s.ok())
        return s;
    return t.commit();
}

Status ProjectStore::migrate(int from)
{
    Transaction t(*m_db);
    if (!t.started())
        return t.beginStatus();
    Status s(Unit{});
    if (from < 2)
        s = m_db->exec(QString::fromUtf8(kMigrateV1ToV2));
    if (s.ok() && from < 3)
        s = m_db->exec(QString::fromUtf8(kMigrateV2ToV3));
    if (s.ok() && from < 3)
        s = fillResolvedFromModels();
    if (s.ok())
        s = m_db->exec(QStringLiteral("PRAGMA application_id=%1; PRAGMA user_version=%2;")
                           .arg(kApplicationId)
                           .arg(kSchemaVersion));
    if (!s.ok()) {
        ErrorInfo e = s.error();
        e.message = Tr::tr("Upgrading the project from format %1 failed: %2").arg(from).arg(e.message);
        return Status::failure(e);
    }
    return t.commit();
}

// Runs stored before format 3 kept only their start settings ("auto" task, the parameters the
// user set); the model bundles of the finished ones know the task and every parameter.
Status ProjectStore::fillResolvedFromModels()
{
    struct Found
    {
        qint64 id;
        QString task;
        QJsonObject bundle;
    };
    std::vector<Found> found;
    {
        auto st = m_db->prepare(QStringLiteral("SELECT r.id, r.task, m.bundle FROM runs r JOIN models m ON m.run_id = r.id"));
        if (!st.ok())
            return Status::failure(st.error());
        while (st->next())
            found.push_back({st->int64(0), st->text(1), objectFrom(st->text(2))});
        if (!st->ok())
            return Status::failure(fileError(m_db->path(), st->errorMessage()));
    }
    auto update = m_db->prepare(QStringLiteral("UPDATE runs SET task = COALESCE(?1, task), used_params = ?2 WHERE id = ?3"));
    if (!update.ok())
        return Status::failure(update.error());
    for (const Found& f : found) {
        Task task;
        const QString bundleTask = f.bundle.value(QStringLiteral("task")).toString();
        const QJsonValue params = f.bundle.value(QStringLiteral("params"));
        update->reset();
        if (!taskFromName(f.task, &task) && taskFromName(bundleTask, &task))
            update->bind(1, bundleTask);
        else
            update->bindNull(1);
        if (params.isObject())
            update->bind(2, toJson(params.toObject()));
        else
            update->bindNull(2);
        const Status s = update->bind(3, static_cast<std::int64_t>(f.id)).run();
        if (!s.ok())
            return s;
    }
    return Status(Unit{});
}

Status ProjectStore::saveCopyAs(const QString& target)
{
    std::lock_guard<std::recursive_mutex> lock(m_mutex);
    if (QFileInfo::exists(target) && !QFile::remove(target))
        return Status::failure(fileError(target, Tr::tr("Cannot replace the existing file.")));
    auto st = m_db->prepare(QStringLiteral("VACUUM INTO ?1"));
    if (!st.ok())
        return Status::failure(st.error());
    return st->bind(1, target).run();
}

Result<QString> ProjectStore::integrityCheck()
{
    std::lock_guard<std::recursive_mutex> lock(m_mutex);
    auto st = m_db->prepare(QStringLiteral("PRAGMA integrity_check"));
    if (!st.ok())
        return Result<QString>::failure(st.error());
    QStringList lines;
    while (st->next())
        lines << st->text(0);
    return lines.join(QLatin1Char('\n'));
}

std::optional<qint64> ProjectStore::tryDataVersion()
{
    std::unique_lock<std::recursive_mutex> lock(m_mutex, std::try_to_lock);
    if (!lock.owns_lock())
        return std::nullopt;
    auto st = m_db->prepare(QStringLiteral("PRAGMA data_version"));
    if (!st.ok() || !st->next())
        return std::nullopt;
    return st->int64(0);
}

// ---------------------------------------------------------------------------------------------
// Datasets

Result<qint64> ProjectStore::addDataset(const QString& name, const Table& table, const QJsonObject& importOptions,
                                        const QString& sourcePath, JobControl* job)
{
    QString sha;
    if (!sourcePath.isEmpty()) {
        QFile f(sourcePath);
        if (f.open(QIODevice::ReadOnly)) {
            QCryptographicHash h(QCryptographicHash::Sha256);
            h.addData(&f);
            sha = QString::fromLatin1(h.result().toHex());
        }
    }
    const QByteArray blob = encodeTable(table, job);
    if (isCancelled(job))
        return Result<qint64>::cancelledResult();
    std::lock_guard<std::recursive_mutex> lock(m_mutex);
    auto st = m_db->prepare(QStringLiteral(
        "INSERT INTO datasets(name, source_path, source_sha256, import_options, rows, columns, data, created) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"));
    if (!st.ok())
        return Result<qint64>::failure(st.error());
    st->bind(1, name)
        .bind(2, sourcePath)
        .bind(3, sha)
        .bind(4, toJson(importOptions))
        .bind(5, static_cast<std::int64_t>(table.rowCount()))
        .bind(6, static_cast<std::int64_t>(table.columnCount()))
        .bindBlob(7, blob)
        .bind(8, now());
    const Status s = st->run();
    if (!s.ok())
        return Result<qint64>::failure(s.error());
    return m_db->lastInsertId();
}

Result<std::vector<DatasetInfo>> ProjectStore::datasets()
{
    std::lock_guard<std::recursive_mutex> lock(m_mutex);
    auto st = m_db->prepare(QStringLiteral(
        "SELECT id, name, source_path, source_sha256, import_options, rows, columns, created FROM datasets ORDER BY id"));
    if (!st.ok())
        return Result<std::vector<DatasetInfo>>::failure(st.error());
    std::vector<DatasetInfo> out;
    while (st->next()) {
        DatasetInfo d;
        d.id = st->int64(0);
        d.name = st->text(1);
        d.sourcePath = st->text(2);
        d.sourceSha256 = st->text(3);
        d.importOptions = objectFrom(st->text(4));
        d.rows = st->int64(5);
        d.columns = static_cast<int>(st->int64(6));
        d.created = st->text(7);
        out.push_back(d);
    }
    return out;
}

Result<Table> ProjectStore::loadDataset(qint64 id, JobControl* job)
{
    QByteArray blob;
    {
        std::lock_guard<std::recursive_mutex> lock(m_mutex);
        auto st = m_db->prepare(QStringLiteral("SELECT data, name FROM datasets WHERE id = ?1"));
        if (!st.ok())
            return Result<Table>::failure(st.error());
        st->bind(1, static_cast<std::int64_t>(id));
        if (!st->next())
            return Result<Table>::failure(Tr::tr("The project has no data set %1.").arg(id));
        blob = st->blob(0);
    }
    auto t = decodeTable(blob, job);
    if (t.ok())
        t->setSource(m_db->path());
    return t;
}

Status ProjectStore::deleteDataset(qint64 id)
{
    std::lock_guard<std::recursive_mutex> lock(m_mutex);
    auto st = m_db->prepare(QStringLiteral("DELETE FROM datasets WHERE id = ?1"));
    if (!st.ok())
        return Status::failure(st.error());
    return st->bind(1, static_cast<std::int64_t>(id)).run();
}

// ---------------------------------------------------------------------------------------------
// Pipelines

Result<qint64> ProjectStore::savePipeline(const QString& name, const QJsonObject& json, qint64 id)
{
    std::lock_guard<std::recursive_mutex> lock(m_mutex);
    const QString t = now();
    if (id > 0) {
        auto st = m_db->prepare(QStringLiteral("UPDATE pipelines SET name = ?1, json = ?2, updated = ?3 WHERE id = ?4"));
        if (!st.ok())
            return Result<qint64>::failure(st.error());
        const Status s = st->bind(1, name).bind(2, toJson(json)).bind(3, t).bind(4, static_cast<std::int64_t>(id)).run();
        if (!s.ok())
            return Result<qint64>::failure(s.error());
        return id;
    }
    auto st = m_db->prepare(QStringLiteral("INSERT INTO pipelines(name, json, created, updated) VALUES (?1, ?2, ?3, ?3)"));
    if (!st.ok())
        return Result<qint64>::failure(st.error());
    const Status s = st->bind(1, name).bind(2, toJson(json)).bind(3, t).run();
    if (!s.ok())
        return Result<qint64>::failure(s.error());
    return m_db->lastInsertId();
}

Result<std::vector<PipelineInfo>> ProjectStore::pipelines()
{
    std::lock_guard<std::recursive_mutex> lock(m_mutex);
    auto st = m_db->prepare(QStringLiteral("SELECT id, name, json, created, updated FROM pipelines ORDER BY id"));
    if (!st.ok())
        return Result<std::vector<PipelineInfo>>::failure(st.error());
    std::vector<PipelineInfo> out;
    while (st->next())
        out.push_back({st->int64(0), st->text(1), objectFrom(st->text(2)), st->text(3), st->text(4)});
    return out;
}

Status ProjectStore::deletePipeline(qint64 id)
{
    std::lock_guard<std::recursive_mutex> lock(m_mutex);
    auto st = m_db->prepare(QStringLiteral("DELETE FROM pipelines WHERE id = ?1"));
    if (!st.ok())
        return Status::failure(st.error());
    return st->bind(1, static_cast<std::int64_t>(id)).run();
}

// ---------------------------------------------------------------------------------------------
// Runs

Result<qint64> ProjectStore::beginRun(const RunStart& r)
{
    std::lock_guard<std::recursive_mutex> lock(m_mutex);
    auto st = m_db->prepare(QStringLiteral(
        "INSERT INTO runs(name, dataset_id, dataset_name, pipeline, model, task, params, split, seed, device, host, "
        "pid, boot_id, process_start, status, started, heartbeat) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, 'running', ?15, ?15)"));
    if (!st.ok())
        return Result<qint64>::failure(st.error());
    const qint64 pid = static_cast<qint64>(::getpid());
    st->bind(1, r.name);
    if (r.datasetId > 0)
        st->bind(2, static_cast<std::int64_t>(r.datasetId));
    else
        st->bindNull(2);
    st->bind(3, r.datasetName)
        .bind(4, toJson(r.pipeline))
        .bind(5, r.model)
        .bind(6, r.task)
        .bind(7, toJson(r.params))
        .bind(8, toJson(r.split))
        .bind(9, static_cast<std::int64_t>(r.seed))
        .bind(10, r.device)
        .bind(11, hostName())
        .bind(12, static_cast<std::int64_t>(pid))
        .bind(13, bootId())
        .bind(14, static_cast<std::int64_t>(processStartTime(pid)))
        .bind(15, now());
    const Status s = st->run();
    if (!s.ok())
        return Result<qint64>::failure(s.error());
    return m_db->lastInsertId();
}

namespace {

/// Inserts `records` (or replaces them, per epoch) with one prepared statement; the caller
/// holds the lock and the transaction.
Status insertHistory(Database& db, qint64 runId, const EpochRecord* records, std::size_t count)
{
    auto st = db.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO run_history(run_id, epoch, train_loss, valid_loss, metrics, seconds) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6)"));
    if (!st.ok())
        return Status::failure(st.error());
    for (std::size_t i = 0; i < count; ++i) {
        const EpochRecord& r = records[i];
        QJsonObject metrics;
        for (auto it = r.metrics.constBegin(); it != r.metrics.constEnd(); ++it)
            metrics.insert(it.key(), it.value());
        st->reset();
        st->bind(1, static_cast<std::int64_t>(runId)).bind(2, r.epoch).bind(3, r.trainLoss);
        if (std::isnan(r.validLoss))
            st->bindNull(4);
        else
            st->bind(4, r.validLoss);
        st->bind(5, toJson(metrics)).bind(6, r.seconds);
        const Status s = st->run();
        if (!s.ok())
            return s;
    }
    return Unit{};
}

} // namespace

Status ProjectStore::appendHistory(qint64 runId, const std::vector<EpochRecord>& records)
{
    if (records.empty())
        return Unit{};
    std::lock_guard<std::recursive_mutex> lock(m_mutex);
    Transaction t(*m_db);
    if (!t.started())
        return t.beginStatus();
    const Status s = insertHistory(*m_db, runId, records.data(), records.size());
    if (!s.ok())
        return s;
    return t.commit();
}

Status ProjectStore::appendHistory(qint64 runId, const EpochRecord& r)
{
    std::lock_guard<std::recursive_mutex> lock(m_mutex);
    Transaction t(*m_db);
    if (!t.started())
        return t.beginStatus();
    Status s = insertHistory(*m_db, runId, &r, 1);
    if (!s.ok())
        return s;
    auto hb = m_db->prepare(QStringLiteral("UPDATE runs SET heartbeat = ?1 WHERE id = ?2"));
    if (!hb.ok())
        return Status::failure(hb.error());
    s = hb->bind(1, now()).bind(2, static_cast<std::int64_t>(runId)).run();
    if (!s.ok())
        return s;
    return t.commit();
}

Status ProjectStore::setRunResolved(qint64 runId, const RunResolved& r)
{
    std::lock_guard<std::recursive_mutex> lock(m_mutex);
    auto st = m_db->prepare(QStringLiteral(
        "UPDATE runs SET task = ?1, device = ?2, used_params = ?3, pipeline = ?4, train_rows = ?5, valid_rows = ?6, "
        "test_rows = ?7, fit_seconds = ?8 WHERE id = ?9"));
    if (!st.ok())
        return Status::failure(st.error());
    return st->bind(1, r.task)
        .bind(2, r.device)
        .bind(3, toJson(r.params))
        .bind(4, toJson(r.pipeline))
        .bind(5, static_cast<std::int64_t>(r.trainRows))
        .bind(6, static_cast<std::int64_t>(r.validRows))
        .bind(7, static_cast<std::int64_t>(r.testRows))
        .bind(8, r.fitSeconds)
        .bind(9, static_cast<std::int64_t>(runId))
        .run();
}

Status ProjectStore::finishRun(qint64 runId, const QString& status, const QJsonObject& metrics,
                               const QJsonArray& importance, const QString& error)
{
    std::lock_guard<std::recursive_mutex> lock(m_mutex);
    auto st = m_db->prepare(QStringLiteral(
        "UPDATE runs SET status = ?1, metrics = ?2, importance = ?3, error = ?4, finished = ?5, heartbeat = ?5 "
        "WHERE id = ?6"));
    if (!st.ok())
        return Status::failure(st.error());
    return st->bind(1, status)
        .bind(2, toJson(metrics))
        .bind(3, toJson(importance))
        .bind(4, error)
        .bind(5, now())
        .bind(6, static_cast<std::int64_t>(runId))
        .run();
}

QString ProjectStore::effectiveStatus(const QString& status, const QString& host, qint64 pid, qint64 processStart,
                                      const QString& heartbeat) const
{
    if (status != QLatin1String("running"))
        return status;
    if (host == hostName()) {
        // Same machine: the run is alive only if its process still exists (same pid and
        // start time, in this boot).
        Q_UNUSED(heartbeat);
        return processStartTime(pid) == processStart && processStart >= 0 ? status : QStringLiteral("interrupted");
    }
    // Another machine: trust a recent heartbeat only.
    const QDateTime beat = QDateTime::fromString(heartbeat, Qt::ISODateWithMs);
    if (!beat.isValid() || beat.secsTo(QDateTime::currentDateTimeUtc()) > kStaleHeartbeatSeconds)
        return QStringLiteral("interrupted");
    return status;
}

namespace {
const char* kRunColumns =
    "r.id, r.name, r.dataset_id, COALESCE(d.name, r.dataset_name), r.pipeline, r.model, r.task, r.params, r.split, "
    "r.seed, r.device, r.host, r.pid, r.status, r.started, r.finished, r.metrics, r.importance, r.error, r.note, "
    "r.deleted, r.boot_id, r.process_start, r.heartbeat, (SELECT count(*) FROM models m WHERE m.run_id = r.id), "
    "r.used_params, r.train_rows, r.valid_rows, r.test_rows, r.fit_seconds";
}

Result<std::vector<RunInfo>> ProjectStore::runs(bool includeDeleted)
{
    std::lock_guard<std::recursive_mutex> lock(m_mutex);
    auto st = m_db->prepare(QStringLiteral("SELECT %1 FROM runs r LEFT JOIN datasets d ON d.id = r.dataset_id %2 "
                                           "ORDER BY r.id")
                                .arg(QLatin1String(kRunColumns),
                                     includeDeleted ? QString() : QStringLiteral("WHERE r.deleted = 0")));
    if (!st.ok())
        return Result<std::vector<RunInfo>>::failure(st.error());
    std::vector<RunInfo> out;
    const QString thisBoot = bootId();
    while (st->next()) {
        RunInfo r;
        r.id = st->int64(0);
        r.name = st->text(1);
        r.datasetId = st->int64(2);
        r.datasetName = st->text(3);
        r.pipeline = objectFrom(st->text(4));
        r.model = st->text(5);
        r.task = st->text(6);
        r.params = objectFrom(st->text(7));
        r.split = objectFrom(st->text(8));
        r.seed = static_cast<quint64>(st->int64(9));
        r.device = st->text(10);
        r.host = st->text(11);
        r.pid = st->int64(12);
        const QString boot = st->text(21);
        // A run from an earlier boot of this machine cannot still be running.
        const qint64 start = boot == thisBoot ? st->int64(22) : -2;
        r.status = effectiveStatus(st->text(13), r.host, r.pid, start, st->text(23));
        r.started = st->text(14);
        r.finished = st->text(15);
        r.metrics = objectFrom(st->text(16));
        r.importance = arrayFrom(st->text(17));
        r.error = st->text(18);
        r.note = st->text(19);
        r.deleted = st->int64(20) != 0;
        r.hasModel = st->int64(24) > 0;
        r.usedParams = objectFrom(st->text(25));
        r.trainRows = st->isNull(26) ? -1 : st->int64(26);
        r.validRows = st->isNull(27) ? -1 : st->int64(27);
        r.testRows = st->isNull(28) ? -1 : st->int64(28);
        r.fitSeconds = st->isNull(29) ? -1.0 : st->real(29);
        out.push_back(r);
    }
    return out;
}

Result<RunInfo> ProjectStore::run(qint64 id)
{
    auto all = runs(true);
    if (!all.ok())
        return Result<RunInfo>::failure(all.error());
    for (const auto& r : all.value())
        if (r.id == id)
            return r;
    return Result<RunInfo>::failure(Tr::tr("The project has no run %1.").arg(id));
}

Result<std::vector<EpochRecord>> ProjectStore::history(qint64 runId)
{
    std::lock_guard<std::recursive_mutex> lock(m_mutex);
    auto st = m_db->prepare(QStringLiteral(
        "SELECT epoch, train_loss, valid_loss, metrics, seconds FROM run_history WHERE run_id = ?1 ORDER BY epoch"));
    if (!st.ok())
        return Result<std::vector<EpochRecord>>::failure(st.error());
    st->bind(1, static_cast<std::int64_t>(runId));
    std::vector<EpochRecord> out;
    while (st->next()) {
        EpochRecord r;
        r.epoch = static_cast<int>(st->int64(0));
        r.trainLoss = st->real(1);
        r.validLoss = st->isNull(2) ? std::numeric_limits<double>::quiet_NaN() : st->real(2);
        const QJsonObject m = objectFrom(st->text(3));
        for (auto it = m.begin(); it != m.end(); ++it)
            r.metrics.insert(it.key(), it.value().toDouble());
        r.seconds = st->real(4);
        out.push_back(r);
    }
    return out;
}

Status ProjectStore::renameRun(qint64 id, const QString& name)
{
    std::lock_guard<std::recursive_mutex> lock(m_mutex);
    auto st = m_db->prepare(QStringLiteral("UPDATE runs SET name = ?1 WHERE id = ?2"));
    if (!st.ok())
        return Status::failure(st.error());
    return st->bind(1, name).bind(2, static_cast<std::int64_t>(id)).run();
}

Status ProjectStore::setRunTimes(qint64 id, const QDateTime& started, const QDateTime& finished)
{
    std::lock_guard<std::recursive_mutex> lock(m_mutex);
    auto st = m_db->prepare(QStringLiteral(
        "UPDATE runs SET started = COALESCE(?1, started), finished = COALESCE(?2, finished) WHERE id = ?3"));
    if (!st.ok())
        return Status::failure(st.error());
    if (started.isValid())
        st->bind(1, started.toUTC().toString(Qt::ISODateWithMs));
    else
        st->bindNull(1);
    if (finished.isValid())
        st->bind(2, finished.toUTC().toString(Qt::ISODateWithMs));
    else
        st->bindNull(2);
    return st->bind(3, static_cast<std::int64_t>(id)).run();
}

Status ProjectStore::setRunNote(qint64 id, const QString& note)
{
    std::lock_guard<std::recursive_mutex> lock(m_mutex);
    auto st = m_db->prepare(QStringLiteral("UPDATE runs SET note = ?1 WHERE id = ?2"));
    if (!st.ok())
        return Status::failure(st.error());
    return st->bind(1, note).bind(2, static_cast<std::int64_t>(id)).run();
}

Status ProjectStore::setRunDeleted(qint64 id, bool deleted)
{
    std::lock_guard<std::recursive_mutex> lock(m_mutex);
    auto st = m_db->prepare(QStringLiteral("UPDATE runs SET deleted = ?1 WHERE id = ?2"));
    if (!st.ok())
        return Status::failure(st.error());
    return st->bind(1, deleted ? 1 : 0).bind(2, static_cast<std::int64_t>(id)).run();
}

Status ProjectStore::purgeDeleted()
{
    std::lock_guard<std::recursive_mutex> lock(m_mutex);
    return m_db->exec(QStringLiteral("DELETE FROM runs WHERE deleted = 1"));
}

Status ProjectStore::savePredictions(qint64 runId, const QString& split, const Table& predictions)
{
    const QByteArray blob = encodeTable(predictions);
    std::lock_guard<std::recursive_mutex> lock(m_mutex);
    auto st = m_db->prepare(QStringLiteral("INSERT OR REPLACE INTO run_predictions(run_id, split, data) VALUES (?1, ?2, ?3)"));
    if (!st.ok())
        return Status::failure(st.error());
    return st->bind(1, static_cast<std::int64_t>(runId)).bind(2, split).bindBlob(3, blob).run();
}

Result<std::pair<QString, Table>> ProjectStore::loadPredictions(qint64 runId)
{
    using R = Result<std::pair<QString, Table>>;
    QString split;
    QByteArray blob;
    {
        std::lock_guard<std::recursive_mutex> lock(m_mutex);
        auto st = m_db->prepare(QStringLiteral("SELECT split, data FROM run_predictions WHERE run_id = ?1"));
        if (!st.ok())
            return R::failure(st.error());
        st->bind(1, static_cast<std::int64_t>(runId));
        if (!st->next())
            return R::failure(Tr::tr("Run %1 has no stored predictions.").arg(runId));
        split = st->text(0);
        blob = st->blob(1);
    }
    auto table = decodeTable(blob);
    if (!table.ok())
        return R::failure(table.error());
    return std::make_pair(split, table.take());
}

// ---------------------------------------------------------------------------------------------
// Models

Status ProjectStore::saveModel(qint64 runId, const StoredModel& model)
{
    std::lock_guard<std::recursive_mutex> lock(m_mutex);
    auto st = m_db->prepare(QStringLiteral(
        "INSERT OR REPLACE INTO models(run_id, bundle, pipeline, model, created) VALUES (?1, ?2, ?3, ?4, ?5)"));
    if (!st.ok())
        return Status::failure(st.error());
    return st->bind(1, static_cast<std::int64_t>(runId))
        .bind(2, QString::fromUtf8(model.bundleJson))
        .bind(3, QString::fromUtf8(model.pipelineJson))
        .bindBlob(4, model.modelBytes)
        .bind(5, now())
        .run();
}

Result<StoredModel> ProjectStore::loadModel(qint64 runId)
{
    std::lock_guard<std::recursive_mutex> lock(m_mutex);
    auto st = m_db->prepare(QStringLiteral("SELECT bundle, pipeline, model FROM models WHERE run_id = ?1"));
    if (!st.ok())
        return Result<StoredModel>::failure(st.error());
    st->bind(1, static_cast<std::int64_t>(runId));
    if (!st->next())
        return Result<StoredModel>::failure(Tr::tr("Run %1 has no saved model.").arg(runId));
    return StoredModel{st->text(0).toUtf8(), st->text(1).toUtf8(), st->blob(2)};
}

} // namespace pp::store
