#include "recent_files.h"

#include "settings.h"

#include <QFileInfo>

namespace pp::recent {

QStringList files()
{
    const QStringList stored = kRecentFiles.get();
    QStringList existing;
    for (const QString& path : stored) {
        if (QFileInfo(path).isFile() && !existing.contains(path))
            existing.append(path);
    }
    while (existing.size() > kMaxRecentFiles)
        existing.removeLast();
    if (existing != stored)
        kRecentFiles.set(existing);
    return existing;
}

void add(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList list = kRecentFiles.get();
    list.removeAll(absolute);
    list.prepend(absolute);
    while (list.size() > kMaxRecentFiles)
        list.removeLast();
    kRecentFiles.set(list);
}

void clear() { kRecentFiles.set({}); }

} // namespace pp::recent
