#pragma once

#include "common/job.h"
#include "common/result.h"
#include "data/table.h"
#include "stats/isolation_forest.h"

#include <QString>
#include <QStringList>

#include <cstdint>
#include <limits>
#include <vector>

namespace pp {

enum class OutlierMethod : std::uint8_t {
    Iqr,              ///< Tukey: x < q1 - k IQR or x > q3 + k IQR
    ZScore,           ///< |x - mean| / std > threshold, std with ddof = 1 (pandas)
    ModifiedZScore,   ///< Iglewicz & Hoaglin: |0.6745 (x - median) / MAD| > threshold
    IsolationForest,  ///< multivariate, over several columns (forestOutliers())
};

/// Stable names used by the CLI and in settings: "iqr", "zscore", "mad", "iforest".
QString outlierMethodName(OutlierMethod method);
bool outlierMethodFromName(const QString& name, OutlierMethod* out);

struct OutlierOptions
{
    OutlierMethod method = OutlierMethod::Iqr;  ///< one of the per-column methods
    double iqrK = 1.5;            ///< IQR multiplier
    double zThreshold = 3.0;      ///< z-score threshold
    double madThreshold = 3.5;    ///< modified z-score threshold (Iglewicz & Hoaglin's 3.5)
    int threads = 0;              ///< columns spread over threads; 0 = all cores
};

/// Outliers of one numeric, boolean or datetime column. Missing values are never outliers.
struct ColumnOutliers
{
    QString name;
    int column = -1;              ///< index in the table (-1 for a lone column)
    qint64 count = 0;             ///< non-missing values examined
    qint64 outliers = 0;
    /// Values outside [lower, upper] are outliers. For IQR these are the exact fences; for
    /// the z-scores the values where the score crosses the threshold (mean ± t·std,
    /// median ± t·MAD / 0.6745), for display: flags come from the score as pandas
    /// computes it. NaN when the column has no (spread of) values.
    double lower = std::numeric_limits<double>::quiet_NaN();
    double upper = std::numeric_limits<double>::quiet_NaN();
    double center = std::numeric_limits<double>::quiet_NaN();  ///< median (IQR, MAD) or mean
    double scale = std::numeric_limits<double>::quiet_NaN();   ///< IQR, std or the MAD used
    /// Modified z-score only: the MAD was 0 (over half the values equal the median), so
    /// the scale is 1.253314 × the mean absolute deviation from the median instead
    /// (IBM's rule for the modified z-score; 1.253314 ≈ sqrt(pi/2) makes it estimate the
    /// same sigma as MAD/0.6745 for normal data). When that is 0 too (a constant column)
    /// nothing is flagged. pandas' plain formula would divide by 0 and flag every value
    /// that differs from the median: on a column of mostly zeros, every purchase.
    bool madFallback = false;
    std::vector<std::uint8_t> flags;  ///< one per row: 1 = outlier
};

/// One column by options.method (Iqr, ZScore or ModifiedZScore; IsolationForest fails).
/// A radix sort for the quantiles, then O(n): the MAD by merging the two sorted halves of
/// |x - median|, the flags in one pass.
Result<ColumnOutliers> columnOutliers(const Column& column, const OutlierOptions& options = {});
/// Several columns (indices into table), spread over threads; results in the given order.
/// Empty `columns`: every numeric column that is not id-like. Cancellable.
Result<std::vector<ColumnOutliers>> tableOutliers(const Table& table, const std::vector<int>& columns,
                                                  const OutlierOptions& options = {}, JobControl* job = nullptr);

/// Multivariate outliers by Isolation Forest over the chosen numeric-like columns.
struct ForestOutliers
{
    std::vector<int> columns;
    QStringList names;
    /// Missing cells are replaced by their column's median (pandas df.median()) before
    /// fitting and scoring: Isolation Forest cannot split on NaN, and dropping rows would
    /// leave them without a score. The median is robust to the very outliers sought.
    std::vector<double> medians;
    qint64 imputedRows = 0;       ///< rows with at least one imputed cell
    std::vector<double> scores;   ///< per row, in (0, 1], higher = more anomalous
    double threshold = 0.5;       ///< rows with score > threshold are flagged
    qint64 flagged = 0;
    std::vector<std::uint8_t> flags;
    IsolationForest forest;
};

/// Fits a forest on all rows and scores them. Empty `columns`: every numeric column that is
/// not id-like. Fails on non-numeric columns and on columns without any value. Cancellable.
Result<ForestOutliers> forestOutliers(const Table& table, const std::vector<int>& columns,
                                      const IsolationForestOptions& options = {}, JobControl* job = nullptr);

} // namespace pp
