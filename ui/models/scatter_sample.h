#pragma once

#include "common/job.h"
#include "common/result.h"
#include "data/table.h"

#include <QStringList>

#include <cstdint>
#include <memory>
#include <vector>

namespace pp {

/// What the Scatter view asks for: two numeric-like columns, optionally coloured by a
/// third (categorical or boolean) or by the rows flagged as outliers.
struct ScatterRequest
{
    int x = -1;
    int y = -1;
    int color = -1;    ///< column index; -1 = no colour column
    /// Colour by these flags (Session::outlierRows()) instead of a column, when set.
    std::shared_ptr<const std::vector<std::uint8_t>> outlierFlags;
    std::size_t maxPoints = 20000;  ///< more rows than this are sampled (seeded)
    std::uint64_t seed = 42;
    int maxGroups = 8;              ///< colour groups; the rest are pooled as "Other"
};

/// The points to draw: at most maxPoints rows with both values, drawn uniformly without
/// replacement (sampleIndices(), the same seed gives the same picture), in row order.
struct ScatterSample
{
    QString xName;
    QString yName;
    bool xDateTime = false;
    bool yDateTime = false;
    qint64 rows = 0;           ///< table rows
    qint64 complete = 0;       ///< rows with both values (finite)
    bool sampled = false;
    std::vector<double> xs;
    std::vector<double> ys;
    std::vector<int> groups;   ///< per point, index into groupLabels (all 0 without colour)
    QStringList groupLabels;   ///< translated "Other", "Missing", "Outlier" where they apply
    double xMin = 0.0, xMax = 0.0, yMin = 0.0, yMax = 0.0;
};

Result<ScatterSample> computeScatterSample(const Table& table, const ScatterRequest& request,
                                           JobControl* job = nullptr);

} // namespace pp
