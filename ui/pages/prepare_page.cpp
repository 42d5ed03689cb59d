#include "prepare_page.h"

#include "icons.h"
#include "job_runner.h"
#include "ml/trainer.h"
#include "models/pipeline_step_model.h"
#include "models/table_model.h"
#include "pipeline_document.h"
#include "session.h"
#include "settings.h"
#include "widgets/before_after_panel.h"
#include "widgets/empty_state.h"
#include "widgets/split_settings_widget.h"
#include "widgets/step_form.h"
#include "widgets/table_view_utils.h"

#include <QAction>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace pp {

namespace {

constexpr int kPreviewDelayMs = 250;

/// Category order of the Add step menu (docs/pipeline.md order).
const char* const kCategories[] = { "columns", "missing", "outliers", "transform", "scale", "encode",
    "construct", "select", "text", "sequence", "resample" };

QLabel* makeBanner(QWidget* parent, const QColor& background, const QColor& border)
{
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setMargin(6);
    label->setStyleSheet(
        QStringLiteral("QLabel { background: %1; border: 1px solid %2; border-radius: 3px; }")
            .arg(background.name(), border.name()));
    return label;
}

} // namespace

PreparePage::PreparePage(Session* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_document(session->pipeline())
    , m_stack(new QStackedWidget(this))
    , m_emptyState(new EmptyState(this))
    , m_previewTimer(new QTimer(this))
{
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(kPreviewDelayMs);
    connect(m_previewTimer, &QTimer::timeout, this, &PreparePage::refreshPreview);

    m_emptyState->setIcon(icons::named("page_prepare"));
    connect(m_emptyState, &EmptyState::actionTriggered, this, &PreparePage::dataPageRequested);

    createActions();
    // Also here, so that the shortcuts work without the main window's Edit menu.
    addAction(m_undoAction);
    addAction(m_redoAction);
    m_body = new QWidget(this);
    auto* bodyLayout = new QVBoxLayout(m_body);
    bodyLayout->setContentsMargins(6, 6, 6, 6);
    auto* toolBar = new QToolBar(m_body);
    toolBar->setObjectName(QStringLiteral("prepareToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->setIconSize(QSize(16, 16));
    m_addButton = new QToolButton(toolBar);
    m_addButton->setObjectName(QStringLiteral("addStepButton"));
    m_addButton->setText(tr("Add Step"));
    m_addButton->setIcon(style()->standardIcon(QStyle::SP_FileDialogNewFolder));
    m_addButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_addButton->setPopupMode(QToolButton::InstantPopup);
    m_addButton->setToolTip(tr("Add a preprocessing step after the selected one"));
    m_addMenu = new QMenu(m_addButton);
    m_addMenu->setToolTipsVisible(true);
    m_addButton->setMenu(m_addMenu);
    buildAddMenu();
    toolBar->addWidget(m_addButton);
    toolBar->addAction(m_duplicateAction);
    toolBar->addAction(m_deleteAction);
    toolBar->addAction(m_moveUpAction);
    toolBar->addAction(m_moveDownAction);
    toolBar->addSeparator();
    // The actions' texts name the edit ("Undo Add “Impute”"), right for the Edit menu but
    // too wide for a tool bar: fixed labels here, the full text as tooltip.
    for (QAction* action : { m_undoAction, m_redoAction }) {
        auto* button = new QToolButton(toolBar);
        button->setText(action == m_undoAction ? tr("Undo") : tr("Redo"));
        button->setIcon(action->icon());
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setAutoRaise(true);
        auto sync = [button, action]() {
            button->setEnabled(action->isEnabled());
            button->setToolTip(action->text());
        };
        connect(action, &QAction::changed, button, sync);
        connect(button, &QToolButton::clicked, action, &QAction::trigger);
        sync();
        toolBar->addWidget(button);
    }
    toolBar->addSeparator();
    toolBar->addAction(m_openPipelineAction);
    toolBar->addAction(m_savePipelineAction);
    m_afterFileActions = toolBar->addSeparator();
    m_toolBar = toolBar;
    toolBar->addAction(m_recommendedAction);
    bodyLayout->addWidget(toolBar);

    m_splitter = new QSplitter(Qt::Horizontal, m_body);
    m_splitter->setObjectName(QStringLiteral("prepareSplitter"));
    m_splitter->addWidget(createStepsPanel());
    m_splitter->addWidget(createFormPanel());
    m_splitter->addWidget(createPreviewPanel());
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 0);
    m_splitter->setStretchFactor(2, 1);
    m_splitter->setSizes({ 250, 330, 520 });
    m_splitter->restoreState(kPreparePageSplitter.get());
    connect(m_splitter, &QSplitter::splitterMoved, this,
        [this]() { kPreparePageSplitter.set(m_splitter->saveState()); });
    bodyLayout->addWidget(m_splitter, 1);

    m_stack->addWidget(m_emptyState);
    m_stack->addWidget(m_body);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_session, &Session::datasetChanged, this, &PreparePage::onDatasetChanged);
    connect(m_session, &Session::stepProposed, this, [this](const QJsonObject& step) {
        const StepInfo* info = StepRegistry::instance().find(step.value(QStringLiteral("kind")).toString());
        const QString name
            = info && info->displayName ? info->displayName() : step.value(QStringLiteral("kind")).toString();
        Q_EMIT statusMessage(tr("Step “%1” added to the pipeline on the Prepare page.").arg(name), 6000);
    });
    connect(m_document, &PipelineDocument::changed, this, &PreparePage::onPipelineChanged);
    connect(m_document, &PipelineDocument::stepChanged, this, &PreparePage::onStepChanged);
    connect(m_document, &PipelineDocument::stepInserted, this, [this](int i) { setCurrentStep(i); });
    connect(m_document, &PipelineDocument::stepRemoved, this,
        [this](int i) { setCurrentStep(std::min(i, m_document->stepCount() - 1)); });
    connect(m_document, &PipelineDocument::stepMoved, this, [this](int, int to) { setCurrentStep(to); });
    connect(m_document, &PipelineDocument::reset, this,
        [this]() { setCurrentStep(m_document->stepCount() > 0 ? 0 : -1); });
    connect(m_document, &PipelineDocument::runSettingsChanged, this, [this]() {
        m_previewFresh = false;
        m_split->setSettings(m_document->target(), m_document->split());
        schedulePreview();
    });
    connect(m_session->jobs(), &JobRunner::jobFinished, this, [this](const QString& kind, bool completed) {
        if (kind == previewJobKind() && !completed) {
            m_previewStatus->setText(
                tr("The preview was cancelled. It is computed again with the next change, "
                   "or press Refresh."));
            m_previewDirty = true;
        }
    });

    onDatasetChanged();
}

PreparePage::~PreparePage() = default;

void PreparePage::addPipelineAction(QAction* action)
{
    m_toolBar->insertAction(m_afterFileActions, action);
}

void PreparePage::createActions()
{
    QUndoStack* stack = m_document->undoStack();
    m_undoAction = stack->createUndoAction(this, tr("Undo"));
    // Keyboard shortcuts live on Edit › Undo/Redo (MainWindow's undo group, which makes this
    // stack active on this page); two actions with the same keys would be ambiguous.
    m_undoAction->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));
    m_undoAction->setObjectName(QStringLiteral("pipelineUndo"));
    m_redoAction = stack->createRedoAction(this, tr("Redo"));
    m_redoAction->setIcon(style()->standardIcon(QStyle::SP_ArrowForward));
    m_redoAction->setObjectName(QStringLiteral("pipelineRedo"));

    m_openPipelineAction
        = new QAction(style()->standardIcon(QStyle::SP_DialogOpenButton), tr("Open Pipeline…"), this);
    m_openPipelineAction->setToolTip(tr("Replace the steps with those of a pipeline file (JSON)"));
    connect(m_openPipelineAction, &QAction::triggered, this, &PreparePage::chooseAndOpenPipeline);
    m_savePipelineAction
        = new QAction(style()->standardIcon(QStyle::SP_DialogSaveButton), tr("Save Pipeline…"), this);
    m_savePipelineAction->setToolTip(tr("Save the steps to a pipeline file (JSON) for another data set or "
                                        "ppstudio-cli prepare"));
    connect(m_savePipelineAction, &QAction::triggered, this, &PreparePage::chooseAndSavePipeline);
    m_recommendedAction = new QAction(tr("Recommended"), this);
    m_recommendedAction->setToolTip(tr("Replace the steps with the recommended pipeline for this table"));
    connect(m_recommendedAction, &QAction::triggered, this, &PreparePage::useRecommendedPipeline);

    m_duplicateAction = new QAction(tr("Duplicate"), this);
    m_duplicateAction->setToolTip(tr("Insert a copy of the selected step after it"));
    connect(
        m_duplicateAction, &QAction::triggered, this, [this]() { m_document->duplicateStep(currentStep()); });
    m_deleteAction = new QAction(style()->standardIcon(QStyle::SP_TrashIcon), tr("Delete"), this);
    m_deleteAction->setToolTip(tr("Delete the selected step"));
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_deleteAction, &QAction::triggered, this, [this]() { m_document->removeStep(currentStep()); });
    m_moveUpAction = new QAction(style()->standardIcon(QStyle::SP_ArrowUp), tr("Up"), this);
    m_moveUpAction->setToolTip(tr("Move the selected step up (or drag it in the list)"));
    connect(m_moveUpAction, &QAction::triggered, this, [this]() {
        const int i = currentStep();
        m_document->moveStep(i, i - 1);
    });
    m_moveDownAction = new QAction(style()->standardIcon(QStyle::SP_ArrowDown), tr("Down"), this);
    m_moveDownAction->setToolTip(tr("Move the selected step down (or drag it in the list)"));
    connect(m_moveDownAction, &QAction::triggered, this, [this]() {
        const int i = currentStep();
        m_document->moveStep(i, i + 1);
    });
}

