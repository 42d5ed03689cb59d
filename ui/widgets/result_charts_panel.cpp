#include "widgets/result_charts_panel.h"

#include "charts/chart_view.h"
#include "charts/result_charts.h"
#include "format.h"
#include "ml/metrics.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <cmath>

namespace pp {

namespace {

std::vector<double> numbers(const Table& t, const QString& name)
{
    const Column* c = t.find(name);
    if (!c)
        return {};
    std::vector<double> out(c->size());
    for (std::size_t i = 0; i < c->size(); ++i)
        out[i] = c->numericAt(i);
    return out;
}

Eigen::VectorXd toVector(const std::vector<double>& v)
{
    return Eigen::Map<const Eigen::VectorXd>(v.data(), static_cast<Eigen::Index>(v.size()));
}

ChartView* makeChart(QWidget* parent, const char* objectName, const char* exportName)
{
    auto* view = new ChartView(parent);
    view->setObjectName(QLatin1String(objectName));
    view->setExportName(QLatin1String(exportName));
    view->setMinimumSize(260, 220);
    return view;
}

} // namespace

ResultChartsPanel::ResultChartsPanel(QWidget* parent)
    : QWidget(parent)
    , m_note(new QLabel(this))
    , m_classPicker(new QComboBox(this))
    , m_classLabel(new QLabel(this))
    , m_pages(new QStackedWidget(this))
{
    m_note->setObjectName(QStringLiteral("chartsNote"));
    m_note->setWordWrap(true);
    m_classPicker->setObjectName(QStringLiteral("classPicker"));
    m_classPicker->setToolTip(tr("The ROC and precision-recall curves show how well the model separates this "
                                 "class from all the others."));
    m_classLabel->setText(tr("Curves for class:"));
    m_classLabel->setBuddy(m_classPicker);
    auto* top = new QHBoxLayout();
    top->addWidget(m_note, 1);
    top->addWidget(m_classLabel);
    top->addWidget(m_classPicker);

    auto* regression = new QWidget(this);
    m_scatter = makeChart(regression, "predictedVsActual", "predicted-vs-actual");
    m_residualHistogram = makeChart(regression, "residualHistogram", "residual-histogram");
    m_residualPlot = makeChart(regression, "residualPlot", "residuals-vs-predicted");
    m_importanceRegression = makeChart(regression, "importanceRegression", "importance");
    auto* grid = new QGridLayout(regression);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_scatter, 0, 0);
    grid->addWidget(m_residualHistogram, 0, 1);
    grid->addWidget(m_residualPlot, 1, 0);
    grid->addWidget(m_importanceRegression, 1, 1);

    auto* classes = new QWidget(this);
    m_confusion = new ConfusionMatrixChart(classes);
    m_confusion->setObjectName(QStringLiteral("confusionMatrix"));
    m_confusion->setExportName(QStringLiteral("confusion-matrix"));
    m_confusion->setMinimumSize(260, 220);
    m_roc = makeChart(classes, "rocCurve", "roc-curve");
    m_pr = makeChart(classes, "prCurve", "precision-recall");
    m_importanceClasses = makeChart(classes, "importanceClasses", "importance");
    auto* classGrid = new QGridLayout(classes);
    classGrid->setContentsMargins(0, 0, 0, 0);
    classGrid->addWidget(m_confusion, 0, 0);
    classGrid->addWidget(m_roc, 0, 1);
    classGrid->addWidget(m_pr, 1, 0);
    classGrid->addWidget(m_importanceClasses, 1, 1);

    m_pages->addWidget(regression);
    m_pages->addWidget(classes);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_pages, 1);
    connect(m_classPicker, &QComboBox::currentIndexChanged, this, [this]() {
        if (m_run.task == Task::Multilabel)
            showClassification(); // the confusion matrix is per label too
        else
            updateClassCurves();
    });
    clear();
}

void ResultChartsPanel::clear()
{
    m_run = RunSnapshot();
    m_note->clear();
    m_classPicker->clear();
    m_classPicker->setVisible(false);
    m_classLabel->setVisible(false);
    for (ChartView* v : { m_scatter, m_residualHistogram, m_residualPlot, m_importanceRegression })
        charts::clear(v);
    m_pages->setCurrentIndex(0);
}

ChartView* ResultChartsPanel::importanceChart() const
{
    return m_pages->currentIndex() == 0 ? m_importanceRegression : m_importanceClasses;
}

int ResultChartsPanel::positiveClass() const
{
    return !m_classPicker->isHidden() ? m_classPicker->currentIndex() : -1;
}

void ResultChartsPanel::setPositiveClass(int index)
{
    if (index >= 0 && index < m_classPicker->count())
        m_classPicker->setCurrentIndex(index);
}

void ResultChartsPanel::showRun(const RunSnapshot& run)
{
    clear();
    m_run = run;
    const qint64 rows = run.predictions ? static_cast<qint64>(run.predictions->rowCount()) : 0;
    if (!run.predictions || rows == 0) {
        m_note->setText(tr("This run has no evaluation rows to chart (it needs test or validation rows)."));
        charts::showImportance(m_importanceRegression, run.importance);
        return;
    }
    m_note->setText(run.evaluationSplit == QLatin1String("test")
            ? tr("Charts of the %1 test rows, which the model never saw during training.")
                  .arg(fmt::count(rows))
            : tr("Charts of the %1 validation rows (the run has no test rows).").arg(fmt::count(rows)));
    if (run.task == Task::Regression) {
        showRegression();
        return;
    }
    const QSignalBlocker block(m_classPicker);
    for (const QString& c : run.classNames)
        m_classPicker->addItem(c);
    // Binary: class 1 is the positive class, as in the metrics.
    m_classPicker->setCurrentIndex(run.task == Task::Binary && run.classNames.size() == 2 ? 1 : 0);
    m_classPicker->setVisible(run.classNames.size() > 1 || run.task == Task::Multilabel);
    m_classLabel->setText(run.task == Task::Multilabel ? tr("Label:") : tr("Curves for class:"));
    m_classLabel->setVisible(!m_classPicker->isHidden());
    showClassification();
}

