// PreparePage, the live preview: debounced, computed on the JobRunner (a newer preview
// supersedes a running one), shown only if it still describes the pipeline as it is.

#include "prepare_page.h"

#include "format.h"
#include "job_runner.h"
#include "models/pipeline_step_model.h"
#include "models/table_model.h"
#include "pipeline_document.h"
#include "session.h"
#include "widgets/before_after_panel.h"
#include "widgets/split_settings_widget.h"
#include "widgets/step_form.h"
#include "widgets/table_view_utils.h"

#include <QLabel>
#include <QShowEvent>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>

namespace pp {

const QString& PreparePage::previewJobKind()
{
    static const QString kind = QStringLiteral("prepare-preview");
    return kind;
}

void PreparePage::schedulePreview()
{
    m_previewDirty = true;
    if (!m_session->hasData() || !isVisible())
        return; // computed when the page is shown
    m_previewTimer->start();
}

void PreparePage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // At once rather than after the debounce: the page is being looked at (and the
    // screenshot runner waits for the job it starts).
    if (m_previewDirty && m_session->hasData())
        refreshPreview();
}

bool PreparePage::isPreviewPending() const
{
    return m_previewTimer->isActive() || m_session->jobs()->isRunning(previewJobKind());
}

void PreparePage::refreshPreview()
{
    m_previewTimer->stop();
    if (!m_session->hasData())
        return;
    m_previewDirty = false;
    PreviewRequest request;
    request.table = m_session->table();
    request.pipeline = m_document->toJson();
    request.split = m_document->split();
    request.selectedStep = currentStep();
    request.maxFitRows = m_previewRowCap;
    // A result is shown only if nothing changed since it was asked for; a newer job of the
    // same kind supersedes this one anyway, this covers the debounce window.
    const QJsonObject asked = request.pipeline;
    const SplitConfig askedSplit = request.split;
    m_session->jobs()->run<PreviewResult>(
        previewJobKind(), tr("Previewing the pipeline"),
        [request](JobControl* job) { return computePreview(request, job); }, this,
        [this, asked, askedSplit, selected = request.selectedStep](PreviewResult result) {
            const SplitConfig& now = m_document->split();
            const bool current = asked == m_document->toJson() && selected == currentStep()
                && askedSplit.targetColumn == now.targetColumn && askedSplit.method == now.method
                && askedSplit.seed == now.seed && askedSplit.testSize == now.testSize
                && askedSplit.validSize == now.validSize && askedSplit.timeColumn == now.timeColumn
                && askedSplit.stratifyColumn == now.stratifyColumn;
            if (current)
                showPreview(std::move(result));
        });
}

