// Scaling steps, as scikit-learn's StandardScaler (population std, ddof = 0), MinMaxScaler
// (feature_range, clip) and RobustScaler (median and quantile range). Statistics come from the
// training rows only; missing values are ignored while fitting and stay missing.
#include "prep/basic_step.h"
#include "prep/builtin_steps.h"
#include "prep/prep_math.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace pp {

namespace {

using namespace prepjson;

/// Shared shape: per column an offset and a scale, saved under step-specific names.
class ScaleStep : public BasicStep
{
    Q_DECLARE_TR_FUNCTIONS(pp::ScaleStep)
protected:
    /// Learns m_offset/m_scale (and anything else) for one column's observed training values.
    virtual void fitColumn(std::vector<double> values, std::size_t k) = 0;
    /// Settings read once per transform rather than once per value.
    struct Options
    {
        bool clip = false;
        double low = 0.0;
        double high = 1.0;
    };
    virtual Options options() const { return {}; }
    virtual double apply(double v, std::size_t k, const Options& o) const = 0;
    virtual QString offsetKey() const = 0;
    virtual QString scaleKey() const = 0;

    ParamSpec columnsSpec() const
    {
        return prepspec::columns(QStringLiteral("columns"), tr("Columns"),
            tr("Numeric columns to scale; none chosen = every numeric feature column."),
            { ColumnType::Numeric });
    }

    Status doFit(const Table& train, const FitInfo& info, JobControl*) override
    {
        auto cols
            = resolveColumns(train, listParam(QStringLiteral("columns")), info, { ColumnType::Numeric });
        if (!cols.ok())
            return Status::failure(cols.error());
        m_columns = cols.value();
        const std::size_t p = static_cast<std::size_t>(m_columns.size());
        m_offset.assign(p, 0.0);
        m_scale.assign(p, 1.0);
        Status status = Unit {};
        for (std::size_t k = 0; k < p; ++k) {
            std::vector<double> v = prepmath::observed(*train.find(m_columns[static_cast<qsizetype>(k)]));
            if (v.empty()) {
                // Nothing to learn from: leave the column as it is (offset 0, scale 1).
                status.addWarning(warning(QStringLiteral("all_missing"),
                    tr("'%1' has no values in the training rows; it is left as it is.")
                        .arg(m_columns[static_cast<qsizetype>(k)])));
                fitEmpty(k);
                continue;
            }
            fitColumn(std::move(v), k);
        }
        return status;
    }

    virtual void fitEmpty(std::size_t k)
    {
        m_offset[k] = 0.0;
        m_scale[k] = 1.0;
    }

    Result<Table> doTransform(const Table& input, JobControl*) const override
    {
        Table out = input;
        const ColumnType numeric = ColumnType::Numeric;
        const Options o = options();
        for (qsizetype i = 0; i < m_columns.size(); ++i) {
            QString error;
            bool skip = false;
            const int idx = requireColumnIndex(out, m_columns[i], &numeric, &error, &skip);
            if (skip)
                continue;
            if (idx < 0)
                return Result<Table>::failure(error);
            for (double& v : out.column(static_cast<std::size_t>(idx)).numbers())
                if (!std::isnan(v))
                    v = apply(v, static_cast<std::size_t>(i), o);
        }
        return out;
    }

    /// The configured columns for an unfitted description.
    QString columnsText() const
    {
        const QStringList cols = listParam(QStringLiteral("columns"));
        return cols.isEmpty() ? tr("numeric columns") : describeColumns(cols);
    }

    /// "Income (mean 51,381.5, scale 12,034)" for the first three columns.
    QString fittedText(const QString& offsetName, const QString& scaleName) const
    {
        if (m_columns.isEmpty())
            return tr("no columns");
        QStringList parts;
        for (qsizetype i = 0; i < m_columns.size() && i < 3; ++i) {
            const auto k = static_cast<std::size_t>(i);
            parts << QStringLiteral("%1 (%2 %3, %4 %5)")
                         .arg(m_columns[i], offsetName, describeNumber(m_offset[k]), scaleName,
                             describeNumber(m_scale[k]));
        }
        QString s = parts.join(QStringLiteral(", "));
        if (m_columns.size() > 3)
            s += QLatin1Char(' ') + tr("and %n more", nullptr, static_cast<int>(m_columns.size() - 3));
        return s;
    }

    QJsonObject saveState() const override
    {
        return { { QStringLiteral("columns"), strings(m_columns) },
            { offsetKey(), numberMap(m_columns, m_offset) }, { scaleKey(), numberMap(m_columns, m_scale) } };
    }

    Status loadState(const QJsonObject& state) override
    {
        if (!state.value(QStringLiteral("columns")).isArray())
            return fail(tr("the fitted column list is missing."));
        m_columns = toStrings(state.value(QStringLiteral("columns")).toArray());
        if (!toNumberMap(state.value(offsetKey()).toObject(), m_columns, &m_offset)
            || !toNumberMap(state.value(scaleKey()).toObject(), m_columns, &m_scale))
            return fail(tr("the fitted statistics are incomplete."));
        return Unit {};
    }

