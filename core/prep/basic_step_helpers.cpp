// Helpers declared in basic_step.h: ParamSpec builders, JSON number encoding and the number
// and column-list formatting of step descriptions.
#include "prep/basic_step.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>
#include <limits>

namespace pp {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pp::BasicStep)
};

} // namespace

namespace prepspec {

namespace {
QList<int> typeList(std::initializer_list<ColumnType> types)
{
    QList<int> out;
    for (ColumnType t : types)
        out << static_cast<int>(t);
    return out;
}
} // namespace

ParamSpec columns(
    const QString& key, const QString& label, const QString& tooltip, std::initializer_list<ColumnType> types)
{
    ParamSpec s;
    s.key = key;
    s.type = ParamType::Columns;
    s.defaultValue = QStringList();
    s.label = label;
    s.tooltip = tooltip;
    s.columnTypes = typeList(types);
    return s;
}

ParamSpec column(const QString& key, const QString& label, const QString& tooltip,
    std::initializer_list<ColumnType> types, bool optional)
{
    ParamSpec s;
    s.key = key;
    s.type = ParamType::Column;
    s.defaultValue = QString();
    s.label = label;
    s.tooltip = tooltip;
    s.columnTypes = typeList(types);
    s.optional = optional;
    return s;
}

ParamSpec choice(const QString& key, const QStringList& choices, const QStringList& labels,
    const QString& def, const QString& label, const QString& tooltip)
{
    ParamSpec s;
    s.key = key;
    s.type = ParamType::Choice;
    s.defaultValue = def;
    s.choices = choices;
    s.choiceLabels = labels;
    s.label = label;
    s.tooltip = tooltip;
    return s;
}

ParamSpec number(
    const QString& key, double def, double min, double max, const QString& label, const QString& tooltip)
{
    ParamSpec s;
    s.key = key;
    s.type = ParamType::Double;
    s.defaultValue = def;
    s.minimum = min;
    s.maximum = max;
    s.label = label;
    s.tooltip = tooltip;
    return s;
}

ParamSpec integer(const QString& key, int def, int min, int max, const QString& label, const QString& tooltip)
{
    ParamSpec s;
    s.key = key;
    s.type = ParamType::Int;
    s.defaultValue = def;
    s.minimum = min;
    s.maximum = max;
    s.label = label;
    s.tooltip = tooltip;
    return s;
}

ParamSpec boolean(const QString& key, bool def, const QString& label, const QString& tooltip)
{
    ParamSpec s;
    s.key = key;
    s.type = ParamType::Bool;
    s.defaultValue = def;
    s.label = label;
    s.tooltip = tooltip;
    return s;
}

ParamSpec text(const QString& key, const QString& def, const QString& label, const QString& tooltip)
{
    ParamSpec s;
    s.key = key;
    s.type = ParamType::String;
    s.defaultValue = def;
    s.label = label;
    s.tooltip = tooltip;
    return s;
}

ParamSpec stringList(const QString& key, const QString& label, const QString& tooltip)
{
    ParamSpec s;
    s.key = key;
    s.type = ParamType::StringList;
    s.defaultValue = QStringList();
    s.label = label;
    s.tooltip = tooltip;
    return s;
}

} // namespace prepspec

namespace prepjson {

QJsonValue number(double v)
{
    if (std::isnan(v))
        return QJsonValue(QJsonValue::Null);
    if (std::isinf(v))
        return QJsonValue(v > 0 ? QStringLiteral("inf") : QStringLiteral("-inf"));
    return QJsonValue(v);
}

double toNumber(const QJsonValue& v)
{
    if (v.isDouble())
        return v.toDouble();
    if (v.isString()) {
        if (v.toString() == QLatin1String("inf"))
            return std::numeric_limits<double>::infinity();
        if (v.toString() == QLatin1String("-inf"))
            return -std::numeric_limits<double>::infinity();
    }
    return std::numeric_limits<double>::quiet_NaN();
}

QJsonArray numbers(const std::vector<double>& values)
{
    QJsonArray a;
    for (double v : values)
        a.append(number(v));
    return a;
}

std::vector<double> toNumbers(const QJsonArray& array)
{
    std::vector<double> out;
    out.reserve(static_cast<std::size_t>(array.size()));
    for (const auto& v : array)
        out.push_back(toNumber(v));
    return out;
}

QJsonArray strings(const QStringList& values)
{
    QJsonArray a;
    for (const auto& v : values)
        a.append(v);
    return a;
}

QStringList toStrings(const QJsonArray& array)
{
    QStringList out;
    for (const auto& v : array)
        out << v.toString();
    return out;
}

QJsonObject numberMap(const QStringList& columns, const std::vector<double>& values)
{
    QJsonObject o;
    for (qsizetype i = 0; i < columns.size() && static_cast<std::size_t>(i) < values.size(); ++i)
        o.insert(columns[i], number(values[static_cast<std::size_t>(i)]));
    return o;
}

bool toNumberMap(const QJsonObject& map, const QStringList& columns, std::vector<double>* out)
{
    out->clear();
    for (const auto& c : columns) {
        if (!map.contains(c))
            return false;
        out->push_back(toNumber(map.value(c)));
    }
    return true;
}

} // namespace prepjson

QString describeNumber(double v)
{
    if (std::isnan(v))
        return Tr::tr("none");
    if (std::isinf(v))
        return v > 0 ? QStringLiteral("∞") : QStringLiteral("−∞");
    QLocale locale;
    locale.setNumberOptions(QLocale::DefaultNumberOptions);
    const double a = std::fabs(v);
    if (a != 0.0 && (a >= 1e15 || a < 1e-4))
        return locale.toString(v, 'g', 6);
    const int intDigits = a < 1.0 ? 1 : static_cast<int>(std::floor(std::log10(a))) + 1;
    int decimals = std::max(0, 6 - intDigits);
    if (a < 1.0 && a > 0.0) // 0.000123 keeps 6 significant digits, not 6 decimals
        decimals = std::min(15, 6 - static_cast<int>(std::floor(std::log10(a))) - 1);
    QString s = locale.toString(v, 'f', decimals);
    const QChar point = locale.decimalPoint().at(0);
    if (s.contains(point)) {
        while (s.endsWith(QLatin1Char('0')))
            s.chop(1);
        if (s.endsWith(point))
            s.chop(1);
    }
    if (s == QLatin1String("-0"))
        s = QStringLiteral("0");
    return s;
}

QString describeColumns(const QStringList& columns)
{
    if (columns.isEmpty())
        return Tr::tr("no columns");
    if (columns.size() <= 3)
        return columns.join(QStringLiteral(", "));
    return Tr::tr("%1 and %n more", nullptr, static_cast<int>(columns.size() - 3))
        .arg(columns.mid(0, 3).join(QStringLiteral(", ")));
}

} // namespace pp
