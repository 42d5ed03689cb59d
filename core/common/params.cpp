#include "common/params.h"

#include <QCoreApplication>

#include <cmath>

namespace pp {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pp::Params)
};

QString rangeText(const ParamSpec& spec)
{
    // A parameter pinned to one value (ridge's l1_ratio 0): "'l1_ratio' must be 0, got 0.5."
    if (spec.minimum == spec.maximum)
        return QString::number(spec.minimum);
    return Tr::tr("between %1 and %2").arg(spec.minimum).arg(spec.maximum);
}

} // namespace

namespace {
ParamSpec make(QString key, ParamType type, QVariant def, QString label, QString tooltip)
{
    ParamSpec s;
    s.key = std::move(key);
    s.type = type;
    s.defaultValue = std::move(def);
    s.label = std::move(label);
    s.tooltip = std::move(tooltip);
    return s;
}
} // namespace

ParamSpec ParamSpec::integer(QString key, int def, int min, int max, QString label, QString tooltip)
{
    ParamSpec s = make(std::move(key), ParamType::Int, def, std::move(label), std::move(tooltip));
    s.minimum = min;
    s.maximum = max;
    return s;
}

ParamSpec ParamSpec::real(QString key, double def, double min, double max, QString label, QString tooltip)
{
    ParamSpec s = make(std::move(key), ParamType::Double, def, std::move(label), std::move(tooltip));
    s.minimum = min;
    s.maximum = max;
    return s;
}

ParamSpec ParamSpec::boolean(QString key, bool def, QString label, QString tooltip)
{
    return make(std::move(key), ParamType::Bool, def, std::move(label), std::move(tooltip));
}

ParamSpec ParamSpec::choice(QString key, QString def, QStringList choices, QStringList labels, QString label,
                            QString tooltip)
{
    ParamSpec s = make(std::move(key), ParamType::Choice, std::move(def), std::move(label), std::move(tooltip));
    s.choices = std::move(choices);
    s.choiceLabels = std::move(labels);
    return s;
}

ParamSpec ParamSpec::intList(QString key, QVariantList def, int min, int max, QString label, QString tooltip)
{
    ParamSpec s = make(std::move(key), ParamType::IntList, std::move(def), std::move(label), std::move(tooltip));
    s.minimum = min;
    s.maximum = max;
    return s;
}

ParamSpec ParamSpec::text(QString key, QString def, QString label, QString tooltip)
{
    return make(std::move(key), ParamType::String, std::move(def), std::move(label), std::move(tooltip));
}

ParamSpec ParamSpec::column(QString key, QString label, QString tooltip, bool optional)
{
    ParamSpec s = make(std::move(key), ParamType::Column, QString(), std::move(label), std::move(tooltip));
    s.optional = optional;
    return s;
}

ParamSpec ParamSpec::columns(QString key, QString label, QString tooltip)
{
    return make(std::move(key), ParamType::Columns, QStringList(), std::move(label), std::move(tooltip));
}

ParamSpec ParamSpec::stringList(QString key, QStringList def, QString label, QString tooltip)
{
    return make(std::move(key), ParamType::StringList, std::move(def), std::move(label), std::move(tooltip));
}

const ParamSpec* findParam(const std::vector<ParamSpec>& specs, const QString& key)
{
    for (const auto& s : specs)
        if (s.key == key)
            return &s;
    for (const auto& s : specs)
        if (s.aliases.contains(key))
            return &s;
    return nullptr;
}

QString knownParamsText(const std::vector<ParamSpec>& specs)
{
    QStringList known;
    for (const auto& s : specs)
        known << (QStringList{s.key} + s.aliases).join(QStringLiteral(" / "));
    return known.join(QStringLiteral(", "));
}

bool parseParamValue(const ParamSpec& spec, const QString& text, QVariant* value, QString* error)
{
    const QString t = text.trimmed();
    switch (spec.type) {
    case ParamType::Int: {
        bool ok = false;
        const qlonglong v = t.toLongLong(&ok);
        if (!ok) {
            *error = Tr::tr("'%1' must be a whole number, got '%2'.").arg(spec.key, text);
            return false;
        }
        return validateParamValue(spec, QVariant(static_cast<int>(v)), value, error);
    }
    case ParamType::Double: {
        bool ok = false;
        const double v = t.toDouble(&ok);
        if (!ok) {
            *error = Tr::tr("'%1' must be a number, got '%2'.").arg(spec.key, text);
            return false;
        }
        return validateParamValue(spec, QVariant(v), value, error);
    }
    case ParamType::Bool: {
        const QString l = t.toLower();
        if (l == QLatin1String("true") || l == QLatin1String("1") || l == QLatin1String("yes")
            || l == QLatin1String("on")) {
            *value = true;
            return true;
        }
        if (l == QLatin1String("false") || l == QLatin1String("0") || l == QLatin1String("no")
            || l == QLatin1String("off")) {
            *value = false;
            return true;
        }
        *error = Tr::tr("'%1' must be true or false, got '%2'.").arg(spec.key, text);
        return false;
    }
    case ParamType::Choice:
        return validateParamValue(spec, QVariant(t), value, error);
    case ParamType::IntList: {
        QVariantList list;
        const QStringList parts = t.split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString& p : parts) {
            bool ok = false;
            const int v = p.trimmed().toInt(&ok);
            if (!ok) {
                *error = Tr::tr("'%1' must be a comma-separated list of whole numbers, got '%2'.").arg(spec.key, text);
                return false;
            }
            list << v;
        }
        return validateParamValue(spec, QVariant(list), value, error);
    }
    case ParamType::String:
    case ParamType::Column:
        return validateParamValue(spec, QVariant(t), value, error);
    case ParamType::Columns:
    case ParamType::StringList: {
        QStringList list;
        for (const QString& p : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
            list << p.trimmed();
        return validateParamValue(spec, QVariant(list), value, error);
    }
    }
    return false;
}

