#include "training_controller.h"

#include "job_runner.h"
#include "ml/model.h"

#include <QMetaObject>

#include <mutex>

namespace pp {

/// What the worker and the GUI thread share for one run. The worker appends and posts at
/// most one delivery at a time; `receiver` is cleared when the controller lets go of the
/// run, so a worker that outlives it posts nothing.
struct TrainingController::Channel
{
    std::mutex mutex;
    TrainingController* receiver = nullptr;
    bool posted = false;
    std::vector<EpochRecord> epochs;
    QStringList logs;
    // While the worker runs: the JobRunner's control (pause waits on it; the status bar's
    // Cancel cancels it) and the run's own control under it (Stop cancels only that one, so
    // that the runner still delivers the partial result).
    JobControl* runnerControl = nullptr;
    JobControl* stopControl = nullptr;
    bool pauseRequested = false;
    bool stopRequested = false;

    // Worker thread.
    void post(const std::shared_ptr<Channel>& self)
    {
        // Called with `mutex` held.
        if (posted || !receiver)
            return;
        posted = true;
        TrainingController* target = receiver;
        QMetaObject::invokeMethod(
            target, [target, self]() { target->drain(self); }, Qt::QueuedConnection);
    }
};

TrainingController::TrainingController(JobRunner* jobs, QObject* parent)
    : QObject(parent)
    , m_jobs(jobs)
{
    qRegisterMetaType<pp::TrainConfig>();
    qRegisterMetaType<pp::EpochRecord>();
    qRegisterMetaType<std::shared_ptr<const pp::TrainResult>>();
    // The status bar's Cancel (JobRunner::cancel) drops the job's result: the run ends now.
    connect(m_jobs, &JobRunner::jobFinished, this, [this](const QString& kind, bool completed) {
        if (kind != kTrainJobKind || completed || !m_running || !m_channel)
            return;
        drain(m_channel);
        endRun();
        Q_EMIT stopped();
    });
    connect(m_jobs, &JobRunner::jobProgress, this,
        [this](const QString& kind, double fraction, const QString& stage) {
            if (kind != kTrainJobKind || !m_running)
                return;
            m_progress = fraction;
            Q_EMIT progressChanged(fraction, stage);
        });
}

TrainingController::~TrainingController()
{
    if (m_channel) {
        std::lock_guard<std::mutex> lock(m_channel->mutex);
        m_channel->receiver = nullptr;
        if (m_channel->runnerControl)
            m_channel->runnerControl->cancel(); // also wakes a paused worker
    }
}

bool TrainingController::start(
    std::shared_ptr<const Table> table, const TrainConfig& config, std::shared_ptr<const Table> testTable)
{
    if (m_running || !table)
        return false;
    auto channel = std::make_shared<Channel>();
    channel->receiver = this;
    m_channel = channel;
    m_config = config;
    m_history.clear();
    m_running = true;
    m_paused = false;
    m_stopping = false;
    m_progress = 0.0;
    m_pausedMs = 0;
    m_clock.start();

    const ModelInfo* info = ModelRegistry::instance().find(config.model);
    const QString title = tr("Training %1").arg(info ? info->displayName() : config.model);
    using Outcome = std::shared_ptr<Result<TrainResult>>;
    m_jobs->run<Outcome>(
        kTrainJobKind, title,
        [channel, table, testTable, config](JobControl* runnerJob) -> Outcome {
            JobControl stopJob(runnerJob, 0.0, 1.0);
            {
                std::lock_guard<std::mutex> lock(channel->mutex);
                channel->runnerControl = runnerJob;
                channel->stopControl = &stopJob;
                if (channel->pauseRequested)
                    runnerJob->setPaused(true);
                if (channel->stopRequested)
                    stopJob.cancel();
            }
            TrainCallbacks callbacks;
            callbacks.onEpoch = [channel](const EpochRecord& record) {
                std::lock_guard<std::mutex> lock(channel->mutex);
                channel->epochs.push_back(record);
                channel->post(channel);
            };
            callbacks.onLog = [channel](const QString& message) {
                std::lock_guard<std::mutex> lock(channel->mutex);
                channel->logs << message;
                channel->post(channel);
            };
            auto outcome = std::make_shared<Result<TrainResult>>(
                trainModel(*table, config, testTable.get(), callbacks, &stopJob));
            std::lock_guard<std::mutex> lock(channel->mutex);
            channel->runnerControl = nullptr;
            channel->stopControl = nullptr;
            return outcome;
        },
        this, [this, channel](Outcome outcome) { onDone(channel, std::move(outcome)); });

    Q_EMIT runningChanged(true);
    Q_EMIT started(m_config);
    return true;
}

void TrainingController::drain(const std::shared_ptr<Channel>& channel)
{
    std::vector<EpochRecord> epochs;
    QStringList logs;
    {
        std::lock_guard<std::mutex> lock(channel->mutex);
        channel->posted = false;
        epochs.swap(channel->epochs);
        logs.swap(channel->logs);
    }
    if (channel != m_channel)
        return; // a run the controller has already let go of
    for (const QString& line : std::as_const(logs))
        Q_EMIT log(line);
    for (const EpochRecord& record : epochs) {
        m_history.push_back(record);
        Q_EMIT epoch(record);
    }
}

void TrainingController::onDone(
    const std::shared_ptr<Channel>& channel, std::shared_ptr<Result<TrainResult>> outcome)
{
    if (channel != m_channel)
        return;
    drain(channel); // epochs and log lines still buffered come first
    for (const Warning& w : outcome->warnings())
        Q_EMIT log(tr("Warning: %1").arg(w.detail));
    endRun();
    if (outcome->ok()) {
        m_progress = 1.0;
        Q_EMIT finished(std::make_shared<const TrainResult>(outcome->take()));
    } else if (outcome->cancelled()) {
        Q_EMIT stopped();
    } else {
        const QString message = outcome->error().toString();
        Q_EMIT failed(message.isEmpty() ? tr("Training failed for an unknown reason.") : message);
    }
}

void TrainingController::endRun()
{
    if (m_channel) {
        std::lock_guard<std::mutex> lock(m_channel->mutex);
        m_channel->receiver = nullptr;
    }
    m_channel.reset();
    const bool wasPaused = m_paused;
    if (wasPaused)
        m_pausedMs += m_pauseClock.elapsed();
    m_running = false;
    m_paused = false;
    m_stopping = false;
    if (wasPaused)
        Q_EMIT pausedChanged(false);
    Q_EMIT runningChanged(false);
}

void TrainingController::setPaused(bool paused)
{
    if (!m_running || m_paused == paused || (paused && m_stopping))
        return;
    {
        std::lock_guard<std::mutex> lock(m_channel->mutex);
        m_channel->pauseRequested = paused;
        if (m_channel->runnerControl)
            m_channel->runnerControl->setPaused(paused);
    }
    if (paused) {
        m_activeAtPause = activeMilliseconds();
        m_pauseClock.start();
    } else {
        m_pausedMs += m_pauseClock.elapsed();
    }
    m_paused = paused;
    Q_EMIT pausedChanged(paused);
}

void TrainingController::stop()
{
    if (!m_running || m_stopping)
        return;
    m_stopping = true;
    {
        std::lock_guard<std::mutex> lock(m_channel->mutex);
        m_channel->stopRequested = true;
        if (m_channel->stopControl)
            m_channel->stopControl->cancel();
        // A paused worker waits on the runner's control: wake it so that it sees the stop.
        if (m_channel->runnerControl)
            m_channel->runnerControl->setPaused(false);
        m_channel->pauseRequested = false;
    }
    if (m_paused) {
        m_paused = false;
        m_pausedMs += m_pauseClock.elapsed();
        Q_EMIT pausedChanged(false);
    }
    Q_EMIT log(tr("Stopping after the current round…"));
}

qint64 TrainingController::activeMilliseconds() const
{
    if (!m_clock.isValid())
        return 0;
    if (m_paused)
        return m_activeAtPause;  // frozen: two clocks read at different instants would drift
    return std::max<qint64>(0, m_clock.elapsed() - m_pausedMs);
}

qint64 TrainingController::etaMilliseconds() const
{
    // Preparing the data is the first 10 % of the progress and is not representative.
    if (!m_running || m_paused || m_progress < 0.12 || m_progress >= 1.0)
        return -1;
    const double active = static_cast<double>(activeMilliseconds());
    return static_cast<qint64>(active * (1.0 - m_progress) / m_progress);
}

} // namespace pp
