// ppstudio-cli generate: write the synthetic e-commerce dataset (see docs/synthetic_data.md).
#include "cli/cli_common.h"
#include "data/synthetic.h"

#include <QCoreApplication>

namespace pp::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pp::cli)
};
} // namespace

int runGenerate(Context& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Write the synthetic e-commerce dataset as CSV."));
    parser.addOptions({
        {QStringLiteral("rows"), Tr::tr("Number of customers (default 10000)."), QStringLiteral("N")},
        {QStringLiteral("seed"), Tr::tr("Random seed (default 42)."), QStringLiteral("S")},
        {QStringLiteral("missing-rate"), Tr::tr("Share of missing values in feature columns (default 0.05)."),
         QStringLiteral("R")},
        {QStringLiteral("outlier-rate"), Tr::tr("Share of outliers (default 0.01)."), QStringLiteral("R")},
        {QStringLiteral("out"), Tr::tr("Output CSV file."), QStringLiteral("FILE")},
    });
    int code = Ok;
    if (!parseArgs(ctx, parser, args, &code))
        return code;
    if (!parser.positionalArguments().isEmpty())
        return fail(ctx, Tr::tr("generate takes no positional arguments: use --out FILE."));
    if (!parser.isSet(QStringLiteral("out")))
        return fail(ctx, Tr::tr("generate needs --out FILE."));

    SyntheticOptions options;
    bool ok = true;
    if (parser.isSet(QStringLiteral("rows")))
        options.rows = parser.value(QStringLiteral("rows")).toLongLong(&ok);
    if (!ok || options.rows < 1)
        return fail(ctx, Tr::tr("--rows takes a number >= 1, got '%1'.").arg(parser.value(QStringLiteral("rows"))));
    if (parser.isSet(QStringLiteral("seed")))
        options.seed = parser.value(QStringLiteral("seed")).toULongLong(&ok);
    if (!ok)
        return fail(ctx, Tr::tr("--seed takes a non-negative integer, got '%1'.").arg(parser.value(QStringLiteral("seed"))));
    if (parser.isSet(QStringLiteral("missing-rate")))
        options.missingRate = parser.value(QStringLiteral("missing-rate")).toDouble(&ok);
    if (!ok || options.missingRate < 0 || options.missingRate >= 1)
        return fail(ctx, Tr::tr("--missing-rate takes a number in [0, 1)."));
    if (parser.isSet(QStringLiteral("outlier-rate")))
        options.outlierRate = parser.value(QStringLiteral("outlier-rate")).toDouble(&ok);
    if (!ok || options.outlierRate < 0 || options.outlierRate >= 1)
        return fail(ctx, Tr::tr("--outlier-rate takes a number in [0, 1)."));

    const auto status = writeSyntheticCsv(options, parser.value(QStringLiteral("out")), nullptr);
    if (!status.ok())
        return fail(ctx, status.error());
    return Ok;
}

} // namespace pp::cli
