#pragma once

#include "models/outlier_analysis.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QListWidget;
class QRadioButton;
class QSpinBox;
class QTimer;

namespace pp {

/// The Outliers view's form: method and its parameters, and the numeric columns to check.
/// settings() reads it; changed() fires (debounced while typing) when any of it changes.
class OutlierSettingsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit OutlierSettingsPanel(QWidget* parent = nullptr);

    /// Offers the numeric, non-identifier columns of `table` (all checked); null clears.
    void setTable(const Table* table);
    OutlierSettings settings() const;

    QComboBox* methodCombo() const { return m_method; }
    QDoubleSpinBox* iqrSpin() const { return m_iqrK; }
    QDoubleSpinBox* zSpin() const { return m_z; }
    QDoubleSpinBox* madSpin() const { return m_mad; }
    QSpinBox* treesSpin() const { return m_trees; }
    QSpinBox* sampleSpin() const { return m_sample; }
    QDoubleSpinBox* contaminationSpin() const { return m_contamination; }
    QRadioButton* scoreThresholdRadio() const { return m_useThreshold; }
    QDoubleSpinBox* scoreThresholdSpin() const { return m_threshold; }
    QSpinBox* seedSpin() const { return m_seed; }
    QListWidget* columnList() const { return m_columns; }

Q_SIGNALS:
    void changed();

private:
    void updateRows();

    QFormLayout* m_form;
    QComboBox* m_method;
    QDoubleSpinBox* m_iqrK;
    QDoubleSpinBox* m_z;
    QDoubleSpinBox* m_mad;
    QSpinBox* m_trees;
    QSpinBox* m_sample;
    QRadioButton* m_useContamination;
    QDoubleSpinBox* m_contamination;
    QRadioButton* m_useThreshold;
    QDoubleSpinBox* m_threshold;
    QSpinBox* m_seed;
    QListWidget* m_columns;
    QTimer* m_debounce;
};

} // namespace pp
