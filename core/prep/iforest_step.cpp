// iforest_drop and iforest_flag: an Isolation Forest fitted on the training rows finds the most
// anomalous rows. iforest_drop drops them from the training rows only (train-only, for the same
// reason as drop_outliers: every customer in new data still needs a score); iforest_flag keeps
// every row and adds a 0/1 column `iforest_outlier` on every data set. Missing numeric values
// are filled with the training medians before the forest sees them (the forest needs complete
// rows); the filled values are used for the anomaly score only.
#include "prep/advanced_step.h"
#include "prep/basic_step.h"
#include "prep/builtin_steps.h"
#include "prep/prep_math.h"
#include "stats/isolation_forest.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <limits>

namespace pp {

namespace {

using namespace prepjson;
using RowMatrix = Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;

/// What both kinds share: the forest, its parameters, fitted state and scoring.
class IForestStep : public BasicStep
{
    Q_DECLARE_TR_FUNCTIONS(pp::IForestDropStep)
public:
    /// The seed of the forest: the `seed` parameter, or with -1 one derived from the pipeline's
    /// seed (as before the parameter existed, so saved pipelines refit to the same forest) and
    /// the step's place among the steps of its kind (a second forest of the kind grows others).
    static quint64 forestSeed(int own, const FitInfo& info)
    {
        return own >= 0 ? static_cast<quint64>(own) : info.seed ^ kindSalt(0x69666f72657374ULL, info);
    }

protected:
    /// The label and tooltip of `contamination`, which differ between dropping and flagging.
    virtual QString shareLabel() const = 0;
    virtual QString shareTooltip() const = 0;
    /// The warning when there is nothing to fit (fewer than two rows or no numeric column).
    virtual QString nothingToFit() const = 0;

    std::vector<ParamSpec> specs() const override
    {
        ParamSpec trees = prepspec::integer(QStringLiteral("trees"), 100, 1, 10000, tr("Trees"),
            tr("Number of isolation trees (n_estimators)."));
        trees.advanced = true;
        ParamSpec sample = prepspec::integer(QStringLiteral("sample_size"), 256, 2, 1000000,
            tr("Rows per tree"), tr("Rows drawn for each tree (max_samples); 256 is the paper's choice."));
        sample.advanced = true;
        ParamSpec seed = prepspec::integer(QStringLiteral("seed"), -1, -1, std::numeric_limits<int>::max(),
            tr("Seed"),
            tr("The seed of the random trees: the same seed on the same rows gives the same forest "
               "(as the Explore page with that seed); -1 uses the pipeline's seed."));
        seed.advanced = true;
        return { prepspec::columns(QStringLiteral("columns"), tr("Columns"),
                     tr("Numeric columns the forest looks at; none chosen = every numeric feature column."),
                     { ColumnType::Numeric }),
            prepspec::number(QStringLiteral("contamination"), 0.01, 0.0001, 0.5, shareLabel(), shareTooltip()),
            trees, sample, seed };
    }

    Status doFit(const Table& train, const FitInfo& info, JobControl* job) override
    {
        auto cols
            = resolveColumns(train, listParam(QStringLiteral("columns")), info, { ColumnType::Numeric });
        if (!cols.ok())
            return Status::failure(cols.error());
        m_columns = cols.value();
        m_medians.clear();
        m_forest = IsolationForest();
        for (const QString& name : m_columns) {
            std::vector<double> v = prepmath::observed(*train.find(name));
            std::sort(v.begin(), v.end());
            // A column with no training values contributes a constant 0 (never splits).
            m_medians.push_back(v.empty() ? 0.0 : prepmath::medianSorted(v));
        }
        Status status = Unit {};
        if (train.rowCount() < 2 || m_columns.isEmpty()) {
            status.addWarning(warning(QStringLiteral("nothing_to_fit"), nothingToFit()));
            return status;
        }
        IsolationForestOptions options;
        options.trees = intParam(QStringLiteral("trees"));
        options.sampleSize = intParam(QStringLiteral("sample_size"));
        options.contamination = doubleParam(QStringLiteral("contamination"));
        options.seed = forestSeed(intParam(QStringLiteral("seed")), info);
        auto x = matrix(train, nullptr);
        if (!x.ok())
            return Status::failure(x.error());
        Status fitted = m_forest.fit(x.value(), options, job);
        if (!fitted.ok()) {
            if (fitted.cancelled())
                return fitted;
            return fail(fitted.error().message);
        }
        return status;
    }

