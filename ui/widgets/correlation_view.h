#pragma once

#include "models/result_cache.h"
#include "stats/correlation.h"
#include "widgets/explore_view.h"

class QComboBox;

namespace pp {

class ChartView;
class HeatmapChart;

/// Explore › Correlations: the Pearson or Spearman matrix of the numeric and yes/no
/// columns as a heat map with the coefficient in each cell (pandas DataFrame.corr), and the
/// columns ranked by their correlation with a chosen target.
class CorrelationView : public ExploreView
{
    Q_OBJECT
public:
    explicit CorrelationView(Session* session, QWidget* parent = nullptr);

    QComboBox* methodCombo() const { return m_method; }
    QComboBox* targetCombo() const { return m_target; }
    HeatmapChart* heatmap() const { return m_heatmap; }
    ChartView* rankingChart() const { return m_ranking; }
    std::shared_ptr<const CorrelationMatrix> matrix() const { return m_matrix; }
    std::shared_ptr<const std::vector<TargetCorrelation>> ranking() const { return m_rank; }

protected:
    void onDatasetChanged() override;
    void refresh() override;

private:
    CorrelationMethod method() const;
    void showMatrix(std::shared_ptr<const CorrelationMatrix> matrix);
    void refreshRanking();
    void showRanking(std::shared_ptr<const std::vector<TargetCorrelation>> ranking);

    QComboBox* m_method;
    QComboBox* m_target;
    HeatmapChart* m_heatmap;
    ChartView* m_ranking;
    ResultCache<CorrelationMatrix> m_matrixCache{4};
    ResultCache<std::vector<TargetCorrelation>> m_rankCache{16};
    std::shared_ptr<const CorrelationMatrix> m_matrix;
    std::shared_ptr<const std::vector<TargetCorrelation>> m_rank;
};

} // namespace pp
