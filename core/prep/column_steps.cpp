// Column steps: select_columns, rename_column, change_type, set_role. They learn nothing from
// the values; the fitted state records the columns resolved on the training rows so that a
// replay acts on exactly those.
#include "prep/basic_step.h"
#include "prep/builtin_steps.h"

#include <QCoreApplication>

namespace pp {

namespace {

using namespace prepjson;

const QStringList kTypeKeys = { QStringLiteral("numeric"), QStringLiteral("categorical"),
    QStringLiteral("boolean"), QStringLiteral("datetime"), QStringLiteral("text") };
const QStringList kRoleKeys
    = { QStringLiteral("feature"), QStringLiteral("target"), QStringLiteral("id"), QStringLiteral("ignore") };

// ---------------------------------------------------------------------------------------------

class SelectColumnsStep : public BasicStep
{
    Q_DECLARE_TR_FUNCTIONS(pp::SelectColumnsStep)
public:
    QString kind() const override { return QStringLiteral("select_columns"); }

    QString describe() const override
    {
        const bool keep = stringParam(QStringLiteral("mode")) == QLatin1String("keep");
        const QStringList cols = isFitted() ? m_columns : listParam(QStringLiteral("columns"));
        return keep ? tr("Keep %1").arg(describeColumns(cols)) : tr("Drop %1").arg(describeColumns(cols));
    }

protected:
    std::vector<ParamSpec> specs() const override
    {
        return { prepspec::choice(QStringLiteral("mode"), { QStringLiteral("keep"), QStringLiteral("drop") },
                     { tr("Keep only these"), tr("Drop these") }, QStringLiteral("keep"), tr("Mode"),
                     tr("Keep only the chosen columns (the target and identifier columns are always kept), "
                        "or drop them.")),
            prepspec::columns(QStringLiteral("columns"), tr("Columns"), tr("The columns to keep or drop.")) };
    }

    Status doFit(const Table& train, const FitInfo& info, JobControl*) override
    {
        const QStringList listed = listParam(QStringLiteral("columns"));
        const bool keep = stringParam(QStringLiteral("mode")) == QLatin1String("keep");
        for (const QString& c : listed)
            if (!train.find(c))
                return fail(missingColumnMessage(c));
        m_columns.clear();
        if (keep) {
            if (listed.isEmpty())
                return fail(tr("choose at least one column to keep."));
            // Train order, not the order of the list: the table keeps its shape. The target and
            // identifier columns stay: without them nothing can be trained or joined back.
            for (const Column& c : train.columns())
                if (listed.contains(c.name()) || info.targets.contains(c.name())
                    || c.role() == ColumnRole::Id)
                    m_columns << c.name();
        } else {
            for (const QString& c : listed) {
                if (info.targets.contains(c))
                    return fail(tr("'%1' is the target; dropping it would leave nothing to predict.").arg(c));
                if (!m_columns.contains(c))
                    m_columns << c;
            }
        }
        return Unit {};
    }

    Result<Table> doTransform(const Table& input, JobControl*) const override
    {
        const bool keep = stringParam(QStringLiteral("mode")) == QLatin1String("keep");
        Table out;
        out.setSource(input.source());
        if (keep) {
            for (const QString& name : m_columns) {
                QString error;
                bool skip = false;
                const Column* c = requireColumn(input, name, nullptr, &error, &skip);
                if (skip)
                    continue;
                if (!c)
                    return Result<Table>::failure(error);
                out.addColumn(*c);
            }
        } else {
            for (const Column& c : input.columns())
                if (!m_columns.contains(c.name()))
                    out.addColumn(c);
        }
        return out;
    }

    QJsonObject saveState() const override { return { { QStringLiteral("columns"), strings(m_columns) } }; }
    Status loadState(const QJsonObject& state) override
    {
        if (!state.value(QStringLiteral("columns")).isArray())
            return fail(tr("the fitted column list is missing."));
        m_columns = toStrings(state.value(QStringLiteral("columns")).toArray());
        return Unit {};
    }

private:
    QStringList m_columns;
};

// ---------------------------------------------------------------------------------------------

class RenameColumnStep : public BasicStep
{
    Q_DECLARE_TR_FUNCTIONS(pp::RenameColumnStep)
public:
    QString kind() const override { return QStringLiteral("rename_column"); }

    QString describe() const override
    {
        return tr("Rename %1 to %2")
            .arg(stringParam(QStringLiteral("column")), stringParam(QStringLiteral("new_name")));
    }

protected:
    std::vector<ParamSpec> specs() const override
    {
        return { prepspec::column(QStringLiteral("column"), tr("Column"), tr("The column to rename.")),
            prepspec::text(QStringLiteral("new_name"), QString(), tr("New name"),
                tr("The new name; it must not be taken by another column.")) };
    }

