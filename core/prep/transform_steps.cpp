// Element-wise transforms: log1p and sqrt (no fitted values beyond the columns), and bin
// (edges learned on the training rows, as scikit-learn's KBinsDiscretizer).
#include "prep/basic_step.h"
#include "prep/builtin_steps.h"
#include "prep/prep_math.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <limits>

namespace pp {

namespace {

using namespace prepjson;

constexpr double kInf = std::numeric_limits<double>::infinity();

/// log1p and sqrt: a function with a domain. Values outside it are an error naming the column
/// and how many rows (on_invalid = error, the default) or become missing (on_invalid = missing).
class ElementwiseStep : public BasicStep
{
    Q_DECLARE_TR_FUNCTIONS(pp::ElementwiseStep)
protected:
    virtual bool valid(double v) const = 0;
    virtual double apply(double v) const = 0;
    virtual QString invalidMessage(const QString& column, std::size_t count) const = 0;
    virtual QString verb() const = 0;

    std::vector<ParamSpec> specs() const override
    {
        return { prepspec::columns(QStringLiteral("columns"), tr("Columns"),
                     tr("Numeric columns to transform; none chosen = every numeric feature column."),
                     { ColumnType::Numeric }),
            prepspec::choice(QStringLiteral("on_invalid"),
                { QStringLiteral("error"), QStringLiteral("missing") },
                { tr("Stop with an error"), tr("Make them missing") }, QStringLiteral("error"),
                tr("Values outside the domain"),
                tr("What to do with values the function is not defined for, in training and in "
                   "new data.")) };
    }

    Status doFit(const Table& train, const FitInfo& info, JobControl*) override
    {
        auto cols
            = resolveColumns(train, listParam(QStringLiteral("columns")), info, { ColumnType::Numeric });
        if (!cols.ok())
            return Status::failure(cols.error());
        m_columns = cols.value();
        if (stringParam(QStringLiteral("on_invalid")) == QLatin1String("error")) {
            for (const QString& name : m_columns) {
                const std::size_t bad = invalidCount(*train.find(name));
                if (bad > 0)
                    return fail(invalidMessage(name, bad));
            }
        }
        return Unit {};
    }

    Result<Table> doTransform(const Table& input, JobControl*) const override
    {
        const bool toMissing = stringParam(QStringLiteral("on_invalid")) == QLatin1String("missing");
        Table out = input;
        std::vector<Warning> warnings;
        const ColumnType numeric = ColumnType::Numeric;
        for (const QString& name : m_columns) {
            QString error;
            bool skip = false;
            const int i = requireColumnIndex(out, name, &numeric, &error, &skip);
            if (skip)
                continue;
            if (i < 0)
                return Result<Table>::failure(error);
            Column& c = out.column(static_cast<std::size_t>(i));
            const std::size_t bad = invalidCount(c);
            if (bad > 0 && !toMissing)
                return failTable(invalidMessage(name, bad));
            if (bad > 0)
                warnings.push_back(warning(QStringLiteral("invalid_values"), invalidMessage(name, bad)));
            for (double& v : c.numbers()) {
                if (std::isnan(v))
                    continue;
                v = valid(v) ? apply(v) : std::numeric_limits<double>::quiet_NaN();
            }
        }
        Result<Table> r(std::move(out));
        r.warnings() = std::move(warnings);
        return r;
    }

    QString describe() const override
    {
        const QStringList cols = isFitted() ? m_columns : listParam(QStringLiteral("columns"));
        return verb().arg(cols.isEmpty() ? tr("numeric columns") : describeColumns(cols));
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
    std::size_t invalidCount(const Column& c) const
    {
        std::size_t bad = 0;
        for (double v : c.numbers())
            bad += !std::isnan(v) && !valid(v) ? 1 : 0;
        return bad;
    }

    QStringList m_columns;
};

class Log1pStep : public ElementwiseStep
{
    Q_DECLARE_TR_FUNCTIONS(pp::Log1pStep)
public:
    QString kind() const override { return QStringLiteral("log1p"); }

protected:
    // log1p(-1) is -inf and below that undefined: both are outside the domain.
    bool valid(double v) const override { return v > -1.0; }
    double apply(double v) const override { return std::log1p(v); }
    QString invalidMessage(const QString& column, std::size_t count) const override
    {
        return tr("column '%1' has %n value(s) of -1 or less, where log(1 + x) is not defined.", nullptr,
            static_cast<int>(count))
            .arg(column);
    }
    QString verb() const override { return tr("Take log(1 + x) of %1"); }
};

class SqrtStep : public ElementwiseStep
{
    Q_DECLARE_TR_FUNCTIONS(pp::SqrtStep)
public:
    QString kind() const override { return QStringLiteral("sqrt"); }

protected:
    bool valid(double v) const override { return v >= 0.0; }
    double apply(double v) const override { return std::sqrt(v); }
    QString invalidMessage(const QString& column, std::size_t count) const override
    {
        return tr("column '%1' has %n negative value(s), which have no square root.", nullptr,
            static_cast<int>(count))
            .arg(column);
    }
    QString verb() const override { return tr("Take the square root of %1"); }
};

// ---------------------------------------------------------------------------------------------

/// numpy.linspace(start, stop, num): i·step + start, the last value exactly `stop`.
std::vector<double> linspace(double start, double stop, int num)
{
    std::vector<double> y(static_cast<std::size_t>(num));
    const double step = (stop - start) / static_cast<double>(num - 1);
    for (int i = 0; i < num; ++i)
        y[static_cast<std::size_t>(i)] = static_cast<double>(i) * step + start;
    y.back() = stop;
    return y;
}

class BinStep : public BasicStep
{
    Q_DECLARE_TR_FUNCTIONS(pp::BinStep)
public:
    QString kind() const override { return QStringLiteral("bin"); }

