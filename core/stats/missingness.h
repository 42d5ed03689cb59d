#pragma once

#include "common/job.h"
#include "common/result.h"
#include "data/table.h"

#include <QString>

#include <cstdint>
#include <vector>

namespace pp {

struct MissingnessOptions
{
    int bins = 100;     ///< row bins of the nullity matrix (fewer when the table has fewer rows)
    int threads = 0;    ///< 0 = all cores
};

struct ColumnMissingness
{
    int column = -1;    ///< index in the table
    QString name;
    qint64 missing = 0;
    double percent = 0.0;   ///< 100 * missing / rows (0 for an empty table)
};

/// What is missing where, as missingno draws it (bar, matrix, heatmap) and as an analyst
/// reads it off pandas: df.isna().sum(), df.isna().any(axis=1).sum(), ...
/// "Missing" is Column::isMissing(): NaN, a missing code/flag/time, missing text.
struct MissingnessReport
{
    qint64 rows = 0;
    /// Every column, most missing first; ties keep the table's order.
    std::vector<ColumnMissingness> columns;
    qint64 rowsWithAnyMissing = 0;   ///< df.isna().any(axis=1).sum()
    qint64 rowsWithAllMissing = 0;   ///< df.isna().all(axis=1).sum() (0 for a table without columns)
    qint64 completeRows = 0;         ///< rows - rowsWithAnyMissing

    /// The nullity matrix for tables too tall to draw row by row: rows are cut into
    /// `bins` contiguous bins, bin b = rows [binStart[b], binStart[b + 1]), as
    /// numpy.array_split(rows, bins) cuts them: the first rows % bins bins get one more row.
    int bins = 0;
    std::vector<qint64> binStart;            ///< bins + 1 entries
    /// bins x table columns, row-major: the share of the bin's cells missing in that column.
    std::vector<double> binMissingShare;
    /// Per bin: the share of its cells present (all columns), like missingno's sparkline;
    /// and the fewest and most present cells in any one row of the bin.
    std::vector<double> binCompleteness;
    std::vector<int> binMinPresent;
    std::vector<int> binMaxPresent;

    /// Nullity correlation as missingno's heatmap: Pearson correlation of the 0/1 missing
    /// indicators (df.isnull().corr()) over the columns with some but not all values
    /// missing (an indicator without variance has no correlation). k x k, row-major.
    std::vector<int> nullityColumns;
    std::vector<double> nullityCorrelation;

    double missingShareAt(int bin, int column, int columnCount) const
    {
        return binMissingShare[static_cast<std::size_t>(bin) * static_cast<std::size_t>(columnCount)
                               + static_cast<std::size_t>(column)];
    }
    double nullityCorrelationAt(int i, int j) const
    {
        return nullityCorrelation[static_cast<std::size_t>(i) * nullityColumns.size() + static_cast<std::size_t>(j)];
    }
};

/// O(n p) to read the missing flags into bit sets (columns over threads), then every
/// figure is popcounts over 64 rows at a time: the nullity correlation needs the
/// both-missing count of each pair, O(n k^2 / 64) for k columns with missing values.
/// Cancellable.
Result<MissingnessReport> analyzeMissingness(const Table& table, const MissingnessOptions& options = {},
                                             JobControl* job = nullptr);

} // namespace pp
