#include "project_session.h"

#include "job_runner.h"
#include "pipeline_document.h"
#include "session.h"
#include "settings.h"
#include "store/run_recorder.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMetaObject>
#include <QPointer>
#include <QThreadPool>
#include <QThread>
#include <QTimer>
#include <QUndoStack>

namespace pp {

namespace {

ImportOptions importOptionsFromJson(const QJsonObject& o)
{
    ImportOptions options;
    options.encoding = o.value(QStringLiteral("encoding")).toString();
    const QString delimiter = o.value(QStringLiteral("delimiter")).toString();
    if (delimiter.size() == 1)
        options.delimiter = delimiter.at(0).toLatin1();
    options.sheet = o.value(QStringLiteral("sheet")).toString();
    options.table = o.value(QStringLiteral("table")).toString();
    options.query = o.value(QStringLiteral("query")).toString();
    return options;
}

} // namespace

ProjectSession::ProjectSession(Session* session, JobRunner* jobs, QObject* parent)
    : QObject(parent), m_session(session), m_jobs(jobs), m_undoStack(new QUndoStack(this)),
      m_watch(new QTimer(this)), m_pipelineTimer(new QTimer(this)), m_pipelineWriter(new QThreadPool(this))
{
    m_undoStack->setObjectName(QStringLiteral("projectUndoStack"));
    connect(m_session, &Session::datasetChanged, this, &ProjectSession::onSessionDatasetChanged);
    m_watch->setInterval(kWatchIntervalMs);
    connect(m_watch, &QTimer::timeout, this, &ProjectSession::checkForOutsideChanges);
    m_pipelineTimer->setSingleShot(true);
    m_pipelineTimer->setInterval(kPipelineSaveDelayMs);
    connect(m_pipelineTimer, &QTimer::timeout, this, &ProjectSession::savePipelineNow);
    connect(m_session, &Session::pipelineChanged, this, &ProjectSession::onPipelineChanged);
    // One thread: the pipeline's saves reach the file in the order they were made.
    m_pipelineWriter->setMaxThreadCount(1);
    m_pipelineWriter->setExpiryTimeout(-1);
}

void ProjectSession::checkForOutsideChanges()
{
    if (!m_store)
        return;
    const std::optional<qint64> version = m_store->tryDataVersion();
    if (!version || *version == m_dataVersion)
        return;  // busy (asked again next time) or unchanged
    m_dataVersion = *version;
    Q_EMIT runsChangedElsewhere();
}

ProjectSession::~ProjectSession()
{
    // The Session may already be gone (it is destroyed first): only wait for what is queued.
    m_pipelineWriter->waitForDone();
}

QString ProjectSession::fileSuffix() { return QStringLiteral("ppsproj"); }

QString ProjectSession::fileDialogFilter()
{
    return tr("Purchasing Power Studio projects (*.ppsproj)") + QStringLiteral(";;") + tr("All files (*)");
}

QString ProjectSession::path() const { return m_store ? m_store->path() : QString(); }

QString ProjectSession::name() const { return m_store ? QFileInfo(m_store->path()).completeBaseName() : QString(); }

bool ProjectSession::newProject(const QString& requested, QString* error)
{
    QString path = QFileInfo(requested).absoluteFilePath();
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + fileSuffix();
    const bool replacingCurrent = m_store && QFileInfo(m_store->path()) == QFileInfo(path);
    if (replacingCurrent)
        close();
    if (QFileInfo::exists(path)) {
        // The save dialog asked whether to replace it. The WAL and shared-memory files of the
        // old database must go too, or SQLite would replay them into the new one.
        const QStringList files{path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")};
        for (const QString& file : files) {
            if (QFileInfo::exists(file) && !QFile::remove(file)) {
                if (error)
                    *error = tr("The existing file could not be replaced.");
                return false;
            }
        }
    }
    auto opened = store::ProjectStore::open(path, true);
    if (!opened.ok()) {
        if (error)
            *error = opened.error().message;
        return false;
    }
    setStore(std::shared_ptr<store::ProjectStore>(opened.take()));
    storeCurrentDataset();
    return true;
}

bool ProjectSession::open(const QString& requested, QString* error)
{
    const QString path = QFileInfo(requested).absoluteFilePath();
    if (!QFileInfo(path).isFile()) {
        if (error)
            *error = tr("The file does not exist.");
        return false;
    }
    if (m_store && QFileInfo(m_store->path()) == QFileInfo(path))
        return true;
    auto opened = store::ProjectStore::open(path, false);
    if (!opened.ok()) {
        if (error)
            *error = opened.error().message;
        return false;
    }
    setStore(std::shared_ptr<store::ProjectStore>(opened.take()));
    return true;
}

bool ProjectSession::saveAs(const QString& requested, QString* error)
{
    if (!m_store) {
        if (error)
            *error = tr("No project is open.");
        return false;
    }
    QString path = QFileInfo(requested).absoluteFilePath();
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + fileSuffix();
    if (QFileInfo(m_store->path()) == QFileInfo(path))
        return true;  // every change is already in the file
    const QStringList stale{path + QStringLiteral("-wal"), path + QStringLiteral("-shm")};
    for (const QString& file : stale)
        QFile::remove(file);
    // The copy takes the pipeline as it is now.
    savePipelineNow();
    waitForPipelineWrites();
    const Status copied = m_store->saveCopyAs(path);
    if (!copied.ok()) {
        if (error)
            *error = copied.error().toString();
        return false;
    }
    auto opened = store::ProjectStore::open(path, false);
    if (!opened.ok()) {
        if (error)
            *error = opened.error().message;
        return false;
    }
    // The copy holds the same data sets with the same ids: the current table stays linked.
    const qint64 datasetId = m_currentDatasetId;
    const QString datasetName = m_currentDatasetName;
    const std::weak_ptr<const Table> storedTable = m_storedTable;
    setStore(std::shared_ptr<store::ProjectStore>(opened.take()), PipelineOnSwitch::Keep);
    m_currentDatasetId = datasetId;
    m_currentDatasetName = datasetName;
    m_storedTable = storedTable;
    return true;
}

void ProjectSession::close()
{
    if (!m_store)
        return;
    setStore(nullptr);
}

void ProjectSession::setStore(std::shared_ptr<store::ProjectStore> store, PipelineOnSwitch pipeline)
{
    // Edits not saved yet go to the project they were made in.
    savePipelineNow();
    const std::shared_ptr<PipelineSlot> previousSlot = m_pipelineSlot;
    const QJsonObject previousSaved = m_savedPipeline;
    m_pipelineSlot.reset();
    m_pipelineId = 0;
    m_savedPipeline = QJsonObject();
    m_jobs->cancel(JobKind::StoreDataset);
    m_jobs->cancel(JobKind::LoadStoredDataset);
    m_store = std::move(store);
    m_undoStack->clear();  // its commands refer to the previous project's runs
    m_currentDatasetId = 0;
    m_currentDatasetName.clear();
    m_storedTable.reset();
    m_watch->stop();
    if (m_store) {
        addRecentProject(m_store->path());
        kLastProjectDir.set(QFileInfo(m_store->path()).absolutePath());
        m_dataVersion = m_store->tryDataVersion().value_or(-1);
        m_watch->start();
        if (pipeline == PipelineOnSwitch::Keep && previousSlot) {
            // Save As: the copy holds the same pipelines with the same ids (written before
            // copying: the previous slot is idle).
            m_pipelineSlot = std::make_shared<PipelineSlot>(PipelineSlot{m_store, previousSlot->id, previousSlot->name});
            m_pipelineId = previousSlot->id;
            m_savedPipeline = previousSaved;
        } else {
            attachPipeline(/*pageUnsaved=*/!previousSlot);
        }
    }
    Q_EMIT projectChanged();
    Q_EMIT datasetsChanged();
    Q_EMIT runsChanged();
}

// --- The Prepare page's pipeline ---------------------------------------------------------------

QString ProjectSession::currentPipelineName() const { return m_pipelineSlot ? m_pipelineSlot->name : QString(); }

void ProjectSession::attachPipeline(bool pageUnsaved)
{
    PipelineDocument* document = m_session->pipeline();
    auto list = m_store->pipelines();
    std::vector<store::PipelineInfo> pipelines = list.ok() ? list.take() : std::vector<store::PipelineInfo>();
    const QString newName = tr("Pipeline %1").arg(pipelines.size() + 1);
    const store::PipelineInfo* latest = nullptr;
    for (const store::PipelineInfo& p : pipelines)
        if (!latest || p.updated > latest->updated || (p.updated == latest->updated && p.id > latest->id))
            latest = &p;
    if (latest && pageUnsaved && document->stepCount() > 0) {
        // The Prepare page's pipeline was in no project: keep it in this one, next to the
        // pipeline about to replace it on the page (File › Project Pipelines… opens it again).
        auto kept = m_store->savePipeline(newName, document->toProjectJson());
        // ...and the project's own stays the most recent one, restored the next time (times
        // are stored to the millisecond: the second write must come a millisecond later).
        if (kept.ok()) {
            QThread::msleep(2);
            kept = m_store->savePipeline(latest->name, latest->json, latest->id);
        }
        if (!kept.ok())
            Q_EMIT pipelineError(kept.error().message);
    }
    if (latest) {
        m_pipelineSlot = std::make_shared<PipelineSlot>(PipelineSlot{m_store, latest->id, latest->name});
        m_pipelineId = latest->id;
        QString error;
        if (restorePipeline(*latest, &error))
            return;
        // Never overwrite a pipeline this version cannot read: later changes go to a new one.
        m_pipelineSlot = std::make_shared<PipelineSlot>(PipelineSlot{m_store, 0, newName});
        m_pipelineId = 0;
        m_savedPipeline = document->toProjectJson();
        Q_EMIT pipelineError(error);
        return;
    }
    m_pipelineSlot = std::make_shared<PipelineSlot>(PipelineSlot{m_store, 0, newName});
    // A project without a pipeline keeps the one on the Prepare page.
    if (document->stepCount() > 0 || !document->target().isEmpty())
        savePipelineNow();
    else
        m_savedPipeline = document->toProjectJson();
}

bool ProjectSession::restorePipeline(const store::PipelineInfo& info, QString* error)
{
    PipelineDocument* document = m_session->pipeline();
    m_restoringPipeline = true;
    const Status restored = document->restore(info.json);
    m_restoringPipeline = false;
    if (!restored.ok()) {
        if (error)
            *error = tr("The pipeline “%1” of the project could not be put on the Prepare page:\n%2")
                         .arg(info.name, restored.error().message);
        return false;
    }
    m_savedPipeline = document->toProjectJson();
    auto list = m_store->pipelines();
    const int others = list.ok() ? std::max(0, static_cast<int>(list->size()) - 1) : 0;
    Q_EMIT pipelineRestored(info.name, others);
    return true;
}

void ProjectSession::onPipelineChanged()
{
    if (!m_pipelineSlot || m_restoringPipeline)
        return;
    m_pipelineTimer->start();  // debounced: typing in a form saves once
}

void ProjectSession::savePipelineNow()
{
    m_pipelineTimer->stop();
    if (!m_pipelineSlot)
        return;
    const QJsonObject json = m_session->pipeline()->toProjectJson();
    if (json == m_savedPipeline)
        return;
    m_savedPipeline = json;
    const std::shared_ptr<PipelineSlot> slot = m_pipelineSlot;
    QPointer<ProjectSession> self(this);
    m_pipelineWriter->start([slot, json, self]() {
        const bool inserting = slot->id == 0;
        auto id = slot->store->savePipeline(slot->name, json, slot->id);
        if (id.ok())
            slot->id = id.value();
        const qint64 savedId = id.ok() ? id.value() : 0;
        const QString error = id.ok() ? QString() : id.error().toString();
        QMetaObject::invokeMethod(self.data(), [self, slot, savedId, error, inserting]() {
            if (!self || slot != self->m_pipelineSlot)
                return;  // another project or pipeline meanwhile
            if (!error.isEmpty()) {
                self->m_savedPipeline = QJsonObject();  // tried again with the next change
                Q_EMIT self->pipelineSaveFailed(error);
                return;
            }
            self->m_pipelineId = savedId;
            if (inserting)
                Q_EMIT self->pipelinesChanged();
            Q_EMIT self->pipelineSaved(savedId);
        }, Qt::QueuedConnection);
    });
}

void ProjectSession::waitForPipelineWrites() { m_pipelineWriter->waitForDone(); }

bool ProjectSession::openPipeline(qint64 id, QString* error)
{
    if (!m_store) {
        if (error)
            *error = tr("No project is open.");
        return false;
    }
    auto list = m_store->pipelines();
    if (!list.ok()) {
        if (error)
            *error = list.error().toString();
        return false;
    }
    const store::PipelineInfo* info = nullptr;
    for (const store::PipelineInfo& p : list.value())
        if (p.id == id)
            info = &p;
    if (!info) {
        if (error)
            *error = tr("The project has no pipeline %1.").arg(id);
        return false;
    }
    savePipelineNow();
    const std::shared_ptr<PipelineSlot> previousSlot = m_pipelineSlot;
    const qint64 previousId = m_pipelineId;
    const QJsonObject previousSaved = m_savedPipeline;
    m_pipelineSlot = std::make_shared<PipelineSlot>(PipelineSlot{m_store, info->id, info->name});
    m_pipelineId = info->id;
    if (!restorePipeline(*info, error)) {
        m_pipelineSlot = previousSlot;
        m_pipelineId = previousId;
        m_savedPipeline = previousSaved;
        return false;
    }
    return true;
}

void ProjectSession::savePipelineAsNew(const QString& name)
{
    if (!m_store)
        return;
    savePipelineNow();
    m_pipelineSlot = std::make_shared<PipelineSlot>(PipelineSlot{m_store, 0, name});
    m_pipelineId = 0;
    m_savedPipeline = QJsonObject();
    savePipelineNow();
}

QStringList ProjectSession::recentProjects()
{
    const QStringList stored = kRecentProjects.get();
    QStringList existing;
    for (const QString& path : stored)
        if (QFileInfo(path).isFile() && !existing.contains(path))
            existing.append(path);
    while (existing.size() > kMaxRecentFiles)
        existing.removeLast();
    if (existing != stored)
        kRecentProjects.set(existing);
    return existing;
}

void ProjectSession::addRecentProject(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList list = kRecentProjects.get();
    list.removeAll(absolute);
    list.prepend(absolute);
    while (list.size() > kMaxRecentFiles)
        list.removeLast();
    kRecentProjects.set(list);
}

void ProjectSession::clearRecentProjects() { kRecentProjects.set({}); }

QString ProjectSession::currentDatasetName() const
{
    if (!m_currentDatasetName.isEmpty())
        return m_currentDatasetName;
    return m_session->hasData() ? QFileInfo(m_session->path()).fileName() : QString();
}

void ProjectSession::onSessionDatasetChanged()
{
    const std::shared_ptr<const Table> table = m_session->table();
    if (table && table == m_storedTable.lock())
        return;  // loaded from the project
    m_jobs->cancel(JobKind::StoreDataset);
    m_currentDatasetId = 0;
    m_currentDatasetName.clear();
    m_storedTable.reset();
    if (table && m_store)
        storeCurrentDataset();
}

void ProjectSession::storeCurrentDataset()
{
    const std::shared_ptr<const Table> table = m_session->table();
    if (!m_store || !table)
        return;
    const std::shared_ptr<store::ProjectStore> project = m_store;
    const ImportOptions options = m_session->importOptions();
    const QString file = m_session->path();
    m_jobs->run<Result<qint64>>(
        JobKind::StoreDataset, tr("Storing %1 in the project").arg(QFileInfo(file).fileName()),
        [project, table, options, file](JobControl* job) {
            return store::storeDataset(*project, *table, options, file, job);
        },
        this,
        [this, project, table, file](Result<qint64> id) {
            if (project != m_store || table != m_session->table())
                return;  // the project or the data set changed meanwhile
            if (!id.ok()) {
                Q_EMIT datasetError(tr("'%1' could not be stored in the project:\n%2")
                                        .arg(QFileInfo(file).fileName(), id.error().toString()));
                return;
            }
            m_currentDatasetId = id.value();
            m_currentDatasetName = QFileInfo(file).fileName();
            m_storedTable = table;
            Q_EMIT datasetsChanged();
            Q_EMIT datasetStored(id.value());
        });
}

void ProjectSession::loadDataset(qint64 id)
{
    if (!m_store)
        return;
    const std::shared_ptr<store::ProjectStore> project = m_store;
    auto list = project->datasets();
    if (!list.ok()) {
        Q_EMIT datasetError(list.error().toString());
        return;
    }
    store::DatasetInfo info;
    for (const store::DatasetInfo& d : list.value())
        if (d.id == id)
            info = d;
    if (info.id == 0) {
        Q_EMIT datasetError(tr("The project has no data set %1.").arg(id));
        return;
    }
    m_jobs->run<Result<Table>>(
        JobKind::LoadStoredDataset, tr("Loading %1 from the project").arg(info.name),
        [project, id](JobControl* job) { return project->loadDataset(id, job); }, this,
        [this, project, info](Result<Table> loaded) {
            if (project != m_store)
                return;
            if (!loaded.ok()) {
                Q_EMIT datasetError(tr("Error opening '%1':\n%2").arg(info.name, loaded.error().toString()));
                return;
            }
            auto table = std::make_shared<const Table>(loaded.take());
            ImportInfo importInfo;
            importInfo.dataRows = static_cast<qint64>(table->rowCount());
            m_storedTable = table;
            m_currentDatasetId = info.id;
            m_currentDatasetName = info.name;
            // The source path names the data set in the title and the Data page; the table
            // itself comes from the project.
            const QString path = info.sourcePath.isEmpty() ? info.name : info.sourcePath;
            m_session->setDataset(table, path, importInfo, importOptionsFromJson(info.importOptions));
        });
}

} // namespace pp
