#include "charts/distribution_charts.h"

#include "charts/chart_helpers.h"
#include "charts/chart_view.h"
#include "format.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QBoxPlotSeries>
#include <QBoxSet>
#include <QCoreApplication>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QHorizontalBarSeries>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QLogValueAxis>
#include <QScatterSeries>
#include <QTimeZone>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace pp::distcharts {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pp::DistributionCharts)
};

} // namespace

void drawHistogram(ChartView* view, const NumericDistribution& d, const HistogramData& h, bool logScale)
{
    QChart* chart = view->chart();
    charts::clear(chart);
    chart->legend()->hide();
    view->setTitle(Tr::tr("Distribution of %1").arg(charts::elided(d.name, 40)));
    QStringList notes;
    if (h.capped)
        notes << Tr::tr("Bins: %1 (Freedman–Diaconis asks for %2)")
                     .arg(h.counts.size())
                     .arg(fmt::count(static_cast<qint64>(d.fdBins)));
    else
        notes << Tr::tr("Bins: %1").arg(h.counts.size());
    notes << Tr::tr("%1 values").arg(fmt::count(d.count));
    if (d.missing > 0)
        notes << Tr::tr("%1 missing").arg(fmt::count(d.missing));
    if (d.infinite > 0)
        notes << Tr::tr("%1 infinite left out").arg(fmt::count(d.infinite));
    view->setSubtitle(notes.join(QStringLiteral(" · ")));
    if (h.counts.empty())
        return;

    // Log scale: empty bins sit on the axis floor (one row would be a bar).
    const double floor = logScale ? 0.5 : 0.0;
    auto* upper = new QLineSeries();
    auto* lower = new QLineSeries();
    QList<QPointF> points;
    qint64 peak = 1;
    points.append(QPointF(h.edges.front(), floor));
    for (std::size_t i = 0; i < h.counts.size(); ++i) {
        const double y = std::max(floor, static_cast<double>(h.counts[i]));
        points.append(QPointF(h.edges[i], y));
        points.append(QPointF(h.edges[i + 1], y));
        peak = std::max(peak, h.counts[i]);
    }
    points.append(QPointF(h.edges.back(), floor));
    upper->replace(points);
    lower->append(h.edges.front(), floor);
    lower->append(h.edges.back(), floor);
    auto* area = new QAreaSeries(upper, lower);
    area->setName(Tr::tr("Rows"));
    area->setColor(charts::accent());
    area->setBorderColor(charts::accentDark());
    area->setPen(QPen(charts::accentDark(), 1.2));
    chart->addSeries(area);

    const QString xTitle = d.name;
    charts::addAxis(chart, d.dateTime ? charts::dateAxis(h.edges.front(), h.edges.back(), xTitle)
                                      : charts::valueAxis(h.edges.front(), h.edges.back(), xTitle),
                    Qt::AlignBottom);
    if (logScale) {
        auto* y = new QLogValueAxis();
        y->setBase(10.0);
        y->setRange(floor, std::pow(10.0, std::ceil(std::log10(static_cast<double>(peak) * 1.5))));
        y->setLabelFormat(QStringLiteral("%.0f"));
        y->setMinorTickCount(-1);
        y->setTitleText(Tr::tr("Number of rows (log scale)"));
        charts::addAxis(chart, y, Qt::AlignLeft);
    } else {
        charts::addAxis(chart, charts::countAxis(static_cast<double>(peak), Tr::tr("Number of rows")), Qt::AlignLeft);
    }
}

