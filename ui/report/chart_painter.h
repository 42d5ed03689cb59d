#pragma once

#include <QImage>
#include <QString>
#include <QStringList>

#include <vector>

namespace pp::report {

/// A data series for the painter charts.
struct Series
{
    QString name;
    std::vector<double> x;
    std::vector<double> y;
};

/// Static charts for reports, drawn with QPainter so they need no widgets. Every chart has a
/// title, axis labels and, with several series, a legend.
struct ChartStyle
{
    int width = 900;
    int height = 460;
    qreal devicePixelRatio = 2.0;   ///< sharp in PDFs
};

QImage lineChart(const QString& title, const QString& xLabel, const QString& yLabel, const std::vector<Series>& series,
                 const ChartStyle& style = {});
QImage scatterChart(const QString& title, const QString& xLabel, const QString& yLabel, const Series& points,
                    bool identityLine, const ChartStyle& style = {});
/// Horizontal bars, largest first (importance, metrics).
QImage barChart(const QString& title, const QString& valueLabel, const QStringList& labels,
                const std::vector<double>& values, const ChartStyle& style = {});
/// Histogram of values with `bins` equal-width bins.
QImage histogramChart(const QString& title, const QString& xLabel, const std::vector<double>& values, int bins,
                      const ChartStyle& style = {});
/// Confusion matrix heat map: rows = actual, columns = predicted.
QImage heatmapChart(const QString& title, const QStringList& labels, const std::vector<std::vector<double>>& counts,
                    const ChartStyle& style = {});

/// "Nice" axis ticks covering [lo, hi] (1, 2, 2.5, 5 × 10^k steps).
std::vector<double> niceTicks(double lo, double hi, int target = 6);
QString tickLabel(double v, double step);

} // namespace pp::report
