#pragma once

#include "data/import_options.h"
#include "ml/trainer.h"
#include "store/project_store.h"

namespace pp::store {

/// Stores an imported table in the project unless the same file (by content hash and
/// shape) is already there; returns the data set's id. Progress and cancel through `job`.
Result<qint64> storeDataset(ProjectStore& project, const Table& table, const ImportOptions& options,
                            const QString& file, JobControl* job = nullptr);
/// What a project records when a run starts (name, model, params, split settings...).
RunStart runStart(const TrainConfig& config, const QString& datasetName, qint64 datasetId);
/// What a trained run used: the resolved task, device and parameters, the pipeline settings
/// and the rows of each split.
RunResolved runResolved(const TrainResult& result);
/// Records a finished run: metrics, importance, the model bundle, the evaluation predictions
/// and what it used (runResolved()); status "done" (or "stopped" for a partial fit).
Status recordRun(ProjectStore& project, qint64 runId, const TrainResult& result);

} // namespace pp::store
