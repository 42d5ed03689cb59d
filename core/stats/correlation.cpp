#include "stats/correlation.h"

#include "stats/descriptive.h"
#include "stats/numeric_view.h"
#include "stats/parallel.h"
#include "stats/radix_sort.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace pp {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pp::correlation)
};

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr std::uint32_t kNoKey = 0xffffffffu;

/// A value's sort key and its row, for an argsort with stats::radixSort (which finds
/// orderedKey() for this type by argument-dependent lookup).
struct RankItem
{
    std::uint64_t key;
    std::uint32_t row;
};
std::uint64_t orderedKey(RankItem item) { return item.key; }

/// pandas masks with np.isfinite: infinities are left out like NaN. x - x is 0 only for
/// finite x, and compiles to no branch.
inline bool present(double x) { return x - x == 0.0; }

/// Everything a pair needs that depends on one column only, computed once per column.
struct Prepared
{
    std::vector<const double*> values;
    std::vector<std::vector<double>> converted;   ///< boolean columns as 0/1/NaN
    std::vector<char> complete;                   ///< no missing (or infinite) value
    std::vector<double> mean;                     ///< complete columns (Pearson)
    std::vector<std::vector<double>> ranks;       ///< Spearman: average ranks, NaN = missing
    std::vector<std::vector<std::uint32_t>> keys; ///< Spearman: dense value keys, for re-ranking
    std::vector<std::uint32_t> distinct;
};

/// Average ranks (ties share the mean of their positions, pandas rank_1d 'average') and
/// dense keys (equal values, equal key; order kept) of one column.
void rankColumn(const double* values, std::size_t n, bool withKeys, std::vector<double>& ranks,
                std::vector<std::uint32_t>& keys, std::uint32_t& distinct)
{
    std::vector<RankItem> items;
    items.reserve(n);
    for (std::size_t r = 0; r < n; ++r)
        if (present(values[r]))
            items.push_back({stats::orderedKey(values[r] + 0.0), static_cast<std::uint32_t>(r)}); // -0.0 -> 0.0
    std::vector<RankItem> scratch(items.size());
    stats::radixSort(items.data(), scratch.data(), items.size());
    ranks.assign(n, kNaN);
    if (withKeys)
        keys.assign(n, kNoKey);
    distinct = 0;
    for (std::size_t i = 0; i < items.size();) {
        std::size_t j = i + 1;
        while (j < items.size() && items[j].key == items[i].key)
            ++j;
        // Positions i+1 .. j: their mean is a half-integer, exact in a double.
        const double rank = (static_cast<double>(i + 1) + static_cast<double>(j)) / 2.0;
        for (std::size_t t = i; t < j; ++t) {
            ranks[items[t].row] = rank;
            if (withKeys)
                keys[items[t].row] = distinct;
        }
        ++distinct;
        i = j;
    }
}

/// Σ(x - mx)(y - my), Σ(x - mx)², Σ(y - my)² with four interleaved accumulators: no
/// reassociation is needed to keep the FPU busy, and four partial sums round less than one.
template <class Get>
void centredSums(std::size_t n, double mx, double my, Get get, double& sxy, double& sxx, double& syy)
{
    double xy[4] = {}, xx[4] = {}, yy[4] = {};
    std::size_t r = 0;
    for (; r + 4 <= n; r += 4) {
        for (int l = 0; l < 4; ++l) {
            double x, y;
            const bool ok = get(r + static_cast<std::size_t>(l), x, y);
            const double dx = ok ? x - mx : 0.0;
            const double dy = ok ? y - my : 0.0;
            xy[l] += dx * dy;
            xx[l] += dx * dx;
            yy[l] += dy * dy;
        }
    }
    for (; r < n; ++r) {
        double x, y;
        if (get(r, x, y)) {
            xy[0] += (x - mx) * (y - my);
            xx[0] += (x - mx) * (x - mx);
            yy[0] += (y - my) * (y - my);
        }
    }
    sxy = (xy[0] + xy[1]) + (xy[2] + xy[3]);
    sxx = (xx[0] + xx[1]) + (xx[2] + xx[3]);
    syy = (yy[0] + yy[1]) + (yy[2] + yy[3]);
}

