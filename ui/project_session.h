#pragma once

#include "common/result.h"
#include "store/project_store.h"

#include <QLatin1String>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

class QThreadPool;
class QTimer;
class QUndoStack;

namespace pp {

class JobRunner;
class Session;

namespace JobKind {
inline constexpr QLatin1String StoreDataset{"project-store-dataset"};
inline constexpr QLatin1String LoadStoredDataset{"project-load-dataset"};
} // namespace JobKind

/// The open project (.ppsproj): an SQLite file holding data sets, runs and models, next to
/// the Session's current table. There is no unsaved state: the store commits every change
/// at once (WAL, one transaction per change), so New/Open/Save As/Close never ask to save.
///
/// While a project is open, every data set imported into the Session is stored in it (off
/// the GUI thread); a stored data set can be loaded back into the Session without parsing
/// the file again. Run edits (rename, note, delete) go through undoStack(), which belongs
/// to the open project and is cleared when it changes.
///
/// Runs written to the file from elsewhere (`ppstudio-cli train --project`, another window)
/// show up within kWatchIntervalMs: runsChangedElsewhere() is emitted when SQLite's
/// data_version says another connection committed (a training process commits every epoch:
/// listeners refresh only what is shown, without waiting for the store).
///
/// The Prepare page's pipeline (Session::pipeline(): steps, target and split) is kept in the
/// open project too: saved kPipelineSaveDelayMs after the last change, off the GUI thread,
/// into the project's "current" pipeline (currentPipelineId()). Opening a project restores its
/// most recently saved pipeline into the Prepare page (a reset: the page's undo history is
/// cleared, so that undo cannot write another pipeline's steps into it); a project without
/// one takes the pipeline the page holds. openPipeline() switches to another of the project's
/// named pipelines, savePipelineAsNew() starts one. Undo history is not kept.
///
/// The store is shared (std::shared_ptr): a background job or a run being recorded keeps
/// writing to the project it started with even if the user switches projects meanwhile.
class ProjectSession : public QObject
{
    Q_OBJECT
public:
    ProjectSession(Session* session, JobRunner* jobs, QObject* parent = nullptr);
    ~ProjectSession() override;

    /// The file extension, without the dot ("ppsproj"), and the file-dialog filter.
    static QString fileSuffix();
    static QString fileDialogFilter();

    bool isOpen() const { return m_store != nullptr; }
    const std::shared_ptr<store::ProjectStore>& store() const { return m_store; }
    /// The project file ("" when none is open).
    QString path() const;
    /// What the window title shows: the file name without the extension.
    QString name() const;
    QUndoStack* undoStack() const { return m_undoStack; }
    Session* session() const { return m_session; }
    JobRunner* jobs() const { return m_jobs; }

    /// Creates a new, empty project at `path` (an existing file there is replaced, as the
    /// save dialog confirmed) and opens it; the Session's current data set, if any, is
    /// stored in it. On failure `error` says why and nothing changes.
    bool newProject(const QString& path, QString* error);
    /// Opens an existing project. A newer, damaged or foreign file is refused: `error` says
    /// why, the file is not changed and the current project stays open.
    bool open(const QString& path, QString* error);
    /// Writes a compact copy to `path` and switches to it (File › Save Project As).
    bool saveAs(const QString& path, QString* error);
    void close();

    /// Recent projects (kRecentProjects), newest first; missing files are dropped.
    static QStringList recentProjects();
    static void addRecentProject(const QString& path);
    static void clearRecentProjects();

    /// The project's id of the Session's current table (0 = not stored in this project, or
    /// still being stored), and the data set's name.
    qint64 currentDatasetId() const { return m_currentDatasetId; }
    QString currentDatasetName() const;
    /// Stores the Session's current table in the project (off the GUI thread); done
    /// automatically after each import while a project is open.
    void storeCurrentDataset();
    /// Loads stored data set `id` into the Session (off the GUI thread, no re-parsing).
    void loadDataset(qint64 id);

    /// Tells observers that runs changed outside this class (a run was recorded).
    void notifyRunsChanged() { Q_EMIT runsChanged(); }
    /// Looks for commits by other processes now (otherwise every kWatchIntervalMs).
    void checkForOutsideChanges();

