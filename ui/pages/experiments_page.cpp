#include "pages/experiments_page.h"

#include "dialogs/score_data_dialog.h"
#include "icons.h"
#include "job_runner.h"
#include "models/runs_model.h"
#include "project_commands.h"
#include "project_session.h"
#include "settings.h"
#include "stored_run.h"
#include "widgets/empty_state.h"
#include "widgets/run_compare_view.h"
#include "widgets/table_view_utils.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>
#include <set>

namespace pp {

namespace {

/// A file-name-safe form of a run name, for suggested export names.
QString safeFileName(QString name)
{
    static const QString bad = QStringLiteral("\\/:*?\"<>|\n\r\t");
    for (QChar& c : name)
        if (bad.contains(c))
            c = QLatin1Char('_');
    return name.trimmed().isEmpty() ? QStringLiteral("run") : name.trimmed();
}

void fillCombo(QComboBox* combo, const QString& allText, const std::vector<std::pair<QString, QString>>& items)
{
    const QString current = combo->currentData().toString();
    const QSignalBlocker block(combo);
    combo->clear();
    combo->addItem(allText, QString());
    for (const auto& [label, value] : items)
        combo->addItem(label, value);
    const int i = combo->findData(current);
    combo->setCurrentIndex(i >= 0 ? i : 0);
}

} // namespace

ExperimentsPage::ExperimentsPage(ProjectSession* project, QWidget* parent)
    : QWidget(parent), m_project(project), m_stack(new QStackedWidget(this)), m_emptyState(new EmptyState(this)),
      m_body(new QWidget(this)), m_summary(new QLabel(this)), m_toolBar(new QToolBar(this)),
      m_filterEdit(new QLineEdit(this)), m_modelFilter(new QComboBox(this)), m_datasetFilter(new QComboBox(this)),
      m_statusFilter(new QComboBox(this)), m_splitter(new QSplitter(Qt::Vertical, this)), m_view(new QTableView(this)),
      m_runs(new RunsModel(this)), m_filter(new RunsFilterModel(this)), m_compare(new RunCompareView(this))
{
    m_emptyState->setIcon(icons::named("page_experiments"));
    connect(m_emptyState, &EmptyState::actionTriggered, this, [this]() {
        if (m_project->isOpen())
            Q_EMIT trainPageRequested();
        else
            Q_EMIT newProjectRequested();
    });
    connect(m_emptyState, &EmptyState::linkActivated, this, [this](const QString& link) {
        if (link == QLatin1String("open:"))
            Q_EMIT openProjectRequested();
        else
            Q_EMIT openProjectFileRequested(QUrl(link).toLocalFile());
    });

    // --- Summary and filters --------------------------------------------------------------------
    m_summary->setObjectName(QStringLiteral("experimentsSummary"));
    m_filterEdit->setObjectName(QStringLiteral("runsFilter"));
    m_filterEdit->setPlaceholderText(tr("Filter runs by name, note, model or data set"));
    m_filterEdit->setClearButtonEnabled(true);
    m_filterEdit->setMinimumWidth(240);
    m_modelFilter->setObjectName(QStringLiteral("modelFilter"));
    m_datasetFilter->setObjectName(QStringLiteral("datasetFilter"));
    m_statusFilter->setObjectName(QStringLiteral("statusFilter"));
    for (QComboBox* combo : {m_modelFilter, m_datasetFilter, m_statusFilter}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(14);
    }
    connect(m_filterEdit, &QLineEdit::textChanged, m_filter, &RunsFilterModel::setTextFilter);
    connect(m_modelFilter, &QComboBox::currentIndexChanged, this,
            [this]() { m_filter->setModelFilter(m_modelFilter->currentData().toString()); });
    connect(m_datasetFilter, &QComboBox::currentIndexChanged, this,
            [this]() { m_filter->setDatasetFilter(m_datasetFilter->currentData().toString()); });
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this,
            [this]() { m_filter->setStatusFilter(m_statusFilter->currentData().toString()); });
    auto* filterBar = new QHBoxLayout();
    filterBar->setContentsMargins(8, 4, 8, 4);
    filterBar->addWidget(m_summary, 1);
    filterBar->addWidget(m_filterEdit);
    filterBar->addWidget(m_modelFilter);
    filterBar->addWidget(m_datasetFilter);
    filterBar->addWidget(m_statusFilter);

