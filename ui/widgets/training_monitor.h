#pragma once

#include "ml/model.h"
#include "ml/task.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QTabWidget;

namespace pp {

class CurveChart;

/// What a training run shows while it runs: a progress bar with elapsed time and ETA, the
/// loss curves (train and validation) and the per-epoch validation metrics (R² with MAE on a
/// second axis in the target's unit, or accuracy and F1; see EpochMetrics) as live curves, and the log (in tabs with whatever the page adds). Points arrive one epoch at a time and
/// are drawn in batches (CurveChart redraws at most every ~40 ms).
class TrainingMonitor : public QWidget
{
    Q_OBJECT
public:
    explicit TrainingMonitor(QWidget* parent = nullptr);

    /// Clears the charts and the log for a new run of `task`; `expectedEpochs` (0 = unknown)
    /// is the number of rounds/epochs asked for; `target` (the target column) names the unit
    /// of the regression error axis.
    void begin(Task task, int expectedEpochs, const QString& target = QString());
    void addEpoch(const EpochRecord& record);
    /// `etaMs` < 0: unknown.
    void setProgress(double fraction, const QString& stage, qint64 elapsedMs, qint64 etaMs);
    void setPaused(bool paused);
    void appendLog(const QString& line);
    /// The run ended: draws what is pending and shows `status` instead of the ETA.
    void end(const QString& status);
    /// Shows the curves of a finished run (e.g. the latest one when the page is rebuilt).
    void showHistory(Task task, const std::vector<EpochRecord>& history, const QString& target = QString());

    CurveChart* lossChart() const { return m_loss; }
    CurveChart* metricChart() const { return m_metrics; }
    QProgressBar* progressBar() const { return m_progress; }
    QLabel* statusLabel() const { return m_status; }
    QPlainTextEdit* logView() const { return m_log; }
    /// Adds a tab next to the log (the page's list of runs).
    void addTab(QWidget* widget, const QString& title);
    QTabWidget* tabs() const { return m_tabs; }

private:
    void updateStatus();

    CurveChart* m_loss;
    CurveChart* m_metrics;
    QProgressBar* m_progress;
    QLabel* m_status;
    QPlainTextEdit* m_log;
    QTabWidget* m_tabs;
    QHash<QString, int> m_metricCurves;
    int m_trainCurve = -1;
    int m_validCurve = -1;
    Task m_task = Task::Regression;
    int m_expected = 0;
    int m_lastEpoch = 0;
    QString m_stage;
    qint64 m_elapsedMs = 0;
    qint64 m_etaMs = -1;
    bool m_paused = false;
};

} // namespace pp
