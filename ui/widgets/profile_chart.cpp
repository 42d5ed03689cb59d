#include "profile_chart.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QHorizontalBarSeries>
#include <QLineSeries>
#include <QLocale>
#include <QTimeZone>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace pp {

namespace {

const QColor kFill(20, 184, 166);     // teal, as the application icon
const QColor kBorder(15, 118, 110);
constexpr int kMaxLabelChars = 18;

QString elided(const QString& s)
{
    return s.size() <= kMaxLabelChars ? s : QString(s.left(kMaxLabelChars - 1) + QStringLiteral("…"));
}

void styleAxis(QAbstractAxis* axis)
{
    QFont f = axis->labelsFont();
    f.setPointSizeF(std::max(7.0, f.pointSizeF() * 0.85));
    axis->setLabelsFont(f);
    QFont t = axis->titleFont();
    t.setPointSizeF(std::max(7.5, t.pointSizeF() * 0.9));
    t.setBold(false);
    axis->setTitleFont(t);
    axis->setGridLineColor(QColor(0, 0, 0, 28));
}

// A "nice" tick interval (1, 2 or 5 × 10^k) giving about `ticks` intervals over `span`.
double niceStep(double span, int ticks)
{
    if (!(span > 0))
        return 1.0;
    const double raw = span / ticks;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    const double f = raw / magnitude;
    return (f < 1.5 ? 1.0 : f < 3.0 ? 2.0 : f < 7.0 ? 5.0 : 10.0) * magnitude;
}

// A count axis from 0 with whole-number ticks at nice intervals.
QValueAxis* countAxis(qint64 peak)
{
    auto* axis = new QValueAxis();
    const double step = std::max(1.0, niceStep(static_cast<double>(std::max<qint64>(peak, 1)), 4));
    axis->setRange(0.0, std::ceil(static_cast<double>(std::max<qint64>(peak, 1)) * 1.04 / step) * step);
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0.0);
    axis->setTickInterval(step);
    axis->setLabelFormat(QStringLiteral("%.0f"));
    axis->setTitleText(ProfileChart::tr("Number of rows"));
    return axis;
}

} // namespace

ProfileChart::ProfileChart(QWidget* parent) : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(220);
    resetChart(QString());
}

void ProfileChart::resetChart(const QString& title)
{
    auto* chart = new QChart();
    chart->setAnimationOptions(QChart::NoAnimation);  // screenshots and tests see the final state
    chart->legend()->hide();
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setLocalizeNumbers(true);
    chart->setLocale(QLocale());
    QFont titleFont = chart->titleFont();
    titleFont.setBold(true);
    titleFont.setPointSizeF(std::max(8.0, font().pointSizeF()));
    chart->setTitleFont(titleFont);
    chart->setTitle(title);
    QChart* old = this->chart();
    setChart(chart);  // the view owns the new chart; the old one is ours to delete
    delete old;
}

void ProfileChart::clear()
{
    m_hasData = false;
    resetChart(QString());
}

void ProfileChart::showProfile(const ColumnProfile& profile)
{
    const bool histogram = (profile.type == ColumnType::Numeric || profile.type == ColumnType::DateTime)
                           && !profile.histogram.empty();
    // Frequencies are only worth a chart when some value occurs more than once.
    if (histogram)
        showHistogram(profile);
    else if (!profile.top.empty() && profile.top.front().second > 1)
        showTopValues(profile);
    else {
        m_hasData = false;
        resetChart(QString());
    }
}

