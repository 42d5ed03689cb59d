#pragma once

#include "common/params.h"
#include "ml/task.h"

#include <QByteArray>
#include <QVariantMap>

#include <utility>
#include <vector>

namespace pp {

/// The three tree models built on XGBoost. They differ only in the booster settings:
/// - Tree: one round of one tree with learning rate 1 and no leaf shrinkage (reg_lambda 0),
///   i.e. a CART tree whose splits maximise the same criterion as CART (variance reduction;
///   for two classes the first-round logistic gradients make it Gini) and whose leaves
///   hold the mean target (regression) or one Newton step from 50 % (classification, so
///   probabilities are milder than raw leaf frequencies but order and majority class are
///   the same).
/// - Forest: XGBoost's random-forest mode (one round of num_parallel_tree trees, each on a
///   row subsample without replacement and a column subsample per split; XGBoost averages
///   the trees).
/// - Gbdt: ordinary gradient boosting, one round per tree.
enum class XgbKind { Tree, Forest, Gbdt };

QString xgbKindKey(XgbKind kind); ///< "tree", "forest", "gbdt"
bool xgbKindFromKey(const QString& key, XgbKind* out);

/// The user-facing parameters of a kind (translated labels and tooltips).
std::vector<ParamSpec> xgbParamSpecs(XgbKind kind, Task task);

/// Facts about the training data that the booster settings depend on.
struct XgbDataShape
{
    Task task = Task::Regression;
    int features = 0;
    int classes = 0; ///< multiclass: number of classes
    double baseScore = 0.5; ///< starting prediction (regression: the weighted target mean)
};

/// Booster settings for XGBoosterSetParam, in order. `params` are resolved (every key of
/// xgbParamSpecs present).
std::vector<std::pair<QByteArray, QByteArray>> xgbBoosterParams(
    XgbKind kind, const QVariantMap& params, const XgbDataShape& shape, int threads, quint64 seed);

/// Boosting rounds: n_estimators for gbdt, 1 for tree and forest (a forest is one round).
int xgbRounds(XgbKind kind, const QVariantMap& params);
/// gbdt's early_stopping_rounds (0 = off); 0 for the others.
int xgbEarlyStoppingRounds(XgbKind kind, const QVariantMap& params);

/// The loss XGBoost evaluates each round: "rmse", "logloss" or "mlogloss".
QByteArray xgbLossMetric(Task task);

} // namespace pp
