#include "prep/construct_steps.h"

#include "prep/expression.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTimeZone>

#include <cmath>
#include <limits>

namespace pp {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kBig = std::numeric_limits<double>::max();
constexpr std::int64_t kMsPerDay = 86400000;

std::int64_t floorDiv(std::int64_t a, std::int64_t b)
{
    const std::int64_t q = a / b;
    return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q;
}

const QList<ColumnType> kNumberTypes{ColumnType::Numeric, ColumnType::Boolean};

/// The reference date of date_parts as ms since the epoch. An ISO 8601 date/time with a UTC
/// offset ("2024-01-01T00:00:00+08:00", "...Z") is that instant. Without an offset it is read
/// like the data's own date/times: the clock time as UTC, whatever the machine's time zone
/// (a local-time reading would shift it, or reject a time that falls in a DST gap).
bool parseReferenceDate(const QString& text, std::int64_t* ms)
{
    const QDateTime withZone = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (withZone.isValid() && withZone.timeSpec() != Qt::LocalTime) {
        *ms = withZone.toMSecsSinceEpoch();
        return true;
    }
    // No offset given (or a local reading failed): the same text as UTC clock time.
    QDateTime utc = QDateTime::fromString(text + QLatin1Char('Z'), Qt::ISODateWithMs);
    if (!utc.isValid())
        utc = QDateTime(QDate::fromString(text, Qt::ISODate), QTime(0, 0), QTimeZone::utc());
    if (!utc.isValid())
        return false;
    *ms = utc.toMSecsSinceEpoch();
    return true;
}

} // namespace

// ---------------------------------------------------------------------------------------------
// combine

QString CombineStep::staticDescription()
{
    return tr("A new column from two numeric columns: product, sum, difference, quotient or a "
              "safe ratio that gives a missing value (or a chosen number) when dividing by zero.");
}

std::vector<ParamSpec> CombineStep::paramSpecs(const Table*) const
{
    return {
        columnSpec(QStringLiteral("left"), tr("First column"), tr("The left operand."), kNumberTypes),
        columnSpec(QStringLiteral("right"), tr("Second column"), tr("The right operand (the denominator)."),
                   kNumberTypes),
        choiceSpec(QStringLiteral("op"), QStringLiteral("multiply"),
                   {QStringLiteral("multiply"), QStringLiteral("divide"), QStringLiteral("add"),
                    QStringLiteral("subtract"), QStringLiteral("ratio")},
                   {tr("multiply (a × b)"), tr("divide (a ÷ b, ±∞ when b is 0)"), tr("add (a + b)"),
                    tr("subtract (a − b)"), tr("ratio (a ÷ b, safe when b is 0)")},
                   tr("Operator"),
                   tr("How to combine the two columns. 'divide' follows pandas: dividing by zero gives "
                      "infinity; 'ratio' gives a missing value or the fill value instead.")),
        choiceSpec(QStringLiteral("on_zero"), QStringLiteral("nan"), {QStringLiteral("nan"), QStringLiteral("fill")},
                   {tr("missing value"), tr("fill value")}, tr("When the denominator is 0"),
                   tr("Ratio only: what a row whose second column is 0 gets.")),
        doubleSpec(QStringLiteral("fill_value"), 0.0, -kBig, kBig, tr("Fill value"),
                   tr("Ratio only: the value used when the denominator is 0 and 'fill value' is chosen.")),
        stringSpec(QStringLiteral("output"), QString(), tr("New column name"),
                   tr("Name of the new column; empty gives <first>_<operator>_<second>.")),
    };
}

QString CombineStep::outputName() const
{
    const QString out = str("output").trimmed();
    if (!out.isEmpty())
        return out;
    return str("left") + QLatin1Char('_') + str("op") + QLatin1Char('_') + str("right");
}

Status CombineStep::fit(const Table& train, const FitInfo& info, JobControl*)
{
    clearFit();
    QString error;
    if (!requireNumeric(train, str("left"), &error) || !requireNumeric(train, str("right"), &error))
        return Status::failure(error);
    Status checked = checkOutputs(train, info, {outputName()});
    m_fitted = checked.ok();
    return checked;
}

