#include "i18n.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace pp {

QStringList availableLanguages() { return {QStringLiteral("en"), QStringLiteral("zh_CN")}; }

QString resolveLanguage(const QString& requested)
{
    if (!requested.isEmpty())
        return requested.startsWith(QLatin1String("zh")) ? QStringLiteral("zh_CN") : QStringLiteral("en");
    const QString stored = QSettings().value(QStringLiteral("ui/language")).toString();
    if (!stored.isEmpty())
        return stored;
    return QLocale::system().language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

bool installTranslations(QCoreApplication& app, const QString& language)
{
    // English is the source language; its .qm holds only the plural forms ("1 row" / "3 rows").
    auto* own = new QTranslator(&app);
    if (!own->load(QStringLiteral(":/i18n/ppstudio_%1.qm").arg(language))) {
        delete own;
        return false;
    }
    QCoreApplication::installTranslator(own);
    if (language == QLatin1String("en"))
        return true;
    // Qt's own strings (standard buttons, file dialogs) from the system's qt6-translations.
    auto* qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qt_%1").arg(language), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    QLocale::setDefault(QLocale(language));
    return true;
}

} // namespace pp
