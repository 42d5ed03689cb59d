// Power transforms: box_cox and yeo_johnson, lambda fitted per column by maximum likelihood
// on the training rows exactly as scipy.stats.boxcox / scikit-learn's PowerTransformer do it
// (Brent's method on the log-likelihood, bracket (-2, 2)), optionally followed by
// standardisation with the transformed training mean and standard deviation
// (PowerTransformer(standardize=True), the default there and here).
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

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kEps = 2.220446049250313e-16; // np.spacing(1.0)

/// scipy.special.boxcox
double boxCox(double x, double lambda)
{
    if (std::fabs(lambda) < 1e-19)
        return std::log(x);
    return std::expm1(lambda * std::log(x)) / lambda;
}

/// PowerTransformer._yeo_johnson_transform
double yeoJohnson(double x, double lambda)
{
    if (x >= 0.0) {
        if (std::fabs(lambda) < kEps)
            return std::log1p(x);
        return (std::pow(x + 1.0, lambda) - 1.0) / lambda;
    }
    if (std::fabs(lambda - 2.0) > kEps)
        return -(std::pow(-x + 1.0, 2.0 - lambda) - 1.0) / (2.0 - lambda);
    return -std::log1p(-x);
}

/// -scipy.stats.boxcox_llf(lambda, x)
double boxCoxNegLogLikelihood(double lambda, const std::vector<double>& x, double sumLog)
{
    std::vector<double> t(x.size());
    if (lambda == 0.0) {
        for (std::size_t i = 0; i < x.size(); ++i)
            t[i] = std::log(x[i]);
    } else {
        // Without the constant offset 1/lambda, which does not change the variance (scipy).
        for (std::size_t i = 0; i < x.size(); ++i)
            t[i] = std::pow(x[i], lambda) / lambda;
    }
    const double n = static_cast<double>(x.size());
    return -((lambda - 1.0) * sumLog - n / 2.0 * std::log(prepmath::variance(t)));
}

/// PowerTransformer._yeo_johnson_optimize's _neg_log_likelihood
double yeoJohnsonNegLogLikelihood(double lambda, const std::vector<double>& x, double sumSignedLog)
{
    std::vector<double> t(x.size());
    for (std::size_t i = 0; i < x.size(); ++i)
        t[i] = yeoJohnson(x[i], lambda);
    const double var = prepmath::variance(t);
    if (!(var >= std::numeric_limits<double>::min()))
        return std::numeric_limits<double>::infinity();
    const double n = static_cast<double>(x.size());
    return -(-n / 2.0 * std::log(var) + (lambda - 1.0) * sumSignedLog);
}

class PowerStep : public BasicStep
{
    Q_DECLARE_TR_FUNCTIONS(pp::PowerStep)
public:
    explicit PowerStep(bool boxCox)
        : m_boxCox(boxCox)
    {
    }

    QString kind() const override
    {
        return m_boxCox ? QStringLiteral("box_cox") : QStringLiteral("yeo_johnson");
    }

    QString describe() const override
    {
        const QString name = m_boxCox ? tr("Box-Cox") : tr("Yeo-Johnson");
        const QStringList cols = isFitted() ? m_columns : listParam(QStringLiteral("columns"));
        QString s = tr("%1 transform of %2")
                        .arg(name, cols.isEmpty() ? tr("numeric columns") : describeColumns(cols));
        if (isFitted() && !m_columns.isEmpty()) {
            QStringList parts;
            for (qsizetype i = 0; i < m_columns.size() && i < 3; ++i)
                parts << QStringLiteral("%1 λ = %2")
                             .arg(m_columns[i], describeNumber(m_lambdas[static_cast<std::size_t>(i)]));
            s += QStringLiteral(" (") + parts.join(QStringLiteral(", ")) + QLatin1Char(')');
        }
        if (boolParam(QStringLiteral("standardize")))
            s += QStringLiteral(", ") + tr("then standardised");
        return s;
    }

protected:
    std::vector<ParamSpec> specs() const override
    {
        std::vector<ParamSpec> s = {
            prepspec::columns(QStringLiteral("columns"), tr("Columns"),
                m_boxCox ? tr("Numeric columns with only positive values; none chosen = every numeric "
                              "feature column.")
                         : tr("Numeric columns; none chosen = every numeric feature column."),
                { ColumnType::Numeric }),
            prepspec::boolean(QStringLiteral("standardize"), true, tr("Standardise"),
                tr("Afterwards subtract the mean and divide by the standard deviation of the "
                   "transformed training values (scikit-learn's default).")),
        };
        if (m_boxCox) {
            s.push_back(prepspec::choice(QStringLiteral("on_invalid"),
                { QStringLiteral("error"), QStringLiteral("missing") },
                { tr("Stop with an error"), tr("Make them missing") }, QStringLiteral("error"),
                tr("Zero or negative values"),
                tr("Box-Cox is defined for positive values only. 'Make them missing' leaves "
                   "them out of the fit and turns them into missing values.")));
        }
        return s;
    }

