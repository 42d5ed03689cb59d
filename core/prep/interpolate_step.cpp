// interpolate: linear interpolation along a sort order, as pandas
// Series.interpolate(method='linear', limit_direction='both') after sort_values.
#include "prep/basic_step.h"
#include "prep/builtin_steps.h"
#include "prep/prep_math.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace pp {

namespace {

using namespace prepjson;

/// Linear interpolation by position along `order`, as pandas
/// Series.interpolate(method='linear', limit_direction='both'): values between two observed
/// ones lie on the straight line through them (rows equally spaced, whatever the order
/// column's values), and leading/trailing gaps take the nearest observed value. Returns false
/// when the sequence has no observed value at all.
bool interpolateInPlace(std::vector<double>& values, const std::vector<std::size_t>& order)
{
    std::vector<std::size_t> known; // positions in `order` with a value
    for (std::size_t p = 0; p < order.size(); ++p)
        if (!std::isnan(values[order[p]]))
            known.push_back(p);
    if (known.empty())
        return false;
    std::size_t k = 0;
    for (std::size_t p = 0; p < order.size(); ++p) {
        double& v = values[order[p]];
        while (k + 1 < known.size() && known[k + 1] < p)
            ++k;
        if (!std::isnan(v))
            continue;
        if (p < known.front()) {
            v = values[order[known.front()]];
        } else if (p > known.back()) {
            v = values[order[known.back()]];
        } else {
            // np.interp's formula, for bit-identical results with pandas.
            const double x0 = static_cast<double>(known[k]);
            const double x1 = static_cast<double>(known[k + 1]);
            const double y0 = values[order[known[k]]];
            const double y1 = values[order[known[k + 1]]];
            const double slope = (y1 - y0) / (x1 - x0);
            v = slope * (static_cast<double>(p) - x0) + y0;
        }
    }
    return true;
}

class InterpolateStep : public BasicStep
{
    Q_DECLARE_TR_FUNCTIONS(pp::InterpolateStep)
public:
    QString kind() const override { return QStringLiteral("interpolate"); }

    QString describe() const override
    {
        const QString orderBy = stringParam(QStringLiteral("order_by"));
        const QStringList cols = isFitted() ? m_columns : listParam(QStringLiteral("columns"));
        const QString what = cols.isEmpty() && !isFitted() ? tr("numeric columns") : describeColumns(cols);
        QString s = orderBy.isEmpty() ? tr("Interpolate %1 linearly in row order").arg(what)
                                      : tr("Interpolate %1 linearly in order of %2").arg(what, orderBy);
        s += QLatin1Char(' ') + tr("within each data set, from its own observed values");
        if (isFitted() && !m_columns.isEmpty()) {
            QStringList parts;
            for (qsizetype i = 0; i < m_columns.size(); ++i)
                parts << QStringLiteral("%1 %2").arg(
                    m_columns[i], describeNumber(m_fallback[static_cast<std::size_t>(i)]));
            s += QStringLiteral("; ")
                + tr("with no observed value: training median (%1)").arg(parts.join(QStringLiteral(", ")));
        }
        return s;
    }

protected:
    std::vector<ParamSpec> specs() const override
    {
        return { prepspec::columns(QStringLiteral("columns"), tr("Columns"),
                     tr("Numeric columns to fill; none chosen = every numeric feature column."),
                     { ColumnType::Numeric }),
            prepspec::column(QStringLiteral("order_by"), tr("Order by"),
                tr("Rows are sorted by this column (e.g. a date) before interpolating; empty = the "
                   "row order. Rows without a value here come last."),
                { ColumnType::Numeric, ColumnType::DateTime }, true) };
    }

