#include "ml/xgb_params.h"

#include "ml/xgb_handles.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace pp {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pp::XgbModel)
};

ParamSpec intParam(const char* key, int value, double minimum, double maximum, QString label, QString tooltip,
    bool advanced = false)
{
    ParamSpec s;
    s.key = QLatin1String(key);
    s.type = ParamType::Int;
    s.defaultValue = value;
    s.minimum = minimum;
    s.maximum = maximum;
    s.label = std::move(label);
    s.tooltip = std::move(tooltip);
    s.advanced = advanced;
    return s;
}

ParamSpec doubleParam(const char* key, double value, double minimum, double maximum, QString label,
    QString tooltip, bool advanced = false, bool logScale = false)
{
    ParamSpec s = intParam(key, 0, minimum, maximum, std::move(label), std::move(tooltip), advanced);
    s.type = ParamType::Double;
    s.defaultValue = value;
    s.logScale = logScale;
    return s;
}

ParamSpec nEstimators(int value, const QString& tooltip)
{
    return intParam("n_estimators", value, 1, 100000, Tr::tr("Number of trees"), tooltip);
}

ParamSpec maxDepth(int value)
{
    return intParam("max_depth", value, 1, 24, Tr::tr("Maximum depth"),
        Tr::tr("How many questions a tree may ask in a row. Deeper trees capture more interactions "
           "between columns but overfit more."));
}

ParamSpec minSamplesLeaf()
{
    return intParam("min_samples_leaf", 1, 1, 1000000, Tr::tr("Minimum customers per leaf"),
        Tr::tr("A split is only made if each side keeps at least this many customers (with sample "
           "weights: this much weight). Raise it to get smoother, less overfitted predictions."));
}

ParamSpec regLambda(double value)
{
    return doubleParam("reg_lambda", value, 0, 10000, Tr::tr("L2 leaf shrinkage (lambda)"),
        Tr::tr("Pulls every leaf's prediction towards zero; small leaves are pulled more. 0 keeps "
           "plain leaf averages; larger values make predictions more cautious."),
        true);
}

ParamSpec maxBin()
{
    return intParam("max_bin", 256, 2, 65536, Tr::tr("Histogram bins"),
        Tr::tr("Numbers are grouped into at most this many bins before trees look for split points. "
           "More bins give finer splits but train more slowly."),
        true);
}

ParamSpec subsample(double value, const QString& tooltip)
{
    return doubleParam("subsample", value, 0.01, 1.0, Tr::tr("Row sample per tree"), tooltip);
}

ParamSpec colsampleByTree(const QString& tooltip)
{
    return doubleParam("colsample_bytree", 1.0, 0.01, 1.0, Tr::tr("Column sample per tree"), tooltip, true);
}

ParamSpec regAlpha()
{
    return doubleParam("reg_alpha", 0.0, 0.0, 10000, Tr::tr("L1 leaf shrinkage (alpha)"),
        Tr::tr("Sets small leaf corrections to exactly zero. Rarely needed; try it when "
           "there are many noisy columns."),
        true);
}

/// Hidden from forms: the Train page's seed is the run's seed, which trainModel() passes on
/// when no `seed` is given.
ParamSpec seed(XgbKind kind)
{
    ParamSpec s = intParam("seed", 42, 0, 2147483647.0, Tr::tr("Random seed"),
        kind == XgbKind::Tree
            ? Tr::tr("Accepted by every model so that one script can give all of them the same seed. A "
                 "single tree samples no rows or columns, so the seed changes nothing.")
            : Tr::tr("Seed for XGBoost's row and column sampling (subsample, colsample_*). The same seed "
                 "gives the same trees. Without it, the run's seed (--seed) is used."),
        true);
    s.hidden = true;
    return s;
}

/// Hessian of one unit-weight sample in the first round: squared error 1; logistic from
/// 50 % p(1-p) = 1/4; XGBoost's softmax from 1/C: 2 p (1-p). In the first round all samples
/// share it, so "at least m samples" is exactly "hessian sum at least m h".
double firstRoundHessian(const XgbDataShape& shape)
{
    switch (shape.task) {
    case Task::Regression:
        return 1.0;
    case Task::Binary:
    case Task::Multilabel:
        return 0.25;
    case Task::Multiclass: {
        const double p = 1.0 / std::max(2, shape.classes);
        return 2.0 * p * (1.0 - p);
    }
    }
    return 1.0;
}

