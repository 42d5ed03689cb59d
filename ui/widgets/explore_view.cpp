#include "widgets/explore_view.h"

#include "prep/step.h"

#include <QComboBox>
#include <QLabel>

namespace pp {

ExploreView::ExploreView(Session* session, QWidget* parent)
    : QWidget(parent), m_session(session), m_status(new QLabel(this))
{
    m_status->setObjectName(QStringLiteral("statusLine"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->hide();
    connect(session->jobs(), &JobRunner::jobFinished, this, &ExploreView::onJobFinished);
}

void ExploreView::onJobFinished(const QString& kind, bool completed)
{
    // Superseded jobs end silently; only a cancel by the user arrives here as not completed.
    if (completed || !m_kinds.contains(kind))
        return;
    m_stale = true;
    showStatus(tr("Cancelled. Change a setting or come back to this tab to compute it again."));
}

void ExploreView::reset()
{
    showStatus(QString());
    onDatasetChanged();
    m_stale = true;
    if (m_active)
        activate();
}

void ExploreView::activate()
{
    m_active = true;
    if (!m_stale || !table())
        return;
    m_stale = false;
    showStatus(QString());
    refresh();
}

void ExploreView::settingsChanged()
{
    m_stale = true;
    if (m_active)
        activate();
}

QString ExploreView::statusText() const { return m_status->isVisible() ? m_status->text() : QString(); }

void ExploreView::showStatus(const QString& text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #b91c1c;") : QString());
    m_status->setVisible(!text.isEmpty());
}

void ExploreView::fillColumns(QComboBox* combo, const Table* table, const std::function<bool(const Column&)>& accept,
                              const std::function<bool(const Column&)>& prefer, bool last)
{
    const QString previous = combo->currentText();
    const QSignalBlocker blocker(combo);
    combo->clear();
    if (!table)
        return;
    int preferred = -1;
    for (std::size_t c = 0; c < table->columnCount(); ++c) {
        const Column& column = table->column(c);
        if (!accept(column))
            continue;
        if (prefer && prefer(column) && (preferred < 0 || last))
            preferred = combo->count();
        combo->addItem(column.name(), static_cast<int>(c));
    }
    int index = combo->findText(previous);
    if (index < 0)
        index = preferred >= 0 ? preferred : (combo->count() > 0 ? 0 : -1);
    combo->setCurrentIndex(index);
}

bool ExploreView::isNumeric(const Column& column) { return column.type() == ColumnType::Numeric; }

bool ExploreView::isSmallCategory(const Column& column)
{
    return column.type() == ColumnType::Categorical && column.dictionary().size() >= 2
           && column.dictionary().size() <= 12;
}

int ExploreView::chosenColumn(const QComboBox* combo)
{
    return combo->currentIndex() < 0 ? -1 : combo->currentData().toInt();
}

bool ExploreView::isMeasure(const Column& column)
{
    return !column.isIdLike()
           && (column.type() == ColumnType::Numeric || column.type() == ColumnType::Boolean
               || column.type() == ColumnType::DateTime);
}

QString ExploreView::stepDisplayName(const QString& kind)
{
    registerPrepSteps();
    const StepInfo* info = StepRegistry::instance().find(kind);
    return info && info->displayName ? info->displayName() : kind;
}

} // namespace pp
