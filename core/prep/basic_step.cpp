#include "prep/basic_step.h"

#include <QCoreApplication>

namespace pp {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pp::BasicStep)
};

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
            return fail(Tr::tr("unknown parameter '%1'. Known parameters: %2.")
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
    return Unit {};
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
        return failTable(Tr::tr("the step has not been fitted yet."));
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
        return Unit {};
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

Result<QStringList> BasicStep::resolveColumns(const Table& train, const QStringList& listed,
    const FitInfo& info, std::initializer_list<ColumnType> accepted) const
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
            return Result<QStringList>::failure(
                displayName() + QStringLiteral(": ") + missingColumnMessage(name));
        if (!acceptedType(c->type())) {
            return Result<QStringList>::failure(displayName() + QStringLiteral(": ")
                + wrongTypeMessage(name, c->type(), expected.join(QStringLiteral(" / "))));
        }
        if (!out.contains(name))
            out << name;
    }
    return out;
}

const Column* BasicStep::requireColumn(
    const Table& input, const QString& name, const ColumnType* type, QString* error, bool* skip) const
{
    const int i = requireColumnIndex(input, name, type, error, skip);
    return i < 0 ? nullptr : &input.column(static_cast<std::size_t>(i));
}

int BasicStep::requireColumnIndex(
    const Table& input, const QString& name, const ColumnType* type, QString* error, bool* skip) const
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
    return Tr::tr("column '%1' is not in the data.").arg(column);
}

QString BasicStep::wrongTypeMessage(const QString& column, ColumnType actual, const QString& expected) const
{
    return Tr::tr("column '%1' is %2; this step needs %3 values.")
        .arg(column, columnTypeDisplayName(actual).toLower(), expected);
}

Warning BasicStep::warning(const QString& kind, const QString& detail) const
{
    Warning w;
    w.kind = kind;
    w.detail = displayName() + QStringLiteral(": ") + detail;
    return w;
}

} // namespace pp
