#pragma once

#include "ml_metatypes.h"

#include "ml/trainer.h"
#include "store/project_store.h"

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <vector>

class QThreadPool;

namespace pp {

class ProjectSession;

/// Records training runs in the open project while they train: beginRun when training
/// starts, one appendHistory per epoch (so a crash leaves an "interrupted" run with its
/// curve so far), then recordRun (metrics, model bundle, predictions) or finishRun with
/// "stopped"/"failed".
///
/// Its slots match pp::TrainingController's signals (ui/training_controller.h). The store is
/// written on one background thread, in the order the slots were called, so the GUI never
/// waits for the disk. A run keeps going to the project it started in, even if the user
/// switches projects meanwhile. Without an open project the slots do nothing.
///
/// MainWindow wiring (TrainingController* c = the Train page's controller):
///     connect(c, &TrainingController::started, recorder, [=](const TrainConfig& config) {
///         recorder->onStarted(config, projectSession->currentDatasetName(),
///                             projectSession->currentDatasetId());
///     });
///     connect(c, &TrainingController::epoch, recorder, &RunRecorder::onEpoch);
///     connect(c, &TrainingController::finished, recorder, &RunRecorder::onFinished);
///     connect(c, &TrainingController::failed, recorder, &RunRecorder::onFailed);
///     connect(c, &TrainingController::stopped, recorder, &RunRecorder::onStopped);
class RunRecorder : public QObject
{
    Q_OBJECT
public:
    explicit RunRecorder(ProjectSession* project, QObject* parent = nullptr);
    /// Waits for the pending writes.
    ~RunRecorder() override;

    /// True between onStarted() and the end of the run (finished, failed or stopped).
    bool isRecording() const { return m_run != nullptr; }
    /// Blocks until every queued write is done (tests, closing the application).
    void waitForWrites();

    /// A run trained without a project, to be recorded in one afterwards.
    struct FinishedRun
    {
        std::shared_ptr<const TrainResult> result;  ///< its history, metrics, model, predictions
        store::RunStart start;                      ///< store::runStart() of its TrainConfig
        QDateTime started, finished;                ///< when it trained (invalid = now)
    };
    /// Records finished runs in `project` on the writer thread, after the writes queued
    /// before: each gets a run row with its settings, its whole curve, metrics, importance,
    /// model and predictions, as if it had been recorded while training. `done` is called
    /// on the GUI thread (unless this recorder is gone) with one id per run, 0 for a run that
    /// could not be recorded, and the translated errors.
    void saveRuns(std::shared_ptr<store::ProjectStore> project, std::vector<FinishedRun> runs,
                  std::function<void(std::vector<qint64> ids, QStringList errors)> done);

public Q_SLOTS:
    /// `datasetName`/`datasetId`: the data set trained on (id 0 when it is not stored in the
    /// project). A run still being recorded is closed as "stopped" first.
    void onStarted(const pp::TrainConfig& config, const QString& datasetName, qint64 datasetId);
    void onEpoch(const pp::EpochRecord& record);
    /// Stores metrics, the model bundle and the evaluation predictions; status "done", or
    /// "stopped" when the result holds a partial fit.
    void onFinished(std::shared_ptr<const pp::TrainResult> result);
    void onFailed(const QString& message);
    /// Stopped without a usable model: the run keeps its curve so far, status "stopped".
    void onStopped();

Q_SIGNALS:
    /// The run's row exists in the project (after beginRun).
    void runStarted(qint64 runId);
    /// The run is closed in the project with `status` ("done", "stopped", "failed").
    void runRecorded(qint64 runId, const QString& status);
    /// The run that ended with `result` (onFinished()) is stored as `runId`; 0 when it could
    /// not be recorded. `result` only identifies the run (SessionRuns::indexOf()).
    void resultRecorded(const pp::TrainResult* result, qint64 runId);
    /// A write failed; `message` is translated. Training itself is not affected.
    void recordingFailed(const QString& message);

private:
    struct Run;
    void finish(const QString& status, const QString& error);
    void post(std::function<void()> work);

    ProjectSession* m_project;
    QThreadPool* m_writer;
    std::shared_ptr<Run> m_run;
};

} // namespace pp
