#pragma once

#include "pipeline_preview.h"
#include "screenshot_views.h"

#include <QHash>
#include <QVariantMap>
#include <QWidget>

#include <memory>
#include <vector>

class QAction;
class QLabel;
class QListView;
class QMenu;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QTimer;
class QToolBar;
class QToolButton;

namespace pp {

class BeforeAfterPanel;
class EmptyState;
class PipelineDocument;
class PipelineStepModel;
class Session;
class SplitSettingsWidget;
class StepForm;
class TableModel;

/// The Prepare page: build the preprocessing pipeline with forms, no code.
///
/// - Left: the steps (add from a categorized menu, drag to reorder, check box to enable,
///   delete, duplicate; every edit undoable) and the run settings (target, split).
/// - Centre: the form of the selected step, generated from its ParamSpecs, with inline errors
///   and the step's description (with fitted values after a preview).
/// - Right: the live preview, recomputed off the GUI thread 250 ms after the last change (a
///   newer preview supersedes a running one): the first rows of the training table after the
///   pipeline, and before/after mini-histograms of the selected step. The pipeline is fitted
///   on the training rows only, on at most previewRowCap() of them (a seeded sample, and the
///   page says so); the Train page fits on all of them.
///
/// The pipeline itself lives in Session::pipeline() (PipelineDocument) so that other pages
/// read it and propose steps (Session::proposeStep()).
class PreparePage : public QWidget, public ScreenshotViews
{
    Q_OBJECT
public:
    explicit PreparePage(Session* session, QWidget* parent = nullptr);
    ~PreparePage() override;

    /// Actions the main window puts in its menus: Edit ▸ Undo/Redo (the pipeline's undo
    /// stack, Ctrl+Z / Ctrl+Shift+Z) and File ▸ Open pipeline…/Save pipeline….
    QAction* undoAction() const { return m_undoAction; }
    QAction* redoAction() const { return m_redoAction; }
    QAction* openPipelineAction() const { return m_openPipelineAction; }
    QAction* savePipelineAction() const { return m_savePipelineAction; }
    /// Puts `action` (the main window's Project Pipelines…) on the tool bar, after Save
    /// Pipeline: the pipelines kept in the open project.
    void addPipelineAction(QAction* action);

    /// Replaces the pipeline with the one in `path` (undoable). On failure shows "Error
    /// opening '<file>': <reason>" and returns false; nothing changes.
    bool openPipelineFile(const QString& path);
    /// Writes the pipeline (docs/pipeline.md format) to `path`.
    bool savePipelineFile(const QString& path);
    /// The message of the last failed open or save ("" after a success).
    const QString& lastFileError() const { return m_lastFileError; }
    /// Replaces the steps with the recommended ones for the current table: drop identifiers
    /// and free text, date parts, median / most-frequent imputation, one-hot encoding,
    /// standard scaling (core's defaultPipeline for a model that needs scaling).
    void useRecommendedPipeline();
    /// Adds a step of `kind` after the selected one (or at the end) and selects it.
    void addStep(const QString& kind);

    int currentStep() const;
    void setCurrentStep(int index);

    /// The JobRunner kind of the preview job (one runs at a time).
    static const QString& previewJobKind();
    /// Starts the preview now (no debounce). Done when previewUpdated() is emitted.
    void refreshPreview();
    /// Cap on the training rows the preview fits on (default 50,000).
    void setPreviewRowCap(std::size_t rows) { m_previewRowCap = rows; }
    std::size_t previewRowCap() const { return m_previewRowCap; }
    bool isPreviewPending() const;
    /// The last preview shown.
    const PreviewResult& preview() const { return m_preview; }

    // The widgets, for tests and the screenshot runner.
    EmptyState* emptyState() const { return m_emptyState; }
    QListView* stepList() const { return m_stepList; }
    PipelineStepModel* stepModel() const { return m_stepModel; }
    StepForm* stepForm() const { return m_form; }
    QMenu* addStepMenu() const { return m_addMenu; }
    SplitSettingsWidget* splitSettings() const { return m_split; }
    QTableView* previewTable() const { return m_previewView; }
    TableModel* previewModel() const { return m_previewModel; }
    BeforeAfterPanel* beforeAfterPanel() const { return m_beforeAfter; }
    QTabWidget* previewTabs() const { return m_tabs; }
    QString previewStatusText() const;
    QString previewErrorText() const;
    QPushButton* recommendedButton() const { return m_recommendedButton; }
    QAction* deleteAction() const { return m_deleteAction; }
    QAction* duplicateAction() const { return m_duplicateAction; }
    QAction* moveUpAction() const { return m_moveUpAction; }
    QAction* moveDownAction() const { return m_moveDownAction; }

    QStringList screenshotViews() const override;
    void showScreenshotView(const QString& view) override;

Q_SIGNALS:
    /// The user asked to go to the Data page (to load a data set).
    void dataPageRequested();
    /// A short message for the status bar (a proposed step arrived, a file was saved).
    void statusMessage(const QString& message, int timeoutMs);
    /// A preview finished and is shown.
    void previewUpdated();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void createActions();
    QWidget* createStepsPanel();
    QWidget* createFormPanel();
    QWidget* createPreviewPanel();
    void buildAddMenu();

    void onDatasetChanged();
    void onPipelineChanged();
    void onCurrentStepChanged();
    void onStepChanged(int index);
    void onFormEdited(const QString& key, const QVariant& value);
    void onRunSettingsEdited();
    void updateActions();
    void updateFormArea();
    void schedulePreview();
    void showPreview(PreviewResult result);
    void showBeforeAfter();
    void chooseAndOpenPipeline();
    void chooseAndSavePipeline();
    void showFileError(const QString& title, const QString& message);

    Session* m_session;
    PipelineDocument* m_document;

    QStackedWidget* m_stack;
    EmptyState* m_emptyState;
    QWidget* m_body;
    QSplitter* m_splitter;

    QListView* m_stepList;
    PipelineStepModel* m_stepModel;
    QToolButton* m_addButton;
    QMenu* m_addMenu;
    SplitSettingsWidget* m_split;

    QStackedWidget* m_formStack;
    QWidget* m_intro;
    QLabel* m_introText;
    QPushButton* m_recommendedButton;
    QLabel* m_noSelection;
    StepForm* m_form;

    QLabel* m_previewStatus;
    QLabel* m_previewError;
    QTabWidget* m_tabs;
    QTableView* m_previewView;
    TableModel* m_previewModel;
    BeforeAfterPanel* m_beforeAfter;

    QAction* m_undoAction = nullptr;
    QAction* m_redoAction = nullptr;
    QAction* m_openPipelineAction = nullptr;
    QAction* m_savePipelineAction = nullptr;
    QAction* m_recommendedAction = nullptr;
    QAction* m_deleteAction = nullptr;
    QAction* m_duplicateAction = nullptr;
    QAction* m_moveUpAction = nullptr;
    QAction* m_moveDownAction = nullptr;
    QToolBar* m_toolBar = nullptr;
    QAction* m_afterFileActions = nullptr; ///< the separator after Open/Save Pipeline

    QTimer* m_previewTimer;
    bool m_previewDirty = true;
    std::size_t m_previewRowCap = 50000;
    PreviewResult m_preview;
    bool m_previewFresh = false; ///< m_preview describes the pipeline as it is now
    QVariantMap m_pending; ///< form values the document refused, retried with the next edit
    QHash<QString, QString> m_pendingErrors; ///< key -> why it was refused
    bool m_editing = false; ///< onFormEdited() is changing the document
    QString m_lastFileError;
    QString m_formKind;
    int m_formStep = -1;
};

} // namespace pp
