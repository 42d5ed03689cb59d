#include "widgets/group_view.h"

#include "charts/chart_helpers.h"
#include "charts/chart_view.h"
#include "format.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QComboBox>
#include <QCursor>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QSpinBox>
#include <QToolTip>
#include <QValueAxis>

#include <cmath>

#include <algorithm>

namespace pp {

namespace {

const QString kJob = QStringLiteral("explore-groups");

bool isValueColumn(const Column& c) { return !c.isIdLike() && (c.type() == ColumnType::Numeric || c.type() == ColumnType::Boolean); }
bool isGroupColumn(const Column& c)
{
    return !c.isIdLike() && (c.type() == ColumnType::Categorical || c.type() == ColumnType::Boolean);
}

} // namespace

GroupView::GroupView(Session* session, QWidget* parent)
    : ExploreView(session, parent), m_value(new QComboBox(this)), m_group(new QComboBox(this)),
      m_sort(new QComboBox(this)), m_top(new QSpinBox(this)), m_chart(new ChartView(this))
{
    m_value->setObjectName(QStringLiteral("groupValue"));
    m_group->setObjectName(QStringLiteral("groupKey"));
    m_value->setMinimumContentsLength(16);
    m_group->setMinimumContentsLength(16);
    m_sort->setObjectName(QStringLiteral("groupSort"));
    m_sort->addItem(tr("Highest mean first"), int(GroupSort::Mean));
    m_sort->addItem(tr("Largest group first"), int(GroupSort::Count));
    m_sort->addItem(tr("By name"), int(GroupSort::Key));
    m_top->setObjectName(QStringLiteral("groupTop"));
    m_top->setRange(2, 50);
    m_top->setValue(15);
    m_top->setPrefix(tr("Top "));
    m_top->setToolTip(tr("Groups beyond these are pooled as \"Other\""));
    m_chart->setObjectName(QStringLiteral("groupChart"));
    m_chart->setExportName(QStringLiteral("groups"));

    auto* controls = new QHBoxLayout();
    controls->addWidget(new QLabel(tr("Value:"), this));
    controls->addWidget(m_value);
    controls->addWidget(new QLabel(tr("per"), this));
    controls->addWidget(m_group);
    controls->addSpacing(12);
    controls->addWidget(m_sort);
    controls->addWidget(m_top);
    controls->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(statusLabel());
    layout->addWidget(m_chart, 1);

    for (QComboBox* combo : {m_value, m_group, m_sort})
        connect(combo, &QComboBox::currentIndexChanged, this, &GroupView::settingsChanged);
    connect(m_top, &QSpinBox::valueChanged, this, &GroupView::settingsChanged);
}

void GroupView::onDatasetChanged()
{
    m_cache.clear();
    m_result.reset();
    charts::clear(m_chart->chart());
    const std::shared_ptr<const Table> t = table();
    fillColumns(m_value, t.get(), isValueColumn, isNumeric, /*last=*/true);  // often the spend to predict
    fillColumns(m_group, t.get(), isGroupColumn, isSmallCategory);
}

void GroupView::refresh()
{
    const int value = chosenColumn(m_value);
    const int key = chosenColumn(m_group);
    if (value < 0 || key < 0) {
        charts::clear(m_chart->chart());
        showStatus(tr("Groups need a numeric column and a categorical or yes/no column."));
        return;
    }
    showStatus(QString());
    GroupStatsOptions options;
    options.sort = static_cast<GroupSort>(m_sort->currentData().toInt());
    options.descending = options.sort != GroupSort::Key;
    options.topN = m_top->value();
    const QString cacheKey = QStringLiteral("%1/%2/%3/%4").arg(value).arg(key).arg(int(options.sort)).arg(options.topN);
    if (auto cached = m_cache.find(cacheKey)) {
        show(cached);
        return;
    }
    runJob<GroupStatsResult>(
        kJob, tr("Comparing groups"),
        [value, key, options](const Table& t, JobControl* job) { return groupStats(t, value, key, options, job); },
        [this, cacheKey](GroupStatsResult r) {
            auto shared = std::make_shared<const GroupStatsResult>(std::move(r));
            m_cache.insert(cacheKey, shared);
            show(shared);
        });
}

void GroupView::show(std::shared_ptr<const GroupStatsResult> result)
{
    m_result = std::move(result);
    const GroupStatsResult& r = *m_result;
    QChart* chart = m_chart->chart();
    charts::clear(chart);
    m_chart->setTitle(tr("%1 per %2").arg(charts::elided(r.valueColumn, 30), charts::elided(r.keyColumn, 30)));
    m_chart->setSubtitle(static_cast<qint64>(r.groups.size()) < r.groupCount
                             ? tr("%1 groups; the smaller ones pooled as \"Other\"; hover a bar for counts").arg(r.groupCount)
                             : tr("%n group(s); hover a bar for counts", nullptr, static_cast<int>(r.groupCount)));
    auto* mean = new QBarSet(tr("Mean"));
    auto* median = new QBarSet(tr("Median"));
    mean->setColor(charts::seriesColor(0));
    median->setColor(charts::seriesColor(1));
    QStringList labels;
    double lo = 0.0, hi = 0.0;
    std::vector<const GroupStat*> rows;
    for (auto it = r.groups.rbegin(); it != r.groups.rend(); ++it) {  // bottom-up: the first group on top
        const GroupStat& g = *it;
        rows.push_back(&g);
        QString label = g.isOther ? tr("Other (%n groups)", nullptr, g.groups)
                        : g.isMissingKey ? tr("(missing)") : charts::elided(g.label.isEmpty() ? tr("(empty)") : g.label, 22);
        while (labels.contains(label))
            label += QLatin1Char(' ');
        labels << label;
        const double m = std::isnan(g.mean) ? 0.0 : g.mean;
        const double d = std::isnan(g.median) ? 0.0 : g.median;
        mean->append(m);
        median->append(d);
        lo = std::min({lo, m, d});
        hi = std::max({hi, m, d});
    }
    auto* series = new QHorizontalBarSeries();
    series->append(mean);
    series->append(median);
    series->setBarWidth(0.6);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
    series->setLabelsPrecision(7);
    chart->addSeries(series);
    const auto hover = [rows](bool on, int index) {
        if (!on || index < 0 || index >= static_cast<int>(rows.size())) {
            QToolTip::hideText();
            return;
        }
        const GroupStat* g = rows[static_cast<std::size_t>(index)];
        QToolTip::showText(QCursor::pos(), tr("Mean %1, median %2\n%3 rows, %4 with a value")
                                               .arg(fmt::number(g->mean), fmt::number(g->median), fmt::count(g->rows),
                                                    fmt::count(g->count)));
    };
    connect(mean, &QBarSet::hovered, this, hover);
    connect(median, &QBarSet::hovered, this, hover);
    auto* y = new QBarCategoryAxis();
    y->append(labels);
    charts::addAxis(chart, y, Qt::AlignLeft);
    charts::addAxis(chart, charts::valueAxis(lo, hi > lo ? hi * 1.05 : lo + 1.0, r.valueColumn), Qt::AlignBottom);
}

} // namespace pp
