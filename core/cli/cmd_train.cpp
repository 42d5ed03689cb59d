// ppstudio-cli train FILE --target COL ...: one training run, results as JSON or text.
#include "cli/cli_common.h"
#include "data/importer.h"
#include "ml/metrics.h"
#include "ml/model_bundle.h"
#include "ml/trainer.h"
#include "prep/split.h"
#include "store/run_recorder.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>

#include <cmath>

namespace pp::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pp::cli)
};

QJsonObject historyToJson(const EpochRecord& r)
{
    QJsonObject o;
    o.insert(QStringLiteral("epoch"), r.epoch);
    o.insert(QStringLiteral("train_loss"), r.trainLoss);
    o.insert(QStringLiteral("valid_loss"), std::isnan(r.validLoss) ? QJsonValue() : QJsonValue(r.validLoss));
    for (auto it = r.metrics.constBegin(); it != r.metrics.constEnd(); ++it)
        o.insert(it.key(), it.value());
    o.insert(QStringLiteral("seconds"), r.seconds);
    return o;
}

void printMetrics(Context& ctx, const QString& title, const QJsonObject& m)
{
    if (m.isEmpty())
        return;
    ctx.out << title << ":";
    for (auto it = m.begin(); it != m.end(); ++it)
        if (it.value().isDouble())
            ctx.out << "  " << it.key() << "=" << QString::number(it.value().toDouble(), 'g', 6);
    ctx.out << '\n';
}

// ---- --dump-matrices DIR (hidden; for bench/train_models) ------------------------------------
// Writes the prepared matrices the model was trained and evaluated on, so that Python peers
// fit on exactly the same rows and features: x_{train,valid,test}.npy (float64, n × p,
// C order), y_{train,valid,test}.npy (float64, n, or n × k for multi-label) and
// features.json (feature names, row counts). The matrices are rebuilt from the same split and
// the fitted pipeline, then checked: row counts and every metric must match the run's.

bool writeNpy(const QString& path, const double* data, qint64 rows, qint64 cols, QString* error)
{
    // NPY 1.0: magic, version, little-endian header length, a Python dict padded with spaces
    // to a multiple of 64 bytes (counting the 10-byte preamble) and ending with '\n'.
    QByteArray header = "{'descr': '<f8', 'fortran_order': False, 'shape': (" + QByteArray::number(rows)
        + (cols >= 0 ? ", " + QByteArray::number(cols) + ")" : QByteArray(",)")) + ", }";
    const qsizetype total = ((10 + header.size() + 1 + 63) / 64) * 64;
    header.append(QByteArray(total - 10 - header.size() - 1, ' ')).append('\n');
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("%1: cannot write: %2").arg(path, f.errorString());
        return false;
    }
    const auto len = static_cast<quint16>(header.size());
    const char preamble[10] = {'\x93', 'N', 'U', 'M', 'P', 'Y', 1, 0, static_cast<char>(len & 0xff),
                               static_cast<char>(len >> 8)};
    f.write(preamble, 10);
    f.write(header);
    const qint64 bytes = rows * std::max<qint64>(cols, 1) * static_cast<qint64>(sizeof(double));
    if (f.write(reinterpret_cast<const char*>(data), bytes) != bytes || !f.commit()) {
        *error = QStringLiteral("%1: cannot write: %2").arg(path, f.errorString());
        return false;
    }
    return true;
}

bool sameMetrics(const QJsonObject& a, const QJsonObject& b)
{
    for (auto it = b.begin(); it != b.end(); ++it) {
        if (!it.value().isDouble())
            continue;
        const double x = a.value(it.key()).toDouble(std::nan(""));
        const double y = it.value().toDouble();
        if (!(std::fabs(x - y) <= 1e-9 * std::max(1.0, std::fabs(y))))
            return false;
    }
    return true;
}

