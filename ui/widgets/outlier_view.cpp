#include "widgets/outlier_view.h"

#include "charts/chart_helpers.h"
#include "charts/chart_view.h"
#include "format.h"
#include "widgets/outlier_settings_panel.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCheckBox>
#include <QCursor>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLineSeries>
#include <QPushButton>
#include <QLocale>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <numeric>

namespace pp {

namespace {

const QString kJob = QStringLiteral("explore-outliers");

} // namespace

OutlierView::OutlierView(Session* session, QWidget* parent)
    : ExploreView(session, parent), m_settings(new OutlierSettingsPanel(this)), m_summary(new QLabel(this)),
      m_chart(new ChartView(this)), m_highlight(new QCheckBox(this)), m_drop(new QPushButton(this)),
      m_clip(new QPushButton(this)), m_flag(new QPushButton(this))
{
    m_settings->setFixedWidth(290);
    m_summary->setObjectName(QStringLiteral("outlierSummary"));
    m_summary->setWordWrap(true);
    m_chart->setObjectName(QStringLiteral("outlierChart"));
    m_chart->setExportName(QStringLiteral("outliers"));
    m_highlight->setObjectName(QStringLiteral("highlightOutliers"));
    m_highlight->setText(tr("Highlight flagged rows on the Data page"));
    m_highlight->setChecked(true);
    m_drop->setObjectName(QStringLiteral("dropOutliersButton"));
    m_drop->setText(tr("Drop Rows in the Pipeline"));
    m_clip->setObjectName(QStringLiteral("clipOutliersButton"));
    m_clip->setText(tr("Clip Values in the Pipeline"));
    m_flag->setObjectName(QStringLiteral("flagOutliersButton"));
    m_flag->setText(tr("Flag Values in the Pipeline"));

    auto* actions = new QHBoxLayout();
    actions->addWidget(m_highlight);
    actions->addStretch(1);
    actions->addWidget(m_drop);
    actions->addWidget(m_clip);
    actions->addWidget(m_flag);
    auto* results = new QVBoxLayout();
    results->addWidget(m_summary);
    results->addWidget(statusLabel());
    results->addWidget(m_chart, 1);
    results->addLayout(actions);
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(m_settings);
    layout->addLayout(results, 1);

    connect(m_settings, &OutlierSettingsPanel::changed, this, [this]() {
        updateActions();
        settingsChanged();
    });
    connect(m_highlight, &QCheckBox::toggled, this, &OutlierView::updateHighlight);
    connect(m_drop, &QPushButton::clicked, this, [this]() { propose(OutlierAction::Drop); });
    connect(m_clip, &QPushButton::clicked, this, [this]() { propose(OutlierAction::Clip); });
    connect(m_flag, &QPushButton::clicked, this, [this]() { propose(OutlierAction::Flag); });
    updateActions();
}

QString OutlierView::summaryText() const { return m_summary->text(); }

void OutlierView::onDatasetChanged()
{
    m_cache.clear();
    m_analysis.reset();
    m_summary->clear();
    charts::clear(m_chart->chart());
    const std::shared_ptr<const Table> t = table();
    m_settings->setTable(t.get());
    updateActions();
}

void OutlierView::refresh()
{
    const OutlierSettings settings = m_settings->settings();
    if (settings.columns.empty()) {
        showStatus(tr("Choose at least one numeric column."));
        return;
    }
    showStatus(QString());
    const QString key = settings.key();
    if (auto cached = m_cache.find(key)) {
        show(cached);
        return;
    }
    m_summary->setText(tr("Looking for outliers…"));
    runJob<OutlierAnalysis>(
        kJob, tr("Looking for outliers"),
        [settings](const Table& t, JobControl* job) { return analyzeOutliers(t, settings, job); },
        [this, key](OutlierAnalysis a) {
            auto shared = std::make_shared<const OutlierAnalysis>(std::move(a));
            m_cache.insert(key, shared);
            show(shared);
        });
}

void OutlierView::show(std::shared_ptr<const OutlierAnalysis> analysis)
{
    m_analysis = std::move(analysis);
    const OutlierAnalysis& a = *m_analysis;
    const double share = a.rows > 0 ? static_cast<double>(a.flaggedRows) / static_cast<double>(a.rows) : 0.0;
    QString text = tr("<b>%1</b> of %2 rows flagged (%3) by %4 over %n column(s).", nullptr,
                      static_cast<int>(a.columnNames.size()))
                       .arg(fmt::count(a.flaggedRows), fmt::count(a.rows), fmt::percent(share), a.settings.describe());
    if (a.settings.method == OutlierMethod::IsolationForest) {
        text += QLatin1Char(' ') + tr("Score threshold %1.").arg(QLocale().toString(a.threshold, 'f', 3));
        if (a.imputedRows > 0)
            text += QLatin1Char(' ') + tr("%1 rows with missing values were scored with column medians.")
                                           .arg(fmt::count(a.imputedRows));
        drawScores(a);
    } else {
        drawColumnCounts(a);
    }
    m_summary->setText(text);
    updateHighlight();
    updateActions();
}

void OutlierView::drawColumnCounts(const OutlierAnalysis& a)
{
    QChart* chart = m_chart->chart();
    charts::clear(chart);
    chart->legend()->hide();
    m_chart->setTitle(tr("Outliers per column"));
    m_chart->setSubtitle(a.settings.describe() + QStringLiteral(" · ") + tr("hover a bar for the bounds"));
    std::vector<std::size_t> order(a.perColumn.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    // Fewest first: horizontal bars are drawn bottom-up, so the most affected column is on top.
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t x, std::size_t y) { return a.perColumn[x].outliers < a.perColumn[y].outliers; });
    auto* set = new QBarSet(tr("Outliers"));
    set->setColor(charts::outlierColor());
    QStringList labels;
    qint64 peak = 1;
    for (const std::size_t i : order) {
        QString label = charts::elided(a.perColumn[i].name, 20);
        while (labels.contains(label))
            label += QLatin1Char(' ');
        labels << label;
        set->append(static_cast<double>(a.perColumn[i].outliers));
        peak = std::max(peak, a.perColumn[i].outliers);
    }
    auto* series = new QHorizontalBarSeries();
    series->append(set);
    series->setBarWidth(0.7);
    series->setLabelsVisible(true);
    series->setLabelsPrecision(15);
    chart->addSeries(series);
    const std::shared_ptr<const OutlierAnalysis> keep = m_analysis;
    connect(set, &QBarSet::hovered, this, [keep, order](bool on, int index) {
        if (!on || index < 0 || index >= static_cast<int>(order.size())) {
            QToolTip::hideText();
            return;
        }
        const ColumnOutliers& c = keep->perColumn[order[static_cast<std::size_t>(index)]];
        QString text = tr("%1: %2 of %3 values outside [%4, %5]")
                           .arg(c.name, fmt::count(c.outliers), fmt::count(c.count), fmt::number(c.lower),
                                fmt::number(c.upper));
        if (c.madFallback)
            text += QLatin1Char('\n') + tr("MAD is 0: scaled by the mean absolute deviation instead");
        QToolTip::showText(QCursor::pos(), text);
    });
    auto* y = new QBarCategoryAxis();
    y->append(labels);
    charts::addAxis(chart, y, Qt::AlignLeft);
    charts::addAxis(chart, charts::countAxis(static_cast<double>(peak), tr("Number of outlier values")),
                    Qt::AlignBottom);
}

