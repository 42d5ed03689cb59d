#pragma once

#include "prep/advanced_step.h"

#include <cstdint>

namespace pp {

/// "combine": a new column from two numeric columns and an operator.
///   multiply, add, subtract: as written; missing in either input -> missing.
///   divide: IEEE a / b exactly as pandas does (a/0 = ±inf, 0/0 = NaN).
///   ratio: the safe division: a / b, and when b == 0 the result is NaN (on_zero = "nan")
///          or `fill_value` (on_zero = "fill"), so that no infinity reaches a model.
/// Nothing is learned from the data; fitting checks the columns.
class CombineStep : public AdvancedStep
{
    Q_DECLARE_TR_FUNCTIONS(pp::CombineStep)
public:
    CombineStep() { initParams(); }
    static QString staticDisplayName() { return tr("Combine two columns"); }
    static QString staticDescription();

    QString kind() const override { return QStringLiteral("combine"); }
    QString displayName() const override { return staticDisplayName(); }
    std::vector<ParamSpec> paramSpecs(const Table* input) const override;
    Status fit(const Table& train, const FitInfo& info, JobControl* job) override;
    Result<Table> transform(const Table& input, JobControl* job) const override;
    QJsonObject fittedState() const override;
    Status setFittedState(const QJsonObject& state) override;
    QString describe() const override;

    /// The output name: `output`, or "<left>_<op>_<right>".
    QString outputName() const;
};

/// "power": x^p for each chosen column (numpy semantics: negative x with a fractional p is
/// NaN, 0^-1 = inf). New columns "<col>_pow<p>", or in place with `replace`.
class PowerStep : public AdvancedStep
{
    Q_DECLARE_TR_FUNCTIONS(pp::ExponentStep)
public:
    PowerStep() { initParams(); }
    static QString staticDisplayName() { return tr("Power"); }
    static QString staticDescription();

    QString kind() const override { return QStringLiteral("power"); }
    QString displayName() const override { return staticDisplayName(); }
    std::vector<ParamSpec> paramSpecs(const Table* input) const override;
    Status fit(const Table& train, const FitInfo& info, JobControl* job) override;
    Result<Table> transform(const Table& input, JobControl* job) const override;
    QJsonObject fittedState() const override;
    Status setFittedState(const QJsonObject& state) override;
    QString describe() const override;

private:
    QString outputName(const QString& column) const;
};

/// "date_parts": calendar parts of a date/time column, in UTC like the stored values:
/// year, month, day, weekday (Monday = 0, pandas dt.weekday), dayofyear (1-366), hour, and
/// days_since = whole days from the date to a reference date, floor((reference - date) / 1
/// day) as pandas' (reference - s).dt.days. The reference is fixed at FIT time: the one the
/// user gives, else the latest date of the training rows; so validation, test and new data
/// are measured from the same day and replay is deterministic. A given reference with a UTC
/// offset ("2024-01-01T00:00:00+08:00", "…Z") is that instant; one without an offset is read
/// as UTC clock time, as the data's date/times are (never in the machine's time zone). The
/// fitted state holds the reference only when days_since is among the parts.
/// Output columns "<col>__<part>".
class DatePartsStep : public AdvancedStep
{
    Q_DECLARE_TR_FUNCTIONS(pp::DatePartsStep)
public:
    DatePartsStep() { initParams(); }
    static QString staticDisplayName() { return tr("Date parts"); }
    static QString staticDescription();
    static QStringList partKeys();

    QString kind() const override { return QStringLiteral("date_parts"); }
    QString displayName() const override { return staticDisplayName(); }
    std::vector<ParamSpec> paramSpecs(const Table* input) const override;
    Status setParams(const QVariantMap& params) override;
    Status fit(const Table& train, const FitInfo& info, JobControl* job) override;
    Result<Table> transform(const Table& input, JobControl* job) const override;
    QJsonObject fittedState() const override;
    Status setFittedState(const QJsonObject& state) override;
    QString describe() const override;

private:
    void clearFit() override
    {
        AdvancedStep::clearFit();
        m_referenceMs = 0;
    }
    std::int64_t m_referenceMs = 0;   ///< set only when days_since is among the parts
};

/// "expression": a formula over columns (see Expression for the grammar and how missing
/// values propagate) into one new numeric column.
class ExpressionStep : public AdvancedStep
{
    Q_DECLARE_TR_FUNCTIONS(pp::ExpressionStep)
public:
    ExpressionStep() { initParams(); }
    static QString staticDisplayName() { return tr("Expression"); }
    static QString staticDescription();

    QString kind() const override { return QStringLiteral("expression"); }
    QString displayName() const override { return staticDisplayName(); }
    std::vector<ParamSpec> paramSpecs(const Table* input) const override;
    Status fit(const Table& train, const FitInfo& info, JobControl* job) override;
    Result<Table> transform(const Table& input, JobControl* job) const override;
    QJsonObject fittedState() const override;
    Status setFittedState(const QJsonObject& state) override;
    QString describe() const override;

private:
    void clearFit() override
    {
        AdvancedStep::clearFit();
        m_columns.clear();
    }
    QStringList m_columns;   ///< the columns the formula reads, checked at fit
};

/// Civil date of a day count since 1970-01-01 (proleptic Gregorian; H. Hinnant's algorithm).
void civilFromDays(std::int64_t days, std::int64_t* year, int* month, int* day);
std::int64_t daysFromCivil(std::int64_t year, int month, int day);

} // namespace pp
