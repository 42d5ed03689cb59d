#include "widgets/impute_preview_panel.h"

#include "charts/chart_helpers.h"
#include "charts/chart_view.h"
#include "format.h"
#include "job_runner.h"
#include "session.h"
#include "stats/missingness.h"

#include <QAreaSeries>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QPushButton>
#include <QSpinBox>
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

} // namespace

ImputePreviewPanel::ImputePreviewPanel(Session* session, QWidget* parent)
    : QWidget(parent), m_session(session), m_column(new QComboBox(this)), m_method(new QComboBox(this)),
      m_constant(new QLineEdit(this)), m_neighbors(new QSpinBox(this)), m_propose(new QPushButton(this)),
      m_note(new QLabel(this)), m_chart(new ChartView(this))
{
    m_column->setObjectName(QStringLiteral("imputeColumn"));
    m_column->setToolTip(tr("Numeric columns with missing values"));
    m_method->setObjectName(QStringLiteral("imputeMethod"));
    m_method->addItem(tr("Mean"), int(ImputeMethod::Mean));
    m_method->addItem(tr("Median"), int(ImputeMethod::Median));
    m_method->addItem(tr("Most frequent"), int(ImputeMethod::MostFrequent));
    m_method->addItem(tr("Constant"), int(ImputeMethod::Constant));
    m_method->addItem(tr("Linear interpolation"), int(ImputeMethod::Linear));
    m_method->addItem(tr("k nearest neighbours"), int(ImputeMethod::Knn));
    m_method->setCurrentIndex(1);
    m_constant->setObjectName(QStringLiteral("imputeConstant"));
    m_constant->setPlaceholderText(QStringLiteral("0"));
    m_constant->setToolTip(tr("The value that fills the gaps"));
    m_constant->setMaximumWidth(90);
    m_neighbors->setObjectName(QStringLiteral("imputeNeighbors"));
    m_neighbors->setRange(1, 100);
    m_neighbors->setValue(5);
    m_neighbors->setPrefix(QStringLiteral("k = "));
    m_neighbors->setToolTip(tr("How many of the most similar rows (by the other numeric columns) give their mean"));
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
    controls->addWidget(m_propose);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(controls);
    layout->addWidget(m_chart, 1);
    layout->addWidget(m_note);

    connect(m_column, &QComboBox::currentIndexChanged, this, &ImputePreviewPanel::compute);
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
        m_session->proposeStep(imputeStepJson(*table, request()));
        m_note->setText(tr("Sent to the Prepare page."));
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
            if (c.missing > 0 && c.missing < report.rows && column.type() == ColumnType::Numeric
                && !column.isIdLike())
                m_column->addItem(column.name(), c.column);
        }
        if (m_column->count() > 0)
            m_column->setCurrentIndex(0);
    }
    updateControls();
    if (m_column->count() == 0) {
        m_chart->setSubtitle(tr("No numeric column has missing values."));
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
    return r;
}

QString ImputePreviewPanel::cacheKey(const ImputeRequest& r) const
{
    return QStringLiteral("%1/%2/%3/%4").arg(r.column).arg(int(r.method)).arg(r.constant).arg(r.neighbors);
}

void ImputePreviewPanel::updateControls()
{
    const auto method = static_cast<ImputeMethod>(m_method->currentData().toInt());
    m_constant->setVisible(method == ImputeMethod::Constant);
    m_neighbors->setVisible(method == ImputeMethod::Knn);
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
    QChart* chart = m_chart->chart();
    charts::clear(chart);
    m_chart->setTitle(tr("Imputation preview: %1").arg(charts::elided(p.column, 28)));
    QStringList notes;
    notes << (p.sampled ? tr("On a random sample of %1 of %2 rows").arg(fmt::count(p.rows), fmt::count(p.tableRows))
                        : tr("%1 missing values filled").arg(fmt::count(p.filled)));
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

} // namespace pp
