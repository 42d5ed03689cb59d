#pragma once

#include "models/distribution_data.h"
#include "models/result_cache.h"
#include "widgets/explore_view.h"

class QCheckBox;
class QComboBox;
class QSpinBox;
class QStackedWidget;

namespace pp {

class ChartView;

/// Explore › Distributions: for a numeric or date column, a histogram (Freedman–Diaconis
/// bins as numpy chooses them, or a chosen number; counts on a linear or log scale) and a
/// box plot with whiskers inside the IQR fences; for a categorical, yes/no or text column,
/// the counts of its most frequent values and "Other".
class DistributionView : public ExploreView
{
    Q_OBJECT
public:
    explicit DistributionView(Session* session, QWidget* parent = nullptr);

    QComboBox* columnCombo() const { return m_column; }
    QCheckBox* autoBinsCheck() const { return m_autoBins; }
    QSpinBox* binsSpin() const { return m_bins; }
    QCheckBox* logCheck() const { return m_log; }
    QSpinBox* topSpin() const { return m_top; }
    ChartView* histogramChart() const { return m_histogram; }
    ChartView* boxChart() const { return m_box; }
    ChartView* categoryChart() const { return m_categories; }
    /// What the histogram shows now (empty edges when it shows nothing).
    const HistogramData& shownHistogram() const { return m_shown; }
    std::shared_ptr<const NumericDistribution> distribution() const { return m_distribution; }
    std::shared_ptr<const CategoryCounts> categoryCounts() const { return m_counts; }
    /// Selects the column called `name`; false if it is not offered.
    bool selectColumn(const QString& name);

protected:
    void onDatasetChanged() override;
    void refresh() override;

private:
    void updateControls();
    void showNumeric(std::shared_ptr<const NumericDistribution> distribution);
    void drawHistogram();
    void drawBoxPlot();
    void showCategories(std::shared_ptr<const CategoryCounts> counts);

    QComboBox* m_column;
    QCheckBox* m_autoBins;
    QSpinBox* m_bins;
    QCheckBox* m_log;
    QSpinBox* m_top;
    QStackedWidget* m_stack;
    ChartView* m_histogram;
    ChartView* m_box;
    ChartView* m_categories;
    ResultCache<NumericDistribution> m_numericCache;
    ResultCache<CategoryCounts> m_countCache;
    std::shared_ptr<const NumericDistribution> m_distribution;
    std::shared_ptr<const CategoryCounts> m_counts;
    HistogramData m_shown;
};

} // namespace pp
