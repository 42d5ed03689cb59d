#include "widgets/impute_preview_panel.h"

#include "charts/chart_helpers.h"
#include "charts/chart_view.h"
#include "format.h"
#include "job_runner.h"
#include "session.h"
#include "stats/missingness.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QComboBox>
#include <QCursor>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QPushButton>
#include <QSpinBox>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>

namespace pp {

namespace {

const QString kJob = QStringLiteral("explore-impute");

// The outline of a histogram as a step line over the bins.
QLineSeries* stepLine(const std::vector<double>& edges, const std::vector<qint64>& counts)
{
    auto* line = new QLineSeries();
    QList<QPointF> points;
    points.reserve(static_cast<qsizetype>(counts.size() * 2 + 2));
    points.append(QPointF(edges.front(), 0.0));
    for (std::size_t i = 0; i < counts.size(); ++i) {
        points.append(QPointF(edges[i], static_cast<double>(counts[i])));
        points.append(QPointF(edges[i + 1], static_cast<double>(counts[i])));
    }
    points.append(QPointF(edges.back(), 0.0));
    line->replace(points);
    return line;
}

QString methodName(ImputeMethod method)
{
    switch (method) {
    case ImputeMethod::Mean:
        return ImputePreviewPanel::tr("Mean");
    case ImputeMethod::Median:
        return ImputePreviewPanel::tr("Median");
    case ImputeMethod::MostFrequent:
        return ImputePreviewPanel::tr("Most frequent");
    case ImputeMethod::Constant:
        return ImputePreviewPanel::tr("Constant");
    case ImputeMethod::Linear:
        return ImputePreviewPanel::tr("Linear interpolation");
    case ImputeMethod::Knn:
        return ImputePreviewPanel::tr("k nearest neighbours");
    case ImputeMethod::MissingCategory:
        return ImputePreviewPanel::tr("New category \"missing\"");
    }
    return QString();
}

} // namespace

ImputePreviewPanel::ImputePreviewPanel(Session* session, QWidget* parent)
    : QWidget(parent), m_session(session), m_column(new QComboBox(this)), m_method(new QComboBox(this)),
      m_constant(new QLineEdit(this)), m_neighbors(new QSpinBox(this)), m_orderByLabel(new QLabel(this)),
      m_orderBy(new QComboBox(this)), m_propose(new QPushButton(this)),
      m_note(new QLabel(this)), m_chart(new ChartView(this))
{
    m_column->setObjectName(QStringLiteral("imputeColumn"));
    m_column->setToolTip(tr("Numeric, categorical and yes/no columns with missing values"));
    m_method->setObjectName(QStringLiteral("imputeMethod"));
    for (const ImputeMethod method : imputeMethodsFor(ColumnType::Numeric))
        m_method->addItem(methodName(method), int(method));
    m_method->setCurrentIndex(1);
    m_method->setToolTip(tr("The methods of the pipeline's imputation steps for this column's type"));
    m_constant->setObjectName(QStringLiteral("imputeConstant"));
    m_constant->setPlaceholderText(QStringLiteral("0"));
    m_constant->setToolTip(tr("The value that fills the gaps"));
    m_constant->setMaximumWidth(90);
    m_neighbors->setObjectName(QStringLiteral("imputeNeighbors"));
    m_neighbors->setRange(1, 100);
    m_neighbors->setValue(5);
    m_neighbors->setPrefix(QStringLiteral("k = "));
    m_neighbors->setToolTip(tr("How many of the most similar rows (by the other numeric columns) give their mean"));
    m_orderByLabel->setText(tr("ordered by"));
    m_orderBy->setObjectName(QStringLiteral("imputeOrderBy"));
    m_orderBy->setToolTip(tr("Rows are sorted by this column (e.g. a date) before interpolating; "
                             "rows without a value in it come last"));
    m_propose->setObjectName(QStringLiteral("imputeProposeButton"));
    m_propose->setText(tr("Add to Pipeline"));
    m_propose->setToolTip(tr("Sends this imputation to the Prepare page as a pipeline step"));
    m_note->setObjectName(QStringLiteral("imputeNote"));
    m_note->setWordWrap(true);
    m_chart->setObjectName(QStringLiteral("imputeChart"));
    m_chart->setExportName(QStringLiteral("imputation-preview"));

    auto* controls = new QHBoxLayout();
    controls->addWidget(new QLabel(tr("Impute"), this));
    controls->addWidget(m_column, 1);
    controls->addWidget(new QLabel(tr("with"), this));
    controls->addWidget(m_method, 1);
    controls->addWidget(m_constant);
    controls->addWidget(m_neighbors);
    controls->addWidget(m_orderByLabel);
    controls->addWidget(m_orderBy, 1);
    controls->addWidget(m_propose);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(controls);
    layout->addWidget(m_chart, 1);
    layout->addWidget(m_note);

    connect(m_column, &QComboBox::currentIndexChanged, this, [this]() {
        updateChoices();
        updateControls();
        compute();
    });
    connect(m_orderBy, &QComboBox::currentIndexChanged, this, &ImputePreviewPanel::compute);
    connect(m_method, &QComboBox::currentIndexChanged, this, [this]() {
        updateControls();
        compute();
    });
    connect(m_constant, &QLineEdit::editingFinished, this, &ImputePreviewPanel::compute);
    connect(m_neighbors, &QSpinBox::valueChanged, this, &ImputePreviewPanel::compute);
    connect(m_propose, &QPushButton::clicked, this, [this]() {
        const std::shared_ptr<const Table> table = m_session->table();
        if (!table || m_column->currentIndex() < 0)
            return;
        const Status added = m_session->proposeStep(imputeStepJson(*table, request()));
        m_note->setText(added.ok() ? tr("Sent to the Prepare page.") : added.error().message);
    });
    updateControls();
    reset();
}

void ImputePreviewPanel::reset()
{
    m_cache.clear();
    m_preview.reset();
    m_filled = false;
    {
        const QSignalBlocker blocker(m_column);
        m_column->clear();
    }
    {
        const QSignalBlocker blocker(m_orderBy);
        m_orderBy->clear();
    }
    charts::clear(m_chart->chart());
    m_chart->setTitle(tr("Imputation preview"));
    m_chart->setSubtitle(QString());
    m_note->clear();
    updateControls();
}

void ImputePreviewPanel::activate(const MissingnessReport& report)
{
    const std::shared_ptr<const Table> table = m_session->table();
    if (!table)
        return;
    if (!m_filled) {
        m_filled = true;
        const QSignalBlocker blocker(m_column);
        m_column->clear();
        for (const ColumnMissingness& c : report.columns) {  // most missing first
            const Column& column = table->column(static_cast<std::size_t>(c.column));
            // A column without any value has nothing to learn a fill value from.
            if (c.missing > 0 && c.missing < report.rows && imputePreviewSupports(column))
                m_column->addItem(column.name(), c.column);
        }
        if (m_column->count() > 0)
            m_column->setCurrentIndex(0);
        updateChoices();
    }
    updateControls();
    if (m_column->count() == 0) {
        m_chart->setSubtitle(tr("No numeric, categorical or yes/no column has missing values."));
        return;
    }
    compute();
}

ImputeRequest ImputePreviewPanel::request() const
{
    ImputeRequest r;
    r.column = m_column->currentIndex() < 0 ? -1 : m_column->currentData().toInt();
    r.method = static_cast<ImputeMethod>(m_method->currentData().toInt());
    r.constant = m_constant->text();
    r.neighbors = m_neighbors->value();
    r.orderBy = m_orderBy->currentIndex() < 0 ? QString() : m_orderBy->currentData().toString();
    return r;
}

QString ImputePreviewPanel::cacheKey(const ImputeRequest& r) const
{
    return QStringLiteral("%1/%2/%3/%4/%5")
        .arg(r.column)
        .arg(int(r.method))
        .arg(r.constant)
        .arg(r.neighbors)
        .arg(r.method == ImputeMethod::Linear ? r.orderBy : QString());
}

void ImputePreviewPanel::updateChoices()
{
    const std::shared_ptr<const Table> table = m_session->table();
    const int column = m_column->currentIndex() < 0 ? -1 : m_column->currentData().toInt();
    if (!table || column < 0 || static_cast<std::size_t>(column) >= table->columnCount())
        return;
    const ColumnType type = table->column(static_cast<std::size_t>(column)).type();
    if (type != m_columnType) {
        // The methods the pipeline has for this type, its usual one chosen; a constant typed
        // for another type would not fit.
        m_columnType = type;
        const QSignalBlocker blocker(m_method);
        m_method->clear();
        for (const ImputeMethod method : imputeMethodsFor(type))
            m_method->addItem(methodName(method), int(method));
        const int at =
            m_method->findData(int(type == ColumnType::Numeric ? ImputeMethod::Median : ImputeMethod::MostFrequent));
        m_method->setCurrentIndex(std::max(at, 0));
        m_constant->clear();
    }
    m_constant->setPlaceholderText(type == ColumnType::Categorical ? QStringLiteral("missing")
                                   : type == ColumnType::Boolean   ? QStringLiteral("false")
                                                                   : QStringLiteral("0"));
    {
        const QSignalBlocker blocker(m_orderBy);
        const QString current = m_orderBy->currentData().toString();
        m_orderBy->clear();
        m_orderBy->addItem(tr("row order"), QString());
        for (const int c : interpolationOrderColumns(*table, column)) {
            const QString& name = table->column(static_cast<std::size_t>(c)).name();
            m_orderBy->addItem(name, name);
        }
        m_orderBy->setCurrentIndex(std::max(m_orderBy->findData(current), 0));
    }
}

void ImputePreviewPanel::updateControls()
{
    const auto method = static_cast<ImputeMethod>(m_method->currentData().toInt());
    m_constant->setVisible(method == ImputeMethod::Constant);
    m_neighbors->setVisible(method == ImputeMethod::Knn);
    m_orderByLabel->setVisible(method == ImputeMethod::Linear);
    m_orderBy->setVisible(method == ImputeMethod::Linear);
    const bool any = m_column->count() > 0;
    m_column->setEnabled(any);
    m_method->setEnabled(any);
    m_propose->setEnabled(any);
}

void ImputePreviewPanel::compute()
{
    const std::shared_ptr<const Table> table = m_session->table();
    const ImputeRequest r = request();
    if (!table || r.column < 0)
        return;
    const QString key = cacheKey(r);
    if (std::shared_ptr<const ImputePreview> cached = m_cache.find(key)) {
        show(cached);
        return;
    }
    m_note->setText(tr("Computing…"));
    m_session->jobs()->run<Result<ImputePreview>>(
        kJob, tr("Previewing the imputation"),
        [table, r](JobControl* job) { return computeImputePreview(*table, r, job); }, this,
        [this, table, key](Result<ImputePreview> result) {
            if (table != m_session->table())
                return;
            if (!result.ok()) {
                if (!result.cancelled())
                    m_note->setText(result.error().message);
                return;
            }
            auto preview = std::make_shared<const ImputePreview>(result.take());
            m_cache.insert(key, preview);
            show(preview);
        });
}

void ImputePreviewPanel::show(std::shared_ptr<const ImputePreview> preview)
{
    m_preview = std::move(preview);
    const ImputePreview& p = *m_preview;
    charts::clear(m_chart->chart());
    m_chart->setTitle(tr("Imputation preview: %1").arg(charts::elided(p.column, 28)));
    if (p.categorical)
        showCategories(p);
    else
        showNumeric(p);
}

void ImputePreviewPanel::showNumeric(const ImputePreview& p)
{
    QChart* chart = m_chart->chart();
    QStringList notes;
    notes << (p.sampled ? tr("On a random sample of %1 of %2 rows").arg(fmt::count(p.rows), fmt::count(p.tableRows))
                        : tr("%Ln missing value(s) filled", nullptr, static_cast<int>(p.filled)));
    if (p.outside > 0)
        notes << tr("central 99% shown");
    m_chart->setSubtitle(notes.join(QStringLiteral(" · ")));
    m_note->setText(tr("%1. Mean before: %2, after: %3.")
                        .arg(p.description, fmt::number(p.meanBefore), fmt::number(p.meanAfter)));
    if (p.edges.size() < 2)
        return;
    QLineSeries* afterLine = stepLine(p.edges, p.after);
    auto* after = new QAreaSeries(afterLine);
    after->setName(tr("After imputation"));
    QColor fill = charts::seriesColor(1);
    fill.setAlpha(150);
    after->setColor(fill);
    after->setBorderColor(charts::seriesColor(1).darker(120));
    QLineSeries* before = stepLine(p.edges, p.before);
    before->setName(tr("Before (observed values)"));
    before->setPen(QPen(charts::seriesColor(0), 2.0));
    chart->addSeries(after);
    chart->addSeries(before);
    const qint64 peak = p.after.empty() ? 1 : *std::max_element(p.after.begin(), p.after.end());
    charts::addAxis(chart, charts::valueAxis(p.edges.front(), p.edges.back(), p.column), Qt::AlignBottom);
    charts::addAxis(chart, charts::countAxis(static_cast<double>(peak), tr("Number of rows")), Qt::AlignLeft);
}

void ImputePreviewPanel::showCategories(const ImputePreview& p)
{
    QChart* chart = m_chart->chart();
    QStringList notes{tr("%Ln missing value(s) filled", nullptr, static_cast<int>(p.filled)),
                      tr("whole bar = after imputation")};
    if (p.otherCategories > 0)
        notes << tr("top %n categories", nullptr, static_cast<int>(p.labels.size() - 1));
    m_chart->setSubtitle(notes.join(QStringLiteral(" · ")));
    qint64 fillBefore = 0, fillAfter = 0;
    for (std::size_t i = 0; i < p.labels.size(); ++i) {
        if (p.labels[i] == p.fillLabel && p.after[i] > p.before[i]) {
            fillBefore = p.before[i];
            fillAfter = p.after[i];
        }
    }
    m_note->setText(p.fillLabel.isNull()
                        ? tr("%1. No value was filled.").arg(p.description)
                        : tr("%1. '%2': %3 rows before, %4 after.")
                              .arg(p.description, p.fillLabel, fmt::count(fillBefore), fmt::count(fillAfter)));
    if (p.labels.empty())
        return;
    // Most rows at the top: a horizontal bar axis runs bottom-up.
    auto* observed = new QBarSet(tr("Before (observed values)"));
    observed->setColor(charts::seriesColor(0));
    observed->setBorderColor(charts::seriesColor(0));
    auto* filled = new QBarSet(tr("Filled by imputation"));
    filled->setColor(charts::seriesColor(1));
    filled->setBorderColor(charts::seriesColor(1).darker(130));
    QStringList labels;
    const int n = static_cast<int>(p.labels.size());
    for (int i = n - 1; i >= 0; --i) {
        const auto k = static_cast<std::size_t>(i);
        observed->append(static_cast<qreal>(p.before[k]));
        filled->append(static_cast<qreal>(p.after[k] - p.before[k]));
        QString label = charts::elided(p.labels[k], 22);
        while (labels.contains(label))  // categories of a bar axis must be unique
            label += QLatin1Char(' ');
        labels << label;
    }
    auto* series = new QHorizontalStackedBarSeries();
    series->append(observed);
    series->append(filled);
    series->setBarWidth(0.7);
    chart->addSeries(series);
    const std::shared_ptr<const ImputePreview> keep = m_preview;
    const auto hover = [keep, n](bool on, int index) {
        if (!on || index < 0 || index >= n) {
            QToolTip::hideText();
            return;
        }
        const auto k = static_cast<std::size_t>(n - 1 - index);
        QToolTip::showText(QCursor::pos(), tr("%1: %2 rows before, %3 after imputation")
                                               .arg(keep->labels[k], fmt::count(keep->before[k]),
                                                    fmt::count(keep->after[k])));
    };
    connect(observed, &QBarSet::hovered, this, hover);
    connect(filled, &QBarSet::hovered, this, hover);
    auto* axis = new QBarCategoryAxis();
    axis->append(labels);
    axis->setTitleText(charts::elided(p.column, 28));
    charts::addAxis(chart, axis, Qt::AlignLeft);
    const qint64 peak = *std::max_element(p.after.begin(), p.after.end());
    charts::addAxis(chart, charts::countAxis(static_cast<double>(std::max<qint64>(peak, 1)), tr("Number of rows")),
                    Qt::AlignBottom);
}

} // namespace pp