void OutlierView::drawScores(const OutlierAnalysis& a)
{
    QChart* chart = m_chart->chart();
    charts::clear(chart);
    m_chart->setTitle(tr("Anomaly scores"));
    m_chart->setSubtitle(a.settings.describe());
    if (a.scoreCounts.empty())
        return;
    auto* upper = new QLineSeries();
    QList<QPointF> points{QPointF(a.scoreEdges.front(), 0.0)};
    qint64 peak = 1;
    for (std::size_t i = 0; i < a.scoreCounts.size(); ++i) {
        points.append(QPointF(a.scoreEdges[i], static_cast<double>(a.scoreCounts[i])));
        points.append(QPointF(a.scoreEdges[i + 1], static_cast<double>(a.scoreCounts[i])));
        peak = std::max(peak, a.scoreCounts[i]);
    }
    points.append(QPointF(a.scoreEdges.back(), 0.0));
    upper->replace(points);
    auto* area = new QAreaSeries(upper);
    area->setName(tr("Rows"));
    area->setColor(charts::accent());
    area->setBorderColor(charts::accentDark());
    chart->addSeries(area);
    auto* threshold = new QLineSeries();
    threshold->setName(tr("Threshold: rows to the right are flagged"));
    threshold->setPen(QPen(charts::outlierColor(), 2.0, Qt::DashLine));
    threshold->append(a.threshold, 0.0);
    threshold->append(a.threshold, static_cast<double>(peak) * 1.05);
    chart->addSeries(threshold);
    charts::addAxis(chart, charts::valueAxis(a.scoreEdges.front(), a.scoreEdges.back(), tr("Anomaly score")),
                    Qt::AlignBottom);
    charts::addAxis(chart, charts::countAxis(static_cast<double>(peak), tr("Number of rows")), Qt::AlignLeft);
}

