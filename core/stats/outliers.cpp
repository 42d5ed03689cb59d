#include "stats/outliers.h"

#include "stats/descriptive.h"
#include "stats/numeric_view.h"
#include "stats/parallel.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace pp {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pp::outliers)
};

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
// Iglewicz & Hoaglin: 0.6745 = the 0.75 quantile of the standard normal, so that
// 0.6745 (x - median) / MAD is a z-score for normal data.
constexpr double kMadFactor = 0.6745;
// IBM's fallback scale for MAD = 0: 1.253314 ≈ sqrt(pi / 2), mean |x - mu| = sigma sqrt(2 / pi).
constexpr double kMeanAdFactor = 1.253314;

/// Buffers a worker reuses from column to column.
struct Scratch
{
    std::vector<double> values;
    std::vector<double> sorted;
    std::vector<double> radix;
};

/// pandas Series.median(): numpy's median, the mean (a + b) / 2 of the two middle values.
/// (Series.quantile(0.5) interpolates a + (b - a) / 2 instead, which can differ by an ulp.)
double pandasMedianSorted(const double* sorted, std::size_t n)
{
    if (n == 0)
        return kNaN;
    return n % 2 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
}

/// The median of |x - median| from sorted x without sorting again: the deviations of the
/// values below the median, read backwards, and of the others, read forwards, are two
/// ascending runs; merging them up to the middle is O(n).
double madSorted(const double* sorted, std::size_t n, double median)
{
    if (n == 0)
        return kNaN;
    std::size_t left = static_cast<std::size_t>(std::lower_bound(sorted, sorted + n, median) - sorted);
    std::size_t right = left;
    const std::size_t lowRank = (n - 1) / 2;
    const std::size_t highRank = n / 2;
    double low = 0.0;
    double current = 0.0;
    for (std::size_t rank = 0; rank <= highRank; ++rank) {
        const bool takeLeft = left > 0
                              && (right >= n || std::fabs(sorted[left - 1] - median) <= std::fabs(sorted[right] - median));
        current = takeLeft ? std::fabs(sorted[--left] - median) : std::fabs(sorted[right++] - median);
        if (rank == lowRank)
            low = current;
    }
    return (low + current) / 2.0;
}

/// pandas Series.median() of values in any order (NaN skipped), by selection in O(n).
double medianOf(const double* values, std::size_t n, std::vector<double>& buffer)
{
    buffer.resize(n);
    std::size_t m = 0;
    for (std::size_t i = 0; i < n; ++i) {
        buffer[m] = values[i];
        m += std::isnan(values[i]) ? 0 : 1;
    }
    if (m == 0)
        return kNaN;
    double* mid = buffer.data() + m / 2;
    std::nth_element(buffer.data(), mid, buffer.data() + m);
    if (m % 2)
        return *mid;
    return (*std::max_element(buffer.data(), mid) + *mid) / 2.0;
}

template <class IsOutlier>
void flagRows(const double* values, std::size_t n, IsOutlier isOutlier, ColumnOutliers& out)
{
    out.flags.assign(n, 0);
    qint64 count = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const bool flagged = isOutlier(values[i]); // false for NaN: every comparison is
        out.flags[i] = flagged ? 1 : 0;
        count += flagged ? 1 : 0;
    }
    out.outliers = count;
}