    QStringList m_columns;
    std::vector<double> m_offset;
    std::vector<double> m_scale;
};

// ---------------------------------------------------------------------------------------------

class StandardScaleStep : public ScaleStep
{
    Q_DECLARE_TR_FUNCTIONS(pp::StandardScaleStep)
public:
    QString kind() const override { return QStringLiteral("standard_scale"); }
    QString describe() const override
    {
        if (!isFitted())
            return tr("Standardise %1").arg(columnsText());
        return tr("Standardise %1").arg(fittedText(tr("mean"), tr("std")));
    }

protected:
    std::vector<ParamSpec> specs() const override
    {
        return { columnsSpec(),
            prepspec::boolean(QStringLiteral("with_mean"), true, tr("Subtract the mean"),
                tr("Centre each column on its training mean.")),
            prepspec::boolean(QStringLiteral("with_std"), true, tr("Divide by the standard deviation"),
                tr("Divide by the training standard deviation (population, ddof = 0); a constant "
                   "column is divided by 1.")) };
    }
    QString offsetKey() const override { return QStringLiteral("mean"); }
    QString scaleKey() const override { return QStringLiteral("scale"); }

    void fitColumn(std::vector<double> v, std::size_t k) override
    {
        const double mean = prepmath::mean(v);
        const double var = prepmath::variance(v);
        m_offset[k] = boolParam(QStringLiteral("with_mean")) ? mean : 0.0;
        m_scale[k]
            = !boolParam(QStringLiteral("with_std")) || prepmath::isConstantFeature(var, mean, v.size())
            ? 1.0
            : std::sqrt(var);
    }
    double apply(double v, std::size_t k, const Options&) const override
    {
        return (v - m_offset[k]) / m_scale[k];
    }
};

// ---------------------------------------------------------------------------------------------

class MinMaxScaleStep : public ScaleStep
{
    Q_DECLARE_TR_FUNCTIONS(pp::MinMaxScaleStep)
public:
    QString kind() const override { return QStringLiteral("minmax_scale"); }
    QString describe() const override
    {
        const QString range = QStringLiteral("[%1, %2]")
                                  .arg(describeNumber(doubleParam(QStringLiteral("feature_min"))),
                                      describeNumber(doubleParam(QStringLiteral("feature_max"))));
        const QStringList cols = isFitted() ? m_columns : listParam(QStringLiteral("columns"));
        QString s
            = tr("Scale %1 to %2").arg(cols.isEmpty() ? tr("numeric columns") : describeColumns(cols), range);
        if (isFitted() && !m_columns.isEmpty()) {
            s += QStringLiteral(" (")
                + tr("training range of %1: %2 to %3")
                      .arg(m_columns.front(), describeNumber(m_dataMin.front()),
                          describeNumber(m_dataMax.front()))
                + QLatin1Char(')');
        }
        return s;
    }

protected:
    std::vector<ParamSpec> specs() const override
    {
        return { columnsSpec(),
            prepspec::number(QStringLiteral("feature_min"), 0.0, -1e9, 1e9, tr("Minimum"),
                tr("The training minimum is mapped to this value.")),
            prepspec::number(QStringLiteral("feature_max"), 1.0, -1e9, 1e9, tr("Maximum"),
                tr("The training maximum is mapped to this value.")),
            prepspec::boolean(QStringLiteral("clip"), false, tr("Clip new values"),
                tr("Keep values of new data inside the range even when they lie outside the "
                   "training range.")) };
    }
    QString offsetKey() const override { return QStringLiteral("min"); }
    QString scaleKey() const override { return QStringLiteral("scale"); }

    Status doFit(const Table& train, const FitInfo& info, JobControl* job) override
    {
        if (!(doubleParam(QStringLiteral("feature_min")) < doubleParam(QStringLiteral("feature_max"))))
            return fail(tr("the minimum must be below the maximum."));
        m_dataMin.assign(static_cast<std::size_t>(train.columnCount()), 0.0);
        m_dataMax.assign(static_cast<std::size_t>(train.columnCount()), 0.0);
        Status s = ScaleStep::doFit(train, info, job);
        m_dataMin.resize(static_cast<std::size_t>(m_columns.size()));
        m_dataMax.resize(static_cast<std::size_t>(m_columns.size()));
        return s;
    }

    void fitColumn(std::vector<double> v, std::size_t k) override
    {
        const double lo = doubleParam(QStringLiteral("feature_min"));
        const double hi = doubleParam(QStringLiteral("feature_max"));
        const auto [mn, mx] = std::minmax_element(v.begin(), v.end());
        m_dataMin[k] = *mn;
        m_dataMax[k] = *mx;
        m_scale[k] = (hi - lo) / prepmath::handleZeroScale(*mx - *mn);
        m_offset[k] = lo - *mn * m_scale[k];
    }
    void fitEmpty(std::size_t k) override
    {
        ScaleStep::fitEmpty(k);
        m_dataMin[k] = m_dataMax[k] = std::numeric_limits<double>::quiet_NaN();
    }
    Options options() const override
    {
        return { boolParam(QStringLiteral("clip")), doubleParam(QStringLiteral("feature_min")),
            doubleParam(QStringLiteral("feature_max")) };
    }
    double apply(double v, std::size_t k, const Options& o) const override
    {
        // MinMaxScaler: X *= scale_; X += min_; then the optional clip.
        double x = v * m_scale[k];
        x += m_offset[k];
        if (o.clip)
            x = std::clamp(x, o.low, o.high);
        return x;
    }

