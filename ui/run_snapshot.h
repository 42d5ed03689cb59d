#pragma once

#include "data/table.h"
#include "ml/model.h"
#include "ml/trainer.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <utility>
#include <vector>

namespace pp {

namespace store {
struct RunInfo;
}

/// Everything the Results page shows about one training run, whether it just finished
/// (from a TrainResult) or was reopened from a project (from the store). Plain data, cheap
/// to copy (the tables are shared).
struct RunSnapshot
{
    qint64 runId = 0;                  ///< project run id; 0 = not stored
    QString name;
    QString status;                    ///< "done", "stopped", "failed", "running", "interrupted"
    Task task = Task::Regression;
    QString model;                     ///< registry kind ("gbdt")
    QJsonObject params;
    QString device;
    QStringList targets;
    QStringList classNames;            ///< classification: labels by class index
    double threshold = 0.5;
    qint64 trainRows = 0, validRows = 0, testRows = 0;
    QJsonObject trainMetrics, validMetrics, testMetrics;
    std::optional<CvResult> cv;
    std::vector<EpochRecord> history;
    std::vector<std::pair<QString, double>> importance;   ///< largest first
    double fitSeconds = 0.0;
    QString started, finished;
    QStringList pipelineSteps;         ///< step descriptions (with fitted values)
    /// Evaluation rows as produced by pp::predictionsTable(): row, actual, predicted,
    /// residual / probability_<class> columns. Null when unavailable.
    std::shared_ptr<const Table> predictions;
    QString evaluationSplit;           ///< "test" or "valid"
    /// The fitted model, when in memory (just trained); reopened runs load it on demand.
    std::shared_ptr<const TrainResult> result;

    // --- Just-trained runs: what recording them in a project afterwards needs -------------
    /// The configuration the run was started with (store::runStart); empty for reopened runs.
    std::optional<TrainConfig> config;
    /// The data set trained on: its file name, and the table (to link the run to the data
    /// set when that table is stored in the project).
    QString datasetName;
    std::weak_ptr<const Table> dataset;
    /// When training started and ended (local time; invalid for reopened runs).
    QDateTime startedAt, finishedAt;
    /// Being recorded in the open project while it trained (RunRecorder): it gets its runId
    /// when the recording is written, and is not "unsaved" meanwhile.
    bool recording = false;

    /// A finished run trained in this session that no project holds: no runId, not being
    /// recorded, with its model in memory.
    bool isUnsaved() const;

    static RunSnapshot fromTrainResult(std::shared_ptr<const TrainResult> result, const QString& name);
};

} // namespace pp
