#pragma once

#include "models/result_cache.h"
#include "stats/group_stats.h"
#include "widgets/explore_view.h"

class QComboBox;
class QSpinBox;

namespace pp {

class ChartView;

/// Explore › Groups: the mean and median of a numeric column per value of a categorical or
/// yes/no column (pandas groupby(key)[value].agg(['mean', 'median'])), e.g. spend per
/// membership level; the largest groups by mean, the rest pooled as "Other".
class GroupView : public ExploreView
{
    Q_OBJECT
public:
    explicit GroupView(Session* session, QWidget* parent = nullptr);

    QComboBox* valueCombo() const { return m_value; }
    QComboBox* groupCombo() const { return m_group; }
    QComboBox* sortCombo() const { return m_sort; }
    QSpinBox* topSpin() const { return m_top; }
    ChartView* chart() const { return m_chart; }
    std::shared_ptr<const GroupStatsResult> result() const { return m_result; }

protected:
    void onDatasetChanged() override;
    void refresh() override;

private:
    void show(std::shared_ptr<const GroupStatsResult> result);

    QComboBox* m_value;
    QComboBox* m_group;
    QComboBox* m_sort;
    QSpinBox* m_top;
    ChartView* m_chart;
    ResultCache<GroupStatsResult> m_cache;
    std::shared_ptr<const GroupStatsResult> m_result;
};

} // namespace pp
