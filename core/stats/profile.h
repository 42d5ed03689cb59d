#pragma once

#include "common/job.h"
#include "common/result.h"
#include "data/table.h"

#include <QString>

#include <optional>
#include <utility>
#include <vector>

namespace pp {

struct ProfileOptions
{
    double iqrK = 1.5;          ///< IQR rule: outside [q1 - k*IQR, q3 + k*IQR]
    double zThreshold = 3.0;    ///< z-score rule: |x - mean| / std > threshold (std with ddof=1)
    int topCount = 10;          ///< how many most frequent values to keep
    int histogramBins = 30;     ///< bins of the small histogram (numeric columns)
    int threads = 0;            ///< 0 = all cores
};

/// Per-column statistics. Figures follow pandas: std is the sample std (ddof = 1),
/// quantiles interpolate linearly, skew is pandas' adjusted Fisher-Pearson (Series.skew()).
/// Statistics that do not apply to the column's type are empty (null in JSON).
struct ColumnProfile
{
    QString name;
    ColumnType type = ColumnType::Numeric;
    ColumnRole role = ColumnRole::Feature;
    bool idLike = false;
    qint64 count = 0;           ///< non-missing values
    qint64 missing = 0;
    qint64 unique = 0;          ///< distinct non-missing values (pandas nunique())
    std::optional<double> mean, std, min, q1, median, q3, max, skew;
    std::optional<qint64> outliersIqr, outliersZ;
    /// Most frequent values (at most ProfileOptions::topCount), most frequent first, as
    /// pandas value_counts(). Ties: categorical, boolean and text values by first appearance
    /// (pandas' order for object columns); numbers and dates by value, ascending (pandas
    /// leaves the order of numeric ties unspecified). Numbers are formatted with
    /// formatNumber(), dates with the column's time format, booleans "true"/"false".
    std::vector<std::pair<QString, qint64>> top;
    /// Equal-width histogram of numeric (and datetime) values over [min, max] with
    /// numpy.histogram's rules (last bin closed; [v - 0.5, v + 0.5] when min == max).
    /// Infinite values are left out of it (numpy cannot bin them); they do count in min/max.
    std::vector<qint64> histogram;
    double histogramMin = 0.0, histogramMax = 0.0;
};

struct TableProfile
{
    qint64 rows = 0;
    std::vector<ColumnProfile> columns;
};

/// Profiles one column (single-threaded).
ColumnProfile profileColumn(const Column& column, const ProfileOptions& options = {});
/// Profiles every column, columns spread over `options.threads` threads. Cancellable.
Result<TableProfile> profileTable(const Table& table, const ProfileOptions& options = {},
                                  JobControl* job = nullptr);

} // namespace pp
