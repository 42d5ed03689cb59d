#pragma once

#include "ml/ml_data.h"
#include "ml/task.h"

#include <QJsonObject>
#include <QStringList>

#include <limits>

/// Evaluation metrics, equal to scikit-learn 1.2's to the last digits shown (same
/// formulas, tie handling, zero-division rule and clipping). Class labels are class
/// indices 0..C-1 stored as doubles (MlData's convention). `weight` is an optional
/// per-row weight; empty means every row weighs 1. A metric that is undefined for the
/// input (no rows, one class only for AUC, sizes that differ) is NaN, where sklearn would
/// raise; evaluate() writes NaN as JSON null.
namespace pp::metrics {

using Weights = Eigen::VectorXd;
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// --- Regression --------------------------------------------------------------------------

double meanSquaredError(const Eigen::VectorXd& yTrue, const Eigen::VectorXd& yPred, const Weights& weight = Weights());
double rootMeanSquaredError(const Eigen::VectorXd& yTrue, const Eigen::VectorXd& yPred, const Weights& weight = Weights());
double meanAbsoluteError(const Eigen::VectorXd& yTrue, const Eigen::VectorXd& yPred, const Weights& weight = Weights());
/// sklearn's r2_score (force_finite): 1.0 for perfect predictions, and 0.0 when y_true is
/// constant but the predictions are not.
double r2Score(const Eigen::VectorXd& yTrue, const Eigen::VectorXd& yPred, const Weights& weight = Weights());

struct PercentageError
{
    double value = kNaN;          ///< mean of |y - ŷ| / |y| over rows with y ≠ 0 (a fraction, not %)
    Eigen::Index skipped = 0;     ///< rows left out because y = 0
};
/// Mean absolute percentage error over the rows whose true value is not 0. A zero target
/// has no percentage error; sklearn's mean_absolute_percentage_error instead divides by
/// max(|y|, machine epsilon), which turns each such row into an error of ~1e15 and the
/// mean into noise. We skip them and report how many were skipped.
PercentageError meanAbsolutePercentageError(const Eigen::VectorXd& yTrue, const Eigen::VectorXd& yPred,
    const Weights& weight = Weights());

// --- Classification (class indices) -----------------------------------------------------

/// C × C (weighted) counts: row = true class, column = predicted class.
Eigen::MatrixXd confusionMatrix(const Eigen::VectorXd& yTrue, const Eigen::VectorXd& yPred, int classCount,
    const Weights& weight = Weights());
double accuracy(const Eigen::VectorXd& yTrue, const Eigen::VectorXd& yPred, const Weights& weight = Weights());
/// Mean recall over the classes present in y_true (sklearn's balanced_accuracy_score).
double balancedAccuracy(const Eigen::VectorXd& yTrue, const Eigen::VectorXd& yPred, int classCount,
    const Weights& weight = Weights());

enum class Average {
    Binary,     ///< the positive class only
    Macro,      ///< unweighted mean over the classes present in y_true or y_pred
    Weighted,   ///< mean weighted by each class's true support
    Micro,      ///< from the total counts
};
/// Per-class precision, recall, F1 (0 where undefined: sklearn's zero_division="warn")
/// and true support; `present` marks classes found in y_true or y_pred.
struct ClassScores
{
    Eigen::VectorXd precision, recall, f1, support;
    std::vector<bool> present;
};
ClassScores classScores(const Eigen::VectorXd& yTrue, const Eigen::VectorXd& yPred, int classCount,
    const Weights& weight = Weights());
double precision(const Eigen::VectorXd& yTrue, const Eigen::VectorXd& yPred, int classCount, Average average,
    int positive = 1, const Weights& weight = Weights());
double recall(const Eigen::VectorXd& yTrue, const Eigen::VectorXd& yPred, int classCount, Average average,
    int positive = 1, const Weights& weight = Weights());
double f1(const Eigen::VectorXd& yTrue, const Eigen::VectorXd& yPred, int classCount, Average average,
    int positive = 1, const Weights& weight = Weights());

/// sklearn 1.2.1 log_loss(y_true, proba, labels=range(C)) with its default eps="auto",
/// i.e. the machine epsilon of double (2.22e-16): proba clipped to [eps, 1 − eps], rows
/// renormalised. (sklearn < 1.2 clipped at 1e-15; pass that as `eps` to reproduce it.)
double logLoss(const Eigen::VectorXd& yTrue, const Eigen::MatrixXd& proba, const Weights& weight = Weights(),
    double eps = std::numeric_limits<double>::epsilon());

// --- Ranking: binary 0/1 truth and a score (probability of class 1) ----------------------

/// Area under the ROC curve (sklearn roc_auc_score); tied scores count half.
double rocAuc(const Eigen::VectorXd& yTrue, const Eigen::VectorXd& score, const Weights& weight = Weights());
/// One-vs-rest macro AUC (sklearn roc_auc_score(multi_class="ovr", average="macro")) over
/// the classes that occur in y_true and have negatives; sklearn raises when a class of
/// `proba` is missing from y_true, we leave that class out.
double rocAucOvr(const Eigen::VectorXd& yTrue, const Eigen::MatrixXd& proba, const Weights& weight = Weights());
/// Average precision, the step-wise area under the precision-recall curve (sklearn
/// average_precision_score, not the trapezoid).
double averagePrecision(const Eigen::VectorXd& yTrue, const Eigen::VectorXd& score, const Weights& weight = Weights());
/// One-vs-rest macro average precision: sklearn average_precision_score(y_onehot, proba,
/// average="macro") with one indicator column per column of `proba`. A class absent from
/// y_true scores 0 (sklearn 1.2: recall set to 1, precision 0) and is averaged in.
double averagePrecisionOvr(const Eigen::VectorXd& yTrue, const Eigen::MatrixXd& proba,
    const Weights& weight = Weights());
/// Trapezoid area under (x, y); x monotone (either direction), else NaN. sklearn's auc.
double auc(const Eigen::VectorXd& x, const Eigen::VectorXd& y);

struct RocCurve
{
    Eigen::VectorXd fpr, tpr, thresholds;   ///< thresholds decreasing; the first is max score + 1
};
/// sklearn 1.2 roc_curve: one point per distinct score, collinear points dropped when
/// `dropIntermediate`, and a leading (0, 0) point.
RocCurve rocCurve(const Eigen::VectorXd& yTrue, const Eigen::VectorXd& score, const Weights& weight = Weights(),
    bool dropIntermediate = true);

struct PrCurve
{
    Eigen::VectorXd precision, recall;   ///< one longer than thresholds; ends at (P = 1, R = 0)
    Eigen::VectorXd thresholds;          ///< increasing
};
/// sklearn 1.2 precision_recall_curve.
PrCurve precisionRecallCurve(const Eigen::VectorXd& yTrue, const Eigen::VectorXd& score,
    const Weights& weight = Weights());

// --- Multi-label (n × k matrices of 0/1) -------------------------------------------------

double hammingLoss(const Eigen::MatrixXd& yTrue, const Eigen::MatrixXd& yPred, const Weights& weight = Weights());
/// Share of rows with every label right (sklearn accuracy_score on indicator matrices).
double subsetAccuracy(const Eigen::MatrixXd& yTrue, const Eigen::MatrixXd& yPred, const Weights& weight = Weights());
/// F1 over labels: Micro from total counts, Macro as the mean over all labels, Weighted by
/// label support (Binary is not meaningful here and gives NaN).
double multilabelF1(const Eigen::MatrixXd& yTrue, const Eigen::MatrixXd& yPred, Average average,
    const Weights& weight = Weights());
/// Accuracy of each label on its own.
Eigen::VectorXd labelAccuracy(const Eigen::MatrixXd& yTrue, const Eigen::MatrixXd& yPred,
    const Weights& weight = Weights());

// --- Decision thresholds -----------------------------------------------------------------

struct ThresholdChoice
{
    bool valid = false;       ///< false without positives in y_true (no F1 to maximise)
    double threshold = 0.5;   ///< predict class 1 when score >= threshold
    double f1 = 0.0;
    double precision = 0.0;
    double recall = 0.0;
};
/// The score threshold that maximises F1 of the positive class over the thresholds of
/// precisionRecallCurve (every distinct score). On ties the larger threshold wins: fewer
/// positive predictions for the same F1, i.e. the more conservative choice.
ThresholdChoice bestF1Threshold(const Eigen::VectorXd& yTrue, const Eigen::VectorXd& score,
    const Weights& weight = Weights());
/// The prediction with its decisions redone at `threshold`: binary class 1 when
/// P(class 1) >= threshold; multi-label label on when P >= threshold. Other tasks are
/// returned unchanged.
Prediction applyThreshold(const Prediction& prediction, double threshold);

// --- Everything for one task, as the CLI/JSON contract -----------------------------------

/// regression: mse, rmse, mae, r2, mape, mape_skipped.
/// binary: accuracy, balanced_accuracy, precision, recall, f1 (class index 1 positive),
///   f1_macro, f1_weighted, roc_auc, pr_auc, log_loss, confusion_matrix.
/// multiclass: accuracy, balanced_accuracy, precision, recall, f1 (all macro), f1_macro,
///   f1_weighted, roc_auc and pr_auc (one-vs-rest macro), log_loss, confusion_matrix.
/// multilabel: hamming_loss, subset_accuracy, f1_micro, f1_macro, label_accuracy.
/// confusion_matrix: list of rows (true class) of columns (predicted), in class-index
/// order over max(classNames.size(), largest index + 1) classes.
QJsonObject evaluate(Task task, const Eigen::MatrixXd& yTrue, const Prediction& prediction,
    const QStringList& classNames, const Weights& weight = Weights());

} // namespace pp::metrics
