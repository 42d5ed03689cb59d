// ppstudio-cli prepare FILE --pipeline P.json --out OUT.csv: fit a preparation pipeline and
// write the prepared table.
#include "cli/cli_common.h"
#include "data/csv_writer.h"
#include "data/importer.h"
#include "ml/task.h"
#include "prep/pipeline.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonParseError>

namespace pp::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pp::cli)
};

ErrorInfo inFile(const QString& file, const QString& message)
{
    ErrorInfo e;
    e.file = file;
    e.message = message;
    return e;
}

Result<Pipeline> loadPipeline(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Result<Pipeline>::failure(inFile(path, Tr::tr("can't read the pipeline: %1").arg(f.errorString())));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return Result<Pipeline>::failure(inFile(
            path, Tr::tr("not a pipeline JSON object (%1 at byte %2)").arg(parseError.errorString()).arg(parseError.offset)));
    auto pipeline = Pipeline::fromJson(doc.object());
    if (!pipeline.ok())
        return Result<Pipeline>::failure(inFile(path, pipeline.error().message));
    return pipeline;
}

void printWarnings(Context& ctx, const std::vector<Warning>& warnings)
{
    for (const auto& w : warnings)
        ctx.err << Tr::tr("warning") << ": " << w.detail << '\n';
}

} // namespace

int runPrepare(Context& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Fit a preparation pipeline on training data and write the prepared table as CSV.\n"
           "Steps are fitted on --fit-on (default: FILE itself) and replayed on FILE; resampling "
           "steps change FILE only when FILE is the data they were fitted on."));
    parser.addPositionalArgument(QStringLiteral("FILE"), Tr::tr("CSV/TSV, Excel .xlsx or SQLite file to prepare."));
    addImportOptions(parser);
    parser.addOptions({
        {QStringLiteral("pipeline"), Tr::tr("Pipeline JSON file (from the app's Prepare page or written by hand)."),
         QStringLiteral("P.json")},
        {QStringLiteral("out"), Tr::tr("CSV file to write."), QStringLiteral("OUT.csv")},
        {QStringLiteral("fit-on"), Tr::tr("Fit the steps on this file (the training data) instead of FILE."),
         QStringLiteral("FILE")},
        {QStringLiteral("target"), Tr::tr("Target column(s), comma-separated; needed by selection and resampling steps."),
         QStringLiteral("COL")},
        {QStringLiteral("seed"), Tr::tr("Base seed of the random steps (default 42)."), QStringLiteral("S")},
        {QStringLiteral("json"), Tr::tr("Print a JSON summary.")},
    });
    int code = Ok;
    if (!parseArgs(ctx, parser, args, &code))
        return code;
    if (parser.positionalArguments().size() != 1)
        return fail(ctx, Tr::tr("prepare needs exactly one FILE (see ppstudio-cli prepare --help)."));
    if (!parser.isSet(QStringLiteral("pipeline")) || !parser.isSet(QStringLiteral("out")))
        return fail(ctx, Tr::tr("prepare needs --pipeline P.json and --out OUT.csv."));
    const QString file = parser.positionalArguments().constFirst();
    const QString outPath = parser.value(QStringLiteral("out"));
    const QString fitPath = parser.isSet(QStringLiteral("fit-on")) ? parser.value(QStringLiteral("fit-on")) : file;
    const bool fitOnFile = QFileInfo(fitPath).absoluteFilePath() == QFileInfo(file).absoluteFilePath();

    ImportOptions options;
    QString error;
    if (!importOptionsFromParser(parser, &options, &error))
        return fail(ctx, error);
    FitInfo info;
    if (parser.isSet(QStringLiteral("seed"))) {
        bool ok = false;
        info.seed = parser.value(QStringLiteral("seed")).toULongLong(&ok);
        if (!ok)
            return fail(ctx, Tr::tr("--seed takes a whole number >= 0, got '%1'.").arg(parser.value(QStringLiteral("seed"))));
    }
    for (const QString& t : parser.value(QStringLiteral("target")).split(QLatin1Char(','), Qt::SkipEmptyParts))
        info.targets << t.trimmed();

    QElapsedTimer timer;
    timer.start();
    registerPrepSteps();

    auto pipeline = loadPipeline(parser.value(QStringLiteral("pipeline")));
    if (!pipeline.ok())
        return fail(ctx, pipeline.error());

    auto data = importFile(file, options);
    if (!data.ok())
        return fail(ctx, data.error());
    Result<ImportedTable> fitData = fitOnFile ? Result<ImportedTable>() : importFile(fitPath, options);
    if (!fitOnFile && !fitData.ok())
        return fail(ctx, fitData.error());
    const Table& train = fitOnFile ? data->table : fitData->table;
    for (const QString& t : info.targets)
        if (!train.find(t))
            return fail(ctx, inFile(fitPath, Tr::tr("target column '%1' is not in the data.").arg(t)));
    info.task = inferTask(train, info.targets);

    auto fitted = pipeline->fitTransform(train, info);
    if (!fitted.ok())
        return fail(ctx, inFile(fitPath, fitted.error().message));
    std::vector<Warning> warnings = fitted.warnings();
    Table prepared;
    if (fitOnFile) {
        prepared = fitted.take();   // resampling included: FILE is the training data
    } else {
        auto replayed = pipeline->transform(data->table);
        if (!replayed.ok())
            return fail(ctx, inFile(file, replayed.error().message));
        warnings.insert(warnings.end(), replayed.warnings().begin(), replayed.warnings().end());
        prepared = replayed.take();
    }
    const Status written = writeCsv(prepared, outPath);
    if (!written.ok())
        return fail(ctx, written.error());
    const double seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;

    printWarnings(ctx, warnings);
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject root;
        root.insert(QStringLiteral("rows_in"), static_cast<double>(data->table.rowCount()));
        root.insert(QStringLiteral("rows_out"), static_cast<double>(prepared.rowCount()));
        root.insert(QStringLiteral("columns"), QJsonArray::fromStringList(prepared.columnNames()));
        QJsonArray steps;
        for (std::size_t i = 0; i < pipeline->size(); ++i)
            if (pipeline->step(i).isEnabled())
                steps.append(pipeline->step(i).describe());
        root.insert(QStringLiteral("steps"), steps);
        root.insert(QStringLiteral("seconds"), seconds);
        writeJson(ctx, QJsonDocument(root));
    } else {
        ctx.out << Tr::tr("%1: %2 rows → %3 rows, %4 columns (%5 s)")
                       .arg(outPath)
                       .arg(data->table.rowCount())
                       .arg(prepared.rowCount())
                       .arg(prepared.columnCount())
                       .arg(seconds, 0, 'f', 3)
                << '\n';
        for (std::size_t i = 0; i < pipeline->size(); ++i)
            if (pipeline->step(i).isEnabled())
                ctx.out << "  " << (i + 1) << ". " << pipeline->step(i).describe() << '\n';
        ctx.out.flush();
    }
    return Ok;
}

} // namespace pp::cli
