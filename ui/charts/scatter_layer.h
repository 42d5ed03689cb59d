#pragma once

#include <QColor>
#include <QGraphicsObject>
#include <QImage>
#include <QPointF>

#include <vector>

class QAbstractSeries;
class QChart;

namespace pp {

/// The points of a scatter plot, drawn in one paint() on top of a QChart's plot area.
/// QScatterSeries makes a QGraphicsItem per point, which freezes the GUI for a second with
/// 20,000 points; this layer draws a pre-rendered marker per point instead (about 100 times
/// faster) and follows the chart's axes, zoom included. The chart keeps an empty
/// QScatterSeries per group (`reference`) for the legend and the axes.
class ScatterLayer : public QGraphicsObject
{
    Q_OBJECT
public:
    struct Group
    {
        QColor color;
        std::vector<QPointF> points;   ///< in data coordinates
        QAbstractSeries* reference = nullptr;  ///< attached to the chart's axes
    };

    explicit ScatterLayer(QChart* chart);

    /// Replaces the points (an empty list clears them). `bounds`: the data's extent
    /// (x from left to right, y from top to bottom, in data units).
    void setGroups(std::vector<Group> groups, qreal markerSize, const QRectF& bounds);
    int groupCount() const { return static_cast<int>(m_groups.size()); }
    std::size_t pointCount(int group) const { return m_groups[static_cast<std::size_t>(group)].points.size(); }
    /// Call after the chart's axes are set, so that zooming repaints the points.
    void followAxes();

    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    QChart* m_chart;
    std::vector<Group> m_groups;
    std::vector<QImage> m_markers;
    qreal m_size = 6.0;
    QRectF m_bounds;
};

} // namespace pp
