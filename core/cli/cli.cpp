#include "cli/cli.h"
#include "cli/cli_common.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

namespace pp::cli {

namespace {

QString usage()
{
    return QCoreApplication::translate("pp::cli",
        "Usage: ppstudio-cli COMMAND [OPTIONS]\n"
        "\n"
        "Commands:\n"
        "  profile FILE     load a data file and print per-column statistics\n"
        "  generate         write the synthetic e-commerce dataset\n"
        "  train FILE       train a model and report its metrics (JSON with --json)\n"
        "  predict DIR FILE score new data with a saved model\n"
        "  help             show this help\n"
        "  version          show the version\n");
}

} // namespace

int run(const QStringList& args, QTextStream& out, QTextStream& err)
{
    if (args.size() < 2) {
        err << usage();
        return 2;
    }
    const QString command = args.at(1);
    if (command == QLatin1String("help") || command == QLatin1String("--help") || command == QLatin1String("-h")) {
        out << usage();
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
    if (command == QLatin1String("train"))
        return runTrain(ctx, rest);
    if (command == QLatin1String("predict"))
        return runPredict(ctx, rest);
    err << QCoreApplication::translate("pp::cli", "ppstudio-cli: unknown command '%1' (try ppstudio-cli help)")
               .arg(command)
        << '\n';
    return Failed;
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
