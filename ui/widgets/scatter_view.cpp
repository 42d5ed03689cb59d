#include "widgets/scatter_view.h"

#include "charts/chart_helpers.h"
#include "charts/chart_view.h"
#include "charts/scatter_layer.h"
#include "format.h"

#include <QComboBox>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QHBoxLayout>
#include <QLabel>
#include <QScatterSeries>
#include <QSpinBox>
#include <QTimeZone>
#include <QValueAxis>

namespace pp {

namespace {

const QString kJob = QStringLiteral("explore-scatter");

bool isNumericMeasure(const Column& c)
{
    return !c.isIdLike() && (c.type() == ColumnType::Numeric || c.type() == ColumnType::DateTime);
}

QAbstractAxis* axisFor(bool dateTime, double lo, double hi, const QString& title)
{
    const double pad = hi > lo ? (hi - lo) * 0.03 : 1.0;
    if (!dateTime)
        return charts::valueAxis(lo - pad, hi + pad, title);
    return charts::dateAxis(lo - pad, hi + pad, title);
}

} // namespace

ScatterView::ScatterView(Session* session, QWidget* parent)
    : ExploreView(session, parent), m_x(new QComboBox(this)), m_y(new QComboBox(this)), m_color(new QComboBox(this)),
      m_seed(new QSpinBox(this)), m_chart(new ChartView(this)), m_points(new ScatterLayer(m_chart->chart()))
{
    m_x->setObjectName(QStringLiteral("scatterX"));
    m_y->setObjectName(QStringLiteral("scatterY"));
    m_color->setObjectName(QStringLiteral("scatterColor"));
    for (QComboBox* combo : {m_x, m_y, m_color})
        combo->setMinimumContentsLength(14);
    m_seed->setObjectName(QStringLiteral("scatterSeed"));
    m_seed->setRange(0, 999999999);
    m_seed->setValue(42);
    m_seed->setToolTip(tr("Seed of the random sample drawn above 20,000 rows: the same seed gives the same points"));
    m_chart->setObjectName(QStringLiteral("scatterChart"));
    m_chart->setExportName(QStringLiteral("scatter"));
    m_chart->setZoomable(true);

    auto* controls = new QHBoxLayout();
    controls->addWidget(new QLabel(tr("X:"), this));
    controls->addWidget(m_x);
    controls->addWidget(new QLabel(tr("Y:"), this));
    controls->addWidget(m_y);
    controls->addWidget(new QLabel(tr("Colour by:"), this));
    controls->addWidget(m_color);
    controls->addWidget(new QLabel(tr("Seed:"), this));
    controls->addWidget(m_seed);
    controls->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(statusLabel());
    layout->addWidget(m_chart, 1);

    for (QComboBox* combo : {m_x, m_y, m_color})
        connect(combo, &QComboBox::currentIndexChanged, this, &ScatterView::settingsChanged);
    connect(m_seed, &QSpinBox::editingFinished, this, &ScatterView::settingsChanged);
    connect(session, &Session::outlierRowsChanged, this, [this]() {
        const QVariant before = m_color->currentData();
        fillColorChoices(/*preferCategory=*/false);
        // New flags, or none any more (the choice fell back to "Nothing"): redraw.
        if (before.toInt() == kColorByOutliers)
            settingsChanged();
    });
}

void ScatterView::fillColorChoices(bool preferCategory)
{
    const QSignalBlocker blocker(m_color);
    const QString previous = m_color->currentText();
    m_color->clear();
    m_color->addItem(tr("Nothing"), kNoColor);
    if (session()->outlierRows())
        m_color->addItem(tr("Outliers (from the Outliers tab)"), kColorByOutliers);
    int preferred = 0;
    if (const std::shared_ptr<const Table> t = table()) {
        for (std::size_t c = 0; c < t->columnCount(); ++c) {
            const Column& column = t->column(c);
            if (column.isIdLike() || (column.type() != ColumnType::Categorical && column.type() != ColumnType::Boolean))
                continue;
            if (preferred == 0 && preferCategory && isSmallCategory(column))
                preferred = m_color->count();
            m_color->addItem(column.name(), static_cast<int>(c));
        }
    }
    const int i = m_color->findText(previous);
    m_color->setCurrentIndex(i >= 0 ? i : preferred);
}

void ScatterView::onDatasetChanged()
{
    m_cache.clear();
    m_sample.reset();
    m_points->setGroups({}, 5.0, QRectF());
    charts::clear(m_chart->chart());
    const std::shared_ptr<const Table> t = table();
    // The first numeric column against the last (often the spend to predict), coloured by a
    // categorical column with a few categories.
    fillColumns(m_x, t.get(), isNumericMeasure, isNumeric);
    fillColumns(m_y, t.get(), isNumericMeasure, isNumeric, /*last=*/true);
    fillColorChoices(/*preferCategory=*/true);
}

void ScatterView::refresh()
{
    ScatterRequest request;
    request.x = chosenColumn(m_x);
    request.y = chosenColumn(m_y);
    const int color = m_color->currentData().toInt();
    request.color = color >= 0 ? color : -1;
    if (color == kColorByOutliers)
        request.outlierFlags = session()->outlierRows();
    request.seed = static_cast<std::uint64_t>(m_seed->value());
    if (request.x < 0 || request.y < 0) {
        showStatus(tr("A scatter plot needs two numeric columns."));
        return;
    }
    showStatus(QString());
    // Flags change with every outlier analysis: results coloured by older flags are stale.
    if (m_outlierFlagsInCache != request.outlierFlags.get() && request.outlierFlags) {
        m_cache.clear();
        m_outlierFlagsInCache = request.outlierFlags.get();
    }
    const QString key = QStringLiteral("%1/%2/%3/%4").arg(request.x).arg(request.y).arg(color).arg(request.seed);
    if (auto cached = m_cache.find(key)) {
        show(cached);
        return;
    }
    runJob<ScatterSample>(
        kJob, tr("Sampling points"),
        [request](const Table& t, JobControl* job) { return computeScatterSample(t, request, job); },
        [this, key](ScatterSample s) {
            auto shared = std::make_shared<const ScatterSample>(std::move(s));
            m_cache.insert(key, shared);
            show(shared);
        });
}

void ScatterView::show(std::shared_ptr<const ScatterSample> sample)
{
    m_sample = std::move(sample);
    const ScatterSample& s = *m_sample;
    QChart* chart = m_chart->chart();
    charts::clear(chart);
    m_chart->setTitle(tr("%1 against %2").arg(charts::elided(s.yName, 30), charts::elided(s.xName, 30)));
    m_chart->setSubtitle(s.sampled ? tr("Random sample of %1 of %2 rows with both values (seed %3); drag to zoom")
                                         .arg(fmt::count(static_cast<qint64>(s.xs.size())), fmt::count(s.complete))
                                         .arg(m_seed->value())
                                   : tr("All %1 rows with both values; drag to zoom").arg(fmt::count(s.complete)));
    const bool outliers = s.groupLabels.size() == 2 && m_color->currentData().toInt() == kColorByOutliers;
    std::vector<ScatterLayer::Group> groups(static_cast<std::size_t>(s.groupLabels.size()));
    for (std::size_t i = 0; i < s.xs.size(); ++i)
        groups[static_cast<std::size_t>(s.groups[i])].points.emplace_back(s.xs[i], s.ys[i]);
    for (int g = 0; g < s.groupLabels.size(); ++g) {
        ScatterLayer::Group& group = groups[static_cast<std::size_t>(g)];
        QColor c = outliers ? (g == 1 ? charts::outlierColor() : QColor(150, 150, 150)) : charts::seriesColor(g);
        c.setAlpha(s.xs.size() > 2000 ? 150 : 210);
        group.color = c;
        // An empty series per group: the legend entry, and what the axes attach to.
        auto* series = new QScatterSeries();
        series->setName(tr("%1 (%2)").arg(s.groupLabels.at(g), fmt::count(static_cast<qint64>(group.points.size()))));
        series->setColor(c);
        series->setBorderColor(Qt::transparent);
        chart->addSeries(series);
        group.reference = series;
    }
    m_points->setGroups(std::move(groups), s.xs.size() > 5000 ? 5.0 : 7.0,
                        QRectF(QPointF(s.xMin, s.yMin), QPointF(s.xMax, s.yMax)));
    chart->legend()->setVisible(s.groupLabels.size() > 1);
    charts::addAxis(chart, axisFor(s.xDateTime, s.xMin, s.xMax, s.xName), Qt::AlignBottom);
    charts::addAxis(chart, axisFor(s.yDateTime, s.yMin, s.yMax, s.yName), Qt::AlignLeft);
    m_points->followAxes();
}

} // namespace pp