bool dumpMatrices(const Table& table, const TrainConfig& config, const TrainResult& r, const QString& dir,
                  QString* error)
{
    if (config.split.cvFolds > 1 || config.split.method == SplitSettings::Method::Time) {
        *error = QStringLiteral("--dump-matrices works with a random or stratified holdout split only.");
        return false;
    }
    // The split exactly as trainModel makes it (see toSplitConfig in ml/trainer.cpp).
    SplitConfig sc;
    sc.method = config.split.method == SplitSettings::Method::Stratified ? SplitConfig::Stratified : SplitConfig::Random;
    if (sc.method == SplitConfig::Stratified && isClassification(r.task))
        sc.stratifyColumn = config.targets.front();
    sc.targetColumn = config.targets.front();
    sc.testSize = config.split.testSize;
    sc.validSize = config.split.validSize;
    sc.seed = config.seed;
    auto split = splitRows(table, sc);
    if (!split.ok()) {
        *error = split.error().message;
        return false;
    }
    if (!QDir().mkpath(dir)) {
        *error = QStringLiteral("%1: cannot create the folder.").arg(dir);
        return false;
    }
    const std::pair<const char*, const std::vector<std::size_t>*> parts[] = {
        {"train", &split->train}, {"valid", &split->valid}, {"test", &split->test}};
    const QJsonObject* expected[] = {&r.trainMetrics, &r.validMetrics, &r.testMetrics};
    const qint64 expectedRows[] = {r.trainRows, r.validRows, r.testRows};
    QJsonObject rows;
    QStringList features;
    for (int k = 0; k < 3; ++k) {
        const QString name = QLatin1String(parts[k].first);
        auto prepared = r.pipeline.transform(table.takeRows(*parts[k].second));
        if (!prepared.ok()) {
            *error = prepared.error().message;
            return false;
        }
        auto data = buildMlData(prepared.value(), r.design, true);
        if (!data.ok()) {
            *error = data.error().message;
            return false;
        }
        if (data->rows() != expectedRows[k]) {
            *error = QStringLiteral("--dump-matrices: the %1 matrix has %2 rows, the run had %3 (a train-only pipeline step?).")
                         .arg(name)
                         .arg(data->rows())
                         .arg(expectedRows[k]);
            return false;
        }
        if (data->rows() > 0) {
            auto p = r.fitted->predict(data->x);
            if (!p.ok()) {
                *error = p.error().message;
                return false;
            }
            if (r.task == Task::Binary && p->proba.cols() == 2)
                for (Eigen::Index i = 0; i < p->proba.rows(); ++i)
                    p->value[i] = p->proba(i, 1) >= r.threshold ? 1.0 : 0.0;
            if (!sameMetrics(metrics::evaluate(r.task, data->y, p.value(), data->classNames), *expected[k])) {
                *error = QStringLiteral("--dump-matrices: the rebuilt %1 matrix does not reproduce the run's metrics.").arg(name);
                return false;
            }
        }
        const Eigen::MatrixXd yRowMajorT = data->y.transpose();  // column-major k × n = row-major n × k
        const QString base = QDir(dir).filePath(QStringLiteral("%1_") + name + QStringLiteral(".npy"));
        if (!writeNpy(base.arg(QLatin1String("x")), data->x.data(), data->rows(), data->features(), error)
            || !writeNpy(base.arg(QLatin1String("y")), yRowMajorT.data(), data->rows(),
                         data->y.cols() == 1 ? -1 : data->y.cols(), error))
            return false;
        rows.insert(name, static_cast<double>(data->rows()));
        features = data->featureNames;
    }
    QSaveFile f(QDir(dir).filePath(QStringLiteral("features.json")));
    if (!f.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("%1: cannot write: %2").arg(f.fileName(), f.errorString());
        return false;
    }
    f.write(QJsonDocument(QJsonObject{{QStringLiteral("features"), QJsonArray::fromStringList(features)},
                                      {QStringLiteral("rows"), rows},
                                      {QStringLiteral("task"), taskName(r.task)}})
                .toJson());
    if (!f.commit()) {
        *error = QStringLiteral("%1: cannot write: %2").arg(f.fileName(), f.errorString());
        return false;
    }
    return true;
}

} // namespace