    Status doFit(const Table& train, const FitInfo& info, JobControl* job) override
    {
        auto cols
            = resolveColumns(train, listParam(QStringLiteral("columns")), info, { ColumnType::Numeric });
        if (!cols.ok())
            return Status::failure(cols.error());
        m_columns = cols.value();
        m_lambdas.clear();
        m_means.clear();
        m_scales.clear();
        const bool toMissing
            = m_boxCox && stringParam(QStringLiteral("on_invalid")) == QLatin1String("missing");
        Status status = Unit {};
        for (const QString& name : m_columns) {
            if (isCancelled(job))
                return Status::cancelledResult();
            std::vector<double> x = prepmath::observed(*train.find(name));
            if (m_boxCox) {
                const auto bad = static_cast<std::size_t>(
                    std::count_if(x.begin(), x.end(), [](double v) { return v <= 0.0; }));
                if (bad > 0 && !toMissing)
                    return fail(nonPositiveMessage(name, bad));
                x.erase(std::remove_if(x.begin(), x.end(), [](double v) { return v <= 0.0; }), x.end());
            }
            double lambda = 1.0;
            if (std::adjacent_find(x.begin(), x.end(), std::not_equal_to<double>()) == x.end()) {
                // Fewer than two distinct values: the likelihood has no maximum.
                status.addWarning(warning(QStringLiteral("constant"),
                    tr("'%1' has fewer than two distinct training values; λ = 1 is used.").arg(name)));
            } else if (m_boxCox) {
                double sumLog = 0.0;
                std::vector<double> logs;
                for (double v : x)
                    logs.push_back(std::log(v));
                sumLog = prepmath::sum(logs);
                lambda = prepmath::brentMinimize(
                    [&](double l) { return boxCoxNegLogLikelihood(l, x, sumLog); }, -2.0, 2.0);
            } else {
                std::vector<double> signedLogs;
                for (double v : x)
                    signedLogs.push_back((v > 0 ? 1.0 : (v < 0 ? -1.0 : 0.0)) * std::log1p(std::fabs(v)));
                const double s = prepmath::sum(signedLogs);
                lambda = prepmath::brentMinimize(
                    [&](double l) { return yeoJohnsonNegLogLikelihood(l, x, s); }, -2.0, 2.0);
            }
            // Standardisation statistics of the transformed training values (StandardScaler).
            std::vector<double> t;
            for (double v : x)
                t.push_back(apply(v, lambda));
            double mean = 0.0, scale = 1.0;
            if (!t.empty()) {
                mean = prepmath::mean(t);
                const double var = prepmath::variance(t);
                scale = prepmath::isConstantFeature(var, mean, t.size()) ? 1.0 : std::sqrt(var);
            }
            m_lambdas.push_back(lambda);
            m_means.push_back(mean);
            m_scales.push_back(scale);
        }
        return status;
    }