void ProfileChart::showHistogram(const ColumnProfile& p)
{
    resetChart(tr("Distribution of %1").arg(elided(p.name)));
    m_hasData = true;

    const int bins = static_cast<int>(p.histogram.size());
    const double lo = p.histogramMin;
    const double hi = p.histogramMax > p.histogramMin ? p.histogramMax : p.histogramMin + 1.0;
    const double width = (hi - lo) / bins;

    // A step outline over the bins, filled down to zero: a histogram on a true value axis.
    auto* outline = new QLineSeries();
    qint64 peak = 0;
    outline->append(lo, 0.0);
    for (int i = 0; i < bins; ++i) {
        const double y = static_cast<double>(p.histogram[static_cast<std::size_t>(i)]);
        outline->append(lo + i * width, y);
        outline->append(lo + (i + 1) * width, y);
        peak = std::max(peak, p.histogram[static_cast<std::size_t>(i)]);
    }
    outline->append(hi, 0.0);
    auto* area = new QAreaSeries(outline);
    area->setColor(kFill);
    area->setBorderColor(kBorder);
    area->setPen(QPen(kBorder, 1.2));
    area->setName(tr("Rows"));
    chart()->addSeries(area);

    QAbstractAxis* xAxis = nullptr;
    if (p.type == ColumnType::DateTime) {
        auto* axis = new QDateTimeAxis();
        axis->setRange(QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(lo), QTimeZone::utc()),
                       QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(hi), QTimeZone::utc()));
        const double spanDays = (hi - lo) / 86400000.0;
        axis->setFormat(spanDays > 3 * 365 ? QStringLiteral("yyyy") : spanDays > 2 ? QStringLiteral("yyyy-MM-dd")
                                                                                  : QStringLiteral("MM-dd HH:mm"));
        axis->setTickCount(4);
        xAxis = axis;
    } else {
        auto* axis = new QValueAxis();
        axis->setRange(lo, hi);
        // Fewer ticks when labels are long ("1,000,000"), so that they never run together.
        const int labelChars = static_cast<int>(QLocale().toString(std::max(std::abs(lo), std::abs(hi)), 'f', 0).size());
        const int intervals = std::clamp(24 / (labelChars + 2), 2, 5);
        const double step = niceStep(hi - lo, intervals);
        axis->setTickType(QValueAxis::TicksDynamic);
        axis->setTickAnchor(std::ceil(lo / step) * step);
        axis->setTickInterval(step);
        const int decimals = step >= 1.0 ? 0 : std::min(6, static_cast<int>(std::ceil(-std::log10(step))));
        axis->setLabelFormat(QStringLiteral("%.%1f").arg(decimals));
        xAxis = axis;
    }
    xAxis->setTitleText(tr("Value"));
    QValueAxis* yAxis = countAxis(peak);
    styleAxis(xAxis);
    styleAxis(yAxis);
    chart()->addAxis(xAxis, Qt::AlignBottom);
    chart()->addAxis(yAxis, Qt::AlignLeft);
    area->attachAxis(xAxis);
    area->attachAxis(yAxis);
}

void ProfileChart::showTopValues(const ColumnProfile& p)
{
    const int shown = static_cast<int>(std::min<std::size_t>(p.top.size(), 10));
    if (p.unique > shown)
        resetChart(tr("Top %1 of %2 values of %3").arg(shown).arg(QLocale().toString(p.unique), elided(p.name)));
    else
        resetChart(tr("Values of %1").arg(elided(p.name)));
    m_hasData = true;

    auto* set = new QBarSet(tr("Rows"));
    set->setColor(kFill);
    set->setBorderColor(kBorder);
    QStringList categories;
    qint64 peak = 0;
    // Bottom-up in a horizontal chart: the most frequent value goes last so it is on top.
    for (int i = shown - 1; i >= 0; --i) {
        const auto& [value, count] = p.top[static_cast<std::size_t>(i)];
        QString label = elided(value);
        while (categories.contains(label))  // category labels must be unique
            label += QLatin1Char(' ');
        categories.append(label);
        set->append(static_cast<double>(count));
        peak = std::max(peak, count);
    }
    auto* series = new QHorizontalBarSeries();
    series->append(set);
    series->setBarWidth(0.7);
    chart()->addSeries(series);

    auto* yAxis = new QBarCategoryAxis();
    yAxis->append(categories);
    QValueAxis* xAxis = countAxis(peak);
    styleAxis(xAxis);
    styleAxis(yAxis);
    chart()->addAxis(yAxis, Qt::AlignLeft);
    chart()->addAxis(xAxis, Qt::AlignBottom);
    series->attachAxis(yAxis);
    series->attachAxis(xAxis);
}

} // namespace pp
