// Encodings to one numeric column: ordinal (a user-given category order) and frequency (the
// share of training rows with the category). onehot and target_encode have files of their own.
#include "prep/basic_step.h"
#include "prep/builtin_steps.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <limits>

namespace pp {

namespace {

using namespace prepjson;

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

class OrdinalStep : public BasicStep
{
    Q_DECLARE_TR_FUNCTIONS(pp::OrdinalStep)
public:
    QString kind() const override { return QStringLiteral("ordinal"); }

    QString describe() const override
    {
        const QString column = stringParam(QStringLiteral("column"));
        const QStringList order = isFitted() ? m_categories : listParam(QStringLiteral("order"));
        QStringList shown = order.mid(0, 5);
        if (order.size() > 5)
            shown << QStringLiteral("…");
        QString s = order.isEmpty()
            ? tr("Encode %1 as numbers in sorted order").arg(column)
            : tr("Encode %1 as 0, 1, 2… in the order %2").arg(column, shown.join(QStringLiteral(" < ")));
        s += QStringLiteral("; ")
            + (stringParam(QStringLiteral("unknown")) == QLatin1String("minus_one")
                    ? tr("unknown → -1")
                    : tr("unknown → missing"));
        return s;
    }

protected:
    std::vector<ParamSpec> specs() const override
    {
        return { prepspec::column(QStringLiteral("column"), tr("Column"),
                     tr("The column whose categories have an order."),
                     { ColumnType::Categorical, ColumnType::Boolean, ColumnType::Text, ColumnType::Numeric }),
            prepspec::stringList(QStringLiteral("order"), tr("Order"),
                tr("The categories from lowest to highest (e.g. bronze, silver, gold); they "
                   "become 0, 1, 2… Empty = the training categories in sorted order.")),
            prepspec::choice(QStringLiteral("unknown"),
                { QStringLiteral("missing"), QStringLiteral("minus_one") }, { tr("Missing"), tr("-1") },
                QStringLiteral("missing"), tr("Other values"),
                tr("What a value that is not in the order becomes.")) };
    }

    Status doFit(const Table& train, const FitInfo&, JobControl*) override
    {
        const QString name = stringParam(QStringLiteral("column"));
        const Column* c = train.find(name);
        if (!c)
            return fail(missingColumnMessage(name));
        if (c->type() == ColumnType::DateTime)
            return fail(wrongTypeMessage(name, c->type(), tr("categorical, yes/no, text or numeric")));
        QStringList order = listParam(QStringLiteral("order"));
        for (qsizetype i = 0; i < order.size(); ++i)
            if (order.indexOf(order[i]) != i)
                return fail(tr("'%1' appears twice in the order.").arg(order[i]));
        Status status = Unit {};
        if (order.isEmpty()) {
            QHash<QString, double> seen;
            for (std::size_t r = 0; r < c->size(); ++r)
                if (!c->isMissing(r))
                    seen.insert(c->displayAt(r), c->numericAt(r));
            order = seen.keys();
            if (c->type() == ColumnType::Numeric)
                std::sort(order.begin(), order.end(),
                    [&](const QString& a, const QString& b) { return seen[a] < seen[b]; });
            else
                std::sort(order.begin(), order.end());
        } else {
            std::size_t outside = 0;
            for (std::size_t r = 0; r < c->size(); ++r)
                outside += !c->isMissing(r) && !order.contains(c->displayAt(r)) ? 1 : 0;
            if (outside > 0) {
                status.addWarning(warning(QStringLiteral("unknown_categories"),
                    tr("%n training value(s) of '%1' are not in the order.", nullptr,
                        static_cast<int>(outside))
                        .arg(name)));
            }
        }
        m_column = name;
        m_type = c->type();
        m_categories = order;
        return status;
    }

    Result<Table> doTransform(const Table& input, JobControl*) const override
    {
        QString error;
        bool skip = false;
        const int idx = requireColumnIndex(input, m_column, &m_type, &error, &skip);
        if (skip)
            return input;
        if (idx < 0)
            return Result<Table>::failure(error);
        const double unknown
            = stringParam(QStringLiteral("unknown")) == QLatin1String("minus_one") ? -1.0 : kNaN;
        QHash<QString, int> index;
        for (qsizetype i = 0; i < m_categories.size(); ++i)
            index.insert(m_categories[i], static_cast<int>(i));
        const Column& c = input.column(static_cast<std::size_t>(idx));
        std::vector<double> values(c.size());
        for (std::size_t r = 0; r < c.size(); ++r) {
            if (c.isMissing(r)) {
                values[r] = kNaN;
                continue;
            }
            auto it = index.constFind(c.displayAt(r));
            values[r] = it == index.constEnd() ? unknown : static_cast<double>(*it);
        }
        Table out = input;
        Column encoded = Column::numeric(c.name(), std::move(values));
        encoded.setRole(c.role());
        out.column(static_cast<std::size_t>(idx)) = std::move(encoded);
        return out;
    }

    QJsonObject saveState() const override
    {
        return { { QStringLiteral("column"), m_column }, { QStringLiteral("type"), columnTypeName(m_type) },
            { QStringLiteral("categories"), strings(m_categories) } };
    }

    Status loadState(const QJsonObject& state) override
    {
        m_column = state.value(QStringLiteral("column")).toString();
        if (m_column.isEmpty() || !columnTypeFromName(state.value(QStringLiteral("type")).toString(), &m_type)
            || !state.value(QStringLiteral("categories")).isArray())
            return fail(tr("the fitted categories are missing."));
        m_categories = toStrings(state.value(QStringLiteral("categories")).toArray());
        return Unit {};
    }

private:
    QString m_column;
    ColumnType m_type = ColumnType::Categorical;
    QStringList m_categories; ///< index = code
};

// ---------------------------------------------------------------------------------------------

class FrequencyStep : public BasicStep
{
    Q_DECLARE_TR_FUNCTIONS(pp::FrequencyStep)
public:
    QString kind() const override { return QStringLiteral("frequency"); }

