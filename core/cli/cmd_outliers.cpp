// ppstudio-cli outliers FILE: per-column (IQR, z-score, modified z-score) or multivariate
// (Isolation Forest) outliers; the flagged rows optionally written to a file.
#include "cli/cli_common.h"
#include "data/importer.h"
#include "stats/outliers.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

#include <cmath>

namespace pp::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pp::cli)
};

QJsonValue number(double v) { return std::isfinite(v) ? QJsonValue(v) : QJsonValue(); }

QString cell(double v) { return std::isfinite(v) ? QString::number(v, 'g', 6) : QStringLiteral("-"); }

int failAt(Context& ctx, const QString& file, int column, const QString& message)
{
    ErrorInfo e;
    e.file = file;
    e.column = column;
    e.message = message;
    return fail(ctx, e);
}

/// Table indices of the names in --columns; all unknown names are reported at once.
bool resolveColumns(Context& ctx, const QString& file, const Table& table, const QString& spec,
                    std::vector<int>* out, int* code)
{
    QStringList unknown;
    for (const QString& raw : spec.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        int index = table.indexOf(raw);
        if (index < 0)
            index = table.indexOf(raw.trimmed());
        if (index < 0)
            unknown << QLatin1Char('\'') + raw + QLatin1Char('\'');
        else
            out->push_back(index);
    }
    if (!unknown.isEmpty()) {
        *code = failAt(ctx, file, 0, Tr::tr("unknown column(s) %1; the columns are: %2")
                                         .arg(unknown.join(QStringLiteral(", ")),
                                              table.columnNames().join(QStringLiteral(", "))));
        return false;
    }
    for (int index : *out) {
        const Column& c = table.column(static_cast<std::size_t>(index));
        if (c.type() != ColumnType::Numeric && c.type() != ColumnType::Boolean && c.type() != ColumnType::DateTime) {
            // ErrorInfo's column alone would print as "file:5:", which reads as line 5.
            *code = failAt(ctx, file, 0, Tr::tr("column '%1' (column %2) is %3, not numeric")
                                             .arg(c.name()).arg(index + 1).arg(columnTypeDisplayName(c.type())));
            return false;
        }
    }
    if (out->empty()) {
        *code = failAt(ctx, file, 0, Tr::tr("--columns names no column"));
        return false;
    }
    return true;
}

bool writeRows(const QString& path, const std::vector<std::uint8_t>& flags, QString* error)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text)) {
        *error = f.errorString();
        return false;
    }
    QByteArray text("row\n");
    for (std::size_t r = 0; r < flags.size(); ++r)
        if (flags[r])
            text += QByteArray::number(static_cast<qulonglong>(r)) + '\n';
    if (f.write(text) != text.size() || !f.flush()) {
        *error = f.errorString();
        return false;
    }
    return true;
}

} // namespace