bool validateParamValue(const ParamSpec& spec, const QVariant& in, QVariant* out, QString* error)
{
    switch (spec.type) {
    case ParamType::Int: {
        bool ok = false;
        const double d = in.toDouble(&ok);
        if (!ok || d != std::floor(d)) {
            *error = Tr::tr("'%1' must be a whole number.").arg(spec.key);
            return false;
        }
        if (d < spec.minimum || d > spec.maximum) {
            *error = Tr::tr("'%1' must be %2, got %3.").arg(spec.key, rangeText(spec)).arg(d);
            return false;
        }
        *out = static_cast<int>(d);
        return true;
    }
    case ParamType::Double: {
        bool ok = false;
        const double d = in.toDouble(&ok);
        if (!ok || !std::isfinite(d)) {
            *error = Tr::tr("'%1' must be a number.").arg(spec.key);
            return false;
        }
        if (d < spec.minimum || d > spec.maximum) {
            *error = Tr::tr("'%1' must be %2, got %3.").arg(spec.key, rangeText(spec)).arg(d);
            return false;
        }
        *out = d;
        return true;
    }
    case ParamType::Bool:
        if (in.typeId() == QMetaType::QString) {
            return parseParamValue(spec, in.toString(), out, error);
        }
        *out = in.toBool();
        return true;
    case ParamType::Choice: {
        const QString v = in.toString();
        if (!spec.choices.contains(v)) {
            *error = Tr::tr("'%1' must be one of %2, got '%3'.").arg(spec.key, spec.choices.join(QStringLiteral(", ")), v);
            return false;
        }
        *out = v;
        return true;
    }
    case ParamType::IntList: {
        if (in.typeId() == QMetaType::QString)
            return parseParamValue(spec, in.toString(), out, error);
        QVariantList list;
        for (const QVariant& e : in.toList()) {
            bool ok = false;
            const double d = e.toDouble(&ok);
            if (!ok || d != std::floor(d) || d < spec.minimum || d > spec.maximum) {
                *error = Tr::tr("'%1' must list whole numbers %2.").arg(spec.key, rangeText(spec));
                return false;
            }
            list << static_cast<int>(d);
        }
        if (list.isEmpty()) {
            *error = Tr::tr("'%1' needs at least one value.").arg(spec.key);
            return false;
        }
        *out = list;
        return true;
    }
    case ParamType::String:
        *out = in.toString();
        return true;
    case ParamType::Column:
        if (in.toString().isEmpty() && !spec.optional) {
            *error = Tr::tr("'%1' needs a column.").arg(spec.key);
            return false;
        }
        *out = in.toString();
        return true;
    case ParamType::Columns:
    case ParamType::StringList:
        *out = in.toStringList();
        return true;
    }
    return false;
}

QString paramValueToText(const ParamSpec& spec, const QVariant& value)
{
    switch (spec.type) {
    case ParamType::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case ParamType::IntList: {
        QStringList parts;
        for (const QVariant& v : value.toList())
            parts << QString::number(v.toInt());
        return parts.join(QLatin1Char(','));
    }
    case ParamType::Double:
        return QString::number(value.toDouble(), 'g', 12);
    case ParamType::Columns:
    case ParamType::StringList:
        return value.toStringList().join(QLatin1Char(','));
    default:
        return value.toString();
    }
}

Result<QVariantMap> resolveParams(const std::vector<ParamSpec>& specs, const QVariantMap& values)
{
    QVariantMap out;
    for (const auto& s : specs)
        out.insert(s.key, s.defaultValue);
    QMap<QString, QString> givenAs; // spec key -> the name its value came under
    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
        const ParamSpec* spec = findParam(specs, it.key());
        if (!spec) {
            return Result<QVariantMap>::failure(
                Tr::tr("Unknown parameter '%1'. Known parameters: %2.").arg(it.key(), knownParamsText(specs)));
        }
        const auto earlier = givenAs.constFind(spec->key);
        if (earlier != givenAs.constEnd()) {
            return Result<QVariantMap>::failure(
                Tr::tr("'%1' and '%2' name the same parameter; give only one.").arg(earlier.value(), it.key()));
        }
        givenAs.insert(spec->key, it.key());
        ParamSpec named = *spec;
        named.key = it.key();   // the error names the parameter as given
        QVariant v;
        QString error;
        if (!validateParamValue(named, it.value(), &v, &error))
            return Result<QVariantMap>::failure(error);
        out.insert(spec->key, v);
    }
    return out;
}

} // namespace pp
