#include "run_snapshot.h"

#include <QDateTime>

namespace pp {

RunSnapshot RunSnapshot::fromTrainResult(std::shared_ptr<const TrainResult> result, const QString& name)
{
    RunSnapshot s;
    const TrainResult& r = *result;
    s.name = name;
    s.status = r.stopped ? QStringLiteral("stopped") : QStringLiteral("done");
    s.task = r.task;
    s.model = r.model;
    s.params = QJsonObject::fromVariantMap(r.params);
    s.device = r.device;
    s.targets = r.design.targets;
    s.classNames = r.design.classNames;
    s.threshold = r.threshold;
    s.trainRows = r.trainRows;
    s.validRows = r.validRows;
    s.testRows = r.testRows;
    s.trainMetrics = r.trainMetrics;
    s.validMetrics = r.validMetrics;
    s.testMetrics = r.testMetrics;
    s.cv = r.cv;
    s.history = r.history;
    s.importance = r.importance;
    s.fitSeconds = r.fitSeconds;
    s.finishedAt = QDateTime::currentDateTime();
    s.finished = s.finishedAt.toString(Qt::ISODate);
    for (std::size_t i = 0; i < r.pipeline.size(); ++i)
        if (r.pipeline.step(i).isEnabled())
            s.pipelineSteps << r.pipeline.step(i).describe();
    s.predictions = std::make_shared<const Table>(predictionsTable(r));
    s.evaluationSplit = r.evaluation.split;
    s.result = std::move(result);
    return s;
}

bool RunSnapshot::isUnsaved() const
{
    return runId == 0 && !recording && result
        && (status == QLatin1String("done") || status == QLatin1String("stopped"));
}

} // namespace pp
