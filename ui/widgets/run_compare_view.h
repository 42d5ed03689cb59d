#pragma once

#include "ml/model.h"
#include "store/project_store.h"

#include <QColor>
#include <QWidget>

#include <vector>

class QCheckBox;
class QComboBox;
class QGridLayout;
class QLabel;
class QLineSeries;
class QStackedWidget;
class QTabWidget;
class QTableWidget;

namespace pp {

class ChartView;

/// Compares the runs selected on the Experiments page: their training curves overlaid
/// (validation or training loss, one series per run), a bar chart per key metric (one bar
/// per run, the same colour per run everywhere) and their settings side by side, with the
/// settings that differ highlighted.
class RunCompareView : public QWidget
{
    Q_OBJECT
public:
    /// A run and its stored training curve.
    struct Run
    {
        store::RunInfo info;
        std::vector<EpochRecord> history;
    };
    enum Tab { CurvesTab, MetricsTab, ParamsTab };
    /// Item data role of the settings table's first column: true when the values differ.
    static constexpr int DiffersRole = Qt::UserRole + 1;

    explicit RunCompareView(QWidget* parent = nullptr);

    void setRuns(std::vector<Run> runs);
    const std::vector<Run>& runs() const { return m_runs; }
    void setCurrentTab(Tab tab);

    /// The colour of the i-th compared run.
    static QColor runColor(int i);
    /// A run's label in legends and column headers ("#3 ridge 2024-…").
    static QString runLabel(const store::RunInfo& run);

    ChartView* curvesChart() const { return m_curves; }
    /// The curves shown, one per run that has a history.
    QList<QLineSeries*> curveSeries() const;
    /// True: validation loss (the default when some run has one); false: training loss.
    bool showsValidationLoss() const;
    void setShowValidationLoss(bool valid);
    const std::vector<ChartView*>& metricCharts() const { return m_metricCharts; }
    QTableWidget* paramsTable() const { return m_params; }
    /// The settings rows whose values differ between the runs (their keys).
    QStringList differingKeys() const;

private:
    void rebuildCurves();
    void rebuildMetrics();
    void rebuildParams();
    void applyDifferencesFilter();

    std::vector<Run> m_runs;
    QStackedWidget* m_stack;
    QLabel* m_hint;
    QTabWidget* m_tabs;
    QComboBox* m_lossChoice;
    ChartView* m_curves;
    QWidget* m_metricsPanel;
    QGridLayout* m_metricsGrid;
    QLabel* m_metricsNote;
    std::vector<ChartView*> m_metricCharts;
    QTableWidget* m_params;
    QCheckBox* m_onlyDifferences;
};

} // namespace pp
