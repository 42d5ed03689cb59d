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

void SessionRuns::clear()
{
    m_runs.clear();
    Q_EMIT cleared();
}

} // namespace pp
