#pragma once

#include "common/params.h"
#include "pipeline_preview.h"

#include <QHash>
#include <QVariantMap>
#include <QWidget>

#include <vector>

class QFormLayout;
class QLabel;
class QToolButton;
class QVBoxLayout;

namespace pp {

/// The settings form of one pipeline step, generated from the step's ParamSpecs: spin boxes
/// (Int, Double), check boxes (Bool), combo boxes (Choice), a column picker filtered by
/// ParamSpec::columnTypes (Column), a multi-select column list (Columns), an ordered list
/// editor (StringList; check boxes when the spec lists `choices`), text fields (String,
/// IntList). Tooltips come from the specs;
/// advanced settings sit under a collapsible "Advanced" section. Each field has a place for
/// an inline error under it.
///
/// The form never changes the pipeline itself: an edit emits edited(key, value) and the
/// owner validates it (PipelineDocument::setStepParams) and reports back with setError().
class StepForm : public QWidget
{
    Q_OBJECT
public:
    explicit StepForm(QWidget* parent = nullptr);

    /// Builds the form for a step of `kind` with `params`; `columns` are the step's input
    /// columns (for the pickers).
    void setStep(const QString& kind, const QVariantMap& params, const std::vector<PreviewColumn>& columns);
    /// Shows `params` without rebuilding (undo, redo): fields whose value differs are set,
    /// without emitting edited().
    void setValues(const QVariantMap& params);
    /// New input columns for the pickers (after a preview); values are kept.
    void setColumns(const std::vector<PreviewColumn>& columns);
    const QString& kind() const { return m_kind; }

    /// The step's description (with fitted values after a preview).
    void setDescription(const QString& text);
    QString description() const;
    /// Shows `message` under the field of `key`, or under the form when no field has that key.
    void setError(const QString& key, const QString& message);
    void clearErrors();
    /// The inline error shown for `key` ("" = none; key "" = the form's general error).
    QString errorText(const QString& key) const;
    /// The editor widget of `key` (QSpinBox, QDoubleSpinBox, QCheckBox, QComboBox, QLineEdit,
    /// ColumnsEditor, StringListEditor, QListWidget), or null.
    QWidget* editor(const QString& key) const;
    /// The key whose field a setParams error message is about ("" = none found).
    QString keyOfMessage(const QString& message) const;

Q_SIGNALS:
    void edited(const QString& key, const QVariant& value);

private:
    struct Field
    {
        ParamSpec spec;
        QWidget* editor = nullptr;
        QLabel* error = nullptr;
    };
    QWidget* createEditor(const ParamSpec& spec);
    void setEditorValue(Field& field, const QVariant& value);
    void fillColumnPicker(Field& field);
    void updateSuggestions();
    void emitEdited(const QString& key, const QVariant& value);

    QLabel* m_title;
    QLabel* m_kindDescription;
    QLabel* m_description;
    QWidget* m_fieldsHost;
    QFormLayout* m_basicForm = nullptr;
    QFormLayout* m_advancedForm = nullptr;
    QToolButton* m_advancedToggle = nullptr;
    QWidget* m_advancedBox = nullptr;
    QLabel* m_generalError;

    QString m_kind;
    std::vector<Field> m_fields;
    std::vector<PreviewColumn> m_columns;
    QVariantMap m_values;
    bool m_updating = false;
};

} // namespace pp
