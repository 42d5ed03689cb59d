#include "widgets/run_compare_view.h"

#include "charts/chart_view.h"
#include "models/runs_model.h"
#include "stored_run.h"
#include "ml/task.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableWidget>
#include <QValueAxis>
#include <QVBoxLayout>

#include <cmath>
#include <iterator>
#include <limits>
#include <map>
#include <set>

namespace pp {

namespace {

/// Curves longer than this are thinned (every k-th point, and the last) before drawing.
constexpr std::size_t kMaxCurvePoints = 2000;

QString jsonText(const QJsonValue& v)
{
    switch (v.type()) {
    case QJsonValue::Undefined:
    case QJsonValue::Null: return QString();
    case QJsonValue::Bool: return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: return QLocale::c().toString(v.toDouble(), 'g', 10);
    case QJsonValue::String: return v.toString();
    case QJsonValue::Array: {
        // A list of plain values reads best as "a, b, c".
        QStringList items;
        for (const QJsonValue& item : v.toArray()) {
            if (item.isArray() || item.isObject())
                return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
            items << jsonText(item);
        }
        return items.join(QStringLiteral(", "));
    }
    case QJsonValue::Object: break;
    }
    return QString::fromUtf8(QJsonDocument(v.isArray() ? QJsonDocument(v.toArray()) : QJsonDocument(v.toObject()))
                                 .toJson(QJsonDocument::Compact));
}

struct MetricSpec
{
    const char* key;
    bool higherIsBetter;
};
constexpr MetricSpec kMetrics[] = {{"r2", true},       {"rmse", false},    {"mae", false},
                                   {"accuracy", true}, {"f1_macro", true}, {"roc_auc", true}};

} // namespace

RunCompareView::RunCompareView(QWidget* parent)
    : QWidget(parent), m_stack(new QStackedWidget(this)), m_hint(new QLabel(this)), m_tabs(new QTabWidget(this)),
      m_lossChoice(new QComboBox(this)), m_curves(new ChartView(this)), m_metricsPanel(new QWidget(this)),
      m_metricsGrid(new QGridLayout()), m_metricsNote(new QLabel(this)), m_params(new QTableWidget(this)),
      m_onlyDifferences(new QCheckBox(tr("Only settings that differ"), this))
{
    m_hint->setObjectName(QStringLiteral("compareHint"));
    m_hint->setAlignment(Qt::AlignCenter);
    m_hint->setWordWrap(true);
    m_hint->setText(tr("Select one or more runs above to compare their training curves, metrics and settings."));
    QPalette muted = m_hint->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
    m_hint->setPalette(muted);

    // --- Curves ---------------------------------------------------------------------------------
    auto* curvesPage = new QWidget(this);
    m_lossChoice->setObjectName(QStringLiteral("lossChoice"));
    m_lossChoice->addItem(tr("Validation loss"), true);
    m_lossChoice->addItem(tr("Training loss"), false);
    connect(m_lossChoice, &QComboBox::currentIndexChanged, this, &RunCompareView::rebuildCurves);
    auto* curvesBar = new QHBoxLayout();
    curvesBar->addWidget(new QLabel(tr("Show:"), this));
    curvesBar->addWidget(m_lossChoice);
    curvesBar->addStretch(1);
    m_curves->setObjectName(QStringLiteral("compareCurves"));
    m_curves->setExportName(QStringLiteral("compare-curves"));
    m_curves->setZoomable(true);
    auto* curvesLayout = new QVBoxLayout(curvesPage);
    curvesLayout->setContentsMargins(4, 4, 4, 4);
    curvesLayout->addLayout(curvesBar);
    curvesLayout->addWidget(m_curves, 1);

    // --- Metrics --------------------------------------------------------------------------------
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* metricsLayout = new QVBoxLayout(m_metricsPanel);
    metricsLayout->setContentsMargins(4, 4, 4, 4);
    m_metricsNote->setWordWrap(true);
    metricsLayout->addWidget(m_metricsNote);
    metricsLayout->addLayout(m_metricsGrid, 1);
    scroll->setWidget(m_metricsPanel);

    // --- Settings -------------------------------------------------------------------------------
    auto* paramsPage = new QWidget(this);
    m_params->setObjectName(QStringLiteral("paramsDiff"));
    m_params->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_params->setSelectionMode(QAbstractItemView::ContiguousSelection);
    m_params->verticalHeader()->setVisible(false);
    m_params->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_params->setAlternatingRowColors(false);
    m_params->horizontalHeader()->setStretchLastSection(true);
    m_onlyDifferences->setObjectName(QStringLiteral("onlyDifferences"));
    connect(m_onlyDifferences, &QCheckBox::toggled, this, &RunCompareView::applyDifferencesFilter);
    auto* paramsLayout = new QVBoxLayout(paramsPage);
    paramsLayout->setContentsMargins(4, 4, 4, 4);
    paramsLayout->addWidget(m_onlyDifferences);
    paramsLayout->addWidget(m_params, 1);

    m_tabs->setObjectName(QStringLiteral("compareTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(curvesPage, tr("Training Curves"));
    m_tabs->addTab(scroll, tr("Metrics"));
    m_tabs->addTab(paramsPage, tr("Settings"));

    m_stack->addWidget(m_hint);
    m_stack->addWidget(m_tabs);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    setRuns({});
}

QColor RunCompareView::runColor(int i)
{
    // Tableau 10: distinct, and readable on white.
    static const QColor colors[] = {QColor(0x4e, 0x79, 0xa7), QColor(0xf2, 0x8e, 0x2b), QColor(0xe1, 0x57, 0x59),
                                    QColor(0x76, 0xb7, 0xb2), QColor(0x59, 0xa1, 0x4f), QColor(0xed, 0xc9, 0x48),
                                    QColor(0xb0, 0x7a, 0xa1), QColor(0xff, 0x9d, 0xa7), QColor(0x9c, 0x75, 0x5f),
                                    QColor(0xba, 0xb0, 0xac)};
    return colors[static_cast<std::size_t>(i) % std::size(colors)];
}

QString RunCompareView::runLabel(const store::RunInfo& run)
{
    return QStringLiteral("#%1 %2").arg(run.id).arg(run.name.isEmpty() ? run.model : run.name);
}

void RunCompareView::setRuns(std::vector<Run> runs)
{
    m_runs = std::move(runs);
    m_stack->setCurrentWidget(m_runs.empty() ? static_cast<QWidget*>(m_hint) : m_tabs);
    // Validation loss by default when some run has one.
    bool anyValid = false;
    for (const Run& r : m_runs)
        for (const EpochRecord& e : r.history)
            anyValid = anyValid || !std::isnan(e.validLoss);
    {
        const QSignalBlocker block(m_lossChoice);
        if (!m_runs.empty())
            m_lossChoice->setCurrentIndex(anyValid ? 0 : 1);
    }
    rebuildCurves();
    rebuildMetrics();
    rebuildParams();
}

void RunCompareView::setCurrentTab(Tab tab) { m_tabs->setCurrentIndex(static_cast<int>(tab)); }

bool RunCompareView::showsValidationLoss() const { return m_lossChoice->currentData().toBool(); }

void RunCompareView::setShowValidationLoss(bool valid) { m_lossChoice->setCurrentIndex(valid ? 0 : 1); }

QList<QLineSeries*> RunCompareView::curveSeries() const
{
    QList<QLineSeries*> out;
    for (QAbstractSeries* s : m_curves->chart()->series())
        if (auto* line = qobject_cast<QLineSeries*>(s))
            out << line;
    return out;
}

void RunCompareView::rebuildCurves()
{
    QChart* chart = m_curves->chart();
    chart->removeAllSeries();
    for (QAbstractAxis* axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
    const bool valid = showsValidationLoss();
    m_curves->setTitle(valid ? tr("Validation loss by epoch") : tr("Training loss by epoch"));

    auto* x = new QValueAxis(chart);
    auto* y = new QValueAxis(chart);
    ChartView::styleAxis(x, tr("Epoch / boosting round"));
    ChartView::styleAxis(y, tr("Loss"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    double xMax = 1, yMin = std::numeric_limits<double>::infinity(), yMax = -yMin;
    QStringList withoutCurve;
    for (std::size_t i = 0; i < m_runs.size(); ++i) {
        const Run& run = m_runs[i];
        QList<QPointF> points;
        const std::size_t n = run.history.size();
        const std::size_t step = n > kMaxCurvePoints ? (n + kMaxCurvePoints - 1) / kMaxCurvePoints : 1;
        for (std::size_t k = 0; k < n; ++k) {
            if (k % step != 0 && k + 1 != n)
                continue;
            const EpochRecord& e = run.history[k];
            const double v = valid ? e.validLoss : e.trainLoss;
            if (!std::isfinite(v))
                continue;
            points.append(QPointF(e.epoch, v));
            xMax = std::max(xMax, double(e.epoch));
            yMin = std::min(yMin, v);
            yMax = std::max(yMax, v);
        }
        if (points.isEmpty()) {
            withoutCurve << runLabel(run.info);
            continue;
        }
        auto* series = new QLineSeries(chart);
        series->setName(runLabel(run.info));
        series->setProperty("runId", run.info.id);
        QPen pen(runColor(static_cast<int>(i)));
        pen.setWidthF(2.0);
        series->setPen(pen);
        series->replace(points);
        chart->addSeries(series);
        series->attachAxis(x);
        series->attachAxis(y);
    }
    if (!std::isfinite(yMin)) {
        yMin = 0;
        yMax = 1;
    } else if (yMax - yMin < 1e-12) {
        yMin -= 0.5;
        yMax += 0.5;
    } else {
        const double pad = (yMax - yMin) * 0.05;
        yMin -= pad;
        yMax += pad;
    }
    x->setRange(0, xMax);
    y->setRange(yMin, yMax);
    x->applyNiceNumbers();
    y->applyNiceNumbers();
    x->setLabelFormat(QStringLiteral("%d"));
    y->setLabelFormat(QStringLiteral("%g"));
    chart->legend()->setVisible(true);
    chart->legend()->setAlignment(Qt::AlignBottom);
    m_curves->setSubtitle(withoutCurve.isEmpty()
                              ? QString()
                              : tr("No curve recorded for: %1 (models fitted in one step have none)")
                                    .arg(withoutCurve.join(QStringLiteral(", "))));
}

void RunCompareView::rebuildMetrics()
{
    for (ChartView* chart : m_metricCharts)
        delete chart;
    m_metricCharts.clear();
    std::vector<QJsonObject> metrics;
    for (const Run& r : m_runs)
        metrics.push_back(StoredRun::keyMetrics(r.info.metrics));

    int slot = 0;
    for (const MetricSpec& spec : kMetrics) {
        const QString key = QLatin1String(spec.key);
        bool any = false;
        for (const QJsonObject& m : metrics)
            any = any || m.value(key).isDouble();
        if (!any)
            continue;
        auto* view = new ChartView(m_metricsPanel);
        view->setObjectName(QStringLiteral("metricChart_") + key);
        view->setExportName(QStringLiteral("compare-") + key);
        view->setMinimumHeight(230);
        QChart* chart = view->chart();
        auto* series = new QBarSeries(chart);
        double lo = 0, hi = 0;
        for (std::size_t i = 0; i < m_runs.size(); ++i) {
            auto* set = new QBarSet(runLabel(m_runs[i].info), series);
            const QJsonValue v = metrics[i].value(key);
            // A run without this metric gets an empty bar (0), named so in its tooltip.
            const double value = v.isDouble() && std::isfinite(v.toDouble()) ? v.toDouble() : 0.0;
            set->append(value);
            set->setColor(runColor(static_cast<int>(i)));
            set->setBorderColor(runColor(static_cast<int>(i)).darker(120));
            lo = std::min(lo, value);
            hi = std::max(hi, value);
            series->append(set);
        }
        series->setLabelsVisible(true);
        series->setLabelsFormat(QStringLiteral("@value"));
        series->setLabelsPrecision(4);
        series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
        for (QBarSet* set : series->barSets())
            set->setLabelColor(palette().color(QPalette::Text));
        chart->addSeries(series);
        auto* categories = new QBarCategoryAxis(chart);
        categories->append(RunsModel::metricDisplayName(key));
        auto* values = new QValueAxis(chart);
        ChartView::styleAxis(categories, QString());
        ChartView::styleAxis(values, QString());
        values->setRange(lo, hi > lo ? hi * 1.15 : lo + 1);  // room for the value above the bar
        values->applyNiceNumbers();
        values->setLabelFormat(QStringLiteral("%g"));
        categories->setVisible(false);  // the title names the metric
        chart->addAxis(categories, Qt::AlignBottom);
        chart->addAxis(values, Qt::AlignLeft);
        series->attachAxis(categories);
        series->attachAxis(values);
        chart->legend()->setVisible(false);  // one legend for all charts, above them
        view->setTitle(categories->categories().value(0));
        view->setSubtitle(spec.higherIsBetter ? tr("higher is better") : tr("lower is better"));
        m_metricsGrid->addWidget(view, slot / 3, slot % 3);
        m_metricCharts.push_back(view);
        ++slot;
    }
    QStringList legend;
    for (std::size_t i = 0; i < m_runs.size(); ++i)
        legend << QStringLiteral("<span style=\"color:%1\">■</span>&nbsp;%2")
                      .arg(runColor(static_cast<int>(i)).name(), runLabel(m_runs[i].info).toHtmlEscaped());
    m_metricsNote->setText(m_metricCharts.empty()
                               ? tr("None of the selected runs has metrics (they did not finish).")
                               : legend.join(QStringLiteral("&nbsp;&nbsp;&nbsp; ")) + QStringLiteral("<br><small>")
                                     + tr("On the test rows of each run (validation rows when a run has no test split).")
                                     + QStringLiteral("</small>"));
}

void RunCompareView::rebuildParams()
{
    struct Row
    {
        QString key;
        QString label;
        QStringList values;
    };
    std::vector<Row> rows;
    auto add = [&](const QString& key, const QString& label, auto valueOf) {
        Row row{key, label, {}};
        for (const Run& r : m_runs)
            row.values << valueOf(r.info);
        rows.push_back(row);
    };
    using Info = store::RunInfo;
    add(QStringLiteral("model"), tr("Model"), [](const Info& r) { return RunsModel::modelDisplayName(r.model); });
    add(QStringLiteral("dataset"), tr("Data set"), [](const Info& r) { return r.datasetName; });
    add(QStringLiteral("task"), tr("Task"), [](const Info& r) { return taskDisplayName(StoredRun::task(r)); });
    add(QStringLiteral("seed"), tr("Seed"), [](const Info& r) { return QString::number(r.seed); });
    add(QStringLiteral("device"), tr("Device"), [](const Info& r) { return r.device; });
    // Runs record only the parameters the user set; the model's defaults fill in the rest,
    // so that a run left at the default compares with one that set it.
    std::vector<QJsonObject> params;
    std::vector<QStringList> defaulted;
    std::set<QString> splitKeys, paramKeys;
    for (const Run& r : m_runs) {
        QStringList defaults;
        params.push_back(StoredRun::effectiveParams(r.info, &defaults));
        defaulted.push_back(defaults);
        for (auto it = r.info.split.begin(); it != r.info.split.end(); ++it)
            splitKeys.insert(it.key());
        for (auto it = params.back().begin(); it != params.back().end(); ++it)
            paramKeys.insert(it.key());
    }
    const std::map<QString, QString> splitLabels = {
        {QStringLiteral("targets"), tr("Target")},           {QStringLiteral("method"), tr("Split method")},
        {QStringLiteral("test_size"), tr("Test share")},     {QStringLiteral("valid_size"), tr("Validation share")},
        {QStringLiteral("cv_folds"), tr("Cross-validation folds")}, {QStringLiteral("time_column"), tr("Time column")}};
    for (const QString& k : splitKeys) {
        const auto label = splitLabels.find(k);
        add(QStringLiteral("split.") + k, label != splitLabels.end() ? label->second : k,
            [&k](const Info& r) { return jsonText(r.split.value(k)); });
    }
    const int firstParamRow = static_cast<int>(rows.size());
    for (const QString& k : paramKeys) {
        Row row{k, k, {}};
        for (const QJsonObject& p : params)
            row.values << jsonText(p.value(k));
        rows.push_back(row);
    }

    m_params->clear();
    m_params->setRowCount(static_cast<int>(rows.size()));
    m_params->setColumnCount(static_cast<int>(m_runs.size()) + 1);
    QStringList headers{tr("Setting")};
    for (const Run& r : m_runs)
        headers << runLabel(r.info);
    m_params->setHorizontalHeaderLabels(headers);
    const QColor highlight(0xff, 0xf1, 0xc4);
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const Row& row = rows[i];
        const bool differs = QSet<QString>(row.values.begin(), row.values.end()).size() > 1;
        auto* keyItem = new QTableWidgetItem(row.label);
        keyItem->setData(DiffersRole, differs);
        keyItem->setData(Qt::UserRole, row.key);
        QFont f = keyItem->font();
        f.setBold(differs);
        keyItem->setFont(f);
        if (differs)
            keyItem->setToolTip(tr("The runs differ in this setting"));
        m_params->setItem(static_cast<int>(i), 0, keyItem);
        for (int c = 0; c < row.values.size(); ++c) {
            const QString text = row.values.at(c);
            auto* item = new QTableWidgetItem(text.isEmpty() ? QStringLiteral("—") : text);
            if (text.isEmpty())
                item->setForeground(palette().color(QPalette::PlaceholderText));
            m_params->setItem(static_cast<int>(i), c + 1, item);
        }
        if (differs)
            for (int c = 0; c < m_params->columnCount(); ++c)
                m_params->item(static_cast<int>(i), c)->setBackground(highlight);
    }
    // Values the run did not set (the model's defaults) are muted.
    for (std::size_t c = 0; c < m_runs.size(); ++c)
        for (int r = firstParamRow; r < m_params->rowCount(); ++r)
            if (defaulted[c].contains(rows[static_cast<std::size_t>(r)].key)) {
                QTableWidgetItem* item = m_params->item(r, static_cast<int>(c) + 1);
                item->setForeground(palette().color(QPalette::PlaceholderText));
                item->setToolTip(tr("The model's default"));
            }
    m_params->resizeColumnsToContents();
    for (int c = 0; c < m_params->columnCount(); ++c)
        m_params->setColumnWidth(c, std::min(m_params->columnWidth(c) + 16, 320));
    applyDifferencesFilter();
}

void RunCompareView::applyDifferencesFilter()
{
    const bool only = m_onlyDifferences->isChecked();
    for (int r = 0; r < m_params->rowCount(); ++r)
        m_params->setRowHidden(r, only && !m_params->item(r, 0)->data(DiffersRole).toBool());
}

QStringList RunCompareView::differingKeys() const
{
    QStringList keys;
    for (int r = 0; r < m_params->rowCount(); ++r)
        if (m_params->item(r, 0)->data(DiffersRole).toBool())
            keys << m_params->item(r, 0)->data(Qt::UserRole).toString();
    return keys;
}

} // namespace pp
