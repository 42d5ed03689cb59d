#pragma once

#include "common/result.h"
#include "ml/model.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>
#include <vector>

namespace pp::report {

/// Everything a run report shows, gathered from a project (or straight from a training result).
struct ReportData
{
    QString title;                 ///< run name
    qint64 runId = 0;
    QString status;                ///< "done", "stopped", "failed", "running", "interrupted"
    QString started, finished;     ///< ISO 8601 (the store's UTC times); shown in local time
    QString model;                 ///< display name
    QString task;                  ///< display name
    QString device;
    QJsonObject params;
    qint64 trainRows = -1, validRows = -1, testRows = -1;   ///< -1: not known
    double fitSeconds = -1.0;      ///< the model's fit; -1: not known

    QString datasetName;
    qint64 datasetRows = 0;
    struct ColumnSummary
    {
        QString name;
        QString type;              ///< display name
        double missingPercent = 0;
    };
    std::vector<ColumnSummary> columns;

    QStringList pipelineSteps;     ///< descriptions, in order
    QJsonObject metrics;           ///< {"train":{},"valid":{},"test":{},"cv":{"mean":{},"std":{}}}
    std::vector<EpochRecord> history;
    std::vector<std::pair<QString, double>> importance;
    QString note;

    // Evaluation rows (for the charts): regression actual/predicted; classification labels
    // and the confusion matrix (from metrics).
    QString evaluationSplit;
    std::vector<double> actual, predicted;
    QStringList classNames;
};

/// A stored time (ISO 8601, UTC) as the reader's short date and time, in local time; the
/// text itself when it is not a time. (The Results page shows times the same way: fmt::dateTime.)
QString localTime(const QString& iso);

/// The report as a standalone HTML document (charts embedded as PNG data URIs).
QString reportHtml(const ReportData& data);
/// Writes .html or .pdf (by extension; A4, via Qt's PDF writer). Needs a QGuiApplication.
Status writeReport(const ReportData& data, const QString& path);

} // namespace pp::report