void PreparePage::buildAddMenu()
{
    registerPrepSteps();
    const std::vector<const StepInfo*> all = StepRegistry::instance().all();
    for (const char* category : kCategories) {
        QMenu* sub = nullptr;
        for (const StepInfo* info : all) {
            if (info->category != QLatin1String(category))
                continue;
            if (!sub) {
                sub = m_addMenu->addMenu(stepCategoryDisplayName(info->category));
                sub->setToolTipsVisible(true);
            }
            QAction* action = sub->addAction(info->displayName ? info->displayName() : info->kind);
            action->setData(info->kind);
            action->setObjectName(QStringLiteral("add_") + info->kind);
            if (info->description)
                action->setToolTip(info->description());
            const QString kind = info->kind;
            connect(action, &QAction::triggered, this, [this, kind]() { addStep(kind); });
        }
    }
}

QWidget* PreparePage::createStepsPanel()
{
    auto* panel = new QWidget(this);
    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 4, 0);

    auto* stepsBox = new QGroupBox(tr("Steps"), panel);
    auto* stepsLayout = new QVBoxLayout(stepsBox);
    m_stepModel = new PipelineStepModel(m_document, this);
    m_stepList = new QListView(stepsBox);
    m_stepList->setObjectName(QStringLiteral("stepList"));
    m_stepList->setModel(m_stepModel);
    m_stepList->setSelectionMode(QAbstractItemView::SingleSelection);
    m_stepList->setDragEnabled(true);
    m_stepList->setAcceptDrops(true);
    m_stepList->setDropIndicatorShown(true);
    m_stepList->setDragDropMode(QAbstractItemView::InternalMove);
    m_stepList->setDefaultDropAction(Qt::MoveAction);
    m_stepList->setSpacing(1);
    m_stepList->addAction(m_deleteAction);
    auto* hint = new QLabel(tr("Drag to reorder; untick to skip a step."), stepsBox);
    hint->setWordWrap(true);
    QPalette muted = hint->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::Disabled, QPalette::WindowText));
    hint->setPalette(muted);
    stepsLayout->addWidget(m_stepList, 1);
    stepsLayout->addWidget(hint);
    connect(m_stepList->selectionModel(), &QItemSelectionModel::currentChanged, this,
        &PreparePage::onCurrentStepChanged);

    auto* rowsBox = new QGroupBox(tr("Rows"), panel);
    auto* rowsLayout = new QVBoxLayout(rowsBox);
    m_split = new SplitSettingsWidget(rowsBox);
    rowsLayout->addWidget(m_split);
    connect(m_split, &SplitSettingsWidget::changed, this, &PreparePage::onRunSettingsEdited);

    layout->addWidget(stepsBox, 1);
    layout->addWidget(rowsBox);
    panel->setMinimumWidth(220);
    return panel;
}

