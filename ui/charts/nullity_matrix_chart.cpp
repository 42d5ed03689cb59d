#include "charts/nullity_matrix_chart.h"

#include "charts/chart_helpers.h"
#include "format.h"
#include "stats/missingness.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace pp {

namespace {

constexpr int kSparklineWidth = 70;
constexpr int kMaxLabelChars = 16;
const QColor kPresent(215, 240, 236);
const QColor kMissing(38, 50, 56);

} // namespace

NullityMatrixChart::NullityMatrixChart(QWidget* parent) : PaintedChart(parent) {}

void NullityMatrixChart::setReport(std::shared_ptr<const MissingnessReport> report, const QStringList& columnNames)
{
    m_report = std::move(report);
    m_names = columnNames;
    m_message.clear();
    update();
}

void NullityMatrixChart::setMessage(const QString& message)
{
    m_report.reset();
    m_names.clear();
    m_message = message;
    update();
}

QColor NullityMatrixChart::shade(double missingShare)
{
    const double t = std::clamp(missingShare, 0.0, 1.0);
    // Any missing value at all must be visible: start a little way into the scale.
    const double s = t > 0.0 ? 0.18 + 0.82 * t : 0.0;
    return QColor::fromRgbF(static_cast<float>(kPresent.redF() + (kMissing.redF() - kPresent.redF()) * s),
                            static_cast<float>(kPresent.greenF() + (kMissing.greenF() - kPresent.greenF()) * s),
                            static_cast<float>(kPresent.blueF() + (kMissing.blueF() - kPresent.blueF()) * s));
}

NullityMatrixChart::Geometry NullityMatrixChart::geometry(const QRect& area, const QFontMetrics& metrics) const
{
    Geometry g;
    const int columns = static_cast<int>(m_names.size());
    if (!m_report || columns == 0 || m_report->bins == 0)
        return g;
    int widest = 0;
    for (const QString& name : m_names)
        widest = std::max(widest, metrics.horizontalAdvance(charts::elided(name, kMaxLabelChars)));
    g.labelHeight = std::min(static_cast<int>(widest * 0.72) + metrics.height(), area.height() / 3);
    g.rowLabelWidth = metrics.horizontalAdvance(fmt::count(m_report->rows)) + 8;
    const int width = area.width() - g.rowLabelWidth - kSparklineWidth - 12;
    g.grid = QRect(area.left() + g.rowLabelWidth, area.top() + g.labelHeight, std::max(10, width),
                   std::max(10, area.height() - g.labelHeight - 4));
    g.columnWidth = static_cast<double>(g.grid.width()) / columns;
    g.binHeight = static_cast<double>(g.grid.height()) / m_report->bins;
    g.sparkline = QRect(g.grid.right() + 12, g.grid.top(), kSparklineWidth - 4, g.grid.height());
    return g;
}

void NullityMatrixChart::paintContent(QPainter& painter, const QRect& area)
{
    const Geometry g = geometry(area, painter.fontMetrics());
    if (g.grid.isEmpty()) {
        drawMessage(painter, area, m_message.isEmpty() ? tr("Nothing to show.") : m_message);
        return;
    }
    const MissingnessReport& r = *m_report;
    const int columns = static_cast<int>(m_names.size());
    painter.setRenderHint(QPainter::Antialiasing, false);
    for (int b = 0; b < r.bins; ++b) {
        const int y0 = g.grid.top() + static_cast<int>(std::lround(b * g.binHeight));
        const int y1 = g.grid.top() + static_cast<int>(std::lround((b + 1) * g.binHeight));
        for (int c = 0; c < columns; ++c) {
            const int x0 = g.grid.left() + static_cast<int>(std::lround(c * g.columnWidth));
            const int x1 = g.grid.left() + static_cast<int>(std::lround((c + 1) * g.columnWidth));
            painter.fillRect(QRect(x0, y0, x1 - x0, std::max(1, y1 - y0)), shade(r.missingShareAt(b, c, columns)));
        }
    }
    // White gaps between columns keep narrow columns apart.
    painter.setPen(QPen(Qt::white, 1));
    for (int c = 1; c < columns; ++c) {
        const int x = g.grid.left() + static_cast<int>(std::lround(c * g.columnWidth));
        painter.drawLine(x, g.grid.top(), x, g.grid.bottom());
    }
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setPen(QColor(60, 60, 60));
    const QFontMetrics& fm = painter.fontMetrics();
    painter.drawText(QRect(area.left(), g.grid.top(), g.rowLabelWidth - 6, fm.height()), Qt::AlignRight | Qt::AlignTop,
                     fmt::count(r.rows > 0 ? 1 : 0));
    painter.drawText(QRect(area.left(), g.grid.bottom() - fm.height(), g.rowLabelWidth - 6, fm.height()),
                     Qt::AlignRight | Qt::AlignBottom, fmt::count(r.rows));
    paintColumnLabels(painter, g);
    paintSparkline(painter, g);
}

