#include "run_recording.h"

#include "project_session.h"
#include "store/run_recorder.h"

#include <QMetaObject>
#include <QPointer>
#include <QThreadPool>

namespace pp {

/// One run being recorded. Touched only on the writer thread after construction.
struct RunRecorder::Run
{
    std::shared_ptr<store::ProjectStore> store;
    qint64 id = 0;           ///< 0 until beginRun succeeded
    bool failed = false;     ///< beginRun failed: later writes are skipped
};

RunRecorder::RunRecorder(ProjectSession* project, QObject* parent)
    : QObject(parent), m_project(project), m_writer(new QThreadPool(this))
{
    // One thread: writes happen in the order the slots were called.
    m_writer->setMaxThreadCount(1);
    m_writer->setExpiryTimeout(-1);
}

RunRecorder::~RunRecorder() { waitForWrites(); }

void RunRecorder::waitForWrites() { m_writer->waitForDone(); }

void RunRecorder::post(std::function<void()> work)
{
    QThreadPool* pool = m_writer;
    pool->start(std::move(work));
}

void RunRecorder::onStarted(const TrainConfig& config, const QString& datasetName, qint64 datasetId)
{
    if (m_run)
        finish(QStringLiteral("stopped"), QString());
    if (!m_project->isOpen())
        return;
    auto run = std::make_shared<Run>();
    run->store = m_project->store();
    m_run = run;
    const store::RunStart start = store::runStart(config, datasetName, datasetId);
    QPointer<RunRecorder> self(this);
    post([run, start, self]() {
        auto id = run->store->beginRun(start);
        if (!id.ok()) {
            run->failed = true;
            const QString message = id.error().toString();
            QMetaObject::invokeMethod(self.data(), [self, message]() {
                if (self)
                    Q_EMIT self->recordingFailed(message);
            }, Qt::QueuedConnection);
            return;
        }
        run->id = id.value();
        const qint64 runId = run->id;
        QMetaObject::invokeMethod(self.data(), [self, runId]() {
            if (self) {
                Q_EMIT self->runStarted(runId);
                if (self->m_project)
                    self->m_project->notifyRunsChanged();
            }
        }, Qt::QueuedConnection);
    });
}

void RunRecorder::onEpoch(const EpochRecord& record)
{
    if (!m_run)
        return;
    std::shared_ptr<Run> run = m_run;
    post([run, record]() {
        if (run->id > 0)
            run->store->appendHistory(run->id, record);  // a lost point is not worth stopping for
    });
}

void RunRecorder::onFinished(std::shared_ptr<const TrainResult> result)
{
    if (!m_run || !result)
        return;
    std::shared_ptr<Run> run = std::move(m_run);
    QPointer<RunRecorder> self(this);
    post([run, result, self]() {
        if (run->id <= 0) {
            const TrainResult* key = result.get();
            QMetaObject::invokeMethod(self.data(), [self, key]() {
                if (self)
                    Q_EMIT self->resultRecorded(key, 0);
            }, Qt::QueuedConnection);
            return;
        }
        const Status s = store::recordRun(*run->store, run->id, *result);
        const qint64 runId = run->id;
        const QString status = result->stopped ? QStringLiteral("stopped") : QStringLiteral("done");
        const QString error = s.ok() ? QString() : s.error().toString();
        if (!s.ok())
            run->store->finishRun(runId, QStringLiteral("failed"), {}, {}, error);
        const TrainResult* key = result.get();
        QMetaObject::invokeMethod(self.data(), [self, runId, status, error, key]() {
            if (!self)
                return;
            if (!error.isEmpty())
                Q_EMIT self->recordingFailed(error);
            Q_EMIT self->runRecorded(runId, error.isEmpty() ? status : QStringLiteral("failed"));
            Q_EMIT self->resultRecorded(key, error.isEmpty() ? runId : 0);
            self->m_project->notifyRunsChanged();
        }, Qt::QueuedConnection);
    });
}

void RunRecorder::saveRuns(std::shared_ptr<store::ProjectStore> project, std::vector<FinishedRun> runs,
                           std::function<void(std::vector<qint64>, QStringList)> done)
{
    QPointer<RunRecorder> self(this);
    post([project, runs = std::move(runs), done = std::move(done), self]() {
        std::vector<qint64> ids;
        QStringList errors;
        for (const FinishedRun& run : runs) {
            auto id = project->beginRun(run.start);
            if (!id.ok()) {
                ids.push_back(0);
                errors << id.error().toString();
                continue;
            }
            // The whole curve in one transaction (not one per epoch, with a heartbeat each).
            Status s = project->appendHistory(id.value(), run.result->history);
            if (s.ok())
                s = store::recordRun(*project, id.value(), *run.result);
            if (s.ok())
                s = project->setRunTimes(id.value(), run.started, run.finished);
            if (!s.ok()) {
                // Not half a run in the project: closed as failed and put in the bin, so
                // that saving again does not list it twice.
                project->finishRun(id.value(), QStringLiteral("failed"), {}, {}, s.error().toString());
                project->setRunDeleted(id.value(), true);
                ids.push_back(0);
                errors << s.error().toString();
                continue;
            }
            ids.push_back(id.value());
        }
        QMetaObject::invokeMethod(self.data(), [self, done, ids, errors]() {
            if (!self)
                return;
            if (self->m_project)
                self->m_project->notifyRunsChanged();
            if (done)
                done(ids, errors);
        }, Qt::QueuedConnection);
    });
}

void RunRecorder::onFailed(const QString& message) { finish(QStringLiteral("failed"), message); }

void RunRecorder::onStopped() { finish(QStringLiteral("stopped"), QString()); }

void RunRecorder::finish(const QString& status, const QString& error)
{
    if (!m_run)
        return;
    std::shared_ptr<Run> run = std::move(m_run);
    QPointer<RunRecorder> self(this);
    post([run, status, error, self]() {
        if (run->id <= 0)
            return;
        const Status s = run->store->finishRun(run->id, status, {}, {}, error);
        const qint64 runId = run->id;
        const QString failure = s.ok() ? QString() : s.error().toString();
        QMetaObject::invokeMethod(self.data(), [self, runId, status, failure]() {
            if (!self)
                return;
            if (!failure.isEmpty())
                Q_EMIT self->recordingFailed(failure);
            Q_EMIT self->runRecorded(runId, status);
            self->m_project->notifyRunsChanged();
        }, Qt::QueuedConnection);
    });
}

} // namespace pp
