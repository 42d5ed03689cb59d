// Missing-value steps that learn no fill values: drop_missing_rows, drop_sparse_columns and
// missing_indicator. (impute, interpolate and knn_impute have files of their own.)
#include "prep/basic_step.h"
#include "prep/builtin_steps.h"

#include <QCoreApplication>

namespace pp {

namespace {

using namespace prepjson;

Status readColumns(const QJsonObject& state, QStringList* out, const QString& key, const QString& message)
{
    if (!state.value(key).isArray())
        return Status::failure(message);
    *out = toStrings(state.value(key).toArray());
    return Unit {};
}

// ---------------------------------------------------------------------------------------------

class DropMissingRowsStep : public BasicStep
{
    Q_DECLARE_TR_FUNCTIONS(pp::DropMissingRowsStep)
public:
    QString kind() const override { return QStringLiteral("drop_missing_rows"); }
    bool trainOnly() const override { return boolParam(QStringLiteral("train_only")); }

    QString describe() const override
    {
        const bool all = stringParam(QStringLiteral("how")) == QLatin1String("all");
        const QStringList cols = isFitted() ? m_columns : listParam(QStringLiteral("columns"));
        QString s;
        if (cols.isEmpty())
            s = all ? tr("Drop rows where every column is missing") : tr("Drop rows with a missing value in any column");
        else
            s = all ? tr("Drop rows where all of %1 are missing").arg(describeColumns(cols))
                    : tr("Drop rows with a missing value in %1").arg(describeColumns(cols));
        if (isFitted())
            s += QLatin1Char(' ') + tr("(%n training row(s))", nullptr, static_cast<int>(m_trainDropped));
        if (trainOnly())
            s += QLatin1Char(' ') + tr("— training rows only");
        return s;
    }

protected:
    std::vector<ParamSpec> specs() const override
    {
        return { prepspec::columns(QStringLiteral("columns"), tr("Columns"),
                     tr("The columns to look at; none chosen = every column.")),
            prepspec::choice(QStringLiteral("how"), { QStringLiteral("any"), QStringLiteral("all") },
                { tr("Any is missing"), tr("All are missing") }, QStringLiteral("any"), tr("Drop when"),
                tr("Drop a row when any of the columns is missing, or only when all of them are.")),
            prepspec::boolean(QStringLiteral("train_only"), false, tr("Training rows only"),
                tr("Drop rows only while fitting; validation, test and new data keep every row "
                   "(so that every customer still gets a prediction; impute afterwards).")) };
    }

    Status doFit(const Table& train, const FitInfo&, JobControl*) override
    {
        const QStringList listed = listParam(QStringLiteral("columns"));
        m_columns.clear();
        for (const QString& c : listed) {
            if (!train.find(c))
                return fail(missingColumnMessage(c));
            if (!m_columns.contains(c))
                m_columns << c;
        }
        if (m_columns.isEmpty())
            m_columns = train.columnNames();
        std::vector<const Column*> cols;
        for (const QString& c : m_columns)
            cols.push_back(train.find(c));
        m_trainDropped = countDropped(cols, train.rowCount(), nullptr);
        return Unit {};
    }

    Result<Table> doTransform(const Table& input, JobControl*) const override
    {
        std::vector<const Column*> cols;
        for (const QString& name : m_columns) {
            QString error;
            bool skip = false;
            const Column* c = requireColumn(input, name, nullptr, &error, &skip);
            if (skip)
                continue;
            if (!c)
                return Result<Table>::failure(error);
            cols.push_back(c);
        }
        std::vector<std::size_t> keep;
        const std::size_t dropped = countDropped(cols, input.rowCount(), &keep);
        Result<Table> out(dropped == 0 ? input : input.takeRows(keep));
        if (dropped > 0) {
            out.addWarning(warning(QStringLiteral("rows_dropped"),
                tr("%n row(s) with missing values were dropped.", nullptr, static_cast<int>(dropped))));
        }
        return out;
    }

