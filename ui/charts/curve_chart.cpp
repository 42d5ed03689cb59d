#include "charts/curve_chart.h"

#include <QChart>
#include <QLegend>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <limits>

namespace pp {

namespace {

constexpr int kRedrawMs = 40;

} // namespace

double niceStep(double span, int ticks)
{
    if (!(span > 0) || !std::isfinite(span))
        return 1.0;
    const double raw = span / std::max(1, ticks);
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    const double f = raw / magnitude;
    return (f < 1.5 ? 1.0 : f < 3.0 ? 2.0 : f < 7.0 ? 5.0 : 10.0) * magnitude;
}

void setAxisTicks(QValueAxis* axis, double from, double to, double anchor, double step)
{
    // Qt lays the labels out on every change: a new range under the old interval (0..600 in
    // steps of 0.2) would briefly mean thousands of labels. Widen the interval first, so that
    // no intermediate state has more ticks than the old or the new one.
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickInterval(std::max(axis->tickInterval(), step));
    axis->setTickAnchor(anchor);
    axis->setRange(from, to);
    axis->setTickInterval(step);
}

void setNiceRange(QValueAxis* axis, double lo, double hi, int ticks, bool tight)
{
    if (!std::isfinite(lo) || !std::isfinite(hi)) {
        lo = 0.0;
        hi = 1.0;
    }
    if (hi <= lo) {
        const double pad = lo == 0.0 ? 1.0 : std::abs(lo) * 0.1;
        lo -= pad;
        hi += pad;
    }
    const double step = niceStep(hi - lo, ticks);
    double from = std::floor(lo / step) * step;
    double to = std::ceil(hi / step) * step;
    if (tight) {
        // A small margin instead of a whole empty tick interval on each side.
        const double pad = (hi - lo) * 0.03;
        from = lo - pad;
        to = hi + pad;
    }
    setAxisTicks(axis, from, to, std::ceil(from / step) * step, step);
    const int decimals = step >= 1.0 ? 0 : std::min(8, static_cast<int>(std::ceil(-std::log10(step) - 1e-9)));
    axis->setLabelFormat(QStringLiteral("%.%1f").arg(decimals));
}

CurveChart::CurveChart(QWidget* parent)
    : ChartView(parent)
    , m_x(new QValueAxis())
    , m_y(new QValueAxis())
{
    chart()->setAnimationOptions(QChart::NoAnimation);
    chart()->setLocalizeNumbers(true);
    chart()->addAxis(m_x, Qt::AlignBottom);
    chart()->addAxis(m_y, Qt::AlignLeft);
    chart()->legend()->setAlignment(Qt::AlignBottom);
    styleAxis(m_x, QString());
    styleAxis(m_y, QString());
    setNiceRange(m_x, 0.0, 1.0);
    setNiceRange(m_y, 0.0, 1.0);
    m_timer.setSingleShot(true);
    m_timer.setInterval(kRedrawMs);
    connect(&m_timer, &QTimer::timeout, this, &CurveChart::redraw);
}

void CurveChart::setAxisTitles(const QString& x, const QString& y)
{
    m_x->setTitleText(x);
    m_y->setTitleText(y);
}

void CurveChart::setRightAxisTitle(const QString& title)
{
    m_rightTitle = title;
    if (m_y2)
        m_y2->setTitleText(title);
}

void CurveChart::clearCurves()
{
    m_timer.stop();
    for (Curve& c : m_curves) {
        chart()->removeSeries(c.series);
        delete c.series;
    }
    m_curves.clear();
    if (m_y2) {
        chart()->removeAxis(m_y2);
        delete m_y2;
        m_y2 = nullptr;
    }
    setNiceRange(m_x, 0.0, 1.0);
    setNiceRange(m_y, 0.0, 1.0);
}

int CurveChart::addCurve(
    const QString& name, const QString& objectName, const QColor& color, Qt::PenStyle style, Axis axis)
{
    auto* series = new QLineSeries();
    series->setName(name);
    series->setObjectName(objectName);
    chart()->addSeries(series);
    series->attachAxis(m_x);
    const bool right = axis == Axis::Right;
    if (right && !m_y2) {
        m_y2 = new QValueAxis();
        chart()->addAxis(m_y2, Qt::AlignRight);
        styleAxis(m_y2, m_rightTitle);
        m_y2->setGridLineVisible(false); // the left axis' grid is enough; two grids would clash
        setNiceRange(m_y2, 0.0, 1.0);
    }
    series->attachAxis(right ? m_y2 : m_y);
    QPen pen = series->pen();
    if (color.isValid())
        pen.setColor(color);
    pen.setWidthF(2.0);
    pen.setStyle(style);
    series->setPen(pen);
    m_curves.push_back({ series, {}, false, right });
    return curveCount() - 1;
}

QValueAxis* CurveChart::axisOf(int curve) const
{
    if (curve < 0 || static_cast<std::size_t>(curve) >= m_curves.size())
        return nullptr;
    return m_curves[static_cast<std::size_t>(curve)].right ? m_y2 : m_y;
}

int CurveChart::findCurve(const QString& objectName) const
{
    for (int i = 0; i < curveCount(); ++i)
        if (m_curves[static_cast<std::size_t>(i)].series->objectName() == objectName)
            return i;
    return -1;
}

void CurveChart::appendPoint(int curve, double x, double y)
{
    if (curve < 0 || static_cast<std::size_t>(curve) >= m_curves.size())
        return;  // no such curve (not begun): nothing to draw on
    Curve& c = m_curves[static_cast<std::size_t>(curve)];
    if (!std::isfinite(x) || !std::isfinite(y))
        return;
    c.points.append(QPointF(x, y));
    c.dirty = true;
    scheduleRedraw();
}

void CurveChart::setPoints(int curve, QList<QPointF> points)
{
    if (curve < 0 || static_cast<std::size_t>(curve) >= m_curves.size())
        return;
    Curve& c = m_curves[static_cast<std::size_t>(curve)];
    points.removeIf([](const QPointF& p) { return !std::isfinite(p.x()) || !std::isfinite(p.y()); });
    c.points = std::move(points);
    c.dirty = true;
    scheduleRedraw();
}

void CurveChart::scheduleRedraw()
{
    if (!m_timer.isActive())
        m_timer.start();
}

void CurveChart::flush()
{
    m_timer.stop();
    redraw();
}

QList<QPointF> CurveChart::reduce(const QList<QPointF>& points, int pixels)
{
    pixels = std::max(pixels, 16);
    if (points.size() <= 2 * pixels)
        return points;
    const double x0 = points.front().x();
    const double x1 = points.back().x();
    const double width = x1 > x0 ? (x1 - x0) / pixels : 1.0;
    QList<QPointF> out;
    out.reserve(4 * pixels + 4);
    qsizetype i = 0;
    const qsizetype n = points.size();
    while (i < n) {
        const int column
            = static_cast<int>(std::min<double>(pixels - 1, std::floor((points[i].x() - x0) / width)));
        qsizetype first = i, lowest = i, highest = i, last = i;
        while (i < n
            && static_cast<int>(std::min<double>(pixels - 1, std::floor((points[i].x() - x0) / width)))
                == column) {
            if (points[i].y() < points[lowest].y())
                lowest = i;
            if (points[i].y() > points[highest].y())
                highest = i;
            last = i;
            ++i;
        }
        // In x order, without repeating a point.
        qsizetype picks[4] = { first, std::min(lowest, highest), std::max(lowest, highest), last };
        qsizetype previous = -1;
        for (qsizetype p : picks) {
            if (p != previous && p >= first) {
                out.append(points[p]);
                previous = p;
            }
        }
    }
    return out;
}

void CurveChart::redraw()
{
    ++m_redraws;
    const int pixels = std::max(16, static_cast<int>(chart()->plotArea().width()));
    for (Curve& c : m_curves) {
        if (!c.dirty)
            continue;
        c.dirty = false;
        c.series->replace(reduce(c.points, pixels));
    }
    updateAxes();
}

void CurveChart::updateAxes()
{
    constexpr double inf = std::numeric_limits<double>::infinity();
    double xMin = inf, xMax = -inf;
    double yMin[2] = { inf, inf }, yMax[2] = { -inf, -inf }; // left, right
    for (const Curve& c : m_curves) {
        if (!c.series->isVisible())
            continue;
        const int side = c.right ? 1 : 0;
        for (const QPointF& p : c.points) {
            xMin = std::min(xMin, p.x());
            xMax = std::max(xMax, p.x());
            yMin[side] = std::min(yMin[side], p.y());
            yMax[side] = std::max(yMax[side], p.y());
        }
    }
    if (!std::isfinite(xMin))
        return;
    // Epochs start at 1: keep the axis starting at 0 or 1 with whole-number ticks.
    const double xStep = niceStep(std::max(1.0, xMax - std::min(0.0, xMin)), 6);
    setAxisTicks(
        m_x, std::min(0.0, xMin), std::max(std::ceil(xMax / xStep) * xStep, 1.0), 0.0, std::max(1.0, xStep));
    m_x->setLabelFormat(QStringLiteral("%.0f"));
    QValueAxis* axes[2] = { m_y, m_y2 };
    for (int side = 0; side < 2; ++side) {
        if (!axes[side] || !std::isfinite(yMin[side]))
            continue;
        const double pad = (yMax[side] - yMin[side]) * 0.05;
        setNiceRange(axes[side], yMin[side] - pad, yMax[side] + pad, 5);
    }
}

void CurveChart::resizeEvent(QResizeEvent* event)
{
    ChartView::resizeEvent(event);
    // The reduction depends on the plot width.
    bool reduced = false;
    for (Curve& c : m_curves) {
        if (c.points.size() > 32) {
            c.dirty = true;
            reduced = true;
        }
    }
    if (reduced)
        scheduleRedraw();
}

} // namespace pp