void drawBoxPlot(ChartView* view, const NumericDistribution& d)
{
    QChart* chart = view->chart();
    charts::clear(chart);
    chart->legend()->hide();  // too narrow for one: the subtitle says what the marks are
    view->setTitle(Tr::tr("Box plot"));
    view->setSubtitle(Tr::tr("%1 above, %2 below the dashed fences").arg(fmt::count(d.above), fmt::count(d.below)));
    if (d.count == 0 || d.dateTime)
        return;
    auto* box = new QBoxSet(d.lowerWhisker, d.q1, d.median, d.q3, d.upperWhisker, charts::elided(d.name, 16));
    box->setBrush(charts::accent());
    box->setPen(QPen(charts::accentDark(), 1.4));
    auto* boxes = new QBoxPlotSeries();
    boxes->setName(Tr::tr("Quartiles and whiskers"));
    boxes->append(box);
    boxes->setBoxWidth(0.45);
    chart->addSeries(boxes);

    double lo = d.lowerWhisker;
    double hi = d.upperWhisker;
    auto* outliers = new QScatterSeries();
    outliers->setName(Tr::tr("Outside the fences"));
    outliers->setMarkerSize(7.0);
    outliers->setColor(charts::outlierColor());
    outliers->setBorderColor(charts::outlierColor().darker(130));
    for (const double v : d.outlierValues) {
        outliers->append(0.0, v);
        lo = std::min(lo, v);
        hi = std::max(hi, v);
    }
    // The fences are drawn where values lie beyond them: elsewhere they only stretch the axis.
    std::vector<double> fences;
    if (d.below > 0)
        fences.push_back(d.lowerFence);
    if (d.above > 0)
        fences.push_back(d.upperFence);
    for (std::size_t i = 0; i < fences.size(); ++i) {
        auto* line = new QLineSeries();
        line->setName(Tr::tr("IQR fences (k = %1)").arg(QLocale().toString(d.iqrK)));
        line->setPen(QPen(charts::outlierColor(), 1.2, Qt::DashLine));
        line->append(-0.4, fences[i]);
        line->append(0.4, fences[i]);
        chart->addSeries(line);
        if (i > 0)
            chart->legend()->markers(line).first()->setVisible(false);
    }
    if (outliers->count() > 0)
        chart->addSeries(outliers);
    else
        delete outliers;

    auto* x = new QBarCategoryAxis();
    x->append(charts::elided(d.name, 16));
    charts::addAxis(chart, x, Qt::AlignBottom);
    const double pad = std::max((hi - lo) * 0.05, 1e-9);
    charts::addAxis(chart, charts::valueAxis(lo - pad, hi + pad, d.name, 8), Qt::AlignLeft);
}

void drawCategoryCounts(ChartView* view, const CategoryCounts& c)
{
    QChart* chart = view->chart();
    charts::clear(chart);
    chart->legend()->hide();
    const qint64 shown = static_cast<qint64>(c.labels.size());
    view->setTitle(shown < c.distinct ? Tr::tr("Top %1 of %2 values of %3").arg(shown).arg(fmt::count(c.distinct), charts::elided(c.name, 30))
                                      : Tr::tr("Values of %1").arg(charts::elided(c.name, 30)));
    QStringList notes;
    notes << Tr::tr("%1 rows").arg(fmt::count(c.rows));
    if (c.missing > 0)
        notes << Tr::tr("%1 missing").arg(fmt::count(c.missing));
    view->setSubtitle(notes.join(QStringLiteral(" · ")));
    auto* set = new QBarSet(Tr::tr("Rows"));
    set->setColor(charts::accent());
    set->setBorderColor(charts::accentDark());
    QStringList labels;
    qint64 peak = 1;
    const auto add = [&](const QString& text, qint64 count) {
        QString label = charts::elided(text.isEmpty() ? Tr::tr("(empty)") : text, 24);
        while (labels.contains(label))
            label += QLatin1Char(' ');  // category labels must be unique
        labels.prepend(label);
        set->insert(0, static_cast<double>(count));
        peak = std::max(peak, count);
    };
    for (std::size_t i = 0; i < c.labels.size(); ++i)
        add(c.labels[i], c.counts[i]);
    if (c.otherGroups > 0)
        add(Tr::tr("Other (%n values)", nullptr, static_cast<int>(c.otherGroups)), c.other);
    auto* series = new QHorizontalBarSeries();
    series->append(set);
    series->setBarWidth(0.75);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
    series->setLabelsFormat(QStringLiteral("@value"));
    series->setLabelsPrecision(15);  // counts in full, not 1.23457e+06
    chart->addSeries(series);
    auto* y = new QBarCategoryAxis();
    y->append(labels);
    charts::addAxis(chart, y, Qt::AlignLeft);
    charts::addAxis(chart, charts::countAxis(static_cast<double>(peak), Tr::tr("Number of rows")), Qt::AlignBottom);
}

} // namespace pp::distcharts
