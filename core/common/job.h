#pragma once

#include <QString>

#include <atomic>
#include <condition_variable>
#include <functional>
#include <mutex>

namespace pp {

/// Progress reporting and cooperative cancellation for long core work.
/// Core functions take a `JobControl*` (may be null) and call `setProgress()` and
/// `isCancelled()` between chunks; the UI owns it and cancels from another thread.
class JobControl
{
public:
    using ProgressFn = std::function<void(double fraction, const QString& stage)>;

    JobControl() = default;
    explicit JobControl(ProgressFn fn) : m_progressFn(std::move(fn)) {}
    /// A part of `parent`'s work: progress 0..1 here maps to [from, to] of the parent, and
    /// the parent's cancel and pause apply here too. `parent` may be null.
    JobControl(JobControl* parent, double from, double to) : m_parent(parent), m_from(from), m_to(to) {}
    JobControl(const JobControl&) = delete;
    JobControl& operator=(const JobControl&) = delete;

    /// Asks the work to stop; also wakes a paused job so that it can see the request.
    void cancel();
    bool isCancelled() const
    {
        return m_cancelled.load(std::memory_order_relaxed) || (m_parent && m_parent->isCancelled());
    }

    /// Pause/resume for long training: the work calls waitWhilePaused() between epochs.
    void setPaused(bool paused);
    bool isPaused() const { return m_paused.load(std::memory_order_relaxed) || (m_parent && m_parent->isPaused()); }
    /// Blocks while paused; returns false if cancelled (before or while waiting).
    bool waitWhilePaused();

    /// Thread-safe; `fraction` in [0, 1]. Throttled: callbacks fire at most every 0.5 %.
    void setProgress(double fraction, const QString& stage = QString());
    double progress() const { return m_progress.load(std::memory_order_relaxed); }

    void setProgressFn(ProgressFn fn) { m_progressFn = std::move(fn); }

private:
    JobControl* m_parent = nullptr;
    double m_from = 0.0;
    double m_to = 1.0;
    std::atomic<bool> m_cancelled{false};
    std::atomic<bool> m_paused{false};
    std::mutex m_pauseMutex;
    std::condition_variable m_pauseChanged;
    std::atomic<double> m_progress{0.0};
    std::atomic<double> m_lastReported{-1.0};
    ProgressFn m_progressFn;
    std::mutex m_mutex;
};

/// Helpers that accept a null control.
inline bool isCancelled(const JobControl* job) { return job && job->isCancelled(); }
inline void reportProgress(JobControl* job, double fraction, const QString& stage = QString())
{
    if (job)
        job->setProgress(fraction, stage);
}

/// Maps a sub-range of a job's progress: a step that is 30 %..60 % of the whole job.
class SubProgress
{
public:
    SubProgress(JobControl* job, double from, double to) : m_job(job), m_from(from), m_to(to) {}
    void set(double fraction, const QString& stage = QString()) const
    {
        reportProgress(m_job, m_from + (m_to - m_from) * fraction, stage);
    }
    bool cancelled() const { return isCancelled(m_job); }
    JobControl* job() const { return m_job; }

private:
    JobControl* m_job;
    double m_from;
    double m_to;
};

} // namespace pp
