#pragma once

#include "common/job.h"
#include "common/result.h"
#include "data/table.h"
#include "stats/frequency_table.h"

#include <QString>

#include <memory>
#include <vector>

namespace pp {

/// A numeric, boolean or date/time column summarised once (off the GUI thread) so that
/// the Distributions view can redraw its histogram with another bin count in
/// O(bins · log distinct) and draw its box plot without touching the rows again.
struct NumericDistribution
{
    QString name;
    bool dateTime = false;
    qint64 rows = 0;
    qint64 count = 0;         ///< finite values
    qint64 missing = 0;
    qint64 infinite = 0;      ///< ±inf values: left out of the charts (numpy cannot bin them)
    std::shared_ptr<const stats::FrequencyTable> values;  ///< the finite values

    /// numpy.histogram_bin_edges(values, 'fd') (stats::histogramBinEdgesFd); empty when
    /// there are no values. fdBins = its number of bins, before the display cap.
    std::vector<double> fdEdges;
    std::size_t fdBins = 0;

    /// Tukey's box plot: quartiles (numpy linear), fences q1 - k·IQR and q3 + k·IQR, whiskers
    /// at the most extreme values inside the fences, and the values outside.
    double iqrK = 1.5;
    double q1 = 0.0, median = 0.0, q3 = 0.0;
    double lowerFence = 0.0, upperFence = 0.0;
    double lowerWhisker = 0.0, upperWhisker = 0.0;
    qint64 below = 0, above = 0;
    /// Distinct values outside the fences, the most extreme ones (at most kMaxOutlierMarks).
    std::vector<double> outlierValues;
};

/// More bins than this are unreadable at any screen size: Freedman–Diaconis' choice is
/// capped here (a single huge outlier can ask for millions), and the spin box stops here.
inline constexpr int kMaxHistogramBins = 200;
inline constexpr int kMaxOutlierMarks = 200;

Result<NumericDistribution> computeNumericDistribution(const Table& table, int column, double iqrK = 1.5,
                                                       JobControl* job = nullptr);

struct HistogramData
{
    std::vector<double> edges;     ///< bins + 1
    std::vector<qint64> counts;    ///< numpy.histogram(values, edges)[0]
    bool capped = false;           ///< FD asked for more than kMaxHistogramBins
};
/// `bins` == 0: the Freedman–Diaconis edges (equal-width kMaxHistogramBins over the same
/// range when FD asks for more); else `bins` equal-width bins over [min, max] (numpy).
HistogramData histogramOf(const NumericDistribution& distribution, int bins);

/// How often each value of a categorical, boolean or text column occurs: the top N, most
/// frequent first (ties in first-appearance order for categories), and the rest pooled.
struct CategoryCounts
{
    QString name;
    qint64 rows = 0;
    qint64 missing = 0;
    qint64 distinct = 0;
    std::vector<QString> labels;
    std::vector<qint64> counts;
    qint64 other = 0;          ///< values of the categories beyond the top N
    qint64 otherGroups = 0;
};

Result<CategoryCounts> computeCategoryCounts(const Table& table, int column, int topN, JobControl* job = nullptr);

} // namespace pp
