// impute: fills missing values with a statistic of the training rows, as scikit-learn's
// SimpleImputer (mean, median, most_frequent with ties to the smallest value, constant).
#include "prep/basic_step.h"
#include "prep/builtin_steps.h"
#include "prep/prep_math.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

namespace pp {

namespace {

using namespace prepjson;

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

/// The most frequent value; ties go to the smallest value (SimpleImputer's rule).
double mostFrequentNumber(std::vector<double> values)
{
    if (values.empty())
        return kNaN;
    std::sort(values.begin(), values.end());
    double best = values[0];
    std::size_t bestCount = 0;
    for (std::size_t i = 0; i < values.size();) {
        std::size_t j = i;
        while (j < values.size() && values[j] == values[i])
            ++j;
        if (j - i > bestCount) { // strictly more: an earlier (smaller) value wins a tie
            bestCount = j - i;
            best = values[i];
        }
        i = j;
    }
    return best;
}

/// Index into the dictionary of the most frequent category; ties to the smallest string.
int mostFrequentCode(const Column& c)
{
    std::vector<std::size_t> counts(c.dictionary().size(), 0);
    for (auto code : c.codes())
        if (code >= 0)
            ++counts[static_cast<std::size_t>(code)];
    int best = -1;
    for (std::size_t k = 0; k < counts.size(); ++k) {
        if (counts[k] == 0)
            continue;
        if (best < 0 || counts[k] > counts[static_cast<std::size_t>(best)]
            || (counts[k] == counts[static_cast<std::size_t>(best)]
                && c.dictionary()[k] < c.dictionary()[static_cast<std::size_t>(best)]))
            best = static_cast<int>(k);
    }
    return best;
}

class ImputeStep : public BasicStep
{
    Q_DECLARE_TR_FUNCTIONS(pp::ImputeStep)
public:
    QString kind() const override { return QStringLiteral("impute"); }

    QString describe() const override
    {
        if (!isFitted()) {
            const QStringList cols = listParam(QStringLiteral("columns"));
            return tr("Impute %1 with %2")
                .arg(cols.isEmpty() ? tr("missing values") : describeColumns(cols),
                    strategyName(stringParam(QStringLiteral("strategy"))));
        }
        if (m_columns.isEmpty())
            return tr("Impute missing values (no columns)");
        QStringList parts;
        for (qsizetype i = 0; i < m_columns.size() && i < 3; ++i) {
            const auto k = static_cast<std::size_t>(i);
            parts << tr("%1 with %2 (%3)").arg(m_columns[i], strategyName(m_strategies[k]), valueText(k));
        }
        QString s = tr("Impute %1").arg(parts.join(QStringLiteral(", ")));
        if (m_columns.size() > 3)
            s += QLatin1Char(' ')
                + tr("and %n more column(s)", nullptr, static_cast<int>(m_columns.size() - 3));
        return s;
    }

protected:
    std::vector<ParamSpec> specs() const override
    {
        return {
            prepspec::columns(QStringLiteral("columns"), tr("Columns"),
                tr("Columns to fill; none chosen = every numeric, categorical, yes/no and date "
                   "feature column."),
                { ColumnType::Numeric, ColumnType::Categorical, ColumnType::Boolean, ColumnType::DateTime }),
            prepspec::choice(QStringLiteral("strategy"),
                { QStringLiteral("mean"), QStringLiteral("median"), QStringLiteral("most_frequent"),
                    QStringLiteral("constant") },
                { tr("Mean"), tr("Median"), tr("Most frequent"), tr("Constant") }, QStringLiteral("median"),
                tr("Fill with"),
                tr("The training statistic used to fill numeric columns. Categorical and yes/no "
                   "columns always use the most frequent value unless 'constant' is chosen.")),
            prepspec::text(QStringLiteral("fill_value"), QString(), tr("Constant"),
                tr("The value for 'constant': a number for numeric columns, a category name, "
                   "true/false, or an ISO date. Empty = 0, \"missing\", false.")),
        };
    }

