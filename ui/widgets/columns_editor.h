#pragma once

#include <QStringList>
#include <QWidget>

#include <vector>

class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;

namespace pp {

struct PreviewColumn;

/// A multi-select column list for a ParamType::Columns setting: one check box per column of
/// the step's input whose type fits, a filter field when there are many, and listed columns
/// that the input lacks kept (marked) rather than silently dropped. The value is the checked
/// names in table order; none checked means the step's default selection, which `emptyHint`
/// explains.
class ColumnsEditor : public QWidget
{
    Q_OBJECT
public:
    explicit ColumnsEditor(QWidget* parent = nullptr);

    /// `types`: pp::ColumnType values offered (empty = all).
    void setColumns(const std::vector<PreviewColumn>& columns, const QList<int>& types);
    void setValue(const QStringList& names);
    QStringList value() const;
    void setEmptyHint(const QString& hint);
    QListWidget* list() const { return m_list; }

Q_SIGNALS:
    void valueChanged(const QStringList& names);

private:
    void rebuild();
    void updateHint();

    QLineEdit* m_filter;
    QListWidget* m_list;
    QLabel* m_hint;
    QString m_emptyHint;
    QStringList m_available; ///< input columns of an accepted type, table order
    QList<int> m_availableTypes;
    QStringList m_value;
    bool m_updating = false;
};

} // namespace pp
