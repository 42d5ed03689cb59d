#pragma once

#include "common/job.h"
#include "common/result.h"
#include "data/table.h"
#include "ml/model.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <memory>
#include <mutex>
#include <optional>
#include <vector>

namespace pp::store {

class Database;

struct DatasetInfo
{
    qint64 id = 0;
    QString name;
    QString sourcePath;
    QString sourceSha256;
    QJsonObject importOptions;
    qint64 rows = 0;
    int columns = 0;
    QString created;
};

struct PipelineInfo
{
    qint64 id = 0;
    QString name;
    QJsonObject json;
    QString created;
    QString updated;
};

/// What is known when a run starts.
struct RunStart
{
    QString name;
    qint64 datasetId = 0;        ///< 0 = not stored in the project
    QString datasetName;         ///< for runs on data outside the project (e.g. the CLI's file)
    QJsonObject pipeline;        ///< the pipeline settings used
    QString model;
    QString task;
    QJsonObject params;
    QJsonObject split;           ///< method, sizes, folds, time column
    quint64 seed = 42;
    QString device;
};

/// What a run turned out to use, known once it has trained: the task told from the data
/// when it started as "auto", the device chosen, every model parameter (defaults filled in),
/// the pipeline settings (the default pipeline spelled out) and the rows of each split.
struct RunResolved
{
    QString task;
    QString device;
    QJsonObject params;
    QJsonObject pipeline;
    qint64 trainRows = 0, validRows = 0, testRows = 0;
    double fitSeconds = 0.0;  ///< wall-clock time of the model's fit
};

/// A run as listed: "done", "stopped", "failed", "running", or "interrupted" (it was
/// running in a process that no longer exists: crash, kill, power loss).
struct RunInfo
{
    qint64 id = 0;
    QString name;
    qint64 datasetId = 0;
    QString datasetName;
    QJsonObject pipeline;
    QString model;
    QString task;                ///< "auto" only while running (or for runs that never finished)
    QJsonObject params;          ///< the parameters the user set
    QJsonObject usedParams;      ///< every parameter the model used; empty until it finished
    QJsonObject split;
    quint64 seed = 0;
    QString device;
    /// Rows of each split as trained on; -1 when not recorded (unfinished run, or a run
    /// stored before format 3).
    qint64 trainRows = -1, validRows = -1, testRows = -1;
    double fitSeconds = -1.0;  ///< the model's fit; -1 when not recorded
    QString host;
    qint64 pid = 0;
    QString status;
    QString started;
    QString finished;
    QJsonObject metrics;         ///< {"train":{},"valid":{},"test":{},"cv":{}}
    QJsonArray importance;       ///< [[feature, score], ...]
    QString error;
    QString note;
    bool deleted = false;
    bool hasModel = false;
};

/// A model stored with its run: the three files of a model bundle, as bytes.
struct StoredModel
{
    QByteArray bundleJson;
    QByteArray pipelineJson;
    QByteArray modelBytes;
};

/// A project file (.ppsproj): an SQLite database holding datasets, pipelines, runs with their
/// training curves, models and notes. Every change is its own transaction in WAL mode, so
/// the file survives crashes; a run's curve is appended while it trains. Thread-safe.
class ProjectStore
{
public:
    static constexpr int kSchemaVersion = 3;

    ~ProjectStore();

    /// Opens an existing project (or creates one when `create` and the file doesn't exist).
    /// A file of a newer schema, a damaged file or an SQLite file that is not a project is
    /// refused with a clear message, and nothing in it is changed.
    static Result<std::unique_ptr<ProjectStore>> open(const QString& path, bool create);

    QString path() const;
    int schemaVersion() const;
    /// Writes a compact copy to `path` (File › Save As); this store stays on its file.
    Status saveCopyAs(const QString& path);
    /// PRAGMA integrity_check: "ok" or SQLite's findings.
    Result<QString> integrityCheck();
    /// SQLite's PRAGMA data_version: it changes when another connection (another window,
    /// `ppstudio-cli train --project`) commits to the file, never for this store's own
    /// writes. Empty while the store is busy (the caller polls again later) or on failure.
    std::optional<qint64> tryDataVersion();
    /// The store's lock if no other thread holds it (owns_lock() false otherwise). Held, this
    /// thread's calls below don't wait (the lock is recursive): a GUI thread that must not
    /// block reads what it needs while it holds it, or tries again later.
    std::unique_lock<std::recursive_mutex> tryLock() { return std::unique_lock<std::recursive_mutex>(m_mutex, std::try_to_lock); }

    // Datasets
    Result<qint64> addDataset(const QString& name, const Table& table, const QJsonObject& importOptions,
                              const QString& sourcePath, JobControl* job = nullptr);
    Result<std::vector<DatasetInfo>> datasets();
    Result<Table> loadDataset(qint64 id, JobControl* job = nullptr);
    Status deleteDataset(qint64 id);

    // Pipelines
    /// Inserts (id = 0) or updates a named pipeline.
    Result<qint64> savePipeline(const QString& name, const QJsonObject& json, qint64 id = 0);
    Result<std::vector<PipelineInfo>> pipelines();
    Status deletePipeline(qint64 id);

    // Runs
    Result<qint64> beginRun(const RunStart& start);
    /// Appends one point of the training curve (one small transaction; also a heartbeat).
    Status appendHistory(qint64 runId, const EpochRecord& record);
    /// Appends a whole training curve in one transaction, without a heartbeat (a finished run
    /// saved afterwards): all of it or, on failure, none of it.
    Status appendHistory(qint64 runId, const std::vector<EpochRecord>& records);
    /// Replaces the settings recorded at the start with what the run used (see RunResolved).
    Status setRunResolved(qint64 runId, const RunResolved& resolved);
    Status finishRun(qint64 runId, const QString& status, const QJsonObject& metrics, const QJsonArray& importance,
                     const QString& error = QString());
    Result<std::vector<RunInfo>> runs(bool includeDeleted = false);
    Result<RunInfo> run(qint64 id);
    Result<std::vector<EpochRecord>> history(qint64 runId);
    /// Sets when a run started and finished (a run trained without a project and recorded
    /// afterwards keeps its training times); an invalid time leaves that one unchanged.
    Status setRunTimes(qint64 id, const QDateTime& started, const QDateTime& finished);
    Status renameRun(qint64 id, const QString& name);
    Status setRunNote(qint64 id, const QString& note);
    /// Soft delete (undoable); purgeDeleted() removes them for good.
    Status setRunDeleted(qint64 id, bool deleted);
    Status purgeDeleted();

    /// The evaluation rows' predictions (row id, actual, predicted, probabilities), for
    /// reopening a run's results and for reports.
    Status savePredictions(qint64 runId, const QString& split, const Table& predictions);
    Result<std::pair<QString, Table>> loadPredictions(qint64 runId);

    // Models
    Status saveModel(qint64 runId, const StoredModel& model);
    Result<StoredModel> loadModel(qint64 runId);

private:
    ProjectStore();
    Status createSchema();
    Status migrate(int from);
    Status fillResolvedFromModels();
    QString effectiveStatus(const QString& status, const QString& host, qint64 pid, qint64 processStart,
                            const QString& heartbeat) const;

    std::unique_ptr<Database> m_db;
    mutable std::recursive_mutex m_mutex;
};

/// The schema of version 1 (the first released one), for the migration test.
QString schemaV1Sql();

} // namespace pp::store