Result<Table> CombineStep::transform(const Table& input, JobControl*) const
{
    if (!m_fitted)
        return Result<Table>::from(notFitted());
    QString error;
    const Column* a = requireNumeric(input, str("left"), &error);
    const Column* b = a ? requireNumeric(input, str("right"), &error) : nullptr;
    if (!b)
        return Result<Table>::failure(error);
    const std::vector<double> x = numericValues(*a);
    const std::vector<double> y = numericValues(*b);
    const QString op = str("op");
    const double zeroValue = str("on_zero") == QLatin1String("fill") ? number("fill_value") : kNaN;
    std::vector<double> out(x.size());
    for (std::size_t i = 0; i < x.size(); ++i) {
        const double p = x[i], q = y[i];
        if (std::isnan(p) || std::isnan(q)) {
            out[i] = kNaN;
        } else if (op == QLatin1String("multiply")) {
            out[i] = p * q;
        } else if (op == QLatin1String("add")) {
            out[i] = p + q;
        } else if (op == QLatin1String("subtract")) {
            out[i] = p - q;
        } else if (op == QLatin1String("divide")) {
            out[i] = p / q;
        } else {
            out[i] = q == 0.0 ? zeroValue : p / q;
        }
    }
    Table t = input;
    if (!putColumn(t, Column::numeric(outputName(), std::move(out)), &error))
        return Result<Table>::failure(error);
    return t;
}

QJsonObject CombineStep::fittedState() const
{
    if (!m_fitted)
        return {};
    return {{QStringLiteral("output"), outputName()}};
}

Status CombineStep::setFittedState(const QJsonObject& state)
{
    m_fitted = !state.isEmpty();
    return Unit{};
}

QString CombineStep::describe() const
{
    static const char* const symbols[][2] = {{"multiply", "×"}, {"divide", "÷"}, {"add", "+"},
                                             {"subtract", "−"}, {"ratio", "÷"}};
    QString symbol = str("op");
    for (const auto& s : symbols)
        if (symbol == QLatin1String(s[0]))
            symbol = QString::fromUtf8(s[1]);
    QString text = tr("%1 = %2 %3 %4").arg(outputName(), str("left"), symbol, str("right"));
    if (str("op") == QLatin1String("ratio"))
        text += str("on_zero") == QLatin1String("fill")
            ? tr(" (%1 when %2 is 0)").arg(formatNumber(number("fill_value")), str("right"))
            : tr(" (missing when %1 is 0)").arg(str("right"));
    return text;
}

// ---------------------------------------------------------------------------------------------
// power

QString PowerStep::staticDescription()
{
    return tr("Raises numeric columns to a power (x², √x = x^0.5, 1/x = x^-1).");
}

std::vector<ParamSpec> PowerStep::paramSpecs(const Table*) const
{
    return {
        columnsSpec(QStringLiteral("columns"), tr("Columns"), tr("The numeric columns to raise to the power."),
                    kNumberTypes),
        doubleSpec(QStringLiteral("exponent"), 2.0, -1e6, 1e6, tr("Exponent p"),
                   tr("x^p. A fractional p of a negative x gives a missing value; 0^p with p < 0 gives "
                      "infinity, as in numpy.")),
        boolSpec(QStringLiteral("replace"), false, tr("Replace the columns"),
                 tr("Overwrite each column instead of adding <column>_pow<p>.")),
    };
}

QString PowerStep::outputName(const QString& column) const
{
    if (flag("replace"))
        return column;
    return column + QStringLiteral("_pow") + formatNumber(number("exponent"));
}

Status PowerStep::fit(const Table& train, const FitInfo& info, JobControl*)
{
    clearFit();
    if (strings("columns").isEmpty())
        return failure(tr("choose at least one column."));
    QString error;
    QStringList outputs;
    for (const QString& name : strings("columns")) {
        if (!requireNumeric(train, name, &error))
            return Status::failure(error);
        outputs << outputName(name);
    }
    Status checked = checkOutputs(train, info, outputs, flag("replace"));
    m_fitted = checked.ok();
    return checked;
}

