#include "common/job.h"

#include <algorithm>

namespace pp {

void JobControl::setProgress(double fraction, const QString& stage)
{
    fraction = std::clamp(fraction, 0.0, 1.0);
    m_progress.store(fraction, std::memory_order_relaxed);
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