QWidget* PreparePage::createFormPanel()
{
    m_formStack = new QStackedWidget(this);

    m_intro = new QWidget(m_formStack);
    auto* introLayout = new QVBoxLayout(m_intro);
    auto* introTitle = new QLabel(tr("Build the preparation pipeline"), m_intro);
    QFont titleFont = introTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    introTitle->setFont(titleFont);
    introTitle->setWordWrap(true);
    m_introText = new QLabel(m_intro);
    m_introText->setWordWrap(true);
    m_introText->setTextFormat(Qt::RichText);
    m_recommendedButton = new QPushButton(tr("Start from the Recommended Pipeline"), m_intro);
    m_recommendedButton->setObjectName(QStringLiteral("recommendedButton"));
    m_recommendedButton->setDefault(true);
    connect(m_recommendedButton, &QPushButton::clicked, this, &PreparePage::useRecommendedPipeline);
    auto* orAdd
        = new QLabel(tr("…or add steps one by one with “Add Step”, or open a saved pipeline."), m_intro);
    orAdd->setWordWrap(true);
    introLayout->addWidget(introTitle);
    introLayout->addWidget(m_introText);
    introLayout->addSpacing(8);
    introLayout->addWidget(m_recommendedButton, 0, Qt::AlignLeft);
    introLayout->addWidget(orAdd);
    introLayout->addStretch(1);

    m_noSelection = new QLabel(tr("Select a step to change its settings."), m_formStack);
    m_noSelection->setAlignment(Qt::AlignCenter);
    m_noSelection->setWordWrap(true);

    m_form = new StepForm;
    m_form->setObjectName(QStringLiteral("stepForm"));
    connect(m_form, &StepForm::edited, this, &PreparePage::onFormEdited);
    auto* scroll = new QScrollArea(m_formStack);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_form);

    m_formStack->addWidget(m_intro);
    m_formStack->addWidget(m_noSelection);
    m_formStack->addWidget(scroll);
    m_formStack->setMinimumWidth(280);
    return m_formStack;
}