    QJsonObject saveState() const override
    {
        return { { QStringLiteral("columns"), strings(m_columns) },
            { QStringLiteral("train_rows_dropped"), static_cast<qint64>(m_trainDropped) } };
    }
    Status loadState(const QJsonObject& state) override
    {
        Status s = readColumns(
            state, &m_columns, QStringLiteral("columns"), tr("the fitted column list is missing."));
        m_trainDropped
            = static_cast<std::size_t>(state.value(QStringLiteral("train_rows_dropped")).toInteger());
        return s.ok() ? s : fail(s.error().message);
    }

private:
    std::size_t countDropped(
        const std::vector<const Column*>& cols, std::size_t rows, std::vector<std::size_t>* keep) const
    {
        const bool all = stringParam(QStringLiteral("how")) == QLatin1String("all");
        std::size_t dropped = 0;
        for (std::size_t r = 0; r < rows; ++r) {
            std::size_t missing = 0;
            for (const Column* c : cols)
                missing += c->isMissing(r) ? 1 : 0;
            const bool drop = !cols.empty() && (all ? missing == cols.size() : missing > 0);
            if (drop)
                ++dropped;
            else if (keep)
                keep->push_back(r);
        }
        return dropped;
    }

    QStringList m_columns;
    std::size_t m_trainDropped = 0;
};

// ---------------------------------------------------------------------------------------------

class DropSparseColumnsStep : public BasicStep
{
    Q_DECLARE_TR_FUNCTIONS(pp::DropSparseColumnsStep)
public:
    QString kind() const override { return QStringLiteral("drop_sparse_columns"); }

    QString describe() const override
    {
        const QString pct = describeNumber(doubleParam(QStringLiteral("threshold")) * 100.0);
        if (!isFitted())
            return tr("Drop columns with more than %1% missing values").arg(pct);
        if (m_dropped.isEmpty())
            return tr("Drop columns with more than %1% missing values (none in training)").arg(pct);
        return tr("Drop %1 (more than %2% missing in training)").arg(describeColumns(m_dropped), pct);
    }

protected:
    std::vector<ParamSpec> specs() const override
    {
        return { prepspec::number(QStringLiteral("threshold"), 0.5, 0.0, 1.0, tr("Missing share above"),
                     tr("Columns whose share of missing training values is above this are dropped "
                        "(0.5 = more than half missing).")),
            prepspec::columns(QStringLiteral("columns"), tr("Columns"),
                tr("Columns to consider; none chosen = every feature column.")) };
    }

    Status doFit(const Table& train, const FitInfo& info, JobControl*) override
    {
        auto cols = resolveColumns(train, listParam(QStringLiteral("columns")), info,
            { ColumnType::Numeric, ColumnType::Categorical, ColumnType::Boolean, ColumnType::DateTime,
                ColumnType::Text });
        if (!cols.ok())
            return Status::failure(cols.error());
        const double threshold = doubleParam(QStringLiteral("threshold"));
        m_dropped.clear();
        m_shares.clear();
        const std::size_t n = train.rowCount();
        if (n == 0)
            return Unit {}; // no evidence: drop nothing
        for (const QString& name : cols.value()) {
            const double share
                = static_cast<double>(train.find(name)->missingCount()) / static_cast<double>(n);
            if (share > threshold) {
                m_dropped << name;
                m_shares.push_back(share);
            }
        }
        return Unit {};
    }

    Result<Table> doTransform(const Table& input, JobControl*) const override
    {
        Table out;
        out.setSource(input.source());
        for (const Column& c : input.columns())
            if (!m_dropped.contains(c.name()))
                out.addColumn(c);
        return out;
    }

    QJsonObject saveState() const override
    {
        return { { QStringLiteral("dropped"), strings(m_dropped) },
            { QStringLiteral("missing_share"), numberMap(m_dropped, m_shares) } };
    }
    Status loadState(const QJsonObject& state) override
    {
        if (!state.value(QStringLiteral("dropped")).isArray())
            return fail(tr("the list of dropped columns is missing."));
        m_dropped = toStrings(state.value(QStringLiteral("dropped")).toArray());
        if (!toNumberMap(state.value(QStringLiteral("missing_share")).toObject(), m_dropped, &m_shares))
            return fail(tr("the missing shares are incomplete."));
        return Unit {};
    }

private:
    QStringList m_dropped;
    std::vector<double> m_shares;
};

// ---------------------------------------------------------------------------------------------

class MissingIndicatorStep : public BasicStep
{
    Q_DECLARE_TR_FUNCTIONS(pp::MissingIndicatorStep)
public:
    QString kind() const override { return QStringLiteral("missing_indicator"); }

