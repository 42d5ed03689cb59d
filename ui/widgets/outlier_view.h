#pragma once

#include "models/outlier_analysis.h"
#include "models/result_cache.h"
#include "widgets/explore_view.h"

class QCheckBox;
class QLabel;
class QPushButton;

namespace pp {

class ChartView;
class OutlierSettingsPanel;

/// Explore › Outliers: IQR fences, z-score, modified z-score (MAD) per column, or an
/// Isolation Forest over several columns. Shows the counts (per column, or the distribution
/// of anomaly scores with the threshold), highlights the flagged rows on the Data page
/// (Session::setOutlierRows) and sends the choice to the pipeline as a drop, clip or flag
/// step (Session::proposeStep).
class OutlierView : public ExploreView
{
    Q_OBJECT
public:
    explicit OutlierView(Session* session, QWidget* parent = nullptr);

    OutlierSettingsPanel* settingsPanel() const { return m_settings; }
    ChartView* chart() const { return m_chart; }
    QCheckBox* highlightCheck() const { return m_highlight; }
    QPushButton* dropButton() const { return m_drop; }
    QPushButton* clipButton() const { return m_clip; }
    QPushButton* flagButton() const { return m_flag; }
    QString summaryText() const;
    /// The analysis shown now; null before the first result.
    std::shared_ptr<const OutlierAnalysis> analysis() const { return m_analysis; }

protected:
    void onDatasetChanged() override;
    void refresh() override;

private:
    void show(std::shared_ptr<const OutlierAnalysis> analysis);
    void drawColumnCounts(const OutlierAnalysis& a);
    void drawScores(const OutlierAnalysis& a);
    void updateHighlight();
    void updateActions();
    void propose(OutlierAction action);

    OutlierSettingsPanel* m_settings;
    QLabel* m_summary;
    ChartView* m_chart;
    QCheckBox* m_highlight;
    QPushButton* m_drop;
    QPushButton* m_clip;
    QPushButton* m_flag;
    ResultCache<OutlierAnalysis> m_cache{8};
    std::shared_ptr<const OutlierAnalysis> m_analysis;
};

} // namespace pp