Result<Table> PowerStep::transform(const Table& input, JobControl*) const
{
    if (!m_fitted)
        return Result<Table>::from(notFitted());
    Table t = input;
    const double p = number("exponent");
    QString error;
    for (const QString& name : strings("columns")) {
        const Column* c = requireNumeric(input, name, &error);
        if (!c)
            return Result<Table>::failure(error);
        std::vector<double> v = numericValues(*c);
        for (double& x : v)
            x = std::isnan(x) ? kNaN : std::pow(x, p);
        if (!putColumn(t, Column::numeric(outputName(name), std::move(v)), &error))
            return Result<Table>::failure(error);
    }
    return t;
}

QJsonObject PowerStep::fittedState() const
{
    if (!m_fitted)
        return {};
    return {{QStringLiteral("columns"), QJsonArray::fromStringList(strings("columns"))}};
}

Status PowerStep::setFittedState(const QJsonObject& state)
{
    m_fitted = !state.isEmpty();
    return Unit{};
}

QString PowerStep::describe() const
{
    return tr("%1 raised to the power %2").arg(strings("columns").join(QStringLiteral(", ")),
                                               formatNumber(number("exponent")));
}

// ---------------------------------------------------------------------------------------------
// date parts

void civilFromDays(std::int64_t z, std::int64_t* year, int* month, int* day)
{
    z += 719468;
    const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const std::int64_t doe = z - era * 146097;
    const std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const std::int64_t mp = (5 * doy + 2) / 153;
    const auto d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    const auto m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    *year = yoe + era * 400 + (m <= 2 ? 1 : 0);
    *month = m;
    *day = d;
}

