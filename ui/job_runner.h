#pragma once

#include "common/job.h"

#include <QFuture>
#include <QFutureWatcher>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>
#include <map>
#include <memory>
#include <utility>

class QThreadPool;

namespace pp {

/// Job kinds used by the application. One job of each kind runs at a time.
namespace JobKind {
inline constexpr QLatin1String Import{"import"};
inline constexpr QLatin1String Profile{"profile"};
inline constexpr QLatin1String ImportPreview{"import-preview"};
} // namespace JobKind

/// Runs long core work off the GUI thread (QtConcurrent::run on its own thread pool, a
/// QFutureWatcher per job) with a pp::JobControl for progress and cancellation.
///
/// - One job at a time per *kind*: starting a job cancels and supersedes a running job of
///   the same kind (its result is dropped when it ends).
/// - Progress reported by the worker through JobControl is forwarded to the GUI thread
///   with queued calls, coalesced: at most one progress event per job is in flight.
/// - `done` runs on the GUI thread with the result, only if the job was neither cancelled
///   nor superseded and its `context` object still exists.
/// - Cancelling (cancel(), cancelAll(), the status-bar button) takes effect in the UI at
///   once; the worker stops at its next JobControl::isCancelled() check.
class JobRunner : public QObject
{
    Q_OBJECT
public:
    /// Quiet jobs (live previews) are not shown in the status bar and are not counted by
    /// isBusy()/idle().
    enum class Visibility { Shown, Quiet };

    struct JobInfo
    {
        QString kind;
        QString title;
        double progress = 0.0;  ///< 0..1
        QString stage;
    };

    explicit JobRunner(QObject* parent = nullptr);
    /// Cancels every job and waits for the workers to return.
    ~JobRunner() override;

    /// Starts `work` on the pool. See the class comment for the rules.
    template <class T>
    void run(const QString& kind, const QString& title, std::function<T(JobControl*)> work, QObject* context,
             std::function<void(T)> done, Visibility visibility = Visibility::Shown);

    bool isRunning(const QString& kind) const;
    /// Any shown job running?
    bool isBusy() const;
    /// Shown jobs, oldest first.
    QList<JobInfo> runningJobs() const;
    /// Workers that have not returned yet, including cancelled and superseded ones whose
    /// results will be dropped.
    int activeWorkerCount() const { return static_cast<int>(m_jobs.size()); }

public Q_SLOTS:
    void cancel(const QString& kind);
    /// Cancels every shown job (the status bar's Cancel button).
    void cancelAll();

Q_SIGNALS:
    void jobStarted(const QString& kind, const QString& title);
    void jobProgress(const QString& kind, double fraction, const QString& stage);
    /// `completed` is false when the job was cancelled or superseded.
    void jobFinished(const QString& kind, bool completed);
    void busyChanged(bool busy);
    /// No shown job is running any more.
    void idle();

private:
    struct Job
    {
        quint64 id = 0;
        QString kind;
        QString title;
        std::shared_ptr<JobControl> control;
        QFuture<void> future;
        Visibility visibility = Visibility::Shown;
        bool current = true;  ///< false once cancelled or superseded
        double progress = 0.0;
        QString stage;
    };
    struct PendingProgress
    {
        double fraction = 0.0;
        QString stage;
        bool queued = false;
    };

    quint64 beginJob(const QString& kind, const QString& title, const std::shared_ptr<JobControl>& control,
                     Visibility visibility);
    void attachFuture(quint64 id, const QFuture<void>& future);
    /// Worker thread: remember the latest progress and post one delivery if none is queued.
    void postProgress(quint64 id, double fraction, const QString& stage);
    void deliverProgress(quint64 id);
    /// Detaches a job from its kind (cancel/supersede); returns whether it was current.
    bool retire(quint64 id, bool emitSignals);
    /// The job's future finished: returns whether its result should be delivered.
    bool finishJob(quint64 id);
    void afterFinish(const QString& kind, bool delivered, bool wasCurrent, bool wasBusy);

    QThreadPool* m_pool;
    quint64 m_nextId = 1;
    std::map<quint64, Job> m_jobs;          ///< every job whose worker has not returned yet
    QHash<QString, quint64> m_currentByKind; ///< the job of each kind whose result counts
    QMutex m_progressMutex;
    QHash<quint64, PendingProgress> m_pending;
};

template <class T>
void JobRunner::run(const QString& kind, const QString& title, std::function<T(JobControl*)> work,
                    QObject* context, std::function<void(T)> done, Visibility visibility)
{
    auto control = std::make_shared<JobControl>();
    const quint64 id = beginJob(kind, title, control, visibility);
    // The worker only writes; postProgress() hands the value to the GUI thread. `this`
    // outlives the worker: the destructor waits for every job.
    control->setProgressFn([this, id](double fraction, const QString& stage) { postProgress(id, fraction, stage); });

    auto* watcher = new QFutureWatcher<T>(this);
    const bool hasContext = context != nullptr;
    QPointer<QObject> guard(context);
    connect(watcher, &QFutureWatcherBase::finished, this,
            [this, watcher, id, hasContext, guard, done = std::move(done)]() {
                const auto it = m_jobs.find(id);
                const QString jobKind = it != m_jobs.end() ? it->second.kind : QString();
                const bool wasCurrent = it != m_jobs.end() && it->second.current;
                const bool wasBusy = isBusy();
                const bool deliver = finishJob(id) && (!hasContext || guard) && done;
                if (deliver)
                    done(watcher->future().takeResult());
                watcher->deleteLater();
                afterFinish(jobKind, deliver, wasCurrent, wasBusy);
            });
    QFuture<T> future = QtConcurrent::run(m_pool, [work = std::move(work), control]() { return work(control.get()); });
    attachFuture(id, QFuture<void>(future));
    watcher->setFuture(future);
}

} // namespace pp