ColumnOutliers detect(const Column& column, const OutlierOptions& options, Scratch& scratch)
{
    ColumnOutliers out;
    out.name = column.name();
    const std::size_t n = column.size();
    const double* values = numericValues(column, scratch.values);
    const std::size_t m = stats::sortedNonMissing(values, n, scratch.sorted, scratch.radix);
    const double* sorted = scratch.sorted.data();
    out.count = static_cast<qint64>(m);

    switch (options.method) {
    case OutlierMethod::ZScore: {
        const stats::Moments moments = stats::moments(sorted, m);
        const double mean = moments.mean;
        const double std = moments.std;
        const double t = options.zThreshold;
        out.center = mean;
        out.scale = std;
        if (std > 0.0) {
            out.lower = mean - t * std;
            out.upper = mean + t * std;
        }
        // Exactly pandas' (((s - s.mean()) / s.std()).abs() > t): std 0 gives 0/0 = NaN.
        flagRows(values, n, [&](double x) { return std::fabs((x - mean) / std) > t; }, out);
        break;
    }
    case OutlierMethod::ModifiedZScore: {
        const double median = pandasMedianSorted(sorted, m);
        const double mad = madSorted(sorted, m, median);
        const double t = options.madThreshold;
        out.center = median;
        if (mad > 0.0) {
            out.scale = mad;
            out.lower = median - t * mad / kMadFactor;
            out.upper = median + t * mad / kMadFactor;
            flagRows(values, n, [&](double x) { return std::fabs(kMadFactor * (x - median) / mad) > t; }, out);
            break;
        }
        out.madFallback = m > 0;
        stats::CompensatedSum sum;
        for (std::size_t i = 0; i < m; ++i)
            sum.add(std::fabs(sorted[i] - median));
        const double scale = m > 0 ? kMeanAdFactor * (sum.value() / static_cast<double>(m)) : kNaN;
        out.scale = scale;
        if (scale > 0.0) {
            out.lower = median - t * scale;
            out.upper = median + t * scale;
            flagRows(values, n, [&](double x) { return std::fabs((x - median) / scale) > t; }, out);
        } else {
            flagRows(values, n, [](double) { return false; }, out);
        }
        break;
    }
    case OutlierMethod::Iqr:
    case OutlierMethod::IsolationForest: { // rejected by the callers; IQR keeps the switch whole
        const stats::IqrFences f = stats::iqrFences(sorted, m, options.iqrK);
        out.center = pandasMedianSorted(sorted, m);
        out.scale = f.iqr;
        out.lower = f.lower;
        out.upper = f.upper;
        const double lower = f.lower;
        const double upper = f.upper;
        flagRows(values, n, [&](double x) { return x < lower || x > upper; }, out);
        break;
    }
    }
    return out;
}

Status checkNumeric(const Column& column)
{
    if (isNumericLike(column.type(), true))
        return Unit{};
    return Status::failure(Tr::tr("Column '%1' is %2, not numeric: outliers need numbers.")
                               .arg(column.name(), columnTypeDisplayName(column.type())));
}

std::vector<int> defaultColumns(const Table& table)
{
    std::vector<int> columns;
    for (std::size_t i = 0; i < table.columnCount(); ++i)
        if (table.column(i).type() == ColumnType::Numeric && !table.column(i).isIdLike())
            columns.push_back(static_cast<int>(i));
    return columns;
}

Status checkPerColumnMethod(const OutlierOptions& options)
{
    if (options.method != OutlierMethod::IsolationForest)
        return Unit{};
    return Status::failure(Tr::tr("Isolation Forest looks at several columns at once: use forestOutliers()."));
}

Status checkColumns(const Table& table, const std::vector<int>& columns)
{
    for (int c : columns) {
        if (c < 0 || static_cast<std::size_t>(c) >= table.columnCount())
            return Status::failure(Tr::tr("No column %1 in a table of %2 columns.").arg(c).arg(table.columnCount()));
        Status s = checkNumeric(table.column(static_cast<std::size_t>(c)));
        if (!s.ok())
            return s;
    }
    return Unit{};
}

} // namespace

QString outlierMethodName(OutlierMethod method)
{
    switch (method) {
    case OutlierMethod::Iqr:
        return QStringLiteral("iqr");
    case OutlierMethod::ZScore:
        return QStringLiteral("zscore");
    case OutlierMethod::ModifiedZScore:
        return QStringLiteral("mad");
    case OutlierMethod::IsolationForest:
        return QStringLiteral("iforest");
    }
    return QString();
}

bool outlierMethodFromName(const QString& name, OutlierMethod* out)
{
    for (OutlierMethod m : {OutlierMethod::Iqr, OutlierMethod::ZScore, OutlierMethod::ModifiedZScore,
                            OutlierMethod::IsolationForest}) {
        if (name.compare(outlierMethodName(m), Qt::CaseInsensitive) == 0) {
            *out = m;
            return true;
        }
    }
    return false;
}

Result<ColumnOutliers> columnOutliers(const Column& column, const OutlierOptions& options)
{
    Status s = checkPerColumnMethod(options);
    if (s.ok())
        s = checkNumeric(column);
    if (!s.ok())
        return Result<ColumnOutliers>::from(s);
    try {
        Scratch scratch;
        return detect(column, options, scratch);
    } catch (const std::bad_alloc&) {
        return Result<ColumnOutliers>::failure(Tr::tr("Not enough memory to find outliers in '%1'.").arg(column.name()));
    }
}