QJsonObject trainResultToJson(const TrainResult& r)
{
    QJsonObject root;
    root.insert(QStringLiteral("task"), taskName(r.task));
    root.insert(QStringLiteral("model"), r.model);
    root.insert(QStringLiteral("params"), QJsonObject::fromVariantMap(r.params));
    root.insert(QStringLiteral("device"), r.device);
    root.insert(QStringLiteral("rows"), QJsonObject{{QStringLiteral("train"), static_cast<double>(r.trainRows)},
                                                    {QStringLiteral("valid"), static_cast<double>(r.validRows)},
                                                    {QStringLiteral("test"), static_cast<double>(r.testRows)}});
    root.insert(QStringLiteral("metrics"), QJsonObject{{QStringLiteral("train"), r.trainMetrics},
                                                       {QStringLiteral("valid"), r.validMetrics},
                                                       {QStringLiteral("test"), r.testMetrics}});
    if (r.cv) {
        QJsonArray folds;
        for (const auto& f : r.cv->folds)
            folds.append(f);
        root.insert(QStringLiteral("cv"), QJsonObject{{QStringLiteral("folds"), folds},
                                                      {QStringLiteral("mean"), r.cv->mean},
                                                      {QStringLiteral("std"), r.cv->std}});
    } else {
        root.insert(QStringLiteral("cv"), QJsonValue());
    }
    QJsonArray history;
    for (const auto& h : r.history)
        history.append(historyToJson(h));
    root.insert(QStringLiteral("history"), history);
    QJsonArray importance;
    for (const auto& [name, score] : r.importance)
        importance.append(QJsonArray{name, score});
    root.insert(QStringLiteral("importance"), importance);
    root.insert(QStringLiteral("threshold"), r.task == Task::Binary ? QJsonValue(r.threshold) : QJsonValue());
    root.insert(QStringLiteral("stopped"), r.stopped);
    root.insert(QStringLiteral("fit_seconds"), r.fitSeconds);
    root.insert(QStringLiteral("fit_cpu_seconds"), r.fitCpuSeconds);
    root.insert(QStringLiteral("predict_seconds"), r.predictSeconds);
    return root;
}