QWidget* PreparePage::createPreviewPanel()
{
    auto* panel = new QWidget(this);
    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(4, 0, 0, 0);
    auto* statusRow = new QHBoxLayout;
    m_previewStatus = new QLabel(panel);
    m_previewStatus->setObjectName(QStringLiteral("previewStatus"));
    m_previewStatus->setWordWrap(true);
    auto* refresh = new QToolButton(panel);
    refresh->setText(tr("Refresh"));
    refresh->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    refresh->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    refresh->setAutoRaise(true);
    refresh->setToolTip(tr("Compute the preview again"));
    connect(refresh, &QToolButton::clicked, this, &PreparePage::refreshPreview);
    statusRow->addWidget(m_previewStatus, 1);
    statusRow->addWidget(refresh, 0, Qt::AlignTop);
    m_previewError = makeBanner(panel, QColor(0xfd, 0xec, 0xea), QColor(0xe5, 0x9a, 0x93));
    m_previewError->setObjectName(QStringLiteral("previewError"));
    m_previewError->setVisible(false);

    m_tabs = new QTabWidget(panel);
    m_previewView = new QTableView(m_tabs);
    m_previewView->setObjectName(QStringLiteral("previewTable"));
    m_previewModel = new TableModel(this);
    m_previewView->setModel(m_previewModel);
    configureLargeTableView(m_previewView);
    m_beforeAfter = new BeforeAfterPanel(m_tabs);
    m_tabs->addTab(m_previewView, tr("Preview"));
    m_tabs->addTab(m_beforeAfter, tr("Before / After"));

    layout->addLayout(statusRow);
    layout->addWidget(m_previewError);
    layout->addWidget(m_tabs, 1);
    return panel;
}

