#pragma once

#include "common/result.h"
#include "data/import_options.h"
#include "data/table.h"
#include "stats/profile.h"

#include <QJsonObject>
#include <QObject>
#include <QString>

#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

namespace pp {

class JobRunner;
class PipelineDocument;
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

    // --- The preprocessing pipeline (edited on the Prepare page) -------------------------
    /// The pipeline being edited: steps as JSON, their undo stack, and the run settings
    /// (target, split). Kept when a new data set is loaded. Never null.
    PipelineDocument* pipeline() const { return m_pipeline; }
    /// The current pipeline in the file format of docs/pipeline.md, without fitted states:
    /// {"version":1,"steps":[{"kind":..., "enabled":..., "params":{...}}, ...]}.
    /// Build it with Pipeline::fromJson() and fit it on the training rows only.
    QJsonObject pipelineJson() const;
    /// Appends a step proposed elsewhere (the Explore page), e.g.
    /// {"kind":"impute","params":{"columns":["income"],"strategy":"median"}} ("enabled"
    /// defaults to true, missing params take their defaults). One undoable edit; emits
    /// stepProposed() with the step as stored. On a bad kind or value nothing changes and the
    /// error (naming the key) comes back.
    Status proposeStep(const QJsonObject& stepJson);

    /// Rows of table() flagged as outliers on the Explore page: one byte per row, 1 =
    /// flagged; null when nothing is flagged. The Data page's table model highlights them
    /// (TableRole::OutlierRow). Reset to null when the data set changes.
    std::shared_ptr<const std::vector<std::uint8_t>> outlierRows() const { return m_outlierRows; }
    /// What flagged them, translated ("IQR × 1.5 on 4 columns"); "" when none.
    const QString& outlierRowsDescription() const { return m_outlierDescription; }
    /// Sets (or with null clears) the flagged rows; `rows` must have one entry per table row,
    /// else it is ignored. Emits outlierRowsChanged().
    void setOutlierRows(std::shared_ptr<const std::vector<std::uint8_t>> rows, const QString& description = {});

    /// The training runs of this session (the Train page adds them, the Results page shows them).
    SessionRuns* runs() const { return m_runs; }

    /// The pipeline built on the Prepare page (pipelineJson()) for "Pipeline from the Prepare
    /// page" on the Train page; nullopt while it has no step.
    std::optional<QJsonObject> preparedPipeline() const;

Q_SIGNALS:
    void loadStarted(const QString& path);
    /// `message` is translated and names the place of the error where known.
    void loadFailed(const QString& path, const QString& message);
    void loadCancelled(const QString& path);
    void datasetChanged();
    /// The profile became available, or was reset (null) for a new data set.
    void profileChanged();
    /// The pipeline's steps or run settings changed (any edit, undo or redo).
    void pipelineChanged();
    void outlierRowsChanged();
    /// proposeStep() appended this step (normalised: every param present) at the end.
    void stepProposed(const QJsonObject& step);
    /// preparedPipeline() changed (emitted with pipelineChanged()).
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
    PipelineDocument* m_pipeline;
    std::shared_ptr<const std::vector<std::uint8_t>> m_outlierRows;
    QString m_outlierDescription;
    SessionRuns* m_runs;
};

} // namespace pp
