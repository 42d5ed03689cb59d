#include "stored_run.h"

#include "data/csv_writer.h"
#include "prep/pipeline.h"
#include "report/project_report.h"
#include "report/run_report.h"
#include "store/project_store.h"
#include "store/zip_writer.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace pp {

namespace {

QStringList stepDescriptions(const QJsonObject& pipelineJson)
{
    QStringList steps;
    if (pipelineJson.isEmpty())
        return steps;
    auto pipeline = Pipeline::fromJson(pipelineJson);
    if (!pipeline.ok())
        return steps;
    for (std::size_t i = 0; i < pipeline->size(); ++i)
        if (pipeline->step(i).isEnabled())
            steps << pipeline->step(i).describe();
    return steps;
}

/// The task of a run whose start recorded "auto": told by the metrics it was scored with.
Task taskFromMetrics(const QJsonObject& metrics)
{
    if (metrics.contains(QStringLiteral("hamming_loss")) || metrics.contains(QStringLiteral("subset_accuracy")))
        return Task::Multilabel;
    if (metrics.contains(QStringLiteral("accuracy"))) {
        return metrics.contains(QStringLiteral("pr_auc")) ? Task::Binary : Task::Multiclass;
    }
    return Task::Regression;
}

} // namespace

QJsonObject StoredRun::keyMetrics(const QJsonObject& runMetrics)
{
    for (const char* split : {"test", "valid"}) {
        const QJsonObject m = runMetrics.value(QLatin1String(split)).toObject();
        if (!m.isEmpty())
            return m;
    }
    return runMetrics.value(QStringLiteral("cv")).toObject().value(QStringLiteral("mean")).toObject();
}

Task StoredRun::task(const store::RunInfo& run)
{
    Task t = Task::Regression;
    return taskFromName(run.task, &t) ? t : taskFromMetrics(keyMetrics(run.metrics));
}

QJsonObject StoredRun::effectiveParams(const store::RunInfo& run, QStringList* defaults)
{
    // A finished run recorded every parameter its model used; older runs and unfinished ones
    // only the ones set, completed from the model's defaults.
    QJsonObject params = run.params;
    auto fill = [&](const QString& key, const QJsonValue& value) {
        if (params.contains(key))
            return;
        params.insert(key, value);
        if (defaults)
            *defaults << key;
    };
    if (!run.usedParams.isEmpty()) {
        for (auto it = run.usedParams.begin(); it != run.usedParams.end(); ++it)
            fill(it.key(), it.value());
        return params;
    }
    const ModelInfo* info = ModelRegistry::instance().find(run.model);
    if (!info || !info->params)
        return params;
    for (const ParamSpec& spec : info->params(task(run)))
        if (spec.defaultValue.isValid())
            fill(spec.key, QJsonValue::fromVariant(spec.defaultValue));
    return params;
}

Result<ModelBundle> StoredRun::bundle(store::ProjectStore& project, qint64 runId)
{
    using R = Result<ModelBundle>;
    auto stored = project.loadModel(runId);
    if (!stored.ok())
        return R::failure(stored.error());
    return decodeBundle({stored->bundleJson, stored->pipelineJson, stored->modelBytes},
                        tr("%1, run %2").arg(QDir::toNativeSeparators(project.path())).arg(runId));
}

