// One training run end to end. The order matters for leakage: the split happens first, the
// pipeline is fitted on training rows only, and every other set is only transformed.
#include "ml/trainer.h"

#include "ml/metrics.h"
#include "prep/split.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <ctime>
#include <limits>
#include <numeric>

namespace pp {

namespace {

/// The rows of the data that was split (or of the test file) travel through the pipeline in a
/// column of their own: steps may drop, add (resampling) or reorder rows, so a position in the
/// prepared table is not a row of the data. Role Ignore: no step or model uses it as a feature.
const QString kSourceRowColumn = QStringLiteral("__source_row__");

Table withSourceRows(Table t, const std::vector<std::size_t>* rows)
{
    if (t.find(kSourceRowColumn))
        return t;
    std::vector<double> ids(t.rowCount());
    for (std::size_t i = 0; i < ids.size(); ++i)
        ids[i] = static_cast<double>(rows ? (*rows)[i] : i);
    Column c = Column::numeric(kSourceRowColumn, std::move(ids));
    c.setRole(ColumnRole::Ignore);
    t.addColumn(std::move(c));
    return t;
}

/// Replaces positions in `prepared` by the source rows they came from; -1 where unknown (a row
/// that resampling made up, or a step that did not keep the column, such as sequence windows).
/// When a step dropped the column (a keep-only column selection) but the rows are the ones that
/// went in, `sourceRows` (the part's rows, or null for 0..n-1) still says where they came from.
void mapSourceRows(MlData& data, const Table& prepared, std::size_t rowsIn, const std::vector<std::size_t>* sourceRows)
{
    const Column* c = prepared.find(kSourceRowColumn);
    if (!c && prepared.rowCount() == rowsIn) {
        for (auto& id : data.rowIds) {
            const auto i = static_cast<std::size_t>(id);
            id = id < 0 || i >= rowsIn ? -1 : static_cast<qint64>(sourceRows ? (*sourceRows)[i] : i);
        }
        return;
    }
    for (auto& id : data.rowIds) {
        const auto i = static_cast<std::size_t>(id);
        const double v = c && c->type() == ColumnType::Numeric && id >= 0 && i < c->size()
            ? c->numbers()[i] : std::numeric_limits<double>::quiet_NaN();
        id = std::isnan(v) ? -1 : static_cast<qint64>(v);
    }
}

/// The first identifier column of `source` (role Id, not a target) at `rows` (-1: missing), so
/// that exported predictions name their customers.
std::optional<Column> identifiersAt(const Table& source, const QStringList& targets, const std::vector<qint64>& rows)
{
    for (const Column& c : source.columns()) {
        if (c.role() != ColumnRole::Id || targets.contains(c.name()))
            continue;
        auto valid = [&](qint64 r) { return r >= 0 && static_cast<std::size_t>(r) < c.size() && !c.isMissing(static_cast<std::size_t>(r)); };
        if (c.type() == ColumnType::Numeric) {
            std::vector<double> v(rows.size(), std::numeric_limits<double>::quiet_NaN());
            for (std::size_t i = 0; i < rows.size(); ++i)
                if (valid(rows[i]))
                    v[i] = c.numbers()[static_cast<std::size_t>(rows[i])];
            return Column::numeric(c.name(), std::move(v));
        }
        std::vector<QString> v(rows.size());
        std::vector<bool> missing(rows.size(), true);
        for (std::size_t i = 0; i < rows.size(); ++i)
            if (valid(rows[i])) {
                v[i] = c.displayAt(static_cast<std::size_t>(rows[i]));
                missing[i] = false;
            }
        return Column::text(c.name(), v, missing);
    }
    return std::nullopt;
}

/// Whether a pipeline has an enabled step of `kind`.
bool pipelineHasKind(const Pipeline& pipeline, const QString& kind)
{
    for (std::size_t i = 0; i < pipeline.size(); ++i)
        if (pipeline.step(i).isEnabled() && pipeline.step(i).kind() == kind)
            return true;
    return false;
}

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pp::Trainer)
};

double seconds(const QElapsedTimer& t) { return static_cast<double>(t.nsecsElapsed()) / 1e9; }

