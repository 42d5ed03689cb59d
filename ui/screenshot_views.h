#pragma once

#include <QString>
#include <QStringList>

namespace pp {

/// A page with several main views (tabs) implements this so that `ppstudio --screenshots`
/// saves each of them: DIR/<page>-<view>.png, besides DIR/<page>.png for the page as shown.
/// showScreenshotView() may start background jobs; the runner waits until they finish.
class ScreenshotViews
{
public:
    virtual ~ScreenshotViews() = default;
    /// Stable, file-name-safe view names ("missing", "distributions", ...).
    virtual QStringList screenshotViews() const = 0;
    virtual void showScreenshotView(const QString& view) = 0;
};

} // namespace pp