    QJsonObject saveState() const override
    {
        return { { QStringLiteral("columns"), strings(m_columns) },
            { QStringLiteral("medians"), numberMap(m_columns, m_medians) },
            { QStringLiteral("forest"),
                m_forest.isFitted() ? QJsonValue(m_forest.toJson()) : QJsonValue(QJsonValue::Null) } };
    }

    Status loadState(const QJsonObject& state) override
    {
        if (!state.value(QStringLiteral("columns")).isArray())
            return fail(tr("the fitted column list is missing."));
        m_columns = toStrings(state.value(QStringLiteral("columns")).toArray());
        if (!toNumberMap(state.value(QStringLiteral("medians")).toObject(), m_columns, &m_medians))
            return fail(tr("the fitted medians are incomplete."));
        m_forest = IsolationForest();
        if (state.value(QStringLiteral("forest")).isObject()) {
            Status s = m_forest.fromJson(state.value(QStringLiteral("forest")).toObject());
            if (!s.ok())
                return fail(s.error().message);
        }
        return Unit {};
    }

    /// 1 for the rows of `input` scoring above the fitted threshold, 0 for the others (all 0
    /// when the forest had nothing to learn from).
    Result<std::vector<std::uint8_t>> anomalous(const Table& input) const
    {
        using R = Result<std::vector<std::uint8_t>>;
        std::vector<std::uint8_t> flags(input.rowCount(), 0);
        if (!m_forest.isFitted())
            return flags;
        QString error;
        auto x = matrix(input, &error);
        if (!x.ok())
            return R::failure(error);
        const std::vector<double> scores = m_forest.score(x.value());
        if (scores.size() != input.rowCount())
            return R::failure(fail(tr("the saved forest does not match the columns.")).error().message);
        for (std::size_t r = 0; r < scores.size(); ++r)
            flags[r] = scores[r] > m_forest.threshold() ? 1 : 0;
        return flags;
    }

    QStringList m_columns;
    IsolationForest m_forest;

private:
    /// The fitted columns as a matrix, missing values replaced by the training medians.
    Result<RowMatrix> matrix(const Table& table, QString* error) const
    {
        RowMatrix x(static_cast<Eigen::Index>(table.rowCount()), static_cast<Eigen::Index>(m_columns.size()));
        const ColumnType numeric = ColumnType::Numeric;
        for (qsizetype j = 0; j < m_columns.size(); ++j) {
            QString e;
            const Column* c = requireColumn(table, m_columns[j], &numeric, &e);
            if (!c) {
                if (error)
                    *error = e;
                return Result<RowMatrix>::failure(e);
            }
            const double median = m_medians[static_cast<std::size_t>(j)];
            for (std::size_t r = 0; r < table.rowCount(); ++r) {
                const double v = c->numbers()[r];
                x(static_cast<Eigen::Index>(r), static_cast<Eigen::Index>(j)) = std::isfinite(v) ? v : median;
            }
        }
        return x;
    }

    std::vector<double> m_medians;
};

class IForestDropStep : public IForestStep
{
    Q_DECLARE_TR_FUNCTIONS(pp::IForestDropStep)
public:
    QString kind() const override { return QStringLiteral("iforest_drop"); }
    bool trainOnly() const override { return true; }

    QString describe() const override
    {
        const QString only = tr("training rows only; other data keeps every row");
        const QString share = describeNumber(doubleParam(QStringLiteral("contamination")) * 100.0);
        if (!isFitted())
            return tr("Drop the %1% most anomalous rows (Isolation Forest) — %2").arg(share, only);
        if (!m_forest.isFitted())
            return tr("Drop anomalous rows (Isolation Forest): nothing to learn from in training");
        return tr(
            "Drop rows with an Isolation Forest score above %1 (about %2% of training rows, on %3) — %4")
            .arg(describeNumber(m_forest.threshold()), share, describeColumns(m_columns), only);
    }

protected:
    QString shareLabel() const override { return tr("Share to drop"); }
    QString nothingToFit() const override
    {
        return tr("needs at least two rows and one numeric column; no rows are dropped.");
    }
    QString shareTooltip() const override
    {
        return tr("The share of training rows expected to be anomalous; the most anomalous "
                  "this share are dropped.");
    }

