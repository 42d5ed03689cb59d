#include "common/result.h"

namespace pp {

QString ErrorInfo::toString() const
{
    QString where;
    if (!file.isEmpty())
        where = file;
    if (line > 0)
        where += (where.isEmpty() ? QString() : QStringLiteral(":")) + QString::number(line);
    if (column > 0)
        where += QStringLiteral(":") + QString::number(column);
    if (where.isEmpty())
        return message;
    return where + QStringLiteral(": ") + message;
}

} // namespace pp
