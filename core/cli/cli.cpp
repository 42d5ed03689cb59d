#include "cli/cli.h"

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
    err << QCoreApplication::translate("pp::cli", "ppstudio-cli: unknown command '%1'").arg(command) << '\n';
    return 2;
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