    Status doFit(const Table& train, const FitInfo& info, JobControl*) override
    {
        auto cols = resolveColumns(train, listParam(QStringLiteral("columns")), info,
            { ColumnType::Numeric, ColumnType::Categorical, ColumnType::Boolean, ColumnType::DateTime });
        if (!cols.ok())
            return Status::failure(cols.error());
        const QString strategy = stringParam(QStringLiteral("strategy"));
        const QString fill = stringParam(QStringLiteral("fill_value")).trimmed();
        m_columns = cols.value();
        m_types.clear();
        m_strategies.clear();
        m_numbers.clear();
        m_labels.clear();
        Status status = Unit {};
        for (const QString& name : m_columns) {
            const Column& c = *train.find(name);
            QString used = strategy;
            double number = kNaN;
            QString label;
            switch (c.type()) {
            case ColumnType::Numeric:
            case ColumnType::DateTime: {
                std::vector<double> v = prepmath::observed(c);
                if (strategy == QLatin1String("mean")) {
                    number = prepmath::mean(v);
                    if (c.type() == ColumnType::DateTime && !std::isnan(number))
                        number = std::round(number);
                } else if (strategy == QLatin1String("median")) {
                    std::sort(v.begin(), v.end());
                    number = prepmath::medianSorted(v);
                    if (c.type() == ColumnType::DateTime && !std::isnan(number))
                        number = std::round(number);
                } else if (strategy == QLatin1String("most_frequent")) {
                    number = mostFrequentNumber(std::move(v));
                } else if (!parseConstant(c.type(), fill, &number)) {
                    return fail(tr("the constant '%1' is not a valid value for '%2' (%3).")
                                    .arg(fill, name, columnTypeDisplayName(c.type()).toLower()));
                }
                break;
            }
            case ColumnType::Boolean:
                if (strategy == QLatin1String("constant")) {
                    if (!parseConstant(c.type(), fill, &number))
                        return fail(
                            tr("the constant '%1' is not true or false (column '%2').").arg(fill, name));
                } else {
                    used = QStringLiteral("most_frequent");
                    std::size_t ones = 0, zeros = 0;
                    for (auto b : c.bools()) {
                        ones += b == 1 ? 1 : 0;
                        zeros += b == 0 ? 1 : 0;
                    }
                    number = ones + zeros == 0 ? kNaN : (ones > zeros ? 1.0 : 0.0);
                }
                break;
            case ColumnType::Categorical:
                if (strategy == QLatin1String("constant")) {
                    label = fill.isEmpty() ? QStringLiteral("missing") : fill;
                } else {
                    used = QStringLiteral("most_frequent");
                    const int code = mostFrequentCode(c);
                    if (code >= 0)
                        label = c.dictionary()[static_cast<std::size_t>(code)];
                }
                break;
            case ColumnType::Text:
                return fail(wrongTypeMessage(name, c.type(), tr("numeric, categorical, yes/no or date")));
            }
            const bool none = c.type() == ColumnType::Categorical ? label.isNull() : std::isnan(number);
            if (none) {
                status.addWarning(warning(QStringLiteral("all_missing"),
                    tr("'%1' has no values in the training rows; it stays missing.").arg(name)));
            }
            m_types.push_back(c.type());
            m_strategies << used;
            m_numbers.push_back(number);
            m_labels << label;
        }
        return status;
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
            Column& c = out.column(static_cast<std::size_t>(idx));
            switch (m_types[k]) {
            case ColumnType::Numeric:
                if (!std::isnan(m_numbers[k]))
                    for (double& v : c.numbers())
                        if (std::isnan(v))
                            v = m_numbers[k];
                break;
            case ColumnType::DateTime:
                if (!std::isnan(m_numbers[k]))
                    for (auto& t : c.times())
                        if (t == kMissingTime)
                            t = static_cast<std::int64_t>(m_numbers[k]);
                break;
            case ColumnType::Boolean:
                if (!std::isnan(m_numbers[k]))
                    for (auto& b : c.bools())
                        if (b < 0)
                            b = static_cast<std::int8_t>(m_numbers[k]);
                break;
            case ColumnType::Categorical: {
                if (m_labels[i].isNull())
                    break;
                auto& dict = c.dictionary();
                auto it = std::find(dict.begin(), dict.end(), m_labels[i]);
                const auto code = static_cast<std::int32_t>(it - dict.begin());
                bool used = false;
                for (auto& v : c.codes()) {
                    if (v < 0) {
                        v = code;
                        used = true;
                    }
                }
                if (used && it == dict.end())
                    dict.push_back(m_labels[i]);
                break;
            }
            case ColumnType::Text:
                break;
            }
        }
        return out;
    }

