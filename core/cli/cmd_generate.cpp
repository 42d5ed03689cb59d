// ppstudio-cli generate: write the synthetic e-commerce dataset (see docs/synthetic_data.md).
#include "cli/cli_common.h"
#include "data/synthetic.h"

#include <QCoreApplication>

namespace pp::cli {

namespace {
QString tr(const char* s) { return QCoreApplication::translate("pp::cli", s); }
} // namespace

int runGenerate(Context& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Write the synthetic e-commerce dataset as CSV."));
    parser.addOptions({
        {QStringLiteral("rows"), tr("Number of customers (default 10000)."), QStringLiteral("N")},
        {QStringLiteral("seed"), tr("Random seed (default 42)."), QStringLiteral("S")},
        {QStringLiteral("missing-rate"), tr("Share of missing values in feature columns (default 0.05)."),
         QStringLiteral("R")},
        {QStringLiteral("outlier-rate"), tr("Share of outliers (default 0.01)."), QStringLiteral("R")},
        {QStringLiteral("out"), tr("Output CSV file."), QStringLiteral("FILE")},
    });
    int code = Ok;
    if (!parseArgs(ctx, parser, args, &code))
        return code;
    if (!parser.positionalArguments().isEmpty())
        return fail(ctx, tr("generate takes no positional arguments: use --out FILE."));
    if (!parser.isSet(QStringLiteral("out")))
        return fail(ctx, tr("generate needs --out FILE."));

    SyntheticOptions options;
    bool ok = true;
    if (parser.isSet(QStringLiteral("rows")))
        options.rows = parser.value(QStringLiteral("rows")).toLongLong(&ok);
    if (!ok || options.rows < 1)
        return fail(ctx, tr("--rows takes a number >= 1, got '%1'.").arg(parser.value(QStringLiteral("rows"))));
    if (parser.isSet(QStringLiteral("seed")))
        options.seed = parser.value(QStringLiteral("seed")).toULongLong(&ok);
    if (!ok)
        return fail(ctx, tr("--seed takes a non-negative integer, got '%1'.").arg(parser.value(QStringLiteral("seed"))));
    if (parser.isSet(QStringLiteral("missing-rate")))
        options.missingRate = parser.value(QStringLiteral("missing-rate")).toDouble(&ok);
    if (!ok || options.missingRate < 0 || options.missingRate >= 1)
        return fail(ctx, tr("--missing-rate takes a number in [0, 1)."));
    if (parser.isSet(QStringLiteral("outlier-rate")))
        options.outlierRate = parser.value(QStringLiteral("outlier-rate")).toDouble(&ok);
    if (!ok || options.outlierRate < 0 || options.outlierRate >= 1)
        return fail(ctx, tr("--outlier-rate takes a number in [0, 1)."));

    const auto status = writeSyntheticCsv(options, parser.value(QStringLiteral("out")), nullptr);
    if (!status.ok())
        return fail(ctx, status.error());
    return Ok;
}

} // namespace pp::cli
