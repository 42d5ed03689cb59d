#include "session_runs.h"

namespace pp {

SessionRuns::SessionRuns(QObject* parent)
    : QObject(parent)
{
}

int SessionRuns::add(RunSnapshot run)
{
    m_runs.push_back(std::move(run));
    const int index = count() - 1;
    Q_EMIT runAdded(index);
    return index;
}

QString SessionRuns::nextName() const
{
    int n = count() + 1;
    auto taken = [this](const QString& name) {
        for (const RunSnapshot& r : m_runs)
            if (r.name == name)
                return true;
        return false;
    };
    while (taken(tr("Run %1").arg(n)))
        ++n;
    return tr("Run %1").arg(n);
}

int SessionRuns::indexOf(const TrainResult* result) const
{
    if (!result)
        return -1;
    for (int i = 0; i < count(); ++i)
        if (m_runs[static_cast<std::size_t>(i)].result.get() == result)
            return i;
    return -1;
}

std::vector<int> SessionRuns::unsavedRuns() const
{
    std::vector<int> out;
    for (int i = 0; i < count(); ++i)
        if (m_runs[static_cast<std::size_t>(i)].isUnsaved())
            out.push_back(i);
    return out;
}

void SessionRuns::setRunId(int index, qint64 runId)
{
    if (index < 0 || index >= count())
        return;
    RunSnapshot& run = m_runs[static_cast<std::size_t>(index)];
    run.runId = runId;
    run.recording = false;
    Q_EMIT runSaveStateChanged(index);
}

void SessionRuns::setRecording(int index, bool recording)
{
    if (index < 0 || index >= count() || m_runs[static_cast<std::size_t>(index)].recording == recording)
        return;
    m_runs[static_cast<std::size_t>(index)].recording = recording;
    Q_EMIT runSaveStateChanged(index);
}

void SessionRuns::clear()
{
    m_runs.clear();
    Q_EMIT cleared();
}

} // namespace pp