    // --- Table ------------------------------------------------------------------------------
    m_filter->setSourceModel(m_runs);
    m_view->setObjectName(QStringLiteral("runsTable"));
    m_view->setModel(m_filter);
    configureLargeTableView(m_view);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(RunsModel::IdField, Qt::DescendingOrder);  // newest first
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->verticalHeader()->setVisible(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, &ExperimentsPage::showContextMenu);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ExperimentsPage::onSelectionChanged);
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        reopenRun(index.data(static_cast<int>(RunsRole::RunId)).toLongLong());
    });
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &ExperimentsPage::updateState);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &ExperimentsPage::updateState);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &ExperimentsPage::updateState);

    createActions();

    m_compare->setObjectName(QStringLiteral("runCompare"));
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(m_compare);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setChildrenCollapsible(false);
    if (!m_splitter->restoreState(kExperimentsSplitter.get()))
        m_splitter->setSizes({260, 420});

    auto* bodyLayout = new QVBoxLayout(m_body);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    bodyLayout->setSpacing(0);
    bodyLayout->addLayout(filterBar);
    bodyLayout->addWidget(m_toolBar);
    bodyLayout->addWidget(m_splitter, 1);

    m_stack->addWidget(m_emptyState);
    m_stack->addWidget(m_body);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_project, &ProjectSession::projectChanged, this, &ExperimentsPage::refresh);
    connect(m_project, &ProjectSession::runsChanged, this, &ExperimentsPage::refresh);
    connect(m_project, &ProjectSession::runsChangedElsewhere, this, &ExperimentsPage::onRunsChangedElsewhere);
    m_retryTimer = new QTimer(this);
    m_retryTimer->setSingleShot(true);
    m_retryTimer->setInterval(ProjectSession::kWatchIntervalMs / 4);
    connect(m_retryTimer, &QTimer::timeout, this, &ExperimentsPage::onRunsChangedElsewhere);
    refresh();
}

ExperimentsPage::~ExperimentsPage() { kExperimentsSplitter.set(m_splitter->saveState()); }