bool trainConfigFromParser(const QCommandLineParser& parser, TrainConfig* config, QString* error)
{
    for (const QString& t : parser.values(QStringLiteral("target")))
        for (const QString& part : t.split(QLatin1Char(','), Qt::SkipEmptyParts))
            config->targets << part.trimmed();
    if (config->targets.isEmpty()) {
        *error = Tr::tr("train needs --target COLUMN (several columns, comma-separated, for multi-label).");
        return false;
    }
    const QString task = parser.value(QStringLiteral("task"));
    if (!task.isEmpty() && task != QLatin1String("auto")) {
        Task t;
        if (!taskFromName(task, &t)) {
            *error = Tr::tr("Unknown --task '%1' (use auto, regression, binary, multiclass or multilabel).").arg(task);
            return false;
        }
        config->task = t;
    }
    if (parser.isSet(QStringLiteral("model")))
        config->model = parser.value(QStringLiteral("model"));
    const ModelInfo* info = ModelRegistry::instance().find(config->model);
    if (!info) {
        *error = Tr::tr("Unknown --model '%1'. Available models: %2.")
                     .arg(config->model, ModelRegistry::instance().kinds().join(QStringLiteral(", ")));
        return false;
    }
    // --set KEY=VALUE, parsed with the model's parameter types (the task only changes a few).
    const std::vector<ParamSpec> specs = info->params(config->task.value_or(Task::Regression));
    const std::vector<ParamSpec> classSpecs = info->params(Task::Binary);
    for (const QString& kv : parser.values(QStringLiteral("set"))) {
        const qsizetype eq = kv.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            *error = Tr::tr("--set takes KEY=VALUE, got '%1'.").arg(kv);
            return false;
        }
        const QString key = kv.left(eq).trimmed();
        const ParamSpec* spec = findParam(specs, key);
        if (!spec)
            spec = findParam(classSpecs, key);
        if (!spec) {
            *error = Tr::tr("Unknown parameter '%1' for model '%2'. Known parameters: %3.")
                         .arg(key, config->model, knownParamsText(specs));
            return false;
        }
        ParamSpec named = *spec;
        named.key = key;   // a bad value's error names what was typed ("k", not "n_neighbors")
        QVariant value;
        if (!parseParamValue(named, kv.mid(eq + 1), &value, error))
            return false;
        config->params.insert(spec->key, value);   // stored under the key, as saved files have it
    }
    bool ok = true;
    if (parser.isSet(QStringLiteral("test-size")))
        config->split.testSize = parser.value(QStringLiteral("test-size")).toDouble(&ok);
    if (!ok || config->split.testSize < 0 || config->split.testSize >= 1) {
        *error = Tr::tr("--test-size takes a share in [0, 1).");
        return false;
    }
    if (parser.isSet(QStringLiteral("valid-size")))
        config->split.validSize = parser.value(QStringLiteral("valid-size")).toDouble(&ok);
    if (!ok || config->split.validSize < 0 || config->split.validSize + config->split.testSize >= 1) {
        *error = Tr::tr("--valid-size takes a share in [0, 1) that leaves training rows.");
        return false;
    }
    const QString split = parser.value(QStringLiteral("split"));
    if (split.isEmpty() || split == QLatin1String("random")) {
        config->split.method = SplitSettings::Method::Random;
    } else if (split == QLatin1String("stratified")) {
        config->split.method = SplitSettings::Method::Stratified;
    } else if (split.startsWith(QLatin1String("time:")) && split.size() > 5) {
        config->split.method = SplitSettings::Method::Time;
        config->split.timeColumn = split.mid(5);
    } else {
        *error = Tr::tr("--split takes random, stratified or time:COLUMN, got '%1'.").arg(split);
        return false;
    }
    if (parser.isSet(QStringLiteral("cv"))) {
        config->split.cvFolds = parser.value(QStringLiteral("cv")).toInt(&ok);
        if (!ok || config->split.cvFolds < 2) {
            *error = Tr::tr("--cv takes a number of folds >= 2.");
            return false;
        }
    }
    if (parser.isSet(QStringLiteral("seed"))) {
        config->seed = parser.value(QStringLiteral("seed")).toULongLong(&ok);
        if (!ok) {
            *error = Tr::tr("--seed takes a non-negative integer.");
            return false;
        }
    }
    if (parser.isSet(QStringLiteral("device"))) {
        config->device = parser.value(QStringLiteral("device"));
        if (config->device != QLatin1String("auto") && config->device != QLatin1String("cpu")
            && config->device != QLatin1String("cuda")) {
            *error = Tr::tr("--device takes auto, cpu or cuda.");
            return false;
        }
    }
    if (parser.isSet(QStringLiteral("threads"))) {
        config->threads = parser.value(QStringLiteral("threads")).toInt(&ok);
        if (!ok || config->threads < 0) {
            *error = Tr::tr("--threads takes a number >= 0.");
            return false;
        }
    }
    config->thresholdMaxF1 = parser.value(QStringLiteral("threshold")) == QLatin1String("max_f1");
    if (parser.isSet(QStringLiteral("importance-repeats")))
        config->importanceRepeats = parser.value(QStringLiteral("importance-repeats")).toInt();
    if (parser.isSet(QStringLiteral("pipeline"))) {
        const QString path = parser.value(QStringLiteral("pipeline"));
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            *error = Tr::tr("%1: cannot read the pipeline file: %2").arg(path, f.errorString());
            return false;
        }
        QJsonParseError perr;
        const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &perr);
        if (perr.error != QJsonParseError::NoError || !doc.isObject()) {
            *error = Tr::tr("%1: not a valid pipeline JSON file (%2 at byte %3).")
                         .arg(path, perr.errorString())
                         .arg(perr.offset);
            return false;
        }
        config->pipeline = doc.object();
    }
    return true;
}

