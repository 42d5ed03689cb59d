#pragma once

#include "prep/step.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <functional>
#include <vector>

namespace pp {

/// Shared plumbing of the feature construction, selection, text, sequence and resampling
/// steps: settings kept as one QVariantMap validated against paramSpecs(), a fitted flag,
/// messages prefixed with the step's translated name, and column look-ups whose errors
/// name the step and the column (the pipeline contract for transform()).
class AdvancedStep : public Step
{
    Q_DECLARE_TR_FUNCTIONS(pp::AdvancedStep)
public:
    QVariantMap params() const override { return m_params; }
    /// Overlays `params` on the current settings; a change of settings drops the fit.
    Status setParams(const QVariantMap& params) override;
    bool isFitted() const override { return m_fitted; }

    /// Translated name shown in the step list and used as the prefix of messages.
    virtual QString displayName() const = 0;

protected:
    /// Fills m_params with the defaults; subclasses call it from their constructor because
    /// paramSpecs() is virtual.
    void initParams();
    /// Forgets the fitted values; subclasses that keep more state extend it.
    virtual void clearFit() { m_fitted = false; }

    // ParamSpec builders: C++17 has no designated initialisers, and these keep the specs of
    // every step to one readable line each.
    static ParamSpec intSpec(const QString& key, int value, int minimum, int maximum, const QString& label,
                             const QString& tooltip);
    static ParamSpec doubleSpec(const QString& key, double value, double minimum, double maximum,
                                const QString& label, const QString& tooltip);
    static ParamSpec boolSpec(const QString& key, bool value, const QString& label, const QString& tooltip);
    static ParamSpec stringSpec(const QString& key, const QString& value, const QString& label,
                                const QString& tooltip);
    static ParamSpec choiceSpec(const QString& key, const QString& value, const QStringList& choices,
                                const QStringList& choiceLabels, const QString& label, const QString& tooltip);
    static ParamSpec columnSpec(const QString& key, const QString& label, const QString& tooltip,
                                QList<ColumnType> types = {}, bool optional = false);
    static ParamSpec columnsSpec(const QString& key, const QString& label, const QString& tooltip,
                                 QList<ColumnType> types = {});
    static ParamSpec stringListSpec(const QString& key, const QStringList& value, const QString& label,
                                    const QString& tooltip);

    QString str(const char* key) const { return m_params.value(QLatin1String(key)).toString(); }
    QStringList strings(const char* key) const { return m_params.value(QLatin1String(key)).toStringList(); }
    int integer(const char* key) const { return m_params.value(QLatin1String(key)).toInt(); }
    double number(const char* key) const { return m_params.value(QLatin1String(key)).toDouble(); }
    bool flag(const char* key) const { return m_params.value(QLatin1String(key)).toBool(); }

    /// "<step name>: <message>", the form every error of these steps takes.
    QString message(const QString& text) const;
    Status failure(const QString& text) const { return Status::failure(message(text)); }
    template <class T>
    Result<T> failureAs(const QString& text) const
    {
        return Result<T>::failure(message(text));
    }
    Status notFitted() const;

    /// The column, or null and an error naming the step and the column.
    const Column* requireColumn(const Table& table, const QString& name, QString* error) const;
    /// As requireColumn, and the column must hold numbers (numeric or boolean).
    const Column* requireNumeric(const Table& table, const QString& name, QString* error) const;
    /// As requireColumn, and the column must hold text (free text or categories).
    const Column* requireText(const Table& table, const QString& name, QString* error) const;

    /// Checks, when fitting, the names of the columns the step writes into `train`. Writing over
    /// a target (one of info.targets, or a column whose role is Target) or an id column is an
    /// error naming it. Any other existing column is replaced on purpose (a formula may redefine
    /// a feature): unless `replaceIntended` (power with `replace`), the status carries a
    /// "column_replaced" warning naming the columns replaced.
    Status checkOutputs(const Table& train, const FitInfo& info, const QStringList& outputs,
                        bool replaceIntended = false) const;
    /// As above, for steps with many outputs (text features): `isOutput` tells whether a name is
    /// one of the step's output columns; only the existing and protected names are asked.
    Status checkOutputs(const Table& train, const FitInfo& info, const std::function<bool(const QString&)>& isOutput,
                        bool replaceIntended = false) const;
    /// setOrAppendColumn for transform(): false and an error naming the step and the column when
    /// the column it would replace is a target or id column (by role).
    bool putColumn(Table& table, Column column, QString* error) const;

    QVariantMap m_params;
    bool m_fitted = false;
};

/// True for the column types whose values are numbers to arithmetic (numeric, boolean).
bool isNumberColumn(const Column& column);
/// Column names that a selection or resampling step must keep untouched: the targets of the
/// fit and every column whose role is Target or Id.
QStringList protectedColumns(const Table& table, const QStringList& targets);
/// FNV-1a of the text: a salt for seeds that is the same on every platform and Qt version.
quint64 stableHash(const QString& text);
/// A seed for a step: the step's own when it is >= 0, else derived from the pipeline seed.
quint64 stepSeed(int ownSeed, quint64 pipelineSeed, quint64 salt);
/// The salt of a step's seed: `salt` (per kind) for the first step of its kind in the pipeline,
/// salt XOR (kindIndex × 0xD1B54A32D192ED03) for later ones, so that two steps of one kind with
/// seed -1 get different seeds while a pipeline with one step of a kind keeps its old seed.
quint64 kindSalt(quint64 salt, const FitInfo& info);

/// Class labels of a target column as codes 0..k-1 (-1 = missing) with their display names,
/// in order of first appearance in the column's natural order (sorted numbers, dictionary
/// order for categories) so that fitted states are stable.
struct ClassLabels
{
    std::vector<int> codes;
    QStringList names;
};
ClassLabels classLabels(const Column& target);

/// The column's values as doubles (numbers, booleans 0/1; NaN = missing).
std::vector<double> numericValues(const Column& column);
/// Replaces the column of the same name in place, or appends it.
void setOrAppendColumn(Table& table, Column column);

QJsonArray toJsonArray(const std::vector<double>& values);
std::vector<double> doublesFromJson(const QJsonArray& array);

} // namespace pp
