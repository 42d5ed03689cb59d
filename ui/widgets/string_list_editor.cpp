#include "widgets/string_list_editor.h"

#include <QHBoxLayout>
#include <QListWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace pp {

StringListEditor::StringListEditor(QWidget* parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
    , m_add(new QToolButton(this))
    , m_remove(new QToolButton(this))
    , m_up(new QToolButton(this))
    , m_down(new QToolButton(this))
    , m_fill(new QToolButton(this))
{
    m_list->setMaximumHeight(150);
    m_list->setMinimumHeight(72);
    m_list->setDragDropMode(QAbstractItemView::InternalMove);
    m_list->setDefaultDropAction(Qt::MoveAction);

    m_add->setObjectName(QStringLiteral("addValue"));
    m_remove->setObjectName(QStringLiteral("removeValue"));
    m_up->setObjectName(QStringLiteral("moveUp"));
    m_down->setObjectName(QStringLiteral("moveDown"));
    m_fill->setObjectName(QStringLiteral("fillFromData"));
    m_add->setText(tr("Add"));
    m_add->setToolTip(tr("Add a value at the end and edit it"));
    m_remove->setText(tr("Remove"));
    m_up->setArrowType(Qt::UpArrow);
    m_up->setToolTip(tr("Move up (lower rank)"));
    m_down->setArrowType(Qt::DownArrow);
    m_down->setToolTip(tr("Move down (higher rank)"));
    m_fill->setText(tr("Fill from data"));
    m_fill->setToolTip(
        tr("Replace the list with the column's categories in sorted order, then put them in order"));
    m_fill->setVisible(false);

    auto* buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    for (QToolButton* b : { m_add, m_remove, m_up, m_down, m_fill })
        buttons->addWidget(b);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_list);
    layout->addLayout(buttons);

    connect(m_add, &QToolButton::clicked, this, [this]() {
        auto* item = new QListWidgetItem(tr("new value"), m_list);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
        m_list->setCurrentItem(item);
        m_list->editItem(item);
        emitChanged();
    });
    connect(m_remove, &QToolButton::clicked, this, [this]() {
        delete m_list->currentItem();
        emitChanged();
    });
    connect(m_up, &QToolButton::clicked, this, [this]() { moveCurrent(-1); });
    connect(m_down, &QToolButton::clicked, this, [this]() { moveCurrent(1); });
    connect(m_fill, &QToolButton::clicked, this, [this]() {
        setValue(m_suggestions);
        emitChanged();
    });
    connect(m_list, &QListWidget::itemChanged, this, [this]() { emitChanged(); });
    connect(m_list->model(), &QAbstractItemModel::rowsMoved, this, [this]() { emitChanged(); });
    connect(m_list, &QListWidget::currentRowChanged, this, [this]() { updateButtons(); });
    updateButtons();
}

void StringListEditor::setValue(const QStringList& values)
{
    if (values == value())
        return;
    m_updating = true;
    m_list->clear();
    for (const QString& v : values) {
        auto* item = new QListWidgetItem(v, m_list);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
    }
    m_updating = false;
    updateButtons();
}

QStringList StringListEditor::value() const
{
    QStringList out;
    for (int i = 0; i < m_list->count(); ++i)
        out << m_list->item(i)->text();
    return out;
}

void StringListEditor::setSuggestions(const QStringList& suggestions)
{
    m_suggestions = suggestions;
    m_fill->setVisible(!suggestions.isEmpty());
}

void StringListEditor::emitChanged()
{
    updateButtons();
    if (!m_updating)
        Q_EMIT valueChanged(value());
}

void StringListEditor::updateButtons()
{
    const int row = m_list->currentRow();
    m_remove->setEnabled(row >= 0);
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row + 1 < m_list->count());
}

void StringListEditor::moveCurrent(int delta)
{
    const int row = m_list->currentRow();
    const int to = row + delta;
    if (row < 0 || to < 0 || to >= m_list->count())
        return;
    m_updating = true;
    QListWidgetItem* item = m_list->takeItem(row);
    m_list->insertItem(to, item);
    m_list->setCurrentRow(to);
    m_updating = false;
    emitChanged();
}

} // namespace pp