Result<std::vector<ColumnOutliers>> tableOutliers(const Table& table, const std::vector<int>& requested,
                                                  const OutlierOptions& options, JobControl* job)
{
    using R = Result<std::vector<ColumnOutliers>>;
    const std::vector<int> columns = requested.empty() ? defaultColumns(table) : requested;
    Status s = checkPerColumnMethod(options);
    if (s.ok())
        s = checkColumns(table, columns);
    if (!s.ok())
        return R::from(s);
    std::vector<ColumnOutliers> out(columns.size());
    std::atomic<std::size_t> done{0};
    reportProgress(job, 0.0, Tr::tr("Finding outliers"));
    // One Scratch per thread, not per column: a 1M-row column needs 24 MB of buffers.
    const unsigned threads = threadCount(options.threads, columns.size());
    std::vector<Scratch> scratch(threads);
    const bool ok = parallelFor(columns.size(), options.threads, job, [&](std::size_t i, unsigned worker) {
        out[i] = detect(table.column(static_cast<std::size_t>(columns[i])), options, scratch[worker]);
        out[i].column = columns[i];
        reportProgress(job, static_cast<double>(done.fetch_add(1) + 1) / static_cast<double>(columns.size()));
    });
    if (isCancelled(job))
        return R::cancelledResult();
    if (!ok)
        return R::failure(Tr::tr("Not enough memory to find outliers."));
    reportProgress(job, 1.0);
    return out;
}

Result<ForestOutliers> forestOutliers(const Table& table, const std::vector<int>& requested,
                                      const IsolationForestOptions& options, JobControl* job)
{
    using R = Result<ForestOutliers>;
    const std::vector<int> columns = requested.empty() ? defaultColumns(table) : requested;
    if (columns.empty())
        return R::failure(Tr::tr("Isolation Forest needs at least one numeric column."));
    Status s = checkColumns(table, columns);
    if (!s.ok())
        return R::from(s);
    try {
        ForestOutliers out;
        out.columns = columns;
        const std::size_t n = table.rowCount();
        const std::size_t p = columns.size();
        std::vector<const double*> values(p);
        std::vector<std::vector<double>> converted(p);
        for (std::size_t c = 0; c < p; ++c) {
            const Column& column = table.column(static_cast<std::size_t>(columns[c]));
            out.names << column.name();
            values[c] = numericValues(column, converted[c]);
        }
        // Medians by selection (a sort per column would cost more than the forest), over threads.
        out.medians.assign(p, kNaN);
        std::vector<std::vector<double>> buffers(threadCount(options.threads, p));
        if (!parallelFor(p, options.threads, job, [&](std::size_t c, unsigned worker) {
                out.medians[c] = medianOf(values[c], n, buffers[worker]);
            }))
            return R::failure(Tr::tr("Not enough memory for an Isolation Forest over %1 columns.").arg(p));
        if (isCancelled(job))
            return R::cancelledResult();
        buffers = {};
        for (std::size_t c = 0; c < p; ++c)
            if (std::isnan(out.medians[c]))
                return R::failure(Tr::tr("Column '%1' has no values to fit on.").arg(out.names[static_cast<qsizetype>(c)]));

        // Row-major for the trees, filled by row blocks: threads writing different columns
        // of the same rows would fight over cache lines.
        Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor> x(static_cast<Eigen::Index>(n),
                                                                                 static_cast<Eigen::Index>(p));
        constexpr std::size_t kBlock = 16384;
        const std::size_t blocks = (n + kBlock - 1) / kBlock;
        std::vector<qint64> imputed(blocks, 0);
        parallelFor(blocks, options.threads, job, [&](std::size_t b) {
            const std::size_t end = std::min(n, (b + 1) * kBlock);
            for (std::size_t r = b * kBlock; r < end; ++r) {
                bool any = false;
                double* row = x.data() + r * p;
                for (std::size_t c = 0; c < p; ++c) {
                    const double v = values[c][r];
                    const bool missing = std::isnan(v);
                    row[c] = missing ? out.medians[c] : v;
                    any |= missing;
                }
                imputed[b] += any ? 1 : 0;
            }
        });
        if (isCancelled(job))
            return R::cancelledResult();
        out.imputedRows = std::accumulate(imputed.begin(), imputed.end(), qint64(0));
        Status fitted = out.forest.fit(x, options, job);
        if (!fitted.ok())
            return R::from(fitted);
        out.scores = out.forest.trainingScores();
        out.threshold = out.forest.threshold();
        out.flags.resize(n);
        for (std::size_t r = 0; r < n; ++r) {
            out.flags[r] = out.scores[r] > out.threshold ? 1 : 0;
            out.flagged += out.flags[r];
        }
        return out;
    } catch (const std::bad_alloc&) {
        return R::failure(Tr::tr("Not enough memory for an Isolation Forest over %1 columns.").arg(columns.size()));
    }
}

} // namespace pp