void ExperimentsPage::createActions()
{
    m_toolBar->setObjectName(QStringLiteral("experimentsToolBar"));
    m_toolBar->setIconSize(QSize(18, 18));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto add = [this](const QString& text, const QString& tip, void (ExperimentsPage::*slot)()) {
        auto* action = new QAction(text, this);
        action->setToolTip(tip);
        action->setStatusTip(tip);
        if (slot)
            connect(action, &QAction::triggered, this, slot);
        return action;
    };
    m_reopenAction = add(tr("Open Results"), tr("Show the selected run on the Results page"), nullptr);
    connect(m_reopenAction, &QAction::triggered, this, [this]() { reopenRun(currentRunId()); });
    m_renameAction = add(tr("Rename…"), tr("Give the selected run a new name"), &ExperimentsPage::askRename);
    m_renameAction->setShortcut(QKeySequence(Qt::Key_F2));
    m_noteAction = add(tr("Note…"), tr("Write a note about the selected run"), &ExperimentsPage::askNote);
    m_deleteAction = add(tr("Delete"), tr("Delete the selected runs (Edit › Undo brings them back)"), nullptr);
    m_deleteAction->setShortcut(QKeySequence::Delete);
    connect(m_deleteAction, &QAction::triggered, this, [this]() { deleteRuns(selectedRunIds()); });
    m_exportFolderAction = add(tr("Model Bundle (Folder)…"),
                               tr("Write the model with its pipeline to a folder that ppstudio-cli predict reads"),
                               &ExperimentsPage::askExportBundleFolder);
    m_exportZipAction = add(tr("Model Bundle (ZIP)…"), tr("The same model bundle as one .zip file"),
                            &ExperimentsPage::askExportBundleZip);
    m_exportPredictionsAction = add(tr("Predictions (CSV)…"), tr("The evaluation rows with actual and predicted values"),
                                    &ExperimentsPage::askExportPredictions);
    m_exportReportAction = add(tr("Report (PDF or HTML)…"),
                               tr("A report of the run: settings, pipeline, metrics and charts"),
                               &ExperimentsPage::askExportReport);
    m_scoreAction = add(tr("Score New Data…"), tr("Predict for a new file with the selected run's model"), nullptr);
    connect(m_scoreAction, &QAction::triggered, this, [this]() { showScoreDialog(currentRunId()); });
    m_refreshAction = add(tr("Refresh"), tr("Read the runs from the project file again"), &ExperimentsPage::refresh);
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    for (QAction* a : {m_renameAction, m_deleteAction, m_refreshAction})
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_renameAction);
    addAction(m_deleteAction);
    addAction(m_refreshAction);

    m_exportMenu = new QMenu(tr("Export"), this);
    m_exportMenu->addAction(m_exportFolderAction);
    m_exportMenu->addAction(m_exportZipAction);
    m_exportMenu->addSeparator();
    m_exportMenu->addAction(m_exportPredictionsAction);
    m_exportMenu->addAction(m_exportReportAction);
    auto* exportButton = new QToolButton(this);
    exportButton->setObjectName(QStringLiteral("exportButton"));
    exportButton->setText(tr("Export"));
    exportButton->setMenu(m_exportMenu);
    exportButton->setPopupMode(QToolButton::InstantPopup);
    exportButton->setToolButtonStyle(Qt::ToolButtonTextOnly);

    m_toolBar->addAction(m_reopenAction);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_renameAction);
    m_toolBar->addAction(m_noteAction);
    m_toolBar->addAction(m_deleteAction);
    m_toolBar->addSeparator();
    m_toolBar->addWidget(exportButton);
    m_toolBar->addAction(m_scoreAction);
    auto* spacer = new QWidget(this);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_toolBar->addWidget(spacer);
    m_toolBar->addAction(m_refreshAction);
}

void ExperimentsPage::onRunsChangedElsewhere()
{
    m_stale = true;
    if (!isVisible() || !m_project->isOpen())
        return;  // showEvent() refreshes
    // The recorder thread may be writing an epoch or a whole run: try again shortly rather
    // than wait for it here. Held, the reads below don't wait (the lock is recursive).
    const auto lock = m_project->store()->tryLock();
    if (!lock.owns_lock()) {
        m_retryTimer->start();
        return;
    }
    refresh();
}

void ExperimentsPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale)
        onRunsChangedElsewhere();
}

void ExperimentsPage::refresh()
{
    m_stale = false;
    m_retryTimer->stop();
    const QList<qint64> selected = selectedRunIds();
    std::vector<store::RunInfo> runs;
    if (m_project->isOpen()) {
        auto listed = m_project->store()->runs();
        if (listed.ok())
            runs = listed.take();
        else
            Q_EMIT statusMessage(listed.error().toString());
    }
    m_refreshing = true;
    m_runs->setRuns(std::move(runs));
    updateFilterCombos();
    updateColumns();
    m_refreshing = false;
    // Nothing chosen yet: the newest run, so that the comparison below shows something.
    if (selected.isEmpty() && m_filter->rowCount() > 0)
        selectRuns({m_filter->index(0, 0).data(static_cast<int>(RunsRole::RunId)).toLongLong()});
    else
        selectRuns(selected);
    onSelectionChanged();
    updateState();
}

