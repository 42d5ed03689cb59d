#pragma once

#include "charts/chart_view.h"
#include "ml/metrics.h"

#include <QList>
#include <QPointF>
#include <QString>
#include <QStringList>

#include <cstddef>
#include <utility>
#include <vector>

class QGraphicsSimpleTextItem;

namespace pp {

/// The charts of the Results page, drawn into a ChartView (which gives title and PNG/SVG
/// export). Each function replaces whatever the view showed. Series carry object names
/// ("points", "identity", "histogram", "roc", ...) so that tests and tools can find them.
namespace charts {

/// Above this many rows, point charts show an evenly spaced sample (stated in the subtitle).
inline constexpr std::size_t kMaxScatterPoints = 20000;

/// Removes every series, point cloud and axis from the view's chart (and its subtitle).
void clear(ChartView* view);
/// The points of the point cloud `objectName` ("points", "residuals") as drawn (sampled),
/// in data coordinates. Point charts draw their rows in one graphics item rather than as a
/// QScatterSeries (which makes an item per point); the chart holds an empty QScatterSeries
/// of the same name for the legend.
QList<QPointF> pointCloud(const ChartView* view, const QString& objectName);
/// `count` evenly spaced indexes of 0..n-1 (all of them when n <= count), in order.
std::vector<std::size_t> sampleIndexes(std::size_t n, std::size_t count);

struct Histogram
{
    double lo = 0.0, hi = 1.0;
    std::vector<qint64> counts; ///< equal-width bins over [lo, hi]; the last bin includes hi
    qint64 below = 0, above = 0; ///< values outside [lo, hi], counted in the first / last bin
};
/// Equal-width histogram of the finite values; `bins` = 0 picks sqrt(n) clamped to 10..50.
/// With `tail` > 0 (and over 100 values) the range is the tail..1−tail quantiles and the
/// values beyond are counted in the outer bins, so every value is counted once.
Histogram histogram(const std::vector<double>& values, int bins = 0, double tail = 0.0);

/// Predicted (y) against actual (x) values with the identity line y = x.
void showPredictedVsActual(
    ChartView* view, const std::vector<double>& actual, const std::vector<double>& predicted);
/// Histogram of actual − predicted.
void showResidualHistogram(ChartView* view, const std::vector<double>& residuals);
/// Residuals (y) against predicted values (x), with the zero line.
void showResidualsVsPredicted(
    ChartView* view, const std::vector<double>& predicted, const std::vector<double>& residuals);
/// ROC curve with the chance diagonal; `auc` goes in the legend.
void showRoc(ChartView* view, const metrics::RocCurve& curve, double auc, const QString& positiveLabel);
/// Precision-recall curve with the base rate (share of positives) as the no-skill line.
void showPrecisionRecall(ChartView* view, const metrics::PrCurve& curve, double averagePrecision,
    double baseRate, const QString& positiveLabel);
/// Horizontal bars of the `top` largest importances, largest on top.
void showImportance(ChartView* view, const std::vector<std::pair<QString, double>>& importance, int top = 12);
/// A centred note instead of a chart ("No probabilities for this run").
void showMessage(ChartView* view, const QString& title, const QString& message);

} // namespace charts

/// A confusion-matrix heat map: rows = actual class (top to bottom), columns = predicted
/// class; each cell is coloured by its share of the actual class (its recall) and labelled
/// with the count and that share.
class ConfusionMatrixChart : public ChartView
{
    Q_OBJECT
public:
    explicit ConfusionMatrixChart(QWidget* parent = nullptr);

    void setMatrix(const Eigen::MatrixXd& counts, const QStringList& labels);
    const Eigen::MatrixXd& matrix() const { return m_counts; }
    QStringList labels() const { return m_labels; }
    /// The text shown in cell (row, column), "" when none.
    QString cellText(int row, int column) const;

private:
    void placeTexts();

    Eigen::MatrixXd m_counts;
    QStringList m_labels;
    std::vector<QGraphicsSimpleTextItem*> m_texts; ///< row-major
};

} // namespace pp
