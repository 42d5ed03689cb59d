#include "train_page.h"

#include "format.h"
#include "icons.h"
#include "job_runner.h"
#include "ml/model.h"
#include "ml/neural_models.h"
#include "nn/plugin_api.h"
#include "run_snapshot.h"
#include "session.h"
#include "session_runs.h"
#include "training_controller.h"
#include "widgets/empty_state.h"
#include "widgets/param_form.h"
#include "widgets/runs_table.h"
#include "widgets/train_form.h"
#include "widgets/training_monitor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace pp {

namespace {

/// What the neural plugin says about LibTorch, probed off the GUI thread.
struct NeuralRuntimeProbe
{
    bool loaded = false;
    nn::TorchRuntimeInfo info;
    QString error;
};

const QLatin1String kNeuralProbeJob { "nn-runtime" };

int expectedEpochs(const TrainConfig& config)
{
    for (const char* key : { "n_estimators", "epochs", "max_iter" })
        if (config.params.contains(QLatin1String(key)))
            return config.model == QLatin1String("forest") || config.model == QLatin1String("tree")
                ? 1
                : config.params.value(QLatin1String(key)).toInt();
    return 0;
}

} // namespace

TrainPage::TrainPage(Session* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_controller(new TrainingController(session->jobs(), this))
    , m_stack(new QStackedWidget(this))
    , m_emptyState(new EmptyState(this))
    , m_form(new TrainForm(session, this))
    , m_monitor(new TrainingMonitor(this))
    , m_runsTable(new RunsTable(session->runs(), this))
    , m_start(new QPushButton(this))
    , m_pause(new QPushButton(this))
    , m_stop(new QPushButton(this))
    , m_showResults(new QCheckBox(this))
    , m_clock(new QTimer(this))
{
    m_emptyState->setIcon(icons::named("page_train"));
    m_emptyState->setTitle(tr("No data yet"));
    m_emptyState->setText(tr("Load a dataset on the Data page first."));
    m_emptyState->setActionText(tr("Go to the Data Page"));
    connect(m_emptyState, &EmptyState::actionTriggered, this, &TrainPage::dataPageRequested);

    // --- Left: the form, scrollable, with the buttons always in view --------------------------
    m_form->setObjectName(QStringLiteral("trainForm"));
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("trainFormScroll"));
    scroll->setWidget(m_form);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_start->setObjectName(QStringLiteral("startButton"));
    m_start->setText(tr("Start Training"));
    m_start->setDefault(true);
    m_start->setToolTip(tr("Train the model with these settings"));
    m_pause->setObjectName(QStringLiteral("pauseButton"));
    m_pause->setText(tr("Pause"));
    m_pause->setCheckable(true);
    m_pause->setToolTip(tr("Pause training after the current round; Resume continues where it stopped"));
    m_stop->setObjectName(QStringLiteral("stopButton"));
    m_stop->setText(tr("Stop"));
    m_stop->setIcon(icons::named("cancel"));
    m_stop->setToolTip(
        tr("Stop training now. The rounds completed so far are kept and evaluated when the model "
           "allows it."));
    m_showResults->setObjectName(QStringLiteral("showResultsCheck"));
    m_showResults->setText(tr("Show the results when training ends"));
    m_showResults->setChecked(true);
    auto* buttons = new QHBoxLayout();
    buttons->addWidget(m_start, 1);
    buttons->addWidget(m_pause);
    buttons->addWidget(m_stop);
    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(8, 8, 4, 8);
    leftLayout->addWidget(scroll, 1);
    leftLayout->addWidget(m_showResults);
    leftLayout->addLayout(buttons);

    // --- Right: progress, curves, log, runs ---------------------------------------------------
    m_monitor->setObjectName(QStringLiteral("trainingMonitor"));
    m_monitor->addTab(m_runsTable, tr("Runs of This Session"));
    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(4, 8, 8, 8);
    rightLayout->addWidget(m_monitor);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    left->setMinimumWidth(380);
    splitter->setSizes({ 420, 700 });

    m_stack->addWidget(m_emptyState);
    m_stack->addWidget(splitter);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    // --- Behaviour ------------------------------------------------------------------------------
    connect(m_start, &QPushButton::clicked, this, [this]() { startTraining(m_showResults->isChecked()); });
    connect(m_pause, &QPushButton::toggled, m_controller, &TrainingController::setPaused);
    connect(m_stop, &QPushButton::clicked, this, [this]() {
        m_controller->stop();
        updateButtons();
    });
    connect(m_form, &TrainForm::changed, this, &TrainPage::updateButtons);
    connect(m_runsTable, &RunsTable::runActivated, this, [this](int index) {
        if (index >= 0 && index < m_session->runs()->count() && !m_controller->isRunning()) {
            const RunSnapshot& run = m_session->runs()->at(index);
            m_monitor->showHistory(run.task, run.history, run.targets.value(0));
        }
    });

    connect(m_controller, &TrainingController::epoch, m_monitor, &TrainingMonitor::addEpoch);
    connect(m_controller, &TrainingController::log, m_monitor, &TrainingMonitor::appendLog);
    connect(m_controller, &TrainingController::progressChanged, this, &TrainPage::refreshProgress);
    connect(m_controller, &TrainingController::started, this, [this](const TrainConfig& config) {
        const Task task = config.task ? *config.task
            : (m_session->hasData() ? inferTask(*m_session->table(), config.targets) : m_form->task());
        m_monitor->begin(task, expectedEpochs(config), config.targets.value(0));
        // What the run's snapshot says it was trained on (the Session may change meanwhile).
        m_runDatasetName = QFileInfo(m_session->path()).fileName();
        m_runTable = m_session->table();
        m_runStarted = QDateTime::currentDateTime();
    });
    connect(m_controller, &TrainingController::pausedChanged, this, [this](bool paused) {
        const QSignalBlocker block(m_pause);
        m_pause->setChecked(paused);
        m_pause->setText(paused ? tr("Resume") : tr("Pause"));
        m_monitor->setPaused(paused);
        m_monitor->appendLog(paused ? tr("Paused.") : tr("Resumed."));
    });
    connect(m_controller, &TrainingController::runningChanged, this, &TrainPage::updateButtons);
    connect(m_controller, &TrainingController::finished, this, &TrainPage::onFinished);
    connect(m_controller, &TrainingController::failed, this, [this](const QString& message) {
        m_monitor->appendLog(tr("Training failed: %1").arg(message));
        m_monitor->end(tr("Training failed."));
        auto* box = new QMessageBox(QMessageBox::Warning, tr("Training failed"),
            tr("The model could not be trained:\n%1").arg(message), QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
    connect(m_controller, &TrainingController::stopped, this, [this]() {
        m_monitor->appendLog(tr("Stopped before any round was completed; no model was kept."));
        m_monitor->end(tr("Stopped; no model was kept."));
    });
    // While a run is going, the elapsed time and the ETA move even between progress reports.
    m_clock->setInterval(500);
    connect(m_clock, &QTimer::timeout, this, &TrainPage::refreshProgress);

    // The status bar's Cancel may stop the LibTorch probe: probe again when next shown.
    connect(m_session->jobs(), &JobRunner::jobFinished, this, [this](const QString& kind, bool completed) {
        if (kind == kNeuralProbeJob && !completed)
            m_runtimeRequested = false;
    });
    connect(m_session, &Session::datasetChanged, this, &TrainPage::onDatasetChanged);
    onDatasetChanged();
}

TrainPage::~TrainPage() = default;

void TrainPage::onDatasetChanged()
{
    m_stack->setCurrentIndex(m_session->hasData() ? 1 : 0);
    m_form->setTable(m_session->table());
    updateButtons();
}

void TrainPage::updateButtons()
{
    const bool running = m_controller->isRunning();
    const QString problem = m_form->problem();
    m_start->setEnabled(!running && problem.isEmpty() && m_session->hasData());
    m_start->setToolTip(problem.isEmpty() ? tr("Train the model with these settings") : problem);
    m_pause->setEnabled(running && !m_controller->isStopping());
    m_stop->setEnabled(running && !m_controller->isStopping());
    m_form->setEnabled(!running);
    if (running && !m_clock->isActive())
        m_clock->start();
    else if (!running)
        m_clock->stop();
}

bool TrainPage::startTraining(bool showResults)
{
    const QString problem = m_form->problem();
    if (!problem.isEmpty() || !m_session->hasData() || m_controller->isRunning()) {
        if (!problem.isEmpty())
            m_monitor->statusLabel()->setText(problem);
        return false;
    }
    const TrainConfig config = m_form->config();
    m_showResultsWhenDone = showResults;
    // The monitor is reset by the controller's started() signal (see the constructor), so a
    // run started by other code is shown the same way.
    if (!m_controller->start(m_session->table(), config))
        return false;
    const ModelInfo* info = ModelRegistry::instance().find(config.model);
    m_monitor->appendLog(
        tr("Training %1 to predict %2.")
            .arg(info ? info->displayName() : config.model, config.targets.join(QStringLiteral(", "))));
    updateButtons();
    refreshProgress();
    return true;
}

void TrainPage::refreshProgress()
{
    if (!m_controller->isRunning())
        return;
    m_monitor->setProgress(m_controller->progress(), QString(), m_controller->activeMilliseconds(),
        m_controller->etaMilliseconds());
}

void TrainPage::onFinished(std::shared_ptr<const TrainResult> result)
{
    const QString name = m_session->runs()->nextName();
    m_monitor->setProgress(1.0, QString(), m_controller->activeMilliseconds(), -1);
    const QString status = result->stopped
        ? tr("%1 stopped after %2 rounds; the partial model was evaluated.")
              .arg(name)
              .arg(result->history.size())
        : tr("%1 finished in %2.").arg(name, fmt::duration(m_controller->activeMilliseconds()));
    m_monitor->end(status);
    m_monitor->appendLog(status);
    RunSnapshot snapshot = RunSnapshot::fromTrainResult(result, name);
    snapshot.config = m_controller->config();
    snapshot.datasetName = m_runDatasetName;
    snapshot.dataset = m_runTable;
    snapshot.startedAt = m_runStarted;
    snapshot.started = m_runStarted.toString(Qt::ISODate);
    const int index = m_session->runs()->add(std::move(snapshot));
    m_runsTable->selectRun(index);
    Q_EMIT runAdded(result, index);
    if (m_showResultsWhenDone)
        Q_EMIT resultsPageRequested();
}

void TrainPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_runtimeRequested) {
        m_runtimeRequested = true;
        // LibTorch takes about half a second to load: only when the page is first shown, and
        // off the GUI thread.
        QTimer::singleShot(0, this, &TrainPage::loadNeuralRuntime);
    }
}

void TrainPage::loadNeuralRuntime()
{
    m_session->jobs()->run<NeuralRuntimeProbe>(
        kNeuralProbeJob, tr("Checking the neural-network component"),
        [](JobControl*) {
            NeuralRuntimeProbe probe;
            QString error;
            if (const nn::PluginApi* api = neuralPlugin(&error)) {
                probe.loaded = true;
                probe.info = api->runtimeInfo();
            } else {
                probe.error = error;
            }
            return probe;
        },
        this,
        [this](NeuralRuntimeProbe probe) {
            m_form->setNeuralRuntime(probe.loaded, probe.info.cudaAvailable, probe.info.cudaDeviceCount,
                probe.info.version, probe.error);
        });
}

QStringList TrainPage::screenshotViews() const
{
    return { QStringLiteral("form"), QStringLiteral("training") };
}

void TrainPage::showScreenshotView(const QString& view)
{
    if (!m_session->hasData())
        return;
    if (view == QLatin1String("form")) {
        m_form->setModel(QStringLiteral("gbdt"));
        m_form->paramForm()->setAdvancedVisible(true);
    } else if (view == QLatin1String("training")) {
        // A short real run, so that the curves here and the Results page show something true.
        m_form->paramForm()->setAdvancedVisible(false);
        if (m_form->setModel(QStringLiteral("gbdt")))
            m_form->paramForm()->setValue(QStringLiteral("n_estimators"), 80);
        if (!m_controller->isRunning() && m_session->runs()->count() == 0)
            startTraining(/*showResults=*/false);
    }
}

} // namespace pp
