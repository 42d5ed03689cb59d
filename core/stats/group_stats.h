#pragma once

#include "common/job.h"
#include "common/result.h"
#include "data/table.h"

#include <QString>

#include <cstdint>
#include <limits>
#include <vector>

namespace pp {

enum class GroupSort : std::uint8_t {
    Key,      ///< pandas' groupby order: categories by text (code point order), numbers and
              ///< booleans by value
    Count,
    Mean,
    Median,
};

struct GroupStatsOptions
{
    GroupSort sort = GroupSort::Key;
    bool descending = false;    ///< reverses the order; ties in key order, NaN means/medians last
    /// Keep the first topN groups after sorting and pool the rest into one "Other" group
    /// (its mean and median over the pooled values). 0 = every group.
    int topN = 0;
    /// A group for rows whose key is missing (pandas dropna=False); dropped by default, as
    /// pandas' groupby does.
    bool includeMissingKey = false;
};

/// One row of pandas df.groupby(key)[value].agg(['count', 'mean', 'median']).
struct GroupStat
{
    QString label;              ///< the key as displayed; "" for the missing and Other groups
    qint64 count = 0;           ///< non-missing values of the value column
    qint64 rows = 0;            ///< rows in the group, values missing or not
    double mean = std::numeric_limits<double>::quiet_NaN();
    double median = std::numeric_limits<double>::quiet_NaN();
    bool isMissingKey = false;
    bool isOther = false;
    int groups = 1;             ///< how many groups an Other row pools
};

struct GroupStatsResult
{
    QString valueColumn;
    QString keyColumn;
    qint64 groupCount = 0;      ///< groups before top-N pooling
    std::vector<GroupStat> groups;
};

/// Count / mean / median of a numeric (or boolean) column per value of a categorical,
/// boolean, text or numeric column. The mean is compensated like pandas' groupby mean
/// (Kahan); the median is numpy's (a + b) / 2 of the two middle values. O(n) plus a
/// selection per group. Cancellable.
Result<GroupStatsResult> groupStats(const Table& table, int valueColumn, int keyColumn,
                                    const GroupStatsOptions& options = {}, JobControl* job = nullptr);

} // namespace pp
