// metrics::evaluate: the metric set of each task under the CLI/JSON contract's keys.
#include "ml/metrics.h"

#include <QJsonArray>

#include <cmath>

namespace pp::metrics {

namespace {

using Index = Eigen::Index;

void put(QJsonObject* o, const char* key, double v)
{
    o->insert(QLatin1String(key), std::isfinite(v) ? QJsonValue(v) : QJsonValue(QJsonValue::Null));
}

QJsonValue number(double v)
{
    // Whole counts as integers, so an unweighted confusion matrix reads 12, not 12.0.
    if (std::abs(v) < 9.0e15 && v == std::floor(v))
        return QJsonValue(static_cast<qint64>(v));
    return QJsonValue(v);
}

Eigen::VectorXd predictedClasses(const Prediction& p)
{
    if (p.value.size() > 0 || p.proba.size() == 0)
        return p.value;
    Eigen::VectorXd v(p.proba.rows());
    for (Index i = 0; i < p.proba.rows(); ++i) {
        Index best = 0;
        p.proba.row(i).maxCoeff(&best);
        v(i) = static_cast<double>(best);
    }
    return v;
}

void classification(bool binary, const Eigen::VectorXd& y, const Prediction& pred, const QStringList& classNames,
    const Weights& w, QJsonObject* o)
{
    const Eigen::VectorXd p = predictedClasses(pred);
    int classes = static_cast<int>(classNames.size());
    if (y.size() > 0 && y.allFinite())
        classes = std::max(classes, static_cast<int>(y.maxCoeff()) + 1);
    if (p.size() > 0 && p.allFinite())
        classes = std::max(classes, static_cast<int>(p.maxCoeff()) + 1);
    classes = std::max(classes, static_cast<int>(pred.proba.cols()));
    if (binary)
        classes = std::max(classes, 2);

    put(o, "accuracy", accuracy(y, p, w));
    put(o, "balanced_accuracy", balancedAccuracy(y, p, classes, w));
    const Average avg = binary ? Average::Binary : Average::Macro;
    put(o, "precision", precision(y, p, classes, avg, 1, w));
    put(o, "recall", recall(y, p, classes, avg, 1, w));
    put(o, "f1", f1(y, p, classes, avg, 1, w));
    put(o, "f1_macro", f1(y, p, classes, Average::Macro, 1, w));
    put(o, "f1_weighted", f1(y, p, classes, Average::Weighted, 1, w));
    const bool haveProba = pred.proba.rows() == y.size() && pred.proba.cols() == classes;
    if (binary) {
        const Eigen::VectorXd positive = (y.array() == 1.0).cast<double>();
        put(o, "roc_auc", haveProba ? rocAuc(positive, pred.proba.col(1), w) : kNaN);
        put(o, "pr_auc", haveProba ? averagePrecision(positive, pred.proba.col(1), w) : kNaN);
    } else {
        put(o, "roc_auc", haveProba ? rocAucOvr(y, pred.proba, w) : kNaN);
        put(o, "pr_auc", haveProba ? averagePrecisionOvr(y, pred.proba, w) : kNaN);
    }
    put(o, "log_loss", haveProba ? logLoss(y, pred.proba, w) : kNaN);
    const Eigen::MatrixXd cm = confusionMatrix(y, p, classes, w);
    QJsonArray rows;
    for (Index r = 0; r < cm.rows(); ++r) {
        QJsonArray row;
        for (Index c = 0; c < cm.cols(); ++c)
            row.append(number(cm(r, c)));
        rows.append(row);
    }
    o->insert(QLatin1String("confusion_matrix"), rows);
}

} // namespace

QJsonObject evaluate(Task task, const Eigen::MatrixXd& yTrue, const Prediction& prediction,
    const QStringList& classNames, const Weights& weight)
{
    QJsonObject o;
    const Eigen::VectorXd y = yTrue.cols() > 0 ? Eigen::VectorXd(yTrue.col(0)) : Eigen::VectorXd();
    switch (task) {
    case Task::Regression: {
        const Eigen::VectorXd& p = prediction.value;
        put(&o, "mse", meanSquaredError(y, p, weight));
        put(&o, "rmse", rootMeanSquaredError(y, p, weight));
        put(&o, "mae", meanAbsoluteError(y, p, weight));
        put(&o, "r2", r2Score(y, p, weight));
        const PercentageError mape = meanAbsolutePercentageError(y, p, weight);
        put(&o, "mape", mape.value);
        o.insert(QLatin1String("mape_skipped"), static_cast<qint64>(mape.skipped));
        break;
    }
    case Task::Binary:
    case Task::Multiclass:
        classification(task == Task::Binary, y, prediction, classNames, weight, &o);
        break;
    case Task::Multilabel: {
        const Eigen::MatrixXd labels = prediction.labels.size() > 0
            ? prediction.labels
            : Eigen::MatrixXd((prediction.proba.array() > 0.5).cast<double>());
        put(&o, "hamming_loss", hammingLoss(yTrue, labels, weight));
        put(&o, "subset_accuracy", subsetAccuracy(yTrue, labels, weight));
        put(&o, "f1_micro", multilabelF1(yTrue, labels, Average::Micro, weight));
        put(&o, "f1_macro", multilabelF1(yTrue, labels, Average::Macro, weight));
        const Eigen::VectorXd acc = labelAccuracy(yTrue, labels, weight);
        QJsonArray perLabel;
        for (Index l = 0; l < acc.size(); ++l)
            perLabel.append(std::isfinite(acc(l)) ? QJsonValue(acc(l)) : QJsonValue(QJsonValue::Null));
        o.insert(QLatin1String("label_accuracy"), perLabel);
        break;
    }
    }
    return o;
}

} // namespace pp::metrics
