#pragma once

#include <QChartView>
#include <QString>

class QAbstractAxis;
class QChart;
class QMenu;

namespace pp {

/// The chart widget every page uses: a QChartView with the application's styling (title,
/// readable fonts, antialiasing), a right-click menu to export the chart as PNG or SVG, and
/// optional rubber-band zoom (right-click menu "Reset zoom"). Pages build the QChart's
/// series and axes; this class owns presentation and export.
class ChartView : public QChartView
{
    Q_OBJECT
public:
    explicit ChartView(QWidget* parent = nullptr);

    /// Sets the chart title (translated by the caller) and applies the house style.
    void setTitle(const QString& title);
    /// Rubber-band zoom with the mouse; a context-menu action resets it.
    void setZoomable(bool zoomable);
    /// A note shown under the title in smaller type, e.g. "20,000 of 1,000,000 points shown".
    void setSubtitle(const QString& note);

    /// Renders the chart to a PNG (at `scale`× the widget size) or SVG file. The file name's
    /// extension decides; errors come back as a translated message.
    bool exportTo(const QString& path, QString* error = nullptr, qreal scale = 2.0);
    /// Asks for a file name and exports (the context menu's action).
    void exportInteractively();

    /// Applies the house style to an axis: label fonts, grid colour, a title.
    static void styleAxis(QAbstractAxis* axis, const QString& title);

    /// Base name used when suggesting export file names ("histogram-age").
    void setExportName(const QString& name) { m_exportName = name; }

Q_SIGNALS:
    void exported(const QString& path);

protected:
    void contextMenuEvent(QContextMenuEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;

private:
    void applyStyle();

    QString m_title;
    QString m_subtitle;
    QString m_exportName = QStringLiteral("chart");
    bool m_zoomable = false;
};

} // namespace pp
