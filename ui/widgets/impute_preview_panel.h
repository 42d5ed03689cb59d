#pragma once

#include "models/impute_preview.h"
#include "models/result_cache.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace pp {

class ChartView;
class Session;
struct MissingnessReport;

/// Imputation preview: pick a numeric column with missing values and a method (mean,
/// median, most frequent, constant, linear interpolation, k-NN) and see its distribution
/// before (observed values) and after imputation overlaid on the same bins. The imputers
/// are the pipeline's own steps (core/prep); "Add to Pipeline" proposes the same step.
class ImputePreviewPanel : public QWidget
{
    Q_OBJECT
public:
    ImputePreviewPanel(Session* session, QWidget* parent = nullptr);

    /// Forgets columns and results (new data set).
    void reset();
    /// Offers the numeric columns `report` finds values missing in (the first time after
    /// reset()), and shows the preview.
    void activate(const MissingnessReport& report);

    ChartView* chart() const { return m_chart; }
    QComboBox* columnCombo() const { return m_column; }
    QComboBox* methodCombo() const { return m_method; }
    QSpinBox* neighborsSpin() const { return m_neighbors; }
    QLineEdit* constantEdit() const { return m_constant; }
    QPushButton* proposeButton() const { return m_propose; }
    /// What the chart shows now; null before the first result.
    std::shared_ptr<const ImputePreview> preview() const { return m_preview; }

private:
    ImputeRequest request() const;
    QString cacheKey(const ImputeRequest& request) const;
    void updateControls();
    void compute();
    void show(std::shared_ptr<const ImputePreview> preview);

    Session* m_session;
    QComboBox* m_column;
    QComboBox* m_method;
    QLineEdit* m_constant;
    QSpinBox* m_neighbors;
    QPushButton* m_propose;
    QLabel* m_note;
    ChartView* m_chart;
    ResultCache<ImputePreview> m_cache;
    std::shared_ptr<const ImputePreview> m_preview;
    bool m_filled = false;
};

} // namespace pp
