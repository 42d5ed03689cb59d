#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace pp {

/// A typed setting, declared once below: `kRecentFiles.get()`, `kRecentFiles.set(list)`.
/// Keys live here and nowhere else (after Tiled's `session.h`), so a typo can't create a
/// second, silently different setting.
template <class T>
struct Setting
{
    const char* key;
    T defaultValue;

    T get() const
    {
        const QVariant v = QSettings().value(QLatin1String(key));
        if (!v.isValid() || !v.canConvert<T>())
            return defaultValue;
        return v.value<T>();
    }
    void set(const T& value) const { QSettings().setValue(QLatin1String(key), QVariant::fromValue(value)); }
    void reset() const { QSettings().remove(QLatin1String(key)); }
};

/// Most recently opened data files, newest first (at most kMaxRecentFiles).
inline const Setting<QStringList> kRecentFiles{"data/recentFiles", {}};
inline constexpr int kMaxRecentFiles = 10;
/// Folder of the last file opened, where the next Open dialog starts.
inline const Setting<QString> kLastOpenDir{"data/lastOpenDir", {}};
/// UI language ("en", "zh_CN"); empty = follow the system. Read at start-up by
/// pp::resolveLanguage() (translations/i18n.cpp), which uses the same key.
inline const Setting<QString> kLanguage{"ui/language", {}};
inline const Setting<QByteArray> kMainWindowGeometry{"ui/mainWindowGeometry", {}};
inline const Setting<QByteArray> kMainWindowState{"ui/mainWindowState", {}};
inline const Setting<QByteArray> kDataPageSplitter{"ui/dataPageSplitter", {}};
inline const Setting<QByteArray> kPreparePageSplitter{"ui/preparePageSplitter", {}};
/// Folder of the last pipeline file opened or saved on the Prepare page.
inline const Setting<QString> kLastPipelineDir{"prepare/lastPipelineDir", {}};
/// The Explore page's tab last shown ("missing", "distributions", ...; ExplorePage::screenshotViews()).
inline const Setting<QString> kExploreView{"explore/view", {}};

/// Most recently opened project files (.ppsproj), newest first (at most kMaxRecentFiles).
inline const Setting<QStringList> kRecentProjects{"project/recentProjects", {}};
/// Folder of the last project opened or created, where the next project dialog starts.
inline const Setting<QString> kLastProjectDir{"project/lastProjectDir", {}};
/// Folder the last export (bundle, predictions, report) was written to.
inline const Setting<QString> kLastExportDir{"project/lastExportDir", {}};
inline const Setting<QByteArray> kExperimentsSplitter{"ui/experimentsSplitter", {}};

} // namespace pp
