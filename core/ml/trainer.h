#pragma once

#include "common/job.h"
#include "common/result.h"
#include "data/table.h"
#include "ml/design.h"
#include "ml/model.h"
#include "prep/pipeline.h"

#include <QJsonObject>
#include <QString>
#include <QVariantMap>

#include <memory>
#include <optional>
#include <optional>
#include <utility>
#include <vector>

namespace pp {

/// How rows are divided for training and evaluation.
struct SplitSettings
{
    enum class Method { Random, Stratified, Time };
    Method method = Method::Random;
    QString timeColumn;      ///< Time: earliest rows train, then validation, then test
    double testSize = 0.2;   ///< share of rows for the test set (ignored with a test table)
    double validSize = 0.1;  ///< share of rows for the validation set (early stopping, importance)
    int cvFolds = 0;         ///< > 1: K-fold cross-validation on the non-test rows as well
};

/// Everything that defines one training run.
struct TrainConfig
{
    QStringList targets;
    std::optional<Task> task;          ///< empty = inferred from the target(s)
    QString model = QStringLiteral("gbdt");
    QVariantMap params;                ///< model parameters (validated by the registry); `seed` defaults to `seed` below
    std::optional<QJsonObject> pipeline;  ///< user pipeline JSON; empty = the default pipeline
    SplitSettings split;
    quint64 seed = 42;
    QString device = QStringLiteral("auto");
    int threads = 0;
    bool thresholdMaxF1 = false;       ///< binary: choose the threshold maximising F1 on validation
    int importanceRepeats = 5;         ///< permutation importance repeats (0 = skip)
    int importanceMaxRows = 20000;     ///< importance on at most this many validation rows (sampled)
};

/// Cross-validation summary: per-fold metrics and their mean and standard deviation
/// (population std over folds, as numpy's default).
struct CvResult
{
    std::vector<QJsonObject> folds;
    QJsonObject mean;
    QJsonObject std;
};

/// Predictions on the evaluation rows (test, else validation), for the Results page and export.
struct PredictionRows
{
    QString split;                     ///< "test" or "valid"
    std::vector<qint64> rowIds;        ///< rows of the table that was split (or of the test table); -1 unknown
    Eigen::MatrixXd actual;            ///< targets (class index for classification)
    Prediction prediction;
    /// The data set's identifier column (the first with role Id, e.g. user_id) at those rows,
    /// missing where the row is unknown; absent when the data has none.
    std::optional<Column> ids;
};

/// The outcome of a run.
struct TrainResult
{
    Task task = Task::Regression;
    QString model;
    QVariantMap params;
    QString device;
    qint64 trainRows = 0, validRows = 0, testRows = 0;
    QJsonObject trainMetrics, validMetrics, testMetrics;
    std::optional<CvResult> cv;
    std::vector<EpochRecord> history;
    std::vector<std::pair<QString, double>> importance;  ///< sorted, largest first
    double threshold = 0.5;            ///< binary decision threshold used
    double fitSeconds = 0.0, predictSeconds = 0.0;
    double fitCpuSeconds = 0.0;        ///< process CPU time (user + system, all threads) of the fit
    bool stopped = false;              ///< stopped by the user; the model holds the partial fit
    PredictionRows evaluation;

    // What scoring new data needs.
    Pipeline pipeline;                 ///< fitted
    DesignSpec design;
    std::shared_ptr<Model> fitted;
    /// The raw input columns (all but the targets) with their type and role, to check new data.
    struct InputColumn
    {
        QString name;
        ColumnType type;
        ColumnRole role;
    };
    std::vector<InputColumn> inputColumns;
};

/// Live updates while training (called on the training thread).
struct TrainCallbacks
{
    std::function<void(const EpochRecord&)> onEpoch;
    std::function<void(const QString& message)> onLog;
};

/// The evaluation rows as a table for display and CSV export: `row` (1-based row of the data
/// that was split), the data set's identifier column when it has one (e.g. `user_id`), `actual`, `predicted` and `residual` (regression); `actual`, `predicted`
/// and `probability_<class>` (classification); `actual_<label>`, `predicted_<label>`,
/// `probability_<label>` (multi-label).
Table predictionsTable(const TrainResult& result);

/// Builds the default pipeline for a table and model: drop id/ignored/text/date columns,
/// impute numbers with the median and categories with the most frequent value, one-hot
/// encode categories, and standard-scale when the model needs it.
Result<Pipeline> defaultPipeline(const Table& table, const QStringList& targets, const ModelInfo& model);

/// Runs a whole training: split, fit the pipeline on training rows only, fit the model,
/// evaluate on train/validation/test, optional cross-validation and permutation importance.
/// `testTable` (optional) replaces the random test split.
Result<TrainResult> trainModel(const Table& table, const TrainConfig& config, const Table* testTable = nullptr,
                               const TrainCallbacks& callbacks = {}, JobControl* job = nullptr);

/// Model-agnostic permutation importance (as sklearn.inspection.permutation_importance):
/// the drop of the score (R² for regression, accuracy for classification) when a feature's
/// column is shuffled, averaged over `repeats`.
Result<std::vector<std::pair<QString, double>>> permutationImportance(const Model& model, const MlData& data,
                                                                      int repeats, quint64 seed, double threshold = 0.5,
                                                                      JobControl* job = nullptr);

} // namespace pp
