#include "charts/heatmap_chart.h"

#include "charts/chart_helpers.h"
#include "format.h"

#include <QLocale>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace pp {

namespace {

constexpr int kLegendWidth = 84;  // colour bar, tick labels and the rotated caption
constexpr int kMaxLabelChars = 18;

QColor blend(const QColor& a, const QColor& b, double t)
{
    return QColor::fromRgbF(static_cast<float>(a.redF() + (b.redF() - a.redF()) * t),
                            static_cast<float>(a.greenF() + (b.greenF() - a.greenF()) * t),
                            static_cast<float>(a.blueF() + (b.blueF() - a.blueF()) * t));
}

} // namespace

HeatmapChart::HeatmapChart(QWidget* parent) : PaintedChart(parent) {}

void HeatmapChart::setMatrix(const QStringList& labels, std::vector<double> values, std::vector<qint64> counts)
{
    m_labels = labels;
    m_values = std::move(values);
    m_counts = std::move(counts);
    m_message.clear();
    update();
}

void HeatmapChart::setMessage(const QString& message)
{
    m_labels.clear();
    m_values.clear();
    m_counts.clear();
    m_message = message;
    update();
}

void HeatmapChart::setLowerTriangle(bool lower)
{
    m_lowerTriangle = lower;
    update();
}

void HeatmapChart::setValueName(const QString& name)
{
    m_valueName = name;
    update();
}

double HeatmapChart::valueAt(int i, int j) const
{
    const int k = matrixSize();
    if (i < 0 || j < 0 || i >= k || j >= k)
        return std::nan("");
    return m_values[static_cast<std::size_t>(i) * static_cast<std::size_t>(k) + static_cast<std::size_t>(j)];
}

QString HeatmapChart::cellText(double value)
{
    if (std::isnan(value))
        return QStringLiteral("—");
    // -0.00 reads as a sign error; a tiny negative value rounds to 0.00.
    const double rounded = std::round(value * 100.0) / 100.0;
    return QLocale().toString(rounded == 0.0 ? 0.0 : rounded, 'f', 2);
}

QColor HeatmapChart::colorFor(double value)
{
    if (std::isnan(value))
        return QColor(225, 225, 225);
    const double v = std::clamp(value, -1.0, 1.0);
    static const QColor negative(33, 102, 172);
    static const QColor middle(247, 247, 247);
    static const QColor positive(178, 24, 43);
    return v < 0 ? blend(middle, negative, -v) : blend(middle, positive, v);
}

HeatmapChart::Geometry HeatmapChart::geometry(const QRect& area, const QFontMetrics& metrics) const
{
    Geometry g;
    const int k = matrixSize();
    if (k == 0)
        return g;
    for (const QString& label : m_labels)
        g.labelWidth = std::max(g.labelWidth, metrics.horizontalAdvance(charts::elided(label, kMaxLabelChars)));
    g.labelWidth += 8;
    int cell = 0;
    if (m_lowerTriangle) {
        // Names sit where the diagonal would be, each starting above its own column: row i
        // holds its name at column i, so the grid needs the widest name to the right only.
        const int available = area.width() - g.labelWidth - kLegendWidth - 8;
        cell = std::max(4, std::min(available / k, area.height() / k));
    } else {
        // Row names on the left; column names below, horizontal when they fit under their
        // cell, else rotated by 45°.
        const int available = area.width() - g.labelWidth - kLegendWidth - 8;
        cell = std::max(4, std::min(available / k, (area.height() - metrics.height() - 6) / k));
        g.rotateColumnLabels = g.labelWidth - 8 > cell;
        if (g.rotateColumnLabels) {
            const int below = static_cast<int>((g.labelWidth - 8) * 0.72) + metrics.height();
            cell = std::max(4, std::min(available / k, (area.height() - below) / k));
        }
    }
    g.cell = std::min(cell, 90);
    const int gridSize = g.cell * k;
    const int leftPart = m_lowerTriangle ? 0 : g.labelWidth;
    const int rightPart = m_lowerTriangle ? std::max(0, g.labelWidth - g.cell) : 0;
    const int totalWidth = leftPart + gridSize + rightPart + 8 + kLegendWidth;
    const int left = area.left() + std::max(0, (area.width() - totalWidth) / 2) + leftPart;
    g.grid = QRect(left, area.top(), gridSize, gridSize);
    g.legend = QRect(g.grid.right() + rightPart + 16, area.top(), 14, std::max(120, gridSize));
    return g;
}

bool HeatmapChart::isDrawn(int i, int j) const { return !m_lowerTriangle || i > j; }

