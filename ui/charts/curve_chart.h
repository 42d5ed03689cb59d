#pragma once

#include "charts/chart_view.h"

#include <QColor>
#include <QList>
#include <QPointF>
#include <QTimer>

#include <vector>

class QLineSeries;
class QValueAxis;

namespace pp {

/// Line curves over a numeric x axis (epochs, rounds) that can grow live: appendPoint() only
/// buffers, and a ~40 ms single-shot timer redraws, calling QXYSeries::replace() once per
/// curve per tick. Curves with more points than the plot has pixels are drawn from a
/// min/max-per-pixel reduction, so that a long run costs no more to draw than a short one.
/// Axes follow the data (NaN points are skipped). Curves in other units than the rest (MAE in
/// the target's unit next to R²) go on a second value axis on the right, which exists only
/// while such a curve does.
class CurveChart : public ChartView
{
    Q_OBJECT
public:
    enum class Axis { Left, Right };

    explicit CurveChart(QWidget* parent = nullptr);

    void setAxisTitles(const QString& x, const QString& y);
    /// Title of the right value axis (shown once a curve uses it).
    void setRightAxisTitle(const QString& title);
    /// Removes every curve (and the right axis).
    void clearCurves();
    /// Adds an empty curve; returns its index. `objectName` names the series for tests and tools.
    int addCurve(const QString& name, const QString& objectName, const QColor& color = QColor(),
        Qt::PenStyle style = Qt::SolidLine, Axis axis = Axis::Left);
    int curveCount() const { return static_cast<int>(m_curves.size()); }
    QValueAxis* leftAxis() const { return m_y; }
    /// The right value axis; null while no curve uses it.
    QValueAxis* rightAxis() const { return m_y2; }
    /// The value axis a curve is drawn against.
    QValueAxis* axisOf(int curve) const;
    /// Index of the curve whose series is called `objectName`, or -1.
    int findCurve(const QString& objectName) const;

    /// Buffers a point; the chart redraws within ~40 ms.
    void appendPoint(int curve, double x, double y);
    /// Replaces all points of a curve (redrawn within ~40 ms).
    void setPoints(int curve, QList<QPointF> points);
    /// Every point appended so far (not reduced).
    const QList<QPointF>& points(int curve) const { return m_curves[static_cast<std::size_t>(curve)].points; }
    QLineSeries* series(int curve) const { return m_curves[static_cast<std::size_t>(curve)].series; }
    /// Redraws now what is pending (e.g. when a run ends, so the last points show at once).
    void flush();
    /// How many redraws ran (tests check that many appends cost few redraws).
    int redrawCount() const { return m_redraws; }

    /// The points to draw for `points` on a plot `pixels` wide: unchanged when there are at
    /// most 2 × pixels, else the first, minimum, maximum and last point of each pixel column.
    static QList<QPointF> reduce(const QList<QPointF>& points, int pixels);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    struct Curve
    {
        QLineSeries* series = nullptr;
        QList<QPointF> points;
        bool dirty = false;
        bool right = false;
    };
    void scheduleRedraw();
    void redraw();
    void updateAxes();

    std::vector<Curve> m_curves;
    QValueAxis* m_x;
    QValueAxis* m_y;
    QValueAxis* m_y2 = nullptr;
    QString m_rightTitle;
    QTimer m_timer;
    int m_redraws = 0;
};

/// A "nice" tick interval (1, 2 or 5 × 10^k) giving about `ticks` intervals over `span`.
double niceStep(double span, int ticks);
/// Sets a value axis' range and dynamic ticks (anchor, interval) without passing through a
/// state with a huge number of ticks.
void setAxisTicks(QValueAxis* axis, double from, double to, double anchor, double step);
/// Sets a value axis to a range that covers [lo, hi] with ticks at nice values: rounded out
/// to whole tick intervals, or (`tight`) with a 3 % margin only.
void setNiceRange(QValueAxis* axis, double lo, double hi, int ticks = 5, bool tight = false);

} // namespace pp
