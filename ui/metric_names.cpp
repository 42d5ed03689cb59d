#include "metric_names.h"

#include <QCoreApplication>

namespace pp::metricnames {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pp::MetricNames)
};

} // namespace

QString label(const QString& key)
{
    if (key == QLatin1String("mse"))
        return Tr::tr("MSE (mean squared error)");
    if (key == QLatin1String("rmse"))
        return Tr::tr("RMSE (root mean squared error)");
    if (key == QLatin1String("mae"))
        return Tr::tr("MAE (mean absolute error)");
    if (key == QLatin1String("r2"))
        return Tr::tr("R² (coefficient of determination)");
    if (key == QLatin1String("mape"))
        return Tr::tr("MAPE (mean absolute percentage error)");
    if (key == QLatin1String("mape_skipped"))
        return Tr::tr("Rows left out of MAPE (target 0)");
    if (key == QLatin1String("accuracy"))
        return Tr::tr("Accuracy");
    if (key == QLatin1String("balanced_accuracy"))
        return Tr::tr("Balanced accuracy");
    if (key == QLatin1String("precision"))
        return Tr::tr("Precision");
    if (key == QLatin1String("recall"))
        return Tr::tr("Recall");
    if (key == QLatin1String("f1"))
        return Tr::tr("F1 score");
    if (key == QLatin1String("f1_macro"))
        return Tr::tr("F1 (macro average)");
    if (key == QLatin1String("f1_weighted"))
        return Tr::tr("F1 (weighted average)");
    if (key == QLatin1String("f1_micro"))
        return Tr::tr("F1 (micro average)");
    if (key == QLatin1String("roc_auc"))
        return Tr::tr("ROC AUC");
    if (key == QLatin1String("pr_auc"))
        return Tr::tr("PR AUC (average precision)");
    if (key == QLatin1String("log_loss"))
        return Tr::tr("Log loss");
    if (key == QLatin1String("hamming_loss"))
        return Tr::tr("Hamming loss");
    if (key == QLatin1String("subset_accuracy"))
        return Tr::tr("Subset accuracy");
    if (key == QLatin1String("label_accuracy"))
        return Tr::tr("Label accuracy");
    return key;
}

QString explanation(const QString& key)
{
    if (key == QLatin1String("mse"))
        return Tr::tr("The average of the squared differences between prediction and actual value. Large "
                      "errors count much more than small ones. Lower is better; 0 is perfect.");
    if (key == QLatin1String("rmse"))
        return Tr::tr("The square root of MSE, in the unit of the target (e.g. yuan): a typical size of "
                      "an error, with large errors weighing more. Lower is better.");
    if (key == QLatin1String("mae"))
        return Tr::tr("The average distance between prediction and actual value, in the unit of the "
                      "target. Less sensitive to a few large errors than RMSE. Lower is better.");
    if (key == QLatin1String("r2"))
        return Tr::tr("The share of the variation in the target that the model explains: 1 is perfect, 0 "
                      "is no better than always predicting the average, below 0 is worse than that.");
    if (key == QLatin1String("mape"))
        return Tr::tr("The average error as a share of the actual value (0.1 = 10 %). Rows whose actual "
                      "value is 0 are left out. Lower is better.");
    if (key == QLatin1String("mape_skipped"))
        return Tr::tr("Rows whose actual value is 0 have no percentage error and were left out of MAPE.");
    if (key == QLatin1String("accuracy"))
        return Tr::tr("The share of rows whose class was predicted correctly. Can look good on imbalanced "
                      "data even when the rare class is always missed.");
    if (key == QLatin1String("balanced_accuracy"))
        return Tr::tr("The average of the recall of each class: every class counts the same, whatever its "
                      "size. 0.5 is chance level for two classes.");
    if (key == QLatin1String("precision"))
        return Tr::tr("Of the rows predicted as positive, the share that really are (for several classes: "
                      "the average over classes). High precision means few false alarms.");
    if (key == QLatin1String("recall"))
        return Tr::tr("Of the rows that really are positive, the share the model found (for several "
                      "classes: the average over classes). High recall means few misses.");
    if (key == QLatin1String("f1"))
        return Tr::tr("The harmonic mean of precision and recall: high only when both are high.");
    if (key == QLatin1String("f1_macro"))
        return Tr::tr("F1 computed for each class and averaged, every class counting the same.");
    if (key == QLatin1String("f1_weighted"))
        return Tr::tr("F1 computed for each class and averaged, weighted by how many rows each class has.");
    if (key == QLatin1String("f1_micro"))
        return Tr::tr("F1 from the total counts over all labels: larger labels count more.");
    if (key == QLatin1String("roc_auc"))
        return Tr::tr("The probability that a random positive row gets a higher score than a random "
                      "negative one: 1 is perfect ranking, 0.5 is chance.");
    if (key == QLatin1String("pr_auc"))
        return Tr::tr("The area under the precision-recall curve (average precision). More informative "
                      "than ROC AUC when positives are rare. 1 is perfect.");
    if (key == QLatin1String("log_loss"))
        return Tr::tr("How far the predicted probabilities are from the truth; confident wrong answers "
                      "cost the most. Lower is better.");
    if (key == QLatin1String("hamming_loss"))
        return Tr::tr("The share of individual labels predicted wrongly. Lower is better.");
    if (key == QLatin1String("subset_accuracy"))
        return Tr::tr("The share of rows with every label right at once. A strict measure.");
    if (key == QLatin1String("label_accuracy"))
        return Tr::tr("The share of labels predicted correctly, averaged over labels.");
    return QString();
}

bool higherIsBetter(const QString& key)
{
    static const QStringList lower
        = { QStringLiteral("mse"), QStringLiteral("rmse"), QStringLiteral("mae"), QStringLiteral("mape"),
              QStringLiteral("log_loss"), QStringLiteral("hamming_loss"), QStringLiteral("mape_skipped") };
    return !lower.contains(key);
}

QStringList keysFor(Task task)
{
    switch (task) {
    case Task::Regression:
        return { QStringLiteral("r2"), QStringLiteral("rmse"), QStringLiteral("mae"), QStringLiteral("mse"),
            QStringLiteral("mape"), QStringLiteral("mape_skipped") };
    case Task::Binary:
        return { QStringLiteral("accuracy"), QStringLiteral("balanced_accuracy"), QStringLiteral("precision"),
            QStringLiteral("recall"), QStringLiteral("f1"), QStringLiteral("f1_macro"),
            QStringLiteral("f1_weighted"), QStringLiteral("roc_auc"), QStringLiteral("pr_auc"),
            QStringLiteral("log_loss") };
    case Task::Multiclass:
        return { QStringLiteral("accuracy"), QStringLiteral("balanced_accuracy"), QStringLiteral("precision"),
            QStringLiteral("recall"), QStringLiteral("f1_macro"), QStringLiteral("f1_weighted"),
            QStringLiteral("roc_auc"), QStringLiteral("pr_auc"), QStringLiteral("log_loss") };
    case Task::Multilabel:
        return { QStringLiteral("subset_accuracy"), QStringLiteral("hamming_loss"),
            QStringLiteral("f1_micro"), QStringLiteral("f1_macro") };
    }
    return {};
}

QString keyMetric(Task task)
{
    switch (task) {
    case Task::Regression:
        return QStringLiteral("r2");
    case Task::Binary:
    case Task::Multiclass:
        return QStringLiteral("accuracy");
    case Task::Multilabel:
        return QStringLiteral("f1_micro");
    }
    return QString();
}

} // namespace pp::metricnames
