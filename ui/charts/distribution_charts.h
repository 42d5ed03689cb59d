#pragma once

#include "models/distribution_data.h"

namespace pp {

class ChartView;

/// Chart builders of the Distributions view, one per chart. Each clears the chart and
/// draws the given (already binned) data with translated titles and axis labels.
namespace distcharts {

/// The histogram as a filled step outline over the bins, on a value (or date) axis;
/// `logScale`: counts on a log10 axis (empty bins drop to the floor of the axis).
void drawHistogram(ChartView* view, const NumericDistribution& d, const HistogramData& h, bool logScale);
/// Tukey's box plot: box q1–q3 with the median, whiskers at the most extreme values inside
/// the fences, the fences dashed, values outside them as points.
void drawBoxPlot(ChartView* view, const NumericDistribution& d);
/// Horizontal bars of the most frequent values (most frequent on top), plus "Other".
void drawCategoryCounts(ChartView* view, const CategoryCounts& c);

} // namespace distcharts
} // namespace pp
