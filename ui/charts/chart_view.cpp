#include "charts/chart_view.h"

#include <QAbstractAxis>
#include <QApplication>
#include <QChart>
#include <QContextMenuEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QPainter>
#include <QSvgGenerator>

namespace pp {

ChartView::ChartView(QWidget* parent) : QChartView(new QChart(), parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(240, 180);
    applyStyle();
}

void ChartView::applyStyle()
{
    QChart* c = chart();
    c->setBackgroundRoundness(0);
    c->setMargins(QMargins(6, 6, 6, 6));
    QFont titleFont = font();
    titleFont.setPointSizeF(font().pointSizeF() + 1.5);
    titleFont.setBold(true);
    c->setTitleFont(titleFont);
    QString title = m_title;
    if (!m_subtitle.isEmpty())
        title += QStringLiteral("<br><span style=\"font-size:small; font-weight:normal; color:#666\">%1</span>")
                     .arg(m_subtitle.toHtmlEscaped());
    c->setTitle(title.isEmpty() ? QString() : title);
    c->legend()->setFont(font());
}

void ChartView::setTitle(const QString& title)
{
    m_title = title.toHtmlEscaped();
    applyStyle();
}

void ChartView::setSubtitle(const QString& note)
{
    m_subtitle = note;
    applyStyle();
}

void ChartView::setZoomable(bool zoomable)
{
    m_zoomable = zoomable;
    setRubberBand(zoomable ? QChartView::RectangleRubberBand : QChartView::NoRubberBand);
}

void ChartView::styleAxis(QAbstractAxis* axis, const QString& title)
{
    if (!axis)
        return;
    QFont f = QApplication::font();
    axis->setLabelsFont(f);
    QFont t = f;
    t.setBold(true);
    axis->setTitleFont(t);
    axis->setTitleText(title);
    axis->setGridLineColor(QColor(0xe3, 0xe3, 0xe3));
}

bool ChartView::exportTo(const QString& path, QString* error, qreal scale)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("svg")) {
        QSvgGenerator svg;
        svg.setFileName(path);
        svg.setSize(size());
        svg.setViewBox(rect());
        svg.setTitle(m_title);
        QPainter p;
        if (!p.begin(&svg)) {
            if (error)
                *error = tr("Cannot write '%1'.").arg(path);
            return false;
        }
        render(&p);
        p.end();
    } else {
        QImage image(size() * scale, QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(scale);
        image.fill(Qt::white);
        QPainter p(&image);
        p.setRenderHint(QPainter::Antialiasing);
        render(&p);
        p.end();
        if (!image.save(path, "PNG")) {
            if (error)
                *error = tr("Cannot write '%1'.").arg(path);
            return false;
        }
    }
    Q_EMIT exported(path);
    return true;
}

void ChartView::exportInteractively()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export chart"), m_exportName + QStringLiteral(".png"),
                                                      tr("PNG image (*.png);;SVG vector image (*.svg)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportTo(path, &error))
        QApplication::beep();
}

void ChartView::contextMenuEvent(QContextMenuEvent* event)
{
    QMenu menu(this);
    menu.addAction(tr("Export as PNG or SVG…"), this, &ChartView::exportInteractively);
    if (m_zoomable)
        menu.addAction(tr("Reset zoom"), this, [this] { chart()->zoomReset(); });
    menu.exec(event->globalPos());
}

void ChartView::mouseReleaseEvent(QMouseEvent* event)
{
    // Right-click opens the menu; it must not also zoom out (QChartView's default).
    if (event->button() == Qt::RightButton) {
        event->accept();
        return;
    }
    QChartView::mouseReleaseEvent(event);
}

} // namespace pp
