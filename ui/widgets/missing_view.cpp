#include "widgets/missing_view.h"

#include "charts/chart_helpers.h"
#include "charts/chart_view.h"
#include "charts/heatmap_chart.h"
#include "charts/nullity_matrix_chart.h"
#include "format.h"
#include "widgets/impute_preview_panel.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCursor>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>

namespace pp {

namespace {

const QString kJob = QStringLiteral("explore-missing");
constexpr int kMaxBars = 25;

} // namespace

MissingView::MissingView(Session* session, QWidget* parent)
    : ExploreView(session, parent), m_summary(new QLabel(this)), m_indicatorButton(new QPushButton(this)),
      m_bars(new ChartView(this)), m_matrix(new NullityMatrixChart(this)), m_heatmap(new HeatmapChart(this)),
      m_impute(new ImputePreviewPanel(session, this))
{
    m_summary->setObjectName(QStringLiteral("missingSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_indicatorButton->setObjectName(QStringLiteral("missingIndicatorButton"));
    m_indicatorButton->setText(tr("Add Missing-Value Flags to the Pipeline"));
    m_indicatorButton->setToolTip(tr("Adds a 0/1 column <column>_was_missing for every column with missing values "
                                     "(step \"Flag missing values\" on the Prepare page)."));
    connect(m_indicatorButton, &QPushButton::clicked, this, &MissingView::proposeIndicators);

    m_bars->setObjectName(QStringLiteral("missingBarChart"));
    m_bars->setExportName(QStringLiteral("missing-per-column"));
    m_matrix->setObjectName(QStringLiteral("nullityMatrix"));
    m_matrix->setExportName(QStringLiteral("nullity-matrix"));
    m_matrix->setTitle(tr("Where values are missing"));
    m_heatmap->setObjectName(QStringLiteral("nullityHeatmap"));
    m_heatmap->setExportName(QStringLiteral("nullity-correlation"));
    m_heatmap->setTitle(tr("Missing together"));
    m_heatmap->setValueName(tr("Nullity correlation"));
    m_heatmap->setLowerTriangle(true);

    auto* top = new QHBoxLayout();
    top->addWidget(m_summary, 1);
    top->addWidget(m_indicatorButton);
    auto* grid = new QGridLayout();
    grid->setSpacing(8);
    grid->addWidget(m_bars, 0, 0);
    grid->addWidget(m_matrix, 0, 1);
    grid->addWidget(m_heatmap, 1, 0);
    grid->addWidget(m_impute, 1, 1);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    grid->setRowStretch(0, 1);
    grid->setRowStretch(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(statusLabel());
    layout->addLayout(grid, 1);
}

void MissingView::onDatasetChanged()
{
    m_report.reset();
    m_summary->clear();
    charts::clear(m_bars->chart());
    m_matrix->setMessage(QString());
    m_heatmap->setMessage(QString());
    m_indicatorButton->setEnabled(false);
    m_impute->reset();
}

void MissingView::refresh()
{
    if (m_report) {
        m_impute->activate(*m_report);
        return;
    }
    m_summary->setText(tr("Counting missing values…"));
    runJob<MissingnessReport>(
        kJob, tr("Analysing missing values"),
        [](const Table& t, JobControl* job) { return analyzeMissingness(t, MissingnessOptions(), job); },
        [this](MissingnessReport report) {
            showReport(std::make_shared<const MissingnessReport>(std::move(report)));
            m_impute->activate(*m_report);
        });
}

QString MissingView::summaryText() const { return m_summary->text(); }

void MissingView::showReport(std::shared_ptr<const MissingnessReport> report)
{
    m_report = std::move(report);
    const MissingnessReport& r = *m_report;
    const double rows = std::max<double>(1.0, static_cast<double>(r.rows));
    m_summary->setText(
        tr("<b>%1</b> rows: <b>%2</b> (%3) with at least one missing value, <b>%4</b> with every value missing, "
           "<b>%5</b> complete.")
            .arg(fmt::count(r.rows), fmt::count(r.rowsWithAnyMissing), fmt::percent(r.rowsWithAnyMissing / rows),
                 fmt::count(r.rowsWithAllMissing), fmt::count(r.completeRows)));
    m_indicatorButton->setEnabled(r.rowsWithAnyMissing > 0);
    showBars(r);
    m_matrix->setReport(m_report, table() ? table()->columnNames() : QStringList());
    m_matrix->setSubtitle(r.bins < r.rows ? tr("%1 rows in %2 bands; darker = more missing")
                                                .arg(fmt::count(r.rows))
                                                .arg(r.bins)
                                          : tr("One band per row; dark = missing"));
    showHeatmap(r);
}

void MissingView::showBars(const MissingnessReport& r)
{
    QChart* chart = m_bars->chart();
    charts::clear(chart);
    chart->legend()->hide();
    // Columns without missing values would only be empty rows of the chart.
    const int withMissing = static_cast<int>(
        std::count_if(r.columns.begin(), r.columns.end(), [](const ColumnMissingness& c) { return c.missing > 0; }));
    const int shown = std::min(withMissing, kMaxBars);
    m_bars->setTitle(tr("Missing values per column"));
    m_bars->setSubtitle(withMissing == 0 ? tr("No value is missing")
                        : shown < withMissing
                            ? tr("The %1 columns with the most missing values").arg(shown)
                            : tr("%1 of %2 columns have missing values; hover a bar for counts")
                                  .arg(withMissing)
                                  .arg(r.columns.size()));
    if (withMissing == 0)
        return;
    auto* set = new QBarSet(tr("Missing"));
    set->setColor(charts::accent());
    set->setBorderColor(charts::accentDark());
    QStringList labels;
    double peak = 0.0;
    // Horizontal bars are drawn bottom-up: the most missing column goes last, on top.
    std::vector<const ColumnMissingness*> rows;
    for (int i = shown - 1; i >= 0; --i)
        rows.push_back(&r.columns[static_cast<std::size_t>(i)]);
    for (const ColumnMissingness* c : rows) {
        QString label = charts::elided(c->name, 20);
        while (labels.contains(label))
            label += QLatin1Char(' ');
        labels << label;
        set->append(c->percent);
        peak = std::max(peak, c->percent);
    }
    auto* series = new QHorizontalBarSeries();
    series->append(set);
    series->setBarWidth(0.75);
    chart->addSeries(series);
    connect(set, &QBarSet::hovered, this, [this, rows](bool on, int index) {
        if (!on || index < 0 || index >= static_cast<int>(rows.size())) {
            QToolTip::hideText();
            return;
        }
        const ColumnMissingness* c = rows[static_cast<std::size_t>(index)];
        QToolTip::showText(QCursor::pos(), tr("%1: %2 of %3 values missing (%4)")
                                               .arg(c->name, fmt::count(c->missing),
                                                    fmt::count(m_report ? m_report->rows : 0),
                                                    fmt::percent(c->percent / 100.0)));
    });
    auto* y = new QBarCategoryAxis();
    y->append(labels);
    charts::addAxis(chart, y, Qt::AlignLeft);
    QValueAxis* x = charts::valueAxis(0.0, std::max(5.0, std::min(100.0, peak * 1.1)), tr("Missing (% of rows)"));
    charts::addAxis(chart, x, Qt::AlignBottom);
}

void MissingView::showHeatmap(const MissingnessReport& r)
{
    if (r.nullityColumns.size() < 2) {
        m_heatmap->setSubtitle(QString());
        m_heatmap->setMessage(r.nullityColumns.empty()
                                  ? tr("No column has some (but not all) of its values missing.")
                                  : tr("Only one column has missing values: there is nothing to correlate."));
        return;
    }
    QStringList labels;
    for (const int c : r.nullityColumns)
        labels << (table() ? table()->column(static_cast<std::size_t>(c)).name() : QString::number(c));
    m_heatmap->setSubtitle(tr("1 = always missing together, −1 = never; columns with missing values only"));
    m_heatmap->setMatrix(labels, r.nullityCorrelation);
}

void MissingView::proposeIndicators()
{
    if (!m_report)
        return;
    QJsonArray columns;
    for (const ColumnMissingness& c : m_report->columns)
        if (c.missing > 0)
            columns.append(c.name);
    session()->proposeStep(QJsonObject{{QStringLiteral("kind"), QStringLiteral("missing_indicator")},
                                       {QStringLiteral("params"), QJsonObject{{QStringLiteral("columns"), columns}}}});
    showStatus(tr("Sent to the Prepare page: %1 (%n column(s)).", nullptr, static_cast<int>(columns.size()))
                   .arg(stepDisplayName(QStringLiteral("missing_indicator"))));
}

} // namespace pp
