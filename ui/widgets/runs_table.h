#pragma once

#include <QList>
#include <QTableWidget>

namespace pp {

struct RunSnapshot;
class SessionRuns;

/// The runs of this session, newest last: name, model, task, key metric (on the test rows,
/// else validation), status, rows and the settings (parameters in the tooltip). Follows
/// SessionRuns as runs are added.
class RunsTable : public QTableWidget
{
    Q_OBJECT
public:
    enum Field {
        NameField,
        ModelField,
        TaskField,
        MetricField,
        StatusField,
        RowsField,
        SettingsField,
        FieldCount
    };

    RunsTable(SessionRuns* runs, QWidget* parent = nullptr);

    /// Indexes into SessionRuns of the selected rows, in run order.
    QList<int> selectedRuns() const;
    void selectRun(int index);

    /// "R² 0.874 (test)": the run's key metric on its evaluation rows.
    static QString keyMetricText(const RunSnapshot& run);
    /// "n_estimators=200, max_depth=6, …": the parameters, compactly.
    static QString settingsText(const RunSnapshot& run);

Q_SIGNALS:
    /// A run was double-clicked (or Enter pressed on it).
    void runActivated(int index);
    void selectedRunsChanged();

private:
    void rebuild();
    void addRow(int index);

    SessionRuns* m_runs;
};

} // namespace pp