void HeatmapChart::paintContent(QPainter& painter, const QRect& area)
{
    if (matrixSize() == 0) {
        drawMessage(painter, area, m_message.isEmpty() ? tr("Nothing to show.") : m_message);
        return;
    }
    const int k = matrixSize();
    const Geometry g = geometry(area, painter.fontMetrics());
    QFont cellFont = font();
    cellFont.setPointSizeF(std::max(6.5, std::min(font().pointSizeF(), g.cell / 3.2)));
    const QFontMetrics cellMetrics(cellFont);
    const bool showValues = cellMetrics.horizontalAdvance(QStringLiteral("-0.00")) + 4 <= g.cell
                            && cellMetrics.height() <= g.cell;
    painter.setFont(cellFont);
    for (int i = 0; i < k; ++i) {
        for (int j = 0; j < k; ++j) {
            if (!isDrawn(i, j))
                continue;
            const QRect cell(g.grid.left() + j * g.cell, g.grid.top() + i * g.cell, g.cell, g.cell);
            const double v = valueAt(i, j);
            painter.fillRect(cell, QColor(228, 228, 228));  // hairline grid: near-zero cells are near white
            painter.fillRect(cell.adjusted(0, 0, -1, -1), colorFor(v));
            if (showValues) {
                painter.setPen(!std::isnan(v) && std::abs(v) > 0.55 ? Qt::white : QColor(40, 40, 40));
                painter.drawText(cell, Qt::AlignCenter, cellText(v));
            }
        }
    }
    painter.setFont(font());
    painter.setPen(QColor(50, 50, 50));
    const QFontMetrics& fm = painter.fontMetrics();
    for (int i = 0; i < k; ++i) {
        const QString label = charts::elided(m_labels.at(i), kMaxLabelChars);
        const int centre = g.grid.top() + i * g.cell + g.cell / 2;
        if (m_lowerTriangle) {
            const QRect text(g.grid.left() + i * g.cell + 2, centre - fm.height() / 2, g.labelWidth, fm.height());
            painter.drawText(text, Qt::AlignLeft | Qt::AlignVCenter, label);
            continue;
        }
        const QRect row(g.grid.left() - g.labelWidth, centre - fm.height() / 2, g.labelWidth - 6, fm.height());
        painter.drawText(row, Qt::AlignRight | Qt::AlignVCenter, label);
        const int x = g.grid.left() + i * g.cell + g.cell / 2;
        if (g.rotateColumnLabels) {
            painter.save();
            painter.translate(x + fm.ascent() / 3, g.grid.bottom() + 6);
            painter.rotate(-45);
            painter.drawText(QRect(-fm.horizontalAdvance(label) - 2, -fm.height(), fm.horizontalAdvance(label) + 2,
                                   fm.height()),
                             Qt::AlignRight | Qt::AlignVCenter, label);
            painter.restore();
        } else {
            painter.drawText(QRect(x - g.cell / 2, g.grid.bottom() + 4, g.cell, fm.height()), Qt::AlignCenter,
                             fm.elidedText(label, Qt::ElideRight, g.cell));
        }
    }
    paintLegend(painter, g.legend);
}

void HeatmapChart::paintLegend(QPainter& painter, const QRect& legend) const
{
    QLinearGradient gradient(legend.topLeft(), legend.bottomLeft());
    for (int s = 0; s <= 10; ++s)
        gradient.setColorAt(s / 10.0, colorFor(1.0 - s / 5.0));
    painter.fillRect(legend, gradient);
    painter.setPen(QColor(160, 160, 160));
    painter.drawRect(legend.adjusted(0, 0, -1, -1));
    painter.setPen(QColor(60, 60, 60));
    const QFontMetrics& fm = painter.fontMetrics();
    for (int s = 0; s <= 4; ++s) {
        const double v = 1.0 - s * 0.5;
        const int y = legend.top() + static_cast<int>(std::lround(s * (legend.height() - 1) / 4.0));
        painter.drawLine(legend.right(), y, legend.right() + 3, y);
        painter.drawText(QRect(legend.right() + 5, y - fm.height() / 2, kLegendWidth, fm.height()),
                         Qt::AlignLeft | Qt::AlignVCenter, QLocale().toString(v, 'f', 1));
    }
    if (!m_valueName.isEmpty()) {
        // Rotated, to the right of the tick labels.
        const int x = legend.right() + 8 + fm.horizontalAdvance(QLocale().toString(-1.0, 'f', 1)) + 4;
        painter.save();
        painter.translate(x, legend.center().y());
        painter.rotate(90);
        painter.drawText(QRect(-legend.height() / 2, -fm.height(), legend.height(), fm.height()), Qt::AlignCenter,
                         fm.elidedText(m_valueName, Qt::ElideRight, legend.height()));
        painter.restore();
    }
}

QString HeatmapChart::toolTipAt(const QPoint& pos) const
{
    if (matrixSize() == 0)
        return QString();
    const Geometry g = geometry(contentRect(), fontMetrics());
    if (!g.grid.contains(pos) || g.cell <= 0)
        return QString();
    const int j = (pos.x() - g.grid.left()) / g.cell;
    const int i = (pos.y() - g.grid.top()) / g.cell;
    if (i >= matrixSize() || j >= matrixSize() || !isDrawn(i, j))
        return QString();
    QString text = tr("%1 × %2\n%3 = %4")
                       .arg(m_labels.at(i), m_labels.at(j), m_valueName.isEmpty() ? tr("Value") : m_valueName,
                            std::isnan(valueAt(i, j)) ? tr("undefined") : QLocale().toString(valueAt(i, j), 'f', 3));
    const std::size_t at = static_cast<std::size_t>(i) * static_cast<std::size_t>(matrixSize()) + static_cast<std::size_t>(j);
    if (at < m_counts.size())
        text += QLatin1Char('\n') + tr("%1 rows with both values").arg(fmt::count(m_counts[at]));
    return text;
}

} // namespace pp
