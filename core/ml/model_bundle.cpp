#include "ml/model_bundle.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace pp {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pp::ModelBundle)
};

constexpr const char* kFormat = "ppstudio-model-bundle";
constexpr int kVersion = 1;

Status writeFile(const QString& path, const QByteArray& bytes)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit()) {
        ErrorInfo e;
        e.file = path;
        e.message = Tr::tr("Cannot write the file: %1").arg(f.errorString());
        return Status::failure(e);
    }
    return Status(Unit{});
}

Result<QByteArray> readFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        ErrorInfo e;
        e.file = path;
        e.message = Tr::tr("Cannot read the file: %1").arg(f.errorString());
        return Result<QByteArray>::failure(e);
    }
    return f.readAll();
}

// Makes a column of new data match the type the model was trained with, if that loses
// nothing (e.g. codes read as numbers where training saw categories).
Result<Column> conform(const Column& c, ColumnType expected)
{
    if (c.type() == expected)
        return c;
    std::size_t lost = 0;
    Column converted = c.convertedTo(expected, &lost);
    if (lost > 0) {
        QString example;
        for (std::size_t i = 0; i < c.size(); ++i) {
            if (!c.isMissing(i) && converted.isMissing(i)) {
                example = c.displayAt(i);
                break;
            }
        }
        return Result<Column>::failure(Tr::tr("The column '%1' should be %2 (as in the training data) but holds values "
                                          "such as '%3'.")
                                           .arg(c.name(), columnTypeDisplayName(expected), example));
    }
    converted.setRole(c.role());
    return converted;
}

} // namespace

ModelBundle ModelBundle::fromTrainResult(const TrainResult& r)
{
    ModelBundle b;
    b.model = r.model;
    b.task = r.task;
    b.params = r.params;
    b.design = r.design;
    b.pipeline = r.pipeline.clone();
    b.fitted = r.fitted;
    b.threshold = r.threshold;
    b.inputColumns = r.inputColumns;
    b.metrics.insert(QStringLiteral("train"), r.trainMetrics);
    b.metrics.insert(QStringLiteral("valid"), r.validMetrics);
    b.metrics.insert(QStringLiteral("test"), r.testMetrics);
    b.createdAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    b.appVersion = QCoreApplication::applicationVersion();
    return b;
}

Result<BundleFiles> encodeBundle(const ModelBundle& bundle)
{
    if (!bundle.fitted)
        return Result<BundleFiles>::failure(Tr::tr("There is no trained model to save."));
    auto modelBytes = bundle.fitted->serialize();
    if (!modelBytes.ok())
        return Result<BundleFiles>::failure(modelBytes.error());
    QJsonObject meta;
    meta.insert(QStringLiteral("format"), QLatin1String(kFormat));
    meta.insert(QStringLiteral("version"), kVersion);
    meta.insert(QStringLiteral("model"), bundle.model);
    meta.insert(QStringLiteral("task"), taskName(bundle.task));
    meta.insert(QStringLiteral("params"), QJsonObject::fromVariantMap(bundle.params));
    meta.insert(QStringLiteral("design"), bundle.design.toJson());
    meta.insert(QStringLiteral("threshold"), bundle.threshold);
    QJsonArray inputs;
    for (const auto& c : bundle.inputColumns) {
        inputs.append(QJsonObject{{QStringLiteral("name"), c.name},
                                  {QStringLiteral("type"), columnTypeName(c.type)},
                                  {QStringLiteral("role"), columnRoleName(c.role)}});
    }
    meta.insert(QStringLiteral("input_columns"), inputs);
    meta.insert(QStringLiteral("metrics"), bundle.metrics);
    meta.insert(QStringLiteral("created"), bundle.createdAt);
    meta.insert(QStringLiteral("app_version"), bundle.appVersion);
    meta.insert(QStringLiteral("model_file"), QStringLiteral("model.json"));
    meta.insert(QStringLiteral("pipeline_file"), QStringLiteral("pipeline.json"));
    BundleFiles files;
    files.bundleJson = QJsonDocument(meta).toJson(QJsonDocument::Indented);
    files.pipelineJson = QJsonDocument(bundle.pipeline.toJson(true)).toJson(QJsonDocument::Indented);
    files.modelBytes = modelBytes.take();
    return files;
}

