#include "charts/painted_chart.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHelpEvent>
#include <QMenu>
#include <QPainter>
#include <QSvgGenerator>
#include <QToolTip>

namespace pp {

namespace {

constexpr int kMargin = 8;

QFont titleFont(const QFont& base)
{
    QFont f = base;
    f.setPointSizeF(base.pointSizeF() + 1.5);
    f.setBold(true);
    return f;
}

QFont subtitleFont(const QFont& base)
{
    QFont f = base;
    f.setPointSizeF(std::max(7.0, base.pointSizeF() * 0.9));
    return f;
}

} // namespace

PaintedChart::PaintedChart(QWidget* parent) : QWidget(parent)
{
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void PaintedChart::setTitle(const QString& title)
{
    m_title = title;
    update();
}

void PaintedChart::setSubtitle(const QString& note)
{
    m_subtitle = note;
    update();
}

int PaintedChart::titleHeight() const
{
    int h = 0;
    if (!m_title.isEmpty())
        h += QFontMetrics(titleFont(font())).height() + 2;
    if (!m_subtitle.isEmpty())
        h += QFontMetrics(subtitleFont(font())).height() + 2;
    return h;
}

QRect PaintedChart::contentRect() const
{
    return rect().adjusted(kMargin, kMargin + titleHeight() + (titleHeight() ? 6 : 0), -kMargin, -kMargin);
}

void PaintedChart::drawMessage(QPainter& painter, const QRect& area, const QString& text)
{
    painter.save();
    painter.setPen(QColor(110, 110, 110));
    painter.drawText(area, Qt::AlignCenter | Qt::TextWordWrap, text);
    painter.restore();
}

void PaintedChart::paintAll(QPainter& painter, const QRect& rect)
{
    painter.fillRect(rect, Qt::white);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    int y = rect.top() + kMargin;
    if (!m_title.isEmpty()) {
        painter.setFont(titleFont(font()));
        painter.setPen(QColor(40, 40, 40));
        const int h = painter.fontMetrics().height();
        painter.drawText(QRect(rect.left(), y, rect.width(), h), Qt::AlignHCenter | Qt::AlignVCenter,
                         painter.fontMetrics().elidedText(m_title, Qt::ElideRight, rect.width() - 2 * kMargin));
        y += h + 2;
    }
    if (!m_subtitle.isEmpty()) {
        painter.setFont(subtitleFont(font()));
        painter.setPen(QColor(102, 102, 102));
        const int h = painter.fontMetrics().height();
        painter.drawText(QRect(rect.left(), y, rect.width(), h), Qt::AlignHCenter | Qt::AlignVCenter,
                         painter.fontMetrics().elidedText(m_subtitle, Qt::ElideRight, rect.width() - 2 * kMargin));
    }
    painter.setFont(font());
    painter.setPen(palette().color(QPalette::Text));
    paintContent(painter, contentRect());
}

void PaintedChart::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    paintAll(painter, rect());
}

bool PaintedChart::exportTo(const QString& path, QString* error, qreal scale)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    bool ok = true;
    if (suffix == QLatin1String("svg")) {
        QSvgGenerator svg;
        svg.setFileName(path);
        svg.setSize(size());
        svg.setViewBox(rect());
        svg.setTitle(m_title);
        QPainter p;
        ok = p.begin(&svg);
        if (ok) {
            paintAll(p, rect());
            p.end();
        }
    } else {
        QImage image(size() * scale, QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(scale);
        image.fill(Qt::white);
        QPainter p(&image);
        paintAll(p, rect());
        p.end();
        ok = image.save(path, "PNG");
    }
    if (!ok) {
        if (error)
            *error = tr("Cannot write '%1'.").arg(path);
        return false;
    }
    Q_EMIT exported(path);
    return true;
}

void PaintedChart::exportInteractively()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export chart"), m_exportName + QStringLiteral(".png"),
                                                      tr("PNG image (*.png);;SVG vector image (*.svg)"));
    if (!path.isEmpty() && !exportTo(path))
        QApplication::beep();
}

bool PaintedChart::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QString text = toolTipAt(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

void PaintedChart::contextMenuEvent(QContextMenuEvent* event)
{
    QMenu menu(this);
    menu.addAction(tr("Export as PNG or SVG…"), this, &PaintedChart::exportInteractively);
    menu.exec(event->globalPos());
}

} // namespace pp
