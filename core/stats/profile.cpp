#include "stats/profile.h"

#include "stats/descriptive.h"
#include "stats/frequency_table.h"
#include "stats/histogram.h"

#include <QCoreApplication>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <mutex>
#include <new>
#include <numeric>
#include <string_view>
#include <system_error>
#include <thread>
#include <unordered_map>

namespace pp {

namespace {

/// Buffers a worker reuses from column to column: at 1M rows, allocating and first
/// touching 16 MB per column would cost as much as the statistics themselves.
struct Scratch
{
    stats::FrequencyTable frequencies;
    std::vector<double> buffer;
    std::vector<double> tmp;
    std::vector<double> dates;
    std::vector<qint64> counts;
    std::vector<qint64> firstRow;
};

std::optional<double> unlessNaN(double v)
{
    return std::isnan(v) ? std::nullopt : std::optional<double>(v);
}

/// Order statistics, distinct count, top values and histogram, shared by numeric and
/// datetime columns. `label` formats a value for `top`.
template <class Label>
void profileFrequencies(ColumnProfile& p, const stats::FrequencyTable& t, const ProfileOptions& options,
                        Label label)
{
    p.count = static_cast<qint64>(t.size());
    if (t.empty())
        return;
    p.min = t.min();
    p.max = t.max();
    p.q1 = unlessNaN(t.quantile(0.25));
    p.median = unlessNaN(t.quantile(0.5));
    p.q3 = unlessNaN(t.quantile(0.75));
    p.unique = static_cast<qint64>(t.distinct());
    if (options.topCount > 0) {
        for (const auto& vc : t.valueCounts(static_cast<std::size_t>(options.topCount)))
            p.top.emplace_back(label(vc.value), vc.count);
    }
    // numpy refuses to bin infinite values; the histogram shows the finite ones.
    std::size_t first = 0;
    std::size_t last = t.distinct();
    if (std::isinf(t.value(first)) && t.value(first) < 0)
        ++first;
    if (last > first && std::isinf(t.value(last - 1)) && t.value(last - 1) > 0)
        --last;
    if (options.histogramBins > 0 && last > first) {
        const stats::OuterEdges e = stats::outerEdges(t.value(first), t.value(last - 1), last - first);
        const auto bins = static_cast<std::size_t>(options.histogramBins);
        const auto edges = stats::equalWidthBinEdges(e.first, e.last, bins);
        p.histogram = t.histogramCounts(edges);
        p.histogramMin = e.first;
        p.histogramMax = e.last;
    }
}

void profileNumeric(ColumnProfile& p, const Column& c, const ProfileOptions& options, Scratch& s)
{
    const auto& values = c.numbers();
    stats::FrequencyTable& t = s.frequencies;
    t.assign(values.data(), values.size(), s.buffer, s.tmp);
    p.missing = static_cast<qint64>(values.size() - t.size());
    profileFrequencies(p, t, options, [](double v) { return formatNumber(v); });
    if (t.empty())
        return;
    const stats::Moments m = t.moments();
    p.mean = unlessNaN(m.mean);
    p.std = unlessNaN(m.std);
    p.skew = unlessNaN(m.skew);
    p.outliersIqr = t.countIqrOutliers(options.iqrK);
    if (!std::isnan(m.std))
        p.outliersZ = t.countZScoreOutliers(m.mean, m.std, options.zThreshold);
}

void profileDateTime(ColumnProfile& p, const Column& c, const ProfileOptions& options, Scratch& s)
{
    const auto& times = c.times();
    // Epoch milliseconds are exact in a double for ±285,000 years, so dates share the
    // numeric path (numpy's quantiles on the ms values).
    s.dates.resize(times.size());
    for (std::size_t i = 0; i < times.size(); ++i)
        s.dates[i] = times[i] == kMissingTime ? stats::kNaN : static_cast<double>(times[i]);
    stats::FrequencyTable& t = s.frequencies;
    t.assign(s.dates.data(), s.dates.size(), s.buffer, s.tmp);
    p.missing = static_cast<qint64>(times.size() - t.size());
    const QString& format = c.timeFormat();
    profileFrequencies(p, t, options,
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
    const auto topEnd = present.begin() + static_cast<std::ptrdiff_t>(top);
    std::partial_sort(present.begin(), topEnd, present.end(), before);
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

    // The costly columns first (sorting numbers, hashing text), so that the cheap ones
    // fill the gaps at the end instead of one thread finishing a sort alone.
    std::vector<std::size_t> order(columns);
    std::iota(order.begin(), order.end(), std::size_t(0));
    const auto cost = [&table](std::size_t i) {
        switch (table.column(i).type()) {
        case ColumnType::Text:
            return 0;
        case ColumnType::Numeric:
            return 1;
        case ColumnType::DateTime:
            return 2;
        case ColumnType::Categorical:
            return 3;
        case ColumnType::Boolean:
            break;
        }
        return 4;
    };
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return cost(a) < cost(b); });

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
            const std::size_t k = next.fetch_add(1);
            if (k >= columns)
                return;
            const std::size_t i = order[k];
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

    std::size_t threads = options.threads > 0 ? static_cast<std::size_t>(options.threads)
                                              : std::thread::hardware_concurrency();
    threads = std::min(std::max<std::size_t>(threads, 1), std::max<std::size_t>(columns, 1));
    std::vector<std::thread> pool;
    for (std::size_t t = 1; t < threads; ++t) {
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
            QCoreApplication::translate("pp::profile", "Not enough memory to profile column '%1'.")
                .arg(failedColumn));
    }
    reportProgress(job, 1.0);
    return profile;
}

} // namespace pp
