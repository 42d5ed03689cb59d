// ppstudio-cli: the headless engine. Commands live in core/cli (tests run them in-process);
// this file only sets up the application object and registers what the commands use.
#include "cli/cli.h"
#include "i18n.h"
#include "ml/model.h"
#include "nn/nn_models.h"
#include "prep/step.h"
#include "report/project_report.h"

#include <QGuiApplication>

#include <cstring>
#include <memory>

int main(int argc, char** argv)
{
    // Reports draw text and charts, which needs Qt Gui; it runs without a display.
    std::unique_ptr<QCoreApplication> app;
    if (argc > 1 && std::strcmp(argv[1], "report") == 0) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setOrganizationName(QStringLiteral("ppstudio"));
    QCoreApplication::setApplicationName(QStringLiteral("ppstudio"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PPSTUDIO_VERSION_STRING));
    // Messages follow the system locale (or PPSTUDIO_LANG); JSON keys never change.
    pp::installTranslations(*app, pp::resolveLanguage(qEnvironmentVariable("PPSTUDIO_LANG")));
    pp::registerCoreModels();
    pp::nn::registerModels();
    pp::registerPrepSteps();
    pp::report::registerReportCommand();
    return pp::cli::run(QCoreApplication::arguments());
}
