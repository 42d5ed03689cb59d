#include "icons.h"

#include <QHash>
#include <QString>

namespace pp::icons {

QIcon named(const char* name)
{
    // QIcon from SVG is cheap to copy; cache so views asking per row don't re-parse.
    static QHash<QString, QIcon> cache;
    const QString key = QString::fromLatin1(name);
    auto it = cache.find(key);
    if (it == cache.end())
        it = cache.insert(key, QIcon(QStringLiteral(":/icons/%1.svg").arg(key)));
    return *it;
}

QIcon app() { return named("ppstudio"); }

QIcon columnType(ColumnType type)
{
    switch (type) {
    case ColumnType::Numeric:
        return named("type_numeric");
    case ColumnType::Categorical:
        return named("type_categorical");
    case ColumnType::Boolean:
        return named("type_boolean");
    case ColumnType::DateTime:
        return named("type_datetime");
    case ColumnType::Text:
        return named("type_text");
    }
    return QIcon();
}

} // namespace pp::icons
