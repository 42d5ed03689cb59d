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

/// Imputation preview: pick a column with missing values and a method and see the column
/// before (observed values) and after imputation. Numeric columns (mean, median, most
/// frequent, constant, linear interpolation optionally ordered by another column, k-NN): the
/// distributions overlaid on the same bins. Categorical and yes/no columns (most frequent,
/// constant, a "missing" category): the count of each category, the filled values stacked
/// on the observed ones. The imputers are the pipeline's own steps (core/prep); "Add to
/// Pipeline" proposes the same step.
class ImputePreviewPanel : public QWidget
{
    Q_OBJECT
public:
    ImputePreviewPanel(Session* session, QWidget* parent = nullptr);

    /// Forgets columns and results (new data set).
    void reset();
    /// Offers the numeric, categorical and yes/no columns `report` finds values missing in
    /// (the first time after reset()), and shows the preview.
    void activate(const MissingnessReport& report);

    ChartView* chart() const { return m_chart; }
    QComboBox* columnCombo() const { return m_column; }
    QComboBox* methodCombo() const { return m_method; }
    QSpinBox* neighborsSpin() const { return m_neighbors; }
    QLineEdit* constantEdit() const { return m_constant; }
    /// Linear interpolation: "row order" (empty data) or a numeric / date column's name.
    QComboBox* orderByCombo() const { return m_orderBy; }
    QPushButton* proposeButton() const { return m_propose; }
    /// What the chart shows now; null before the first result.
    std::shared_ptr<const ImputePreview> preview() const { return m_preview; }

private:
    ImputeRequest request() const;
    QString cacheKey(const ImputeRequest& request) const;
    void updateControls();
    /// Offers the methods and order-by columns the chosen column's type allows.
    void updateChoices();
    void compute();
    void show(std::shared_ptr<const ImputePreview> preview);
    void showNumeric(const ImputePreview& p);
    void showCategories(const ImputePreview& p);

    Session* m_session;
    QComboBox* m_column;
    QComboBox* m_method;
    QLineEdit* m_constant;
    QSpinBox* m_neighbors;
    QLabel* m_orderByLabel;
    QComboBox* m_orderBy;
    QPushButton* m_propose;
    QLabel* m_note;
    ChartView* m_chart;
    ResultCache<ImputePreview> m_cache;
    std::shared_ptr<const ImputePreview> m_preview;
    bool m_filled = false;
    ColumnType m_columnType = ColumnType::Numeric;  ///< of the column the methods are for
};

} // namespace pp
