#include "widgets/correlation_view.h"

#include "charts/chart_helpers.h"
#include "charts/chart_view.h"
#include "charts/heatmap_chart.h"
#include "format.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QComboBox>
#include <QCursor>
#include <QHBoxLayout>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QToolTip>
#include <QValueAxis>

#include <cmath>

#include <algorithm>

namespace pp {

namespace {

const QString kMatrixJob = QStringLiteral("explore-correlation");
const QString kRankJob = QStringLiteral("explore-ranking");
constexpr int kMaxRanked = 15;

bool isCorrelatable(const Column& c)
{
    return !c.isIdLike() && (c.type() == ColumnType::Numeric || c.type() == ColumnType::Boolean);
}

std::vector<int> correlatableColumns(const Table& t)
{
    std::vector<int> out;
    for (std::size_t c = 0; c < t.columnCount(); ++c)
        if (isCorrelatable(t.column(c)))
            out.push_back(static_cast<int>(c));
    return out;
}

} // namespace

CorrelationView::CorrelationView(Session* session, QWidget* parent)
    : ExploreView(session, parent), m_method(new QComboBox(this)), m_target(new QComboBox(this)),
      m_heatmap(new HeatmapChart(this)), m_ranking(new ChartView(this))
{
    m_method->setObjectName(QStringLiteral("correlationMethod"));
    m_method->addItem(tr("Pearson (linear)"), int(CorrelationMethod::Pearson));
    m_method->addItem(tr("Spearman (rank)"), int(CorrelationMethod::Spearman));
    m_method->setItemData(1, tr("Correlation of the ranks: any monotone relation, robust to outliers"), Qt::ToolTipRole);
    m_target->setObjectName(QStringLiteral("correlationTarget"));
    m_target->setMinimumContentsLength(16);
    m_heatmap->setObjectName(QStringLiteral("correlationHeatmap"));
    m_heatmap->setExportName(QStringLiteral("correlation-matrix"));
    m_ranking->setObjectName(QStringLiteral("correlationRanking"));
    m_ranking->setExportName(QStringLiteral("correlation-ranking"));

    auto* controls = new QHBoxLayout();
    controls->addWidget(new QLabel(tr("Method:"), this));
    controls->addWidget(m_method);
    controls->addSpacing(12);
    controls->addWidget(new QLabel(tr("Rank by correlation with:"), this));
    controls->addWidget(m_target);
    controls->addStretch(1);
    auto* charts = new QHBoxLayout();
    charts->addWidget(m_heatmap, 3);
    charts->addWidget(m_ranking, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(statusLabel());
    layout->addLayout(charts, 1);

    connect(m_method, &QComboBox::currentIndexChanged, this, &CorrelationView::settingsChanged);
    connect(m_target, &QComboBox::currentIndexChanged, this, &CorrelationView::settingsChanged);
}

CorrelationMethod CorrelationView::method() const
{
    return static_cast<CorrelationMethod>(m_method->currentData().toInt());
}

void CorrelationView::onDatasetChanged()
{
    m_matrixCache.clear();
    m_rankCache.clear();
    m_matrix.reset();
    m_rank.reset();
    m_heatmap->setMessage(QString());
    charts::clear(m_ranking->chart());
    const std::shared_ptr<const Table> t = table();
    // The last numeric column is often what is to be predicted (spend, a label).
    fillColumns(m_target, t.get(), isCorrelatable, isNumeric, /*last=*/true);
}

void CorrelationView::refresh()
{
    const CorrelationMethod m = method();
    const QString key = correlationMethodName(m);
    if (auto cached = m_matrixCache.find(key))
        showMatrix(cached);
    else
        runJob<CorrelationMatrix>(
            kMatrixJob, tr("Computing correlations"),
            [m](const Table& t, JobControl* job) {
                CorrelationOptions options;
                options.method = m;
                return correlationMatrix(t, correlatableColumns(t), options, job);
            },
            [this, key](CorrelationMatrix matrix) {
                auto shared = std::make_shared<const CorrelationMatrix>(std::move(matrix));
                m_matrixCache.insert(key, shared);
                showMatrix(shared);
            });
    refreshRanking();
}

void CorrelationView::showMatrix(std::shared_ptr<const CorrelationMatrix> matrix)
{
    m_matrix = std::move(matrix);
    const bool pearson = method() == CorrelationMethod::Pearson;
    m_heatmap->setTitle(pearson ? tr("Pearson correlation") : tr("Spearman rank correlation"));
    m_heatmap->setValueName(pearson ? tr("Pearson r") : tr("Spearman ρ"));
    m_heatmap->setSubtitle(tr("%n numeric column(s); pairs use the rows where both values are present", nullptr,
                              static_cast<int>(m_matrix->size())));
    if (m_matrix->size() < 2) {
        m_heatmap->setMessage(tr("Correlations need at least two numeric columns."));
        return;
    }
    m_heatmap->setMatrix(m_matrix->names, m_matrix->values, m_matrix->pairCounts);
}

void CorrelationView::refreshRanking()
{
    const int target = chosenColumn(m_target);
    if (target < 0) {
        charts::clear(m_ranking->chart());
        return;
    }
    const CorrelationMethod m = method();
    const QString key = QStringLiteral("%1/%2").arg(correlationMethodName(m)).arg(target);
    if (auto cached = m_rankCache.find(key)) {
        showRanking(cached);
        return;
    }
    runJob<std::vector<TargetCorrelation>>(
        kRankJob, tr("Ranking columns"),
        [m, target](const Table& t, JobControl* job) {
            CorrelationOptions options;
            options.method = m;
            std::vector<int> candidates = correlatableColumns(t);
            candidates.erase(std::remove(candidates.begin(), candidates.end(), target), candidates.end());
            if (candidates.empty())
                return Result<std::vector<TargetCorrelation>>(std::vector<TargetCorrelation>());
            return rankByCorrelation(t, target, candidates, options, job);
        },
        [this, key](std::vector<TargetCorrelation> ranking) {
            auto shared = std::make_shared<const std::vector<TargetCorrelation>>(std::move(ranking));
            m_rankCache.insert(key, shared);
            showRanking(shared);
        });
}

void CorrelationView::showRanking(std::shared_ptr<const std::vector<TargetCorrelation>> ranking)
{
    m_rank = std::move(ranking);
    QChart* chart = m_ranking->chart();
    charts::clear(chart);
    m_ranking->setTitle(tr("Correlation with %1").arg(charts::elided(m_target->currentText(), 30)));
    const int shown = std::min(static_cast<int>(m_rank->size()), kMaxRanked);
    m_ranking->setSubtitle(shown < static_cast<int>(m_rank->size())
                               ? tr("The %1 strongest of %2 columns").arg(shown).arg(m_rank->size())
                               : tr("Strongest first"));
    auto* positive = new QBarSet(tr("Positive"));
    auto* negative = new QBarSet(tr("Negative"));
    positive->setColor(HeatmapChart::colorFor(0.75));
    negative->setColor(HeatmapChart::colorFor(-0.75));
    QStringList labels;
    std::vector<const TargetCorrelation*> rows;
    for (int i = shown - 1; i >= 0; --i) {  // bottom-up: the strongest on top
        const TargetCorrelation& r = (*m_rank)[static_cast<std::size_t>(i)];
        rows.push_back(&r);
        QString label = charts::elided(r.name, 20);
        while (labels.contains(label))
            label += QLatin1Char(' ');
        labels << label;
        const double v = std::isnan(r.correlation) ? 0.0 : r.correlation;
        positive->append(v > 0 ? v : 0.0);
        negative->append(v < 0 ? v : 0.0);
    }
    auto* series = new QHorizontalStackedBarSeries();
    series->append(positive);
    series->append(negative);
    series->setBarWidth(0.7);
    chart->addSeries(series);
    const auto hover = [this, rows](bool on, int index) {
        if (!on || index < 0 || index >= static_cast<int>(rows.size())) {
            QToolTip::hideText();
            return;
        }
        const TargetCorrelation* r = rows[static_cast<std::size_t>(index)];
        QToolTip::showText(QCursor::pos(), tr("%1: %2 (%3 rows)")
                                               .arg(r->name, HeatmapChart::cellText(r->correlation), fmt::count(r->count)));
    };
    connect(positive, &QBarSet::hovered, this, hover);
    connect(negative, &QBarSet::hovered, this, hover);
    auto* y = new QBarCategoryAxis();
    y->append(labels);
    charts::addAxis(chart, y, Qt::AlignLeft);
    QValueAxis* x = charts::valueAxis(-1.0, 1.0, method() == CorrelationMethod::Pearson ? tr("Pearson r") : tr("Spearman ρ"));
    x->setTickInterval(0.5);
    x->setLabelFormat(QStringLiteral("%.1f"));
    charts::addAxis(chart, x, Qt::AlignBottom);
}

} // namespace pp
