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
/// MissingCategory is the impute step's constant strategy with the category "missing".
enum class ImputeMethod { Mean, Median, MostFrequent, Constant, Linear, Knn, MissingCategory };

/// Whether the preview can show `column`: numeric, categorical or yes/no, not an identifier.
bool imputePreviewSupports(const Column& column);
/// The methods the pipeline's steps offer for a column of `type`, in menu order: numeric
/// columns every method but MissingCategory; categorical columns MostFrequent, Constant and
/// MissingCategory; yes/no columns MostFrequent and Constant (true/false). Empty otherwise.
std::vector<ImputeMethod> imputeMethodsFor(ColumnType type);
/// The columns interpolation can order rows by: numeric and date/time columns other than
/// `column` (table indices, in table order).
std::vector<int> interpolationOrderColumns(const Table& table, int column);

struct ImputeRequest
{
    int column = -1;                 ///< a numeric, categorical or yes/no column
    ImputeMethod method = ImputeMethod::Median;
    QString constant;                ///< Constant: the fill value ("" = 0, "missing", false)
    int neighbors = 5;               ///< Knn: k
    QString orderBy;                 ///< Linear: rows sorted by this column first ("" = row order)
    /// Knn compares each incomplete row with up to 10,000 donors: on larger tables the
    /// preview works on a seeded sample of this many rows (stated on the chart).
    std::size_t knnMaxRows = 20000;
    std::uint64_t seed = 42;
};

/// The step the preview runs, as the pipeline reads it: {"kind": "impute" | "interpolate" |
/// "knn_impute", "params": {...}}. Knn uses every numeric feature column (and the column
/// itself) for distances; Linear sends `order_by` when one is chosen.
QJsonObject imputeStepJson(const Table& table, const ImputeRequest& request);

/// The column's distribution before (observed values) and after imputation: for a numeric
/// column on the same bins (Freedman–Diaconis over the values after, as numpy would choose
/// them); for a categorical or yes/no column the count of each category.
struct ImputePreview
{
    bool categorical = false;     ///< a categorical or yes/no column: labels, before, after
    QString column;
    qint64 rows = 0;              ///< rows the preview ran on (all, or the Knn sample)
    qint64 tableRows = 0;
    bool sampled = false;
    qint64 missingBefore = 0;
    qint64 filled = 0;            ///< missing values that received a value
    /// The bins cover every value, or, when a long tail would squeeze the bulk into a few
    /// bins, the central 99 % (the values between the 0.5th and 99.5th percentiles).
    std::vector<double> edges;
    std::vector<qint64> before;   ///< per bin, or per category (labels)
    std::vector<qint64> after;
    /// Categorical: the categories by count after imputation, most first, at most
    /// kImputeCategoryBars; beyond that the last bar pools the rest ("Other (n categories)",
    /// otherCategories > 0). Categories that receive filled values always get their own bar.
    std::vector<QString> labels;
    qint64 otherCategories = 0;
    QString fillLabel;            ///< categorical: the category the filled values received
    qint64 outside = 0;           ///< values after imputation beyond the edges (not drawn)
    double meanBefore = 0.0;
    double meanAfter = 0.0;
    QString description;          ///< the fitted step's describe(), e.g. "Impute age with median (38)"
    QJsonObject step;             ///< imputeStepJson()
};

inline constexpr int kImputeCategoryBars = 10;

/// Fits the step on the table (or the Knn sample) with core/prep and applies it. Fails for
/// a column of another type, or a method the column's type has not; cancellable.
Result<ImputePreview> computeImputePreview(const Table& table, const ImputeRequest& request,
                                           JobControl* job = nullptr);

} // namespace pp
