#include "stats/profile.h"

#include "stats/descriptive.h"
#include "stats/histogram.h"
#include "stats/radix_sort.h"

#include <QCoreApplication>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <mutex>
#include <new>
#include <string_view>
#include <system_error>
#include <thread>
#include <unordered_map>

namespace pp {

namespace {

/// Buffers a worker reuses from column to column: at 1M rows, allocating and first
/// touching 16 MB per column would cost as much as the sort itself.
struct Scratch
{
    std::vector<double> sorted;
    std::vector<double> tmp;
    std::vector<qint64> counts;
    std::vector<qint64> firstRow;
};

std::optional<double> unlessNaN(double v)
{
    return std::isnan(v) ? std::nullopt : std::optional<double>(v);
}

/// Order statistics, distinct count, top values and histogram of sorted values, shared by
/// numeric and datetime columns. `label` formats a value for `top`.
template <class Label>
void profileSorted(ColumnProfile& p, const double* x, std::size_t n, const ProfileOptions& options, Label label)
{
    p.count = static_cast<qint64>(n);
    if (n == 0)
        return;
    p.min = x[0];
    p.max = x[n - 1];
    p.q1 = unlessNaN(stats::quantileSorted(x, n, 0.25));
    p.median = unlessNaN(stats::quantileSorted(x, n, 0.5));
    p.q3 = unlessNaN(stats::quantileSorted(x, n, 0.75));
    p.unique = stats::distinctCountSorted(x, n);
    if (options.topCount > 0) {
        for (const auto& vc : stats::valueCountsSorted(x, n, static_cast<std::size_t>(options.topCount)))
            p.top.emplace_back(label(vc.value), vc.count);
    }
    // numpy refuses to bin infinite values; the histogram shows the finite ones.
    const double* begin = std::partition_point(x, x + n, [](double v) { return std::isinf(v) && v < 0; });
    const double* end = std::partition_point(begin, x + n, [](double v) { return !std::isinf(v); });
    const auto finite = static_cast<std::size_t>(end - begin);
    if (options.histogramBins > 0 && finite > 0) {
        const stats::OuterEdges e = stats::outerEdges(begin[0], end[-1], finite);
        const auto edges = stats::equalWidthBinEdges(e.first, e.last, static_cast<std::size_t>(options.histogramBins));
        p.histogram = stats::histogramCountsSorted(begin, finite, edges);
        p.histogramMin = e.first;
        p.histogramMax = e.last;
    }
}

void profileNumeric(ColumnProfile& p, const Column& c, const ProfileOptions& options, Scratch& s)
{
    const auto& values = c.numbers();
    const std::size_t n = stats::sortedNonMissing(values.data(), values.size(), s.sorted, s.tmp);
    p.missing = static_cast<qint64>(values.size() - n);
    const double* x = s.sorted.data();
    profileSorted(p, x, n, options, [](double v) { return formatNumber(v); });
    if (n == 0)
        return;
    const stats::Moments m = stats::moments(x, n);
    p.mean = unlessNaN(m.mean);
    p.std = unlessNaN(m.std);
    p.skew = unlessNaN(m.skew);
    p.outliersIqr = stats::countIqrOutliersSorted(x, n, options.iqrK);
    if (!std::isnan(m.std))
        p.outliersZ = stats::countZScoreOutliersSorted(x, n, m.mean, m.std, options.zThreshold);
}

void profileDateTime(ColumnProfile& p, const Column& c, const ProfileOptions& options, Scratch& s)
{
    const auto& times = c.times();
    // Epoch milliseconds are exact in a double for ±285,000 years, so dates share the
    // numeric path (radix sort on doubles, numpy's quantiles on the ms values).
    s.sorted.resize(times.size());
    std::size_t n = 0;
    for (const std::int64_t t : times) {
        s.sorted[n] = static_cast<double>(t);
        n += t != kMissingTime ? 1 : 0;
    }
    s.sorted.resize(n);
    s.tmp.resize(std::max(s.tmp.size(), n));
    stats::radixSort(s.sorted.data(), s.tmp.data(), n);
    p.missing = static_cast<qint64>(times.size() - n);
    const QString& format = c.timeFormat();
    profileSorted(p, s.sorted.data(), n, options,
                  [&format](double v) { return formatDateTime(static_cast<std::int64_t>(v), format); });
}

/// Fills count, unique and top from per-value counts and first rows (pandas orders ties
/// of object columns by first appearance). Entries with count 0 are absent values.
template <class Label>
void profileCounted(ColumnProfile& p, const std::vector<qint64>& counts, const std::vector<qint64>& firstRow,
                    const ProfileOptions& options, Label label)
{
    std::vector<std::size_t> present;
    for (std::size_t i = 0; i < counts.size(); ++i) {
        if (counts[i] > 0) {
            present.push_back(i);
            p.count += counts[i];
        }
    }
    p.unique = static_cast<qint64>(present.size());
    if (options.topCount <= 0)
        return;
    const auto before = [&](std::size_t a, std::size_t b) {
        return counts[a] != counts[b] ? counts[a] > counts[b] : firstRow[a] < firstRow[b];
    };
    const std::size_t top = std::min(present.size(), static_cast<std::size_t>(options.topCount));
    std::partial_sort(present.begin(), present.begin() + static_cast<std::ptrdiff_t>(top), present.end(), before);
    for (std::size_t i = 0; i < top; ++i)
        p.top.emplace_back(label(present[i]), counts[present[i]]);
}

void profileCategorical(ColumnProfile& p, const Column& c, const ProfileOptions& options, Scratch& s)
{
    const auto& codes = c.codes();
    const auto& dictionary = c.dictionary();
    s.counts.assign(dictionary.size(), 0);
    s.firstRow.assign(dictionary.size(), 0);
    for (std::size_t row = 0; row < codes.size(); ++row) {
        const std::int32_t code = codes[row];
        if (code < 0) {
            ++p.missing;
            continue;
        }
        const auto i = static_cast<std::size_t>(code);
        if (i >= s.counts.size()) { // a code without a dictionary entry: still a value
            s.counts.resize(i + 1, 0);
            s.firstRow.resize(i + 1, 0);
        }
        if (s.counts[i]++ == 0)
            s.firstRow[i] = static_cast<qint64>(row);
    }
    profileCounted(p, s.counts, s.firstRow, options, [&dictionary](std::size_t i) {
        return i < dictionary.size() ? dictionary[i] : QString::number(i);
    });
}

void profileBoolean(ColumnProfile& p, const Column& c, const ProfileOptions& options, Scratch& s)
{
    const auto& bools = c.bools();
    s.counts.assign(2, 0);
    s.firstRow.assign(2, 0);
    for (std::size_t row = 0; row < bools.size(); ++row) {
        const std::int8_t b = bools[row];
        if (b < 0) {
            ++p.missing;
            continue;
        }
        const std::size_t i = b ? 1 : 0;
        if (s.counts[i]++ == 0)
            s.firstRow[i] = static_cast<qint64>(row);
    }
    profileCounted(p, s.counts, s.firstRow, options,
                   [](std::size_t i) { return i ? QStringLiteral("true") : QStringLiteral("false"); });
    if (p.count > 0)
        p.mean = static_cast<double>(s.counts[1]) / static_cast<double>(p.count);
}

void profileText(ColumnProfile& p, const Column& c, const ProfileOptions& options, Scratch& s)
{
    const TextStore& text = c.text();
    std::unordered_map<std::string_view, std::size_t> index;
    std::vector<std::string_view> values;
    s.counts.clear();
    s.firstRow.clear();
    for (std::size_t row = 0; row < text.size(); ++row) {
        if (text.isMissing(row)) {
            ++p.missing;
            continue;
        }
        const auto [it, inserted] = index.emplace(text.view(row), values.size());
        if (inserted) {
            values.push_back(it->first);
            s.counts.push_back(0);
            s.firstRow.push_back(static_cast<qint64>(row));
        }
        ++s.counts[it->second];
    }
    profileCounted(p, s.counts, s.firstRow, options, [&values](std::size_t i) {
        return QString::fromUtf8(values[i].data(), static_cast<qsizetype>(values[i].size()));
    });
}

ColumnProfile profileWith(const Column& column, const ProfileOptions& options, Scratch& scratch)
{
    ColumnProfile p;
    p.name = column.name();
    p.type = column.type();
    p.role = column.role();
    p.idLike = column.isIdLike();
    switch (column.type()) {
    case ColumnType::Numeric:
        profileNumeric(p, column, options, scratch);
        break;
    case ColumnType::Categorical:
        profileCategorical(p, column, options, scratch);
        break;
    case ColumnType::Boolean:
        profileBoolean(p, column, options, scratch);
        break;
    case ColumnType::DateTime:
        profileDateTime(p, column, options, scratch);
        break;
    case ColumnType::Text:
        profileText(p, column, options, scratch);
        break;
    }
    return p;
}

} // namespace

ColumnProfile profileColumn(const Column& column, const ProfileOptions& options)
{
    Scratch scratch;
    return profileWith(column, options, scratch);
}

Result<TableProfile> profileTable(const Table& table, const ProfileOptions& options, JobControl* job)
{
    const std::size_t columns = table.columnCount();
    TableProfile profile;
    profile.rows = static_cast<qint64>(table.rowCount());
    profile.columns.resize(columns);
    reportProgress(job, 0.0, QCoreApplication::translate("pp::profile", "Profiling columns"));

    std::atomic<std::size_t> next{0};
    std::atomic<std::size_t> done{0};
    std::atomic<bool> failed{false};
    QString failedColumn;
    std::mutex failMutex;
    // Columns are handed out one at a time: their costs differ by 100x (a category count
    // vs. a sort), so a fixed split would leave one thread idle.
    const auto work = [&]() {
        Scratch scratch;
        while (!isCancelled(job) && !failed.load(std::memory_order_relaxed)) {
            const std::size_t i = next.fetch_add(1);
            if (i >= columns)
                return;
            try {
                profile.columns[i] = profileWith(table.column(i), options, scratch);
            } catch (const std::bad_alloc&) {
                std::lock_guard<std::mutex> lock(failMutex);
                failedColumn = table.column(i).name();
                failed = true;
                return;
            }
            reportProgress(job, static_cast<double>(done.fetch_add(1) + 1) / static_cast<double>(columns));
        }
    };

    unsigned threads = options.threads > 0 ? static_cast<unsigned>(options.threads) : std::thread::hardware_concurrency();
    threads = static_cast<unsigned>(std::min<std::size_t>(std::max(threads, 1u), std::max<std::size_t>(columns, 1)));
    std::vector<std::thread> pool;
    for (unsigned t = 1; t < threads; ++t) {
        try {
            pool.emplace_back(work);
        } catch (const std::system_error&) {
            break; // fewer threads than asked for is slower, not wrong
        }
    }
    work(); // the calling thread is one of the workers
    for (auto& thread : pool)
        thread.join();

    if (isCancelled(job))
        return Result<TableProfile>::cancelledResult();
    if (failed) {
        return Result<TableProfile>::failure(
            QCoreApplication::translate("pp::profile", "Not enough memory to profile column '%1'.").arg(failedColumn));
    }
    reportProgress(job, 1.0);
    return profile;
}

} // namespace pp
