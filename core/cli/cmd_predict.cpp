// ppstudio-cli predict MODEL_DIR FILE --out OUT.csv: score new data with a saved bundle.
#include "cli/cli_common.h"
#include "data/csv_writer.h"
#include "data/importer.h"
#include "ml/model_bundle.h"

#include <QCoreApplication>

namespace pp::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pp::cli)
};
} // namespace

int runPredict(Context& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Score new data with a saved model (see train --save)."));
    parser.addPositionalArgument(QStringLiteral("MODEL_DIR"), Tr::tr("Folder written by train --save or export."));
    parser.addPositionalArgument(QStringLiteral("FILE"), Tr::tr("Data to score, with the training columns."));
    addImportOptions(parser);
    parser.addOption({QStringLiteral("out"), Tr::tr("Output CSV: the input columns, then the predictions."), QStringLiteral("OUT.csv")});
    int code = Ok;
    if (!parseArgs(ctx, parser, args, &code))
        return code;
    if (parser.positionalArguments().size() != 2)
        return fail(ctx, Tr::tr("predict needs MODEL_DIR and FILE (see ppstudio-cli predict --help)."));
    if (!parser.isSet(QStringLiteral("out")))
        return fail(ctx, Tr::tr("predict needs --out OUT.csv."));
    const QString dir = parser.positionalArguments().at(0);
    const QString file = parser.positionalArguments().at(1);
    ImportOptions options;
    QString error;
    if (!importOptionsFromParser(parser, &options, &error))
        return fail(ctx, error);

    auto bundle = loadBundle(dir);
    if (!bundle.ok())
        return fail(ctx, bundle.error());
    auto data = importFile(file, options);
    if (!data.ok())
        return fail(ctx, data.error());
    auto scored = scoreTable(bundle.value(), data->table);
    if (!scored.ok()) {
        ErrorInfo e = scored.error();
        if (e.file.isEmpty())
            e.file = file;
        return fail(ctx, e);
    }
    const Status written = writeCsv(scored.value(), parser.value(QStringLiteral("out")));
    if (!written.ok())
        return fail(ctx, written.error());
    return Ok;
}

} // namespace pp::cli