// splitmix64: a small portable generator (results must not depend on the C++ library).
struct Rng
{
    quint64 state;
    quint64 next()
    {
        quint64 z = (state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    std::size_t below(std::size_t n) { return static_cast<std::size_t>(next() % n); }
};

template <class T>
void shuffle(std::vector<T>& v, Rng& rng)
{
    for (std::size_t i = v.size(); i > 1; --i)
        std::swap(v[i - 1], v[rng.below(i)]);
}

double scoreFor(Task task, const MlData& data, const Prediction& p)
{
    // R² for regression, accuracy (subset accuracy for multi-label): sklearn's default scorers.
    const Eigen::Index n = data.rows();
    if (n == 0)
        return 0.0;
    if (task == Task::Regression) {
        const auto y = data.y.col(0).array();
        const double ssRes = (y - p.value.array()).square().sum();
        const double ssTot = (y - y.mean()).square().sum();
        return ssTot > 0 ? 1.0 - ssRes / ssTot : (ssRes == 0 ? 1.0 : 0.0);
    }
    if (task == Task::Multilabel)
        return ((p.labels.array() == data.y.array()).rowwise().all()).cast<double>().mean();
    return (p.value.array() == data.y.col(0).array()).cast<double>().mean();
}

// Applies a binary decision threshold to P(class 1).
void applyThreshold(Prediction& p, double threshold)
{
    if (p.task != Task::Binary || p.proba.cols() != 2)
        return;
    for (Eigen::Index i = 0; i < p.proba.rows(); ++i)
        p.value[i] = p.proba(i, 1) >= threshold ? 1.0 : 0.0;
}

QJsonObject evaluateSet(const MlData& data, const Prediction& p)
{
    if (data.rows() == 0)
        return QJsonObject();
    return metrics::evaluate(data.task, data.y, p, data.classNames);
}

// Mean and population std of every numeric metric over folds.
void summarise(CvResult& cv)
{
    QStringList keys;
    for (const auto& f : cv.folds)
        for (auto it = f.begin(); it != f.end(); ++it)
            if (it.value().isDouble() && !keys.contains(it.key()))
                keys << it.key();
    for (const QString& k : keys) {
        std::vector<double> v;
        for (const auto& f : cv.folds)
            if (f.value(k).isDouble())
                v.push_back(f.value(k).toDouble());
        if (v.empty())
            continue;
        const double mean = std::accumulate(v.begin(), v.end(), 0.0) / static_cast<double>(v.size());
        double var = 0.0;
        for (double x : v)
            var += (x - mean) * (x - mean);
        cv.mean.insert(k, mean);
        cv.std.insert(k, std::sqrt(var / static_cast<double>(v.size())));
    }
}

SplitConfig toSplitConfig(const TrainConfig& c, Task task, bool withTest)
{
    SplitConfig s;
    switch (c.split.method) {
    case SplitSettings::Method::Random:
        s.method = SplitConfig::Random;
        break;
    case SplitSettings::Method::Stratified:
        s.method = SplitConfig::Stratified;
        break;
    case SplitSettings::Method::Time:
        s.method = SplitConfig::Time;
        break;
    }
    s.timeColumn = c.split.timeColumn;
    if (s.method == SplitConfig::Stratified && isClassification(task) && !c.targets.isEmpty())
        s.stratifyColumn = c.targets.front();
    s.targetColumn = c.targets.isEmpty() ? QString() : c.targets.front();
    s.testSize = withTest ? c.split.testSize : 0.0;
    s.validSize = c.split.validSize;
    s.seed = c.seed;
    return s;
}

} // namespace

Result<std::vector<std::pair<QString, double>>> permutationImportance(const Model& model, const MlData& data,
                                                                      int repeats, quint64 seed, double threshold,
                                                                      JobControl* job)
{
    using R = Result<std::vector<std::pair<QString, double>>>;
    std::vector<std::pair<QString, double>> out;
    if (repeats <= 0 || data.rows() < 2)
        return out;
    auto base = model.predict(data.x);
    if (!base.ok())
        return R::failure(base.error());
    applyThreshold(base.value(), threshold);
    const double baseline = scoreFor(data.task, data, base.value());
    Rng rng{seed ^ 0x5eedULL};
    Matrix x = data.x;
    const Eigen::Index p = data.features();
    std::vector<Eigen::Index> order(static_cast<std::size_t>(data.rows()));
    for (Eigen::Index j = 0; j < p; ++j) {
        if (isCancelled(job))
            return R::cancelledResult();
        const Eigen::VectorXd original = x.col(j);
        double drop = 0.0;
        for (int r = 0; r < repeats; ++r) {
            std::iota(order.begin(), order.end(), 0);
            shuffle(order, rng);
            for (Eigen::Index i = 0; i < data.rows(); ++i)
                x(i, j) = original[order[static_cast<std::size_t>(i)]];
            auto pred = model.predict(x);
            if (!pred.ok())
                return R::failure(pred.error());
            applyThreshold(pred.value(), threshold);
            drop += baseline - scoreFor(data.task, data, pred.value());
        }
        x.col(j) = original;
        out.emplace_back(data.featureNames[static_cast<qsizetype>(j)], drop / repeats);
        reportProgress(job, static_cast<double>(j + 1) / static_cast<double>(p));
    }
    std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
    return out;
}

Result<Pipeline> defaultPipeline(const Table& table, const QStringList& targets, const ModelInfo& model)
{
    // Columns the model should never see (ids, ignored, free text) are dropped; dates become
    // their parts; then impute, one-hot encode and, for models that need it, scale the
    // numeric columns (not the 0/1 indicator columns the encoder adds).
    QJsonArray steps;
    auto step = [&](const char* kind, const QJsonObject& params) {
        steps.append(QJsonObject{{QStringLiteral("kind"), QLatin1String(kind)},
                                 {QStringLiteral("enabled"), true},
                                 {QStringLiteral("params"), params}});
    };
    QStringList drop, categorical, numeric;
    for (const Column& c : table.columns()) {
        if (targets.contains(c.name()))
            continue;
        if (c.role() == ColumnRole::Id || c.role() == ColumnRole::Ignore || c.type() == ColumnType::Text) {
            drop << c.name();
            continue;
        }
        if (c.type() == ColumnType::DateTime) {
            step("date_parts", {{QStringLiteral("column"), c.name()},
                                {QStringLiteral("parts"), QJsonArray{QStringLiteral("year"), QStringLiteral("month"),
                                                                     QStringLiteral("weekday"), QStringLiteral("days_since")}},
                                {QStringLiteral("drop_original"), true}});
            // DatePartsStep names its outputs <column>__<part>.
            for (const char* part : {"year", "month", "weekday", "days_since"})
                numeric << c.name() + QStringLiteral("__") + QLatin1String(part);
        } else if (c.type() == ColumnType::Categorical) {
            categorical << c.name();
        } else if (c.type() == ColumnType::Numeric) {
            numeric << c.name();
        }
    }
    QJsonArray steps2;
    if (!drop.isEmpty()) {
        steps2.append(QJsonObject{{QStringLiteral("kind"), QStringLiteral("select_columns")},
                                  {QStringLiteral("enabled"), true},
                                  {QStringLiteral("params"), QJsonObject{{QStringLiteral("mode"), QStringLiteral("drop")},
                                                                         {QStringLiteral("columns"), QJsonArray::fromStringList(drop)}}}});
    }
    for (const auto& s : steps)
        steps2.append(s);
    steps = steps2;
    step("impute", {{QStringLiteral("strategy"), QStringLiteral("median")}});
    if (!categorical.isEmpty())
        step("onehot", {{QStringLiteral("columns"), QJsonArray::fromStringList(categorical)},
                        {QStringLiteral("max_categories"), 30}});
    if (model.needsScaling && !numeric.isEmpty())
        step("standard_scale", {{QStringLiteral("columns"), QJsonArray::fromStringList(numeric)}});
    return Pipeline::fromJson(QJsonObject{{QStringLiteral("version"), 1}, {QStringLiteral("steps"), steps}});
}

Table predictionsTable(const TrainResult& r)
{
    const PredictionRows& e = r.evaluation;
    const auto n = static_cast<std::size_t>(e.actual.rows());
    Table t;
    std::vector<double> rows(n);
    for (std::size_t i = 0; i < n; ++i)  // 1-based; missing where the row is not known
        rows[i] = i < e.rowIds.size() && e.rowIds[i] >= 0 ? static_cast<double>(e.rowIds[i] + 1)
                                                         : std::numeric_limits<double>::quiet_NaN();
    Column rowColumn = Column::numeric(QStringLiteral("row"), std::move(rows));
    rowColumn.setRole(ColumnRole::Id);
    t.addColumn(std::move(rowColumn));
    // The data set's identifier, unless its name is one of the columns below.
    static const QStringList reserved{QStringLiteral("row"), QStringLiteral("actual"), QStringLiteral("predicted"),
                                      QStringLiteral("residual")};
    if (e.ids && e.ids->size() == n && !reserved.contains(e.ids->name())
        && !e.ids->name().startsWith(QLatin1String("actual_")) && !e.ids->name().startsWith(QLatin1String("predicted_"))
        && !e.ids->name().startsWith(QLatin1String("probability_"))) {
        Column ids = *e.ids;
        ids.setRole(ColumnRole::Id);
        t.addColumn(std::move(ids));
    }
    const QStringList& classes = r.design.classNames;
    const Prediction& p = e.prediction;
    if (r.task == Task::Regression) {
        std::vector<double> actual(n), predicted(n), residual(n);
        for (std::size_t i = 0; i < n; ++i) {
            actual[i] = e.actual(static_cast<Eigen::Index>(i), 0);
            predicted[i] = p.value[static_cast<Eigen::Index>(i)];
            residual[i] = actual[i] - predicted[i];
        }
        t.addColumn(Column::numeric(QStringLiteral("actual"), std::move(actual)));
        t.addColumn(Column::numeric(QStringLiteral("predicted"), std::move(predicted)));
        t.addColumn(Column::numeric(QStringLiteral("residual"), std::move(residual)));
    } else if (r.task == Task::Multilabel) {
        for (int k = 0; k < classes.size(); ++k) {
            std::vector<double> actual(n), predicted(n), prob(n);
            for (std::size_t i = 0; i < n; ++i) {
                const auto row = static_cast<Eigen::Index>(i);
                actual[i] = e.actual(row, k);
                prob[i] = p.proba(row, k);
                predicted[i] = p.labels.size() ? p.labels(row, k) : (prob[i] >= r.threshold ? 1.0 : 0.0);
            }
            t.addColumn(Column::numeric(QStringLiteral("actual_") + classes[k], std::move(actual)));
            t.addColumn(Column::numeric(QStringLiteral("predicted_") + classes[k], std::move(predicted)));
            t.addColumn(Column::numeric(QStringLiteral("probability_") + classes[k], std::move(prob)));
        }
    } else {
        std::vector<std::int32_t> actual(n), predicted(n);
        for (std::size_t i = 0; i < n; ++i) {
            actual[i] = static_cast<std::int32_t>(e.actual(static_cast<Eigen::Index>(i), 0));
            predicted[i] = static_cast<std::int32_t>(p.value[static_cast<Eigen::Index>(i)]);
        }
        const std::vector<QString> dict(classes.begin(), classes.end());
        t.addColumn(Column::categorical(QStringLiteral("actual"), std::move(actual), dict));
        t.addColumn(Column::categorical(QStringLiteral("predicted"), std::move(predicted), dict));
        for (int k = 0; k < classes.size() && k < p.proba.cols(); ++k) {
            std::vector<double> prob(n);
            for (std::size_t i = 0; i < n; ++i)
                prob[i] = p.proba(static_cast<Eigen::Index>(i), k);
            t.addColumn(Column::numeric(QStringLiteral("probability_") + classes[k], std::move(prob)));
        }
    }
    return t;
}

Result<TrainResult> trainModel(const Table& table, const TrainConfig& config, const Table* testTable,
                               const TrainCallbacks& callbacks, JobControl* job)
{
    using R = Result<TrainResult>;
    auto log = [&](const QString& m) {
        if (callbacks.onLog)
            callbacks.onLog(m);
    };
    if (config.targets.isEmpty())
        return R::failure(Tr::tr("Choose a target column to predict."));
    for (const QString& t : config.targets) {
        if (!table.find(t))
            return R::failure(Tr::tr("The target column '%1' is not in the data.").arg(t));
        if (testTable && !testTable->find(t))
            return R::failure(Tr::tr("The target column '%1' is not in the test data.").arg(t));
    }
    const Task task = config.task ? *config.task : inferTask(table, config.targets);
    if (task == Task::Multilabel && config.targets.size() < 2)
        return R::failure(Tr::tr("Multi-label classification needs two or more target columns."));
    const ModelInfo* info = ModelRegistry::instance().find(config.model);
    if (!info)
        return R::failure(Tr::tr("Unknown model '%1'. Available models: %2.")
                              .arg(config.model, ModelRegistry::instance().kinds().join(QStringLiteral(", "))));
    // Every model has a `seed` (ModelRegistry::add); unless the caller set one (--set seed=S,
    // a form field), it is the run's seed, and either way it is what the fit draws from.
    QVariantMap params = config.params;
    quint64 modelSeed = config.seed;
    if (findParam(info->params(task), QStringLiteral("seed"))) {
        if (params.contains(QStringLiteral("seed")))
            modelSeed = params.value(QStringLiteral("seed")).toULongLong();
        else {
            // The recorded parameter is the seed used, so the run can be repeated from its params.
            modelSeed = config.seed & 0x7fffffff;
            params.insert(QStringLiteral("seed"), static_cast<int>(modelSeed));
        }
    }
    auto created = ModelRegistry::instance().create(config.model, task, params);
    if (!created.ok())
        return R::failure(created.error());
    std::shared_ptr<Model> model = created.take();

    TrainResult result;
    result.task = task;
    result.model = config.model;
    result.params = model->params();
    QString deviceError;
    result.device = QStringLiteral("cpu");
    if (info->family == QLatin1String("neural")
        && !ModelRegistry::instance().resolveDevice(config.device, &result.device, &deviceError))
        return R::failure(deviceError);
    log(Tr::tr("Task: %1; model: %2; device: %3").arg(taskDisplayName(task), info->displayName(), result.device));

    // Split (rows with a missing target are left out by the split).
    auto split = splitRows(table, toSplitConfig(config, task, testTable == nullptr));
    if (!split.ok())
        return R::failure(split.error());
    if (split->train.empty())
        return R::failure(Tr::tr("There are no training rows with a target value."));
    log(Tr::tr("Rows: %1 train, %2 validation, %3 test")
            .arg(split->train.size())
            .arg(split->valid.size())
            .arg(testTable ? static_cast<qint64>(testTable->rowCount()) : static_cast<qint64>(split->test.size())));

    // Pipeline: the user's, or the default one for this model.
    Pipeline pipeline;
    if (config.pipeline) {
        auto p = Pipeline::fromJson(*config.pipeline);
        if (!p.ok())
            return R::failure(p.error());
        pipeline = p.take();
    } else {
        auto p = defaultPipeline(table, config.targets, *info);
        if (!p.ok())
            return R::failure(p.error());
        pipeline = p.take();
    }
    const QJsonObject pipelineConfig = pipeline.toJson(false);
    FitInfo fitInfo;
    fitInfo.targets = config.targets;
    fitInfo.task = task;
    fitInfo.seed = config.seed;

    const Table trainTable = withSourceRows(table.takeRows(split->train), &split->train);
    JobControl prepJob(job, 0.0, 0.1);
    auto preparedTrain = pipeline.fitTransform(trainTable, fitInfo, &prepJob);
    if (!preparedTrain.ok())
        return R::failure(preparedTrain.error());
    auto design = learnDesign(preparedTrain.value(), config.targets, task);
    if (!design.ok())
        return R::failure(design.error());
    result.design = design.value();

    // Row ids of the matrices point into `table` (or into the test file). `rows`: the part's
    // rows of `table`, or null for the test file's own rows.
    auto prepare = [&](const Table& part, const std::vector<std::size_t>* rows, bool withTargets) -> Result<MlData> {
        auto prepared = pipeline.transform(withSourceRows(part, rows), job);
        if (!prepared.ok())
            return Result<MlData>::failure(prepared.error());
        auto data = buildMlData(prepared.value(), result.design, withTargets);
        if (data.ok())
            mapSourceRows(data.value(), prepared.value(), part.rowCount(), rows);
        return data;
    };
    auto trainData = buildMlData(preparedTrain.value(), result.design, true);
    if (!trainData.ok())
        return R::failure(trainData.error());
    mapSourceRows(trainData.value(), preparedTrain.value(), trainTable.rowCount(), &split->train);
    Result<MlData> validData = MlData{};
    if (!split->valid.empty()) {
        validData = prepare(table.takeRows(split->valid), &split->valid, true);
        if (!validData.ok())
            return R::failure(validData.error());
    }
    Result<MlData> testData = MlData{};
    if (testTable)
        testData = prepare(*testTable, nullptr, true);
    else if (!split->test.empty())
        testData = prepare(table.takeRows(split->test), &split->test, true);
    if (!testData.ok())
        return R::failure(testData.error());
    // A pipeline that turns held-out rows into nothing (sequence windows over randomly split
    // rows: no series keeps enough consecutive rows) would leave the run without test metrics.
    const std::size_t testRowsIn = testTable ? testTable->rowCount() : split->test.size();
    const bool windows = pipelineHasKind(pipeline, QStringLiteral("sequence_windows"));
    const QString windowsHint = windows ? QLatin1Char(' ')
            + Tr::tr("Sequence windows are built from consecutive rows of each series: split the rows by "
                     "time instead of at random.")
                                        : QString();
    if (testRowsIn > 0 && testData->rows() == 0)
        return R::failure(Tr::tr("The preparation pipeline turned the %1 test rows into none, so the model "
                                 "could not be tested.").arg(testRowsIn)
                          + windowsHint);
    if (!split->valid.empty() && validData->rows() == 0)
        log(Tr::tr("Warning: the preparation pipeline turned the %1 validation rows into none; training "
                   "continues without validation.").arg(split->valid.size())
            + windowsHint);
    result.trainRows = trainData->rows();
    result.validRows = validData->rows();
    result.testRows = testData->rows();
    reportProgress(job, 0.1);
    if (isCancelled(job))
        return R::cancelledResult();

    // Fit.
    FitContext ctx;
    JobControl fitJob(job, 0.1, 0.85);
    ctx.job = &fitJob;
    ctx.threads = config.threads;
    ctx.device = result.device;
    ctx.seed = modelSeed;
    ctx.onEpoch = [&](const EpochRecord& r) {
        result.history.push_back(r);
        if (callbacks.onEpoch)
            callbacks.onEpoch(r);
    };
    QElapsedTimer timer;
    timer.start();
    const std::clock_t cpuStart = std::clock();
    const Status fitted = model->fit(trainData.value(), validData->rows() > 0 ? &validData.value() : nullptr, ctx);
    result.fitSeconds = seconds(timer);
    result.fitCpuSeconds = static_cast<double>(std::clock() - cpuStart) / CLOCKS_PER_SEC;
    if (!fitted.ok()) {
        if (!fitted.cancelled() || !model->partialFitUsable())
            return fitted.cancelled() ? R::cancelledResult() : R::failure(fitted.error());
        result.stopped = true;
        log(Tr::tr("Stopped by the user; evaluating the model trained so far."));
    }
    log(Tr::tr("Model trained in %1 s").arg(result.fitSeconds, 0, 'f', 2));

    // Evaluate.
    auto predictOn = [&](const MlData& d) -> Result<Prediction> {
        if (d.rows() == 0)
            return Prediction{};
        return model->predict(d.x);
    };
    auto trainPred = predictOn(trainData.value());
    auto validPred = predictOn(validData.value());
    timer.restart();
    auto testPred = predictOn(testData.value());
    result.predictSeconds = seconds(timer);
    for (const auto* p : {&trainPred, &validPred, &testPred})
        if (!p->ok())
            return R::failure(p->error());
    if (task == Task::Binary && config.thresholdMaxF1 && validData->rows() > 0) {
        const auto choice = metrics::bestF1Threshold(validData->y.col(0), validPred->proba.col(1));
        if (choice.valid)
            result.threshold = choice.threshold;
        log(Tr::tr("Decision threshold chosen on validation rows (max F1): %1").arg(result.threshold, 0, 'f', 4));
    }
    applyThreshold(trainPred.value(), result.threshold);
    applyThreshold(validPred.value(), result.threshold);
    applyThreshold(testPred.value(), result.threshold);
    result.trainMetrics = evaluateSet(trainData.value(), trainPred.value());
    result.validMetrics = evaluateSet(validData.value(), validPred.value());
    result.testMetrics = evaluateSet(testData.value(), testPred.value());

    const bool testEval = testData->rows() > 0;
    const MlData& evalData = testEval ? testData.value() : validData.value();
    result.evaluation.split = testEval ? QStringLiteral("test") : QStringLiteral("valid");
    result.evaluation.rowIds = evalData.rowIds;
    result.evaluation.ids = identifiersAt(testEval && testTable ? *testTable : table, config.targets, evalData.rowIds);
    result.evaluation.actual = evalData.y;
    result.evaluation.prediction = testEval ? testPred.value() : validPred.value();
    reportProgress(job, 0.85);

    // Permutation importance on (a sample of) the validation rows.
    if (config.importanceRepeats > 0 && validData->rows() > 1 && !result.stopped) {
        MlData sample = validData.value();
        if (sample.rows() > config.importanceMaxRows) {
            std::vector<Eigen::Index> idx(static_cast<std::size_t>(sample.rows()));
            std::iota(idx.begin(), idx.end(), 0);
            Rng rng{config.seed ^ 0x1a2b3cULL};
            shuffle(idx, rng);
            idx.resize(static_cast<std::size_t>(config.importanceMaxRows));
            std::sort(idx.begin(), idx.end());
            sample = sample.subset(idx);
        }
        JobControl importanceJob(job, 0.85, 0.9);
        auto imp = permutationImportance(*model, sample, config.importanceRepeats, config.seed, result.threshold,
                                         &importanceJob);
        if (imp.ok())
            result.importance = imp.take();
    }
    reportProgress(job, 0.9);

    // Cross-validation on the non-test rows: the pipeline and the model are refitted per fold.
    if (config.split.cvFolds > 1 && !result.stopped) {
        std::vector<std::size_t> pool = split->train;
        pool.insert(pool.end(), split->valid.begin(), split->valid.end());
        std::sort(pool.begin(), pool.end());
        std::vector<int> strata;
        if (isClassification(task)) {
            const Column& y = *table.find(config.targets.front());
            QStringList labels = result.design.classNames;
            for (auto i : pool)
                strata.push_back(static_cast<int>(labels.indexOf(y.displayAt(i))));
        }
        auto foldsResult = kFoldIndices(pool.size(), config.split.cvFolds, config.seed, strata);
        if (!foldsResult.ok())
            return R::failure(foldsResult.error());
        const auto& folds = foldsResult.value();
        CvResult cv;
        for (std::size_t f = 0; f < folds.size(); ++f) {
            if (isCancelled(job))
                return R::cancelledResult();
            std::vector<bool> inTest(pool.size(), false);
            for (auto k : folds[f])
                inTest[k] = true;
            std::vector<std::size_t> trainRows, testRows;
            for (std::size_t k = 0; k < pool.size(); ++k)
                (inTest[k] ? testRows : trainRows).push_back(pool[k]);
            auto foldPipeline = Pipeline::fromJson(pipelineConfig);
            if (!foldPipeline.ok())
                return R::failure(foldPipeline.error());
            auto ft = foldPipeline->fitTransform(table.takeRows(trainRows), fitInfo, nullptr);
            if (!ft.ok())
                return R::failure(ft.error());
            auto fd = learnDesign(ft.value(), config.targets, task);
            if (!fd.ok())
                return R::failure(fd.error());
            auto fTrain = buildMlData(ft.value(), fd.value(), true);
            auto fTestTable = foldPipeline->transform(table.takeRows(testRows), nullptr);
            if (!fTrain.ok() || !fTestTable.ok())
                return R::failure(!fTrain.ok() ? fTrain.error() : fTestTable.error());
            auto fTest = buildMlData(fTestTable.value(), fd.value(), true);
            if (!fTest.ok())
                return R::failure(fTest.error());
            auto foldModel = ModelRegistry::instance().create(config.model, task, params);
            if (!foldModel.ok())
                return R::failure(foldModel.error());
            FitContext fctx;
            fctx.job = job;
            fctx.threads = config.threads;
            fctx.device = result.device;
            fctx.seed = modelSeed;
            const Status s = foldModel.value()->fit(fTrain.value(), nullptr, fctx);
            if (!s.ok())
                return s.cancelled() ? R::cancelledResult() : R::failure(s.error());
            auto fp = foldModel.value()->predict(fTest->x);
            if (!fp.ok())
                return R::failure(fp.error());
            applyThreshold(fp.value(), result.threshold);
            cv.folds.push_back(evaluateSet(fTest.value(), fp.value()));
            log(Tr::tr("Cross-validation fold %1 of %2 done").arg(f + 1).arg(folds.size()));
            reportProgress(job, 0.9 + 0.1 * static_cast<double>(f + 1) / static_cast<double>(folds.size()));
        }
        summarise(cv);
        result.cv = std::move(cv);
    }

    // What scoring new data needs: the raw columns the pipeline reads, with their types.
    for (const Column& c : table.columns())
        if (!config.targets.contains(c.name()))
            result.inputColumns.push_back({c.name(), c.type(), c.role()});
    result.pipeline = std::move(pipeline);
    result.fitted = model;
    reportProgress(job, 1.0);
    return result;
}

} // namespace pp