std::int64_t daysFromCivil(std::int64_t y, int m, int d)
{
    y -= m <= 2 ? 1 : 0;
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const std::int64_t yoe = y - era * 400;
    const std::int64_t doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const std::int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

QString DatePartsStep::staticDescription()
{
    return tr("Year, month, day, weekday, day of year, hour and days since a reference date, "
              "as numeric columns a model can use.");
}

QStringList DatePartsStep::partKeys()
{
    return {QStringLiteral("year"),      QStringLiteral("month"), QStringLiteral("day"),
            QStringLiteral("weekday"),   QStringLiteral("dayofyear"), QStringLiteral("hour"),
            QStringLiteral("days_since")};
}

std::vector<ParamSpec> DatePartsStep::paramSpecs(const Table*) const
{
    std::vector<ParamSpec> specs{
        columnSpec(QStringLiteral("column"), tr("Date column"), tr("The date/time column to take apart."),
                   {ColumnType::DateTime}),
        stringListSpec(QStringLiteral("parts"),
                       {QStringLiteral("year"), QStringLiteral("month"), QStringLiteral("day"),
                        QStringLiteral("weekday")},
                       tr("Parts"),
                       tr("Any of year, month, day, weekday (Monday = 0), dayofyear, hour, days_since.")),
        stringSpec(QStringLiteral("reference_date"), QString(), tr("Reference date"),
                   tr("For days_since, e.g. 2024-01-31. Empty: the latest date in the training rows, "
                      "fixed when the step is fitted.")),
        boolSpec(QStringLiteral("drop_original"), false, tr("Drop the date column"),
                 tr("Remove the original column after extracting the parts.")),
    };
    specs[1].choices = partKeys();   // the values a form may offer for the list
    return specs;
}

Status DatePartsStep::setParams(const QVariantMap& params)
{
    const QStringList known = partKeys();
    for (const QString& part : params.value(QStringLiteral("parts")).toStringList())
        if (!known.contains(part))
            return failure(tr("unknown date part '%1'; use %2.").arg(part, known.join(QStringLiteral(", "))));
    return AdvancedStep::setParams(params);
}

Status DatePartsStep::fit(const Table& train, const FitInfo& info, JobControl*)
{
    clearFit();
    QString error;
    const Column* c = requireColumn(train, str("column"), &error);
    if (!c)
        return Status::failure(error);
    if (c->type() != ColumnType::DateTime)
        return failure(tr("column '%1' is %2, not a date/time.").arg(c->name(), columnTypeDisplayName(c->type())));
    if (strings("parts").isEmpty())
        return failure(tr("choose at least one date part."));
    const QString ref = str("reference_date").trimmed();
    const bool daysSince = strings("parts").contains(QStringLiteral("days_since"));
    if (!ref.isEmpty()) {
        // Checked even when days_since is not chosen, so that a typo does not wait to surface.
        std::int64_t ms = 0;
        if (!parseReferenceDate(ref, &ms))
            return failure(tr("reference date '%1' is not a date like 2024-01-31.").arg(ref));
        if (daysSince)
            m_referenceMs = ms;
    } else if (daysSince) {
        bool any = false;
        for (std::int64_t t : c->times()) {
            if (t != kMissingTime && (!any || t > m_referenceMs)) {
                m_referenceMs = t;
                any = true;
            }
        }
        if (!any)
            return failure(tr("column '%1' has no dates in the training rows to take the reference date from.")
                               .arg(c->name()));
    }
    QStringList outputs;
    for (const QString& part : strings("parts"))
        outputs << c->name() + QStringLiteral("__") + part;
    Status checked = checkOutputs(train, info, outputs);
    if (!checked.ok()) {
        clearFit();
        return checked;
    }
    m_fitted = true;
    return checked;
}

Result<Table> DatePartsStep::transform(const Table& input, JobControl*) const
{
    if (!m_fitted)
        return Result<Table>::from(notFitted());
    QString error;
    const Column* c = requireColumn(input, str("column"), &error);
    if (!c)
        return Result<Table>::failure(error);
    if (c->type() != ColumnType::DateTime)
        return failureAs<Table>(
            tr("column '%1' is %2, not a date/time.").arg(c->name(), columnTypeDisplayName(c->type())));
    const auto& times = c->times();
    const std::size_t n = times.size();
    const QStringList parts = strings("parts");
    std::vector<std::vector<double>> out(static_cast<std::size_t>(parts.size()), std::vector<double>(n, kNaN));
    for (std::size_t i = 0; i < n; ++i) {
        const std::int64_t t = times[i];
        if (t == kMissingTime)
            continue;
        const std::int64_t days = floorDiv(t, kMsPerDay);
        std::int64_t year;
        int month, day;
        civilFromDays(days, &year, &month, &day);
        for (qsizetype k = 0; k < parts.size(); ++k) {
            const QString& p = parts[k];
            double v;
            if (p == QLatin1String("year"))
                v = static_cast<double>(year);
            else if (p == QLatin1String("month"))
                v = month;
            else if (p == QLatin1String("day"))
                v = day;
            else if (p == QLatin1String("weekday"))
                v = static_cast<double>(((days % 7) + 7 + 3) % 7);   // 1970-01-01 was a Thursday (3)
            else if (p == QLatin1String("dayofyear"))
                v = static_cast<double>(days - daysFromCivil(year, 1, 1) + 1);
            else if (p == QLatin1String("hour"))
                v = static_cast<double>((t - days * kMsPerDay) / 3600000);
            else
                v = static_cast<double>(floorDiv(m_referenceMs - t, kMsPerDay));
            out[static_cast<std::size_t>(k)][i] = v;
        }
    }
    Table t = input;
    const QString base = c->name();
    for (qsizetype k = 0; k < parts.size(); ++k)
        if (!putColumn(t, Column::numeric(base + QStringLiteral("__") + parts[k], std::move(out[static_cast<std::size_t>(k)])),
                       &error))
            return Result<Table>::failure(error);
    if (flag("drop_original"))
        t.removeColumn(static_cast<std::size_t>(t.indexOf(base)));
    return t;
}

QJsonObject DatePartsStep::fittedState() const
{
    if (!m_fitted)
        return {};
    QJsonObject o;
    o.insert(QStringLiteral("column"), str("column"));
    // The reference only exists for days_since; without it nothing is saved, so that no stale
    // date from an earlier fit is carried along.
    if (strings("parts").contains(QStringLiteral("days_since"))) {
        o.insert(QStringLiteral("reference_ms"), static_cast<double>(m_referenceMs));
        o.insert(QStringLiteral("reference"), formatDateTime(m_referenceMs, QString()));
    }
    return o;
}

Status DatePartsStep::setFittedState(const QJsonObject& state)
{
    clearFit();
    if (state.isEmpty())
        return Unit{};
    const QJsonValue reference = state.value(QStringLiteral("reference_ms"));
    if (strings("parts").contains(QStringLiteral("days_since")) && !reference.isDouble())
        return failure(tr("the saved state has no reference date."));
    // Older states always carried reference_ms; it is ignored without days_since.
    if (strings("parts").contains(QStringLiteral("days_since")))
        m_referenceMs = static_cast<std::int64_t>(reference.toDouble());
    m_fitted = true;
    return Unit{};
}

QString DatePartsStep::describe() const
{
    QString text = tr("%1 of %2").arg(strings("parts").join(QStringLiteral(", ")), str("column"));
    if (m_fitted && strings("parts").contains(QStringLiteral("days_since")))
        text += tr("; days since counted to %1").arg(formatDateTime(m_referenceMs, QString()));
    return text;
}

// ---------------------------------------------------------------------------------------------
// expression

QString ExpressionStep::staticDescription()
{
    return tr("A new column from a formula such as [Order Total] / max(visits, 1) or "
              "if(age >= 30, log1p(income), 0).");
}

std::vector<ParamSpec> ExpressionStep::paramSpecs(const Table*) const
{
    return {
        stringSpec(QStringLiteral("expression"), QString(), tr("Formula"),
                   tr("Columns by name or in [brackets]; numbers; + - * / ^; comparisons; and, or; "
                      "log, log1p, exp, sqrt, abs, min, max, if(condition, then, else). A missing "
                      "value anywhere in a row's calculation makes the result missing.")),
        stringSpec(QStringLiteral("output"), QStringLiteral("expression"), tr("New column name"),
                   tr("Name of the column that receives the result; another column of that name is replaced (with a "
                      "warning), a target or id column never is.")),
    };
}

Status ExpressionStep::fit(const Table& train, const FitInfo& info, JobControl*)
{
    clearFit();
    if (str("output").trimmed().isEmpty())
        return failure(tr("the new column needs a name."));
    auto parsed = Expression::parse(str("expression"), train.columnNames());
    if (!parsed.ok())
        return failure(parsed.error().message);
    QString error;
    for (const QString& name : parsed->columns())
        if (!requireNumeric(train, name, &error))
            return Status::failure(error);
    Status checked = checkOutputs(train, info, {str("output").trimmed()});
    if (!checked.ok())
        return checked;
    m_columns = parsed->columns();
    m_fitted = true;
    return checked;
}

Result<Table> ExpressionStep::transform(const Table& input, JobControl*) const
{
    if (!m_fitted)
        return Result<Table>::from(notFitted());
    auto parsed = Expression::parse(str("expression"), input.columnNames());
    if (!parsed.ok())
        return failureAs<Table>(parsed.error().message);
    std::vector<std::vector<double>> inputs;
    QString error;
    for (const QString& name : parsed->columns()) {
        const Column* c = requireNumeric(input, name, &error);
        if (!c)
            return Result<Table>::failure(error);
        inputs.push_back(numericValues(*c));
    }
    Table t = input;
    if (!putColumn(t, Column::numeric(str("output").trimmed(), parsed->evaluate(inputs, input.rowCount())), &error))
        return Result<Table>::failure(error);
    return t;
}

QJsonObject ExpressionStep::fittedState() const
{
    if (!m_fitted)
        return {};
    return {{QStringLiteral("columns"), QJsonArray::fromStringList(m_columns)}};
}

Status ExpressionStep::setFittedState(const QJsonObject& state)
{
    clearFit();
    if (state.isEmpty())
        return Unit{};
    for (const QJsonValue& v : state.value(QStringLiteral("columns")).toArray())
        m_columns << v.toString();
    m_fitted = true;
    return Unit{};
}

QString ExpressionStep::describe() const
{
    return tr("%1 = %2").arg(str("output"), str("expression"));
}

} // namespace pp
