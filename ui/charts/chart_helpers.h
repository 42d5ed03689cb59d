#pragma once

#include <QColor>
#include <QString>
#include <QtGlobal>

class QAbstractAxis;
class QChart;
class QValueAxis;

namespace pp::charts {

/// The application's chart colours: teal as the icon, then a qualitative palette that stays
/// distinguishable for the common forms of colour blindness (Okabe & Ito).
QColor accent();
QColor accentDark();
QColor seriesColor(int i);
/// Rose for outliers and flagged rows (the Data page's flagged-row tint, saturated).
QColor outlierColor();

/// Removes every series and axis from `chart` (a ChartView's chart is reused between
/// columns), switches animations off (screenshots and tests see the final state) and shows
/// the legend again.
void clear(QChart* chart);

/// A "nice" tick interval (1, 2 or 5 × 10^k) giving about `ticks` intervals over `span`.
double niceStep(double span, int ticks);
/// A value axis over [lo, hi] with nice ticks and as many decimals as they need; fewer
/// ticks when the labels are long. `maxIntervals` for narrow charts.
QValueAxis* valueAxis(double lo, double hi, const QString& title, int maxIntervals = 6);
/// A date axis over [lo, hi] (ms since the epoch, UTC). Ticks are evenly spaced in time,
/// not on calendar boundaries, so labels carry the month (or day) to stay truthful.
QAbstractAxis* dateAxis(double lo, double hi, const QString& title);
/// A count axis from 0 to a little above `peak`, whole-number ticks.
QValueAxis* countAxis(double peak, const QString& title);
/// Adds `axis` to `chart` at `alignment`, styles it (ChartView::styleAxis) and attaches every
/// series of the chart to it.
void addAxis(QChart* chart, QAbstractAxis* axis, Qt::Alignment alignment);

/// `text` shortened to `chars` characters with an ellipsis.
QString elided(const QString& text, int chars = 22);

} // namespace pp::charts