double ratio(double sxy, double sxx, double syy)
{
    // pandas: NaN when either column is constant on the pair's rows.
    const double divisor = std::sqrt(sxx * syy);
    return divisor != 0.0 ? sxy / divisor : kNaN;
}

double pearson(const Prepared& p, std::size_t a, std::size_t b, std::size_t n, int minPeriods, qint64* count)
{
    const double* x = p.values[a];
    const double* y = p.values[b];
    double sxy, sxx, syy;
    if (p.complete[a] && p.complete[b]) {
        *count = static_cast<qint64>(n);
        if (*count < minPeriods)
            return kNaN;
        centredSums(n, p.mean[a], p.mean[b], [&](std::size_t r, double& vx, double& vy) {
            vx = x[r];
            vy = y[r];
            return true;
        }, sxy, sxx, syy);
        return ratio(sxy, sxx, syy);
    }
    // Pairwise-complete: the means of the pair's rows first, then the centred sums.
    double sum[2] = {};
    qint64 nobs = 0;
    for (std::size_t r = 0; r < n; ++r) {
        const bool ok = present(x[r]) && present(y[r]);
        nobs += ok ? 1 : 0;
        sum[0] += ok ? x[r] : 0.0;
        sum[1] += ok ? y[r] : 0.0;
    }
    *count = nobs;
    if (nobs < minPeriods || nobs == 0)
        return kNaN;
    const auto get = [&](std::size_t r, double& vx, double& vy) {
        vx = x[r];
        vy = y[r];
        return present(vx) && present(vy);
    };
    centredSums(n, sum[0] / static_cast<double>(nobs), sum[1] / static_cast<double>(nobs), get, sxy, sxx, syy);
    return ratio(sxy, sxx, syy);
}

/// Ranks among the pair's complete rows, by key: a counting sort over the column's
/// distinct values (sequential passes, where an argsort per pair would jump around).
void subsetRanks(const std::uint32_t* keysX, const double* rx, const double* ry, std::size_t n,
                 std::uint32_t distinct, std::vector<double>& table)
{
    table.assign(distinct, 0.0);
    for (std::size_t r = 0; r < n; ++r)
        if (!std::isnan(rx[r]) && !std::isnan(ry[r]))
            table[keysX[r]] += 1.0;
    double below = 0.0;
    for (double& slot : table) {
        const double count = slot;
        slot = below + (count + 1.0) / 2.0;
        below += count;
    }
}

struct Buffers
{
    std::vector<double> tableX, tableY;
};

double spearman(const Prepared& p, std::size_t a, std::size_t b, std::size_t n, int minPeriods, Buffers& buf,
                qint64* count)
{
    const double* rx = p.ranks[a].data();
    const double* ry = p.ranks[b].data();
    qint64 nobs = 0, onlyX = 0, onlyY = 0;
    for (std::size_t r = 0; r < n; ++r) {
        const bool vx = !std::isnan(rx[r]);
        const bool vy = !std::isnan(ry[r]);
        nobs += vx && vy ? 1 : 0;
        onlyX += vx && !vy ? 1 : 0;
        onlyY += vy && !vx ? 1 : 0;
    }
    *count = nobs;
    if (nobs < minPeriods || nobs == 0)
        return kNaN;
    // pandas re-ranks x on the pair's rows unless no row of x was dropped.
    const bool rerankX = onlyX > 0;
    const bool rerankY = onlyY > 0;
    if (rerankX)
        subsetRanks(p.keys[a].data(), rx, ry, n, p.distinct[a], buf.tableX);
    if (rerankY)
        subsetRanks(p.keys[b].data(), ry, rx, n, p.distinct[b], buf.tableY);
    const std::uint32_t* kx = rerankX ? p.keys[a].data() : nullptr;
    const std::uint32_t* ky = rerankY ? p.keys[b].data() : nullptr;
    const double mean = (static_cast<double>(nobs) + 1.0) / 2.0;
    double sxy, sxx, syy;
    centredSums(n, mean, mean, [&](std::size_t r, double& vx, double& vy) {
        const bool ok = !std::isnan(rx[r]) && !std::isnan(ry[r]);
        vx = ok && kx ? buf.tableX[kx[r]] : rx[r];
        vy = ok && ky ? buf.tableY[ky[r]] : ry[r];
        return ok;
    }, sxy, sxx, syy);
    return ratio(sxy, sxx, syy);
}

