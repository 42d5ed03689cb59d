#pragma once

#include <QString>
#include <QWidget>

namespace pp {

/// Base of the charts drawn with QPainter where Qt Charts has no fitting series (heat
/// maps, the nullity matrix). It gives them what ChartView gives the others: the house
/// title and subtitle, a white background, a right-click menu to export PNG or SVG, and
/// tooltips. Subclasses draw the plot area in paintContent() and answer toolTipAt().
class PaintedChart : public QWidget
{
    Q_OBJECT
public:
    explicit PaintedChart(QWidget* parent = nullptr);

    void setTitle(const QString& title);
    /// A note under the title in smaller type.
    void setSubtitle(const QString& note);
    QString title() const { return m_title; }
    QString subtitle() const { return m_subtitle; }
    /// Base name suggested for exports ("heatmap-pearson").
    void setExportName(const QString& name) { m_exportName = name; }

    /// Renders the chart to PNG (at `scale`× the widget size) or SVG, by the file name's
    /// extension; errors come back as a translated message.
    bool exportTo(const QString& path, QString* error = nullptr, qreal scale = 2.0);
    void exportInteractively();

    QSize minimumSizeHint() const override { return QSize(240, 180); }

Q_SIGNALS:
    void exported(const QString& path);

protected:
    /// Draws the plot into `area` (the widget minus title and margins).
    virtual void paintContent(QPainter& painter, const QRect& area) = 0;
    /// The tooltip at `pos` (widget coordinates); "" for none.
    virtual QString toolTipAt(const QPoint& pos) const = 0;
    /// The plot area of the last paint, for hit testing in toolTipAt().
    QRect contentRect() const;
    /// Draws "No data" style text centred in `area`.
    static void drawMessage(QPainter& painter, const QRect& area, const QString& text);

    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;

private:
    void paintAll(QPainter& painter, const QRect& rect);
    int titleHeight() const;

    QString m_title;
    QString m_subtitle;
    QString m_exportName = QStringLiteral("chart");
};

} // namespace pp
