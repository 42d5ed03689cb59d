#include "stats/group_stats.h"

#include "stats/numeric_view.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <string>
#include <string_view>
#include <unordered_map>

namespace pp {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pp::group_stats)
};

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

/// Rows mapped to group ids 0..groups-1 in key order (pandas' sorted groupby), -1 = missing key.
struct Grouping
{
    std::vector<std::int32_t> id;
    std::vector<QString> labels;
};

/// Renumbers first-seen ids so that they follow `order` (old ids sorted by key).
void renumber(Grouping& g, const std::vector<std::int32_t>& order)
{
    std::vector<std::int32_t> rank(order.size());
    std::vector<QString> labels(order.size());
    for (std::size_t i = 0; i < order.size(); ++i) {
        rank[static_cast<std::size_t>(order[i])] = static_cast<std::int32_t>(i);
        labels[i] = std::move(g.labels[static_cast<std::size_t>(order[i])]);
    }
    for (auto& id : g.id)
        id = id < 0 ? id : rank[static_cast<std::size_t>(id)];
    g.labels = std::move(labels);
}

std::vector<std::int32_t> identity(std::size_t n)
{
    std::vector<std::int32_t> v(n);
    std::iota(v.begin(), v.end(), 0);
    return v;
}

Grouping groupRows(const Column& key)
{
    Grouping g;
    const std::size_t n = key.size();
    g.id.assign(n, -1);
    if (key.type() == ColumnType::Text) {
        // Views into the column's arena: one allocation per distinct key, none per row.
        std::unordered_map<std::string_view, std::int32_t> ids;
        std::vector<std::string_view> keys;
        for (std::size_t r = 0; r < n; ++r) {
            if (key.text().isMissing(r))
                continue;
            const auto [it, added] = ids.emplace(key.text().view(r), static_cast<std::int32_t>(keys.size()));
            if (added)
                keys.push_back(it->first);
            g.id[r] = it->second;
        }
        for (const auto& k : keys)
            g.labels.push_back(QString::fromUtf8(k.data(), static_cast<qsizetype>(k.size())));
        // UTF-8 byte order is code point order, which is how Python sorts str keys.
        auto order = identity(keys.size());
        std::sort(order.begin(), order.end(), [&](std::int32_t a, std::int32_t b) {
            return keys[static_cast<std::size_t>(a)] < keys[static_cast<std::size_t>(b)];
        });
        renumber(g, order);
        return g;
    }
    if (key.type() == ColumnType::Categorical) {
        // Only the codes that occur: pandas groups the observed values of an object column.
        const auto& dict = key.dictionary();
        std::vector<std::int32_t> seen(dict.size(), -1);
        std::vector<std::string> utf8;
        for (std::size_t r = 0; r < n; ++r) {
            const std::int32_t code = key.codes()[r];
            if (code < 0 || static_cast<std::size_t>(code) >= dict.size())
                continue;
            std::int32_t& id = seen[static_cast<std::size_t>(code)];
            if (id < 0) {
                id = static_cast<std::int32_t>(g.labels.size());
                g.labels.push_back(dict[static_cast<std::size_t>(code)]);
                utf8.push_back(g.labels.back().toStdString());
            }
            g.id[r] = id;
        }
        auto order = identity(g.labels.size());
        std::sort(order.begin(), order.end(), [&](std::int32_t a, std::int32_t b) {
            return utf8[static_cast<std::size_t>(a)] < utf8[static_cast<std::size_t>(b)];
        });
        renumber(g, order);
        return g;
    }
    // Numbers, booleans and datetimes: by value (-0.0 and 0.0 are one key).
    std::vector<double> buffer;
    const double* values = numericValues(key, buffer);
    std::unordered_map<double, std::int32_t> ids;
    std::vector<double> keys;
    for (std::size_t r = 0; r < n; ++r) {
        if (std::isnan(values[r]))
            continue;
        const auto [it, added] = ids.emplace(values[r] + 0.0, static_cast<std::int32_t>(keys.size()));
        if (added) {
            keys.push_back(it->first);
            g.labels.push_back(key.displayAt(r));
        }
        g.id[r] = it->second;
    }
    auto order = identity(keys.size());
    std::sort(order.begin(), order.end(), [&](std::int32_t a, std::int32_t b) {
        return keys[static_cast<std::size_t>(a)] < keys[static_cast<std::size_t>(b)];
    });
    renumber(g, order);
    return g;
}

/// numpy's median of the values in [begin, end) (reordered): (a + b) / 2 of the middle two.
double medianOf(double* begin, double* end)
{
    const std::size_t n = static_cast<std::size_t>(end - begin);
    if (n == 0)
        return kNaN;
    double* mid = begin + n / 2;
    std::nth_element(begin, mid, end);
    if (n % 2)
        return *mid;
    return (*std::max_element(begin, mid) + *mid) / 2.0;
}

/// pandas' groupby mean sums with Kahan's compensation (group_mean_float64).
struct KahanSum
{
    double sum = 0.0;
    double compensation = 0.0;
    void add(double v)
    {
        const double y = v - compensation;
        const double t = sum + y;
        compensation = (t - sum) - y;
        sum = t;
    }
};

} // namespace