void OutlierView::updateHighlight()
{
    if (m_highlight->isChecked() && m_analysis && m_analysis->flaggedRows > 0)
        session()->setOutlierRows(m_analysis->rowFlags,
                                  tr("%1 over %n column(s)", nullptr, static_cast<int>(m_analysis->columnNames.size()))
                                      .arg(m_analysis->settings.describe()));
    else
        session()->setOutlierRows(nullptr);
}

void OutlierView::updateActions()
{
    const OutlierSettings settings = m_settings->settings();
    const bool forest = settings.method == OutlierMethod::IsolationForest;
    const std::pair<QPushButton*, OutlierAction> buttons[] = {
        {m_drop, OutlierAction::Drop}, {m_clip, OutlierAction::Clip}, {m_flag, OutlierAction::Flag}};
    static const char* const tips[] = {
        QT_TR_NOOP("Adds a step that removes the training rows with outliers (rows to score are kept)"),
        QT_TR_NOOP("Adds a step that caps values at the bounds"),
        QT_TR_NOOP("Adds a 0/1 column <column>_outlier per column, keeping the values")};
    // An Isolation Forest judges whole rows: its flag is one column for the row.
    m_flag->setText(forest ? tr("Flag Rows in the Pipeline") : tr("Flag Values in the Pipeline"));
    for (std::size_t i = 0; i < 3; ++i) {
        QString why;
        const bool ok = table() && outlierActionAvailable(settings, buttons[i].second, &why);
        buttons[i].first->setEnabled(ok);
        QString tip = tr(tips[i]);
        if (forest && buttons[i].second == OutlierAction::Flag)
            tip = tr("Adds a step that fits the forest on the training rows and adds a 0/1 column "
                     "iforest_outlier to every data set, keeping all rows");
        buttons[i].first->setToolTip(ok ? tip : why);
    }
}

void OutlierView::propose(OutlierAction action)
{
    const std::shared_ptr<const Table> t = table();
    if (!t)
        return;
    const OutlierSettings settings = m_settings->settings();
    const bool current = m_analysis && m_analysis->settings.key() == settings.key();
    const QJsonObject step = outlierStepJson(*t, settings, action, current ? m_analysis.get() : nullptr);
    if (step.isEmpty())
        return;
    session()->proposeStep(step);
    showStatus(tr("Sent to the Prepare page: %1.").arg(stepDisplayName(step.value(QStringLiteral("kind")).toString())));
}

} // namespace pp
