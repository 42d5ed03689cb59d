#include "cli/cli.h"
#include "cli/cli_common.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

namespace pp::cli {

namespace {

struct ExtraCommand
{
    QString name;
    QString usage;
    CommandFn fn;
};
std::vector<ExtraCommand>& extraCommands()
{
    static std::vector<ExtraCommand> commands;
    return commands;
}

QString usage()
{
    return QCoreApplication::translate("pp::cli",
        "Usage: ppstudio-cli COMMAND [OPTIONS]\n"
        "\n"
        "Commands:\n"
        "  profile FILE     load a data file and print per-column statistics\n"
        "  generate         write the synthetic e-commerce dataset\n"
        "  outliers FILE    find outliers (iqr, zscore, mad per column; iforest across columns)\n"
        "  prepare FILE     fit a preparation pipeline (--pipeline P.json) and write --out OUT.csv\n"
        "  train FILE       train a model and report its metrics (JSON with --json)\n"
        "  predict DIR FILE score new data with a saved model\n"
        "  runs PROJECT     list a project's runs (JSON with --json)\n"
        "  export PROJECT RUN_ID --out DIR   write a run's model bundle\n"
        "  help             show this help\n"
        "  version          show the version\n");
}

QString fullUsage()
{
    QString u = usage();
    for (const auto& c : extraCommands())
        u += QStringLiteral("  ") + c.usage + QLatin1Char('\n');
    return u;
}

} // namespace

int run(const QStringList& args, QTextStream& out, QTextStream& err)
{
    if (args.size() < 2) {
        err << fullUsage();
        return 2;
    }
    const QString command = args.at(1);
    if (command == QLatin1String("help") || command == QLatin1String("--help") || command == QLatin1String("-h")) {
        out << fullUsage();
        return 0;
    }
    if (command == QLatin1String("version") || command == QLatin1String("--version")) {
        out << QCoreApplication::applicationVersion() << '\n';
        return 0;
    }
    Context ctx{out, err};
    QStringList rest = args.mid(1);
    rest[0] = args.at(0) + QLatin1Char(' ') + command;  // "ppstudio-cli profile" in help texts
    if (command == QLatin1String("profile"))
        return runProfile(ctx, rest);
    if (command == QLatin1String("generate"))
        return runGenerate(ctx, rest);
    if (command == QLatin1String("outliers"))
        return runOutliers(ctx, rest);
    if (command == QLatin1String("prepare"))
        return runPrepare(ctx, rest);
    if (command == QLatin1String("train"))
        return runTrain(ctx, rest);
    if (command == QLatin1String("predict"))
        return runPredict(ctx, rest);
    if (command == QLatin1String("runs"))
        return runRuns(ctx, rest);
    if (command == QLatin1String("export"))
        return runExport(ctx, rest);
    for (const auto& c : extraCommands())
        if (command == c.name)
            return c.fn(ctx, rest);
    err << QCoreApplication::translate("pp::cli", "ppstudio-cli: unknown command '%1' (try ppstudio-cli help)")
               .arg(command)
        << '\n';
    return Failed;
}

void registerCommand(const QString& name, const QString& usageLine, CommandFn fn)
{
    extraCommands().push_back({name, usageLine, std::move(fn)});
}

int run(const QStringList& args)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int code = run(args, out, err);
    out.flush();
    err.flush();
    return code;
}

} // namespace pp::cli
