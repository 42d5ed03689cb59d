#include "cli/cli_common.h"

#include "data/column.h"

#include <QCoreApplication>

namespace pp::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pp::cli)
};

bool parseChar(const QString& value, char* out)
{
    if (value == QLatin1String("\\t") || value.compare(QLatin1String("tab"), Qt::CaseInsensitive) == 0) {
        *out = '\t';
        return true;
    }
    if (value.size() == 1 && value.at(0).unicode() < 128) {
        *out = static_cast<char>(value.at(0).unicode());
        return true;
    }
    return false;
}

} // namespace

void addImportOptions(QCommandLineParser& parser)
{
    parser.addOptions({
        {QStringLiteral("format"), Tr::tr("File format: csv, xlsx or sqlite (default: detect)."), QStringLiteral("FORMAT")},
        {QStringLiteral("delimiter"), Tr::tr("Field delimiter, e.g. ',' ';' '\\t' '|' (default: detect)."),
         QStringLiteral("C")},
        {QStringLiteral("quote"), Tr::tr("Quote character (default: \"); 'none' disables quoting."), QStringLiteral("C")},
        {QStringLiteral("encoding"), Tr::tr("Text encoding: UTF-8, UTF-16LE, UTF-16BE, GB18030, GBK, Latin-1 (default: detect)."),
         QStringLiteral("NAME")},
        {QStringLiteral("header"), Tr::tr("First row is a header: auto, yes or no (default: auto)."), QStringLiteral("MODE")},
        {QStringLiteral("decimal-comma"), Tr::tr("Numbers use a decimal comma (3,14).")},
        {QStringLiteral("thousands"), Tr::tr("Accept thousands separators in numbers (1,234,567).")},
        {QStringLiteral("na"), Tr::tr("Comma-separated tokens read as missing (default: empty,NA,N/A,null,NULL,NaN,-,?)."),
         QStringLiteral("TOKENS")},
        {QStringLiteral("ragged"), Tr::tr("Rows with a wrong number of fields: pad, skip or fail (default: pad)."),
         QStringLiteral("POLICY")},
        {QStringLiteral("skip-rows"), Tr::tr("Lines to skip before the header."), QStringLiteral("N")},
        {QStringLiteral("type"), Tr::tr("Force a column's type: NAME=numeric|categorical|boolean|datetime|text (repeatable)."),
         QStringLiteral("NAME=TYPE")},
        {QStringLiteral("sheet"), Tr::tr("Excel: the sheet to read (default: the first)."), QStringLiteral("NAME")},
        {QStringLiteral("table"), Tr::tr("SQLite: the table to read."), QStringLiteral("NAME")},
        {QStringLiteral("query"), Tr::tr("SQLite: a SELECT statement to read."), QStringLiteral("SQL")},
        {QStringLiteral("threads"), Tr::tr("Threads to use (default: all cores)."), QStringLiteral("N")},
    });
}

