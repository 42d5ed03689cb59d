#pragma once

#include "ml_metatypes.h"
#include "screenshot_views.h"

#include <QDateTime>
#include <QString>
#include <QWidget>

#include <memory>

class QCheckBox;
class QPushButton;
class QStackedWidget;
class QTimer;

namespace pp {

class EmptyState;
class RunsTable;
class Session;
class TrainForm;
class TrainingController;
class TrainingMonitor;
class Table;
struct TrainResult;

/// The Train step: the form that defines a run (TrainForm) on the left; Start / Pause /
/// Stop, and the live progress, loss and metric curves and log (TrainingMonitor) on the
/// right, with the runs of this session. Training runs in a worker thread through
/// TrainingController; a finished run is added to Session::runs() and, when it was started
/// with the Start button, the Results page is asked for (resultsPageRequested()).
///
/// Screenshot views: "form" (the form with the advanced parameters open) and "training"
/// (trains a small gradient-boosted model on the data so that the curves and the Results
/// page show a real run; the screenshot runner waits for it like any job).
class TrainPage : public QWidget, public ScreenshotViews
{
    Q_OBJECT
public:
    explicit TrainPage(Session* session, QWidget* parent = nullptr);
    ~TrainPage() override;

    TrainForm* form() const { return m_form; }
    TrainingController* controller() const { return m_controller; }
    TrainingMonitor* monitor() const { return m_monitor; }
    RunsTable* runsTable() const { return m_runsTable; }
    QPushButton* startButton() const { return m_start; }
    QPushButton* pauseButton() const { return m_pause; }
    QPushButton* stopButton() const { return m_stop; }
    EmptyState* emptyState() const { return m_emptyState; }

    /// Starts a run with the form's settings, as the Start button does; false (with the
    /// reason in the status line) when the form is incomplete or a run is in progress.
    /// `showResults`: ask for the Results page when it ends.
    bool startTraining(bool showResults = true);

    QStringList screenshotViews() const override;
    void showScreenshotView(const QString& view) override;

Q_SIGNALS:
    /// The user asked to go to the Data page (to load a data set).
    void dataPageRequested();
    /// A run started with Start has finished: show it on the Results page.
    void resultsPageRequested();
    /// A run ended (done or stopped) and was added to Session::runs() as run `index`.
    void runAdded(std::shared_ptr<const pp::TrainResult> result, int index);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void onDatasetChanged();
    void updateButtons();
    void onFinished(std::shared_ptr<const TrainResult> result);
    void loadNeuralRuntime();
    void refreshProgress();

    Session* m_session;
    TrainingController* m_controller;
    QStackedWidget* m_stack;
    EmptyState* m_emptyState;
    TrainForm* m_form;
    TrainingMonitor* m_monitor;
    RunsTable* m_runsTable;
    QPushButton* m_start;
    QPushButton* m_pause;
    QPushButton* m_stop;
    QCheckBox* m_showResults;
    QTimer* m_clock;
    bool m_runtimeRequested = false;
    bool m_showResultsWhenDone = true;
    // The run in progress: the data set it trains on and when it started (kept with its
    // snapshot, so that it can be recorded in a project later).
    QString m_runDatasetName;
    std::weak_ptr<const Table> m_runTable;
    QDateTime m_runStarted;
};

} // namespace pp