Result<RunSnapshot> StoredRun::snapshot(store::ProjectStore& project, qint64 runId)
{
    using R = Result<RunSnapshot>;
    auto run = project.run(runId);
    if (!run.ok())
        return R::failure(run.error());
    const store::RunInfo& r = run.value();

    RunSnapshot s;
    s.runId = r.id;
    s.name = r.name;
    s.status = r.status;
    s.model = r.model;
    s.params = effectiveParams(r);
    s.device = r.device;
    s.trainRows = std::max<qint64>(r.trainRows, 0);
    s.validRows = std::max<qint64>(r.validRows, 0);
    s.testRows = std::max<qint64>(r.testRows, 0);
    s.fitSeconds = std::max(r.fitSeconds, 0.0);
    s.started = r.started;
    s.finished = r.finished;
    s.trainMetrics = r.metrics.value(QStringLiteral("train")).toObject();
    s.validMetrics = r.metrics.value(QStringLiteral("valid")).toObject();
    s.testMetrics = r.metrics.value(QStringLiteral("test")).toObject();
    const QJsonObject cv = r.metrics.value(QStringLiteral("cv")).toObject();
    if (!cv.isEmpty()) {
        CvResult result;
        result.mean = cv.value(QStringLiteral("mean")).toObject();
        result.std = cv.value(QStringLiteral("std")).toObject();
        s.cv = result;
    }
    for (const QJsonValue& v : r.importance) {
        const QJsonArray pair = v.toArray();
        s.importance.emplace_back(pair.at(0).toString(), pair.at(1).toDouble());
    }
    s.targets = r.split.value(QStringLiteral("targets")).toVariant().toStringList();
    s.task = task(r);

    auto history = project.history(runId);
    if (!history.ok())
        return R::failure(history.error());
    s.history = history.take();

    // The fitted pipeline and the design come with the stored model; a run without one
    // (failed, stopped early) still shows the pipeline it was started with.
    s.pipelineSteps = stepDescriptions(r.pipeline);
    std::vector<Warning> warnings;
    if (r.hasModel) {
        auto decoded = bundle(project, runId);
        if (decoded.ok()) {
            const ModelBundle& b = decoded.value();
            s.task = b.task;
            s.targets = b.design.targets;
            s.classNames = b.design.classNames;
            s.threshold = b.threshold;
            s.pipelineSteps.clear();
            for (std::size_t i = 0; i < b.pipeline.size(); ++i)
                if (b.pipeline.step(i).isEnabled())
                    s.pipelineSteps << b.pipeline.step(i).describe();
        } else {
            // The results are still worth showing without the fitted pipeline's details.
            warnings.push_back({QStringLiteral("model_unreadable"), 0, 0, decoded.error().toString()});
        }
    }

    auto predictions = project.loadPredictions(runId);
    if (predictions.ok()) {
        s.evaluationSplit = predictions->first;
        s.predictions = std::make_shared<const Table>(std::move(predictions->second));
        // Runs stored before format 3 have no row counts: the evaluation rows tell one of them.
        if (r.trainRows < 0)
            (s.evaluationSplit == QLatin1String("test") ? s.testRows : s.validRows)
                = static_cast<qint64>(s.predictions->rowCount());
    }
    R out(std::move(s));
    for (Warning& w : warnings)
        out.addWarning(std::move(w));
    return out;
}

Status StoredRun::exportBundleFolder(store::ProjectStore& project, qint64 runId, const QString& dir)
{
    auto b = bundle(project, runId);
    if (!b.ok())
        return Status::from(b);
    return saveBundle(b.value(), dir);
}

Status StoredRun::exportBundleZip(store::ProjectStore& project, qint64 runId, const QString& zipPath)
{
    // Decoding checks the stored files before they are handed out.
    auto b = bundle(project, runId);
    if (!b.ok())
        return Status::from(b);
    auto files = encodeBundle(b.value());
    if (!files.ok())
        return Status::from(files);
    return store::writeZip(zipPath, {{QStringLiteral("bundle.json"), files->bundleJson, {}},
                                     {QStringLiteral("pipeline.json"), files->pipelineJson, {}},
                                     {QStringLiteral("model.json"), files->modelBytes, {}}});
}

Status StoredRun::exportPredictionsCsv(store::ProjectStore& project, qint64 runId, const QString& path, JobControl* job)
{
    auto predictions = project.loadPredictions(runId);
    if (!predictions.ok())
        return Status::from(predictions);
    return writeCsv(predictions->second, path, job);
}

Status StoredRun::exportReport(store::ProjectStore& project, qint64 runId, const QString& path)
{
    auto data = report::reportFromProject(project, runId);
    if (!data.ok())
        return Status::from(data);
    return report::writeReport(data.value(), path);
}

} // namespace pp