    Status doFit(const Table& train, const FitInfo& info, JobControl*) override
    {
        auto cols
            = resolveColumns(train, listParam(QStringLiteral("columns")), info, { ColumnType::Numeric });
        if (!cols.ok())
            return Status::failure(cols.error());
        const QString orderBy = stringParam(QStringLiteral("order_by"));
        if (!orderBy.isEmpty()) {
            const Column* o = train.find(orderBy);
            if (!o)
                return fail(missingColumnMessage(orderBy));
            if (o->type() != ColumnType::Numeric && o->type() != ColumnType::DateTime)
                return fail(wrongTypeMessage(orderBy, o->type(), tr("numeric or date/time")));
        }
        m_columns = cols.value();
        m_fallback.clear();
        Status status = Unit {};
        for (const QString& name : m_columns) {
            std::vector<double> v = prepmath::observed(*train.find(name));
            std::sort(v.begin(), v.end());
            m_fallback.push_back(prepmath::medianSorted(v));
            if (v.empty())
                status.addWarning(warning(QStringLiteral("all_missing"),
                    tr("'%1' has no values in the training rows; it stays missing.").arg(name)));
        }
        return status;
    }

    Result<Table> doTransform(const Table& input, JobControl* job) const override
    {
        // Interpolation is a row-wise operation that learns nothing: each data set (training,
        // validation, test, new data) is filled from its own observed values only, so no value
        // crosses from one set into another. The fitted training median is used only where a
        // set has no observed value of a column at all (e.g. a single new customer).
        const std::size_t n = input.rowCount();
        std::vector<std::size_t> order(n);
        std::iota(order.begin(), order.end(), std::size_t(0));
        const QString orderBy = stringParam(QStringLiteral("order_by"));
        if (!orderBy.isEmpty()) {
            QString error;
            const Column* o = requireColumn(input, orderBy, nullptr, &error);
            if (!o)
                return Result<Table>::failure(error);
            if (o->type() != ColumnType::Numeric && o->type() != ColumnType::DateTime)
                return failTable(wrongTypeMessage(orderBy, o->type(), tr("numeric or date/time")));
            // pandas sort_values(kind='stable', na_position='last')
            std::stable_sort(order.begin(), order.end(), [o](std::size_t a, std::size_t b) {
                const double x = o->numericAt(a);
                const double y = o->numericAt(b);
                if (std::isnan(x))
                    return false;
                return std::isnan(y) || x < y;
            });
        }
        Table out = input;
        const ColumnType numeric = ColumnType::Numeric;
        for (qsizetype i = 0; i < m_columns.size(); ++i) {
            if (isCancelled(job))
                return Result<Table>::cancelledResult();
            QString error;
            bool skip = false;
            const int idx = requireColumnIndex(out, m_columns[i], &numeric, &error, &skip);
            if (skip)
                continue;
            if (idx < 0)
                return Result<Table>::failure(error);
            std::vector<double>& values = out.column(static_cast<std::size_t>(idx)).numbers();
            if (!interpolateInPlace(values, order)) {
                const double fallback = m_fallback[static_cast<std::size_t>(i)];
                for (double& v : values)
                    v = fallback;
            }
        }
        return out;
    }

    QJsonObject saveState() const override
    {
        return { { QStringLiteral("columns"), strings(m_columns) },
            { QStringLiteral("fallback_median"), numberMap(m_columns, m_fallback) } };
    }
    Status loadState(const QJsonObject& state) override
    {
        if (!state.value(QStringLiteral("columns")).isArray())
            return fail(tr("the fitted column list is missing."));
        m_columns = toStrings(state.value(QStringLiteral("columns")).toArray());
        if (!toNumberMap(state.value(QStringLiteral("fallback_median")).toObject(), m_columns, &m_fallback))
            return fail(tr("the fallback medians are incomplete."));
        return Unit {};
    }

private:
    QStringList m_columns;
    std::vector<double> m_fallback; ///< training medians, for sets with no observed value
};

} // namespace

void registerInterpolateStep(StepRegistry& registry)
{
    const QString category = QStringLiteral("missing");
    registry.add({ QStringLiteral("interpolate"), category, [] { return InterpolateStep::tr("Interpolate"); },
        [] {
            return InterpolateStep::tr("Fills gaps in numeric columns on a straight line between the "
                                       "neighbouring values, after sorting by a column such as a date.");
        },
        makeStep<InterpolateStep> });
}

} // namespace pp