Status saveBundle(const ModelBundle& bundle, const QString& dir)
{
    auto files = encodeBundle(bundle);
    if (!files.ok())
        return Status::failure(files.error());
    if (!QDir().mkpath(dir)) {
        ErrorInfo e;
        e.file = dir;
        e.message = Tr::tr("Cannot create the folder.");
        return Status::failure(e);
    }
    const QDir d(dir);
    for (const auto& [name, bytes] : {std::pair<QString, QByteArray>{QStringLiteral("model.json"), files->modelBytes},
                                      {QStringLiteral("pipeline.json"), files->pipelineJson},
                                      {QStringLiteral("bundle.json"), files->bundleJson}}) {
        const Status s = writeFile(d.filePath(name), bytes);
        if (!s.ok())
            return s;
    }
    return Status(Unit{});
}

namespace {

Result<QJsonObject> parseJson(const QByteArray& bytes, const QString& where)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject()) {
        ErrorInfo e;
        e.file = where;
        e.message = Tr::tr("This is not valid JSON (%1 at byte %2).").arg(err.errorString()).arg(err.offset);
        return Result<QJsonObject>::failure(e);
    }
    return doc.object();
}

} // namespace

Result<ModelBundle> decodeBundle(const BundleFiles& files, const QString& where)
{
    using R = Result<ModelBundle>;
    auto bad = [&](const QString& message) {
        ErrorInfo e;
        e.file = where;
        e.message = message;
        return R::failure(e);
    };
    auto meta = parseJson(files.bundleJson, where);
    if (!meta.ok())
        return R::failure(meta.error());
    const QJsonObject& m = meta.value();
    if (m.value(QStringLiteral("format")).toString() != QLatin1String(kFormat))
        return bad(Tr::tr("This is not a Purchasing Power Studio model bundle."));
    if (m.value(QStringLiteral("version")).toInt() > kVersion)
        return bad(Tr::tr("The model was saved by a newer version of the application (bundle version %1).")
                       .arg(m.value(QStringLiteral("version")).toInt()));
    ModelBundle b;
    b.model = m.value(QStringLiteral("model")).toString();
    if (!taskFromName(m.value(QStringLiteral("task")).toString(), &b.task))
        return bad(Tr::tr("Unknown task '%1'.").arg(m.value(QStringLiteral("task")).toString()));
    b.params = m.value(QStringLiteral("params")).toObject().toVariantMap();
    auto design = DesignSpec::fromJson(m.value(QStringLiteral("design")).toObject());
    if (!design.ok())
        return bad(design.error().message);
    b.design = design.value();
    b.threshold = m.value(QStringLiteral("threshold")).toDouble(0.5);
    for (const auto& v : m.value(QStringLiteral("input_columns")).toArray()) {
        const QJsonObject o = v.toObject();
        TrainResult::InputColumn c;
        c.name = o.value(QStringLiteral("name")).toString();
        c.type = ColumnType::Numeric;
        c.role = ColumnRole::Feature;
        columnTypeFromName(o.value(QStringLiteral("type")).toString(), &c.type);
        columnRoleFromName(o.value(QStringLiteral("role")).toString(), &c.role);
        b.inputColumns.push_back(c);
    }
    b.metrics = m.value(QStringLiteral("metrics")).toObject();
    b.createdAt = m.value(QStringLiteral("created")).toString();
    b.appVersion = m.value(QStringLiteral("app_version")).toString();

    auto pipelineJson = parseJson(files.pipelineJson, where);
    if (!pipelineJson.ok())
        return R::failure(pipelineJson.error());
    auto pipeline = Pipeline::fromJson(pipelineJson.value());
    if (!pipeline.ok())
        return bad(pipeline.error().message);
    b.pipeline = pipeline.take();

    auto created = ModelRegistry::instance().create(b.model, b.task, b.params);
    if (!created.ok())
        return bad(created.error().message);
    std::shared_ptr<Model> model = created.take();
    const Status loaded = model->deserialize(files.modelBytes);
    if (!loaded.ok())
        return bad(loaded.error().message);
    b.fitted = model;
    return b;
}

