#pragma once

#include "data/table.h"
#include "prep/split.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QSpinBox;

namespace pp {

/// The run settings of the Prepare page: the target column and how rows are split into
/// training, validation and test rows (random, stratified by a class column, or by a time
/// column; shares; seed). The preview fits on the training rows only.
class SplitSettingsWidget : public QWidget
{
    Q_OBJECT
public:
    explicit SplitSettingsWidget(QWidget* parent = nullptr);

    /// Offers the columns of `table` (null: none).
    void setTable(const std::shared_ptr<const Table>& table);
    /// Shows these settings without emitting changed().
    void setSettings(const QString& target, const SplitConfig& split);
    QString target() const;
    SplitConfig split() const;
    /// A line under the settings, e.g. the row counts of the parts.
    void setSummary(const QString& text);

    QComboBox* targetCombo() const { return m_target; }
    QComboBox* methodCombo() const { return m_method; }
    QComboBox* columnCombo() const { return m_column; }
    QDoubleSpinBox* testShare() const { return m_test; }
    QDoubleSpinBox* validShare() const { return m_valid; }
    QSpinBox* seedBox() const { return m_seed; }

Q_SIGNALS:
    void changed();

private:
    void fillColumns();
    void updateColumnRow();
    void emitChanged();

    std::shared_ptr<const Table> m_table;
    QComboBox* m_target;
    QComboBox* m_method;
    QLabel* m_columnLabel;
    QComboBox* m_column;
    QDoubleSpinBox* m_test;
    QDoubleSpinBox* m_valid;
    QSpinBox* m_seed;
    QLabel* m_summary;
    QString m_stratifyColumn;
    QString m_timeColumn;
    bool m_updating = false;
};

} // namespace pp