void PreparePage::onDatasetChanged()
{
    const std::shared_ptr<const Table> table = m_session->table();
    m_split->setTable(table);
    if (!m_session->hasData()) {
        m_emptyState->setTitle(tr("No data yet"));
        m_emptyState->setText(tr("Load a dataset on the Data page first."));
        m_emptyState->setActionText(tr("Go to the Data Page"));
        m_stack->setCurrentWidget(m_emptyState);
        m_previewTimer->stop();
        m_session->jobs()->cancel(previewJobKind());
        m_previewModel->setTable(nullptr);
        m_preview = PreviewResult();
        updateActions();
        return;
    }
    // A target the new table lacks would make every split fail; a column marked as the
    // target in the data is the natural default.
    QString target = m_document->target();
    if (!target.isEmpty() && !table->find(target))
        target.clear();
    if (target.isEmpty()) {
        for (const Column& c : table->columns())
            if (c.role() == ColumnRole::Target && target.isEmpty())
                target = c.name();
    }
    m_document->setTarget(target);
    m_split->setSettings(m_document->target(), m_document->split());
    const QString name = QFileInfo(m_session->path()).fileName().toHtmlEscaped();
    m_introText->setText(tr("Steps get %1 ready for modelling: handle missing values and outliers, transform "
                            "and scale numbers, "
                            "encode categories, build and select features. Each step is fitted on the "
                            "<b>training rows only</b> "
                            "and replayed unchanged on validation, test and new data, so nothing leaks from "
                            "the rows a model is "
                            "judged on.")
                             .arg(QStringLiteral("<b>%1</b>").arg(name))
        + QStringLiteral("<br><br>")
        + tr("The recommended pipeline drops identifier and free-text columns, turns dates into parts, fills "
             "missing values (median, most frequent), one-hot encodes categories and standardises numbers."));
    m_stack->setCurrentWidget(m_body);
    updateFormArea();
    updateActions();
    schedulePreview();
}

void PreparePage::onPipelineChanged()
{
    m_previewFresh = false;
    updateActions();
    updateFormArea();
    schedulePreview();
}

void PreparePage::onStepChanged(int index)
{
    if (index != currentStep())
        return;
    if (!m_editing) {
        // Undo, redo or another page changed the step: what the form held back is moot.
        m_pending.clear();
        m_pendingErrors.clear();
    }
    updateFormArea();
}

