#pragma once

#include <QStringList>

namespace pp::recent {

/// The recent files (kRecentFiles), newest first; files that no longer exist are dropped
/// from the list and from the setting.
QStringList files();
/// Puts `path` first (absolute, without duplicates), keeping at most kMaxRecentFiles.
void add(const QString& path);
void clear();

} // namespace pp::recent
