#pragma once

#include "run_snapshot.h"

#include <QObject>

#include <vector>

namespace pp {

/// The training runs of this session, oldest first: what the Train page has produced (and
/// what a project reopens, when the projects code adds them). The Train and Results pages
/// share it through Session::runs(); nothing here is stored on disk.
class SessionRuns : public QObject
{
    Q_OBJECT
public:
    explicit SessionRuns(QObject* parent = nullptr);

    int count() const { return static_cast<int>(m_runs.size()); }
    const RunSnapshot& at(int index) const { return m_runs[static_cast<std::size_t>(index)]; }
    const std::vector<RunSnapshot>& all() const { return m_runs; }

    /// Appends a run; emits runAdded(index). Returns the index.
    int add(RunSnapshot run);
    /// "Run 3": the next free default name.
    QString nextName() const;
    void clear();

Q_SIGNALS:
    void runAdded(int index);
    void cleared();

private:
    std::vector<RunSnapshot> m_runs;
};

} // namespace pp