void addTrainOptions(QCommandLineParser& parser)
{
    parser.addOptions({
        {QStringLiteral("target"), Tr::tr("Column to predict (repeat or comma-separate for multi-label)."), QStringLiteral("COL")},
        {QStringLiteral("task"), Tr::tr("auto, regression, binary, multiclass or multilabel (default auto)."), QStringLiteral("TASK")},
        {QStringLiteral("model"), Tr::tr("Model: %1 (default gbdt).").arg(ModelRegistry::instance().kinds().join(QLatin1Char('|'))),
         QStringLiteral("MODEL")},
        {QStringLiteral("pipeline"), Tr::tr("Preprocessing pipeline JSON file (default: the built-in pipeline)."), QStringLiteral("P.json")},
        {QStringLiteral("set"), Tr::tr("Model parameter KEY=VALUE (repeatable), e.g. max_depth=6."), QStringLiteral("KEY=VALUE")},
        {QStringLiteral("test"), Tr::tr("Evaluate on this file instead of a random test split."), QStringLiteral("FILE")},
        {QStringLiteral("test-size"), Tr::tr("Share of rows held out for testing (default 0.2)."), QStringLiteral("F")},
        {QStringLiteral("valid-size"), Tr::tr("Share of rows for validation (default 0.1)."), QStringLiteral("F")},
        {QStringLiteral("split"), Tr::tr("random, stratified or time:COLUMN (default random)."), QStringLiteral("METHOD")},
        {QStringLiteral("cv"), Tr::tr("Also run K-fold cross-validation."), QStringLiteral("K")},
        {QStringLiteral("seed"), Tr::tr("Random seed (default 42)."), QStringLiteral("S")},
        {QStringLiteral("device"), Tr::tr("auto, cpu or cuda (neural networks)."), QStringLiteral("DEVICE")},
        {QStringLiteral("threshold"), Tr::tr("Binary decision threshold: 0.5 (default) or max_f1 (chosen on validation)."),
         QStringLiteral("RULE")},
        {QStringLiteral("importance-repeats"), Tr::tr("Permutation-importance repeats (default 5, 0 = skip)."), QStringLiteral("N")},
        {QStringLiteral("save"), Tr::tr("Save the trained model bundle to this folder."), QStringLiteral("MODEL_DIR")},
        {QStringLiteral("project"), Tr::tr("Record the run (curve, metrics, model) in this project file (created if needed)."),
         QStringLiteral("P.ppsproj")},
        {QStringLiteral("name"), Tr::tr("Name of the run in the project."), QStringLiteral("NAME")},
        {QStringLiteral("json"), Tr::tr("Print one JSON object.")},
    });
    // For benchmarks (bench/train_models): not part of the documented contract.
    QCommandLineOption dump(QStringLiteral("dump-matrices"),
                            QStringLiteral("Write the prepared train/valid/test matrices as .npy files to DIR."),
                            QStringLiteral("DIR"));
    dump.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(dump);
}

