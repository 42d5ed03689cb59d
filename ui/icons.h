#pragma once

#include "data/column.h"

#include <QIcon>

namespace pp::icons {

/// The application icon (resources/icons/ppstudio.svg).
QIcon app();
/// An icon from resources/icons/<name>.svg ("open", "page_data", ...).
QIcon named(const char* name);
/// The small icon shown next to a column of this type.
QIcon columnType(ColumnType type);

} // namespace pp::icons