int runOutliers(Context& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Find outliers per column (iqr, zscore, mad) or across columns (iforest)."));
    parser.addPositionalArgument(QStringLiteral("FILE"), Tr::tr("CSV/TSV, Excel .xlsx or SQLite file."));
    addImportOptions(parser);
    parser.addOptions({
        {QStringLiteral("method"), Tr::tr("iqr, zscore, mad (modified z-score) or iforest (default iqr)."),
         QStringLiteral("METHOD")},
        {QStringLiteral("columns"), Tr::tr("Comma-separated columns (default: the numeric, non-id columns)."),
         QStringLiteral("A,B")},
        {QStringLiteral("k"), Tr::tr("IQR multiplier (default 1.5)."), QStringLiteral("K")},
        {QStringLiteral("threshold"),
         Tr::tr("zscore: |z| above this (default 3); mad: modified z above this (default 3.5); iforest: "
            "anomaly score above this, in (0, 1] (default: from --contamination)."),
         QStringLiteral("T")},
        {QStringLiteral("contamination"), Tr::tr("iforest: share of rows to flag, in (0, 0.5] (default 0.01)."),
         QStringLiteral("C")},
        {QStringLiteral("trees"), Tr::tr("iforest: number of trees (default 100)."), QStringLiteral("N")},
        {QStringLiteral("seed"), Tr::tr("iforest: random seed (default 42)."), QStringLiteral("S")},
        {QStringLiteral("out"), Tr::tr("Write the 0-based indices of flagged rows (in any column) to this file."),
         QStringLiteral("FILE")},
        {QStringLiteral("json"), Tr::tr("Print one JSON object.")},
    });
    int code = Ok;
    if (!parseArgs(ctx, parser, args, &code))
        return code;
    if (parser.positionalArguments().size() != 1)
        return fail(ctx, Tr::tr("outliers needs exactly one FILE (see ppstudio-cli outliers --help)."));
    const QString file = parser.positionalArguments().constFirst();

    ImportOptions importOptions;
    QString error;
    if (!importOptionsFromParser(parser, &importOptions, &error))
        return fail(ctx, error);
    OutlierMethod method = OutlierMethod::Iqr;
    if (parser.isSet(QStringLiteral("method")) && !outlierMethodFromName(parser.value(QStringLiteral("method")), &method))
        return fail(ctx, Tr::tr("--method takes iqr, zscore, mad or iforest, got '%1'.").arg(parser.value(QStringLiteral("method"))));
    OutlierOptions options;
    options.method = method;
    options.threads = importOptions.threads;
    IsolationForestOptions forest;
    forest.threads = importOptions.threads;
    bool ok = true;
    const auto numberOption = [&](const char* name, double* out, bool (*valid)(double)) {
        if (!ok || !parser.isSet(QLatin1String(name)))
            return;
        *out = parser.value(QLatin1String(name)).toDouble(&ok);
        ok = ok && valid(*out);
        if (!ok)
            error = Tr::tr("--%1 got '%2'; see ppstudio-cli outliers --help.").arg(QLatin1String(name), parser.value(QLatin1String(name)));
    };
    const auto positive = [](double v) { return v > 0.0 && std::isfinite(v); };
    numberOption("k", &options.iqrK, positive);
    if (method == OutlierMethod::ZScore)
        numberOption("threshold", &options.zThreshold, positive);
    else if (method == OutlierMethod::ModifiedZScore)
        numberOption("threshold", &options.madThreshold, positive);
    else if (method == OutlierMethod::IsolationForest)
        numberOption("threshold", &forest.threshold, [](double v) { return v > 0.0 && v <= 1.0; });
    numberOption("contamination", &forest.contamination, [](double v) { return v > 0.0 && v <= 0.5; });
    double trees = forest.trees;
    numberOption("trees", &trees, [](double v) { return v >= 1.0 && v <= 100000.0 && v == std::floor(v); });
    forest.trees = static_cast<int>(trees);
    if (ok && parser.isSet(QStringLiteral("seed"))) {
        forest.seed = parser.value(QStringLiteral("seed")).toULongLong(&ok);
        if (!ok)
            error = Tr::tr("--seed takes a number >= 0, got '%1'.").arg(parser.value(QStringLiteral("seed")));
    }
    if (!ok)
        return fail(ctx, error);

    auto loaded = importFile(file, importOptions);
    if (!loaded.ok())
        return fail(ctx, loaded.error());
    const Table& table = loaded->table;
    std::vector<int> columns;
    if (parser.isSet(QStringLiteral("columns"))
        && !resolveColumns(ctx, file, table, parser.value(QStringLiteral("columns")), &columns, &code))
        return code;

    const bool json = parser.isSet(QStringLiteral("json"));
    QJsonObject root;
    root.insert(QStringLiteral("file"), file);
    root.insert(QStringLiteral("rows"), static_cast<double>(table.rowCount()));
    root.insert(QStringLiteral("method"), outlierMethodName(method));
    std::vector<std::uint8_t> flagged(table.rowCount(), 0);
    // Printed only after --out is written: a failed command prints just its error line.
    QString text;
    QTextStream report(&text);
    if (method == OutlierMethod::IsolationForest) {
        auto result = forestOutliers(table, columns, forest);
        if (!result.ok())
            return failAt(ctx, file, 0, result.error().message);
        flagged = result->flags;
        root.insert(QStringLiteral("columns"), QJsonArray::fromStringList(result->names));
        root.insert(QStringLiteral("flagged"), static_cast<double>(result->flagged));
        root.insert(QStringLiteral("threshold"), result->threshold);
        if (!json) {
            report << Tr::tr("%1: %2 rows; Isolation Forest over %3 (%4 trees, seed %5)")
                           .arg(file).arg(table.rowCount()).arg(result->names.join(QStringLiteral(", ")))
                           .arg(forest.trees).arg(forest.seed)
                    << '\n'
                    << Tr::tr("%1 rows flagged (score > %2); %3 rows had missing values imputed with the median")
                           .arg(result->flagged).arg(result->threshold, 0, 'g', 6).arg(result->imputedRows)
                    << '\n';
        }
    } else {
        auto result = tableOutliers(table, columns, options);
        if (!result.ok())
            return failAt(ctx, file, 0, result.error().message);
        QJsonArray list;
        if (!json)
            report << Tr::tr("%1: %2 rows; method %3").arg(file).arg(table.rowCount()).arg(outlierMethodName(method)) << '\n';
        for (const auto& c : result.value()) {
            list.append(QJsonObject{{QStringLiteral("name"), c.name},
                                    {QStringLiteral("outliers"), static_cast<double>(c.outliers)},
                                    {QStringLiteral("lower"), number(c.lower)},
                                    {QStringLiteral("upper"), number(c.upper)}});
            for (std::size_t r = 0; r < flagged.size(); ++r)
                flagged[r] |= c.flags[r];
            if (!json)
                report << Tr::tr("  %1: %2 of %3 values outside [%4, %5]%6")
                               .arg(c.name).arg(c.outliers).arg(c.count).arg(cell(c.lower), cell(c.upper),
                                    c.madFallback ? Tr::tr(" (MAD is 0: scaled mean absolute deviation used)") : QString())
                        << '\n';
        }
        root.insert(QStringLiteral("columns"), list);
    }
    if (parser.isSet(QStringLiteral("out")) && !writeRows(parser.value(QStringLiteral("out")), flagged, &error))
        return failAt(ctx, parser.value(QStringLiteral("out")), 0, Tr::tr("cannot write: %1").arg(error));
    if (json) {
        writeJson(ctx, QJsonDocument(root));
    } else {
        report.flush();
        ctx.out << text;
    }
    ctx.out.flush();
    return Ok;
}

} // namespace pp::cli