int runTrain(Context& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Train a model on a data file and report its metrics."));
    parser.addPositionalArgument(QStringLiteral("FILE"), Tr::tr("Training data (CSV/TSV, .xlsx or SQLite)."));
    addImportOptions(parser);
    addTrainOptions(parser);
    int code = Ok;
    if (!parseArgs(ctx, parser, args, &code))
        return code;
    if (parser.positionalArguments().size() != 1)
        return fail(ctx, Tr::tr("train needs exactly one FILE (see ppstudio-cli train --help)."));
    const QString file = parser.positionalArguments().constFirst();

    ImportOptions importOptions;
    QString error;
    if (!importOptionsFromParser(parser, &importOptions, &error))
        return fail(ctx, error);
    TrainConfig config;
    config.threads = importOptions.threads;
    if (!trainConfigFromParser(parser, &config, &error))
        return fail(ctx, error);

    auto data = importFile(file, importOptions);
    if (!data.ok())
        return fail(ctx, data.error());
    std::optional<ImportedTable> testData;
    if (parser.isSet(QStringLiteral("test"))) {
        auto t = importFile(parser.value(QStringLiteral("test")), importOptions);
        if (!t.ok())
            return fail(ctx, t.error());
        testData = t.take();
    }
    // With --project the run is recorded as it trains: a kill leaves an "interrupted" run
    // with its curve so far.
    std::unique_ptr<store::ProjectStore> project;
    qint64 runId = 0;
    TrainCallbacks callbacks;
    if (parser.isSet(QStringLiteral("project"))) {
        auto opened = store::ProjectStore::open(parser.value(QStringLiteral("project")), true);
        if (!opened.ok())
            return fail(ctx, opened.error());
        project = opened.take();
        auto datasetId = store::storeDataset(*project, data->table, importOptions, file);
        if (!datasetId.ok())
            return fail(ctx, datasetId.error());
        store::RunStart start = store::runStart(config, QFileInfo(file).fileName(), datasetId.value());
        start.name = parser.isSet(QStringLiteral("name")) ? parser.value(QStringLiteral("name")) : start.name;
        auto begun = project->beginRun(start);
        if (!begun.ok())
            return fail(ctx, begun.error());
        runId = begun.value();
        callbacks.onEpoch = [&](const EpochRecord& r) { project->appendHistory(runId, r); };
    }
    auto result = trainModel(data->table, config, testData ? &testData->table : nullptr, callbacks);
    if (!result.ok()) {
        ErrorInfo e = result.error();
        if (e.file.isEmpty())
            e.file = file;
        if (project)
            project->finishRun(runId, result.cancelled() ? QStringLiteral("stopped") : QStringLiteral("failed"), {}, {},
                               e.message);
        return fail(ctx, e);
    }
    if (project) {
        const Status recorded = store::recordRun(*project, runId, result.value());
        if (!recorded.ok())
            return fail(ctx, recorded.error());
    }
    if (parser.isSet(QStringLiteral("save"))) {
        const Status saved = saveBundle(ModelBundle::fromTrainResult(result.value()), parser.value(QStringLiteral("save")));
        if (!saved.ok())
            return fail(ctx, saved.error());
    }
    if (parser.isSet(QStringLiteral("dump-matrices"))) {
        if (testData)
            return fail(ctx, QStringLiteral("--dump-matrices cannot be combined with --test."));
        if (!dumpMatrices(data->table, config, result.value(), parser.value(QStringLiteral("dump-matrices")), &error))
            return fail(ctx, error);
    }
    if (parser.isSet(QStringLiteral("json"))) {
        writeJson(ctx, QJsonDocument(trainResultToJson(result.value())));
    } else {
        const TrainResult& r = result.value();
        ctx.out << Tr::tr("%1 (%2) on %3: %4 train / %5 validation / %6 test rows, fitted in %7 s")
                       .arg(r.model, taskName(r.task), r.device)
                       .arg(r.trainRows)
                       .arg(r.validRows)
                       .arg(r.testRows)
                       .arg(r.fitSeconds, 0, 'f', 2)
                << '\n';
        printMetrics(ctx, Tr::tr("train"), r.trainMetrics);
        printMetrics(ctx, Tr::tr("valid"), r.validMetrics);
        printMetrics(ctx, Tr::tr("test"), r.testMetrics);
        if (r.cv) {
            printMetrics(ctx, Tr::tr("cv mean"), r.cv->mean);
            printMetrics(ctx, Tr::tr("cv std"), r.cv->std);
        }
        for (std::size_t i = 0; i < r.importance.size() && i < 10; ++i)
            ctx.out << Tr::tr("importance") << "  " << r.importance[i].first << "  "
                    << QString::number(r.importance[i].second, 'g', 4) << '\n';
    }
    return Ok;
}

} // namespace pp::cli