void ExperimentsPage::updateState()
{
    if (!m_project->isOpen()) {
        m_emptyState->setTitle(tr("No project open"));
        QString text = tr("A project keeps your data sets, training runs and models in one file, saved as you "
                          "work. Every training run is recorded in it, so that runs can be compared, reopened and "
                          "exported later.")
                       + QStringLiteral("<br><br><a href=\"open:\">") + tr("Open an existing project…")
                       + QStringLiteral("</a>");
        text += EmptyState::recentFilesHtml(tr("Recent projects"), ProjectSession::recentProjects());
        m_emptyState->setText(text);
        m_emptyState->setActionText(tr("New Project…"));
        m_stack->setCurrentWidget(m_emptyState);
        return;
    }
    if (m_runs->rowCount() == 0) {
        m_emptyState->setTitle(tr("No runs yet"));
        m_emptyState->setText(tr("Train a model on the Train page: every run is recorded in <b>%1</b> with its "
                                 "training curve, metrics and model, and listed here to compare.")
                                  .arg(m_project->name().toHtmlEscaped()));
        m_emptyState->setActionText(tr("Go to the Train Page"));
        m_stack->setCurrentWidget(m_emptyState);
        return;
    }
    m_stack->setCurrentWidget(m_body);
    const int total = m_runs->rowCount();
    const int shown = m_filter->rowCount();
    QString text = QStringLiteral("<b>%1</b> — ").arg(m_project->name().toHtmlEscaped());
    text += shown == total ? tr("Runs: %1").arg(total) : tr("Runs: %1 of %2 shown").arg(shown).arg(total);
    m_summary->setText(text);
    m_summary->setToolTip(tr("%1\nSaved automatically: every change is written to the project file at once.")
                              .arg(QDir::toNativeSeparators(m_project->path())));
}

void ExperimentsPage::updateFilterCombos()
{
    std::set<QString> models, datasets, statuses;
    for (const store::RunInfo& r : m_runs->runs()) {
        models.insert(r.model);
        datasets.insert(r.datasetName);
        statuses.insert(r.status);
    }
    std::vector<std::pair<QString, QString>> items;
    for (const QString& m : models)
        items.emplace_back(RunsModel::modelDisplayName(m), m);
    fillCombo(m_modelFilter, tr("All models"), items);
    items.clear();
    for (const QString& d : datasets)
        if (!d.isEmpty())
            items.emplace_back(d, d);
    fillCombo(m_datasetFilter, tr("All data sets"), items);
    items.clear();
    for (const QString& s : RunsModel::statuses())
        if (statuses.count(s))
            items.emplace_back(RunsModel::statusDisplayName(s), s);
    fillCombo(m_statusFilter, tr("All statuses"), items);
    // The combos may have fallen back to "all": keep the filter in step.
    m_filter->setModelFilter(m_modelFilter->currentData().toString());
    m_filter->setDatasetFilter(m_datasetFilter->currentData().toString());
    m_filter->setStatusFilter(m_statusFilter->currentData().toString());
}

void ExperimentsPage::updateColumns()
{
    // Metric columns no run has (classification metrics in a regression project) are hidden.
    for (int f = RunsModel::R2Field; f <= RunsModel::RocAucField; ++f) {
        bool any = false;
        for (int r = 0; r < m_runs->rowCount() && !any; ++r)
            any = !m_runs->index(r, f).data(static_cast<int>(RunsRole::Missing)).toBool();
        m_view->setColumnHidden(f, !any && m_runs->rowCount() > 0);
    }
    sizeColumnsFromSample(m_view, 200, 48, 260);
}

QList<qint64> ExperimentsPage::selectedRunIds() const
{
    QList<qint64> ids;
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    for (const QModelIndex& index : rows)
        ids << index.data(static_cast<int>(RunsRole::RunId)).toLongLong();
    return ids;
}

void ExperimentsPage::selectRuns(const QList<qint64>& ids)
{
    QItemSelection selection;
    for (int r = 0; r < m_filter->rowCount(); ++r) {
        const QModelIndex index = m_filter->index(r, 0);
        if (ids.contains(index.data(static_cast<int>(RunsRole::RunId)).toLongLong()))
            selection.select(index, m_filter->index(r, m_filter->columnCount() - 1));
    }
    m_view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    if (!selection.isEmpty())
        m_view->selectionModel()->setCurrentIndex(selection.first().topLeft(), QItemSelectionModel::NoUpdate);
}

qint64 ExperimentsPage::currentRunId() const
{
    const QList<qint64> ids = selectedRunIds();
    if (ids.size() == 1)
        return ids.first();
    const QModelIndex current = m_view->currentIndex();
    if (current.isValid() && m_view->selectionModel()->isRowSelected(current.row(), QModelIndex()))
        return current.data(static_cast<int>(RunsRole::RunId)).toLongLong();
    return ids.isEmpty() ? 0 : ids.first();
}

