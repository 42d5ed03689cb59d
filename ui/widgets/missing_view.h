#pragma once

#include "models/result_cache.h"
#include "stats/missingness.h"
#include "widgets/explore_view.h"

class QLabel;
class QPushButton;

namespace pp {

class ChartView;
class HeatmapChart;
class ImputePreviewPanel;
class NullityMatrixChart;

/// Explore › Missing values: how much is missing per column (bar chart), where (the
/// nullity matrix), what goes missing together (nullity correlation), how many rows are
/// affected, and what imputing a column would do (ImputePreviewPanel).
class MissingView : public ExploreView
{
    Q_OBJECT
public:
    explicit MissingView(Session* session, QWidget* parent = nullptr);

    ChartView* barChart() const { return m_bars; }
    NullityMatrixChart* matrix() const { return m_matrix; }
    HeatmapChart* heatmap() const { return m_heatmap; }
    ImputePreviewPanel* imputePanel() const { return m_impute; }
    QString summaryText() const;
    std::shared_ptr<const MissingnessReport> report() const { return m_report; }

protected:
    void onDatasetChanged() override;
    void refresh() override;

private:
    void showReport(std::shared_ptr<const MissingnessReport> report);
    void showBars(const MissingnessReport& report);
    void showHeatmap(const MissingnessReport& report);
    void proposeIndicators();

    QLabel* m_summary;
    QPushButton* m_indicatorButton;
    ChartView* m_bars;
    NullityMatrixChart* m_matrix;
    HeatmapChart* m_heatmap;
    ImputePreviewPanel* m_impute;
    std::shared_ptr<const MissingnessReport> m_report;
};

} // namespace pp
