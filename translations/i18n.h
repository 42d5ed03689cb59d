#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace pp {

/// Languages the UI ships in ("en", "zh_CN").
QStringList availableLanguages();
/// The language to use: `requested` when given ("zh_CN", "en"), else the stored setting,
/// else the system locale (Chinese locales get zh_CN).
QString resolveLanguage(const QString& requested);
/// Installs the application's and Qt's own translators for `language` on `app`.
/// Returns false if the language has no translation. English installs only its plural forms.
bool installTranslations(QCoreApplication& app, const QString& language);

} // namespace pp
