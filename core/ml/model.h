#pragma once

#include "common/job.h"
#include "common/params.h"
#include "common/result.h"
#include "ml/ml_data.h"

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QVariantMap>

#include <functional>
#include <memory>
#include <set>
#include <vector>

namespace pp {

/// One point of a training curve: an epoch (neural nets), a boosting round (XGBoost) or
/// an iteration (iterative linear solvers). Losses are the model's own training loss.
struct EpochRecord
{
    int epoch = 0;                    ///< 1-based
    double trainLoss = 0.0;
    double validLoss = std::numeric_limits<double>::quiet_NaN();  ///< NaN without validation data
    QMap<QString, double> metrics;    ///< validation metrics if computed (e.g. "r2", "mae", "accuracy")
    double seconds = 0.0;             ///< since fit started
};

/// Everything a fit needs besides the data. Callbacks are called on the fitting thread.
struct FitContext
{
    JobControl* job = nullptr;        ///< progress, cancel and pause; may be null
    std::function<void(const EpochRecord&)> onEpoch;  ///< live curves; may be empty
    int threads = 0;                  ///< 0 = all cores
    QString device = QStringLiteral("cpu");   ///< "cpu" or "cuda" (already resolved)
    /// Seed for randomness the model draws at fit time (XGBoost's sampling). trainModel()
    /// passes the model's `seed` parameter, which defaults to the run's seed.
    quint64 seed = 42;
};

/// A predictive model. Models are created by the registry with their parameters, fitted
/// on MlData and predict on feature matrices with the same columns. All errors come back
/// as results (LibTorch/XGBoost exceptions are caught inside).
class Model
{
public:
    virtual ~Model() = default;

    /// Registry key: "linear", "ridge", "gbdt", "mlp", ...
    virtual QString kind() const = 0;
    /// Parameters after validation (every key of the model's ParamSpecs).
    virtual QVariantMap params() const = 0;

    /// Trains on `train`; `valid` (optional) drives early stopping and validation curves.
    /// Returns cancelled() when the job was cancelled; the model then holds no usable fit
    /// unless partialFitUsable() says otherwise.
    virtual Status fit(const MlData& train, const MlData* valid, FitContext& context) = 0;
    virtual bool isFitted() const = 0;
    /// After a Stop during training: true when the model holds a consistent partial fit
    /// (e.g. the boosting rounds or epochs completed so far).
    virtual bool partialFitUsable() const { return false; }

    /// Predicts for x (columns as in training). Classification fills proba and value.
    virtual Result<Prediction> predict(const Matrix& x) const = 0;
    /// As predict(), for predictions long enough to want progress and a Stop (k-NN on
    /// large data): returns a cancelled result when `job` is cancelled. Default: predict().
    virtual Result<Prediction> predictWithJob(const Matrix& x, JobControl* job) const { return predict(x); }

    /// The fitted model as bytes (JSON for Eigen models, XGBoost's JSON model, a LibTorch
    /// archive for neural nets) and back. deserialize() expects the same kind and params.
    virtual Result<QByteArray> serialize() const = 0;
    virtual Status deserialize(const QByteArray& bytes) = 0;

    /// Built-in feature importance if the model has one (tree gain, |coefficients|), else empty.
    virtual std::vector<double> nativeImportance() const { return {}; }
};

/// What the model picker and the CLI know about a model kind.
struct ModelInfo
{
    QString kind;                     ///< "ridge"
    QString family;                   ///< "linear", "tree", "neural", "probabilistic", "neighbours", "svm"
    std::set<Task> tasks;             ///< tasks it supports
    bool needsScaling = false;        ///< the default pipeline scales features for it
    bool acceptsMissing = false;      ///< NaN features allowed (XGBoost)
    std::function<QString()> displayName;   ///< translated ("Ridge regression")
    std::function<QString()> description;   ///< translated, one or two sentences for the picker
    /// Parameters (translated labels/tooltips; built on call so the language can change).
    /// ModelRegistry::add() appends a hidden, ineffective `seed` when the list has none.
    std::function<std::vector<ParamSpec>(Task)> params;
    /// Creates an unfitted model for `task` with validated `params` (see resolveParams).
    std::function<Result<std::unique_ptr<Model>>(Task task, const QVariantMap& params)> create;
};

/// All model kinds. Core models (Eigen, XGBoost) are registered by registerCoreModels();
/// LibTorch models by pp::nn::registerModels(). Registration is explicit (static
/// libraries drop self-registering objects) and idempotent.
class ModelRegistry
{
public:
    static ModelRegistry& instance();
    /// Adds or replaces a kind; gives its params() a `seed` if it has none (see ModelInfo).
    void add(ModelInfo info);
    const ModelInfo* find(const QString& kind) const;
    std::vector<const ModelInfo*> all() const;
    QStringList kinds() const;

    /// resolveParams + create, with an error naming an unknown kind.
    Result<std::unique_ptr<Model>> create(const QString& kind, Task task, const QVariantMap& params) const;

    /// Resolves a requested device ("auto", "cpu", "cuda") for neural models. Installed by
    /// pp::nn::registerModels() (only core/nn knows LibTorch); without it everything is "cpu".
    using DeviceResolver = std::function<bool(const QString& requested, QString* resolved, QString* error)>;
    void setDeviceResolver(DeviceResolver resolver) { m_deviceResolver = std::move(resolver); }
    bool resolveDevice(const QString& requested, QString* resolved, QString* error) const;

private:
    std::vector<ModelInfo> m_models;
    DeviceResolver m_deviceResolver;
};

void registerCoreModels();
/// The XGBoost models "tree", "forest" and "gbdt" (core/ml/xgb_*); called by registerCoreModels().
void registerTreeModels();

} // namespace pp
