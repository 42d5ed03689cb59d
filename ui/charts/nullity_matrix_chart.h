#pragma once

#include "charts/painted_chart.h"

#include <QStringList>

#include <memory>

namespace pp {

struct MissingnessReport;

/// missingno's matrix, truthful for tall tables: one column per table column, one band per
/// row bin (MissingnessReport::binStart), each cell shaded by the share of the bin's values
/// missing in that column (light = all present, dark = all missing). On the right, a
/// sparkline of each bin's completeness (share of its cells present) with the fewest and
/// most values present in one row.
class NullityMatrixChart : public PaintedChart
{
    Q_OBJECT
public:
    explicit NullityMatrixChart(QWidget* parent = nullptr);

    /// `columnNames` in table order (the report's binMissingShare columns).
    void setReport(std::shared_ptr<const MissingnessReport> report, const QStringList& columnNames);
    void setMessage(const QString& message);

    std::shared_ptr<const MissingnessReport> report() const { return m_report; }
    /// The colour of a cell with `missingShare` of its values missing.
    static QColor shade(double missingShare);

    QSize sizeHint() const override { return QSize(520, 440); }

protected:
    void paintContent(QPainter& painter, const QRect& area) override;
    QString toolTipAt(const QPoint& pos) const override;

private:
    struct Geometry
    {
        QRect grid;
        QRect sparkline;
        int labelHeight = 0;
        int rowLabelWidth = 0;
        double columnWidth = 0.0;
        double binHeight = 0.0;
    };
    Geometry geometry(const QRect& area, const QFontMetrics& metrics) const;
    void paintColumnLabels(QPainter& painter, const Geometry& g) const;
    void paintSparkline(QPainter& painter, const Geometry& g) const;

    std::shared_ptr<const MissingnessReport> m_report;
    QStringList m_names;
    QString m_message;
};

} // namespace pp
