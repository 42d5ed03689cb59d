#include "common/job.h"

#include <algorithm>

namespace pp {

void JobControl::cancel()
{
    {
        std::lock_guard<std::mutex> lock(m_pauseMutex);
        m_cancelled.store(true, std::memory_order_relaxed);
    }
    m_pauseChanged.notify_all();
}

void JobControl::setPaused(bool paused)
{
    {
        std::lock_guard<std::mutex> lock(m_pauseMutex);
        m_paused.store(paused, std::memory_order_relaxed);
    }
    m_pauseChanged.notify_all();
}

bool JobControl::waitWhilePaused()
{
    if (m_parent && !m_parent->waitWhilePaused())
        return false;
    std::unique_lock<std::mutex> lock(m_pauseMutex);
    m_pauseChanged.wait(lock, [this] { return !m_paused.load() || m_cancelled.load(); });
    return !m_cancelled.load();
}

void JobControl::setProgress(double fraction, const QString& stage)
{
    fraction = std::clamp(fraction, 0.0, 1.0);
    m_progress.store(fraction, std::memory_order_relaxed);
    if (m_parent)
        m_parent->setProgress(m_from + (m_to - m_from) * fraction, stage);
    if (!m_progressFn)
        return;
    const double last = m_lastReported.load(std::memory_order_relaxed);
    if (fraction < 1.0 && fraction - last < 0.005 && fraction >= last && stage.isEmpty())
        return;
    std::lock_guard<std::mutex> lock(m_mutex);
    m_lastReported.store(fraction, std::memory_order_relaxed);
    m_progressFn(fraction, stage);
}

} // namespace pp
