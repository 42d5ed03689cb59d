#pragma once

#include "common/job.h"
#include "common/result.h"
#include "data/table.h"

#include <QJsonObject>
#include <QString>

#include <cstdint>
#include <vector>

namespace pp {

/// The imputers the preview offers, each one a pipeline step of docs/pipeline.md.
enum class ImputeMethod { Mean, Median, MostFrequent, Constant, Linear, Knn };

struct ImputeRequest
{
    int column = -1;                 ///< a numeric column
    ImputeMethod method = ImputeMethod::Median;
    QString constant;                ///< Constant: the fill value ("" = 0)
    int neighbors = 5;               ///< Knn: k
    /// Knn compares each incomplete row with up to 10,000 donors: on larger tables the
    /// preview works on a seeded sample of this many rows (stated on the chart).
    std::size_t knnMaxRows = 20000;
    std::uint64_t seed = 42;
};

/// The step the preview runs, as the pipeline reads it: {"kind": "impute" | "interpolate" |
/// "knn_impute", "params": {...}}. Knn uses every numeric feature column (and the column
/// itself) for distances.
QJsonObject imputeStepJson(const Table& table, const ImputeRequest& request);

/// The column's distribution before (observed values) and after imputation, on the same
/// bins (Freedman–Diaconis over the values after, as numpy would choose them).
struct ImputePreview
{
    QString column;
    qint64 rows = 0;              ///< rows the preview ran on (all, or the Knn sample)
    qint64 tableRows = 0;
    bool sampled = false;
    qint64 missingBefore = 0;
    qint64 filled = 0;            ///< missing values that received a value
    /// The bins cover every value, or, when a long tail would squeeze the bulk into a few
    /// bins, the central 99 % (the values between the 0.5th and 99.5th percentiles).
    std::vector<double> edges;
    std::vector<qint64> before;
    std::vector<qint64> after;
    qint64 outside = 0;           ///< values after imputation beyond the edges (not drawn)
    double meanBefore = 0.0;
    double meanAfter = 0.0;
    QString description;          ///< the fitted step's describe(), e.g. "Impute age with median (38)"
    QJsonObject step;             ///< imputeStepJson()
};

/// Fits the step on the table (or the Knn sample) with core/prep and applies it. Fails for
/// a non-numeric column; cancellable.
Result<ImputePreview> computeImputePreview(const Table& table, const ImputeRequest& request,
                                           JobControl* job = nullptr);

} // namespace pp