QByteArray minChildWeightForSamples(int samples, const XgbDataShape& shape)
{
    // Slightly below the exact value so that float rounding in XGBoost's hessian sums never
    // rejects a leaf holding exactly `samples` samples.
    return xgbNumber(samples * firstRoundHessian(shape) * (1.0 - 1e-6));
}

/// Random forests look at a random subset of columns at each split: about sqrt(p) of p
/// columns for classification and p/3 for regression (Breiman's defaults, as in R's
/// randomForest). Expressed as the fraction XGBoost wants, nudged up half a column so that
/// XGBoost's floor(fraction * p) gives exactly that many.
double autoColumnFraction(const XgbDataShape& shape)
{
    const int p = std::max(1, shape.features);
    const int k = shape.task == Task::Regression ? p / 3 : static_cast<int>(std::floor(std::sqrt(double(p))));
    const int wanted = std::clamp(k, 1, p);
    return wanted >= p ? 1.0 : (wanted + 0.5) / p;
}

} // namespace

QString xgbKindKey(XgbKind kind)
{
    switch (kind) {
    case XgbKind::Tree:
        return QStringLiteral("tree");
    case XgbKind::Forest:
        return QStringLiteral("forest");
    case XgbKind::Gbdt:
        return QStringLiteral("gbdt");
    }
    return QString();
}

bool xgbKindFromKey(const QString& key, XgbKind* out)
{
    for (XgbKind k : { XgbKind::Tree, XgbKind::Forest, XgbKind::Gbdt }) {
        if (key == xgbKindKey(k)) {
            *out = k;
            return true;
        }
    }
    return false;
}

std::vector<ParamSpec> xgbParamSpecs(XgbKind kind, Task task)
{
    switch (kind) {
    case XgbKind::Tree:
        return { maxDepth(6), minSamplesLeaf(), regLambda(0.0), maxBin(), seed(kind) };
    case XgbKind::Forest: {
        ParamSpec columns = doubleParam("colsample_bynode", 0.0, 0.0, 1.0, Tr::tr("Column sample per split"),
            Tr::tr("Share of the columns each split may choose from; this randomness makes the trees differ. "
               "0 = automatic: about the square root of the number of columns for classification, a third "
               "of them for regression."));
        // learning_rate and early_stopping_rounds are the gbdt keys XGBoost users pass to a
        // forest as well; neither is worth a field in the form.
        ParamSpec rate = doubleParam("learning_rate", 1.0, 0.0001, 1.0, Tr::tr("Learning rate"),
            Tr::tr("Scales every tree's correction (XGBoost's eta). A random forest is one round of "
               "averaged trees, so 1 gives the forest's own predictions; lower values pull them "
               "towards the starting value."),
            true, true);
        rate.hidden = true;
        ParamSpec stopping = intParam("early_stopping_rounds", 0, 0, 100000, Tr::tr("Early stopping (rounds)"),
            Tr::tr("Accepted so that one script can give gbdt and forest the same keys. A random forest "
               "grows all its trees in a single round, so there is nothing to stop early: it has no "
               "effect."),
            true);
        stopping.hidden = true;
        return { nEstimators(100,
                     Tr::tr("How many trees vote. More trees give steadier predictions but take "
                        "longer; past a few hundred little changes.")),
            maxDepth(10), minSamplesLeaf(),
            subsample(0.632,
                Tr::tr("Share of the customers each tree is grown on, drawn at random. "
                   "0.632 matches the classic bootstrap's share of distinct rows.")),
            columns,
            colsampleByTree(Tr::tr("Share of the columns each tree may use, drawn once per tree; the "
                "per-split sample then chooses among these. 1 = all columns.")),
            regLambda(0.0), regAlpha(), maxBin(), rate, stopping, seed(kind) };
    }
    case XgbKind::Gbdt:
        break;
    }
    Q_UNUSED(task);
    return { nEstimators(200,
                 Tr::tr("How many boosting rounds: each round adds a tree that corrects the "
                    "previous ones. More rounds fit better but can overfit; use early "
                    "stopping to pick the number for you.")),
        maxDepth(6),
        doubleParam("learning_rate", 0.1, 0.0001, 1.0, Tr::tr("Learning rate"),
            Tr::tr("How much each new tree corrects. Smaller values need more trees but usually "
               "predict better on new customers."),
            false, true),
        subsample(1.0,
            Tr::tr("Share of the customers each tree sees, drawn at random each round. "
               "Values like 0.8 add randomness that often reduces overfitting.")),
        colsampleByTree(Tr::tr("Share of the columns each tree may use. Lower it when there are many "
            "similar columns.")),
        regLambda(1.0),
        regAlpha(),
        doubleParam("min_child_weight", 1.0, 0.0, 1e6, Tr::tr("Minimum child weight"),
            Tr::tr("A split is only made if each side carries at least this much weight "
               "(for regression: this many customers; for classification fewer, confident "
               "customers count less). Raise it to make trees more conservative."),
            true),
        intParam("early_stopping_rounds", 0, 0, 100000, Tr::tr("Early stopping (rounds)"),
            Tr::tr("Stop when the validation loss has not improved for this many rounds, and keep "
               "the best round. 0 = off. Needs validation data.")),
        maxBin(), seed(XgbKind::Gbdt) };
}

