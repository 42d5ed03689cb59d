#include "charts/result_charts.h"

#include "charts/curve_chart.h"
#include "format.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QCoreApplication>
#include <QGraphicsSimpleTextItem>
#include <QHorizontalBarSeries>
#include <QImage>
#include <QLegend>
#include <QLineSeries>
#include <QPainter>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <limits>

namespace pp {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pp::ResultCharts)
};

const QColor kTeal(20, 184, 166);
const QColor kTealDark(15, 118, 110);
const QColor kGuide(120, 120, 120);

QValueAxis* valueAxis(
    ChartView* view, Qt::Alignment where, const QString& title, double lo, double hi, bool tight = false)
{
    auto* axis = new QValueAxis();
    setNiceRange(axis, lo, hi, 5, tight);
    ChartView::styleAxis(axis, title);
    view->chart()->addAxis(axis, where);
    return axis;
}

void attach(QAbstractSeries* series, QAbstractAxis* x, QAbstractAxis* y)
{
    series->attachAxis(x);
    series->attachAxis(y);
}

/// Many points drawn by one graphics item. A QScatterSeries makes a QGraphicsItem per point
/// (even with a light marker), which costs about 10 ms per thousand points every time a run is
/// shown; this item keeps the points as data and paints them in one pass, in the plot
/// coordinates of `anchor` (a series attached to the chart's axes).
class PointCloudItem : public QGraphicsItem
{
public:
    PointCloudItem(QChart* chart, QAbstractSeries* anchor, QList<QPointF> points, const QString& name)
        : QGraphicsItem(chart)
        , m_chart(chart)
        , m_anchor(anchor)
        , m_points(std::move(points))
        , m_name(name)
    {
        // Above the grid and axes, under the guide lines (Qt Charts draws series at z 4).
        setZValue(3.5);
        const qreal ratio = 2.0;
        m_marker = QImage(QSize(6, 6) * ratio, QImage::Format_ARGB32_Premultiplied);
        m_marker.setDevicePixelRatio(ratio);
        m_marker.fill(Qt::transparent);
        QPainter p(&m_marker);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(Qt::NoPen);
        p.setBrush(markerColour());
        p.drawEllipse(QRectF(0.5, 0.5, 5.0, 5.0));
    }

    static QColor markerColour()
    {
        QColor c = kTeal;
        c.setAlpha(110);
        return c;
    }
    const QList<QPointF>& points() const { return m_points; }
    const QString& name() const { return m_name; }
    void refresh()
    {
        prepareGeometryChange();
        update();
    }

    QRectF boundingRect() const override { return m_chart->plotArea(); }
    void paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*) override
    {
        // The axes are linear: three mapped points give the whole transform.
        const QPointF o = m_chart->mapToPosition(QPointF(0, 0), m_anchor);
        const QPointF ex = m_chart->mapToPosition(QPointF(1, 0), m_anchor) - o;
        const QPointF ey = m_chart->mapToPosition(QPointF(0, 1), m_anchor) - o;
        const QRectF area = m_chart->plotArea();
        const QPointF half(3.0, 3.0);
        painter->save();
        painter->setClipRect(area);
        for (const QPointF& v : m_points) {
            const QPointF at = o + ex * v.x() + ey * v.y();
            if (std::isfinite(at.x()) && std::isfinite(at.y()))
                painter->drawImage(at - half, m_marker);
        }
        painter->restore();
    }

private:
    QChart* m_chart;
    QAbstractSeries* m_anchor;
    QList<QPointF> m_points;
    QString m_name;
    QImage m_marker;
};

/// Adds `points` to the view as a point cloud named `objectName`, with an empty scatter series
/// of that name for the legend entry and the axes.
QScatterSeries* addPointCloud(
    ChartView* view, const QString& objectName, const QString& name, QList<QPointF> points)
{
    auto* legend = new QScatterSeries();
    legend->setObjectName(objectName);
    legend->setName(name);
    legend->setMarkerShape(QScatterSeries::MarkerShapeCircle);
    legend->setMarkerSize(8.0);
    legend->setColor(PointCloudItem::markerColour());
    legend->setBorderColor(Qt::transparent);
    view->chart()->addSeries(legend);
    auto* cloud = new PointCloudItem(view->chart(), legend, std::move(points), objectName);
    QObject::connect(view->chart(), &QChart::plotAreaChanged, legend, [cloud]() { cloud->refresh(); });
    return legend;
}

