#include "tst_import.h"

#include <QDateTime>
#include <QTimeZone>

QString fixture(const QString& name)
{
    return QStringLiteral(PP_TEST_DATA_DIR) + QLatin1Char('/') + name;
}

qint64 utcMs(int y, int mo, int d, int h, int mi, int s, int ms)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), QTimeZone::utc()).toMSecsSinceEpoch();
}

QString columnTypes(const pp::Table& table)
{
    QStringList types;
    for (const pp::Column& c : table.columns())
        types.push_back(pp::columnTypeName(c.type()));
    return types.join(QLatin1Char(','));
}

QStringList displayValues(const pp::Column& column)
{
    QStringList values;
    for (std::size_t i = 0; i < column.size(); ++i)
        values.push_back(column.isMissing(i) ? QStringLiteral("<NA>") : column.displayAt(i));
    return values;
}

int countWarnings(const std::vector<pp::Warning>& warnings, const QString& kind)
{
    int n = 0;
    for (const pp::Warning& w : warnings)
        n += w.kind == kind ? 1 : 0;
    return n;
}
