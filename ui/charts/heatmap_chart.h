#pragma once

#include "charts/painted_chart.h"

#include <QStringList>

#include <vector>

namespace pp {

/// A square matrix of values in [-1, 1] (correlations, nullity correlations) as coloured
/// cells on a diverging blue–white–red scale, with the value written in each cell when it
/// fits, row labels on the left, column labels below and a colour scale on the right.
/// NaN cells (undefined correlations) are grey with a dash.
class HeatmapChart : public PaintedChart
{
    Q_OBJECT
public:
    explicit HeatmapChart(QWidget* parent = nullptr);

    /// `values`: labels.size()² entries, row-major. `counts` (optional, same shape): the
    /// number of rows behind each value, for tooltips.
    void setMatrix(const QStringList& labels, std::vector<double> values, std::vector<qint64> counts = {});
    /// Clears the matrix and shows `message` instead.
    void setMessage(const QString& message);
    /// Draws only the cells below the diagonal (a symmetric matrix says everything there,
    /// and its diagonal is 1), with each name on the diagonal above its column, as corrplot
    /// does: the most compact layout for a small panel.
    void setLowerTriangle(bool lower);
    /// What a value is called in tooltips and on the colour scale ("Pearson r").
    void setValueName(const QString& name);

    /// Rows (and columns) of the matrix.
    int matrixSize() const { return static_cast<int>(m_labels.size()); }
    const QStringList& labels() const { return m_labels; }
    double valueAt(int i, int j) const;
    /// The text drawn in cell (i, j): the value with two decimals, "—" for NaN.
    static QString cellText(double value);
    /// The colour of a value on the scale (-1 blue, 0 white, 1 red).
    static QColor colorFor(double value);

    QSize sizeHint() const override { return QSize(520, 440); }

protected:
    void paintContent(QPainter& painter, const QRect& area) override;
    QString toolTipAt(const QPoint& pos) const override;

private:
    struct Geometry
    {
        QRect grid;
        int cell = 0;
        int labelWidth = 0;
        bool rotateColumnLabels = false;
        QRect legend;
    };
    Geometry geometry(const QRect& area, const QFontMetrics& metrics) const;
    void paintLegend(QPainter& painter, const QRect& legend) const;
    bool isDrawn(int i, int j) const;

    QStringList m_labels;
    std::vector<double> m_values;
    std::vector<qint64> m_counts;
    QString m_message;
    QString m_valueName;
    bool m_lowerTriangle = false;
};

} // namespace pp