void ExperimentsPage::onSelectionChanged()
{
    if (m_refreshing)
        return;
    std::vector<RunCompareView::Run> compared;
    if (m_project->isOpen()) {
        for (qint64 id : selectedRunIds()) {
            const store::RunInfo* info = m_runs->runAt(m_runs->rowOfRun(id));
            if (!info)
                continue;
            RunCompareView::Run run;
            run.info = *info;
            // A curve is a few hundred small rows: cheap enough to read here.
            auto history = m_project->store()->history(id);
            if (history.ok())
                run.history = history.take();
            compared.push_back(std::move(run));
        }
    }
    m_compare->setRuns(std::move(compared));
    updateActions();
}

void ExperimentsPage::updateActions()
{
    const QList<qint64> ids = selectedRunIds();
    const store::RunInfo* run = m_runs->runAt(m_runs->rowOfRun(currentRunId()));
    const bool one = run != nullptr;
    const bool hasModel = one && run->hasModel;
    m_reopenAction->setEnabled(one);
    m_renameAction->setEnabled(one);
    m_noteAction->setEnabled(one);
    m_deleteAction->setEnabled(!ids.isEmpty());
    m_exportFolderAction->setEnabled(hasModel);
    m_exportZipAction->setEnabled(hasModel);
    m_exportPredictionsAction->setEnabled(one && run->status != QLatin1String("failed"));
    m_exportReportAction->setEnabled(one);
    m_scoreAction->setEnabled(m_project->isOpen());
    m_exportMenu->setEnabled(one);
    const QString noModel = tr("This run has no saved model (it did not finish).");
    for (QAction* a : {m_exportFolderAction, m_exportZipAction})
        a->setToolTip(hasModel || !one ? a->statusTip() : noModel);
}

void ExperimentsPage::showContextMenu(const QPoint& pos)
{
    if (!m_view->indexAt(pos).isValid())
        return;
    QMenu menu(this);
    menu.addAction(m_reopenAction);
    menu.addSeparator();
    menu.addAction(m_renameAction);
    menu.addAction(m_noteAction);
    menu.addAction(m_deleteAction);
    menu.addSeparator();
    menu.addMenu(m_exportMenu);
    menu.addAction(m_scoreAction);
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

// --- Edits (undoable) ----------------------------------------------------------------------------

void ExperimentsPage::renameRun(qint64 runId, const QString& name)
{
    const store::RunInfo* run = m_runs->runAt(m_runs->rowOfRun(runId));
    if (!run || !m_project->isOpen() || name.trimmed().isEmpty() || name.trimmed() == run->name)
        return;
    m_project->undoStack()->push(new RenameRunCommand(m_project, runId, run->name, name.trimmed()));
}

void ExperimentsPage::setRunNote(qint64 runId, const QString& note)
{
    const store::RunInfo* run = m_runs->runAt(m_runs->rowOfRun(runId));
    if (!run || !m_project->isOpen() || note == run->note)
        return;
    m_project->undoStack()->push(new SetRunNoteCommand(m_project, runId, run->note, note));
}

void ExperimentsPage::deleteRuns(const QList<qint64>& runIds)
{
    if (runIds.isEmpty() || !m_project->isOpen())
        return;
    m_project->undoStack()->push(new DeleteRunsCommand(m_project, std::vector<qint64>(runIds.begin(), runIds.end())));
    Q_EMIT statusMessage(tr("Runs deleted: %1. Edit › Undo brings them back.").arg(runIds.size()));
}

void ExperimentsPage::askRename()
{
    const store::RunInfo* run = m_runs->runAt(m_runs->rowOfRun(currentRunId()));
    if (!run)
        return;
    auto* dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("renameRunDialog"));
    dialog->setWindowTitle(tr("Rename Run"));
    dialog->setLabelText(tr("Name of run #%1:").arg(run->id));
    dialog->setTextValue(run->name);
    const qint64 id = run->id;
    connect(dialog, &QInputDialog::textValueSelected, this, [this, id](const QString& name) { renameRun(id, name); });
    dialog->open();
}