    QString describe() const override
    {
        const bool quantile = stringParam(QStringLiteral("strategy")) == QLatin1String("quantile");
        const int n = intParam(QStringLiteral("n_bins"));
        const QStringList cols = isFitted() ? m_columns : listParam(QStringLiteral("columns"));
        QString s = quantile ? tr("Bin %1 into %n equal-count bins", nullptr, n)
                             : tr("Bin %1 into %n equal-width bins", nullptr, n);
        s = s.arg(cols.isEmpty() ? tr("numeric columns") : describeColumns(cols));
        if (isFitted() && !m_columns.isEmpty()) {
            QStringList edges;
            for (double e : m_edges.front())
                edges << describeNumber(e);
            s += QStringLiteral(" (%1: %2)").arg(m_columns.front(), edges.join(QStringLiteral(" | ")));
        }
        return s;
    }

protected:
    std::vector<ParamSpec> specs() const override
    {
        return { prepspec::columns(QStringLiteral("columns"), tr("Columns"),
                     tr("Numeric columns to bin; none chosen = every numeric feature column."),
                     { ColumnType::Numeric }),
            prepspec::choice(QStringLiteral("strategy"),
                { QStringLiteral("equal_width"), QStringLiteral("quantile") },
                { tr("Equal width"), tr("Equal count (quantiles)") }, QStringLiteral("quantile"), tr("Bins"),
                tr("Equal width splits the training range evenly; quantile bins hold about the "
                   "same number of training rows (bins that would be empty are merged).")),
            prepspec::integer(
                QStringLiteral("n_bins"), 5, 2, 1000, tr("Number of bins"), tr("How many bins.")),
            prepspec::choice(QStringLiteral("output"), { QStringLiteral("ordinal"), QStringLiteral("label") },
                { tr("Bin number"), tr("Bin label") }, QStringLiteral("ordinal"), tr("Output"),
                tr("Bin numbers 0, 1, 2… (numeric), or labels such as \"[20, 30)\" (categorical). "
                   "Values below or above the training range fall into the first or last bin.")) };
    }

    Status doFit(const Table& train, const FitInfo& info, JobControl*) override
    {
        auto cols
            = resolveColumns(train, listParam(QStringLiteral("columns")), info, { ColumnType::Numeric });
        if (!cols.ok())
            return Status::failure(cols.error());
        const bool quantile = stringParam(QStringLiteral("strategy")) == QLatin1String("quantile");
        const int nBins = intParam(QStringLiteral("n_bins"));
        m_columns = cols.value();
        m_edges.clear();
        Status status = Unit {};
        for (const QString& name : m_columns) {
            std::vector<double> v = prepmath::observed(*train.find(name));
            std::sort(v.begin(), v.end());
            std::vector<double> edges;
            if (v.empty() || v.front() == v.back()) {
                // KBinsDiscretizer: a constant feature is one bin (everything becomes 0).
                edges = { -kInf, kInf };
                status.addWarning(warning(QStringLiteral("constant"),
                    tr("'%1' has fewer than two distinct training values; it becomes one bin.").arg(name)));
            } else if (!quantile) {
                edges = linspace(v.front(), v.back(), nBins + 1);
            } else {
                const std::vector<double> qs = linspace(0.0, 100.0, nBins + 1);
                for (double q : qs)
                    edges.push_back(prepmath::quantileSorted(v, q / 100.0));
                // Remove bins whose width is (nearly) zero, as KBinsDiscretizer does.
                std::vector<double> kept { edges.front() };
                for (std::size_t i = 1; i < edges.size(); ++i)
                    if (edges[i] - edges[i - 1] > 1e-8)
                        kept.push_back(edges[i]);
                if (kept.size() < 2)
                    kept.push_back(edges.back());
                edges = std::move(kept);
            }
            m_edges.push_back(std::move(edges));
        }
        return status;
    }

