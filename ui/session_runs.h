#pragma once

#include "run_snapshot.h"

#include <QObject>

#include <vector>

namespace pp {

/// The training runs of this session, oldest first: what the Train page has produced. The
/// Train and Results pages share it through Session::runs(). Nothing here is written to disk
/// by this class: a run trained while a project is open is recorded there as it trains
/// (RunRecorder), and the others can be recorded later (File › Save Runs to Project, or when
/// the window closes); both then get their project run id (setRunId()).
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

    /// The index of the run whose result is `result`; -1 when none.
    int indexOf(const TrainResult* result) const;
    /// The runs no project holds (RunSnapshot::isUnsaved()), oldest first.
    std::vector<int> unsavedRuns() const;
    /// The run is stored in a project as `runId` (it is no longer unsaved).
    void setRunId(int index, qint64 runId);
    /// The run is being recorded in the open project (see RunSnapshot::recording).
    void setRecording(int index, bool recording);

Q_SIGNALS:
    void runAdded(int index);
    void cleared();
    /// Run `index` got its project run id, or started or stopped being recorded.
    void runSaveStateChanged(int index);

private:
    std::vector<RunSnapshot> m_runs;
};

} // namespace pp