Result<ModelBundle> loadBundle(const QString& dir)
{
    using R = Result<ModelBundle>;
    const QDir d(dir);
    const QString metaPath = d.filePath(QStringLiteral("bundle.json"));
    if (!QFile::exists(metaPath)) {
        ErrorInfo e;
        e.file = dir;
        e.message = Tr::tr("This folder holds no saved model (bundle.json is missing).");
        return R::failure(e);
    }
    BundleFiles files;
    for (auto [name, target] : {std::pair<QString, QByteArray*>{QStringLiteral("bundle.json"), &files.bundleJson},
                                {QStringLiteral("pipeline.json"), &files.pipelineJson},
                                {QStringLiteral("model.json"), &files.modelBytes}}) {
        auto bytes = readFile(d.filePath(name));
        if (!bytes.ok())
            return R::failure(bytes.error());
        *target = bytes.take();
    }
    return decodeBundle(files, dir);
}

Result<Table> scoreTable(const ModelBundle& bundle, const Table& input, JobControl* job)
{
    using R = Result<Table>;
    if (!bundle.fitted)
        return R::failure(Tr::tr("The model bundle holds no trained model."));
    // Check and conform the input columns the model was trained with.
    Table conformed = input;
    for (const auto& expected : bundle.inputColumns) {
        Column* c = conformed.find(expected.name);
        if (!c) {
            if (expected.role != ColumnRole::Feature)
                continue;  // ids and ignored columns are not needed to score
            return R::failure(Tr::tr("The column '%1' is missing; the model was trained with it.").arg(expected.name));
        }
        auto fixed = conform(*c, expected.type);
        if (!fixed.ok())
            return R::failure(fixed.error());
        Column col = fixed.take();
        col.setRole(expected.role);
        *c = std::move(col);
    }
    JobControl prepJob(job, 0.0, 0.6);
    auto prepared = bundle.pipeline.transform(conformed, &prepJob);
    if (!prepared.ok())
        return R::failure(prepared.error());
    auto data = buildMlData(prepared.value(), bundle.design, false);
    if (!data.ok())
        return R::failure(data.error());
    if (prepared->rowCount() != input.rowCount())
        return R::failure(Tr::tr("The pipeline changed the number of rows (%1 → %2); predictions can't be matched to the "
                             "input rows. Remove row-dropping steps from the pipeline used for scoring.")
                              .arg(input.rowCount())
                              .arg(prepared->rowCount()));
    auto pred = bundle.fitted->predict(data->x);
    if (!pred.ok())
        return R::failure(pred.error());
    reportProgress(job, 0.9);

    Table out = input;
    const Eigen::Index n = data->rows();
    const QStringList& classes = bundle.design.classNames;
    if (bundle.task == Task::Regression) {
        std::vector<double> v(static_cast<std::size_t>(n));
        for (Eigen::Index i = 0; i < n; ++i)
            v[static_cast<std::size_t>(i)] = pred->value[i];
        out.addColumn(Column::numeric(QStringLiteral("predicted"), std::move(v)));
    } else if (bundle.task == Task::Multilabel) {
        for (int k = 0; k < classes.size(); ++k) {
            std::vector<double> label(static_cast<std::size_t>(n)), prob(static_cast<std::size_t>(n));
            for (Eigen::Index i = 0; i < n; ++i) {
                prob[static_cast<std::size_t>(i)] = pred->proba(i, k);
                label[static_cast<std::size_t>(i)] = pred->proba(i, k) >= bundle.threshold ? 1.0 : 0.0;
            }
            out.addColumn(Column::numeric(QStringLiteral("predicted_") + classes[k], std::move(label)));
            out.addColumn(Column::numeric(QStringLiteral("probability_") + classes[k], std::move(prob)));
        }
    } else {
        std::vector<std::int32_t> codes(static_cast<std::size_t>(n));
        for (Eigen::Index i = 0; i < n; ++i) {
            int cls = static_cast<int>(pred->value[i]);
            if (bundle.task == Task::Binary && pred->proba.cols() == 2)
                cls = pred->proba(i, 1) >= bundle.threshold ? 1 : 0;
            codes[static_cast<std::size_t>(i)] = cls;
        }
        out.addColumn(Column::categorical(QStringLiteral("predicted"), std::move(codes),
                                          std::vector<QString>(classes.begin(), classes.end())));
        for (int k = 0; k < classes.size(); ++k) {
            std::vector<double> prob(static_cast<std::size_t>(n));
            for (Eigen::Index i = 0; i < n; ++i)
                prob[static_cast<std::size_t>(i)] = pred->proba(i, k);
            out.addColumn(Column::numeric(QStringLiteral("probability_") + classes[k], std::move(prob)));
        }
    }
    reportProgress(job, 1.0);
    return out;
}

} // namespace pp
