#include "job_runner.h"

#include <QMutexLocker>
#include <QThread>
#include <QThreadPool>

#include <algorithm>

namespace pp {

JobRunner::JobRunner(QObject* parent) : QObject(parent), m_pool(new QThreadPool(this))
{
    // Own pool: core functions may use the global pool for their inner parallelism, and a
    // job blocking a global thread while waiting for its own tasks could starve it.
    m_pool->setMaxThreadCount(std::max(2, QThread::idealThreadCount()));
}

JobRunner::~JobRunner()
{
    for (auto& [id, job] : m_jobs)
        job.control->cancel();
    for (auto& [id, job] : m_jobs)
        job.future.waitForFinished();
    m_pool->waitForDone();
}

bool JobRunner::isRunning(const QString& kind) const { return m_currentByKind.contains(kind); }

bool JobRunner::isBusy() const
{
    for (const quint64 id : m_currentByKind) {
        const auto it = m_jobs.find(id);
        if (it != m_jobs.end() && it->second.visibility == Visibility::Shown)
            return true;
    }
    return false;
}

QList<JobRunner::JobInfo> JobRunner::runningJobs() const
{
    QList<JobInfo> jobs;
    for (const auto& [id, job] : m_jobs) {  // std::map: ordered by id, i.e. oldest first
        if (job.current && job.visibility == Visibility::Shown)
            jobs.append({job.kind, job.title, job.progress, job.stage});
    }
    return jobs;
}

quint64 JobRunner::beginJob(const QString& kind, const QString& title, const std::shared_ptr<JobControl>& control,
                            Visibility visibility)
{
    const bool wasBusy = isBusy();
    if (const auto it = m_currentByKind.constFind(kind); it != m_currentByKind.constEnd())
        retire(*it, /*emitSignals=*/false);

    Job job;
    job.id = m_nextId++;
    job.kind = kind;
    job.title = title;
    job.control = control;
    job.visibility = visibility;
    const quint64 id = job.id;
    m_jobs.emplace(id, std::move(job));
    m_currentByKind.insert(kind, id);

    Q_EMIT jobStarted(kind, title);
    if (!wasBusy && isBusy())
        Q_EMIT busyChanged(true);
    return id;
}

void JobRunner::attachFuture(quint64 id, const QFuture<void>& future)
{
    const auto it = m_jobs.find(id);
    if (it != m_jobs.end())
        it->second.future = future;
}

bool JobRunner::retire(quint64 id, bool emitSignals)
{
    const auto it = m_jobs.find(id);
    if (it == m_jobs.end() || !it->second.current)
        return false;
    Job& job = it->second;
    job.control->cancel();
    job.current = false;
    m_currentByKind.remove(job.kind);
    if (emitSignals)
        Q_EMIT jobFinished(job.kind, false);
    return true;
}

void JobRunner::cancel(const QString& kind)
{
    const auto it = m_currentByKind.constFind(kind);
    if (it == m_currentByKind.constEnd())
        return;
    const bool wasBusy = isBusy();
    const quint64 id = *it;
    const QString jobKind = kind;  // `kind` may refer to the job's own string
    retire(id, /*emitSignals=*/false);
    Q_EMIT jobFinished(jobKind, false);
    if (wasBusy && !isBusy()) {
        Q_EMIT busyChanged(false);
        Q_EMIT idle();
    }
}

void JobRunner::cancelAll()
{
    QStringList kinds;
    for (const auto& [id, job] : m_jobs) {
        if (job.current && job.visibility == Visibility::Shown)
            kinds.append(job.kind);
    }
    for (const QString& kind : kinds)
        cancel(kind);
}

void JobRunner::postProgress(quint64 id, double fraction, const QString& stage)
{
    QMutexLocker lock(&m_progressMutex);
    PendingProgress& pending = m_pending[id];
    pending.fraction = fraction;
    if (!stage.isEmpty())
        pending.stage = stage;
    if (pending.queued)
        return;  // a delivery is already on its way and will pick up this value
    pending.queued = true;
    lock.unlock();
    QMetaObject::invokeMethod(this, [this, id]() { deliverProgress(id); }, Qt::QueuedConnection);
}

void JobRunner::deliverProgress(quint64 id)
{
    PendingProgress pending;
    {
        QMutexLocker lock(&m_progressMutex);
        const auto it = m_pending.find(id);
        if (it == m_pending.end())
            return;
        pending = *it;
        it->queued = false;
    }
    const auto it = m_jobs.find(id);
    if (it == m_jobs.end() || !it->second.current)
        return;
    Job& job = it->second;
    job.progress = pending.fraction;
    if (!pending.stage.isEmpty())
        job.stage = pending.stage;
    Q_EMIT jobProgress(job.kind, job.progress, job.stage);
}

bool JobRunner::finishJob(quint64 id)
{
    {
        QMutexLocker lock(&m_progressMutex);
        m_pending.remove(id);
    }
    const auto it = m_jobs.find(id);
    if (it == m_jobs.end())
        return false;
    const bool deliver = it->second.current && !it->second.control->isCancelled();
    if (it->second.current)
        m_currentByKind.remove(it->second.kind);
    m_jobs.erase(it);
    return deliver;
}

void JobRunner::afterFinish(const QString& kind, bool delivered, bool wasCurrent, bool wasBusy)
{
    if (wasCurrent)
        Q_EMIT jobFinished(kind, delivered);
    // `done` may have started the next job (import -> profile): busy only drops when none is left.
    if (wasBusy && !isBusy()) {
        Q_EMIT busyChanged(false);
        Q_EMIT idle();
    }
}

} // namespace pp
