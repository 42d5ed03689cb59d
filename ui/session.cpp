#include "session.h"

#include "data/importer.h"
#include "job_runner.h"
#include "pipeline_document.h"
#include "session_runs.h"

#include <QElapsedTimer>
#include <QFileInfo>

namespace pp {

Session::Session(JobRunner* jobs, QObject* parent)
    : QObject(parent), m_jobs(jobs), m_pipeline(new PipelineDocument(this)), m_runs(new SessionRuns(this))
{
    connect(m_pipeline, &PipelineDocument::changed, this, &Session::pipelineChanged);
    connect(m_pipeline, &PipelineDocument::runSettingsChanged, this, &Session::pipelineChanged);
    connect(this, &Session::pipelineChanged, this, &Session::preparedPipelineChanged);
    connect(m_jobs, &JobRunner::jobFinished, this, [this](const QString& kind, bool completed) {
        if (completed)
            return;
        if (kind == JobKind::Import) {
            const QString path = m_loadingPath;
            m_loadingPath.clear();
            Q_EMIT loadCancelled(path);
        } else if (kind == JobKind::Profile && m_table && !m_profile) {
            m_profileError = tr("Computing the statistics was cancelled.");
            Q_EMIT profileChanged();
        }
    });
}

bool Session::isLoading() const { return m_jobs->isRunning(JobKind::Import); }

bool Session::isProfiling() const { return m_jobs->isRunning(JobKind::Profile); }

void Session::load(const QString& path, const ImportOptions& options)
{
    if (isLoading())
        cancelLoad();  // reported as cancelled before the new load starts
    m_loadingPath = path;
    Q_EMIT loadStarted(path);

    using LoadResult = Result<ImportedTable>;
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    m_jobs->run<LoadResult>(
        JobKind::Import, tr("Loading %1").arg(QFileInfo(path).fileName()),
        [path, options](JobControl* job) { return importFile(path, options, job); }, this,
        [this, path, options, timer](LoadResult result) {
            m_loadingPath.clear();
            if (!result.ok()) {
                Q_EMIT loadFailed(path, result.error().message.isEmpty() ? tr("Unknown error")
                                                                          : result.error().toString());
                return;
            }
            std::vector<Warning> warnings = std::move(result.warnings());
            ImportedTable imported = result.take();
            if (imported.table.source().isEmpty())
                imported.table.setSource(path);
            setDataset(std::make_shared<const Table>(std::move(imported.table)), path, imported.info, options,
                       std::move(warnings), timer->elapsed());
        });
}

void Session::cancelLoad() { m_jobs->cancel(JobKind::Import); }

void Session::setDataset(std::shared_ptr<const Table> table, const QString& path, const ImportInfo& info,
                         const ImportOptions& options, std::vector<Warning> warnings, qint64 loadMs)
{
    m_table = std::move(table);
    m_path = path;
    m_info = info;
    m_options = options;
    m_warnings = std::move(warnings);
    m_loadMs = loadMs;
    m_profile.reset();
    m_profileError.clear();
    const bool hadOutliers = m_outlierRows != nullptr;
    m_outlierRows.reset();
    m_outlierDescription.clear();
    Q_EMIT datasetChanged();
    Q_EMIT profileChanged();
    if (hadOutliers)
        Q_EMIT outlierRowsChanged();
    computeProfile();
}

void Session::clear()
{
    m_table.reset();  // first, so that cancelling the profile below is not reported as such
    m_jobs->cancel(JobKind::Profile);
    m_path.clear();
    m_info = ImportInfo();
    m_options = ImportOptions();
    m_warnings.clear();
    m_loadMs = 0;
    m_profile.reset();
    m_profileError.clear();
    const bool hadOutliers = m_outlierRows != nullptr;
    m_outlierRows.reset();
    m_outlierDescription.clear();
    Q_EMIT datasetChanged();
    Q_EMIT profileChanged();
    if (hadOutliers)
        Q_EMIT outlierRowsChanged();
}

void Session::computeProfile()
{
    if (!m_table)
        return;
    m_profileError.clear();
    using ProfileResult = Result<TableProfile>;
    const std::shared_ptr<const Table> table = m_table;
    m_jobs->run<ProfileResult>(
        JobKind::Profile, tr("Computing column statistics"),
        [table](JobControl* job) { return profileTable(*table, ProfileOptions(), job); }, this,
        [this, table](ProfileResult result) {
            if (table != m_table)
                return;  // a newer data set arrived meanwhile
            if (result.ok())
                m_profile = std::make_shared<const TableProfile>(result.take());
            else
                m_profileError = tr("The statistics could not be computed:\n%1").arg(result.error().toString());
            Q_EMIT profileChanged();
        });
}

QJsonObject Session::pipelineJson() const { return m_pipeline->toJson(); }

std::optional<QJsonObject> Session::preparedPipeline() const
{
    if (m_pipeline->stepCount() == 0)
        return std::nullopt;
    return pipelineJson();
}

Status Session::proposeStep(const QJsonObject& stepJson)
{
    const int at = m_pipeline->stepCount();
    Status added = m_pipeline->insertStep(at, stepJson);
    if (added.ok())
        Q_EMIT stepProposed(m_pipeline->step(at));
    return added;
}

void Session::setOutlierRows(std::shared_ptr<const std::vector<std::uint8_t>> rows, const QString& description)
{
    if (rows && (!m_table || rows->size() != m_table->rowCount()))
        return;  // computed for another table
    if (!rows && !m_outlierRows)
        return;
    m_outlierRows = std::move(rows);
    m_outlierDescription = m_outlierRows ? description : QString();
    Q_EMIT outlierRowsChanged();
}

} // namespace pp
