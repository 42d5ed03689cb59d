#pragma once

#include "common/job.h"
#include "common/result.h"
#include "ml/model_bundle.h"
#include "store/project_store.h"
#include "run_snapshot.h"

#include <QCoreApplication>
#include <QString>

namespace pp {

/// What the Experiments page does with a stored run, as plain functions that the UI runs
/// off the GUI thread (the store is thread-safe). Errors come back translated, naming the
/// run and the file.
struct StoredRun
{
    Q_DECLARE_TR_FUNCTIONS(pp::StoredRun)
public:
    /// Everything the Results page shows, rebuilt from the project: run info and metrics,
    /// the training curve, the stored evaluation predictions and the pipeline's step
    /// descriptions (from the stored bundle, else from the settings the run started with).
    static Result<RunSnapshot> snapshot(store::ProjectStore& project, qint64 runId);

    /// The run's model bundle, decoded (needs the registered models and prep steps).
    static Result<ModelBundle> bundle(store::ProjectStore& project, qint64 runId);

    /// The bundle folder that `ppstudio-cli predict` reads (bundle.json, pipeline.json,
    /// model.json).
    static Status exportBundleFolder(store::ProjectStore& project, qint64 runId, const QString& dir);
    /// The same three files in a ZIP archive (at its root).
    static Status exportBundleZip(store::ProjectStore& project, qint64 runId, const QString& zipPath);
    /// The stored evaluation predictions as CSV.
    static Status exportPredictionsCsv(store::ProjectStore& project, qint64 runId, const QString& path,
                                       JobControl* job = nullptr);
    /// The run report, PDF or HTML by the extension of `path` (ppreport).
    static Status exportReport(store::ProjectStore& project, qint64 runId, const QString& path);

    /// The metrics a run is judged by, from its stored metrics JSON: the test split's, else
    /// validation's, else cross-validation means. Empty object when there are none.
    static QJsonObject keyMetrics(const QJsonObject& runMetrics);
    /// The run's task: as recorded, or (for runs started with "auto") told by its metrics.
    static Task task(const store::RunInfo& run);
    /// The model parameters a run used: the ones the user set, over the rest of what the model
    /// used (recorded when the run finished; the model's defaults for older or unfinished
    /// runs). `defaults` receives the keys the user did not set.
    static QJsonObject effectiveParams(const store::RunInfo& run, QStringList* defaults = nullptr);
};

} // namespace pp
