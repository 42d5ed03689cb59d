#include "widgets/metrics_table.h"

#include "format.h"
#include "metric_names.h"
#include "run_snapshot.h"

#include <QHeaderView>

#include <cmath>
#include <limits>

namespace pp {

namespace {

constexpr int kKeyRole = Qt::UserRole + 1;

} // namespace

MetricsTable::MetricsTable(QWidget* parent)
    : QTableWidget(parent)
{
    setObjectName(QStringLiteral("metricsTable"));
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setAlternatingRowColors(true);
    verticalHeader()->setVisible(false);
    horizontalHeader()->setStretchLastSection(false);
    setWordWrap(false);
}

void MetricsTable::showRun(const RunSnapshot& run)
{
    clear();
    struct Source
    {
        Set set;
        QString title;
        QString tooltip;
        const QJsonObject* values;
    };
    std::vector<Source> sources;
    if (run.trainRows > 0 && !run.trainMetrics.isEmpty())
        sources.push_back({ Train, tr("Train"),
            tr("Rows the model learned from (%1). Usually the best figures: "
               "compare with validation and test to spot overfitting.")
                .arg(fmt::count(run.trainRows)),
            &run.trainMetrics });
    if (run.validRows > 0 && !run.validMetrics.isEmpty())
        sources.push_back({ Valid, tr("Validation"),
            tr("Rows held out during training (%1), used for early "
               "stopping and feature importance.")
                .arg(fmt::count(run.validRows)),
            &run.validMetrics });
    if (run.testRows > 0 && !run.testMetrics.isEmpty())
        sources.push_back({ Test, tr("Test"),
            tr("Rows never seen during training (%1): the fairest estimate of "
               "how the model will do on new customers.")
                .arg(fmt::count(run.testRows)),
            &run.testMetrics });
    if (run.cv)
        sources.push_back({ CvMean, tr("Cross-validation"),
            tr("Mean ± standard deviation over %1 folds, each trained on the other folds.")
                .arg(run.cv->folds.size()),
            &run.cv->mean });

    const QStringList keys = metricnames::keysFor(run.task);
    QStringList shown;
    for (const QString& k : keys)
        for (const Source& s : sources)
            if (s.values->contains(k)) {
                shown << k;
                break;
            }
    setColumnCount(1 + static_cast<int>(sources.size()));
    setRowCount(static_cast<int>(shown.size()));
    auto* metricHeader = new QTableWidgetItem(tr("Metric"));
    setHorizontalHeaderItem(0, metricHeader);
    for (std::size_t c = 0; c < sources.size(); ++c) {
        auto* h = new QTableWidgetItem(sources[c].title);
        h->setData(Qt::UserRole, static_cast<int>(sources[c].set));
        h->setToolTip(sources[c].tooltip);
        setHorizontalHeaderItem(static_cast<int>(c) + 1, h);
    }
    const QString keyMetric = metricnames::keyMetric(run.task);
    for (int r = 0; r < shown.size(); ++r) {
        const QString& k = shown[r];
        auto* name = new QTableWidgetItem(metricnames::label(k));
        name->setData(kKeyRole, k);
        const QString better
            = metricnames::higherIsBetter(k) ? tr("Higher is better.") : tr("Lower is better.");
        name->setToolTip(QStringLiteral("<p>%1</p><p>%2</p>")
                             .arg(metricnames::explanation(k).toHtmlEscaped(),
                                 k == QLatin1String("mape_skipped") ? QString() : better.toHtmlEscaped()));
        if (k == keyMetric) {
            QFont f = name->font();
            f.setBold(true);
            name->setFont(f);
        }
        setItem(r, 0, name);
        for (std::size_t c = 0; c < sources.size(); ++c) {
            const QJsonValue v = sources[c].values->value(k);
            const double d = v.isDouble() ? v.toDouble() : std::numeric_limits<double>::quiet_NaN();
            QString text = fmt::number(d);
            if (sources[c].set == CvMean && run.cv && run.cv->std.value(k).isDouble())
                text += QStringLiteral(" ± ") + fmt::number(run.cv->std.value(k).toDouble());
            auto* cell = new QTableWidgetItem(text);
            cell->setData(Qt::UserRole, d);
            cell->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            cell->setToolTip(name->toolTip());
            setItem(r, static_cast<int>(c) + 1, cell);
        }
    }
    horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int c = 1; c < columnCount(); ++c)
        horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
}

int MetricsTable::rowOf(const QString& key) const
{
    for (int r = 0; r < rowCount(); ++r)
        if (item(r, 0) && item(r, 0)->data(kKeyRole).toString() == key)
            return r;
    return -1;
}

int MetricsTable::columnOf(Set set) const
{
    for (int c = 1; c < columnCount(); ++c)
        if (horizontalHeaderItem(c) && horizontalHeaderItem(c)->data(Qt::UserRole).toInt() == set)
            return c;
    return -1;
}

double MetricsTable::value(const QString& key, Set set) const
{
    const int r = rowOf(key);
    const int c = columnOf(set);
    if (r < 0 || c < 0 || !item(r, c))
        return std::numeric_limits<double>::quiet_NaN();
    return item(r, c)->data(Qt::UserRole).toDouble();
}

} // namespace pp