    static QString indicatorName(const QString& column) { return column + QStringLiteral("_was_missing"); }

    QString describe() const override
    {
        if (!isFitted())
            return tr("Add <column>_was_missing flags for columns with missing values");
        if (m_columns.isEmpty())
            return tr("Add missing-value flags (no column had missing values in training)");
        return tr("Add missing-value flags for %1").arg(describeColumns(m_columns));
    }

protected:
    std::vector<ParamSpec> specs() const override
    {
        return { prepspec::columns(QStringLiteral("columns"), tr("Columns"),
            tr("Columns to flag; none chosen = every feature column. Only columns with missing "
               "values in the training rows get a flag.")) };
    }

    Status doFit(const Table& train, const FitInfo& info, JobControl*) override
    {
        auto cols = resolveColumns(train, listParam(QStringLiteral("columns")), info,
            { ColumnType::Numeric, ColumnType::Categorical, ColumnType::Boolean, ColumnType::DateTime,
                ColumnType::Text });
        if (!cols.ok())
            return Status::failure(cols.error());
        m_columns.clear();
        for (const QString& name : cols.value()) {
            if (train.find(name)->missingCount() == 0)
                continue;
            if (train.find(indicatorName(name)))
                return fail(tr("a column named '%1' already exists.").arg(indicatorName(name)));
            m_columns << name;
        }
        return Unit {};
    }

    Result<Table> doTransform(const Table& input, JobControl*) const override
    {
        Table out = input;
        for (const QString& name : m_columns) {
            QString error;
            const int i = requireColumnIndex(out, name, nullptr, &error);
            if (i < 0)
                return Result<Table>::failure(error);
            if (out.find(indicatorName(name)))
                return failTable(tr("a column named '%1' already exists.").arg(indicatorName(name)));
            const Column& c = out.column(static_cast<std::size_t>(i));
            std::vector<double> flags(c.size());
            for (std::size_t r = 0; r < c.size(); ++r)
                flags[r] = c.isMissing(r) ? 1.0 : 0.0;
            out.insertColumn(
                static_cast<std::size_t>(i) + 1, Column::numeric(indicatorName(name), std::move(flags)));
        }
        return out;
    }

    QJsonObject saveState() const override { return { { QStringLiteral("columns"), strings(m_columns) } }; }
    Status loadState(const QJsonObject& state) override
    {
        Status s = readColumns(
            state, &m_columns, QStringLiteral("columns"), tr("the fitted column list is missing."));
        return s.ok() ? s : fail(s.error().message);
    }

private:
    QStringList m_columns;
};

// ---------------------------------------------------------------------------------------------

} // namespace

void registerMissingSteps(StepRegistry& registry)
{
    const QString category = QStringLiteral("missing");
    registry.add({ QStringLiteral("drop_missing_rows"), category,
        [] { return DropMissingRowsStep::tr("Drop rows with missing values"); },
        [] {
            return DropMissingRowsStep::tr("Removes rows that have missing values in the chosen columns. "
                                           "Applied to every data set unless 'training rows only' is set.");
        },
        makeStep<DropMissingRowsStep> });
    registry.add({ QStringLiteral("drop_sparse_columns"), category,
        [] { return DropSparseColumnsStep::tr("Drop mostly-missing columns"); },
        [] {
            return DropSparseColumnsStep::tr("Removes columns whose share of missing values in the "
                                             "training rows is above a threshold.");
        },
        makeStep<DropSparseColumnsStep> });
    registry.add({ QStringLiteral("missing_indicator"), category,
        [] { return MissingIndicatorStep::tr("Flag missing values"); },
        [] {
            return MissingIndicatorStep::tr("Adds a 0/1 column <column>_was_missing for every column that "
                                            "had missing values in the training rows.");
        },
        makeStep<MissingIndicatorStep> });
}

} // namespace pp
