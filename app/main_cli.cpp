// ppstudio-cli: the headless engine. Argument parsing lives in core/cli so that tests can
// run commands in-process; this file only sets up the application object.
#include "cli/cli.h"
#include "i18n.h"
#include "nn/nn_models.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("ppstudio"));
    QCoreApplication::setApplicationName(QStringLiteral("ppstudio"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PPSTUDIO_VERSION_STRING));
    // Messages follow the system locale (or PPSTUDIO_LANG); JSON keys never change.
    pp::installTranslations(app, pp::resolveLanguage(qEnvironmentVariable("PPSTUDIO_LANG")));
    pp::nn::registerModels();
    return pp::cli::run(QCoreApplication::arguments());
}
