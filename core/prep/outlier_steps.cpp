// Outlier steps: clip_outliers, drop_outliers and flag_outliers, with bounds learned on the
// training rows by IQR fences, z-scores, modified z-scores (MAD) or percentiles. The z-score
// and MAD bounds come from the same code as the Explore page's outlier view (stats/outliers),
// so a rule sent from there flags the same values on the same rows. Dropping is train-only: a customer who
// is unusual at prediction time still needs a score, so only clipping and flagging are
// replayed on other data.
#include "prep/basic_step.h"
#include "prep/builtin_steps.h"
#include "prep/prep_math.h"
#include "stats/outliers.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace pp {

namespace {

using namespace prepjson;

class OutlierBoundsStep : public BasicStep
{
    Q_DECLARE_TR_FUNCTIONS(pp::OutlierBoundsStep)
protected:
    std::vector<ParamSpec> specs() const override
    {
        return { prepspec::columns(QStringLiteral("columns"), tr("Columns"),
                     tr("Numeric columns to check; none chosen = every numeric feature column."),
                     { ColumnType::Numeric }),
            prepspec::choice(QStringLiteral("method"),
                { QStringLiteral("iqr"), QStringLiteral("zscore"), QStringLiteral("mad"), QStringLiteral("percentile") },
                { tr("IQR fences"), tr("Z-score"), tr("Modified z-score (MAD)"), tr("Percentiles") },
                QStringLiteral("iqr"), tr("Bounds"),
                tr("IQR: below Q1 − k·IQR or above Q3 + k·IQR. Z-score: more than the threshold "
                   "times the standard deviation from the mean. Modified z-score: 0.6745 × the distance "
                   "from the median over the median absolute deviation (MAD) above its threshold; robust "
                   "to the outliers themselves. Percentiles: outside the low and high percentiles. All "
                   "learned on the training rows.")),
            prepspec::number(QStringLiteral("k"), 1.5, 0.0, 100.0, tr("IQR multiplier (k)"),
                tr("1.5 is Tukey's usual fence; 3 keeps only extreme outliers.")),
            prepspec::number(QStringLiteral("threshold"), 3.0, 0.0, 100.0, tr("Z-score threshold"),
                tr("How many standard deviations (sample, ddof = 1, as pandas) from the mean.")),
            prepspec::number(QStringLiteral("mad_threshold"), 3.5, 0.0, 100.0, tr("Modified z-score threshold"),
                tr("Iglewicz and Hoaglin recommend 3.5. When over half the training values equal the "
                   "median (MAD = 0), 1.253314 × the mean absolute deviation is used instead.")),
            prepspec::number(QStringLiteral("low"), 1.0, 0.0, 100.0, tr("Low percentile"),
                tr("Lower bound as a percentile of the training values (numpy's linear "
                   "interpolation).")),
            prepspec::number(QStringLiteral("high"), 99.0, 0.0, 100.0, tr("High percentile"),
                tr("Upper bound as a percentile of the training values.")) };
    }

    Status doFit(const Table& train, const FitInfo& info, JobControl*) override
    {
        auto cols
            = resolveColumns(train, listParam(QStringLiteral("columns")), info, { ColumnType::Numeric });
        if (!cols.ok())
            return Status::failure(cols.error());
        const QString method = stringParam(QStringLiteral("method"));
        const double low = doubleParam(QStringLiteral("low"));
        const double high = doubleParam(QStringLiteral("high"));
        if (method == QLatin1String("percentile") && !(low < high))
            return fail(tr("the low percentile (%1) must be below the high one (%2).").arg(low).arg(high));
        m_columns = cols.value();
        m_lower.clear();
        m_upper.clear();
        Status status = Unit {};
        for (const QString& name : m_columns) {
            std::vector<double> v = prepmath::observed(*train.find(name));
            double lo = std::numeric_limits<double>::quiet_NaN();
            double hi = lo;
            if (v.empty()) {
                status.addWarning(warning(QStringLiteral("all_missing"),
                    tr("'%1' has no values in the training rows; it is left as it is.").arg(name)));
            } else if (method == QLatin1String("zscore") || method == QLatin1String("mad")) {
                OutlierOptions options;
                options.method = method == QLatin1String("mad") ? OutlierMethod::ModifiedZScore : OutlierMethod::ZScore;
                options.zThreshold = doubleParam(QStringLiteral("threshold"));
                options.madThreshold = doubleParam(QStringLiteral("mad_threshold"));
                // NaN bounds (no spread in the training values) leave the column as it is.
                const Result<ColumnOutliers> bounds = columnOutliers(*train.find(name), options);
                if (!bounds.ok())
                    return Status::failure(bounds.error());
                lo = bounds->lower;
                hi = bounds->upper;
            } else {
                std::sort(v.begin(), v.end());
                if (method == QLatin1String("iqr")) {
                    const double q1 = prepmath::quantileSorted(v, 0.25);
                    const double q3 = prepmath::quantileSorted(v, 0.75);
                    const double k = doubleParam(QStringLiteral("k"));
                    lo = q1 - k * (q3 - q1);
                    hi = q3 + k * (q3 - q1);
                } else {
                    lo = prepmath::quantileSorted(v, low / 100.0);
                    hi = prepmath::quantileSorted(v, high / 100.0);
                }
            }
            m_lower.push_back(lo);
            m_upper.push_back(hi);
        }
        return status;
    }

