#include "charts/chart_helpers.h"

#include "charts/chart_view.h"

#include <QAbstractSeries>
#include <QChart>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QLegend>
#include <QLocale>
#include <QTimeZone>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace pp::charts {

QColor accent() { return QColor(20, 184, 166); }
QColor accentDark() { return QColor(15, 118, 110); }
QColor outlierColor() { return QColor(219, 39, 119); }

QColor seriesColor(int i)
{
    static const QColor colours[] = {
        QColor(0, 114, 178),   QColor(230, 159, 0),  QColor(0, 158, 115), QColor(204, 121, 167),
        QColor(86, 180, 233),  QColor(213, 94, 0),   QColor(240, 228, 66), QColor(120, 120, 120),
    };
    constexpr int n = static_cast<int>(sizeof(colours) / sizeof(colours[0]));
    return colours[((i % n) + n) % n];
}

void clear(QChart* chart)
{
    chart->removeAllSeries();
    const auto axes = chart->axes();
    for (QAbstractAxis* axis : axes) {
        chart->removeAxis(axis);
        delete axis;
    }
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setLocalizeNumbers(true);
    chart->setLocale(QLocale());
    chart->legend()->setVisible(true);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->zoomReset();
}

double niceStep(double span, int ticks)
{
    if (!(span > 0) || !std::isfinite(span))
        return 1.0;
    const double raw = span / std::max(1, ticks);
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    const double f = raw / magnitude;
    return (f < 1.5 ? 1.0 : f < 3.0 ? 2.0 : f < 7.0 ? 5.0 : 10.0) * magnitude;
}

QValueAxis* valueAxis(double lo, double hi, const QString& title, int maxIntervals)
{
    auto* axis = new QValueAxis();
    if (!(hi > lo)) {
        lo -= 0.5;
        hi += 0.5;
    }
    axis->setRange(lo, hi);
    const int labelChars = static_cast<int>(QLocale().toString(std::max(std::abs(lo), std::abs(hi)), 'f', 0).size());
    const int intervals = std::clamp(36 / (labelChars + 3), 2, std::max(2, maxIntervals));
    const double step = niceStep(hi - lo, intervals);
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(std::ceil(lo / step) * step);
    axis->setTickInterval(step);
    const int decimals = step >= 1.0 ? 0 : std::min(6, static_cast<int>(std::ceil(-std::log10(step) - 1e-9)));
    axis->setLabelFormat(QStringLiteral("%.%1f").arg(decimals));
    axis->setTitleText(title);
    return axis;
}

QAbstractAxis* dateAxis(double lo, double hi, const QString& title)
{
    auto* axis = new QDateTimeAxis();
    axis->setRange(QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(lo), QTimeZone::utc()),
                   QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(hi), QTimeZone::utc()));
    const double days = (hi - lo) / 86400000.0;
    axis->setFormat(days > 90 ? QStringLiteral("yyyy-MM") : days > 2 ? QStringLiteral("yyyy-MM-dd")
                                                                    : QStringLiteral("MM-dd HH:mm"));
    axis->setTickCount(6);
    axis->setTitleText(title);
    return axis;
}

QValueAxis* countAxis(double peak, const QString& title)
{
    auto* axis = new QValueAxis();
    peak = std::max(peak, 1.0);
    const double step = std::max(1.0, niceStep(peak, 4));
    axis->setRange(0.0, std::ceil(peak * 1.05 / step) * step);
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0.0);
    axis->setTickInterval(step);
    axis->setLabelFormat(QStringLiteral("%.0f"));
    axis->setTitleText(title);
    return axis;
}

void addAxis(QChart* chart, QAbstractAxis* axis, Qt::Alignment alignment)
{
    ChartView::styleAxis(axis, axis->titleText());
    // Category labels are elided by the views to a readable length already; Qt's own
    // truncation would cut them to "..." whenever the plot is narrow.
    if (axis->type() == QAbstractAxis::AxisTypeBarCategory)
        axis->setTruncateLabels(false);
    chart->addAxis(axis, alignment);
    const auto series = chart->series();
    for (QAbstractSeries* s : series)
        s->attachAxis(axis);
}

QString elided(const QString& text, int chars)
{
    return text.size() <= chars ? text : QString(text.left(chars - 1) + QStringLiteral("…"));
}

} // namespace pp::charts
