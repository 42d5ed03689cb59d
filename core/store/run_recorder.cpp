#include "store/run_recorder.h"

#include "ml/model_bundle.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

namespace pp::store {

Result<qint64> storeDataset(ProjectStore& project, const Table& table, const ImportOptions& options,
                            const QString& file, JobControl* job)
{
    // The same file imported the same way is stored once (by content hash and shape).
    QFile f(file);
    QString sha;
    if (f.open(QIODevice::ReadOnly)) {
        QCryptographicHash h(QCryptographicHash::Sha256);
        h.addData(&f);
        sha = QString::fromLatin1(h.result().toHex());
    }
    auto existing = project.datasets();
    if (!existing.ok())
        return Result<qint64>::failure(existing.error());
    for (const auto& d : existing.value())
        if (!sha.isEmpty() && d.sourceSha256 == sha && d.rows == static_cast<qint64>(table.rowCount())
            && d.columns == static_cast<int>(table.columnCount()))
            return d.id;
    QJsonObject opts;
    opts.insert(QStringLiteral("encoding"), options.encoding);
    opts.insert(QStringLiteral("delimiter"), options.delimiter ? QString(QLatin1Char(options.delimiter)) : QString());
    opts.insert(QStringLiteral("sheet"), options.sheet);
    opts.insert(QStringLiteral("table"), options.table);
    opts.insert(QStringLiteral("query"), options.query);
    return project.addDataset(QFileInfo(file).fileName(), table, opts, QFileInfo(file).absoluteFilePath(), job);
}

RunStart runStart(const TrainConfig& config, const QString& datasetName, qint64 datasetId)
{
    RunStart s;
    s.name = QStringLiteral("%1 %2").arg(config.model, QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    s.datasetId = datasetId;
    s.datasetName = datasetName;
    s.pipeline = config.pipeline.value_or(QJsonObject());
    s.model = config.model;
    s.task = config.task ? taskName(*config.task) : QStringLiteral("auto");
    s.params = QJsonObject::fromVariantMap(config.params);
    QJsonObject split;
    split.insert(QStringLiteral("method"), config.split.method == SplitSettings::Method::Random
                     ? QStringLiteral("random")
                     : config.split.method == SplitSettings::Method::Stratified ? QStringLiteral("stratified")
                                                                                : QStringLiteral("time"));
    split.insert(QStringLiteral("time_column"), config.split.timeColumn);
    split.insert(QStringLiteral("test_size"), config.split.testSize);
    split.insert(QStringLiteral("valid_size"), config.split.validSize);
    split.insert(QStringLiteral("cv_folds"), config.split.cvFolds);
    split.insert(QStringLiteral("targets"), QJsonArray::fromStringList(config.targets));
    s.split = split;
    s.seed = config.seed;
    s.device = config.device;
    return s;
}

RunResolved runResolved(const TrainResult& r)
{
    RunResolved resolved;
    resolved.task = taskName(r.task);
    resolved.device = r.device;
    resolved.params = QJsonObject::fromVariantMap(r.params);
    resolved.pipeline = r.pipeline.toJson(false);
    resolved.trainRows = r.trainRows;
    resolved.validRows = r.validRows;
    resolved.testRows = r.testRows;
    resolved.fitSeconds = r.fitSeconds;
    return resolved;
}

Status recordRun(ProjectStore& project, qint64 runId, const TrainResult& r)
{
    QJsonObject metrics{{QStringLiteral("train"), r.trainMetrics},
                        {QStringLiteral("valid"), r.validMetrics},
                        {QStringLiteral("test"), r.testMetrics}};
    if (r.cv)
        metrics.insert(QStringLiteral("cv"), QJsonObject{{QStringLiteral("mean"), r.cv->mean}, {QStringLiteral("std"), r.cv->std}});
    QJsonArray importance;
    for (const auto& [name, score] : r.importance)
        importance.append(QJsonArray{name, score});
    auto files = encodeBundle(ModelBundle::fromTrainResult(r));
    if (!files.ok())
        return Status::failure(files.error());
    Status s = project.saveModel(runId, {files->bundleJson, files->pipelineJson, files->modelBytes});
    if (s.ok())
        s = project.savePredictions(runId, r.evaluation.split, predictionsTable(r));
    if (s.ok())
        s = project.setRunResolved(runId, runResolved(r));
    if (!s.ok())
        return s;
    return project.finishRun(runId, r.stopped ? QStringLiteral("stopped") : QStringLiteral("done"), metrics, importance);
}

} // namespace pp::store
