#include "widgets/before_after_panel.h"

#include "charts/chart_view.h"
#include "format.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QGridLayout>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QScrollArea>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace pp {

namespace {

const QColor kBefore(0x9e, 0x9e, 0x9e);
const QColor kAfter(0x1f, 0x77, 0xb4);

/// The outline of a histogram: (edge_i, count_i), (edge_i+1, count_i) for every bin, from
/// and back to zero, so that an area series draws the bars as one shape.
QLineSeries* stepLine(const std::vector<double>& edges, const std::vector<qint64>& counts)
{
    auto* line = new QLineSeries;
    if (counts.empty() || edges.size() != counts.size() + 1)
        return line;
    line->append(edges.front(), 0.0);
    for (std::size_t i = 0; i < counts.size(); ++i) {
        line->append(edges[i], static_cast<double>(counts[i]));
        line->append(edges[i + 1], static_cast<double>(counts[i]));
    }
    line->append(edges.back(), 0.0);
    return line;
}

QString elided(const QString& text, int length = 14)
{
    return text.size() <= length ? text : text.left(length - 1) + QChar(0x2026);
}

} // namespace

BeforeAfterPanel::BeforeAfterPanel(QWidget* parent)
    : QWidget(parent)
    , m_heading(new QLabel(this))
    , m_scroll(new QScrollArea(this))
    , m_grid(new QWidget)
    , m_gridLayout(new QGridLayout(m_grid))
{
    m_heading->setObjectName(QStringLiteral("beforeAfterHeading"));
    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::PlainText);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidget(m_grid);
    m_gridLayout->setContentsMargins(0, 0, 0, 0);
    m_gridLayout->setSpacing(6);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_scroll, 1);
}

QString BeforeAfterPanel::heading() const
{
    return m_heading->text();
}

void BeforeAfterPanel::clearCharts()
{
    qDeleteAll(m_views);
    m_views.clear();
    m_charts.clear();
}

void BeforeAfterPanel::setMessage(const QString& text)
{
    clearCharts();
    m_heading->setText(text);
}

void BeforeAfterPanel::setCharts(const QString& heading, const std::vector<BeforeAfter>& charts, int total)
{
    clearCharts();
    m_charts = charts;
    QString text = heading;
    if (total > static_cast<int>(charts.size()))
        text += QLatin1Char(' ')
            + tr("The first %1 of %2 changed columns are shown.").arg(charts.size()).arg(total);
    m_heading->setText(text);
    const int perRow = 2;
    for (std::size_t i = 0; i < charts.size(); ++i) {
        ChartView* view = makeChart(charts[i]);
        m_gridLayout->addWidget(view, static_cast<int>(i) / perRow, static_cast<int>(i) % perRow);
        m_views << view;
    }
}