Result<GroupStatsResult> groupStats(const Table& table, int valueColumn, int keyColumn,
                                    const GroupStatsOptions& options, JobControl* job)
{
    using R = Result<GroupStatsResult>;
    const auto columns = static_cast<int>(table.columnCount());
    if (valueColumn < 0 || valueColumn >= columns || keyColumn < 0 || keyColumn >= columns)
        return R::failure(Tr::tr("No such column in a table of %1 columns.").arg(columns));
    const Column& value = table.column(static_cast<std::size_t>(valueColumn));
    const Column& key = table.column(static_cast<std::size_t>(keyColumn));
    if (!isNumericLike(value.type(), false))
        return R::failure(Tr::tr("Column '%1' is %2: group statistics need a numeric column.")
                              .arg(value.name(), columnTypeDisplayName(value.type())));
    GroupStatsResult result;
    result.valueColumn = value.name();
    result.keyColumn = key.name();
    reportProgress(job, 0.0, Tr::tr("Grouping rows"));
    try {
        Grouping g = groupRows(key);
        if (isCancelled(job))
            return R::cancelledResult();
        reportProgress(job, 0.4);
        const std::size_t n = table.rowCount();
        std::size_t groups = g.labels.size();
        if (options.includeMissingKey) {
            for (auto& id : g.id)
                id = id < 0 ? static_cast<std::int32_t>(groups) : id;
            g.labels.emplace_back();
            ++groups;
        }
        std::vector<double> buffer;
        const double* values = numericValues(value, buffer);

        // One pass for counts and sums, then the values bucketed by group (a counting
        // sort) so that every median is a selection within its own bucket.
        std::vector<GroupStat> stats(groups);
        std::vector<KahanSum> sums(groups);
        for (std::size_t r = 0; r < n; ++r) {
            const std::int32_t id = g.id[r];
            if (id < 0)
                continue;
            GroupStat& s = stats[static_cast<std::size_t>(id)];
            ++s.rows;
            if (!std::isnan(values[r])) {
                ++s.count;
                sums[static_cast<std::size_t>(id)].add(values[r]);
            }
        }
        std::vector<std::size_t> start(groups + 1, 0);
        for (std::size_t i = 0; i < groups; ++i)
            start[i + 1] = start[i] + static_cast<std::size_t>(stats[i].count);
        std::vector<double> bucketed(start[groups]);
        std::vector<std::size_t> fill(start.begin(), start.end() - 1);
        for (std::size_t r = 0; r < n; ++r)
            if (g.id[r] >= 0 && !std::isnan(values[r]))
                bucketed[fill[static_cast<std::size_t>(g.id[r])]++] = values[r];
        for (std::size_t i = 0; i < groups; ++i) {
            GroupStat& s = stats[i];
            s.label = g.labels[i];
            s.isMissingKey = options.includeMissingKey && i + 1 == groups;
            s.mean = s.count ? sums[i].sum / static_cast<double>(s.count) : kNaN;
            s.median = medianOf(bucketed.data() + start[i], bucketed.data() + start[i + 1]);
        }
        if (isCancelled(job))
            return R::cancelledResult();
        reportProgress(job, 0.8);

        std::vector<std::size_t> order(groups);
        std::iota(order.begin(), order.end(), std::size_t(0));
        if (options.sort != GroupSort::Key || options.descending) {
            const auto measure = [&](std::size_t i) {
                switch (options.sort) {
                case GroupSort::Count:
                    return static_cast<double>(stats[i].count);
                case GroupSort::Mean:
                    return stats[i].mean;
                case GroupSort::Median:
                    return stats[i].median;
                case GroupSort::Key:
                    break;
                }
                return static_cast<double>(i);
            };
            std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
                const double x = measure(a);
                const double y = measure(b);
                if (std::isnan(x) || std::isnan(y))
                    return !std::isnan(x) && std::isnan(y);
                return options.descending ? x > y : x < y;
            });
        }
        result.groupCount = static_cast<qint64>(groups);
        const std::size_t keep = options.topN > 0 ? std::min(groups, static_cast<std::size_t>(options.topN)) : groups;
        for (std::size_t i = 0; i < keep; ++i)
            result.groups.push_back(stats[order[i]]);
        if (keep < groups) {
            // The pooled group: mean in row order (as pandas would after relabelling the
            // small groups "Other"), median over the pooled buckets.
            std::vector<char> pooled(groups, 0);
            GroupStat other;
            other.isOther = true;
            other.groups = static_cast<int>(groups - keep);
            std::vector<double> values2;
            for (std::size_t i = keep; i < groups; ++i) {
                pooled[order[i]] = 1;
                other.rows += stats[order[i]].rows;
                other.count += stats[order[i]].count;
                values2.insert(values2.end(), bucketed.begin() + static_cast<std::ptrdiff_t>(start[order[i]]),
                               bucketed.begin() + static_cast<std::ptrdiff_t>(start[order[i] + 1]));
            }
            KahanSum sum;
            for (std::size_t r = 0; r < n; ++r)
                if (g.id[r] >= 0 && pooled[static_cast<std::size_t>(g.id[r])] && !std::isnan(values[r]))
                    sum.add(values[r]);
            other.mean = other.count ? sum.sum / static_cast<double>(other.count) : kNaN;
            other.median = medianOf(values2.data(), values2.data() + values2.size());
            result.groups.push_back(other);
        }
    } catch (const std::bad_alloc&) {
        return R::failure(Tr::tr("Not enough memory to group '%1' by '%2'.").arg(value.name(), key.name()));
    }
    reportProgress(job, 1.0);
    return result;
}

} // namespace pp