    Result<Table> doTransform(const Table& input, JobControl*) const override
    {
        const bool labels = stringParam(QStringLiteral("output")) == QLatin1String("label");
        Table out = input;
        const ColumnType numeric = ColumnType::Numeric;
        for (qsizetype i = 0; i < m_columns.size(); ++i) {
            const auto& edges = m_edges[static_cast<std::size_t>(i)];
            QString error;
            bool skip = false;
            const int idx = requireColumnIndex(out, m_columns[i], &numeric, &error, &skip);
            if (skip)
                continue;
            if (idx < 0)
                return Result<Table>::failure(error);
            Column& c = out.column(static_cast<std::size_t>(idx));
            // searchsorted(edges[1:-1], x, side='right')
            const auto innerBegin = edges.begin() + 1;
            const auto innerEnd = edges.end() - 1;
            std::vector<double> codes(c.size());
            for (std::size_t r = 0; r < c.size(); ++r) {
                const double v = c.numbers()[r];
                codes[r] = std::isnan(v)
                    ? v
                    : static_cast<double>(std::upper_bound(innerBegin, innerEnd, v) - innerBegin);
            }
            if (!labels) {
                c = prepmath::numericLike(c, std::move(codes));
                continue;
            }
            std::vector<std::int32_t> ints(codes.size());
            for (std::size_t r = 0; r < codes.size(); ++r)
                ints[r] = std::isnan(codes[r]) ? kMissingCode : static_cast<std::int32_t>(codes[r]);
            Column cat = Column::categorical(c.name(), std::move(ints), binLabels(edges));
            cat.setRole(c.role());
            c = std::move(cat);
        }
        return out;
    }

    QJsonObject saveState() const override
    {
        QJsonObject edges;
        for (qsizetype i = 0; i < m_columns.size(); ++i)
            edges.insert(m_columns[i], numbers(m_edges[static_cast<std::size_t>(i)]));
        return { { QStringLiteral("columns"), strings(m_columns) }, { QStringLiteral("edges"), edges } };
    }

    Status loadState(const QJsonObject& state) override
    {
        if (!state.value(QStringLiteral("columns")).isArray())
            return fail(tr("the fitted column list is missing."));
        m_columns = toStrings(state.value(QStringLiteral("columns")).toArray());
        const QJsonObject edges = state.value(QStringLiteral("edges")).toObject();
        m_edges.clear();
        for (const QString& name : m_columns) {
            std::vector<double> e = toNumbers(edges.value(name).toArray());
            if (e.size() < 2)
                return fail(tr("the bin edges of '%1' are missing.").arg(name));
            m_edges.push_back(std::move(e));
        }
        return Unit {};
    }

private:
    /// "< 20", "[20, 30)", "≥ 90": the outer bins are open because values beyond the training
    /// range land in them.
    static std::vector<QString> binLabels(const std::vector<double>& edges)
    {
        for (int digits : { 6, 15 }) {
            std::vector<QString> out;
            const std::size_t bins = edges.size() - 1;
            for (std::size_t b = 0; b < bins; ++b) {
                const QString lo = formatNumber(edges[b], digits);
                const QString hi = formatNumber(edges[b + 1], digits);
                if (bins == 1)
                    out.push_back(tr("all"));
                else if (b == 0)
                    out.push_back(QStringLiteral("< %1").arg(hi));
                else if (b + 1 == bins)
                    out.push_back(QStringLiteral("≥ %1").arg(lo));
                else
                    out.push_back(QStringLiteral("[%1, %2)").arg(lo, hi));
            }
            std::vector<QString> sorted = out;
            std::sort(sorted.begin(), sorted.end());
            if (std::adjacent_find(sorted.begin(), sorted.end()) == sorted.end() || digits == 15)
                return out;
        }
        return {};
    }

    QStringList m_columns;
    std::vector<std::vector<double>> m_edges; ///< per column, ascending, first = training min
};

} // namespace

void registerTransformSteps(StepRegistry& registry)
{
    const QString category = QStringLiteral("transform");
    registry.add(
        { QStringLiteral("log1p"), category, [] { return Log1pStep::tr("Log transform (log 1 + x)"); },
            [] {
                return Log1pStep::tr("Replaces x by log(1 + x) to tame long right tails such as spend. "
                                     "Values of -1 or less are an error or become missing.");
            },
            makeStep<Log1pStep> });
    registry.add({ QStringLiteral("sqrt"), category, [] { return SqrtStep::tr("Square root"); },
        [] { return SqrtStep::tr("Replaces x by its square root; negative values are an error."); },
        makeStep<SqrtStep> });
    registry.add({ QStringLiteral("bin"), category, [] { return BinStep::tr("Bin numbers"); },
        [] {
            return BinStep::tr("Cuts a numeric column into bins with edges learned on the training rows "
                               "(equal width or equal count).");
        },
        makeStep<BinStep> });
}

} // namespace pp