std::vector<std::pair<QByteArray, QByteArray>> xgbBoosterParams(
    XgbKind kind, const QVariantMap& params, const XgbDataShape& shape, int threads, quint64 seed)
{
    std::vector<std::pair<QByteArray, QByteArray>> out;
    auto set
        = [&out](const char* name, const QByteArray& value) { out.emplace_back(QByteArray(name), value); };
    auto num = [&params](const char* key) { return xgbNumber(params.value(QLatin1String(key)).toDouble()); };

    set("booster", "gbtree");
    set("tree_method", "hist");
    set("verbosity", "0");
    // XGBoost's seed is a signed integer; keep seeds below 2^31 unchanged.
    set("seed", QByteArray::number(seed % 2147483648ULL));
    if (threads > 0)
        set("nthread", QByteArray::number(threads));
    switch (shape.task) {
    case Task::Regression:
        set("objective", "reg:squarederror");
        set("base_score", xgbNumber(shape.baseScore));
        break;
    case Task::Binary:
    case Task::Multilabel: // 2-D labels: XGBoost 1.7 grows one tree per label each round
        set("objective", "binary:logistic");
        break;
    case Task::Multiclass:
        set("objective", "multi:softprob");
        set("num_class", QByteArray::number(shape.classes));
        break;
    }
    set("eval_metric", xgbLossMetric(shape.task));
    set("max_bin", num("max_bin"));
    set("max_depth", num("max_depth"));
    set("lambda", num("reg_lambda"));

    switch (kind) {
    case XgbKind::Tree:
        set("eta", "1");
        set("num_parallel_tree", "1");
        set("min_child_weight",
            minChildWeightForSamples(params.value(QStringLiteral("min_samples_leaf")).toInt(), shape));
        break;
    case XgbKind::Forest: {
        // XGBoost's random-forest recipe: one round, learning rate 1 (the default), many
        // parallel trees.
        set("eta", num("learning_rate"));
        set("num_parallel_tree", num("n_estimators"));
        set("subsample", num("subsample"));
        set("colsample_bytree", num("colsample_bytree"));
        const double columns = params.value(QStringLiteral("colsample_bynode")).toDouble();
        set("colsample_bynode", xgbNumber(columns > 0.0 ? columns : autoColumnFraction(shape)));
        set("alpha", num("reg_alpha"));
        set("min_child_weight",
            minChildWeightForSamples(params.value(QStringLiteral("min_samples_leaf")).toInt(), shape));
        break;
    }
    case XgbKind::Gbdt:
        set("eta", num("learning_rate"));
        set("subsample", num("subsample"));
        set("colsample_bytree", num("colsample_bytree"));
        set("alpha", num("reg_alpha"));
        set("min_child_weight", num("min_child_weight"));
        break;
    }
    return out;
}

int xgbRounds(XgbKind kind, const QVariantMap& params)
{
    return kind == XgbKind::Gbdt ? params.value(QStringLiteral("n_estimators")).toInt() : 1;
}

int xgbEarlyStoppingRounds(XgbKind kind, const QVariantMap& params)
{
    return kind == XgbKind::Gbdt ? params.value(QStringLiteral("early_stopping_rounds")).toInt() : 0;
}

QByteArray xgbLossMetric(Task task)
{
    switch (task) {
    case Task::Regression:
        return "rmse";
    case Task::Multiclass:
        return "mlogloss";
    case Task::Binary:
    case Task::Multilabel:
        break;
    }
    return "logloss";
}

} // namespace pp
