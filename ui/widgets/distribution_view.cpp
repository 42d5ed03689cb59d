#include "widgets/distribution_view.h"

#include "charts/chart_view.h"
#include "charts/distribution_charts.h"
#include "stats/numeric_view.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>
#include <QStackedWidget>

#include <algorithm>

namespace pp {

namespace {

const QString kNumericJob = QStringLiteral("explore-distribution");
const QString kCountJob = QStringLiteral("explore-counts");

// Identifiers are unique by nature: their distribution says nothing.
bool hasDistribution(const Column& c) { return !c.isIdLike(); }

} // namespace

DistributionView::DistributionView(Session* session, QWidget* parent)
    : ExploreView(session, parent), m_column(new QComboBox(this)), m_autoBins(new QCheckBox(this)),
      m_bins(new QSpinBox(this)), m_log(new QCheckBox(this)), m_top(new QSpinBox(this)),
      m_stack(new QStackedWidget(this)), m_histogram(new ChartView(this)), m_box(new ChartView(this)),
      m_categories(new ChartView(this))
{
    m_column->setObjectName(QStringLiteral("distributionColumn"));
    m_column->setMinimumContentsLength(16);
    m_autoBins->setObjectName(QStringLiteral("autoBins"));
    m_autoBins->setText(tr("Automatic bins"));
    m_autoBins->setToolTip(tr("Freedman–Diaconis: bin width 2·IQR·n^(−1/3), as numpy's bins='fd'"));
    m_autoBins->setChecked(true);
    m_bins->setObjectName(QStringLiteral("binCount"));
    m_bins->setRange(1, kMaxHistogramBins);
    m_bins->setValue(30);
    m_bins->setSuffix(tr(" bins"));
    m_log->setObjectName(QStringLiteral("logScale"));
    m_log->setText(tr("Log scale"));
    m_log->setToolTip(tr("Counts on a logarithmic axis, to see rare values in the tails"));
    m_top->setObjectName(QStringLiteral("topCount"));
    m_top->setRange(3, 50);
    m_top->setValue(15);
    m_top->setPrefix(tr("Top "));
    m_top->setToolTip(tr("How many of the most frequent values get their own bar; the rest are pooled as \"Other\""));
    m_histogram->setObjectName(QStringLiteral("histogramChart"));
    m_histogram->setExportName(QStringLiteral("histogram"));
    m_histogram->setZoomable(true);
    m_box->setObjectName(QStringLiteral("boxPlotChart"));
    m_box->setExportName(QStringLiteral("box-plot"));
    m_categories->setObjectName(QStringLiteral("categoryChart"));
    m_categories->setExportName(QStringLiteral("value-counts"));

    auto* controls = new QHBoxLayout();
    controls->addWidget(new QLabel(tr("Column:"), this));
    controls->addWidget(m_column);
    controls->addSpacing(12);
    controls->addWidget(m_autoBins);
    controls->addWidget(m_bins);
    controls->addWidget(m_log);
    controls->addWidget(m_top);
    controls->addStretch(1);

    auto* numeric = new QWidget(this);
    auto* numericLayout = new QHBoxLayout(numeric);
    numericLayout->setContentsMargins(0, 0, 0, 0);
    numericLayout->addWidget(m_histogram, 3);
    numericLayout->addWidget(m_box, 1);
    m_stack->addWidget(numeric);
    m_stack->addWidget(m_categories);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(statusLabel());
    layout->addWidget(m_stack, 1);

    connect(m_column, &QComboBox::currentIndexChanged, this, [this]() {
        updateControls();
        settingsChanged();
    });
    connect(m_autoBins, &QCheckBox::toggled, this, [this]() {
        updateControls();
        drawHistogram();
    });
    connect(m_bins, &QSpinBox::valueChanged, this, &DistributionView::drawHistogram);
    connect(m_log, &QCheckBox::toggled, this, &DistributionView::drawHistogram);
    connect(m_top, &QSpinBox::valueChanged, this, &DistributionView::settingsChanged);
    updateControls();
}

bool DistributionView::selectColumn(const QString& name)
{
    const int i = m_column->findText(name);
    if (i < 0)
        return false;
    m_column->setCurrentIndex(i);
    return true;
}

void DistributionView::onDatasetChanged()
{
    m_numericCache.clear();
    m_countCache.clear();
    m_distribution.reset();
    m_counts.reset();
    m_shown = HistogramData();
    const std::shared_ptr<const Table> t = table();
    fillColumns(m_column, t.get(), hasDistribution, isNumeric);
    updateControls();
}

void DistributionView::updateControls()
{
    const std::shared_ptr<const Table> t = table();
    const int c = chosenColumn(m_column);
    const bool numeric = t && c >= 0 && isNumericLike(t->column(static_cast<std::size_t>(c)).type(), true)
                         && t->column(static_cast<std::size_t>(c)).type() != ColumnType::Boolean;
    m_autoBins->setVisible(numeric);
    m_bins->setVisible(numeric);
    m_bins->setEnabled(!m_autoBins->isChecked());
    m_log->setVisible(numeric);
    m_top->setVisible(!numeric);
    m_stack->setCurrentIndex(numeric ? 0 : 1);
}

void DistributionView::refresh()
{
    const std::shared_ptr<const Table> t = table();
    const int c = chosenColumn(m_column);
    if (!t || c < 0)
        return;
    showStatus(QString());
    const Column& column = t->column(static_cast<std::size_t>(c));
    if (m_stack->currentIndex() == 0) {
        const QString key = QString::number(c);
        if (auto cached = m_numericCache.find(key)) {
            showNumeric(cached);
            return;
        }
        runJob<NumericDistribution>(
            kNumericJob, tr("Binning %1").arg(column.name()),
            [c](const Table& data, JobControl* job) { return computeNumericDistribution(data, c, 1.5, job); },
            [this, key](NumericDistribution d) {
                auto shared = std::make_shared<const NumericDistribution>(std::move(d));
                m_numericCache.insert(key, shared);
                showNumeric(shared);
            });
        return;
    }
    const int top = m_top->value();
    const QString key = QStringLiteral("%1/%2").arg(c).arg(top);
    if (auto cached = m_countCache.find(key)) {
        showCategories(cached);
        return;
    }
    runJob<CategoryCounts>(
        kCountJob, tr("Counting the values of %1").arg(column.name()),
        [c, top](const Table& data, JobControl* job) { return computeCategoryCounts(data, c, top, job); },
        [this, key](CategoryCounts counts) {
            auto shared = std::make_shared<const CategoryCounts>(std::move(counts));
            m_countCache.insert(key, shared);
            showCategories(shared);
        });
}

void DistributionView::showNumeric(std::shared_ptr<const NumericDistribution> distribution)
{
    m_distribution = std::move(distribution);
    // Offer FD's own bin count as the starting point for manual bins.
    if (m_autoBins->isChecked() && m_distribution->fdBins > 0) {
        const QSignalBlocker blocker(m_bins);
        m_bins->setValue(static_cast<int>(std::min<std::size_t>(m_distribution->fdBins, kMaxHistogramBins)));
    }
    drawHistogram();
    drawBoxPlot();
}

void DistributionView::drawHistogram()
{
    if (!m_distribution)
        return;
    // Counting on the cached sorted runs costs O(bins · log distinct): no job needed.
    m_shown = histogramOf(*m_distribution, m_autoBins->isChecked() ? 0 : m_bins->value());
    distcharts::drawHistogram(m_histogram, *m_distribution, m_shown, m_log->isChecked());
}

void DistributionView::drawBoxPlot()
{
    if (m_distribution)
        distcharts::drawBoxPlot(m_box, *m_distribution);
    m_box->setVisible(m_distribution && !m_distribution->dateTime);
}

void DistributionView::showCategories(std::shared_ptr<const CategoryCounts> counts)
{
    m_counts = std::move(counts);
    distcharts::drawCategoryCounts(m_categories, *m_counts);
}

} // namespace pp