    QJsonObject saveState() const override
    {
        QJsonObject o = ScaleStep::saveState();
        o.insert(QStringLiteral("data_min"), numberMap(m_columns, m_dataMin));
        o.insert(QStringLiteral("data_max"), numberMap(m_columns, m_dataMax));
        return o;
    }
    Status loadState(const QJsonObject& state) override
    {
        Status s = ScaleStep::loadState(state);
        if (!s.ok())
            return s;
        if (!toNumberMap(state.value(QStringLiteral("data_min")).toObject(), m_columns, &m_dataMin)
            || !toNumberMap(state.value(QStringLiteral("data_max")).toObject(), m_columns, &m_dataMax))
            return fail(tr("the fitted ranges are incomplete."));
        return Unit {};
    }

private:
    std::vector<double> m_dataMin; ///< training minimum per column (for descriptions)
    std::vector<double> m_dataMax;
};

// ---------------------------------------------------------------------------------------------

class RobustScaleStep : public ScaleStep
{
    Q_DECLARE_TR_FUNCTIONS(pp::RobustScaleStep)
public:
    QString kind() const override { return QStringLiteral("robust_scale"); }
    QString describe() const override
    {
        if (!isFitted())
            return tr("Robust-scale %1").arg(columnsText());
        return tr("Robust-scale %1").arg(fittedText(tr("median"), tr("IQR")));
    }

protected:
    std::vector<ParamSpec> specs() const override
    {
        return { columnsSpec(),
            prepspec::boolean(QStringLiteral("with_centering"), true, tr("Subtract the median"),
                tr("Centre each column on its training median.")),
            prepspec::boolean(QStringLiteral("with_scaling"), true, tr("Divide by the quantile range"),
                tr("Divide by the distance between the two quantiles below.")),
            prepspec::number(QStringLiteral("quantile_low"), 25.0, 0.0, 100.0, tr("Low quantile (%)"),
                tr("Lower end of the range (25 = first quartile).")),
            prepspec::number(QStringLiteral("quantile_high"), 75.0, 0.0, 100.0, tr("High quantile (%)"),
                tr("Upper end of the range (75 = third quartile).")) };
    }
    QString offsetKey() const override { return QStringLiteral("center"); }
    QString scaleKey() const override { return QStringLiteral("scale"); }

    Status doFit(const Table& train, const FitInfo& info, JobControl* job) override
    {
        if (!(doubleParam(QStringLiteral("quantile_low")) < doubleParam(QStringLiteral("quantile_high"))))
            return fail(tr("the low quantile must be below the high quantile."));
        return ScaleStep::doFit(train, info, job);
    }

    void fitColumn(std::vector<double> v, std::size_t k) override
    {
        std::sort(v.begin(), v.end());
        m_offset[k] = boolParam(QStringLiteral("with_centering")) ? prepmath::medianSorted(v) : 0.0;
        if (boolParam(QStringLiteral("with_scaling"))) {
            const double lo
                = prepmath::quantileSorted(v, doubleParam(QStringLiteral("quantile_low")) / 100.0);
            const double hi
                = prepmath::quantileSorted(v, doubleParam(QStringLiteral("quantile_high")) / 100.0);
            m_scale[k] = prepmath::handleZeroScale(hi - lo);
        } else {
            m_scale[k] = 1.0;
        }
    }
    double apply(double v, std::size_t k, const Options&) const override
    {
        return (v - m_offset[k]) / m_scale[k];
    }
};

} // namespace

void registerScaleSteps(StepRegistry& registry)
{
    const QString category = QStringLiteral("scale");
    registry.add({ QStringLiteral("standard_scale"), category,
        [] { return StandardScaleStep::tr("Standardise"); },
        [] {
            return StandardScaleStep::tr("Subtracts the training mean and divides by the training standard "
                                         "deviation (z-scores).");
        },
        makeStep<StandardScaleStep> });
    registry.add({ QStringLiteral("minmax_scale"), category,
        [] { return MinMaxScaleStep::tr("Min-max scale"); },
        [] {
            return MinMaxScaleStep::tr("Maps the training minimum and maximum to a range such as 0 to 1.");
        },
        makeStep<MinMaxScaleStep> });
    registry.add(
        { QStringLiteral("robust_scale"), category, [] { return RobustScaleStep::tr("Robust scale"); },
            [] {
                return RobustScaleStep::tr("Subtracts the training median and divides by the interquartile "
                                           "range; little affected by outliers.");
            },
            makeStep<RobustScaleStep> });
}

} // namespace pp
