#include "ml/epoch_metrics.h"

#include "ml/metrics.h"

#include <algorithm>
#include <cmath>

namespace pp {

namespace {

void put(QMap<QString, double>* out, const QString& key, double value)
{
    if (std::isfinite(value))
        out->insert(key, value);
}

} // namespace

EpochMetrics::EpochMetrics(Task task, const MlData& valid)
    : m_task(task)
    , m_rows(valid.y.rows())
{
    if (m_rows == 0 || valid.y.cols() == 0) {
        m_rows = 0;
        return;
    }
    if (task == Task::Multilabel) {
        m_labels = valid.y;
        return;
    }
    m_y = valid.y.col(0);
    if (isClassification(task)) {
        m_classes = std::max(valid.classCount(), task == Task::Binary ? 2 : 1);
        if (m_y.allFinite())
            m_classes = std::max(m_classes, static_cast<int>(m_y.maxCoeff()) + 1);
    }
}

QStringList EpochMetrics::keys(Task task)
{
    switch (task) {
    case Task::Regression:
        return { QStringLiteral("r2"), QStringLiteral("mae") };
    case Task::Binary:
        return { QStringLiteral("accuracy"), QStringLiteral("f1") };
    case Task::Multiclass:
        return { QStringLiteral("accuracy"), QStringLiteral("f1_macro") };
    case Task::Multilabel:
        return { QStringLiteral("subset_accuracy"), QStringLiteral("f1_micro") };
    }
    return {};
}

void EpochMetrics::fromValues(const Eigen::VectorXd& predicted, QMap<QString, double>* out) const
{
    if (m_rows == 0 || predicted.size() != m_rows || m_task == Task::Multilabel)
        return;
    if (m_task == Task::Regression) {
        put(out, QStringLiteral("r2"), metrics::r2Score(m_y, predicted));
        put(out, QStringLiteral("mae"), metrics::meanAbsoluteError(m_y, predicted));
        return;
    }
    // As metrics::evaluate counts the classes: a predicted index beyond the known ones counts too.
    int classes = m_classes;
    if (predicted.allFinite())
        classes = std::max(classes, static_cast<int>(predicted.maxCoeff()) + 1);
    put(out, QStringLiteral("accuracy"), metrics::accuracy(m_y, predicted));
    if (m_task == Task::Binary)
        put(out, QStringLiteral("f1"), metrics::f1(m_y, predicted, classes, metrics::Average::Binary, 1));
    else
        put(out, QStringLiteral("f1_macro"), metrics::f1(m_y, predicted, classes, metrics::Average::Macro));
}

void EpochMetrics::fromLabels(const Eigen::MatrixXd& labels, QMap<QString, double>* out) const
{
    if (m_rows == 0 || m_task != Task::Multilabel || labels.rows() != m_rows || labels.cols() != m_labels.cols())
        return;
    put(out, QStringLiteral("subset_accuracy"), metrics::subsetAccuracy(m_labels, labels));
    put(out, QStringLiteral("f1_micro"), metrics::multilabelF1(m_labels, labels, metrics::Average::Micro));
}

void EpochMetrics::fromPrediction(const Prediction& p, QMap<QString, double>* out) const
{
    if (m_task == Task::Multilabel) {
        fromLabels(p.labels.size() > 0 ? p.labels : Eigen::MatrixXd((p.proba.array() > 0.5).cast<double>()), out);
        return;
    }
    if (m_task == Task::Binary && p.proba.cols() == 2 && p.proba.rows() == m_rows) {
        fromValues((p.proba.col(1).array() >= 0.5).cast<double>().matrix(), out);
        return;
    }
    fromValues(p.value, out);
}

} // namespace pp
