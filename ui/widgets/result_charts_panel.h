#pragma once

#include "run_snapshot.h"

#include <Eigen/Core>
#include <QWidget>

class QComboBox;
class QLabel;
class QStackedWidget;

namespace pp {

class ChartView;
class ConfusionMatrixChart;

/// The charts of one run, from its predictions table and importance (RunSnapshot only):
/// - regression: predicted vs actual with the identity line, the residual histogram,
///   residuals vs predicted, permutation importance;
/// - classification: confusion matrix, ROC and precision-recall curves for the class chosen
///   in the class picker (binary: the positive class by default; multiclass: one class
///   against the rest; multi-label: one label), permutation importance.
class ResultChartsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ResultChartsPanel(QWidget* parent = nullptr);

    void showRun(const RunSnapshot& run);
    void clear();

    /// The class (or label) the ROC and PR curves are for; -1 when not applicable.
    int positiveClass() const;
    void setPositiveClass(int index);

    ChartView* scatterChart() const { return m_scatter; }
    ChartView* residualHistogramChart() const { return m_residualHistogram; }
    ChartView* residualPlotChart() const { return m_residualPlot; }
    ConfusionMatrixChart* confusionChart() const { return m_confusion; }
    ChartView* rocChart() const { return m_roc; }
    ChartView* prChart() const { return m_pr; }
    /// The importance chart of the page shown (regression or classification).
    ChartView* importanceChart() const;
    QComboBox* classPicker() const { return m_classPicker; }

    /// The evaluation rows of a classification run: true class indexes (multi-label: the 0/1
    /// of label `label`), predicted class indexes and the probability of each class (label).
    struct ClassData
    {
        Eigen::VectorXd actual, predicted;
        Eigen::MatrixXd proba; ///< rows × classes; empty when the run has no probabilities
        QStringList classes;
    };
    static ClassData classData(const RunSnapshot& run, int label = 0);

private:
    void showRegression();
    void showClassification();
    void updateClassCurves();

    RunSnapshot m_run;
    QLabel* m_note;
    QComboBox* m_classPicker;
    QLabel* m_classLabel;
    QStackedWidget* m_pages;
    ChartView* m_scatter;
    ChartView* m_residualHistogram;
    ChartView* m_residualPlot;
    ChartView* m_importanceRegression;
    ConfusionMatrixChart* m_confusion;
    ChartView* m_roc;
    ChartView* m_pr;
    ChartView* m_importanceClasses;
};

} // namespace pp