    QString methodText() const
    {
        const QString method = stringParam(QStringLiteral("method"));
        if (method == QLatin1String("zscore"))
            return tr("|z| > %1").arg(describeNumber(doubleParam(QStringLiteral("threshold"))));
        if (method == QLatin1String("mad"))
            return tr("modified |z| (MAD) > %1").arg(describeNumber(doubleParam(QStringLiteral("mad_threshold"))));
        if (method == QLatin1String("percentile"))
            return tr("percentiles %1–%2")
                .arg(describeNumber(doubleParam(QStringLiteral("low"))),
                    describeNumber(doubleParam(QStringLiteral("high"))));
        return tr("IQR × %1").arg(describeNumber(doubleParam(QStringLiteral("k"))));
    }

    /// "Income [12,000, 98,000], Age [18, 77]" (first three columns).
    QString boundsText() const
    {
        QStringList parts;
        for (qsizetype i = 0; i < m_columns.size() && i < 3; ++i) {
            const auto k = static_cast<std::size_t>(i);
            parts << QStringLiteral("%1 [%2, %3]")
                         .arg(m_columns[i], describeNumber(m_lower[k]), describeNumber(m_upper[k]));
        }
        QString s = parts.join(QStringLiteral(", "));
        if (m_columns.size() > 3)
            s += QLatin1Char(' ') + tr("and %n more", nullptr, static_cast<int>(m_columns.size() - 3));
        return s;
    }

    /// Resolves the fitted columns in `input` (numeric); null entries for absent targets.
    Result<std::vector<int>> locate(const Table& input) const
    {
        std::vector<int> idx;
        const ColumnType numeric = ColumnType::Numeric;
        for (const QString& name : m_columns) {
            QString error;
            bool skip = false;
            const int i = requireColumnIndex(input, name, &numeric, &error, &skip);
            if (!skip && i < 0)
                return Result<std::vector<int>>::failure(error);
            idx.push_back(i);
        }
        return idx;
    }

    QJsonObject saveState() const override
    {
        return { { QStringLiteral("columns"), strings(m_columns) },
            { QStringLiteral("lower"), numberMap(m_columns, m_lower) },
            { QStringLiteral("upper"), numberMap(m_columns, m_upper) } };
    }

    Status loadState(const QJsonObject& state) override
    {
        if (!state.value(QStringLiteral("columns")).isArray())
            return fail(tr("the fitted column list is missing."));
        m_columns = toStrings(state.value(QStringLiteral("columns")).toArray());
        if (!toNumberMap(state.value(QStringLiteral("lower")).toObject(), m_columns, &m_lower)
            || !toNumberMap(state.value(QStringLiteral("upper")).toObject(), m_columns, &m_upper))
            return fail(tr("the fitted bounds are incomplete."));
        return Unit {};
    }

    QStringList m_columns;
    std::vector<double> m_lower; ///< NaN = no bound (no training values)
    std::vector<double> m_upper;
};

class ClipOutliersStep : public OutlierBoundsStep
{
    Q_DECLARE_TR_FUNCTIONS(pp::ClipOutliersStep)
public:
    QString kind() const override { return QStringLiteral("clip_outliers"); }

    QString describe() const override
    {
        if (!isFitted())
            return tr("Clip outliers (%1)").arg(methodText());
        return tr("Clip %1 (%2)").arg(boundsText(), methodText());
    }

protected:
    Result<Table> doTransform(const Table& input, JobControl*) const override
    {
        auto idx = locate(input);
        if (!idx.ok())
            return Result<Table>::from(idx);
        Table out = input;
        for (std::size_t k = 0; k < idx->size(); ++k) {
            const int i = idx.value()[k];
            if (i < 0 || std::isnan(m_lower[k]))
                continue;
            for (double& v : out.column(static_cast<std::size_t>(i)).numbers()) {
                if (v < m_lower[k])
                    v = m_lower[k];
                else if (v > m_upper[k])
                    v = m_upper[k];
            }
        }
        return out;
    }
};

class DropOutliersStep : public OutlierBoundsStep
{
    Q_DECLARE_TR_FUNCTIONS(pp::DropOutliersStep)
public:
    QString kind() const override { return QStringLiteral("drop_outliers"); }
    bool trainOnly() const override { return true; }