    QJsonObject saveState() const override
    {
        QJsonObject strategies, values, types;
        for (qsizetype i = 0; i < m_columns.size(); ++i) {
            const auto k = static_cast<std::size_t>(i);
            strategies.insert(m_columns[i], m_strategies[i]);
            types.insert(m_columns[i], columnTypeName(m_types[k]));
            if (m_types[k] == ColumnType::Categorical)
                values.insert(m_columns[i],
                    m_labels[i].isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(m_labels[i]));
            else
                values.insert(m_columns[i], number(m_numbers[k]));
        }
        return { { QStringLiteral("columns"), strings(m_columns) },
            { QStringLiteral("strategy"), strategies }, { QStringLiteral("types"), types },
            { QStringLiteral("values"), values } };
    }

    Status loadState(const QJsonObject& state) override
    {
        if (!state.value(QStringLiteral("columns")).isArray())
            return fail(tr("the fitted column list is missing."));
        m_columns = toStrings(state.value(QStringLiteral("columns")).toArray());
        const QJsonObject strategies = state.value(QStringLiteral("strategy")).toObject();
        const QJsonObject types = state.value(QStringLiteral("types")).toObject();
        const QJsonObject values = state.value(QStringLiteral("values")).toObject();
        m_types.clear();
        m_strategies.clear();
        m_numbers.clear();
        m_labels.clear();
        for (const QString& name : m_columns) {
            ColumnType t;
            if (!columnTypeFromName(types.value(name).toString(), &t) || !values.contains(name))
                return fail(tr("the fitted value of '%1' is missing.").arg(name));
            m_types.push_back(t);
            m_strategies << strategies.value(name).toString();
            const QJsonValue v = values.value(name);
            if (t == ColumnType::Categorical) {
                m_labels << (v.isNull() ? QString() : v.toString());
                m_numbers.push_back(kNaN);
            } else {
                m_labels << QString();
                m_numbers.push_back(toNumber(v));
            }
        }
        return Unit {};
    }

private:
    static bool parseConstant(ColumnType type, const QString& text, double* out)
    {
        if (type == ColumnType::Numeric) {
            if (text.isEmpty()) {
                *out = 0.0;
                return true;
            }
            bool ok = false;
            *out = text.toDouble(&ok);
            return ok && std::isfinite(*out);
        }
        if (type == ColumnType::Boolean) {
            const QString t = text.toLower();
            if (t.isEmpty() || t == QLatin1String("false") || t == QLatin1String("0")
                || t == QLatin1String("no")) {
                *out = 0.0;
                return true;
            }
            if (t == QLatin1String("true") || t == QLatin1String("1") || t == QLatin1String("yes")) {
                *out = 1.0;
                return true;
            }
            return false;
        }
        QDateTime dt = QDateTime::fromString(text, Qt::ISODate);
        if (!dt.isValid())
            return false;
        dt.setTimeZone(QTimeZone::utc());
        *out = static_cast<double>(dt.toMSecsSinceEpoch());
        return true;
    }

    static QString strategyName(const QString& key)
    {
        if (key == QLatin1String("mean"))
            return tr("mean");
        if (key == QLatin1String("median"))
            return tr("median");
        if (key == QLatin1String("most_frequent"))
            return tr("most frequent value");
        return tr("a constant");
    }

    QString valueText(std::size_t k) const
    {
        switch (m_types[k]) {
        case ColumnType::Categorical:
            return m_labels[static_cast<qsizetype>(k)].isNull() ? tr("none")
                                                                : m_labels[static_cast<qsizetype>(k)];
        case ColumnType::Boolean:
            return std::isnan(m_numbers[k]) ? tr("none") : (m_numbers[k] != 0.0 ? tr("true") : tr("false"));
        case ColumnType::DateTime:
            return std::isnan(m_numbers[k]) ? tr("none")
                                            : formatDateTime(static_cast<std::int64_t>(m_numbers[k]), {});
        default:
            return describeNumber(m_numbers[k]);
        }
    }

    QStringList m_columns;
    std::vector<ColumnType> m_types;
    QStringList m_strategies; ///< the strategy used per column (categorical: most_frequent)
    std::vector<double> m_numbers; ///< numeric / date (ms) / boolean (0/1) fill values; NaN = none
    QStringList m_labels; ///< categorical fill values; null = none
};

} // namespace

void registerImputeSteps(StepRegistry& registry)
{
    registry.add({ QStringLiteral("impute"), QStringLiteral("missing"),
        [] { return ImputeStep::tr("Impute missing values"); },
        [] {
            return ImputeStep::tr("Fills missing values with the mean, median or most frequent value of "
                                  "the training rows, or with a constant.");
        },
        makeStep<ImputeStep> });
}

} // namespace pp