int PreparePage::currentStep() const
{
    const QModelIndex current = m_stepList->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void PreparePage::setCurrentStep(int index)
{
    if (index < 0 || index >= m_stepModel->rowCount()) {
        m_stepList->selectionModel()->clear();
        m_stepList->setCurrentIndex(QModelIndex());
        onCurrentStepChanged();
        return;
    }
    const QModelIndex i = m_stepModel->index(index);
    m_stepList->selectionModel()->setCurrentIndex(i, QItemSelectionModel::ClearAndSelect);
    m_stepList->scrollTo(i);
}

void PreparePage::onCurrentStepChanged()
{
    updateActions();
    updateFormArea();
    // The before/after charts are of the selected step: they need its input and output.
    if (m_preview.chartStep != currentStep())
        schedulePreview();
}

void PreparePage::updateActions()
{
    const int i = currentStep();
    const int n = m_document->stepCount();
    m_duplicateAction->setEnabled(i >= 0);
    m_deleteAction->setEnabled(i >= 0);
    m_moveUpAction->setEnabled(i > 0);
    m_moveDownAction->setEnabled(i >= 0 && i + 1 < n);
    m_savePipelineAction->setEnabled(n > 0);
    m_recommendedAction->setEnabled(m_session->hasData());
    m_recommendedButton->setEnabled(m_session->hasData());
}

void PreparePage::updateFormArea()
{
    const int i = currentStep();
    if (m_document->stepCount() == 0) {
        m_formStack->setCurrentWidget(m_intro);
        m_formStep = -1;
        m_formKind.clear();
        return;
    }
    if (i < 0) {
        m_formStack->setCurrentIndex(1);
        m_formStep = -1;
        m_formKind.clear();
        return;
    }
    m_formStack->setCurrentIndex(2);
    std::vector<PreviewColumn> columns;
    if (i < static_cast<int>(m_preview.steps.size()) && !m_preview.steps[i].inputColumns.empty()) {
        columns = m_preview.steps[i].inputColumns;
    } else if (const auto table = m_session->table()) {
        columns = previewColumns(*table);
    }
    const QString kind = m_document->kind(i);
    if (i != m_formStep || kind != m_formKind) {
        m_pending.clear();
        m_pendingErrors.clear();
        m_form->setStep(kind, m_document->params(i), columns);
        m_formStep = i;
        m_formKind = kind;
    } else {
        m_form->setColumns(columns);
        if (m_pending.isEmpty())
            m_form->clearErrors();
        m_form->setValues(m_document->params(i));
    }
    // A failure of this step in the last preview (a setting only fitting can check, such as
    // low < high) is shown in the form as well, under the field it names.
    if (m_pending.isEmpty() && m_previewFresh && m_preview.errorStep == i) {
        const QString named = m_form->keyOfMessage(m_preview.error);
        m_form->setError(named, m_preview.error);
    }
    const QModelIndex index = m_stepModel->index(i);
    QString description = index.data(PipelineStepModel::DescriptionRole).toString();
    if (!m_document->isEnabled(i))
        description += QLatin1Char('\n') + tr("Disabled: the pipeline skips this step.");
    m_form->setDescription(description);
}

void PreparePage::onFormEdited(const QString& key, const QVariant& value)
{
    const int i = currentStep();
    if (i < 0)
        return;
    // Values refused earlier are tried again together with this one, in case this edit is
    // what makes them valid. If the whole set is refused, this value alone may still be
    // fine; the earlier ones then stay refused, and marked.
    m_editing = true;
    QVariantMap changes = m_pending;
    changes.insert(key, value);
    const Status set = m_document->setStepParams(i, changes);
    if (set.ok()) {
        m_pending.clear();
        m_pendingErrors.clear();
    } else {
        const bool onlyThis = m_pending.isEmpty() || (m_pending.size() == 1 && m_pending.contains(key));
        const Status alone = onlyThis ? set : m_document->setStepParams(i, { { key, value } });
        if (alone.ok()) {
            m_pending.remove(key);
            m_pendingErrors.remove(key);
        } else {
            m_pending.insert(key, value);
            m_pendingErrors.insert(key, alone.error().message);
        }
    }
    m_editing = false;
    m_form->clearErrors();
    for (auto it = m_pendingErrors.cbegin(); it != m_pendingErrors.cend(); ++it) {
        const QString named = m_form->keyOfMessage(it.value());
        m_form->setError(named.isEmpty() ? it.key() : named, it.value());
    }
}

void PreparePage::onRunSettingsEdited()
{
    m_document->setTarget(m_split->target());
    m_document->setSplit(m_split->split());
}

void PreparePage::addStep(const QString& kind)
{
    const int at = currentStep() >= 0 ? currentStep() + 1 : m_document->stepCount();
    const Status added = m_document->addStep(kind, at);
    if (!added.ok())
        QMessageBox::warning(this, tr("Add Step"), added.error().message);
}

void PreparePage::useRecommendedPipeline()
{
    const std::shared_ptr<const Table> table = m_session->table();
    if (!table)
        return;
    ModelInfo model;
    model.needsScaling = true;
    const QStringList targets
        = m_document->target().isEmpty() ? QStringList() : QStringList { m_document->target() };
    auto pipeline = defaultPipeline(*table, targets, model);
    Status replaced = pipeline.ok()
        ? m_document->replaceSteps(pipeline->toJson(false), tr("Use the recommended pipeline"))
        : Status::failure(pipeline.error());
    if (!replaced.ok())
        QMessageBox::warning(this, tr("Recommended Pipeline"), replaced.error().message);
}

} // namespace pp