ChartView* BeforeAfterPanel::makeChart(const BeforeAfter& data)
{
    auto* view = new ChartView(m_grid);
    view->setMinimumSize(220, 230);
    view->setExportName(QStringLiteral("before-after-") + data.column);
    QChart* chart = view->chart();
    chart->legend()->setAlignment(Qt::AlignBottom);
    QFont small = view->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    chart->legend()->setFont(small);
    QString title = data.column;
    if (!data.inBefore)
        title = tr("%1 (new)").arg(data.column);
    else if (!data.inAfter)
        title = tr("%1 (removed)").arg(data.column);
    view->setTitle(title);
    QStringList notes;
    if (data.missingBefore > 0 || data.missingAfter > 0) {
        if (data.inBefore && data.inAfter)
            notes
                << tr("Missing: %1 → %2").arg(fmt::count(data.missingBefore), fmt::count(data.missingAfter));
        else
            notes
                << tr("Missing: %1").arg(fmt::count(data.inBefore ? data.missingBefore : data.missingAfter));
    }
    if (data.otherBefore > 0 || data.otherAfter > 0)
        notes << tr("other values not shown");
    view->setSubtitle(notes.join(QStringLiteral(" · ")));

    qint64 top = 0;
    for (const auto* counts : { &data.before, &data.after })
        for (const qint64 c : *counts)
            top = std::max(top, c);
    auto* yAxis = new QValueAxis;
    yAxis->setRange(0.0, std::max<double>(1.0, static_cast<double>(top) * 1.05));
    yAxis->setLabelFormat(QStringLiteral("%.0f"));
    yAxis->setTickCount(4);
    yAxis->applyNiceNumbers();
    ChartView::styleAxis(yAxis, QString());
    yAxis->setLabelsFont(small);
    // Counts up the side for histograms; along the bottom for categories, drawn as
    // horizontal bars so that their names stay readable in a small chart.
    chart->addAxis(yAxis, data.numeric ? Qt::AlignLeft : Qt::AlignBottom);

    if (data.numeric) {
        QAbstractAxis* xAxis = nullptr;
        if (data.dateTime) {
            auto* axis = new QDateTimeAxis;
            axis->setFormat(QStringLiteral("yyyy-MM"));
            axis->setRange(QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(data.edges.front()), Qt::UTC),
                QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(data.edges.back()), Qt::UTC));
            axis->setTickCount(3);
            xAxis = axis;
        } else {
            auto* axis = new QValueAxis;
            axis->setRange(data.edges.front(), data.edges.back());
            // Large numbers in full ("150000", not "1.5e+05", which the axis would clip).
            const bool large = std::max(std::abs(data.edges.front()), std::abs(data.edges.back())) >= 1e4;
            axis->setTickCount(large ? 3 : 4);
            axis->applyNiceNumbers();
            axis->setLabelFormat(large ? QStringLiteral("%.0f") : QStringLiteral("%.4g"));
            xAxis = axis;
        }
        ChartView::styleAxis(xAxis, QString());
        xAxis->setLabelsFont(small);
        chart->addAxis(xAxis, Qt::AlignBottom);
        auto addSide
            = [&](const std::vector<qint64>& counts, const QString& name, const QColor& colour, qreal alpha) {
                  auto* area = new QAreaSeries(stepLine(data.edges, counts));
                  area->setName(name);
                  QColor fill = colour;
                  fill.setAlphaF(alpha);
                  area->setBrush(fill);
                  QPen pen(colour);
                  pen.setWidthF(1.5);
                  area->setPen(pen);
                  chart->addSeries(area);
                  area->attachAxis(xAxis);
                  area->attachAxis(yAxis);
              };
        if (data.inBefore)
            addSide(data.before, tr("Before"), kBefore, 0.55);
        if (data.inAfter)
            addSide(data.after, tr("After"), kAfter, 0.35);
        return view;
    }
    // Most frequent at the top: a horizontal bar axis runs bottom-up.
    const int n = static_cast<int>(data.labels.size());
    auto reversed = [n](const std::vector<qint64>& counts) {
        QList<qreal> values;
        for (int i = n - 1; i >= 0; --i)
            values << static_cast<qreal>(counts[static_cast<std::size_t>(i)]);
        return values;
    };
    auto* bars = new QHorizontalBarSeries;
    if (data.inBefore) {
        auto* set = new QBarSet(tr("Before"));
        set->setColor(kBefore);
        set->setBorderColor(kBefore);
        set->append(reversed(data.before));
        bars->append(set);
    }
    if (data.inAfter) {
        auto* set = new QBarSet(tr("After"));
        set->setColor(kAfter);
        set->setBorderColor(kAfter);
        set->append(reversed(data.after));
        bars->append(set);
    }
    chart->addSeries(bars);
    auto* categoryAxis = new QBarCategoryAxis;
    QStringList labels; // categories of a bar axis must be unique, also once shortened
    for (int i = n - 1; i >= 0; --i) {
        const QString& l = data.labels.at(i);
        labels << (labels.contains(elided(l)) ? l : elided(l));
    }
    categoryAxis->append(labels);
    ChartView::styleAxis(categoryAxis, QString());
    categoryAxis->setLabelsFont(small);
    chart->addAxis(categoryAxis, Qt::AlignLeft);
    bars->attachAxis(categoryAxis);
    bars->attachAxis(yAxis);
    return view;
}

} // namespace pp