    // --- The Prepare page's pipeline --------------------------------------------------------
    /// The project's pipeline that the Prepare page's is saved into (0 = none yet: the next
    /// change creates it), and its name.
    qint64 currentPipelineId() const { return m_pipelineId; }
    QString currentPipelineName() const;
    /// Saves the Prepare page's pipeline now if it changed since it was last saved (otherwise
    /// done kPipelineSaveDelayMs after the last change). Off the GUI thread.
    void savePipelineNow();
    /// Blocks until every queued pipeline write is done (closing, tests).
    void waitForPipelineWrites();
    /// Replaces the Prepare page's pipeline with the project's pipeline `id` (steps, target,
    /// split; a reset that clears the page's undo history); later changes are saved into it. The pipeline being edited
    /// is saved first. On failure `error` says why and nothing changes.
    bool openPipeline(qint64 id, QString* error);
    /// Saves the Prepare page's pipeline as a new pipeline `name` of the project; later
    /// changes are saved into it.
    void savePipelineAsNew(const QString& name);

    static constexpr int kWatchIntervalMs = 2000;
    static constexpr int kPipelineSaveDelayMs = 800;
    /// An edit of the project failed (from an undo command); shown by the main window.
    void reportEditError(const QString& message) { Q_EMIT editFailed(message); }

Q_SIGNALS:
    /// A project was opened, created, switched to (Save As) or closed.
    void projectChanged();
    /// Runs were added, edited, deleted or restored.
    void runsChanged();
    /// Another connection (`ppstudio-cli train --project`, another window) committed to the
    /// project: runs may have changed. Checked every kWatchIntervalMs.
    void runsChangedElsewhere();
    void datasetsChanged();
    /// The Session's current table is now stored in the project as `id`.
    void datasetStored(qint64 id);
    /// Storing or loading a data set failed; `message` is translated.
    void datasetError(const QString& message);
    void editFailed(const QString& message);
    /// The Prepare page's pipeline is saved in the project as pipeline `id`.
    void pipelineSaved(qint64 id);
    /// The project's pipeline `name` was put on the Prepare page (a project was opened, or
    /// openPipeline()); `others` = how many more pipelines the project has.
    void pipelineRestored(const QString& name, int others);
    /// Saving the pipeline failed (shown briefly: it is tried again with the next change).
    void pipelineSaveFailed(const QString& message);
    /// A stored pipeline could not be put on the Prepare page; `message` is translated.
    void pipelineError(const QString& message);
    /// Pipelines were added to the project (or renamed).
    void pipelinesChanged();

private:
    /// What setStore() does with the Prepare page's pipeline: restore the project's (open,
    /// new) or keep saving into the same pipeline id (Save As: the copy has the same ids).
    enum class PipelineOnSwitch { Restore, Keep };
    void setStore(std::shared_ptr<store::ProjectStore> store, PipelineOnSwitch pipeline = PipelineOnSwitch::Restore);
    void onSessionDatasetChanged();
    void onPipelineChanged();
    /// Restores the project's most recent pipeline, or saves the page's into a project that
    /// has none. `pageUnsaved`: the page's pipeline was in no project; it is kept in this one
    /// as another pipeline rather than lost.
    void attachPipeline(bool pageUnsaved);
    bool restorePipeline(const store::PipelineInfo& info, QString* error);

    /// The pipeline row the page's pipeline is written to. Its id is set on the writer
    /// thread only (the first save inserts the row); a new slot replaces it on a switch.
    struct PipelineSlot
    {
        std::shared_ptr<store::ProjectStore> store;
        qint64 id = 0;
        QString name;
    };

    Session* m_session;
    JobRunner* m_jobs;
    std::shared_ptr<store::ProjectStore> m_store;
    QUndoStack* m_undoStack;
    qint64 m_currentDatasetId = 0;
    QString m_currentDatasetName;
    /// The table last loaded from (or stored in) the project, so that it isn't stored again.
    std::weak_ptr<const Table> m_storedTable;
    QTimer* m_watch;
    qint64 m_dataVersion = -1;  ///< the store's data_version when last looked at

    std::shared_ptr<PipelineSlot> m_pipelineSlot;  ///< null while no project is open
    qint64 m_pipelineId = 0;                       ///< m_pipelineSlot's id as last reported
    QJsonObject m_savedPipeline;                   ///< what was last saved (or restored)
    bool m_restoringPipeline = false;
    QTimer* m_pipelineTimer;
    QThreadPool* m_pipelineWriter;                 ///< one thread: writes in order
};

} // namespace pp
