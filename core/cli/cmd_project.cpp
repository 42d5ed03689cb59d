// Project commands: `runs` lists a project's runs, `export` writes a run's model bundle.
#include "cli/cli_common.h"
#include "ml/model_bundle.h"
#include "store/project_store.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonObject>

namespace pp::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pp::cli)
};

// The headline metric of a run for the text listing.
QString keyMetric(const store::RunInfo& r)
{
    for (const char* split : {"test", "valid"}) {
        const QJsonObject m = r.metrics.value(QLatin1String(split)).toObject();
        for (const char* key : {"r2", "f1_macro", "accuracy", "f1_micro"}) {
            if (m.value(QLatin1String(key)).isDouble())
                return QStringLiteral("%1 %2=%3").arg(QLatin1String(split), QLatin1String(key))
                    .arg(m.value(QLatin1String(key)).toDouble(), 0, 'g', 4);
        }
    }
    return QStringLiteral("-");
}

} // namespace

QJsonObject runToJson(const store::RunInfo& r)
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), static_cast<double>(r.id));
    o.insert(QStringLiteral("name"), r.name);
    o.insert(QStringLiteral("model"), r.model);
    o.insert(QStringLiteral("task"), r.task);
    o.insert(QStringLiteral("dataset"), r.datasetName);
    o.insert(QStringLiteral("status"), r.status);
    o.insert(QStringLiteral("metrics"), r.metrics);
    o.insert(QStringLiteral("started"), r.started);
    o.insert(QStringLiteral("finished"), r.finished.isEmpty() ? QJsonValue() : QJsonValue(r.finished));
    o.insert(QStringLiteral("device"), r.device);
    o.insert(QStringLiteral("params"), r.usedParams.isEmpty() ? r.params : r.usedParams);
    // As `train --json` writes them; null while running or for runs stored before format 3.
    o.insert(QStringLiteral("rows"), r.trainRows < 0 ? QJsonValue()
                                                     : QJsonObject{{QStringLiteral("train"), static_cast<double>(r.trainRows)},
                                                                   {QStringLiteral("valid"), static_cast<double>(r.validRows)},
                                                                   {QStringLiteral("test"), static_cast<double>(r.testRows)}});
    o.insert(QStringLiteral("has_model"), r.hasModel);
    return o;
}

int runRuns(Context& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("List the runs of a project with their status and metrics."));
    parser.addPositionalArgument(QStringLiteral("PROJECT"), Tr::tr("A .ppsproj project file."));
    parser.addOption({QStringLiteral("json"), Tr::tr("Print a JSON list.")});
    int code = Ok;
    if (!parseArgs(ctx, parser, args, &code))
        return code;
    if (parser.positionalArguments().size() != 1)
        return fail(ctx, Tr::tr("runs needs exactly one PROJECT file."));
    auto project = store::ProjectStore::open(parser.positionalArguments().constFirst(), false);
    if (!project.ok())
        return fail(ctx, project.error());
    auto runs = project.value()->runs();
    if (!runs.ok())
        return fail(ctx, runs.error());
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const auto& r : runs.value())
            list.append(runToJson(r));
        writeJson(ctx, QJsonDocument(list));
        return Ok;
    }
    for (const auto& r : runs.value()) {
        ctx.out << QStringLiteral("%1  %2  %3  %4  %5  %6")
                       .arg(r.id, 4)
                       .arg(r.status, -11)
                       .arg(r.model, -11)
                       .arg(r.name, -24)
                       .arg(keyMetric(r), -22)
                       .arg(r.started)
                << '\n';
    }
    return Ok;
}

int runExport(Context& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Write a run's model bundle (for ppstudio-cli predict)."));
    parser.addPositionalArgument(QStringLiteral("PROJECT"), Tr::tr("A .ppsproj project file."));
    parser.addPositionalArgument(QStringLiteral("RUN_ID"), Tr::tr("The run's id (see ppstudio-cli runs)."));
    parser.addOption({QStringLiteral("out"), Tr::tr("Folder to write the bundle to."), QStringLiteral("DIR")});
    int code = Ok;
    if (!parseArgs(ctx, parser, args, &code))
        return code;
    if (parser.positionalArguments().size() != 2 || !parser.isSet(QStringLiteral("out")))
        return fail(ctx, Tr::tr("export needs PROJECT RUN_ID --out DIR."));
    bool ok = false;
    const qint64 runId = parser.positionalArguments().at(1).toLongLong(&ok);
    if (!ok)
        return fail(ctx, Tr::tr("RUN_ID must be a number, got '%1'.").arg(parser.positionalArguments().at(1)));
    const QString path = parser.positionalArguments().at(0);
    auto project = store::ProjectStore::open(path, false);
    if (!project.ok())
        return fail(ctx, project.error());
    auto stored = project.value()->loadModel(runId);
    if (!stored.ok()) {
        ErrorInfo e = stored.error();
        e.file = path;
        return fail(ctx, e);
    }
    auto bundle = decodeBundle({stored->bundleJson, stored->pipelineJson, stored->modelBytes},
                               Tr::tr("%1, run %2").arg(path).arg(runId));
    if (!bundle.ok())
        return fail(ctx, bundle.error());
    const Status s = saveBundle(bundle.value(), parser.value(QStringLiteral("out")));
    if (!s.ok())
        return fail(ctx, s.error());
    return Ok;
}

} // namespace pp::cli
