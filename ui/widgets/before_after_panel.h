#pragma once

#include "pipeline_preview.h"

#include <QList>
#include <QWidget>

#include <vector>

class QGridLayout;
class QLabel;
class QScrollArea;

namespace pp {

class ChartView;

/// Mini-histograms of the selected step: for each column the step changed, the counts of its
/// input (grey) and output (blue) on the same bins, on the training rows the preview fitted
/// on. Numbers are binned (area outlines over the same edges); categories and resampled
/// classes are horizontal bars, most frequent at the top. A column the step added has only
/// "after", one it removed only "before".
class BeforeAfterPanel : public QWidget
{
    Q_OBJECT
public:
    explicit BeforeAfterPanel(QWidget* parent = nullptr);

    /// `heading` names the step and the row counts; `total` changed columns, of which
    /// `charts` are drawn.
    void setCharts(const QString& heading, const std::vector<BeforeAfter>& charts, int total);
    /// Nothing to chart: says why.
    void setMessage(const QString& text);

    const std::vector<BeforeAfter>& charts() const { return m_charts; }
    const QList<ChartView*>& chartViews() const { return m_views; }
    QString heading() const;

private:
    ChartView* makeChart(const BeforeAfter& data);
    void clearCharts();

    QLabel* m_heading;
    QScrollArea* m_scroll;
    QWidget* m_grid;
    QGridLayout* m_gridLayout;
    std::vector<BeforeAfter> m_charts;
    QList<ChartView*> m_views;
};

} // namespace pp
