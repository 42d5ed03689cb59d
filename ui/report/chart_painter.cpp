#include "report/chart_painter.h"

#include <QCoreApplication>
#include <QFontMetrics>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <limits>

namespace pp::report {

namespace {

const QColor kPalette[] = {QColor(0x1f, 0x77, 0xb4), QColor(0xff, 0x7f, 0x0e), QColor(0x2c, 0xa0, 0x2c),
                           QColor(0xd6, 0x27, 0x28), QColor(0x94, 0x67, 0xbd), QColor(0x8c, 0x56, 0x4b)};
const QColor kAxis(0x44, 0x44, 0x44);
const QColor kGrid(0xe3, 0xe3, 0xe3);

struct Frame
{
    QImage image;
    QRectF plot;     // plotting area in logical pixels
    QFont font;
    QFont titleFont;
};

Frame makeFrame(const ChartStyle& style, const QString& title)
{
    Frame f;
    f.image = QImage(QSize(style.width, style.height) * style.devicePixelRatio, QImage::Format_ARGB32_Premultiplied);
    f.image.setDevicePixelRatio(style.devicePixelRatio);
    f.image.fill(Qt::white);
    f.font = QFont();
    f.font.setPixelSize(13);
    f.titleFont = f.font;
    f.titleFont.setPixelSize(17);
    f.titleFont.setBold(true);
    QPainter p(&f.image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setFont(f.titleFont);
    p.setPen(Qt::black);
    p.drawText(QRectF(0, 8, style.width, 26), Qt::AlignHCenter | Qt::AlignVCenter, title);
    f.plot = QRectF(78, 46, style.width - 78 - 24, style.height - 46 - 64);
    return f;
}

double tickStep(double lo, double hi, int target)
{
    const double span = hi - lo;
    if (!(span > 0) || !std::isfinite(span))
        return 1.0;
    const double raw = span / std::max(1, target);
    const double mag = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : {1.0, 2.0, 2.5, 5.0, 10.0})
        if (m * mag >= raw)
            return m * mag;
    return 10.0 * mag;
}

void expandRange(double& lo, double& hi)
{
    if (!std::isfinite(lo) || !std::isfinite(hi)) {
        lo = 0;
        hi = 1;
    }
    if (hi <= lo) {
        const double pad = lo == 0 ? 1.0 : std::fabs(lo) * 0.1;
        lo -= pad;
        hi += pad;
    }
}

// Draws grid, ticks and axis labels; returns the mapping from data to pixels.
struct Axes
{
    double x0, x1, y0, y1;
    QRectF plot;
    QPointF map(double x, double y) const
    {
        return {plot.left() + (x - x0) / (x1 - x0) * plot.width(), plot.bottom() - (y - y0) / (y1 - y0) * plot.height()};
    }
};

Axes drawAxes(QPainter& p, const Frame& f, double x0, double x1, double y0, double y1, const QString& xLabel,
              const QString& yLabel, bool xTicks = true)
{
    expandRange(x0, x1);
    expandRange(y0, y1);
    const auto yt = niceTicks(y0, y1);
    if (!yt.empty()) {
        y0 = std::min(y0, yt.front());
        y1 = std::max(y1, yt.back());
    }
    const auto xt = niceTicks(x0, x1);
    if (xTicks && !xt.empty()) {
        x0 = std::min(x0, xt.front());
        x1 = std::max(x1, xt.back());
    }
    Axes a{x0, x1, y0, y1, f.plot};
    p.setFont(f.font);
    const double ys = yt.size() > 1 ? yt[1] - yt[0] : 1.0;
    for (double t : yt) {
        const QPointF q = a.map(x0, t);
        p.setPen(kGrid);
        p.drawLine(QPointF(f.plot.left(), q.y()), QPointF(f.plot.right(), q.y()));
        p.setPen(kAxis);
        p.drawText(QRectF(0, q.y() - 9, f.plot.left() - 6, 18), Qt::AlignRight | Qt::AlignVCenter, tickLabel(t, ys));
    }
    if (xTicks) {
        const double xs = xt.size() > 1 ? xt[1] - xt[0] : 1.0;
        for (double t : xt) {
            const QPointF q = a.map(t, y0);
            p.setPen(kGrid);
            p.drawLine(QPointF(q.x(), f.plot.top()), QPointF(q.x(), f.plot.bottom()));
            p.setPen(kAxis);
            p.drawText(QRectF(q.x() - 40, f.plot.bottom() + 4, 80, 18), Qt::AlignHCenter | Qt::AlignTop, tickLabel(t, xs));
        }
    }
    p.setPen(QPen(kAxis, 1.2));
    p.drawLine(f.plot.bottomLeft(), f.plot.bottomRight());
    p.drawLine(f.plot.bottomLeft(), f.plot.topLeft());
    p.drawText(QRectF(f.plot.left(), f.plot.bottom() + 26, f.plot.width(), 20), Qt::AlignHCenter, xLabel);
    p.save();
    p.translate(16, f.plot.center().y());
    p.rotate(-90);
    p.drawText(QRectF(-f.plot.height() / 2, -10, f.plot.height(), 20), Qt::AlignCenter, yLabel);
    p.restore();
    return a;
}

void drawLegend(QPainter& p, const Frame& f, const QStringList& names)
{
    if (names.size() < 2)
        return;
    QFontMetrics fm(f.font);
    qreal x = f.plot.left();
    const qreal y = f.plot.bottom() + 46;
    for (int i = 0; i < names.size(); ++i) {
        p.setPen(QPen(kPalette[i % 6], 3));
        p.drawLine(QPointF(x, y + 8), QPointF(x + 22, y + 8));
        p.setPen(kAxis);
        p.drawText(QPointF(x + 28, y + 13), names[i]);
        x += 40 + fm.horizontalAdvance(names[i]);
    }
}

} // namespace

std::vector<double> niceTicks(double lo, double hi, int target)
{
    std::vector<double> out;
    if (!std::isfinite(lo) || !std::isfinite(hi) || hi <= lo)
        return out;
    const double step = tickStep(lo, hi, target);
    const double start = std::floor(lo / step) * step;
    for (double t = start; t <= hi + step * 0.5 && out.size() < 50; t += step)
        out.push_back(std::fabs(t) < step * 1e-9 ? 0.0 : t);
    return out;
}

QString tickLabel(double v, double step)
{
    const double a = std::fabs(v);
    if (a >= 1e6 || (a > 0 && a < 1e-3))
        return QString::number(v, 'g', 3);
    const int decimals = step >= 1 ? 0 : std::min(6, static_cast<int>(std::ceil(-std::log10(step) - 1e-9)));
    return QLocale().toString(v, 'f', decimals);
}

QImage lineChart(const QString& title, const QString& xLabel, const QString& yLabel, const std::vector<Series>& series,
                 const ChartStyle& style)
{
    Frame f = makeFrame(style, title);
    double x0 = std::numeric_limits<double>::infinity(), x1 = -x0, y0 = x0, y1 = -x0;
    for (const auto& s : series) {
        for (std::size_t i = 0; i < s.x.size() && i < s.y.size(); ++i) {
            if (!std::isfinite(s.y[i]))
                continue;
            x0 = std::min(x0, s.x[i]);
            x1 = std::max(x1, s.x[i]);
            y0 = std::min(y0, s.y[i]);
            y1 = std::max(y1, s.y[i]);
        }
    }
    QPainter p(&f.image);
    p.setRenderHint(QPainter::Antialiasing);
    const Axes a = drawAxes(p, f, x0, x1, y0, y1, xLabel, yLabel);
    QStringList names;
    for (std::size_t k = 0; k < series.size(); ++k) {
        const auto& s = series[k];
        names << s.name;
        QPainterPath path;
        bool started = false;
        for (std::size_t i = 0; i < s.x.size() && i < s.y.size(); ++i) {
            if (!std::isfinite(s.y[i])) {
                started = false;
                continue;
            }
            const QPointF q = a.map(s.x[i], s.y[i]);
            if (started)
                path.lineTo(q);
            else
                path.moveTo(q);
            started = true;
        }
        p.setPen(QPen(kPalette[k % 6], 2.2));
        p.drawPath(path);
        if (s.x.size() == 1) {
            p.setBrush(kPalette[k % 6]);
            p.drawEllipse(a.map(s.x[0], s.y[0]), 3.5, 3.5);
        }
    }
    drawLegend(p, f, names);
    return f.image;
}

QImage scatterChart(const QString& title, const QString& xLabel, const QString& yLabel, const Series& s,
                    bool identityLine, const ChartStyle& style)
{
    Frame f = makeFrame(style, title);
    double lo = std::numeric_limits<double>::infinity(), hi = -lo;
    double y0 = lo, y1 = hi;
    for (std::size_t i = 0; i < s.x.size(); ++i) {
        lo = std::min(lo, s.x[i]);
        hi = std::max(hi, s.x[i]);
        y0 = std::min(y0, s.y[i]);
        y1 = std::max(y1, s.y[i]);
    }
    if (identityLine) {
        lo = y0 = std::min(lo, y0);
        hi = y1 = std::max(hi, y1);
    }
    QPainter p(&f.image);
    p.setRenderHint(QPainter::Antialiasing);
    const Axes a = drawAxes(p, f, lo, hi, y0, y1, xLabel, yLabel);
    p.setClipRect(f.plot);
    QColor dot = kPalette[0];
    dot.setAlphaF(s.x.size() > 2000 ? 0.25 : 0.6);
    p.setPen(Qt::NoPen);
    p.setBrush(dot);
    for (std::size_t i = 0; i < s.x.size(); ++i)
        p.drawEllipse(a.map(s.x[i], s.y[i]), 2.2, 2.2);
    if (identityLine) {
        p.setPen(QPen(kPalette[3], 1.6, Qt::DashLine));
        const double l = std::max(a.x0, a.y0), h = std::min(a.x1, a.y1);
        p.drawLine(a.map(l, l), a.map(h, h));
    }
    return f.image;
}

QImage barChart(const QString& title, const QString& valueLabel, const QStringList& labels,
                const std::vector<double>& values, const ChartStyle& style)
{
    Frame f = makeFrame(style, title);
    QFontMetrics fm(f.font);
    int labelWidth = 60;
    for (const auto& l : labels)
        labelWidth = std::max(labelWidth, std::min(260, fm.horizontalAdvance(l) + 12));
    f.plot.setLeft(labelWidth + 8);
    double lo = 0, hi = 0;
    for (double v : values) {
        lo = std::min(lo, v);
        hi = std::max(hi, v);
    }
    QPainter p(&f.image);
    p.setRenderHint(QPainter::Antialiasing);
    expandRange(lo, hi);
    const auto ticks = niceTicks(lo, hi);
    if (!ticks.empty()) {
        lo = std::min(lo, ticks.front());
        hi = std::max(hi, ticks.back());
    }
    const double step = ticks.size() > 1 ? ticks[1] - ticks[0] : 1.0;
    auto xOf = [&](double v) { return f.plot.left() + (v - lo) / (hi - lo) * f.plot.width(); };
    p.setFont(f.font);
    for (double t : ticks) {
        p.setPen(kGrid);
        p.drawLine(QPointF(xOf(t), f.plot.top()), QPointF(xOf(t), f.plot.bottom()));
        p.setPen(kAxis);
        p.drawText(QRectF(xOf(t) - 40, f.plot.bottom() + 4, 80, 18), Qt::AlignHCenter, tickLabel(t, step));
    }
    const int n = static_cast<int>(values.size());
    const qreal band = n > 0 ? f.plot.height() / n : f.plot.height();
    for (int i = 0; i < n; ++i) {
        const qreal y = f.plot.top() + i * band;
        const qreal x0 = xOf(std::min(0.0, values[static_cast<std::size_t>(i)]));
        const qreal x1 = xOf(std::max(0.0, values[static_cast<std::size_t>(i)]));
        p.fillRect(QRectF(x0, y + band * 0.15, std::max<qreal>(1.0, x1 - x0), band * 0.7), kPalette[0]);
        p.setPen(kAxis);
        p.drawText(QRectF(4, y, labelWidth, band), Qt::AlignRight | Qt::AlignVCenter,
                   fm.elidedText(labels.value(i), Qt::ElideMiddle, labelWidth - 8));
    }
    p.setPen(QPen(kAxis, 1.2));
    p.drawLine(QPointF(xOf(0), f.plot.top()), QPointF(xOf(0), f.plot.bottom()));
    p.drawText(QRectF(f.plot.left(), f.plot.bottom() + 26, f.plot.width(), 20), Qt::AlignHCenter, valueLabel);
    return f.image;
}

QImage histogramChart(const QString& title, const QString& xLabel, const std::vector<double>& values, int bins,
                      const ChartStyle& style)
{
    Frame f = makeFrame(style, title);
    double lo = std::numeric_limits<double>::infinity(), hi = -lo;
    for (double v : values) {
        if (!std::isfinite(v))
            continue;
        lo = std::min(lo, v);
        hi = std::max(hi, v);
    }
    expandRange(lo, hi);
    bins = std::max(1, bins);
    std::vector<double> counts(static_cast<std::size_t>(bins), 0.0);
    for (double v : values) {
        if (!std::isfinite(v))
            continue;
        int b = static_cast<int>((v - lo) / (hi - lo) * bins);
        counts[static_cast<std::size_t>(std::clamp(b, 0, bins - 1))] += 1;
    }
    const double top = *std::max_element(counts.begin(), counts.end());
    QPainter p(&f.image);
    p.setRenderHint(QPainter::Antialiasing);
    const Axes a = drawAxes(p, f, lo, hi, 0, top, xLabel, QCoreApplication::translate("pp::report", "Count"));
    for (int b = 0; b < bins; ++b) {
        const double l = lo + (hi - lo) * b / bins, r = lo + (hi - lo) * (b + 1) / bins;
        const QPointF tl = a.map(l, counts[static_cast<std::size_t>(b)]), br = a.map(r, 0);
        p.fillRect(QRectF(tl, br).adjusted(0.5, 0, -0.5, 0), kPalette[0]);
    }
    return f.image;
}

QImage heatmapChart(const QString& title, const QStringList& labels, const std::vector<std::vector<double>>& counts,
                    const ChartStyle& style)
{
    ChartStyle square = style;
    square.height = std::max(style.height, 140 + 40 * static_cast<int>(labels.size()));
    Frame f = makeFrame(square, title);
    QFontMetrics fm(f.font);
    int labelWidth = 40;
    for (const auto& l : labels)
        labelWidth = std::max(labelWidth, std::min(200, fm.horizontalAdvance(l) + 12));
    const int n = static_cast<int>(labels.size());
    const qreal cell = n > 0 ? std::min((square.width - labelWidth - 80.0) / n, (square.height - 130.0) / n) : 0;
    const QPointF origin(labelWidth + 40, 60);
    double maxCount = 1;
    for (const auto& row : counts)
        for (double c : row)
            maxCount = std::max(maxCount, c);
    QPainter p(&f.image);
    p.setFont(f.font);
    for (int i = 0; i < n; ++i) {
        for (int j = 0; j < n; ++j) {
            const double c = i < static_cast<int>(counts.size()) && j < static_cast<int>(counts[static_cast<std::size_t>(i)].size())
                ? counts[static_cast<std::size_t>(i)][static_cast<std::size_t>(j)]
                : 0.0;
            const double t = c / maxCount;
            const QColor fill = QColor::fromRgbF(1.0 - 0.85 * t, 1.0 - 0.55 * t, 1.0 - 0.2 * t);
            const QRectF r(origin.x() + j * cell, origin.y() + i * cell, cell, cell);
            p.fillRect(r, fill);
            p.setPen(t > 0.5 ? Qt::white : Qt::black);
            p.drawText(r, Qt::AlignCenter, QLocale().toString(c, 'f', 0));
        }
        p.setPen(kAxis);
        p.drawText(QRectF(0, origin.y() + i * cell, origin.x() - 8, cell), Qt::AlignRight | Qt::AlignVCenter,
                   fm.elidedText(labels[i], Qt::ElideRight, labelWidth));
        p.drawText(QRectF(origin.x() + i * cell, origin.y() + n * cell + 4, cell, 20), Qt::AlignHCenter,
                   fm.elidedText(labels[i], Qt::ElideRight, static_cast<int>(cell)));
    }
    p.drawText(QRectF(origin.x(), origin.y() + n * cell + 26, n * cell, 20), Qt::AlignHCenter,
               QCoreApplication::translate("pp::report", "Predicted class"));
    p.save();
    p.translate(14, origin.y() + n * cell / 2);
    p.rotate(-90);
    p.drawText(QRectF(-n * cell / 2, -10, n * cell, 20), Qt::AlignCenter,
               QCoreApplication::translate("pp::report", "Actual class"));
    p.restore();
    return f.image;
}

} // namespace pp::report
