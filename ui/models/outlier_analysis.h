#pragma once

#include "common/job.h"
#include "common/result.h"
#include "data/table.h"
#include "stats/outliers.h"

#include <QJsonObject>
#include <QString>

#include <cstdint>
#include <memory>
#include <vector>

namespace pp {

/// The Outliers view's settings: one method and its parameters, over chosen columns.
struct OutlierSettings
{
    OutlierMethod method = OutlierMethod::Iqr;
    double iqrK = 1.5;
    double zThreshold = 3.0;
    double madThreshold = 3.5;
    int trees = 100;
    int sampleSize = 256;
    /// Isolation Forest flags the top `contamination` share, or, with useScoreThreshold,
    /// every row scoring above scoreThreshold.
    bool useScoreThreshold = false;
    double contamination = 0.01;
    double scoreThreshold = 0.6;
    quint64 seed = 42;
    std::vector<int> columns;   ///< numeric columns (table indices)

    /// Identifies the settings, for caching results.
    QString key() const;
    /// Translated, e.g. "IQR × 1.5" or "Isolation Forest (100 trees, 1% contamination)".
    QString describe() const;
};

/// Per-column counts (IQR, z-score, MAD) or the forest's scores, and the flagged rows:
/// for the per-column methods a row is flagged when any of its values is an outlier.
struct OutlierAnalysis
{
    OutlierSettings settings;
    QStringList columnNames;
    std::vector<ColumnOutliers> perColumn;   ///< per-column methods; flags left empty
    std::shared_ptr<const std::vector<std::uint8_t>> rowFlags;
    qint64 rows = 0;
    qint64 flaggedRows = 0;
    // Isolation Forest only: the anomaly scores binned (50 equal bins over their range),
    // and the score above which rows are flagged.
    std::vector<double> scoreEdges;
    std::vector<qint64> scoreCounts;
    double threshold = 0.0;
    qint64 imputedRows = 0;
};

Result<OutlierAnalysis> analyzeOutliers(const Table& table, const OutlierSettings& settings,
                                        JobControl* job = nullptr);

/// What the buttons send to the pipeline.
enum class OutlierAction { Drop, Clip, Flag };

/// Whether the pipeline has a step for `action` with these settings; `why` (translated) says
/// why not. IQR, z-score and MAD: drop_outliers, clip_outliers, flag_outliers. Isolation
/// Forest: iforest_drop and iforest_flag (it scores rows, so there is nothing to clip).
bool outlierActionAvailable(const OutlierSettings& settings, OutlierAction action, QString* why = nullptr);

/// The step for `action`, {"kind": ..., "params": {...}} as docs/pipeline.md reads it, with
/// the chosen columns by name. Isolation Forest sends the settings' trees, sample size and
/// seed; with a score threshold it is sent as the contamination the analysis found (flagged /
/// rows, within the step's 0.0001–0.5). Empty when not available.
QJsonObject outlierStepJson(const Table& table, const OutlierSettings& settings, OutlierAction action,
                            const OutlierAnalysis* analysis = nullptr);

} // namespace pp
