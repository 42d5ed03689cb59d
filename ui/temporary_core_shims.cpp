// TEMPORARY — DELETE THIS FILE WHEN MERGING INTO MAIN (as soon as main defines
// profileColumn()/profileTable() in core/stats/profile.cpp; the linker reports duplicates).
//
// A minimal stand-in for the profile that the stats branch is implementing, so that the UI
// branch links and shows real statistics before it lands: single-threaded, sorts a copy
// of each numeric column; figures follow the conventions declared in stats/profile.h
// (pandas: ddof = 1, linearly interpolated quantiles, adjusted skew). Everything else the
// UI uses (CSV/XLSX/SQLite readers, importFile()) is the real code from main.

#include "stats/profile.h"

#include <QHash>

#include <algorithm>
#include <cmath>

namespace pp {

namespace {

double quantile(const std::vector<double>& sorted, double q)
{
    // Linear interpolation between order statistics (numpy/pandas default).
    const double pos = q * double(sorted.size() - 1);
    const std::size_t lo = std::size_t(std::floor(pos));
    const std::size_t hi = std::min(lo + 1, sorted.size() - 1);
    return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - double(lo));
}

} // namespace

ColumnProfile profileColumn(const Column& column, const ProfileOptions& options)
{
    ColumnProfile p;
    p.name = column.name();
    p.type = column.type();
    p.role = column.role();
    p.idLike = column.isIdLike();
    const std::size_t n = column.size();
    p.missing = qint64(column.missingCount());
    p.count = qint64(n) - p.missing;

    // Frequencies by display text, first appearance breaking ties.
    QHash<QString, std::pair<qint64, qint64>> freq;  // text -> (count, first row)
    for (std::size_t i = 0; i < n; ++i) {
        if (column.isMissing(i))
            continue;
        auto it = freq.find(column.displayAt(i));
        if (it == freq.end())
            freq.insert(column.displayAt(i), {1, qint64(i)});
        else
            ++it->first;
    }
    p.unique = freq.size();
    std::vector<std::pair<QString, std::pair<qint64, qint64>>> items;
    for (auto it = freq.cbegin(); it != freq.cend(); ++it)
        items.emplace_back(it.key(), it.value());
    std::sort(items.begin(), items.end(), [](const auto& a, const auto& b) {
        return a.second.first != b.second.first ? a.second.first > b.second.first : a.second.second < b.second.second;
    });
    for (std::size_t i = 0; i < items.size() && int(i) < options.topCount; ++i)
        p.top.emplace_back(items[i].first, items[i].second.first);

    if (column.type() != ColumnType::Numeric && column.type() != ColumnType::DateTime)
        return p;
    std::vector<double> v;
    v.reserve(n);
    for (std::size_t i = 0; i < n; ++i) {
        if (!column.isMissing(i))
            v.push_back(column.numericAt(i));
    }
    if (v.empty())
        return p;
    std::sort(v.begin(), v.end());
    p.min = v.front();
    p.max = v.back();
    p.q1 = quantile(v, 0.25);
    p.median = quantile(v, 0.5);
    p.q3 = quantile(v, 0.75);
    if (column.type() == ColumnType::Numeric) {
        double mean = 0, m2 = 0;
        qint64 k = 0;
        for (double x : v) {  // Welford
            ++k;
            const double d = x - mean;
            mean += d / double(k);
            m2 += d * (x - mean);
        }
        p.mean = mean;
        if (k > 1) {
            const double sd = std::sqrt(m2 / double(k - 1));
            p.std = sd;
            double m3 = 0, m2b = 0;
            for (double x : v) {
                m2b += (x - mean) * (x - mean);
                m3 += (x - mean) * (x - mean) * (x - mean);
            }
            const double nn = double(k);
            if (k > 2 && m2b > 0) {
                const double g1 = (m3 / nn) / std::pow(m2b / nn, 1.5);
                p.skew = g1 * std::sqrt(nn * (nn - 1)) / (nn - 2);
            }
            const double iqr = *p.q3 - *p.q1;
            qint64 iqrOut = 0, zOut = 0;
            for (double x : v) {
                if (x < *p.q1 - options.iqrK * iqr || x > *p.q3 + options.iqrK * iqr)
                    ++iqrOut;
                if (sd > 0 && std::abs(x - mean) / sd > options.zThreshold)
                    ++zOut;
            }
            p.outliersIqr = iqrOut;
            p.outliersZ = zOut;
        }
    }
    const int bins = std::max(1, options.histogramBins);
    p.histogram.assign(std::size_t(bins), 0);
    p.histogramMin = v.front();
    p.histogramMax = v.back();
    const double width = (p.histogramMax - p.histogramMin) / bins;
    for (double x : v) {
        int b = width > 0 ? int((x - p.histogramMin) / width) : 0;
        b = std::clamp(b, 0, bins - 1);
        ++p.histogram[std::size_t(b)];
    }
    return p;
}

Result<TableProfile> profileTable(const Table& table, const ProfileOptions& options, JobControl* job)
{
    TableProfile profile;
    profile.rows = qint64(table.rowCount());
    for (std::size_t c = 0; c < table.columnCount(); ++c) {
        if (isCancelled(job))
            return Result<TableProfile>::cancelledResult();
        profile.columns.push_back(profileColumn(table.column(c), options));
        reportProgress(job, double(c + 1) / double(table.columnCount()));
    }
    return profile;
}

} // namespace pp
