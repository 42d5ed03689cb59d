// ppstudio-cli profile FILE: load a data file and print per-column statistics.
#include "cli/cli_common.h"
#include "data/importer.h"
#include "stats/profile.h"
#include "stats/profile_json.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>

#include <cmath>

namespace pp::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pp::cli)
};

QJsonArray warningsToJson(const std::vector<Warning>& warnings)
{
    QJsonArray out;
    for (const auto& w : warnings) {
        QJsonObject o;
        o.insert(QStringLiteral("kind"), w.kind);
        o.insert(QStringLiteral("line"), w.line > 0 ? QJsonValue(static_cast<double>(w.line)) : QJsonValue());
        o.insert(QStringLiteral("column"), w.column > 0 ? QJsonValue(w.column) : QJsonValue());
        o.insert(QStringLiteral("detail"), w.detail);
        out.append(o);
    }
    return out;
}

QString cell(const std::optional<double>& v)
{
    if (!v || !std::isfinite(*v))
        return QStringLiteral("-");
    return QString::number(*v, 'g', 6);
}

void printText(Context& ctx, const QString& file, const ImportedTable& data, const TableProfile& profile,
               double loadSeconds, double profileSeconds, const std::vector<Warning>& warnings)
{
    ctx.out << Tr::tr("%1: %2 rows, %3 columns (loaded in %4 s, profiled in %5 s)")
                   .arg(file)
                   .arg(profile.rows)
                   .arg(profile.columns.size())
                   .arg(loadSeconds, 0, 'f', 3)
                   .arg(profileSeconds, 0, 'f', 3)
            << '\n';
    const QStringList headers{Tr::tr("column"), Tr::tr("type"), Tr::tr("count"), Tr::tr("missing"), Tr::tr("unique"),
                              Tr::tr("mean"),   Tr::tr("std"),  Tr::tr("min"),   Tr::tr("median"),  Tr::tr("max")};
    std::vector<QStringList> rows;
    for (const auto& c : profile.columns) {
        // Dates read as dates here; JSON keeps epoch milliseconds.
        auto value = [&](const std::optional<double>& v) {
            if (c.type == ColumnType::DateTime && v && std::isfinite(*v))
                return formatDateTime(static_cast<qint64>(*v), QString());
            return cell(v);
        };
        rows.push_back({c.name, columnTypeName(c.type), QString::number(c.count), QString::number(c.missing),
                        QString::number(c.unique), cell(c.mean), cell(c.std), value(c.min), value(c.median),
                        value(c.max)});
    }
    std::vector<qsizetype> width(static_cast<std::size_t>(headers.size()));
    for (qsizetype i = 0; i < headers.size(); ++i) {
        width[static_cast<std::size_t>(i)] = headers[i].size();
        for (const auto& r : rows)
            width[static_cast<std::size_t>(i)] = std::max(width[static_cast<std::size_t>(i)], r[i].size());
    }
    auto printRow = [&](const QStringList& r) {
        for (qsizetype i = 0; i < r.size(); ++i) {
            const auto w = static_cast<int>(width[static_cast<std::size_t>(i)]);
            ctx.out << (i < 2 ? r[i].leftJustified(w) : r[i].rightJustified(w)) << (i + 1 < r.size() ? "  " : "");
        }
        ctx.out << '\n';
    };
    printRow(headers);
    for (const auto& r : rows)
        printRow(r);
    for (const auto& w : warnings)
        ctx.out << Tr::tr("warning") << ": " << (w.line > 0 ? Tr::tr("line %1: ").arg(w.line) : QString()) << w.detail << '\n';
    Q_UNUSED(data);
}

} // namespace

int runProfile(Context& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Load a data file and print per-column statistics."));
    parser.addPositionalArgument(QStringLiteral("FILE"), Tr::tr("CSV/TSV, Excel .xlsx or SQLite file."));
    addImportOptions(parser);
    parser.addOptions({
        {QStringLiteral("json"), Tr::tr("Print one JSON object.")},
        {QStringLiteral("iqr-k"), Tr::tr("IQR rule multiplier for outliers (default 1.5)."), QStringLiteral("K")},
        {QStringLiteral("z"), Tr::tr("z-score threshold for outliers (default 3)."), QStringLiteral("Z")},
        {QStringLiteral("top"), Tr::tr("How many most frequent values to list (default 10)."), QStringLiteral("N")},
    });
    int code = Ok;
    if (!parseArgs(ctx, parser, args, &code))
        return code;
    if (parser.positionalArguments().size() != 1)
        return fail(ctx, Tr::tr("profile needs exactly one FILE (see ppstudio-cli profile --help)."));
    const QString file = parser.positionalArguments().constFirst();

    ImportOptions options;
    QString error;
    if (!importOptionsFromParser(parser, &options, &error))
        return fail(ctx, error);
    ProfileOptions popts;
    bool ok = true;
    if (parser.isSet(QStringLiteral("iqr-k")))
        popts.iqrK = parser.value(QStringLiteral("iqr-k")).toDouble(&ok);
    if (ok && parser.isSet(QStringLiteral("z")))
        popts.zThreshold = parser.value(QStringLiteral("z")).toDouble(&ok);
    if (ok && parser.isSet(QStringLiteral("top")))
        popts.topCount = parser.value(QStringLiteral("top")).toInt(&ok);
    if (!ok || popts.iqrK <= 0 || popts.zThreshold <= 0 || popts.topCount < 0)
        return fail(ctx, Tr::tr("--iqr-k and --z take positive numbers, --top a count."));
    popts.threads = options.threads;

    QElapsedTimer timer;
    timer.start();
    auto loaded = importFile(file, options);
    const double loadSeconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    if (!loaded.ok())
        return fail(ctx, loaded.error());
    timer.restart();
    auto profile = profileTable(loaded->table, popts);
    const double profileSeconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    if (!profile.ok())
        return fail(ctx, profile.error());

    std::vector<Warning> warnings = loaded.warnings();
    warnings.insert(warnings.end(), profile.warnings().begin(), profile.warnings().end());
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject root;
        root.insert(QStringLiteral("file"), file);
        root.insert(QStringLiteral("format"), fileFormatName(loaded->info.format));
        root.insert(QStringLiteral("rows"), static_cast<double>(profile->rows));
        root.insert(QStringLiteral("columns"), tableProfileToJson(profile.value()));
        root.insert(QStringLiteral("load_seconds"), loadSeconds);
        root.insert(QStringLiteral("profile_seconds"), profileSeconds);
        root.insert(QStringLiteral("warnings"), warningsToJson(warnings));
        if (loaded->info.format == FileFormat::Csv) {
            QJsonObject dialect;
            dialect.insert(QStringLiteral("encoding"), loaded->info.encoding);
            dialect.insert(QStringLiteral("delimiter"), QString(QLatin1Char(loaded->info.delimiter)));
            dialect.insert(QStringLiteral("header"), loaded->info.hasHeader);
            dialect.insert(QStringLiteral("decimal_comma"), loaded->info.decimalComma);
            root.insert(QStringLiteral("dialect"), dialect);
        }
        writeJson(ctx, QJsonDocument(root));
    } else {
        printText(ctx, file, loaded.value(), profile.value(), loadSeconds, profileSeconds, warnings);
    }
    return Ok;
}

} // namespace pp::cli
