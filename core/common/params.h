#pragma once

#include "common/result.h"

#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVariantMap>

#include <vector>

namespace pp {

/// The kind of value a parameter takes; drives the form widget and the CLI parser.
enum class ParamType {
    Int,       ///< QVariant int (spin box)
    Double,    ///< QVariant double (spin box; `logScale` for learning rates, alphas)
    Bool,      ///< check box
    Choice,    ///< one of `choices` (combo box); stored as the choice key (QString)
    IntList,   ///< e.g. hidden layer sizes "128,64"; stored as QVariantList of int
    String,    ///< free text
    Column,    ///< one column of the step's input table (QString); forms show a column picker
    Columns,   ///< several columns (QStringList); forms show a multi-select list
    StringList,///< an ordered list of strings (QStringList), e.g. an ordinal category order
};

/// Describes one hyper-parameter / option: what the form shows and what the CLI accepts.
/// `key` uses the names users know from scikit-learn / XGBoost / PyTorch ("max_depth").
struct ParamSpec
{
    QString key;
    ParamType type = ParamType::Double;
    QVariant defaultValue;
    double minimum = 0.0;           ///< Int/Double/IntList elements: inclusive bounds
    double maximum = 1e9;
    QStringList choices;            ///< Choice: stable keys ("adam", "sgd")
    QStringList choiceLabels;       ///< Choice: translated labels, same order (may be empty)
    QString label;                  ///< translated short label for forms
    QString tooltip;                ///< translated: what it does and when to change it
    bool logScale = false;
    bool advanced = false;          ///< shown under "Advanced" in forms
    /// Column/Columns: which column types the picker offers (empty = all).
    QList<int> columnTypes;         ///< values of pp::ColumnType
    bool optional = false;          ///< Column: may be left empty
    /// Other names accepted for this parameter (`--set`, settings and saved files), e.g. "k"
    /// for "n_neighbors": the name another library's users know. Values are stored under `key`.
    QStringList aliases;
    /// Not shown in forms: accepted from the CLI and files so that scripts can pass the keys
    /// they know from other libraries (and recorded with the run), but not a setting worth a
    /// field, or one the form sets elsewhere (a tree model's seed is the run's seed).
    bool hidden = false;

    // Builders, so specs read as one line each and new fields need no edits elsewhere.
    static ParamSpec integer(QString key, int def, int min, int max, QString label, QString tooltip);
    static ParamSpec real(QString key, double def, double min, double max, QString label, QString tooltip);
    static ParamSpec boolean(QString key, bool def, QString label, QString tooltip);
    static ParamSpec choice(QString key, QString def, QStringList choices, QStringList labels, QString label,
                            QString tooltip);
    static ParamSpec intList(QString key, QVariantList def, int min, int max, QString label, QString tooltip);
    static ParamSpec text(QString key, QString def, QString label, QString tooltip);
    static ParamSpec column(QString key, QString label, QString tooltip, bool optional = false);
    static ParamSpec columns(QString key, QString label, QString tooltip);
    static ParamSpec stringList(QString key, QStringList def, QString label, QString tooltip);
    ParamSpec& log()
    {
        logScale = true;
        return *this;
    }
    ParamSpec& asAdvanced()
    {
        advanced = true;
        return *this;
    }
    ParamSpec& ofTypes(QList<int> types)
    {
        columnTypes = std::move(types);
        return *this;
    }
    ParamSpec& alsoNamed(QStringList names)
    {
        aliases = std::move(names);
        return *this;
    }
    ParamSpec& asHidden()
    {
        hidden = true;
        return *this;
    }
    /// True when `name` is the key or one of the aliases.
    bool isNamed(const QString& name) const { return key == name || aliases.contains(name); }
};

/// Converts text (from `--set key=value` or a settings file) to the parameter's value,
/// checking type, bounds and choices. The error names the key and what is allowed.
bool parseParamValue(const ParamSpec& spec, const QString& text, QVariant* value, QString* error);
/// Checks a value already typed (from a form or JSON); converts compatible types.
bool validateParamValue(const ParamSpec& spec, const QVariant& in, QVariant* out, QString* error);
/// The value as text in the same syntax parseParamValue reads ("128,64", "true", "0.001").
QString paramValueToText(const ParamSpec& spec, const QVariant& value);

/// Finds a spec by key or alias, or null.
const ParamSpec* findParam(const std::vector<ParamSpec>& specs, const QString& key);
/// The accepted names for an error message: "n_neighbors / k, weights, seed".
QString knownParamsText(const std::vector<ParamSpec>& specs);

/// Defaults for every spec, overlaid with `values` after validation. Unknown keys and bad
/// values are errors naming the key (the CLI contract: "an unknown key or a bad value is an
/// error naming it"). A value given under an alias is stored under the spec's key; the key
/// and an alias of it together are an error.
Result<QVariantMap> resolveParams(const std::vector<ParamSpec>& specs, const QVariantMap& values);

} // namespace pp
