#pragma once

#include "common/job.h"
#include "common/result.h"
#include "data/table.h"

#include <QString>
#include <QStringList>

#include <cstdint>
#include <vector>

namespace pp {

enum class CorrelationMethod : std::uint8_t { Pearson, Spearman };

/// "pearson" / "spearman".
QString correlationMethodName(CorrelationMethod method);
bool correlationMethodFromName(const QString& name, CorrelationMethod* out);

struct CorrelationOptions
{
    CorrelationMethod method = CorrelationMethod::Pearson;
    int minPeriods = 1;     ///< pairs with fewer complete rows give NaN (pandas min_periods)
    int threads = 0;        ///< column pairs spread over threads; 0 = all cores
};

/// pandas DataFrame.corr(method=..., min_periods=...) over numeric and boolean columns:
///  - each pair uses the rows where both values are present (pairwise-complete);
///    like pandas, infinities count as missing;
///  - Spearman ranks with ties averaged, re-ranked on each pair's complete rows;
///  - NaN where a pair has fewer than minPeriods rows or a column is constant on them
///    (the diagonal too, as in pandas).
/// Boolean columns are 0/1 (pandas drops bool columns that hold missing values, as object
/// dtype; here they take part with their missing values left out).
struct CorrelationMatrix
{
    std::vector<int> columns;        ///< table indices, in matrix order
    QStringList names;
    std::vector<double> values;      ///< k x k, row-major, symmetric
    std::vector<qint64> pairCounts;  ///< k x k complete rows of each pair

    std::size_t size() const { return columns.size(); }
    double at(std::size_t i, std::size_t j) const { return values[i * columns.size() + j]; }
};

/// Empty `columns`: every numeric and boolean column, in table order. Cost O(n k^2) for
/// Pearson (a dot product per pair; pairs with missing values two passes); Spearman adds
/// one sort per column and O(n) per pair whose missing rows differ. Cancellable.
Result<CorrelationMatrix> correlationMatrix(const Table& table, const std::vector<int>& columns = {},
                                            const CorrelationOptions& options = {}, JobControl* job = nullptr);

struct TargetCorrelation
{
    int column = -1;
    QString name;
    double correlation = 0.0;   ///< NaN when undefined
    qint64 count = 0;           ///< complete rows of the pair
};

/// The columns most correlated with `target`: |r| descending, NaN last, ties in table
/// order. Empty `candidates`: every numeric and boolean column but the target.
Result<std::vector<TargetCorrelation>> rankByCorrelation(const Table& table, int target,
                                                         const std::vector<int>& candidates = {},
                                                         const CorrelationOptions& options = {},
                                                         JobControl* job = nullptr);

} // namespace pp