    QString describe() const override
    {
        const QStringList cols = isFitted() ? m_columns : listParam(QStringLiteral("columns"));
        return tr("Replace the categories of %1 by their share of training rows; unknown → 0")
            .arg(cols.isEmpty() ? tr("categorical columns") : describeColumns(cols));
    }

protected:
    std::vector<ParamSpec> specs() const override
    {
        return { prepspec::columns(QStringLiteral("columns"), tr("Columns"),
            tr("Columns to encode; none chosen = every categorical feature column."),
            { ColumnType::Categorical, ColumnType::Boolean, ColumnType::Text }) };
    }

    Status doFit(const Table& train, const FitInfo& info, JobControl*) override
    {
        const QStringList listed = listParam(QStringLiteral("columns"));
        auto cols = listed.isEmpty() ? resolveColumns(train, listed, info, { ColumnType::Categorical })
                                     : resolveColumns(train, listed, info,
                                         { ColumnType::Categorical, ColumnType::Boolean, ColumnType::Text });
        if (!cols.ok())
            return Status::failure(cols.error());
        m_columns = cols.value();
        m_types.clear();
        m_shares.clear();
        const double n = static_cast<double>(train.rowCount());
        for (const QString& name : m_columns) {
            const Column& c = *train.find(name);
            QHash<QString, std::size_t> counts;
            for (std::size_t r = 0; r < c.size(); ++r)
                if (!c.isMissing(r))
                    ++counts[c.displayAt(r)];
            QHash<QString, double> shares;
            for (auto it = counts.constBegin(); it != counts.constEnd(); ++it)
                shares.insert(it.key(), static_cast<double>(it.value()) / n);
            m_types.push_back(c.type());
            m_shares.push_back(std::move(shares));
        }
        return Unit {};
    }

    Result<Table> doTransform(const Table& input, JobControl*) const override
    {
        Table out = input;
        for (qsizetype i = 0; i < m_columns.size(); ++i) {
            const auto k = static_cast<std::size_t>(i);
            QString error;
            bool skip = false;
            const int idx = requireColumnIndex(out, m_columns[i], &m_types[k], &error, &skip);
            if (skip)
                continue;
            if (idx < 0)
                return Result<Table>::failure(error);
            const Column& c = out.column(static_cast<std::size_t>(idx));
            std::vector<double> values(c.size());
            for (std::size_t r = 0; r < c.size(); ++r)
                values[r] = c.isMissing(r) ? kNaN : m_shares[k].value(c.displayAt(r), 0.0);
            Column encoded = Column::numeric(c.name(), std::move(values));
            encoded.setRole(c.role());
            out.column(static_cast<std::size_t>(idx)) = std::move(encoded);
        }
        return out;
    }

    QJsonObject saveState() const override
    {
        QJsonObject shares, types;
        for (qsizetype i = 0; i < m_columns.size(); ++i) {
            const auto k = static_cast<std::size_t>(i);
            QJsonObject o;
            for (auto it = m_shares[k].constBegin(); it != m_shares[k].constEnd(); ++it)
                o.insert(it.key(), it.value());
            shares.insert(m_columns[i], o);
            types.insert(m_columns[i], columnTypeName(m_types[k]));
        }
        return { { QStringLiteral("columns"), strings(m_columns) }, { QStringLiteral("types"), types },
            { QStringLiteral("shares"), shares } };
    }

    Status loadState(const QJsonObject& state) override
    {
        if (!state.value(QStringLiteral("columns")).isArray())
            return fail(tr("the fitted column list is missing."));
        m_columns = toStrings(state.value(QStringLiteral("columns")).toArray());
        const QJsonObject shares = state.value(QStringLiteral("shares")).toObject();
        const QJsonObject types = state.value(QStringLiteral("types")).toObject();
        m_types.clear();
        m_shares.clear();
        for (const QString& name : m_columns) {
            ColumnType t;
            if (!columnTypeFromName(types.value(name).toString(), &t) || !shares.value(name).isObject())
                return fail(tr("the shares of '%1' are missing.").arg(name));
            QHash<QString, double> map;
            const QJsonObject o = shares.value(name).toObject();
            for (auto it = o.constBegin(); it != o.constEnd(); ++it)
                map.insert(it.key(), it.value().toDouble());
            m_types.push_back(t);
            m_shares.push_back(std::move(map));
        }
        return Unit {};
    }

private:
    QStringList m_columns;
    std::vector<ColumnType> m_types;
    std::vector<QHash<QString, double>> m_shares; ///< category -> share of all training rows
};

} // namespace

void registerEncodeSteps(StepRegistry& registry)
{
    const QString category = QStringLiteral("encode");
    registry.add({ QStringLiteral("ordinal"), category, [] { return OrdinalStep::tr("Ordinal encode"); },
        [] {
            return OrdinalStep::tr("Replaces ordered categories (bronze < silver < gold) by 0, 1, 2… in "
                                   "an order you give.");
        },
        makeStep<OrdinalStep> });
    registry.add(
        { QStringLiteral("frequency"), category, [] { return FrequencyStep::tr("Frequency encode"); },
            [] {
                return FrequencyStep::tr("Replaces each category by the share of training rows that have it; "
                                         "categories not seen in training become 0.");
            },
            makeStep<FrequencyStep> });
}

} // namespace pp