    QString describe() const override
    {
        const QString only = tr("training rows only; other data keeps every row");
        if (!isFitted())
            return tr("Drop outlier rows (%1) — %2").arg(methodText(), only);
        return tr("Drop rows outside %1 (%2) — %3").arg(boundsText(), methodText(), only);
    }

protected:
    Result<Table> doTransform(const Table& input, JobControl*) const override
    {
        auto idx = locate(input);
        if (!idx.ok())
            return Result<Table>::from(idx);
        std::vector<std::size_t> keep;
        keep.reserve(input.rowCount());
        for (std::size_t r = 0; r < input.rowCount(); ++r) {
            bool outlier = false;
            for (std::size_t k = 0; k < idx->size() && !outlier; ++k) {
                const int i = idx.value()[k];
                if (i < 0 || std::isnan(m_lower[k]))
                    continue;
                const double v = input.column(static_cast<std::size_t>(i)).numbers()[r];
                outlier = v < m_lower[k] || v > m_upper[k]; // false for missing values
            }
            if (!outlier)
                keep.push_back(r);
        }
        Result<Table> out(keep.size() == input.rowCount() ? input : input.takeRows(keep));
        if (keep.size() < input.rowCount()) {
            const auto dropped = static_cast<int>(input.rowCount() - keep.size());
            out.addWarning(warning(
                QStringLiteral("rows_dropped"), tr("%n outlier row(s) were dropped.", nullptr, dropped)));
        }
        return out;
    }
};

class FlagOutliersStep : public OutlierBoundsStep
{
    Q_DECLARE_TR_FUNCTIONS(pp::FlagOutliersStep)
public:
    QString kind() const override { return QStringLiteral("flag_outliers"); }

    static QString flagName(const QString& column) { return column + QStringLiteral("_outlier"); }

    QString describe() const override
    {
        if (!isFitted())
            return tr("Add <column>_outlier flags (%1)").arg(methodText());
        return tr("Flag values outside %1 (%2)").arg(boundsText(), methodText());
    }

protected:
    Status doFit(const Table& train, const FitInfo& info, JobControl* job) override
    {
        Status status = OutlierBoundsStep::doFit(train, info, job);
        if (!status.ok())
            return status;
        for (const QString& name : m_columns)
            if (train.find(flagName(name)))
                return fail(tr("a column named '%1' already exists.").arg(flagName(name)));
        return status;
    }

    Result<Table> doTransform(const Table& input, JobControl*) const override
    {
        auto idx = locate(input);
        if (!idx.ok())
            return Result<Table>::from(idx);
        Table out = input;
        // From the last column backwards, so that inserting a flag does not move the next one.
        for (std::size_t k = idx->size(); k-- > 0;) {
            const int i = idx.value()[k];
            if (i < 0)
                continue;
            const QString name = flagName(m_columns[static_cast<qsizetype>(k)]);
            if (out.find(name))
                return failTable(tr("a column named '%1' already exists.").arg(name));
            const std::vector<double>& v = out.column(static_cast<std::size_t>(i)).numbers();
            std::vector<double> flags(v.size(), 0.0);
            if (!std::isnan(m_lower[k]))
                for (std::size_t r = 0; r < v.size(); ++r)
                    flags[r] = v[r] < m_lower[k] || v[r] > m_upper[k] ? 1.0 : 0.0; // missing: 0
            out.insertColumn(static_cast<std::size_t>(i) + 1, Column::numeric(name, std::move(flags)));
        }
        return out;
    }
};

} // namespace

void registerOutlierSteps(StepRegistry& registry)
{
    const QString category = QStringLiteral("outliers");
    registry.add(
        { QStringLiteral("clip_outliers"), category, [] { return ClipOutliersStep::tr("Clip outliers"); },
            [] {
                return ClipOutliersStep::tr("Caps values outside bounds learned on the training rows (IQR "
                                            "fences, z-scores, modified z-scores or percentiles) at those bounds.");
            },
            makeStep<ClipOutliersStep> });
    registry.add(
        { QStringLiteral("drop_outliers"), category, [] { return DropOutliersStep::tr("Drop outlier rows"); },
            [] {
                return DropOutliersStep::tr("Removes training rows with values outside bounds learned on the "
                                            "training rows. Only training rows are dropped: validation, test "
                                            "and new data keep every row so every customer is scored.");
            },
            makeStep<DropOutliersStep> });
    registry.add(
        { QStringLiteral("flag_outliers"), category, [] { return FlagOutliersStep::tr("Flag outliers"); },
            [] {
                return FlagOutliersStep::tr("Adds a 0/1 column <column>_outlier after each column: 1 where the "
                                            "value lies outside bounds learned on the training rows, on every "
                                            "data set. The values themselves are kept.");
            },
            makeStep<FlagOutliersStep> });
}

} // namespace pp
