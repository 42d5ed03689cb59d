#include "stats/profile_json.h"

#include <QJsonValue>

#include <cmath>

namespace pp {

namespace {

QJsonValue number(const std::optional<double>& v)
{
    if (!v || !std::isfinite(*v))
        return QJsonValue(QJsonValue::Null);
    return QJsonValue(*v);
}

QJsonValue count(const std::optional<qint64>& v)
{
    return v ? QJsonValue(static_cast<double>(*v)) : QJsonValue(QJsonValue::Null);
}

} // namespace

QJsonObject columnProfileToJson(const ColumnProfile& p)
{
    QJsonObject o;
    o.insert(QStringLiteral("name"), p.name);
    o.insert(QStringLiteral("type"), columnTypeName(p.type));
    o.insert(QStringLiteral("role"), columnRoleName(p.role));
    o.insert(QStringLiteral("count"), static_cast<double>(p.count));
    o.insert(QStringLiteral("missing"), static_cast<double>(p.missing));
    o.insert(QStringLiteral("unique"), static_cast<double>(p.unique));
    o.insert(QStringLiteral("mean"), number(p.mean));
    o.insert(QStringLiteral("std"), number(p.std));
    o.insert(QStringLiteral("min"), number(p.min));
    o.insert(QStringLiteral("q1"), number(p.q1));
    o.insert(QStringLiteral("median"), number(p.median));
    o.insert(QStringLiteral("q3"), number(p.q3));
    o.insert(QStringLiteral("max"), number(p.max));
    o.insert(QStringLiteral("skew"), number(p.skew));
    o.insert(QStringLiteral("outliers_iqr"), count(p.outliersIqr));
    o.insert(QStringLiteral("outliers_z"), count(p.outliersZ));
    QJsonArray top;
    for (const auto& [value, n] : p.top)
        top.append(QJsonArray{value, static_cast<double>(n)});
    o.insert(QStringLiteral("top"), top);
    return o;
}

QJsonArray tableProfileToJson(const TableProfile& profile)
{
    QJsonArray columns;
    for (const auto& c : profile.columns)
        columns.append(columnProfileToJson(c));
    return columns;
}

} // namespace pp
