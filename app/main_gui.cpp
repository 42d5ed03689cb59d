// ppstudio: the desktop application. Argument parsing and start-up only; the work is in
// ui/ (pp::MainWindow and its pages) and core/.

#include "i18n.h"
#include "icons.h"
#include "main_window.h"
#include "ml/model.h"
#include "nn/nn_models.h"
#include "prep/step.h"
#include "screenshot_runner.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>

#include <cstdio>

namespace {

// --lang must be known before the parser's own (translated) texts are built.
QString requestedLanguage(const QStringList& args)
{
    for (int i = 1; i < args.size(); ++i) {
        const QString& a = args.at(i);
        if (a.startsWith(QLatin1String("--lang=")))
            return a.mid(7);
        if (a == QLatin1String("--lang") && i + 1 < args.size())
            return args.at(i + 1);
    }
    return QString();
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("ppstudio"));
    QCoreApplication::setApplicationName(QStringLiteral("ppstudio"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PPSTUDIO_VERSION_STRING));
    QGuiApplication::setDesktopFileName(QStringLiteral("ppstudio"));

    const QString language = pp::resolveLanguage(requestedLanguage(QCoreApplication::arguments()));
    pp::installTranslations(app, language);
    QGuiApplication::setApplicationDisplayName(QCoreApplication::translate("main", "Purchasing Power Studio"));
    QApplication::setWindowIcon(pp::icons::app());
    // Model kinds and pipeline steps are registered explicitly (static libraries drop
    // self-registering objects). LibTorch itself loads only when a neural model is used.
    pp::registerCoreModels();
    pp::nn::registerModels();
    pp::registerPrepSteps();

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Explore e-commerce customer data and predict purchasing power."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption openOption(QStringLiteral("open"),
                                        QCoreApplication::translate("main", "Open FILE at start-up."),
                                        QCoreApplication::translate("main", "FILE"));
    const QCommandLineOption pageOption(
        QStringLiteral("page"),
        QCoreApplication::translate("main", "Show page NAME: %1.").arg(pp::MainWindow::pageNames().join(QStringLiteral(", "))),
        QCoreApplication::translate("main", "NAME"));
    const QCommandLineOption screenshotsOption(
        QStringLiteral("screenshots"),
        QCoreApplication::translate("main", "Save a 1280×800 picture of every page to DIR/<page>.png once all "
                                            "work has finished, then quit."),
        QCoreApplication::translate("main", "DIR"));
    const QCommandLineOption langOption(
        QStringLiteral("lang"), QCoreApplication::translate("main", "Use language LANG for this run: zh_CN or en."),
        QCoreApplication::translate("main", "LANG"));
    const QCommandLineOption projectOption(
        QStringLiteral("project"), QCoreApplication::translate("main", "Open project FILE (.ppsproj) at start-up."),
        QCoreApplication::translate("main", "FILE"));
    parser.addOptions({openOption, projectOption, pageOption, screenshotsOption, langOption});
    parser.addPositionalArgument(QStringLiteral("file"), QCoreApplication::translate("main", "A data file to open."),
                                 QStringLiteral("[file]"));
    parser.process(app);

    QString file = parser.value(openOption);
    if (file.isEmpty() && !parser.positionalArguments().isEmpty())
        file = parser.positionalArguments().first();
    const QString page = parser.value(pageOption);
    if (!page.isEmpty() && !pp::MainWindow::pageNames().contains(page.toLower())) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(QCoreApplication::translate("main", "ppstudio: unknown page '%1' (expected one of: %2)")
                                    .arg(page, pp::MainWindow::pageNames().join(QStringLiteral(", ")))));
        return 2;
    }
    const bool screenshots = parser.isSet(screenshotsOption);

    pp::MainWindow window;
    window.setRunningLanguage(language);
    if (screenshots) {
        // Rendered off screen at a fixed size, whatever the platform and saved geometry.
        window.setAttribute(Qt::WA_DontShowOnScreen);
        window.setConfirmUnsavedWork(false);  // nothing may wait for an answer
        window.setWindowState(Qt::WindowNoState);  // a saved maximised state would ignore resize()
        window.resize(1280, 800);
    }
    window.show();
    // The project first, so that a data file opened with it is stored in the project.
    if (parser.isSet(projectOption))
        window.openProject(QFileInfo(parser.value(projectOption)).absoluteFilePath());
    if (!file.isEmpty())
        window.openFile(QFileInfo(file).absoluteFilePath());
    if (!page.isEmpty())
        window.setCurrentPage(page);

    if (screenshots) {
        auto* runner = new pp::ScreenshotRunner(&window, parser.value(screenshotsOption), &window);
        QObject::connect(runner, &pp::ScreenshotRunner::finished, &app, [](int code) { QCoreApplication::exit(code); });
        runner->start();
    }
    return app.exec();
}
