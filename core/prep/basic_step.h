#pragma once

#include "prep/step.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

#include <initializer_list>
#include <vector>

namespace pp {

/// Shared plumbing for the built-in steps: parameters validated against the step's specs,
/// fitted state saved and restored through saveState()/loadState(), and column look-ups that
/// produce the translated errors the pipeline promises ("Standard scale: column 'Income' is
/// not in the data."). A concrete step implements specs(), doFit(), doTransform(),
/// saveState(), loadState() and describe().
class BasicStep : public Step
{
public:
    std::vector<ParamSpec> paramSpecs(const Table* input) const override { return specs(); }
    QVariantMap params() const override;
    /// Overlays the given keys on the current values (all validated first; nothing changes on
    /// an error). A change of any value discards the fit.
    Status setParams(const QVariantMap& params) override;

    Status fit(const Table& train, const FitInfo& info, JobControl* job) override;
    bool isFitted() const override { return m_fitted; }
    Result<Table> transform(const Table& input, JobControl* job) const override;

    QJsonObject fittedState() const override;
    Status setFittedState(const QJsonObject& state) override;

    /// Translated name of the step kind as the registry shows it ("Impute missing values").
    QString displayName() const;

protected:
    virtual std::vector<ParamSpec> specs() const = 0;
    virtual Status doFit(const Table& train, const FitInfo& info, JobControl* job) = 0;
    virtual Result<Table> doTransform(const Table& input, JobControl* job) const = 0;
    /// Only called when fitted; must hold everything transform() needs.
    virtual QJsonObject saveState() const = 0;
    /// Restores what saveState() wrote; errors when something is missing or malformed.
    virtual Status loadState(const QJsonObject& state) = 0;

    // Parameter access (values are validated, so the conversions cannot fail).
    QVariant param(const QString& key) const;
    QString stringParam(const QString& key) const { return param(key).toString(); }
    QStringList listParam(const QString& key) const { return param(key).toStringList(); }
    double doubleParam(const QString& key) const { return param(key).toDouble(); }
    int intParam(const QString& key) const { return param(key).toInt(); }
    bool boolParam(const QString& key) const { return param(key).toBool(); }

    /// The columns a step works on, decided while fitting: the `listed` ones (each must
    /// exist and have one of the `accepted` types), or when none are listed every feature
    /// column of an accepted type that is not a target.
    Result<QStringList> resolveColumns(const Table& train, const QStringList& listed, const FitInfo& info,
        std::initializer_list<ColumnType> accepted) const;
    /// Transform-time look-up of a fitted column: the error names the step and the column;
    /// `type` checks the type unless it is null. A target column that is absent (new data to
    /// score has no target) yields null without an error: `*skip` is set to true.
    const Column* requireColumn(const Table& input, const QString& name, const ColumnType* type,
        QString* error, bool* skip = nullptr) const;
    int requireColumnIndex(const Table& input, const QString& name, const ColumnType* type, QString* error,
        bool* skip = nullptr) const;

    /// "<step name>: <message>" as a failure.
    Status fail(const QString& message) const;
    Result<Table> failTable(const QString& message) const;
    QString missingColumnMessage(const QString& column) const;
    QString wrongTypeMessage(const QString& column, ColumnType actual, const QString& expected) const;

    /// A warning whose detail starts with the step name.
    Warning warning(const QString& kind, const QString& detail) const;

    /// Target columns known at fit time (saved with the fitted state).
    const QStringList& fittedTargets() const { return m_targets; }
    bool isTarget(const QString& column) const { return m_targets.contains(column); }

private:
    mutable QVariantMap m_params; ///< filled with the spec defaults on first use
    bool m_fitted = false;
    QStringList m_targets;
};

/// ParamSpec builders for the step files (labels and tooltips come translated).
namespace prepspec {

ParamSpec columns(const QString& key, const QString& label, const QString& tooltip,
    std::initializer_list<ColumnType> types = {});
ParamSpec column(const QString& key, const QString& label, const QString& tooltip,
    std::initializer_list<ColumnType> types = {}, bool optional = false);
ParamSpec choice(const QString& key, const QStringList& choices, const QStringList& labels,
    const QString& def, const QString& label, const QString& tooltip);
ParamSpec number(
    const QString& key, double def, double min, double max, const QString& label, const QString& tooltip);
ParamSpec integer(
    const QString& key, int def, int min, int max, const QString& label, const QString& tooltip);
ParamSpec boolean(const QString& key, bool def, const QString& label, const QString& tooltip);
ParamSpec text(const QString& key, const QString& def, const QString& label, const QString& tooltip);
ParamSpec stringList(const QString& key, const QString& label, const QString& tooltip);

} // namespace prepspec

/// Plain helpers shared by the step files.
namespace prepjson {

/// Numbers in fitted states: NaN is written as null and infinities as "inf"/"-inf", since JSON
/// has neither; everything else round-trips exactly.
QJsonValue number(double v);
double toNumber(const QJsonValue& v);
QJsonArray numbers(const std::vector<double>& values);
std::vector<double> toNumbers(const QJsonArray& array);
QJsonArray strings(const QStringList& values);
QStringList toStrings(const QJsonArray& array);
/// {"column": number} maps, in the order of `columns`.
QJsonObject numberMap(const QStringList& columns, const std::vector<double>& values);
/// Reads the values of `columns` from a number map; false when one is absent.
bool toNumberMap(const QJsonObject& map, const QStringList& columns, std::vector<double>* out);

} // namespace prepjson

/// A number as the step descriptions show it: group separators, about 6 significant digits
/// ("51,381.5").
QString describeNumber(double v);
/// "A, B and 3 more" for descriptions.
QString describeColumns(const QStringList& columns);

} // namespace pp
