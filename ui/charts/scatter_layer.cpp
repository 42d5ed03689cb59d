#include "charts/scatter_layer.h"

#include <QAbstractAxis>
#include <QAbstractSeries>
#include <QChart>
#include <QDateTimeAxis>
#include <QPainter>
#include <QValueAxis>

#include <cmath>

namespace pp {

namespace {

QImage marker(const QColor& color, qreal size, qreal ratio)
{
    const int pixels = static_cast<int>(std::ceil(size * ratio)) + 2;
    QImage image(pixels, pixels, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(color);
    p.drawEllipse(QRectF(1.0, 1.0, size * ratio, size * ratio));
    p.end();
    image.setDevicePixelRatio(ratio);
    return image;
}

} // namespace

ScatterLayer::ScatterLayer(QChart* chart) : QGraphicsObject(chart), m_chart(chart)
{
    setZValue(1000);  // above grid lines and the (empty) series, below the legend
    setFlag(QGraphicsItem::ItemClipsToShape, false);
    setAcceptedMouseButtons(Qt::NoButton);
    connect(chart, &QChart::plotAreaChanged, this, [this]() {
        prepareGeometryChange();
        update();
    });
}

void ScatterLayer::setGroups(std::vector<Group> groups, qreal markerSize, const QRectF& bounds)
{
    m_groups = std::move(groups);
    m_size = markerSize;
    m_bounds = bounds;
    m_markers.clear();  // rendered on the next paint, at the device's pixel ratio
    update();
}

void ScatterLayer::followAxes()
{
    for (QAbstractAxis* axis : m_chart->axes()) {
        if (auto* value = qobject_cast<QValueAxis*>(axis))
            connect(value, &QValueAxis::rangeChanged, this, [this]() { update(); });
        else if (auto* date = qobject_cast<QDateTimeAxis*>(axis))
            connect(date, &QDateTimeAxis::rangeChanged, this, [this]() { update(); });
    }
}

QRectF ScatterLayer::boundingRect() const { return m_chart->plotArea(); }

void ScatterLayer::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*)
{
    if (m_groups.empty())
        return;
    const QRectF area = m_chart->plotArea();
    const qreal ratio = std::max<qreal>(1.0, painter->device() ? painter->device()->devicePixelRatioF() : 1.0);
    if (m_markers.size() != m_groups.size() || (!m_markers.empty() && m_markers.front().devicePixelRatio() != ratio)) {
        m_markers.clear();
        for (const Group& g : m_groups)
            m_markers.push_back(marker(g.color, m_size, ratio));
    }
    painter->save();
    painter->setClipRect(area);
    const qreal half = m_size / 2.0 + 1.0 / ratio;
    for (std::size_t g = 0; g < m_groups.size(); ++g) {
        const Group& group = m_groups[g];
        if (!group.reference || group.points.empty())
            continue;
        // Two corners of the data give the affine map to scene coordinates (both axes are
        // linear); corners rather than 0 and 1 keep it exact for dates in milliseconds.
        const QPointF d0(m_bounds.left(), m_bounds.top());
        const QPointF d1(m_bounds.right() > m_bounds.left() ? m_bounds.right() : m_bounds.left() + 1.0,
                         m_bounds.bottom() > m_bounds.top() ? m_bounds.bottom() : m_bounds.top() + 1.0);
        const QPointF s0 = m_chart->mapToPosition(d0, group.reference);
        const QPointF s1 = m_chart->mapToPosition(d1, group.reference);
        const qreal sx = (s1.x() - s0.x()) / (d1.x() - d0.x());
        const qreal sy = (s1.y() - s0.y()) / (d1.y() - d0.y());
        for (const QPointF& p : group.points) {
            const QPointF at(s0.x() + (p.x() - d0.x()) * sx, s0.y() + (p.y() - d0.y()) * sy);
            if (area.adjusted(-m_size, -m_size, m_size, m_size).contains(at))
                painter->drawImage(QPointF(at.x() - half, at.y() - half), m_markers[g]);
        }
    }
    painter->restore();
}

} // namespace pp