    Result<Table> doTransform(const Table& input, JobControl*) const override
    {
        const bool standardize = boolParam(QStringLiteral("standardize"));
        const bool toMissing
            = m_boxCox && stringParam(QStringLiteral("on_invalid")) == QLatin1String("missing");
        Table out = input;
        std::vector<Warning> warnings;
        const ColumnType numeric = ColumnType::Numeric;
        for (qsizetype i = 0; i < m_columns.size(); ++i) {
            const auto k = static_cast<std::size_t>(i);
            QString error;
            bool skip = false;
            const int idx = requireColumnIndex(out, m_columns[i], &numeric, &error, &skip);
            if (skip)
                continue;
            if (idx < 0)
                return Result<Table>::failure(error);
            std::vector<double>& values = out.column(static_cast<std::size_t>(idx)).numbers();
            if (m_boxCox) {
                const auto bad = static_cast<std::size_t>(
                    std::count_if(values.begin(), values.end(), [](double v) { return v <= 0.0; }));
                if (bad > 0 && !toMissing)
                    return failTable(nonPositiveMessage(m_columns[i], bad));
                if (bad > 0)
                    warnings.push_back(
                        warning(QStringLiteral("invalid_values"), nonPositiveMessage(m_columns[i], bad)));
            }
            for (double& v : values) {
                if (std::isnan(v))
                    continue;
                if (m_boxCox && v <= 0.0) {
                    v = kNaN;
                    continue;
                }
                v = apply(v, m_lambdas[k]);
                if (standardize)
                    v = (v - m_means[k]) / m_scales[k];
            }
        }
        Result<Table> r(std::move(out));
        r.warnings() = std::move(warnings);
        return r;
    }

    QJsonObject saveState() const override
    {
        return { { QStringLiteral("columns"), strings(m_columns) },
            { QStringLiteral("lambda"), numberMap(m_columns, m_lambdas) },
            { QStringLiteral("mean"), numberMap(m_columns, m_means) },
            { QStringLiteral("scale"), numberMap(m_columns, m_scales) } };
    }

    Status loadState(const QJsonObject& state) override
    {
        if (!state.value(QStringLiteral("columns")).isArray())
            return fail(tr("the fitted column list is missing."));
        m_columns = toStrings(state.value(QStringLiteral("columns")).toArray());
        if (!toNumberMap(state.value(QStringLiteral("lambda")).toObject(), m_columns, &m_lambdas)
            || !toNumberMap(state.value(QStringLiteral("mean")).toObject(), m_columns, &m_means)
            || !toNumberMap(state.value(QStringLiteral("scale")).toObject(), m_columns, &m_scales))
            return fail(tr("the fitted lambdas are incomplete."));
        return Unit {};
    }

private:
    double apply(double v, double lambda) const
    {
        return m_boxCox ? boxCox(v, lambda) : yeoJohnson(v, lambda);
    }

    QString nonPositiveMessage(const QString& column, std::size_t count) const
    {
        return tr(
            "column '%1' has %n value(s) of zero or less; Box-Cox needs positive values (use Yeo-Johnson "
            "or log(1 + x) instead).",
            nullptr, static_cast<int>(count))
            .arg(column);
    }

    bool m_boxCox;
    QStringList m_columns;
    std::vector<double> m_lambdas;
    std::vector<double> m_means; ///< of the transformed training values
    std::vector<double> m_scales; ///< population std of the transformed training values (0 -> 1)
};

} // namespace

void registerPowerSteps(StepRegistry& registry)
{
    const QString category = QStringLiteral("transform");
    registry.add({ QStringLiteral("box_cox"), category, [] { return PowerStep::tr("Box-Cox transform"); },
        [] {
            return PowerStep::tr("Makes positive, skewed columns closer to normal with a power λ "
                                 "fitted on the training rows.");
        },
        [] { return makeStep<PowerStep>(true); } });
    registry.add(
        { QStringLiteral("yeo_johnson"), category, [] { return PowerStep::tr("Yeo-Johnson transform"); },
            [] {
                return PowerStep::tr("Makes skewed columns closer to normal with a power λ fitted on the "
                                     "training rows; works with zero and negative values.");
            },
            [] { return makeStep<PowerStep>(false); } });
}

} // namespace pp