bool importOptionsFromParser(const QCommandLineParser& parser, ImportOptions* o, QString* error)
{
    if (parser.isSet(QStringLiteral("format"))) {
        if (!fileFormatFromName(parser.value(QStringLiteral("format")), &o->format)) {
            *error = Tr::tr("Unknown --format '%1' (use csv, xlsx or sqlite).").arg(parser.value(QStringLiteral("format")));
            return false;
        }
    }
    if (parser.isSet(QStringLiteral("delimiter")) && !parseChar(parser.value(QStringLiteral("delimiter")), &o->delimiter)) {
        *error = Tr::tr("--delimiter takes one character, got '%1'.").arg(parser.value(QStringLiteral("delimiter")));
        return false;
    }
    if (parser.isSet(QStringLiteral("quote"))) {
        const QString q = parser.value(QStringLiteral("quote"));
        if (q.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0)
            o->quote = 0;
        else if (!parseChar(q, &o->quote)) {
            *error = Tr::tr("--quote takes one character or 'none', got '%1'.").arg(q);
            return false;
        }
    }
    o->encoding = parser.value(QStringLiteral("encoding"));
    if (parser.isSet(QStringLiteral("header"))) {
        const QString h = parser.value(QStringLiteral("header")).toLower();
        if (h == QLatin1String("auto"))
            o->header = HeaderMode::Auto;
        else if (h == QLatin1String("yes") || h == QLatin1String("true") || h == QLatin1String("1"))
            o->header = HeaderMode::Yes;
        else if (h == QLatin1String("no") || h == QLatin1String("false") || h == QLatin1String("0"))
            o->header = HeaderMode::No;
        else {
            *error = Tr::tr("--header takes auto, yes or no, got '%1'.").arg(h);
            return false;
        }
    }
    o->decimalComma = parser.isSet(QStringLiteral("decimal-comma"));
    o->thousandsSeparator = parser.isSet(QStringLiteral("thousands"));
    if (parser.isSet(QStringLiteral("na")))
        o->naTokens = parser.value(QStringLiteral("na")).split(QLatin1Char(','));
    if (parser.isSet(QStringLiteral("ragged"))) {
        const QString r = parser.value(QStringLiteral("ragged")).toLower();
        if (r == QLatin1String("pad"))
            o->ragged = RaggedPolicy::Pad;
        else if (r == QLatin1String("skip"))
            o->ragged = RaggedPolicy::Skip;
        else if (r == QLatin1String("fail"))
            o->ragged = RaggedPolicy::Fail;
        else {
            *error = Tr::tr("--ragged takes pad, skip or fail, got '%1'.").arg(r);
            return false;
        }
    }
    if (parser.isSet(QStringLiteral("skip-rows"))) {
        bool ok = false;
        o->skipRows = parser.value(QStringLiteral("skip-rows")).toInt(&ok);
        if (!ok || o->skipRows < 0) {
            *error = Tr::tr("--skip-rows takes a number >= 0.");
            return false;
        }
    }
    for (const QString& spec : parser.values(QStringLiteral("type"))) {
        const qsizetype eq = spec.lastIndexOf(QLatin1Char('='));
        ColumnType type;
        if (eq <= 0 || !columnTypeFromName(spec.mid(eq + 1), &type)) {
            *error = Tr::tr("--type takes NAME=numeric|categorical|boolean|datetime|text, got '%1'.").arg(spec);
            return false;
        }
        o->typeOverrides.insert(spec.left(eq), type);
    }
    o->sheet = parser.value(QStringLiteral("sheet"));
    o->table = parser.value(QStringLiteral("table"));
    o->query = parser.value(QStringLiteral("query"));
    if (!o->table.isEmpty() && !o->query.isEmpty()) {
        *error = Tr::tr("Use either --table or --query, not both.");
        return false;
    }
    if (parser.isSet(QStringLiteral("threads"))) {
        bool ok = false;
        o->threads = parser.value(QStringLiteral("threads")).toInt(&ok);
        if (!ok || o->threads < 0) {
            *error = Tr::tr("--threads takes a number >= 0.");
            return false;
        }
    }
    return true;
}

int fail(Context& ctx, const ErrorInfo& error)
{
    QString line = error.toString();
    line.replace(QLatin1Char('\n'), QLatin1Char(' '));
    ctx.err << "ppstudio-cli: " << line << '\n';
    ctx.err.flush();
    return error.cancelled ? Cancelled : Failed;
}

int fail(Context& ctx, const QString& message)
{
    ErrorInfo e;
    e.message = message;
    return fail(ctx, e);
}

bool parseArgs(Context& ctx, QCommandLineParser& parser, const QStringList& args, int* exitCode)
{
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, Tr::tr("Show this help."));
    parser.addOption(help);
    if (!parser.parse(args)) {
        *exitCode = fail(ctx, parser.errorText());
        return false;
    }
    if (parser.isSet(help)) {
        ctx.out << parser.helpText();
        *exitCode = Ok;
        return false;
    }
    return true;
}

void writeJson(Context& ctx, const QJsonDocument& doc, bool indented)
{
    ctx.out << QString::fromUtf8(doc.toJson(indented ? QJsonDocument::Indented : QJsonDocument::Compact));
    if (!indented)
        ctx.out << '\n';
    ctx.out.flush();
}

} // namespace pp::cli