void ResultChartsPanel::showRegression()
{
    m_pages->setCurrentIndex(0);
    const Table& t = *m_run.predictions;
    const std::vector<double> actual = numbers(t, QStringLiteral("actual"));
    const std::vector<double> predicted = numbers(t, QStringLiteral("predicted"));
    const std::vector<double> residual = numbers(t, QStringLiteral("residual"));
    charts::showPredictedVsActual(m_scatter, actual, predicted);
    charts::showResidualHistogram(m_residualHistogram, residual);
    charts::showResidualsVsPredicted(m_residualPlot, predicted, residual);
    charts::showImportance(m_importanceRegression, m_run.importance);
}

ResultChartsPanel::ClassData ResultChartsPanel::classData(const RunSnapshot& run, int label)
{
    ClassData d;
    if (!run.predictions)
        return d;
    const Table& t = *run.predictions;
    const auto n = static_cast<Eigen::Index>(t.rowCount());
    if (run.task == Task::Multilabel) {
        if (label < 0 || label >= run.classNames.size())
            return d;
        const QString name = run.classNames[label];
        d.classes = { QStringLiteral("0"), QStringLiteral("1") };
        d.actual = toVector(numbers(t, QStringLiteral("actual_") + name));
        d.predicted = toVector(numbers(t, QStringLiteral("predicted_") + name));
        const std::vector<double> p = numbers(t, QStringLiteral("probability_") + name);
        if (static_cast<Eigen::Index>(p.size()) == n) {
            d.proba.resize(n, 2);
            for (Eigen::Index i = 0; i < n; ++i) {
                d.proba(i, 1) = p[static_cast<std::size_t>(i)];
                d.proba(i, 0) = 1.0 - p[static_cast<std::size_t>(i)];
            }
        }
        return d;
    }
    d.classes = run.classNames;
    // Class labels are stored as categorical codes whose dictionary is the class list.
    d.actual = toVector(numbers(t, QStringLiteral("actual")));
    d.predicted = toVector(numbers(t, QStringLiteral("predicted")));
    const auto c = static_cast<Eigen::Index>(run.classNames.size());
    bool all = c > 0;
    for (Eigen::Index k = 0; k < c; ++k)
        all = all && t.find(QStringLiteral("probability_") + run.classNames[static_cast<int>(k)]);
    if (all) {
        d.proba.resize(n, c);
        for (Eigen::Index k = 0; k < c; ++k)
            d.proba.col(k)
                = toVector(numbers(t, QStringLiteral("probability_") + run.classNames[static_cast<int>(k)]));
    }
    return d;
}

void ResultChartsPanel::showClassification()
{
    m_pages->setCurrentIndex(1);
    const int label = m_run.task == Task::Multilabel ? std::max(0, m_classPicker->currentIndex()) : 0;
    const ClassData d = classData(m_run, label);
    const int c = static_cast<int>(d.classes.size());
    const Eigen::MatrixXd matrix = metrics::confusionMatrix(d.actual, d.predicted, c);
    m_confusion->setMatrix(matrix, d.classes);
    if (m_run.task == Task::Multilabel)
        m_confusion->setSubtitle(tr("Label %1").arg(m_run.classNames.value(label)));
    charts::showImportance(m_importanceClasses, m_run.importance);
    updateClassCurves();
}

void ResultChartsPanel::updateClassCurves()
{
    if (m_run.task == Task::Regression || !m_run.predictions)
        return;
    const bool multilabel = m_run.task == Task::Multilabel;
    const int picked = std::max(0, m_classPicker->currentIndex());
    const ClassData d = classData(m_run, multilabel ? picked : 0);
    const int k = multilabel ? 1 : picked;
    if (d.proba.size() == 0 || k >= d.proba.cols()) {
        charts::showMessage(m_roc, tr("ROC curve"), tr("This model gives no probabilities."));
        charts::showMessage(m_pr, tr("Precision-recall curve"), tr("This model gives no probabilities."));
        return;
    }
    Eigen::VectorXd truth(d.actual.size());
    for (Eigen::Index i = 0; i < d.actual.size(); ++i)
        truth[i] = d.actual[i] == k ? 1.0 : 0.0;
    const Eigen::VectorXd score = d.proba.col(k);
    const QString name = multilabel ? m_run.classNames.value(picked) : d.classes.value(k);
    const double positives = truth.sum();
    if (positives == 0 || positives == truth.size()) {
        const QString why
            = tr("The evaluation rows hold only one class for %1; the curves need both.").arg(name);
        charts::showMessage(m_roc, tr("ROC curve"), why);
        charts::showMessage(m_pr, tr("Precision-recall curve"), why);
        return;
    }
    charts::showRoc(m_roc, metrics::rocCurve(truth, score), metrics::rocAuc(truth, score), name);
    charts::showPrecisionRecall(m_pr, metrics::precisionRecallCurve(truth, score),
        metrics::averagePrecision(truth, score), positives / truth.size(), name);
}

} // namespace pp