    Result<Table> doTransform(const Table& input, JobControl*) const override
    {
        if (!m_forest.isFitted())
            return input;
        auto flags = anomalous(input);
        if (!flags.ok())
            return Result<Table>::failure(flags.error().message);
        std::vector<std::size_t> keep;
        for (std::size_t r = 0; r < flags->size(); ++r)
            if (!flags.value()[r])
                keep.push_back(r);
        Result<Table> out(keep.size() == input.rowCount() ? input : input.takeRows(keep));
        if (keep.size() < input.rowCount()) {
            out.addWarning(warning(QStringLiteral("rows_dropped"),
                tr("%n anomalous row(s) were dropped.", nullptr,
                    static_cast<int>(input.rowCount() - keep.size()))));
        }
        return out;
    }
};

class IForestFlagStep : public IForestStep
{
    Q_DECLARE_TR_FUNCTIONS(pp::IForestFlagStep)
public:
    static QString flagName() { return QStringLiteral("iforest_outlier"); }

    QString kind() const override { return QStringLiteral("iforest_flag"); }

    QString describe() const override
    {
        const QString share = describeNumber(doubleParam(QStringLiteral("contamination")) * 100.0);
        if (!isFitted())
            return tr("Flag the %1% most anomalous rows (Isolation Forest) in a 0/1 column %2")
                .arg(share, flagName());
        if (!m_forest.isFitted())
            return tr("Flag anomalous rows (Isolation Forest): nothing to learn from in training, %1 is 0")
                .arg(flagName());
        return tr("Flag rows with an Isolation Forest score above %1 (about %2% of training rows, on %3) "
                  "in a 0/1 column %4")
            .arg(describeNumber(m_forest.threshold()), share, describeColumns(m_columns), flagName());
    }

protected:
    QString shareLabel() const override { return tr("Share flagged"); }
    QString nothingToFit() const override
    {
        return tr("needs at least two rows and one numeric column; every row is flagged 0.");
    }
    QString shareTooltip() const override
    {
        return tr("The share of training rows expected to be anomalous; the forest's score threshold "
                  "flags this share of them, and the same threshold applies to other data.");
    }

    Status doFit(const Table& train, const FitInfo& info, JobControl* job) override
    {
        if (train.find(flagName()))
            return fail(tr("a column named '%1' already exists.").arg(flagName()));
        return IForestStep::doFit(train, info, job);
    }

    Result<Table> doTransform(const Table& input, JobControl*) const override
    {
        if (input.find(flagName()))
            return failTable(tr("a column named '%1' already exists.").arg(flagName()));
        auto flags = anomalous(input);
        if (!flags.ok())
            return Result<Table>::failure(flags.error().message);
        std::vector<double> values(flags->begin(), flags->end());
        Table out = input;
        out.addColumn(Column::numeric(flagName(), std::move(values)));
        return out;
    }
};

} // namespace

void registerIForestStep(StepRegistry& registry)
{
    registry.add({ QStringLiteral("iforest_drop"), QStringLiteral("outliers"),
        [] { return IForestDropStep::tr("Drop anomalies (Isolation Forest)"); },
        [] {
            return IForestDropStep::tr("Removes the training rows that an Isolation Forest finds most "
                                       "unusual across several numeric columns. Only training rows are "
                                       "dropped: other data keeps every row.");
        },
        makeStep<IForestDropStep> });
    registry.add({ QStringLiteral("iforest_flag"), QStringLiteral("outliers"),
        [] { return IForestFlagStep::tr("Flag anomalies (Isolation Forest)"); },
        [] {
            return IForestFlagStep::tr("Adds a 0/1 column iforest_outlier: 1 for the rows an Isolation Forest "
                                       "fitted on the training rows finds most unusual across several "
                                       "numeric columns. Every data set keeps all its rows and gets the "
                                       "column.");
        },
        makeStep<IForestFlagStep> });
}

} // namespace pp