void NullityMatrixChart::paintColumnLabels(QPainter& painter, const Geometry& g) const
{
    const QFontMetrics& fm = painter.fontMetrics();
    for (int c = 0; c < static_cast<int>(m_names.size()); ++c) {
        const QString label = charts::elided(m_names.at(c), kMaxLabelChars);
        const double x = g.grid.left() + (c + 0.5) * g.columnWidth;
        painter.save();
        painter.translate(x - fm.ascent() / 3.0, g.grid.top() - 4);
        painter.rotate(-45);
        painter.drawText(QRect(0, -fm.height(), fm.horizontalAdvance(label) + 2, fm.height()),
                         Qt::AlignLeft | Qt::AlignVCenter, label);
        painter.restore();
    }
}

void NullityMatrixChart::paintSparkline(QPainter& painter, const Geometry& g) const
{
    const MissingnessReport& r = *m_report;
    const QRect s = g.sparkline;
    painter.fillRect(s, QColor(248, 248, 248));
    // Scaled from the least complete bin to 1, as missingno scales its sparkline: a few
    // percent of difference must still show.
    const double least = *std::min_element(r.binCompleteness.begin(), r.binCompleteness.end());
    const double from = std::max(0.0, least - (1.0 - least) * 0.25 - 1e-9);
    QPainterPath path;
    for (int b = 0; b < r.bins; ++b) {
        const double x = s.left() + (r.binCompleteness[static_cast<std::size_t>(b)] - from) / (1.0 - from) * s.width();
        const double y = s.top() + (b + 0.5) * g.binHeight;
        if (b == 0)
            path.moveTo(x, y);
        else
            path.lineTo(x, y);
    }
    painter.setPen(QPen(charts::accentDark(), 1.4));
    painter.drawPath(path);
    painter.setPen(QColor(90, 90, 90));
    const QFontMetrics& fm = painter.fontMetrics();
    const int fewest = r.binMinPresent.empty() ? 0 : *std::min_element(r.binMinPresent.begin(), r.binMinPresent.end());
    const int most = r.binMaxPresent.empty() ? 0 : *std::max_element(r.binMaxPresent.begin(), r.binMaxPresent.end());
    painter.save();
    QFont small = painter.font();
    small.setPointSizeF(std::max(7.0, small.pointSizeF() * 0.85));
    painter.setFont(small);
    const QFontMetrics sm(small);
    painter.drawText(QRect(s.left() - 4, s.top() - 2 * sm.height() - 2, s.width() + 10, sm.height()),
                     Qt::AlignHCenter, tr("Complete"));
    painter.drawText(QRect(s.left() - 4, s.top() - sm.height() - 2, s.width() + 10, sm.height()), Qt::AlignHCenter,
                     tr("%1–%2 of %3").arg(fewest).arg(most).arg(m_names.size()));
    painter.restore();
    Q_UNUSED(fm);
}

QString NullityMatrixChart::toolTipAt(const QPoint& pos) const
{
    const Geometry g = geometry(contentRect(), fontMetrics());
    if (g.grid.isEmpty())
        return QString();
    const MissingnessReport& r = *m_report;
    const int bin = std::clamp(static_cast<int>((pos.y() - g.grid.top()) / g.binHeight), 0, r.bins - 1);
    const QString rows = tr("Rows %1–%2").arg(fmt::count(r.binStart[static_cast<std::size_t>(bin)] + 1),
                                               fmt::count(r.binStart[static_cast<std::size_t>(bin) + 1]));
    if (pos.y() < g.grid.top() || pos.y() > g.grid.bottom())
        return QString();
    if (g.sparkline.adjusted(-4, 0, 4, 0).contains(pos))
        return tr("%1\n%2 of the cells present; %3 to %4 values per row")
            .arg(rows, fmt::percent(r.binCompleteness[static_cast<std::size_t>(bin)]))
            .arg(r.binMinPresent[static_cast<std::size_t>(bin)])
            .arg(r.binMaxPresent[static_cast<std::size_t>(bin)]);
    if (!g.grid.contains(pos))
        return QString();
    const int columns = static_cast<int>(m_names.size());
    const int c = std::clamp(static_cast<int>((pos.x() - g.grid.left()) / g.columnWidth), 0, columns - 1);
    return tr("%1\n%2: %3 missing").arg(rows, m_names.at(c), fmt::percent(r.missingShareAt(bin, c, columns)));
}

} // namespace pp