Status checkColumns(const Table& table, const std::vector<int>& columns)
{
    for (int c : columns) {
        if (c < 0 || static_cast<std::size_t>(c) >= table.columnCount())
            return Status::failure(Tr::tr("No column %1 in a table of %2 columns.").arg(c).arg(table.columnCount()));
        const Column& column = table.column(static_cast<std::size_t>(c));
        if (!isNumericLike(column.type(), false))
            return Status::failure(Tr::tr("Column '%1' is %2: correlations need numeric or boolean columns.")
                                       .arg(column.name(), columnTypeDisplayName(column.type())));
    }
    if (table.rowCount() >= kNoKey)
        return Status::failure(Tr::tr("Correlations support up to 4 billion rows."));
    return Unit{};
}

std::vector<int> numericColumns(const Table& table, int except = -1)
{
    std::vector<int> out;
    for (std::size_t i = 0; i < table.columnCount(); ++i)
        if (static_cast<int>(i) != except && isNumericLike(table.column(i).type(), false))
            out.push_back(static_cast<int>(i));
    return out;
}

/// Reads and, for Spearman, ranks the columns (over threads); false when cancelled or out of memory.
bool prepare(const Table& table, const std::vector<int>& columns, const CorrelationOptions& options,
             JobControl* job, Prepared& p)
{
    const std::size_t k = columns.size();
    const std::size_t n = table.rowCount();
    p.values.resize(k);
    p.converted.resize(k);
    p.complete.assign(k, 1);
    p.mean.assign(k, kNaN);
    for (std::size_t i = 0; i < k; ++i) {
        p.values[i] = numericValues(table.column(static_cast<std::size_t>(columns[i])), p.converted[i]);
        for (std::size_t r = 0; r < n && p.complete[i]; ++r)
            p.complete[i] = present(p.values[i][r]) ? 1 : 0;
    }
    const bool anyMissing = std::find(p.complete.begin(), p.complete.end(), 0) != p.complete.end();
    const bool spearman = options.method == CorrelationMethod::Spearman;
    p.ranks.resize(spearman ? k : 0);
    p.keys.resize(spearman ? k : 0);
    p.distinct.assign(k, 0);
    return parallelFor(k, options.threads, job, [&](std::size_t i) {
        if (spearman)
            rankColumn(p.values[i], n, anyMissing, p.ranks[i], p.keys[i], p.distinct[i]);
        else if (p.complete[i])
            p.mean[i] = stats::mean(p.values[i], n);
    });
}

} // namespace

QString correlationMethodName(CorrelationMethod method)
{
    return method == CorrelationMethod::Spearman ? QStringLiteral("spearman") : QStringLiteral("pearson");
}

bool correlationMethodFromName(const QString& name, CorrelationMethod* out)
{
    if (name.compare(QLatin1String("pearson"), Qt::CaseInsensitive) == 0)
        *out = CorrelationMethod::Pearson;
    else if (name.compare(QLatin1String("spearman"), Qt::CaseInsensitive) == 0)
        *out = CorrelationMethod::Spearman;
    else
        return false;
    return true;
}