    Status doFit(const Table& train, const FitInfo& info, JobControl*) override
    {
        const QString from = stringParam(QStringLiteral("column"));
        const QString to = stringParam(QStringLiteral("new_name")).trimmed();
        if (!train.find(from))
            return fail(missingColumnMessage(from));
        if (to.isEmpty())
            return fail(tr("the new name is empty."));
        if (to != from && train.find(to))
            return fail(tr("a column named '%1' already exists.").arg(to));
        if (info.targets.contains(from))
            return fail(tr("'%1' is the target; rename it before choosing it as the target.").arg(from));
        m_from = from;
        m_to = to;
        return Unit {};
    }

    Result<Table> doTransform(const Table& input, JobControl*) const override
    {
        QString error;
        const int i = requireColumnIndex(input, m_from, nullptr, &error);
        if (i < 0)
            return Result<Table>::failure(error);
        if (m_to != m_from && input.find(m_to))
            return failTable(tr("a column named '%1' already exists.").arg(m_to));
        Table out = input;
        out.column(static_cast<std::size_t>(i)).setName(m_to);
        return out;
    }

    QJsonObject saveState() const override
    {
        return { { QStringLiteral("from"), m_from }, { QStringLiteral("to"), m_to } };
    }
    Status loadState(const QJsonObject& state) override
    {
        m_from = state.value(QStringLiteral("from")).toString();
        m_to = state.value(QStringLiteral("to")).toString();
        if (m_from.isEmpty() || m_to.isEmpty())
            return fail(tr("the fitted names are missing."));
        return Unit {};
    }

private:
    QString m_from;
    QString m_to;
};

// ---------------------------------------------------------------------------------------------

class ChangeTypeStep : public BasicStep
{
    Q_DECLARE_TR_FUNCTIONS(pp::ChangeTypeStep)
public:
    QString kind() const override { return QStringLiteral("change_type"); }

    QString describe() const override
    {
        ColumnType t = ColumnType::Numeric;
        columnTypeFromName(stringParam(QStringLiteral("to")), &t);
        const QStringList cols = isFitted() ? m_columns : listParam(QStringLiteral("columns"));
        QString s = tr("Convert %1 to %2").arg(describeColumns(cols), columnTypeDisplayName(t).toLower());
        if (isFitted()) {
            std::size_t lost = 0;
            for (auto n : m_lost)
                lost += n;
            if (lost > 0)
                s += QLatin1Char(' ')
                    + tr("(%n value(s) could not be converted in training)", nullptr, static_cast<int>(lost));
        }
        return s;
    }

protected:
    std::vector<ParamSpec> specs() const override
    {
        return { prepspec::columns(QStringLiteral("columns"), tr("Columns"), tr("The columns to convert.")),
            prepspec::choice(QStringLiteral("to"), kTypeKeys,
                { columnTypeDisplayName(ColumnType::Numeric), columnTypeDisplayName(ColumnType::Categorical),
                    columnTypeDisplayName(ColumnType::Boolean), columnTypeDisplayName(ColumnType::DateTime),
                    columnTypeDisplayName(ColumnType::Text) },
                QStringLiteral("numeric"), tr("New type"),
                tr("Values that cannot be converted become missing; the step counts them.")) };
    }

    Status doFit(const Table& train, const FitInfo&, JobControl*) override
    {
        const QStringList listed = listParam(QStringLiteral("columns"));
        if (listed.isEmpty())
            return fail(tr("choose at least one column to convert."));
        ColumnType to = ColumnType::Numeric;
        columnTypeFromName(stringParam(QStringLiteral("to")), &to);
        m_columns.clear();
        m_lost.clear();
        for (const QString& name : listed) {
            const Column* c = train.find(name);
            if (!c)
                return fail(missingColumnMessage(name));
            if (m_columns.contains(name))
                continue;
            std::size_t lost = 0;
            c->convertedTo(to, &lost);
            m_columns << name;
            m_lost.push_back(lost);
        }
        return Unit {};
    }

    Result<Table> doTransform(const Table& input, JobControl* job) const override
    {
        ColumnType to = ColumnType::Numeric;
        columnTypeFromName(stringParam(QStringLiteral("to")), &to);
        Table out = input;
        Result<Table> result;
        std::vector<Warning> warnings;
        for (const QString& name : m_columns) {
            if (isCancelled(job))
                return Result<Table>::cancelledResult();
            QString error;
            bool skip = false;
            const int i = requireColumnIndex(out, name, nullptr, &error, &skip);
            if (skip)
                continue;
            if (i < 0)
                return Result<Table>::failure(error);
            std::size_t lost = 0;
            Column& c = out.column(static_cast<std::size_t>(i));
            c = c.convertedTo(to, &lost);
            if (lost > 0) {
                warnings.push_back(warning(QStringLiteral("conversion_lost"),
                    tr("%n value(s) of '%1' could not be converted and are now missing.", nullptr,
                        static_cast<int>(lost))
                        .arg(name)));
            }
        }
        result = Result<Table>(std::move(out));
        result.warnings() = std::move(warnings);
        return result;
    }