void ExperimentsPage::askNote()
{
    const store::RunInfo* run = m_runs->runAt(m_runs->rowOfRun(currentRunId()));
    if (!run)
        return;
    auto* dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("runNoteDialog"));
    dialog->setWindowTitle(tr("Run Note"));
    dialog->setLabelText(tr("Note about run #%1 (%2):").arg(run->id).arg(run->name));
    dialog->setOption(QInputDialog::UsePlainTextEditForTextInput);
    dialog->setTextValue(run->note);
    dialog->resize(480, 280);
    const qint64 id = run->id;
    connect(dialog, &QInputDialog::textValueSelected, this, [this, id](const QString& note) { setRunNote(id, note); });
    dialog->open();
}

// --- Reopen -----------------------------------------------------------------------------------

void ExperimentsPage::reopenRun(qint64 runId)
{
    if (runId <= 0 || !m_project->isOpen())
        return;
    const std::shared_ptr<store::ProjectStore> project = m_project->store();
    using Snapshot = Result<RunSnapshot>;
    m_project->jobs()->run<Snapshot>(
        JobKind::ReopenRun, tr("Opening run %1").arg(runId),
        [project, runId](JobControl*) { return StoredRun::snapshot(*project, runId); }, this,
        [this, runId](Snapshot snapshot) {
            if (!snapshot.ok()) {
                showError(tr("Open Results"), tr("Error opening '%1':\n%2")
                                                  .arg(tr("run %1").arg(runId), snapshot.error().toString()));
                return;
            }
            for (const Warning& w : snapshot.warnings())
                Q_EMIT statusMessage(w.detail);
            Q_EMIT openRunRequested(snapshot.value());
        });
}

// --- Exports ----------------------------------------------------------------------------------

QString ExperimentsPage::askSaveFile(const QString& title, const QString& suggestedName, const QString& filter)
{
    QString dir = kLastExportDir.get();
    if (dir.isEmpty() || !QFileInfo(dir).isDir())
        dir = m_project->isOpen() ? QFileInfo(m_project->path()).absolutePath() : QDir::homePath();
    const QString path = QFileDialog::getSaveFileName(this, title, QDir(dir).filePath(suggestedName), filter);
    if (!path.isEmpty())
        kLastExportDir.set(QFileInfo(path).absolutePath());
    return path;
}

void ExperimentsPage::askExportBundleFolder()
{
    const qint64 id = currentRunId();
    QString dir = kLastExportDir.get();
    if (dir.isEmpty() || !QFileInfo(dir).isDir())
        dir = QFileInfo(m_project->path()).absolutePath();
    const QString parent = QFileDialog::getExistingDirectory(this, tr("Export Model Bundle Into"), dir);
    if (parent.isEmpty())
        return;
    kLastExportDir.set(parent);
    const store::RunInfo* run = m_runs->runAt(m_runs->rowOfRun(id));
    const QString name = safeFileName(run ? run->name : QString()) + QStringLiteral("-model");
    exportBundleFolder(id, QDir(parent).filePath(name));
}

void ExperimentsPage::askExportBundleZip()
{
    const qint64 id = currentRunId();
    const store::RunInfo* run = m_runs->runAt(m_runs->rowOfRun(id));
    const QString path = askSaveFile(tr("Export Model Bundle"),
                                     safeFileName(run ? run->name : QString()) + QStringLiteral("-model.zip"),
                                     tr("ZIP archives (*.zip)"));
    if (!path.isEmpty())
        exportBundleZip(id, path);
}