Result<CorrelationMatrix> correlationMatrix(const Table& table, const std::vector<int>& requested,
                                            const CorrelationOptions& options, JobControl* job)
{
    using R = Result<CorrelationMatrix>;
    CorrelationMatrix m;
    m.columns = requested.empty() ? numericColumns(table) : requested;
    Status s = checkColumns(table, m.columns);
    if (!s.ok())
        return R::from(s);
    const std::size_t k = m.columns.size();
    const std::size_t n = table.rowCount();
    for (int c : m.columns)
        m.names << table.column(static_cast<std::size_t>(c)).name();
    reportProgress(job, 0.0, Tr::tr("Computing correlations"));
    try {
        Prepared p;
        const bool prepared = prepare(table, m.columns, options, job, p);
        if (isCancelled(job))
            return R::cancelledResult();
        if (!prepared)
            return R::failure(Tr::tr("Not enough memory to compute correlations."));
        m.values.assign(k * k, kNaN);
        m.pairCounts.assign(k * k, 0);
        std::vector<std::pair<std::size_t, std::size_t>> pairs;
        for (std::size_t i = 0; i < k; ++i)
            for (std::size_t j = 0; j <= i; ++j)
                pairs.push_back({i, j});
        std::vector<Buffers> buffers(threadCount(options.threads, pairs.size()));
        std::atomic<std::size_t> done{0};
        const bool ok = parallelFor(pairs.size(), options.threads, job, [&](std::size_t t, unsigned worker) {
            const auto [i, j] = pairs[t];
            qint64 count = 0;
            const double r = options.method == CorrelationMethod::Spearman
                                 ? spearman(p, i, j, n, options.minPeriods, buffers[worker], &count)
                                 : pearson(p, i, j, n, options.minPeriods, &count);
            m.values[i * k + j] = m.values[j * k + i] = r;
            m.pairCounts[i * k + j] = m.pairCounts[j * k + i] = count;
            reportProgress(job, 0.2 + 0.8 * static_cast<double>(done.fetch_add(1) + 1) / static_cast<double>(pairs.size()));
        });
        if (isCancelled(job))
            return R::cancelledResult();
        if (!ok)
            return R::failure(Tr::tr("Not enough memory to compute correlations."));
    } catch (const std::bad_alloc&) {
        return R::failure(Tr::tr("Not enough memory to compute correlations."));
    }
    reportProgress(job, 1.0);
    return m;
}

Result<std::vector<TargetCorrelation>> rankByCorrelation(const Table& table, int target,
                                                         const std::vector<int>& requested,
                                                         const CorrelationOptions& options, JobControl* job)
{
    using R = Result<std::vector<TargetCorrelation>>;
    std::vector<int> columns{target};
    const std::vector<int> candidates = requested.empty() ? numericColumns(table, target) : requested;
    columns.insert(columns.end(), candidates.begin(), candidates.end());
    Status s = checkColumns(table, columns);
    if (!s.ok())
        return R::from(s);
    const std::size_t n = table.rowCount();
    std::vector<TargetCorrelation> out(candidates.size());
    try {
        Prepared p;
        const bool prepared = prepare(table, columns, options, job, p);
        if (isCancelled(job))
            return R::cancelledResult();
        if (!prepared)
            return R::failure(Tr::tr("Not enough memory to compute correlations."));
        std::vector<Buffers> buffers(threadCount(options.threads, candidates.size()));
        const bool ok = parallelFor(candidates.size(), options.threads, job, [&](std::size_t t, unsigned worker) {
            TargetCorrelation& c = out[t];
            c.column = candidates[t];
            c.name = table.column(static_cast<std::size_t>(c.column)).name();
            c.correlation = options.method == CorrelationMethod::Spearman
                                ? spearman(p, 0, t + 1, n, options.minPeriods, buffers[worker], &c.count)
                                : pearson(p, 0, t + 1, n, options.minPeriods, &c.count);
        });
        if (isCancelled(job))
            return R::cancelledResult();
        if (!ok)
            return R::failure(Tr::tr("Not enough memory to compute correlations."));
    } catch (const std::bad_alloc&) {
        return R::failure(Tr::tr("Not enough memory to compute correlations."));
    }
    std::stable_sort(out.begin(), out.end(), [](const TargetCorrelation& a, const TargetCorrelation& b) {
        if (std::isnan(a.correlation) || std::isnan(b.correlation))
            return !std::isnan(a.correlation) && std::isnan(b.correlation);
        return std::fabs(a.correlation) > std::fabs(b.correlation);
    });
    return out;
}

} // namespace pp