QLineSeries* guideLine(const QString& objectName, const QString& name, QPointF a, QPointF b)
{
    auto* line = new QLineSeries();
    line->setObjectName(objectName);
    line->setName(name);
    line->append(a);
    line->append(b);
    QPen pen(kGuide, 1.5, Qt::DashLine);
    line->setPen(pen);
    return line;
}

std::pair<double, double> finiteRange(const std::vector<double>& a, const std::vector<double>& b = {})
{
    double lo = std::numeric_limits<double>::infinity(), hi = -lo;
    for (const auto* v : { &a, &b })
        for (double x : *v)
            if (std::isfinite(x)) {
                lo = std::min(lo, x);
                hi = std::max(hi, x);
            }
    if (!std::isfinite(lo))
        return { 0.0, 1.0 };
    return { lo, hi };
}

QString sampledNote(std::size_t shown, std::size_t total)
{
    if (shown >= total)
        return QString();
    return Tr::tr("%1 of %2 points shown (evenly spaced sample)")
        .arg(fmt::count(static_cast<qint64>(shown)), fmt::count(static_cast<qint64>(total)));
}

} // namespace

namespace charts {

void clear(ChartView* view)
{
    QChart* chart = view->chart();
    for (QGraphicsItem* item : chart->childItems())
        if (dynamic_cast<PointCloudItem*>(item))
            delete item;
    chart->removeAllSeries();
    for (QAbstractAxis* axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setVisible(true);
    chart->legend()->setAlignment(Qt::AlignBottom);
    view->setSubtitle(QString());
}

QList<QPointF> pointCloud(const ChartView* view, const QString& objectName)
{
    for (QGraphicsItem* item : view->chart()->childItems())
        if (auto* cloud = dynamic_cast<PointCloudItem*>(item); cloud && cloud->name() == objectName)
            return cloud->points();
    return {};
}

std::vector<std::size_t> sampleIndexes(std::size_t n, std::size_t count)
{
    std::vector<std::size_t> out;
    if (n <= count) {
        out.resize(n);
        for (std::size_t i = 0; i < n; ++i)
            out[i] = i;
        return out;
    }
    out.reserve(count);
    for (std::size_t k = 0; k < count; ++k)
        out.push_back(static_cast<std::size_t>(
            static_cast<double>(k) * static_cast<double>(n) / static_cast<double>(count)));
    return out;
}

Histogram histogram(const std::vector<double>& values, int bins, double tail)
{
    Histogram h;
    std::vector<double> finite;
    finite.reserve(values.size());
    for (double v : values)
        if (std::isfinite(v))
            finite.push_back(v);
    const std::size_t n = finite.size();
    if (bins <= 0)
        bins = std::clamp(static_cast<int>(std::ceil(std::sqrt(static_cast<double>(n)))), 10, 50);
    h.counts.assign(static_cast<std::size_t>(bins), 0);
    if (n == 0)
        return h;
    std::sort(finite.begin(), finite.end());
    // Quantiles with linear interpolation between order statistics (numpy's default).
    auto quantile = [&finite, n](double q) {
        const double pos = q * static_cast<double>(n - 1);
        const auto i = static_cast<std::size_t>(std::floor(pos));
        const std::size_t j = std::min(i + 1, n - 1);
        return finite[i] + (pos - static_cast<double>(i)) * (finite[j] - finite[i]);
    };
    double lo = finite.front(), hi = finite.back();
    if (tail > 0.0 && n > 100) {
        lo = quantile(tail);
        hi = quantile(1.0 - tail);
    }
    if (hi <= lo) {
        lo = finite.front();
        hi = finite.back();
    }
    if (hi <= lo) {
        lo -= 0.5;
        hi += 0.5;
    }
    h.lo = lo;
    h.hi = hi;
    const double width = (hi - lo) / bins;
    for (double v : finite) {
        if (v < lo)
            ++h.below;
        else if (v > hi)
            ++h.above;
        const int b = std::clamp(static_cast<int>(std::floor((v - lo) / width)), 0, bins - 1);
        ++h.counts[static_cast<std::size_t>(b)];
    }
    return h;
}

void showPredictedVsActual(
    ChartView* view, const std::vector<double>& actual, const std::vector<double>& predicted)
{
    clear(view);
    view->setTitle(Tr::tr("Predicted vs actual"));
    const std::size_t n = std::min(actual.size(), predicted.size());
    const auto rows = sampleIndexes(n, kMaxScatterPoints);
    QList<QPointF> points;
    points.reserve(static_cast<qsizetype>(rows.size()));
    for (std::size_t i : rows)
        points.append(QPointF(actual[i], predicted[i]));
    auto [lo, hi] = finiteRange(actual, predicted);
    auto* dots = addPointCloud(view, QStringLiteral("points"), Tr::tr("Rows"), std::move(points));
    auto* identity = guideLine(
        QStringLiteral("identity"), Tr::tr("Perfect prediction (y = x)"), QPointF(lo, lo), QPointF(hi, hi));
    view->chart()->addSeries(identity);
    QValueAxis* x = valueAxis(view, Qt::AlignBottom, Tr::tr("Actual"), lo, hi, true);
    QValueAxis* y = valueAxis(view, Qt::AlignLeft, Tr::tr("Predicted"), lo, hi, true);
    attach(dots, x, y);
    attach(identity, x, y);
    view->setSubtitle(sampledNote(rows.size(), n));
}

void showResidualHistogram(ChartView* view, const std::vector<double>& residuals)
{
    clear(view);
    view->setTitle(Tr::tr("Distribution of errors (actual − predicted)"));
    // A few very large errors would squeeze all the others into one bar: the range is the
    // 1st to 99th percentile, and the rows beyond are counted in the outer bars.
    const Histogram h = histogram(residuals, 0, 0.01);
    const int bins = static_cast<int>(h.counts.size());
    const double width = (h.hi - h.lo) / bins;
    auto* outline = new QLineSeries();
    outline->append(h.lo, 0.0);
    qint64 peak = 0;
    for (int i = 0; i < bins; ++i) {
        const double c = static_cast<double>(h.counts[static_cast<std::size_t>(i)]);
        outline->append(h.lo + i * width, c);
        outline->append(h.lo + (i + 1) * width, c);
        peak = std::max(peak, h.counts[static_cast<std::size_t>(i)]);
    }
    outline->append(h.hi, 0.0);
    auto* area = new QAreaSeries(outline);
    area->setObjectName(QStringLiteral("histogram"));
    area->setName(Tr::tr("Rows"));
    QColor fill = kTeal;
    fill.setAlpha(200);
    area->setColor(fill);
    area->setBorderColor(kTealDark);
    area->setPen(QPen(kTealDark, 1.2));
    QVariantList counts;
    for (qint64 c : h.counts)
        counts << c;
    area->setProperty("counts", counts);
    view->chart()->addSeries(area);
    auto* zero = guideLine(QStringLiteral("zero"), Tr::tr("No error"), QPointF(0.0, 0.0),
        QPointF(0.0, static_cast<double>(std::max<qint64>(peak, 1))));
    view->chart()->addSeries(zero);
    QValueAxis* x
        = valueAxis(view, Qt::AlignBottom, Tr::tr("Error"), std::min(h.lo, 0.0), std::max(h.hi, 0.0));
    QValueAxis* y = valueAxis(
        view, Qt::AlignLeft, Tr::tr("Number of rows"), 0.0, static_cast<double>(std::max<qint64>(peak, 1)));
    y->setLabelFormat(QStringLiteral("%.0f"));
    attach(area, x, y);
    attach(zero, x, y);
    view->chart()->legend()->setVisible(false);
    if (h.below + h.above > 0)
        view->setSubtitle(Tr::tr("%1 rows beyond the 1st and 99th percentiles are counted in the outer bars")
                              .arg(fmt::count(h.below + h.above)));
}

void showResidualsVsPredicted(
    ChartView* view, const std::vector<double>& predicted, const std::vector<double>& residuals)
{
    clear(view);
    view->setTitle(Tr::tr("Errors (actual − predicted) vs predicted value"));
    const std::size_t n = std::min(predicted.size(), residuals.size());
    const auto rows = sampleIndexes(n, kMaxScatterPoints);
    QList<QPointF> points;
    points.reserve(static_cast<qsizetype>(rows.size()));
    for (std::size_t i : rows)
        points.append(QPointF(predicted[i], residuals[i]));
    auto [xlo, xhi] = finiteRange(predicted);
    auto [ylo, yhi] = finiteRange(residuals);
    auto* dots = addPointCloud(view, QStringLiteral("residuals"), Tr::tr("Rows"), std::move(points));
    auto* zero = guideLine(QStringLiteral("zero"), Tr::tr("No error"), QPointF(xlo, 0.0), QPointF(xhi, 0.0));
    view->chart()->addSeries(zero);
    QValueAxis* x = valueAxis(view, Qt::AlignBottom, Tr::tr("Predicted"), xlo, xhi, true);
    QValueAxis* y
        = valueAxis(view, Qt::AlignLeft, Tr::tr("Error"), std::min(ylo, 0.0), std::max(yhi, 0.0), true);
    attach(dots, x, y);
    attach(zero, x, y);
    view->setSubtitle(sampledNote(rows.size(), n));
}

void showRoc(ChartView* view, const metrics::RocCurve& curve, double auc, const QString& positiveLabel)
{
    clear(view);
    view->setTitle(Tr::tr("ROC curve"));
    auto* line = new QLineSeries();
    line->setObjectName(QStringLiteral("roc"));
    line->setName(Tr::tr("%1 (AUC %2)").arg(positiveLabel, fmt::number(auc)));
    QList<QPointF> points;
    const auto rows = sampleIndexes(static_cast<std::size_t>(curve.fpr.size()), kMaxScatterPoints);
    for (std::size_t i : rows)
        points.append(
            QPointF(curve.fpr[static_cast<Eigen::Index>(i)], curve.tpr[static_cast<Eigen::Index>(i)]));
    if (!rows.empty() && rows.back() + 1 < static_cast<std::size_t>(curve.fpr.size()))
        points.append(QPointF(curve.fpr[curve.fpr.size() - 1], curve.tpr[curve.tpr.size() - 1]));
    line->replace(points);
    line->setPen(QPen(kTealDark, 2.0));
    auto* chance = guideLine(QStringLiteral("chance"), Tr::tr("Chance"), QPointF(0, 0), QPointF(1, 1));
    view->chart()->addSeries(line);
    view->chart()->addSeries(chance);
    QValueAxis* x = valueAxis(view, Qt::AlignBottom, Tr::tr("False positive rate"), 0.0, 1.0);
    QValueAxis* y = valueAxis(view, Qt::AlignLeft, Tr::tr("True positive rate"), 0.0, 1.0);
    attach(line, x, y);
    attach(chance, x, y);
}

void showPrecisionRecall(ChartView* view, const metrics::PrCurve& curve, double averagePrecision,
    double baseRate, const QString& positiveLabel)
{
    clear(view);
    view->setTitle(Tr::tr("Precision-recall curve"));
    auto* line = new QLineSeries();
    line->setObjectName(QStringLiteral("pr"));
    line->setName(Tr::tr("%1 (average precision %2)").arg(positiveLabel, fmt::number(averagePrecision)));
    QList<QPointF> points;
    const auto rows = sampleIndexes(static_cast<std::size_t>(curve.recall.size()), kMaxScatterPoints);
    for (std::size_t i : rows)
        points.append(QPointF(
            curve.recall[static_cast<Eigen::Index>(i)], curve.precision[static_cast<Eigen::Index>(i)]));
    if (!rows.empty() && rows.back() + 1 < static_cast<std::size_t>(curve.recall.size()))
        points.append(
            QPointF(curve.recall[curve.recall.size() - 1], curve.precision[curve.precision.size() - 1]));
    line->replace(points);
    line->setPen(QPen(kTealDark, 2.0));
    auto* base = guideLine(QStringLiteral("baseline"), Tr::tr("No skill (share of positives)"),
        QPointF(0, baseRate), QPointF(1, baseRate));
    view->chart()->addSeries(line);
    view->chart()->addSeries(base);
    QValueAxis* x = valueAxis(view, Qt::AlignBottom, Tr::tr("Recall"), 0.0, 1.0);
    QValueAxis* y = valueAxis(view, Qt::AlignLeft, Tr::tr("Precision"), 0.0, 1.0);
    attach(line, x, y);
    attach(base, x, y);
}

void showImportance(ChartView* view, const std::vector<std::pair<QString, double>>& importance, int top)
{
    clear(view);
    view->setTitle(Tr::tr("Permutation importance"));
    if (importance.empty()) {
        view->setSubtitle(Tr::tr("Not computed for this run (it needs validation rows)."));
        return;
    }
    const int shown = std::min(top, static_cast<int>(importance.size()));
    auto* set = new QBarSet(Tr::tr("Drop in score when the column is shuffled"));
    set->setColor(kTeal);
    set->setBorderColor(kTealDark);
    QStringList categories;
    double lo = 0.0, hi = 0.0;
    // Bottom-up in a horizontal chart: the most important feature goes last so that it is on top.
    for (int i = shown - 1; i >= 0; --i) {
        const auto& [name, score] = importance[static_cast<std::size_t>(i)];
        QString label = name.size() > 28 ? name.left(27) + QStringLiteral("…") : name;
        while (categories.contains(label))
            label += QLatin1Char(' ');
        categories << label;
        set->append(score);
        lo = std::min(lo, score);
        hi = std::max(hi, score);
    }
    auto* series = new QHorizontalBarSeries();
    series->setObjectName(QStringLiteral("importance"));
    series->append(set);
    series->setBarWidth(0.7);
    view->chart()->addSeries(series);
    auto* y = new QBarCategoryAxis();
    y->append(categories);
    ChartView::styleAxis(y, QString());
    QFont small = y->labelsFont();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    y->setLabelsFont(small);
    // Qt elides a label to "..." when it is taller than its share of the axis; a slight
    // overlap reads better than no names at all.
    y->setTruncateLabels(false);
    view->chart()->addAxis(y, Qt::AlignLeft);
    QValueAxis* x = valueAxis(view, Qt::AlignBottom, Tr::tr("Drop in score"), lo, hi);
    attach(series, y, x);
    view->chart()->legend()->setVisible(false);
    if (shown < static_cast<int>(importance.size()))
        view->setSubtitle(Tr::tr("The %1 most important of %2 columns").arg(shown).arg(importance.size()));
}

void showMessage(ChartView* view, const QString& title, const QString& message)
{
    clear(view);
    view->setTitle(title);
    view->setSubtitle(message);
}

} // namespace charts

ConfusionMatrixChart::ConfusionMatrixChart(QWidget* parent)
    : ChartView(parent)
{
    setTitle(tr("Confusion matrix"));
    connect(chart(), &QChart::plotAreaChanged, this, &ConfusionMatrixChart::placeTexts);
}

void ConfusionMatrixChart::setMatrix(const Eigen::MatrixXd& counts, const QStringList& labels)
{
    for (QGraphicsSimpleTextItem* t : m_texts)
        delete t;
    m_texts.clear();
    charts::clear(this);
    setTitle(tr("Confusion matrix"));
    m_counts = counts;
    m_labels = labels;
    const int c = static_cast<int>(counts.rows());
    if (c == 0 || counts.cols() != c)
        return;
    chart()->legend()->setVisible(false);
    auto* x = new QCategoryAxis();
    auto* y = new QCategoryAxis();
    for (int i = 0; i < c; ++i) {
        QString label = i < labels.size() ? labels[i] : QString::number(i);
        if (label.size() > 16)
            label = label.left(15) + QStringLiteral("…");
        // Category labels must be unique per axis.
        x->append(label + QString(i, QChar(0x200B)), i + 1);
        y->append(label + QString(i, QChar(0x200B)), i + 1);
    }
    for (QCategoryAxis* a : { x, y }) {
        a->setRange(0, c);
        a->setStartValue(0);
        a->setLabelsPosition(QCategoryAxis::AxisLabelsPositionCenter);
        a->setGridLineVisible(false);
        a->setTruncateLabels(false);
    }
    y->setReverse(true); // the first class at the top, as the matrix is printed
    styleAxis(x, tr("Predicted class"));
    styleAxis(y, tr("Actual class"));
    chart()->addAxis(x, Qt::AlignBottom);
    chart()->addAxis(y, Qt::AlignLeft);
    const bool labelled = c <= 15;
    for (int i = 0; i < c; ++i) {
        const double rowTotal = counts.row(i).sum();
        for (int j = 0; j < c; ++j) {
            const double share = rowTotal > 0 ? counts(i, j) / rowTotal : 0.0;
            auto* upper = new QLineSeries();
            auto* lower = new QLineSeries();
            upper->append(j, i + 1);
            upper->append(j + 1, i + 1);
            lower->append(j, i);
            lower->append(j + 1, i);
            auto* cell = new QAreaSeries(upper, lower);
            cell->setObjectName(QStringLiteral("cell_%1_%2").arg(i).arg(j));
            cell->setProperty("count", counts(i, j));
            // White to the application's teal by the share of the actual class.
            const QColor fill = QColor::fromRgbF(1.0 - share * (1.0 - kTealDark.redF()),
                1.0 - share * (1.0 - kTealDark.greenF()), 1.0 - share * (1.0 - kTealDark.blueF()));
            cell->setColor(fill);
            cell->setBorderColor(Qt::white);
            cell->setPen(QPen(Qt::white, 1.0));
            chart()->addSeries(cell);
            cell->attachAxis(x);
            cell->attachAxis(y);
            if (!labelled)
                continue;
            auto* text = new QGraphicsSimpleTextItem(chart());
            text->setText(QStringLiteral("%1\n%2").arg(
                fmt::count(static_cast<qint64>(std::llround(counts(i, j)))), fmt::percent(share, 0)));
            text->setBrush(share > 0.5 ? QColor(Qt::white) : QColor(40, 40, 40));
            QFont f = font();
            if (i == j)
                f.setBold(true);
            text->setFont(f);
            text->setZValue(10);
            m_texts.push_back(text);
        }
    }
    placeTexts();
}

QString ConfusionMatrixChart::cellText(int row, int column) const
{
    const int c = static_cast<int>(m_counts.rows());
    const std::size_t k = static_cast<std::size_t>(row * c + column);
    return k < m_texts.size() ? m_texts[k]->text() : QString();
}

void ConfusionMatrixChart::placeTexts()
{
    const int c = static_cast<int>(m_counts.rows());
    if (m_texts.size() != static_cast<std::size_t>(c * c) || chart()->series().isEmpty())
        return;
    QAbstractSeries* any = chart()->series().front();
    for (int i = 0; i < c; ++i) {
        for (int j = 0; j < c; ++j) {
            QGraphicsSimpleTextItem* t = m_texts[static_cast<std::size_t>(i * c + j)];
            const QPointF centre = chart()->mapToPosition(QPointF(j + 0.5, i + 0.5), any);
            const QRectF box = t->boundingRect();
            t->setPos(centre - QPointF(box.width() / 2, box.height() / 2));
        }
    }
}

} // namespace pp
