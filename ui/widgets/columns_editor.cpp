#include "widgets/columns_editor.h"

#include "icons.h"
#include "pipeline_preview.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace pp {

namespace {

constexpr int kFilterThreshold = 12; ///< more columns than this: show the filter field

} // namespace

ColumnsEditor::ColumnsEditor(QWidget* parent)
    : QWidget(parent)
    , m_filter(new QLineEdit(this))
    , m_list(new QListWidget(this))
    , m_hint(new QLabel(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_filter->setPlaceholderText(tr("Filter columns"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setVisible(false);
    m_list->setUniformItemSizes(true);
    m_list->setMaximumHeight(150);
    m_list->setMinimumHeight(72);
    m_hint->setWordWrap(true);
    QPalette muted = m_hint->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::Disabled, QPalette::WindowText));
    m_hint->setPalette(muted);
    layout->addWidget(m_filter);
    layout->addWidget(m_list);
    layout->addWidget(m_hint);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        for (int i = 0; i < m_list->count(); ++i)
            m_list->item(i)->setHidden(!m_list->item(i)->text().contains(text, Qt::CaseInsensitive));
    });
    connect(m_list, &QListWidget::itemChanged, this, [this]() {
        if (m_updating)
            return;
        QStringList checked;
        for (int i = 0; i < m_list->count(); ++i)
            if (m_list->item(i)->checkState() == Qt::Checked)
                checked << m_list->item(i)->data(Qt::UserRole).toString();
        m_value = checked;
        updateHint();
        Q_EMIT valueChanged(m_value);
    });
}

void ColumnsEditor::setColumns(const std::vector<PreviewColumn>& columns, const QList<int>& types)
{
    m_available.clear();
    m_availableTypes.clear();
    for (const PreviewColumn& c : columns) {
        if (types.isEmpty() || types.contains(static_cast<int>(c.type))) {
            m_available << c.name;
            m_availableTypes << static_cast<int>(c.type);
        }
    }
    rebuild();
}

void ColumnsEditor::setValue(const QStringList& names)
{
    if (names == m_value)
        return;
    m_value = names;
    rebuild();
}

QStringList ColumnsEditor::value() const
{
    return m_value;
}

void ColumnsEditor::setEmptyHint(const QString& hint)
{
    m_emptyHint = hint;
    updateHint();
}

void ColumnsEditor::rebuild()
{
    m_updating = true;
    m_list->clear();
    for (int i = 0; i < m_available.size(); ++i) {
        auto* item = new QListWidgetItem(
            icons::columnType(static_cast<ColumnType>(m_availableTypes.at(i))), m_available.at(i), m_list);
        item->setData(Qt::UserRole, m_available.at(i));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(m_value.contains(m_available.at(i)) ? Qt::Checked : Qt::Unchecked);
    }
    // Listed but not in this step's input (a renamed or dropped column, a file for other
    // data): kept, so that saving does not lose it, and marked.
    for (const QString& name : m_value) {
        if (m_available.contains(name))
            continue;
        auto* item
            = new QListWidgetItem(icons::named("warning"), tr("%1 (not in the data)").arg(name), m_list);
        item->setData(Qt::UserRole, name);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
        item->setToolTip(tr("The step's input has no column '%1'; the preview will say so.").arg(name));
    }
    m_filter->setVisible(m_list->count() > kFilterThreshold);
    if (!m_filter->text().isEmpty())
        Q_EMIT m_filter->textChanged(m_filter->text());
    m_updating = false;
    updateHint();
}

void ColumnsEditor::updateHint()
{
    m_hint->setText(m_value.isEmpty() ? m_emptyHint : tr("%n column(s) chosen", nullptr, m_value.size()));
    m_hint->setVisible(!m_hint->text().isEmpty());
}

} // namespace pp