    QJsonObject saveState() const override
    {
        QJsonObject lost;
        for (qsizetype i = 0; i < m_columns.size(); ++i)
            lost.insert(m_columns[i], static_cast<qint64>(m_lost[static_cast<std::size_t>(i)]));
        return { { QStringLiteral("columns"), strings(m_columns) }, { QStringLiteral("lost"), lost } };
    }
    Status loadState(const QJsonObject& state) override
    {
        if (!state.value(QStringLiteral("columns")).isArray())
            return fail(tr("the fitted column list is missing."));
        m_columns = toStrings(state.value(QStringLiteral("columns")).toArray());
        const QJsonObject lost = state.value(QStringLiteral("lost")).toObject();
        m_lost.clear();
        for (const QString& c : m_columns)
            m_lost.push_back(static_cast<std::size_t>(lost.value(c).toInteger()));
        return Unit {};
    }

private:
    QStringList m_columns;
    std::vector<std::size_t> m_lost; ///< conversions lost on the training rows, per column
};

// ---------------------------------------------------------------------------------------------

class SetRoleStep : public BasicStep
{
    Q_DECLARE_TR_FUNCTIONS(pp::SetRoleStep)
public:
    QString kind() const override { return QStringLiteral("set_role"); }

    QString describe() const override
    {
        ColumnRole role = ColumnRole::Feature;
        columnRoleFromName(stringParam(QStringLiteral("role")), &role);
        const QStringList cols = isFitted() ? m_columns : listParam(QStringLiteral("columns"));
        return tr("Mark %1 as %2").arg(describeColumns(cols), columnRoleDisplayName(role).toLower());
    }

protected:
    std::vector<ParamSpec> specs() const override
    {
        return { prepspec::columns(
                     QStringLiteral("columns"), tr("Columns"), tr("The columns whose role changes.")),
            prepspec::choice(QStringLiteral("role"), kRoleKeys,
                { columnRoleDisplayName(ColumnRole::Feature), columnRoleDisplayName(ColumnRole::Target),
                    columnRoleDisplayName(ColumnRole::Id), columnRoleDisplayName(ColumnRole::Ignore) },
                QStringLiteral("ignore"), tr("Role"),
                tr("Identifier and ignored columns stay in the table (for joining results back) but "
                   "are not given to the model.")) };
    }

    Status doFit(const Table& train, const FitInfo&, JobControl*) override
    {
        const QStringList listed = listParam(QStringLiteral("columns"));
        if (listed.isEmpty())
            return fail(tr("choose at least one column."));
        m_columns.clear();
        for (const QString& name : listed) {
            if (!train.find(name))
                return fail(missingColumnMessage(name));
            if (!m_columns.contains(name))
                m_columns << name;
        }
        return Unit {};
    }

    Result<Table> doTransform(const Table& input, JobControl*) const override
    {
        ColumnRole role = ColumnRole::Feature;
        columnRoleFromName(stringParam(QStringLiteral("role")), &role);
        Table out = input;
        for (const QString& name : m_columns) {
            QString error;
            bool skip = false;
            const int i = requireColumnIndex(out, name, nullptr, &error, &skip);
            if (skip || (i < 0 && role == ColumnRole::Target))
                continue; // new data to score has no target column
            if (i < 0)
                return Result<Table>::failure(error);
            out.column(static_cast<std::size_t>(i)).setRole(role);
        }
        return out;
    }

    QJsonObject saveState() const override { return { { QStringLiteral("columns"), strings(m_columns) } }; }
    Status loadState(const QJsonObject& state) override
    {
        if (!state.value(QStringLiteral("columns")).isArray())
            return fail(tr("the fitted column list is missing."));
        m_columns = toStrings(state.value(QStringLiteral("columns")).toArray());
        return Unit {};
    }

private:
    QStringList m_columns;
};

} // namespace

void registerColumnSteps(StepRegistry& registry)
{
    const QString category = QStringLiteral("columns");
    registry.add(
        { QStringLiteral("select_columns"), category, [] { return SelectColumnsStep::tr("Select columns"); },
            [] { return SelectColumnsStep::tr("Keeps only the chosen columns, or drops them."); },
            makeStep<SelectColumnsStep> });
    registry.add(
        { QStringLiteral("rename_column"), category, [] { return RenameColumnStep::tr("Rename column"); },
            [] { return RenameColumnStep::tr("Gives a column a new name."); }, makeStep<RenameColumnStep> });
    registry.add({ QStringLiteral("change_type"), category, [] { return ChangeTypeStep::tr("Change type"); },
        [] {
            return ChangeTypeStep::tr("Converts columns to numbers, categories, yes/no values, dates or "
                                      "text; values that do not convert become missing.");
        },
        makeStep<ChangeTypeStep> });
    registry.add({ QStringLiteral("set_role"), category, [] { return SetRoleStep::tr("Set column role"); },
        [] {
            return SetRoleStep::tr("Marks columns as features, target, identifiers or ignored. Identifier "
                                   "and ignored columns are kept but not used by models.");
        },
        makeStep<SetRoleStep> });
}

} // namespace pp
