#include "prep/basic_step.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>
#include <limits>

namespace pp {

namespace {

QString tr(const char* s) { return QCoreApplication::translate("pp::BasicStep", s); }

} // namespace

QVariantMap BasicStep::params() const
{
    if (m_params.isEmpty()) {
        for (const auto& s : specs())
            m_params.insert(s.key, s.defaultValue);
    }
    return m_params;
}

QVariant BasicStep::param(const QString& key) const
{
    params();
    return m_params.value(key);
}

Status BasicStep::setParams(const QVariantMap& values)
{
    const std::vector<ParamSpec> all = specs();
    QVariantMap next = params();
    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
        const ParamSpec* spec = findParam(all, it.key());
        if (!spec) {
            QStringList known;
            for (const auto& s : all)
                known << s.key;
            return fail(tr("unknown parameter '%1'. Known parameters: %2.")
                            .arg(it.key(), known.join(QStringLiteral(", "))));
        }
        QVariant v;
        QString error;
        if (!validateParamValue(*spec, it.value(), &v, &error))
            return fail(error);
        next.insert(it.key(), v);
    }
    // New settings make the old fit meaningless: it has to be fitted again.
    if (next != m_params) {
        m_params = next;
        m_fitted = false;
        m_targets.clear();
    }
    return Unit{};
}

Status BasicStep::fit(const Table& train, const FitInfo& info, JobControl* job)
{
    m_fitted = false;
    m_targets = info.targets;
    Status s = doFit(train, info, job);
    m_fitted = s.ok();
    if (!s.ok() && isCancelled(job))
        s.error().cancelled = true;
    return s;
}

Result<Table> BasicStep::transform(const Table& input, JobControl* job) const
{
    if (!m_fitted)
        return failTable(tr("the step has not been fitted yet."));
    return doTransform(input, job);
}

QJsonObject BasicStep::fittedState() const
{
    if (!m_fitted)
        return QJsonObject();
    QJsonObject state = saveState();
    if (!m_targets.isEmpty())
        state.insert(QStringLiteral("targets"), prepjson::strings(m_targets));
    return state;
}

Status BasicStep::setFittedState(const QJsonObject& state)
{
    m_fitted = false;
    m_targets.clear();
    if (state.isEmpty())
        return Unit{};
    QJsonObject own = state;
    if (own.contains(QStringLiteral("targets"))) {
        m_targets = prepjson::toStrings(own.value(QStringLiteral("targets")).toArray());
        own.remove(QStringLiteral("targets"));
    }
    Status s = loadState(own);
    if (!s.ok()) {
        m_targets.clear();
        return s;
    }
    m_fitted = true;
    return s;
}

QString BasicStep::displayName() const
{
    const StepInfo* info = StepRegistry::instance().find(kind());
    return info && info->displayName ? info->displayName() : kind();
}

Result<QStringList> BasicStep::resolveColumns(const Table& train, const QStringList& listed, const FitInfo& info,
                                              std::initializer_list<ColumnType> accepted) const
{
    auto acceptedType = [&](ColumnType t) {
        for (ColumnType a : accepted)
            if (a == t)
                return true;
        return false;
    };
    QStringList out;
    if (listed.isEmpty()) {
        for (const Column& c : train.columns()) {
            if (c.role() == ColumnRole::Feature && !info.targets.contains(c.name()) && acceptedType(c.type()))
                out << c.name();
        }
        return out;
    }
    QStringList expected;
    for (ColumnType a : accepted)
        expected << columnTypeDisplayName(a).toLower();
    for (const QString& name : listed) {
        const Column* c = train.find(name);
        if (!c)
            return Result<QStringList>::failure(displayName() + QStringLiteral(": ") + missingColumnMessage(name));
        if (!acceptedType(c->type())) {
            return Result<QStringList>::failure(displayName() + QStringLiteral(": ")
                + wrongTypeMessage(name, c->type(), expected.join(QStringLiteral(" / "))));
        }
        if (!out.contains(name))
            out << name;
    }
    return out;
}

const Column* BasicStep::requireColumn(const Table& input, const QString& name, const ColumnType* type,
                                       QString* error, bool* skip) const
{
    const int i = requireColumnIndex(input, name, type, error, skip);
    return i < 0 ? nullptr : &input.column(static_cast<std::size_t>(i));
}

int BasicStep::requireColumnIndex(const Table& input, const QString& name, const ColumnType* type,
                                  QString* error, bool* skip) const
{
    if (skip)
        *skip = false;
    const int i = input.indexOf(name);
    if (i < 0) {
        if (skip && isTarget(name)) {
            *skip = true;
            return -1;
        }
        *error = displayName() + QStringLiteral(": ") + missingColumnMessage(name);
        return -1;
    }
    const Column& c = input.column(static_cast<std::size_t>(i));
    if (type && c.type() != *type) {
        *error = displayName() + QStringLiteral(": ")
            + wrongTypeMessage(name, c.type(), columnTypeDisplayName(*type).toLower());
        return -1;
    }
    return i;
}

Status BasicStep::fail(const QString& message) const
{
    return Status::failure(displayName() + QStringLiteral(": ") + message);
}

Result<Table> BasicStep::failTable(const QString& message) const
{
    return Result<Table>::failure(displayName() + QStringLiteral(": ") + message);
}

QString BasicStep::missingColumnMessage(const QString& column) const
{
    return tr("column '%1' is not in the data.").arg(column);
}

QString BasicStep::wrongTypeMessage(const QString& column, ColumnType actual, const QString& expected) const
{
    return tr("column '%1' is %2; this step needs %3 values.")
        .arg(column, columnTypeDisplayName(actual).toLower(), expected);
}

Warning BasicStep::warning(const QString& kind, const QString& detail) const
{
    Warning w;
    w.kind = kind;
    w.detail = displayName() + QStringLiteral(": ") + detail;
    return w;
}

// ---------------------------------------------------------------------------------------------

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

ParamSpec columns(const QString& key, const QString& label, const QString& tooltip,
                  std::initializer_list<ColumnType> types)
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

ParamSpec choice(const QString& key, const QStringList& choices, const QStringList& labels, const QString& def,
                 const QString& label, const QString& tooltip)
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

ParamSpec number(const QString& key, double def, double min, double max, const QString& label,
                 const QString& tooltip)
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
        return tr("none");
    if (std::isinf(v))
        return v > 0 ? QStringLiteral("∞") : QStringLiteral("−∞");
    QLocale locale;
    locale.setNumberOptions(QLocale::DefaultNumberOptions);
    const double a = std::fabs(v);
    if (a != 0.0 && (a >= 1e15 || a < 1e-4))
        return locale.toString(v, 'g', 6);
    const int intDigits = a < 1.0 ? 1 : static_cast<int>(std::floor(std::log10(a))) + 1;
    int decimals = std::max(0, 6 - intDigits);
    if (a < 1.0 && a > 0.0)   // 0.000123 keeps 6 significant digits, not 6 decimals
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
        return tr("no columns");
    if (columns.size() <= 3)
        return columns.join(QStringLiteral(", "));
    return QCoreApplication::translate("pp::BasicStep", "%1 and %n more", nullptr,
                                       static_cast<int>(columns.size() - 3))
        .arg(columns.mid(0, 3).join(QStringLiteral(", ")));
}

} // namespace pp