void ExperimentsPage::askExportPredictions()
{
    const qint64 id = currentRunId();
    const store::RunInfo* run = m_runs->runAt(m_runs->rowOfRun(id));
    const QString path = askSaveFile(tr("Export Predictions"),
                                     safeFileName(run ? run->name : QString()) + QStringLiteral("-predictions.csv"),
                                     tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportPredictions(id, path);
}

void ExperimentsPage::askExportReport()
{
    const qint64 id = currentRunId();
    const store::RunInfo* run = m_runs->runAt(m_runs->rowOfRun(id));
    const QString path = askSaveFile(tr("Export Report"),
                                     safeFileName(run ? run->name : QString()) + QStringLiteral("-report.pdf"),
                                     tr("PDF documents (*.pdf);;HTML pages (*.html)"));
    if (!path.isEmpty())
        exportReport(id, path);
}

void ExperimentsPage::exportBundleFolder(qint64 runId, const QString& dir)
{
    runExport(JobKind::ExportBundle, tr("Exporting the model of run %1").arg(runId), dir,
              [runId, dir](store::ProjectStore& p) { return StoredRun::exportBundleFolder(p, runId, dir); });
}

void ExperimentsPage::exportBundleZip(qint64 runId, const QString& zipPath)
{
    runExport(JobKind::ExportBundle, tr("Exporting the model of run %1").arg(runId), zipPath,
              [runId, zipPath](store::ProjectStore& p) { return StoredRun::exportBundleZip(p, runId, zipPath); });
}

void ExperimentsPage::exportPredictions(qint64 runId, const QString& csvPath)
{
    runExport(JobKind::ExportPredictions, tr("Exporting the predictions of run %1").arg(runId), csvPath,
              [runId, csvPath](store::ProjectStore& p) { return StoredRun::exportPredictionsCsv(p, runId, csvPath); });
}

void ExperimentsPage::exportReport(qint64 runId, const QString& path)
{
    runExport(JobKind::ExportReport, tr("Writing the report of run %1").arg(runId), path,
              [runId, path](store::ProjectStore& p) { return StoredRun::exportReport(p, runId, path); });
}

void ExperimentsPage::runExport(const QString& kind, const QString& title, const QString& path,
                                std::function<Status(store::ProjectStore&)> work)
{
    if (!m_project->isOpen())
        return;
    const std::shared_ptr<store::ProjectStore> project = m_project->store();
    m_project->jobs()->run<Status>(
        kind, title, [project, work = std::move(work)](JobControl*) { return work(*project); }, this,
        [this, path](Status s) {
            if (!s.ok()) {
                const QString message = s.error().toString();
                showError(tr("Export"), tr("Error writing '%1':\n%2").arg(QDir::toNativeSeparators(path), message));
                Q_EMIT exportFinished(path, false, message);
                return;
            }
            Q_EMIT statusMessage(tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
            Q_EMIT exportFinished(path, true, QString());
        });
}

ScoreDataDialog* ExperimentsPage::showScoreDialog(qint64 runId)
{
    if (!m_project->isOpen())
        return nullptr;
    if (m_scoreDialog)
        m_scoreDialog->close();
    auto* dialog = new ScoreDataDialog(m_project, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (runId > 0)
        dialog->setRun(runId);
    m_scoreDialog = dialog;
    dialog->show();
    return dialog;
}

void ExperimentsPage::showError(const QString& title, const QString& message)
{
    // Non-blocking: the window stays responsive and tests can close it.
    auto* box = new QMessageBox(QMessageBox::Critical, title, message, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("experimentsErrorBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

// --- Screenshots ------------------------------------------------------------------------------

QStringList ExperimentsPage::screenshotViews() const
{
    if (m_runs->rowCount() == 0)
        return {};
    return {QStringLiteral("curves"), QStringLiteral("metrics"), QStringLiteral("settings")};
}

void ExperimentsPage::showScreenshotView(const QString& view)
{
    QList<qint64> ids;
    for (int r = 0; r < m_filter->rowCount() && ids.size() < 4; ++r)
        ids << m_filter->index(r, 0).data(static_cast<int>(RunsRole::RunId)).toLongLong();
    selectRuns(ids);
    if (view == QLatin1String("curves"))
        m_compare->setCurrentTab(RunCompareView::CurvesTab);
    else if (view == QLatin1String("metrics"))
        m_compare->setCurrentTab(RunCompareView::MetricsTab);
    else if (view == QLatin1String("settings"))
        m_compare->setCurrentTab(RunCompareView::ParamsTab);
}

} // namespace pp
