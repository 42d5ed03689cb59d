#include "widgets/runs_table.h"

#include "format.h"
#include "metric_names.h"
#include "run_snapshot.h"
#include "session_runs.h"

#include <QHeaderView>
#include <QJsonArray>

#include <algorithm>

namespace pp {

RunsTable::RunsTable(SessionRuns* runs, QWidget* parent)
    : QTableWidget(parent)
    , m_runs(runs)
{
    setObjectName(QStringLiteral("runsTable"));
    setColumnCount(FieldCount);
    setHorizontalHeaderLabels(
        { tr("Run"), tr("Model"), tr("Task"), tr("Key metric"), tr("Status"), tr("Rows"), tr("Settings") });
    horizontalHeaderItem(MetricField)
        ->setToolTip(
            tr("R² for regression, accuracy for classification, micro F1 for multi-label; on the test "
               "rows, or the validation rows when there is no test set."));
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setAlternatingRowColors(true);
    setWordWrap(false);
    verticalHeader()->setVisible(false);
    horizontalHeader()->setStretchLastSection(true);
    for (int f = NameField; f < SettingsField; ++f)
        horizontalHeader()->setSectionResizeMode(f, QHeaderView::ResizeToContents);
    connect(m_runs, &SessionRuns::runAdded, this, &RunsTable::addRow);
    connect(m_runs, &SessionRuns::cleared, this, &RunsTable::rebuild);
    connect(this, &QTableWidget::itemSelectionChanged, this, &RunsTable::selectedRunsChanged);
    connect(this, &QTableWidget::itemActivated, this, [this](QTableWidgetItem* item) {
        if (item)
            Q_EMIT runActivated(item->row());
    });
    rebuild();
}

void RunsTable::rebuild()
{
    setRowCount(0);
    for (int i = 0; i < m_runs->count(); ++i)
        addRow(i);
}

QString RunsTable::keyMetricText(const RunSnapshot& run)
{
    const QString key = metricnames::keyMetric(run.task);
    const bool test = run.testRows > 0 && run.testMetrics.value(key).isDouble();
    const QJsonObject& m = test ? run.testMetrics : run.validMetrics;
    if (!m.value(key).isDouble())
        return QStringLiteral("—");
    // The short name is the part before " (": "R²", "Accuracy".
    QString name = metricnames::label(key);
    name = name.left(
        name.indexOf(QStringLiteral(" (")) >= 0 ? name.indexOf(QStringLiteral(" (")) : name.size());
    return tr("%1 %2 (%3)")
        .arg(name, fmt::number(m.value(key).toDouble()), test ? tr("test") : tr("validation"));
}

QString RunsTable::settingsText(const RunSnapshot& run)
{
    QStringList parts;
    for (auto it = run.params.begin(); it != run.params.end(); ++it) {
        QString v;
        if (it.value().isArray()) {
            QStringList items;
            for (const QJsonValue& x : it.value().toArray())
                items << x.toVariant().toString();
            v = items.join(QLatin1Char(','));
        } else {
            v = it.value().toVariant().toString();
        }
        parts << it.key() + QLatin1Char('=') + v;
    }
    return parts.join(QStringLiteral(", "));
}

void RunsTable::addRow(int index)
{
    const RunSnapshot& run = m_runs->at(index);
    const int row = rowCount();
    insertRow(row);
    QString status = run.status;
    if (status == QLatin1String("done"))
        status = tr("Done");
    else if (status == QLatin1String("stopped"))
        status = tr("Stopped (partial)");
    const QString settings = settingsText(run);
    const QString rows
        = tr("%1 / %2 / %3")
              .arg(fmt::count(run.trainRows), fmt::count(run.validRows), fmt::count(run.testRows));
    const ModelInfo* info = ModelRegistry::instance().find(run.model);
    const QString model = info ? info->displayName() : run.model;
    const QStringList texts
        = { run.name, model, taskDisplayName(run.task), keyMetricText(run), status, rows, settings };
    for (int f = 0; f < FieldCount; ++f) {
        auto* item = new QTableWidgetItem(texts[f]);
        item->setData(Qt::UserRole, index);
        setItem(row, f, item);
    }
    item(row, RowsField)->setToolTip(tr("Train / validation / test rows"));
    QString tip = tr("Target: %1").arg(run.targets.join(QStringLiteral(", ")));
    if (!settings.isEmpty())
        tip += QStringLiteral("\n") + settings.split(QStringLiteral(", ")).join(QLatin1Char('\n'));
    if (!run.pipelineSteps.isEmpty())
        tip += QStringLiteral("\n\n") + tr("Pipeline:") + QStringLiteral("\n")
            + run.pipelineSteps.join(QLatin1Char('\n'));
    item(row, SettingsField)->setToolTip(tip);
    item(row, NameField)->setToolTip(tip);
}

QList<int> RunsTable::selectedRuns() const
{
    QList<int> out;
    for (const QModelIndex& index : selectionModel()->selectedRows())
        out << index.row();
    std::sort(out.begin(), out.end());
    return out;
}

void RunsTable::selectRun(int index)
{
    if (index < 0 || index >= rowCount())
        return;
    selectRow(index);
}

} // namespace pp
