#pragma once

#include "ml_metatypes.h"

#include "data/table.h"
#include "ml/model.h"
#include "ml/trainer.h"

#include <QElapsedTimer>
#include <QLatin1String>
#include <QMetaType>
#include <QObject>
#include <QString>

#include <memory>
#include <vector>

namespace pp {

class JobRunner;

/// The JobRunner kind of training jobs (one runs at a time).
inline constexpr QLatin1String kTrainJobKind { "train" };

/// Runs pp::trainModel() off the GUI thread and reports on the GUI thread. One run at a time.
///
/// The work runs as a JobRunner job (kind kTrainJobKind), so it shows in the status bar
/// with its progress and the screenshot runner waits for it. The worker only appends epochs
/// and log lines to a shared buffer and posts one delivery at a time; the controller emits
/// them on the GUI thread.
///
/// Signals (stable: the projects code records runs from them). After each started() comes
/// exactly one of finished(), failed() or stopped():
/// - started(config): the run began with this configuration.
/// - epoch(record): one epoch / boosting round / iteration, in order (GUI thread).
/// - log(message): a translated progress line from the trainer.
/// - progressChanged(fraction, stage): 0..1 of the whole run, with the trainer's stage text.
/// - pausedChanged(paused): Pause/Resume took effect in the controller.
/// - finished(result): the run ended with a result; `result->stopped` is true when Stop
///   interrupted the fit and the model holds what was trained so far (boosting rounds or
///   epochs completed), evaluated like a full run.
/// - failed(message): the run ended with an error (translated, user-readable).
/// - stopped(): the run was stopped or cancelled and left no usable model.
/// - runningChanged(running): isRunning() changed.
class TrainingController : public QObject
{
    Q_OBJECT
public:
    explicit TrainingController(JobRunner* jobs, QObject* parent = nullptr);
    /// Stops a run in progress (its result is dropped).
    ~TrainingController() override;

    /// Starts training `config` on `table` (and `testTable`, which replaces the random test
    /// split, when given). Returns false, doing nothing, while a run is in progress.
    bool start(std::shared_ptr<const Table> table, const TrainConfig& config,
        std::shared_ptr<const Table> testTable = nullptr);

    bool isRunning() const { return m_running; }
    bool isPaused() const { return m_paused; }
    /// Stop was asked for and the run has not ended yet.
    bool isStopping() const { return m_stopping; }

    /// The configuration of the current (or last) run.
    const TrainConfig& config() const { return m_config; }
    /// The epochs delivered so far for the current (or last) run.
    const std::vector<EpochRecord>& history() const { return m_history; }
    /// 0..1 of the current (or last) run.
    double progress() const { return m_progress; }
    /// Training time of the current run so far, without the time spent paused.
    qint64 activeMilliseconds() const;
    /// Estimated time left of the current run in ms, or -1 when unknown (too early, paused).
    qint64 etaMilliseconds() const;

public Q_SLOTS:
    void pause() { setPaused(true); }
    void resume() { setPaused(false); }
    void setPaused(bool paused);
    /// Asks the run to stop after the current epoch/round: a model with completed rounds is
    /// evaluated and reported by finished() (stopped = true); otherwise stopped().
    void stop();

Q_SIGNALS:
    void started(const pp::TrainConfig& config);
    void epoch(const pp::EpochRecord& record);
    void log(const QString& message);
    void progressChanged(double fraction, const QString& stage);
    void pausedChanged(bool paused);
    void finished(std::shared_ptr<const pp::TrainResult> result);
    void failed(const QString& message);
    void stopped();
    void runningChanged(bool running);

private:
    struct Channel;
    void drain(const std::shared_ptr<Channel>& channel);
    void onDone(const std::shared_ptr<Channel>& channel, std::shared_ptr<Result<TrainResult>> result);
    void endRun();

    JobRunner* m_jobs;
    std::shared_ptr<Channel> m_channel; ///< of the current run; null when idle
    TrainConfig m_config;
    std::vector<EpochRecord> m_history;
    bool m_running = false;
    bool m_paused = false;
    bool m_stopping = false;
    double m_progress = 0.0;
    QElapsedTimer m_clock;
    qint64 m_pausedMs = 0;
    qint64 m_activeAtPause = 0;
    QElapsedTimer m_pauseClock;
};

} // namespace pp