void PreparePage::showPreview(PreviewResult result)
{
    m_preview = std::move(result);
    m_previewFresh = true;
    m_previewModel->setTable(m_preview.head);
    sizeColumnsFromSample(m_previewView, 100, 56, 200);
    QStringList fitted;
    for (const PreviewStep& s : m_preview.steps)
        fitted << (s.fitted ? s.description : QString());
    m_stepModel->setFittedDescriptions(fitted);
    m_stepModel->setError(m_preview.errorStep, m_preview.error);

    QStringList status;
    if (m_preview.trainRows > 0) {
        if (m_preview.fitRows < m_preview.trainRows)
            status << tr(
                "Preview fitted on %1 of %2 training rows (a seeded sample); the Train page fits on all "
                "of them.")
                          .arg(fmt::count(static_cast<qint64>(m_preview.fitRows)),
                              fmt::count(static_cast<qint64>(m_preview.trainRows)));
        else
            status << tr("Preview fitted on all %1 training rows.")
                          .arg(fmt::count(static_cast<qint64>(m_preview.trainRows)));
        status << tr("Validation (%1) and test (%2) rows are never fitted on.")
                      .arg(fmt::count(static_cast<qint64>(m_preview.validRows)),
                          fmt::count(static_cast<qint64>(m_preview.testRows)));
    }
    if (m_preview.head) {
        status << tr("Result: %1 rows × %2 columns; the first %3 are shown.")
                      .arg(fmt::count(static_cast<qint64>(m_preview.outputRows)),
                          fmt::count(static_cast<qint64>(m_preview.outputColumns)),
                          fmt::count(static_cast<qint64>(m_preview.head->rowCount())));
    }
    m_previewStatus->setText(status.join(QLatin1Char(' ')));
    m_split->setSummary(m_preview.trainRows > 0
            ? tr("Rows: %1 train · %2 valid · %3 test")
                  .arg(fmt::count(static_cast<qint64>(m_preview.trainRows)),
                      fmt::count(static_cast<qint64>(m_preview.validRows)),
                      fmt::count(static_cast<qint64>(m_preview.testRows)))
            : QString());

    if (!m_preview.error.isEmpty()) {
        QString text = m_preview.error;
        if (m_preview.errorStep >= 0) {
            text += QLatin1Char('\n')
                + (m_preview.ranSteps > 0
                        ? tr("The table shows the training rows after step %1.").arg(m_preview.ranSteps)
                        : tr("The table shows the training rows before any step."));
        }
        m_previewError->setText(text);
        m_previewError->setVisible(true);
    } else {
        m_previewError->clear();
        m_previewError->setVisible(false);
    }
    updateFormArea();
    showBeforeAfter();
    Q_EMIT previewUpdated();
}

void PreparePage::showBeforeAfter()
{
    const int i = currentStep();
    if (i < 0 || i >= static_cast<int>(m_preview.steps.size())) {
        m_beforeAfter->setMessage(m_document->stepCount() == 0
                ? tr("Add a step to see how it changes each column.")
                : tr("Select a step to see how it changes each column."));
        return;
    }
    const QString name = m_document->displayName(i);
    if (!m_document->isEnabled(i)) {
        m_beforeAfter->setMessage(tr("Step %1 (%2) is disabled: it changes nothing.").arg(i + 1).arg(name));
        return;
    }
    if (m_preview.chartStep != i) {
        m_beforeAfter->setMessage(m_preview.errorStep >= 0 && m_preview.errorStep <= i
                ? tr("Step %1 (%2) did not run: an earlier step or this one failed.").arg(i + 1).arg(name)
                : tr("Updating…"));
        return;
    }
    const PreviewStep& step = m_preview.steps[i];
    QString heading = tr("Step %1 (%2) on the training rows: %3 rows in, %4 out.")
                          .arg(i + 1)
                          .arg(name, fmt::count(step.rowsIn), fmt::count(step.rowsOut));
    if (m_preview.charts.empty()) {
        m_beforeAfter->setMessage(heading + QLatin1Char(' ') + tr("No column changed."));
        return;
    }
    heading += QLatin1Char(' ') + tr("Grey: the step's input; blue: its output, on the same bins.");
    m_beforeAfter->setCharts(heading, m_preview.charts, m_preview.chartColumnsTotal);
}

QString PreparePage::previewStatusText() const
{
    return m_previewStatus->text();
}

QString PreparePage::previewErrorText() const
{
    return m_previewError->isVisible() ? m_previewError->text() : QString();
}

QStringList PreparePage::screenshotViews() const
{
    return { QStringLiteral("steps"), QStringLiteral("histograms") };
}

void PreparePage::showScreenshotView(const QString& view)
{
    if (!m_session->hasData())
        return;
    if (m_document->stepCount() == 0)
        useRecommendedPipeline();
    // The imputation step shows the most: missing values filled, distributions kept.
    int step = 0;
    for (int i = 0; i < m_document->stepCount(); ++i)
        if (m_document->kind(i) == QLatin1String("impute"))
            step = i;
    setCurrentStep(step);
    m_tabs->setCurrentIndex(view == QLatin1String("histograms") ? 1 : 0);
    refreshPreview();
}

} // namespace pp
