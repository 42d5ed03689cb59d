#pragma once

#include "common/params.h"

#include <QStringList>
#include <QVariantMap>
#include <QWidget>

#include <vector>

class QFormLayout;
class QToolButton;

namespace pp {

/// A form built from parameter descriptions (pp::ParamSpec): one editor per parameter
/// (spin box, check box, combo box, text, column picker), labels and tooltips from the spec,
/// defaults filled in, and the specs marked `advanced` under a collapsible "Advanced" section.
/// Used for model hyper-parameters; generic enough for any ParamSpec list.
class ParamForm : public QWidget
{
    Q_OBJECT
public:
    explicit ParamForm(QWidget* parent = nullptr);

    /// Rebuilds the form for `specs`. Editors show `values` where given (after validation;
    /// invalid ones are ignored), the spec's default otherwise. Hidden specs are left out.
    void setSpecs(std::vector<ParamSpec> specs, const QVariantMap& values = {});
    /// The specs that have an editor (those not hidden), in form order.
    const std::vector<ParamSpec>& specs() const { return m_specs; }
    /// Columns offered by Column/Columns parameters (call before setSpecs()).
    void setColumns(const QStringList& columns) { m_columns = columns; }

    /// Every parameter's current value, typed as validateParamValue() expects.
    QVariantMap values() const;
    /// Only the parameters whose value differs from the default.
    QVariantMap changedValues() const;
    /// Sets one editor; false when the key is unknown or the value invalid.
    bool setValue(const QString& key, const QVariant& value);
    void resetToDefaults();

    /// The editor of parameter `key` (object name "param_<key>"), or null.
    QWidget* editor(const QString& key) const;
    /// Problems with what was typed (e.g. "128,x" for hidden layers), one line each.
    QStringList errors() const;
    bool isAdvancedVisible() const;
    void setAdvancedVisible(bool visible);

Q_SIGNALS:
    void valuesChanged();

private:
    void rebuild(std::vector<ParamSpec> specs, const QVariantMap& values);
    QWidget* createEditor(const ParamSpec& spec);
    QVariant editorValue(const ParamSpec& spec, QWidget* editor, QString* error = nullptr) const;
    void setEditorValue(const ParamSpec& spec, QWidget* editor, const QVariant& value);

    std::vector<ParamSpec> m_specs;
    std::vector<QWidget*> m_editors; ///< same order as m_specs
    QStringList m_columns;
    QFormLayout* m_form;
    QToolButton* m_advancedToggle;
};

} // namespace pp
