#pragma once

#include "common/result.h"
#include "data/import_options.h"
#include "data/table.h"
#include "stats/profile.h"

#include <QJsonObject>
#include <QObject>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace pp {

class JobRunner;
class SessionRuns;

/// The open document: the current data set and what is known about it. Pages observe it
/// (datasetChanged, profileChanged) and read from it; nobody else holds the table.
///
/// The table is shared and immutable (std::shared_ptr<const Table>): a background job can
/// keep reading a table while a newer one replaces it. load() runs the import on the
/// JobRunner; when it succeeds the data set is replaced and profiling starts.
class Session : public QObject
{
    Q_OBJECT
public:
    explicit Session(JobRunner* jobs, QObject* parent = nullptr);

    JobRunner* jobs() const { return m_jobs; }

    bool hasData() const { return m_table != nullptr; }
    std::shared_ptr<const Table> table() const { return m_table; }
    const QString& path() const { return m_path; }
    const ImportInfo& importInfo() const { return m_info; }
    /// The options the current table was imported with (to re-import with changes).
    const ImportOptions& importOptions() const { return m_options; }
    const std::vector<Warning>& importWarnings() const { return m_warnings; }
    /// Wall-clock time of the import, in milliseconds.
    qint64 loadMilliseconds() const { return m_loadMs; }

    /// Null until profiling of the current table has finished.
    std::shared_ptr<const TableProfile> profile() const { return m_profile; }
    bool isProfiling() const;
    /// Why profiling failed ("" when it did not).
    const QString& profileError() const { return m_profileError; }

    bool isLoading() const;
    /// The file being loaded ("" when none).
    const QString& loadingPath() const { return m_loadingPath; }

    /// Imports `path` off the GUI thread. On success the data set is replaced
    /// (datasetChanged) and profiled (profileChanged); on failure loadFailed() and the
    /// current data set stays. A load still running is superseded.
    void load(const QString& path, const ImportOptions& options = {});
    void cancelLoad();

    /// Replaces the data set directly (already loaded elsewhere) and starts profiling.
    void setDataset(std::shared_ptr<const Table> table, const QString& path, const ImportInfo& info,
                    const ImportOptions& options, std::vector<Warning> warnings = {}, qint64 loadMs = 0);
    void clear();
    /// (Re)computes the profile of the current table, e.g. after it was cancelled.
    void computeProfile();

    /// The training runs of this session (the Train page adds them, the Results page shows them).
    SessionRuns* runs() const { return m_runs; }

    /// The pipeline built on the Prepare page, as Pipeline JSON ({"version":1,"steps":[...]}),
    /// for "Pipeline from the Prepare page" on the Train page; nullopt when there is none.
    /// Placeholder until the Prepare page exposes its pipeline: it always returns nullopt
    /// for now, and preparedPipelineChanged() is never emitted yet.
    std::optional<QJsonObject> preparedPipeline() const { return std::nullopt; }

Q_SIGNALS:
    void loadStarted(const QString& path);
    /// `message` is translated and names the place of the error where known.
    void loadFailed(const QString& path, const QString& message);
    void loadCancelled(const QString& path);
    void datasetChanged();
    /// The profile became available, or was reset (null) for a new data set.
    void profileChanged();
    /// preparedPipeline() changed (see there).
    void preparedPipelineChanged();

private:
    JobRunner* m_jobs;
    std::shared_ptr<const Table> m_table;
    QString m_path;
    ImportInfo m_info;
    ImportOptions m_options;
    std::vector<Warning> m_warnings;
    qint64 m_loadMs = 0;
    std::shared_ptr<const TableProfile> m_profile;
    QString m_profileError;
    QString m_loadingPath;
    SessionRuns* m_runs;
};

} // namespace pp
