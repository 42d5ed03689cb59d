#pragma once

#include "models/result_cache.h"
#include "models/scatter_sample.h"
#include "widgets/explore_view.h"

class QComboBox;
class QSpinBox;

namespace pp {

class ChartView;
class ScatterLayer;

/// Explore › Scatter: one numeric column against another, coloured by a categorical or
/// yes/no column or by the rows flagged on the Outliers tab. Above 20,000 rows a seeded
/// random sample is drawn, and the chart says so. Drag a rectangle to zoom.
class ScatterView : public ExploreView
{
    Q_OBJECT
public:
    explicit ScatterView(Session* session, QWidget* parent = nullptr);

    QComboBox* xCombo() const { return m_x; }
    QComboBox* yCombo() const { return m_y; }
    QComboBox* colorCombo() const { return m_color; }
    QSpinBox* seedSpin() const { return m_seed; }
    ChartView* chart() const { return m_chart; }
    /// The points drawn (the chart's series are empty: legend entries only).
    ScatterLayer* pointLayer() const { return m_points; }
    std::shared_ptr<const ScatterSample> sample() const { return m_sample; }

    /// Colour choice meaning "the rows flagged as outliers" (combo item data).
    static constexpr int kColorByOutliers = -2;
    static constexpr int kNoColor = -1;

protected:
    void onDatasetChanged() override;
    void refresh() override;

private:
    /// Keeps the current choice by name; else, with `preferCategory`, a categorical column
    /// with a few categories; else nothing.
    void fillColorChoices(bool preferCategory);
    void show(std::shared_ptr<const ScatterSample> sample);

    QComboBox* m_x;
    QComboBox* m_y;
    QComboBox* m_color;
    QSpinBox* m_seed;
    ChartView* m_chart;
    ScatterLayer* m_points;
    ResultCache<ScatterSample> m_cache{6};
    std::shared_ptr<const ScatterSample> m_sample;
    const void* m_outlierFlagsInCache = nullptr;
};

} // namespace pp
