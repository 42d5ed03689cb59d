#pragma once

#include <QStringList>
#include <QWidget>

class QListWidget;
class QToolButton;

namespace pp {

/// An ordered list of strings for a ParamType::StringList setting (an ordinal category order,
/// lowest first): edit items in place, add, remove, move up and down, and fill from the
/// categories of a column (`suggestions`, e.g. the training categories in sorted order).
class StringListEditor : public QWidget
{
    Q_OBJECT
public:
    explicit StringListEditor(QWidget* parent = nullptr);

    void setValue(const QStringList& values);
    QStringList value() const;
    /// What "Fill from data" inserts; the button is hidden when empty.
    void setSuggestions(const QStringList& suggestions);
    QListWidget* list() const { return m_list; }

Q_SIGNALS:
    void valueChanged(const QStringList& values);

private:
    void emitChanged();
    void updateButtons();
    void moveCurrent(int delta);

    QListWidget* m_list;
    QToolButton* m_add;
    QToolButton* m_remove;
    QToolButton* m_up;
    QToolButton* m_down;
    QToolButton* m_fill;
    QStringList m_suggestions;
    bool m_updating = false;
};

} // namespace pp
