// The Chinese translation is complete, English has its plural forms, and natural-language checks
// that can be automated hold.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

#include "i18n.h"

namespace {

struct Entry
{
    QString context;
    QString source;
    QString translation;
    bool unfinished = false;
    bool numerus = false;
    QStringList forms; // plural entries: one per numerus form
};

std::vector<Entry> readTs(const QString& path)
{
    std::vector<Entry> out;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return out;
    QXmlStreamReader xml(&f);
    QString context;
    Entry e;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == QLatin1String("name"))
                context = xml.readElementText();
            else if (xml.name() == QLatin1String("message")) {
                e = Entry();
                e.context = context;
                e.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            } else if (xml.name() == QLatin1String("source"))
                e.source = xml.readElementText();
            else if (xml.name() == QLatin1String("translation")) {
                const auto type = xml.attributes().value(QLatin1String("type"));
                e.unfinished = type == QLatin1String("unfinished");
                if (!e.numerus)
                    e.translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            } else if (xml.name() == QLatin1String("numerusform")) {
                e.forms << xml.readElementText();
                e.translation += e.forms.back();
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            out.push_back(e);
        }
    }
    return out;
}

/// Runs lupdate over the sources into a copy of translations/NAME: strings added since the file
/// was last updated come back unfinished.
std::vector<Entry> refreshedCopy(const QString& name, const QStringList& extraArgs)
{
    QTemporaryDir dir;
    const QString ts = dir.filePath(name);
    if (!QFile::copy(QStringLiteral(PP_SOURCE_DIR "/translations/") + name, ts))
        return {};
    QFile::setPermissions(ts, QFile::ReadOwner | QFile::WriteOwner);
    QProcess lupdate;
    lupdate.setWorkingDirectory(QStringLiteral(PP_SOURCE_DIR));
    lupdate.start(QStringLiteral(PP_LUPDATE),
                  QStringList{QStringLiteral("-silent"), QStringLiteral("-no-obsolete"), QStringLiteral("-locations"),
                              QStringLiteral("none"), QStringLiteral("-extensions"), QStringLiteral("cpp,h"),
                              QStringLiteral("-I"), QStringLiteral("core"), QStringLiteral("-I"), QStringLiteral("ui"),
                              QStringLiteral("core"), QStringLiteral("ui"), QStringLiteral("app"),
                              QStringLiteral("translations")}
                      + extraArgs + QStringList{QStringLiteral("-ts"), ts});
    if (!lupdate.waitForFinished(240000) || lupdate.exitCode() != 0)
        return {};
    return readTs(ts);
}

} // namespace

class TestI18n : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyStringIsTranslated()
    {
        const auto entries = refreshedCopy(QStringLiteral("ppstudio_zh_CN.ts"), {});
        QVERIFY(entries.size() > 100);
        QStringList missing;
        for (const auto& e : entries)
            if (e.unfinished || e.translation.trimmed().isEmpty())
                missing << e.context + QStringLiteral(": ") + e.source.left(80);
        if (!missing.isEmpty())
            QFAIL(qPrintable(QStringLiteral("%1 strings lack a Chinese translation "
                                            "(run scripts/update-translations and translate them):\n  %2")
                                 .arg(missing.size())
                                 .arg(missing.mid(0, 30).join(QStringLiteral("\n  ")))));
    }

    void everyEnglishPluralHasBothForms()
    {
        // English shows "1 row" / "3 rows", not "3 row(s)": ppstudio_en.ts holds the plural forms.
        const auto entries = refreshedCopy(QStringLiteral("ppstudio_en.ts"), {QStringLiteral("-pluralonly")});
        QVERIFY(entries.size() > 10);
        QStringList missing;
        for (const auto& e : entries)
            if (e.unfinished || e.forms.size() != 2 || e.forms.contains(QString())
                || e.forms.join(QString()).contains(QLatin1String("(s)")))
                missing << e.context + QStringLiteral(": ") + e.source.left(80);
        if (!missing.isEmpty())
            QFAIL(qPrintable(QStringLiteral("%1 English plurals lack a singular and a plural form "
                                            "(run scripts/update-translations and fill them):\n  %2")
                                 .arg(missing.size())
                                 .arg(missing.mid(0, 30).join(QStringLiteral("\n  ")))));
    }

    void englishPluralsAreUsedAtRunTime()
    {
        QVERIFY(pp::installTranslations(*QCoreApplication::instance(), QStringLiteral("en")));
        const char* context = "pp::ColumnsEditor";
        const char* source = "%n column(s) chosen";
        QCOMPARE(QCoreApplication::translate(context, source, nullptr, 1), QStringLiteral("1 column chosen"));
        QCOMPARE(QCoreApplication::translate(context, source, nullptr, 3), QStringLiteral("3 columns chosen"));
        QCOMPARE(QCoreApplication::translate(context, source, nullptr, 0), QStringLiteral("0 columns chosen"));
    }

    void noFreeTranslationHelpers()
    {
        // lupdate takes the context of a free tr() call from the enclosing class or namespace,
        // so a helper like `QString tr(const char* s) { return translate("pp::X", s); }` puts
        // the strings in a context the program never looks up: they would stay English.
        // Use `struct Tr { Q_DECLARE_TR_FUNCTIONS(pp::X) };` and Tr::tr() instead.
        static const QRegularExpression helper(QStringLiteral("QString\\s+trn?\\s*\\(\\s*const\\s+char\\s*\\*"));
        QStringList offenders;
        for (const char* dir : {"core", "ui", "app"}) {
            QDirIterator it(QStringLiteral(PP_SOURCE_DIR "/") + QLatin1String(dir), {QStringLiteral("*.cpp"), QStringLiteral("*.h")},
                            QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                QFile f(path);
                if (f.open(QIODevice::ReadOnly) && helper.match(QString::fromUtf8(f.readAll())).hasMatch())
                    offenders << path;
            }
        }
        QVERIFY2(offenders.isEmpty(), qPrintable(offenders.join(QLatin1Char('\n'))));
    }

    void translationsKeepPlaceholders()
    {
        // "%1", "%n" and "&" accelerators must survive translation, or messages lose data.
        static const QRegularExpression placeholder(QStringLiteral("%(\\d+|n)"));
        QStringList broken;
        for (const auto& e : readTs(QStringLiteral(PP_SOURCE_DIR "/translations/ppstudio_zh_CN.ts"))) {
            if (e.unfinished)
                continue;
            QSet<QString> in, out;
            for (auto it = placeholder.globalMatch(e.source); it.hasNext();)
                in.insert(it.next().captured(0));
            for (auto it = placeholder.globalMatch(e.translation); it.hasNext();)
                out.insert(it.next().captured(0));
            if (!e.numerus && in != out)
                broken << e.context + QStringLiteral(": ") + e.source.left(60);
        }
        if (!broken.isEmpty())
            QFAIL(qPrintable(QStringLiteral("placeholders differ:\n  ") + broken.mid(0, 20).join(QStringLiteral("\n  "))));
    }
};

QTEST_GUILESS_MAIN(TestI18n)
#include "tst_i18n.moc"
