#include "prep/advanced_step.h"

#include <QHash>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

namespace pp {

void AdvancedStep::initParams()
{
    m_params.clear();
    for (const ParamSpec& spec : paramSpecs(nullptr))
        m_params.insert(spec.key, spec.defaultValue);
}

Status AdvancedStep::setParams(const QVariantMap& params)
{
    // Only the keys given are validated: a form sets one value at a time, and a required
    // column left empty is reported by fit(), when it matters.
    auto checked = resolveParams(paramSpecs(nullptr), params);
    if (!checked.ok())
        return failure(checked.error().message);
    QVariantMap next = m_params;
    for (auto it = params.constBegin(); it != params.constEnd(); ++it)
        next.insert(it.key(), checked.value().value(it.key()));
    if (next != m_params) {
        m_params = next;
        clearFit();
    }
    return Unit{};
}

ParamSpec AdvancedStep::intSpec(const QString& key, int value, int minimum, int maximum, const QString& label,
                                const QString& tooltip)
{
    ParamSpec s;
    s.key = key;
    s.type = ParamType::Int;
    s.defaultValue = value;
    s.minimum = minimum;
    s.maximum = maximum;
    s.label = label;
    s.tooltip = tooltip;
    return s;
}

ParamSpec AdvancedStep::doubleSpec(const QString& key, double value, double minimum, double maximum,
                                   const QString& label, const QString& tooltip)
{
    ParamSpec s = intSpec(key, 0, 0, 0, label, tooltip);
    s.type = ParamType::Double;
    s.defaultValue = value;
    s.minimum = minimum;
    s.maximum = maximum;
    return s;
}

ParamSpec AdvancedStep::boolSpec(const QString& key, bool value, const QString& label, const QString& tooltip)
{
    ParamSpec s = intSpec(key, 0, 0, 0, label, tooltip);
    s.type = ParamType::Bool;
    s.defaultValue = value;
    return s;
}

ParamSpec AdvancedStep::stringSpec(const QString& key, const QString& value, const QString& label,
                                   const QString& tooltip)
{
    ParamSpec s = intSpec(key, 0, 0, 0, label, tooltip);
    s.type = ParamType::String;
    s.defaultValue = value;
    return s;
}

ParamSpec AdvancedStep::choiceSpec(const QString& key, const QString& value, const QStringList& choices,
                                   const QStringList& choiceLabels, const QString& label, const QString& tooltip)
{
    ParamSpec s = intSpec(key, 0, 0, 0, label, tooltip);
    s.type = ParamType::Choice;
    s.defaultValue = value;
    s.choices = choices;
    s.choiceLabels = choiceLabels;
    return s;
}

ParamSpec AdvancedStep::columnSpec(const QString& key, const QString& label, const QString& tooltip,
                                   QList<ColumnType> types, bool optional)
{
    ParamSpec s = intSpec(key, 0, 0, 0, label, tooltip);
    s.type = ParamType::Column;
    s.defaultValue = QString();
    s.optional = optional;
    for (ColumnType t : types)
        s.columnTypes << static_cast<int>(t);
    return s;
}

ParamSpec AdvancedStep::columnsSpec(const QString& key, const QString& label, const QString& tooltip,
                                    QList<ColumnType> types)
{
    ParamSpec s = columnSpec(key, label, tooltip, types, true);
    s.type = ParamType::Columns;
    s.defaultValue = QStringList();
    return s;
}

ParamSpec AdvancedStep::stringListSpec(const QString& key, const QStringList& value, const QString& label,
                                       const QString& tooltip)
{
    ParamSpec s = intSpec(key, 0, 0, 0, label, tooltip);
    s.type = ParamType::StringList;
    s.defaultValue = value;
    return s;
}

QString AdvancedStep::message(const QString& text) const
{
    return tr("%1: %2").arg(displayName(), text);
}

Status AdvancedStep::notFitted() const
{
    return failure(tr("the step is not fitted yet; fit it on the training rows first."));
}

const Column* AdvancedStep::requireColumn(const Table& table, const QString& name, QString* error) const
{
    if (name.isEmpty()) {
        *error = message(tr("no column chosen."));
        return nullptr;
    }
    const Column* c = table.find(name);
    if (!c)
        *error = message(tr("column '%1' is not in the data.").arg(name));
    return c;
}

const Column* AdvancedStep::requireNumeric(const Table& table, const QString& name, QString* error) const
{
    const Column* c = requireColumn(table, name, error);
    if (c && !isNumberColumn(*c)) {
        *error = message(tr("column '%1' is %2, not numeric; convert or encode it first.")
                             .arg(name, columnTypeDisplayName(c->type())));
        return nullptr;
    }
    return c;
}

const Column* AdvancedStep::requireText(const Table& table, const QString& name, QString* error) const
{
    const Column* c = requireColumn(table, name, error);
    if (c && c->type() != ColumnType::Text && c->type() != ColumnType::Categorical) {
        *error = message(tr("column '%1' is %2, not text.").arg(name, columnTypeDisplayName(c->type())));
        return nullptr;
    }
    return c;
}

Status AdvancedStep::checkOutputs(const Table& train, const FitInfo& info, const QStringList& outputs,
                                  bool replaceIntended) const
{
    return checkOutputs(train, info, [&](const QString& name) { return outputs.contains(name); }, replaceIntended);
}

Status AdvancedStep::checkOutputs(const Table& train, const FitInfo& info,
                                  const std::function<bool(const QString&)>& isOutput, bool replaceIntended) const
{
    for (const QString& name : protectedColumns(train, info.targets))
        if (isOutput(name))
            return failure(tr("writing the result to '%1' would overwrite a target or id column; choose another name "
                              "or column.")
                               .arg(name));
    QStringList replaced;
    for (const Column& c : train.columns())
        if (isOutput(c.name()))
            replaced << c.name();
    Status s = Unit{};
    if (!replaceIntended && !replaced.isEmpty())
        s.addWarning({QStringLiteral("column_replaced"), 0, 0,
                      message(tr("replaces existing columns with its result: %1.")
                                  .arg(replaced.join(QStringLiteral(", "))))});
    return s;
}

bool AdvancedStep::putColumn(Table& table, Column column, QString* error) const
{
    const Column* existing = table.find(column.name());
    if (existing && (existing->role() == ColumnRole::Target || existing->role() == ColumnRole::Id)) {
        *error = message(tr("writing the result to '%1' would overwrite a target or id column; choose another name "
                            "or column.")
                             .arg(column.name()));
        return false;
    }
    setOrAppendColumn(table, std::move(column));
    return true;
}

bool isNumberColumn(const Column& column)
{
    return column.type() == ColumnType::Numeric || column.type() == ColumnType::Boolean;
}

QStringList protectedColumns(const Table& table, const QStringList& targets)
{
    QStringList out = targets;
    for (const Column& c : table.columns())
        if ((c.role() == ColumnRole::Target || c.role() == ColumnRole::Id) && !out.contains(c.name()))
            out << c.name();
    return out;
}

quint64 stableHash(const QString& text)
{
    quint64 h = 1469598103934665603ULL;
    for (QChar c : text) {
        h ^= c.unicode();
        h *= 1099511628211ULL;
    }
    return h;
}

quint64 stepSeed(int ownSeed, quint64 pipelineSeed, quint64 salt)
{
    if (ownSeed >= 0)
        return static_cast<quint64>(ownSeed);
    // splitmix64 finaliser: different steps of one pipeline get unrelated streams.
    quint64 z = pipelineSeed + 0x9E3779B97F4A7C15ULL * (salt + 1);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

quint64 kindSalt(quint64 salt, const FitInfo& info)
{
    return salt ^ (static_cast<quint64>(std::max(info.kindIndex, 0)) * 0xD1B54A32D192ED03ULL);
}

ClassLabels classLabels(const Column& target)
{
    ClassLabels out;
    const std::size_t n = target.size();
    out.codes.assign(n, -1);
    if (target.type() == ColumnType::Numeric || target.type() == ColumnType::Boolean) {
        std::map<double, int> index;
        for (std::size_t i = 0; i < n; ++i)
            if (!target.isMissing(i))
                index.emplace(target.numericAt(i), 0);
        int next = 0;
        for (auto& [value, code] : index) {
            code = next++;
            out.names << (target.type() == ColumnType::Boolean ? (value != 0 ? QStringLiteral("true")
                                                                             : QStringLiteral("false"))
                                                               : formatNumber(value));
        }
        for (std::size_t i = 0; i < n; ++i)
            if (!target.isMissing(i))
                out.codes[i] = index[target.numericAt(i)];
        return out;
    }
    // Categories, text and dates: by display text, sorted so that the order does not depend
    // on which label happened to come first.
    QHash<QString, int> seen;
    QStringList names;
    std::vector<QString> values(n);
    for (std::size_t i = 0; i < n; ++i) {
        if (target.isMissing(i))
            continue;
        values[i] = target.displayAt(i);
        if (!seen.contains(values[i])) {
            seen.insert(values[i], 0);
            names << values[i];
        }
    }
    names.sort();
    for (int k = 0; k < names.size(); ++k)
        seen[names[k]] = k;
    for (std::size_t i = 0; i < n; ++i)
        if (!target.isMissing(i))
            out.codes[i] = seen.value(values[i]);
    out.names = names;
    return out;
}

std::vector<double> numericValues(const Column& column)
{
    if (column.type() == ColumnType::Numeric)
        return column.numbers();
    std::vector<double> out(column.size());
    for (std::size_t i = 0; i < out.size(); ++i)
        out[i] = column.numericAt(i);
    return out;
}

void setOrAppendColumn(Table& table, Column column)
{
    if (Column* existing = table.find(column.name()))
        *existing = std::move(column);
    else
        table.addColumn(std::move(column));
}

QJsonArray toJsonArray(const std::vector<double>& values)
{
    QJsonArray a;
    for (double v : values)
        a.append(std::isfinite(v) ? QJsonValue(v) : QJsonValue());
    return a;
}

std::vector<double> doublesFromJson(const QJsonArray& array)
{
    std::vector<double> out;
    out.reserve(static_cast<std::size_t>(array.size()));
    for (const QJsonValue& v : array)
        out.push_back(v.isDouble() ? v.toDouble() : std::numeric_limits<double>::quiet_NaN());
    return out;
}

} // namespace pp
