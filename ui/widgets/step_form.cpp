#include "widgets/step_form.h"

#include "icons.h"
#include "prep/step.h"
#include "widgets/columns_editor.h"
#include "widgets/string_list_editor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QRegularExpression>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <climits>
#include <cmath>

namespace pp {

namespace {

/// A double spin box that writes 1.5 rather than 1.500000, and still accepts 6 decimals.
class CompactDoubleSpinBox : public QDoubleSpinBox
{
public:
    using QDoubleSpinBox::QDoubleSpinBox;
    QString textFromValue(double value) const override
    {
        QString text = locale().toString(value, 'f', decimals());
        const QChar point = locale().decimalPoint().at(0);
        if (text.contains(point)) {
            while (text.endsWith(QLatin1Char('0')))
                text.chop(1);
            if (text.endsWith(point))
                text.chop(1);
        }
        return text;
    }
};

QLabel* makeErrorLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, QColor(0xb0, 0x00, 0x20));
    label->setPalette(p);
    label->setVisible(false);
    return label;
}

int clampInt(double v)
{
    return static_cast<int>(std::max<double>(INT_MIN, std::min<double>(INT_MAX, v)));
}

} // namespace

StepForm::StepForm(QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_kindDescription(new QLabel(this))
    , m_description(new QLabel(this))
    , m_fieldsHost(new QWidget(this))
    , m_generalError(makeErrorLabel(this))
{
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_kindDescription->setWordWrap(true);
    QPalette muted = m_kindDescription->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::Disabled, QPalette::WindowText));
    m_kindDescription->setPalette(muted);
    m_description->setObjectName(QStringLiteral("stepDescription"));
    m_description->setWordWrap(true);
    m_description->setTextFormat(Qt::PlainText);
    m_description->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_description->setFrameShape(QFrame::StyledPanel);
    m_description->setMargin(6);
    m_description->setAutoFillBackground(true);
    QPalette descPalette = m_description->palette();
    descPalette.setColor(QPalette::Window, descPalette.color(QPalette::AlternateBase));
    m_description->setPalette(descPalette);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_kindDescription);
    layout->addWidget(m_description);
    layout->addWidget(m_fieldsHost);
    layout->addWidget(m_generalError);
    layout->addStretch(1);
}

void StepForm::setStep(
    const QString& kind, const QVariantMap& params, const std::vector<PreviewColumn>& columns)
{
    m_updating = true;
    m_kind = kind;
    m_columns = columns;
    m_values = params;
    m_fields.clear();
    delete m_fieldsHost->layout();
    qDeleteAll(m_fieldsHost->findChildren<QWidget*>(QString(), Qt::FindDirectChildrenOnly));
    m_basicForm = nullptr;
    m_advancedForm = nullptr;
    m_advancedToggle = nullptr;
    m_advancedBox = nullptr;
    m_generalError->clear();
    m_generalError->setVisible(false);

    const StepInfo* info = StepRegistry::instance().find(kind);
    m_title->setText(info && info->displayName ? info->displayName() : kind);
    m_kindDescription->setText(info && info->description ? info->description() : QString());
    m_kindDescription->setVisible(!m_kindDescription->text().isEmpty());

    std::vector<ParamSpec> specs;
    if (info && info->create) {
        std::unique_ptr<Step> step = info->create();
        step->setParams(params);
        specs = step->paramSpecs(nullptr);
    }

    auto* hostLayout = new QVBoxLayout(m_fieldsHost);
    hostLayout->setContentsMargins(0, 0, 0, 0);
    m_basicForm = new QFormLayout;
    m_basicForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_basicForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    hostLayout->addLayout(m_basicForm);
    bool advancedChanged = false;
    for (const ParamSpec& spec : specs) {
        if (spec.advanced && !m_advancedForm) {
            m_advancedToggle = new QToolButton(m_fieldsHost);
            m_advancedToggle->setObjectName(QStringLiteral("advancedToggle"));
            m_advancedToggle->setText(tr("Advanced"));
            m_advancedToggle->setCheckable(true);
            m_advancedToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
            m_advancedToggle->setArrowType(Qt::RightArrow);
            m_advancedToggle->setAutoRaise(true);
            m_advancedBox = new QWidget(m_fieldsHost);
            m_advancedForm = new QFormLayout(m_advancedBox);
            m_advancedForm->setContentsMargins(12, 0, 0, 0);
            m_advancedForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
            m_advancedForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
            hostLayout->addWidget(m_advancedToggle);
            hostLayout->addWidget(m_advancedBox);
            connect(m_advancedToggle, &QToolButton::toggled, this, [this](bool open) {
                m_advancedBox->setVisible(open);
                m_advancedToggle->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
            });
        }
        Field field;
        field.spec = spec;
        auto* cell = new QWidget(m_fieldsHost);
        auto* cellLayout = new QVBoxLayout(cell);
        cellLayout->setContentsMargins(0, 0, 0, 0);
        cellLayout->setSpacing(1);
        field.editor = createEditor(spec);
        field.editor->setParent(cell);
        field.editor->setToolTip(spec.tooltip);
        field.editor->setObjectName(QStringLiteral("param_") + spec.key);
        field.error = makeErrorLabel(cell);
        cellLayout->addWidget(field.editor);
        cellLayout->addWidget(field.error);
        auto* label = new QLabel(spec.label.isEmpty() ? spec.key : spec.label, m_fieldsHost);
        label->setToolTip(spec.tooltip);
        label->setBuddy(field.editor);
        QFormLayout* form = spec.advanced ? m_advancedForm : m_basicForm;
        if (spec.type == ParamType::Columns || spec.type == ParamType::StringList) {
            // Lists take the form's whole width, under their label.
            form->addRow(label);
            form->addRow(cell);
        } else {
            form->addRow(label, cell);
        }
        m_fields.push_back(field);
        Field& stored = m_fields.back();
        if (stored.spec.type == ParamType::Column)
            fillColumnPicker(stored);
        else if (auto* columns = qobject_cast<ColumnsEditor*>(stored.editor))
            columns->setColumns(m_columns, stored.spec.columnTypes);
        const QVariant value = params.value(spec.key, spec.defaultValue);
        setEditorValue(stored, value);
        if (spec.advanced && paramValueToText(spec, value) != paramValueToText(spec, spec.defaultValue))
            advancedChanged = true;
    }
    if (m_advancedToggle) {
        m_advancedToggle->setChecked(advancedChanged);
        m_advancedBox->setVisible(advancedChanged);
        m_advancedToggle->setArrowType(advancedChanged ? Qt::DownArrow : Qt::RightArrow);
    }
    if (specs.empty()) {
        auto* none = new QLabel(tr("This step has no settings."), m_fieldsHost);
        hostLayout->addWidget(none);
    }
    updateSuggestions();
    m_updating = false;
}

QWidget* StepForm::createEditor(const ParamSpec& spec)
{
    const QString key = spec.key;
    switch (spec.type) {
    case ParamType::Int: {
        auto* box = new QSpinBox;
        box->setRange(clampInt(spec.minimum), clampInt(spec.maximum));
        box->setKeyboardTracking(false);
        box->setGroupSeparatorShown(spec.maximum >= 10000);
        connect(box, &QSpinBox::valueChanged, this, [this, key](int v) { emitEdited(key, v); });
        return box;
    }
    case ParamType::Double: {
        auto* box = new CompactDoubleSpinBox;
        box->setDecimals(6);
        box->setRange(spec.minimum, spec.maximum);
        const double range = spec.maximum - spec.minimum;
        box->setSingleStep(range <= 1.0 ? 0.01 : range <= 10.0 ? 0.1 : 1.0);
        if (spec.logScale)
            box->setStepType(QAbstractSpinBox::AdaptiveDecimalStepType);
        box->setKeyboardTracking(false);
        connect(box, &QDoubleSpinBox::valueChanged, this, [this, key](double v) { emitEdited(key, v); });
        return box;
    }
    case ParamType::Bool: {
        auto* box = new QCheckBox;
        connect(box, &QCheckBox::toggled, this, [this, key](bool on) { emitEdited(key, on); });
        return box;
    }
    case ParamType::Choice: {
        auto* combo = new QComboBox;
        for (int i = 0; i < spec.choices.size(); ++i) {
            const QString label = i < spec.choiceLabels.size() && !spec.choiceLabels.at(i).isEmpty()
                ? spec.choiceLabels.at(i)
                : spec.choices.at(i);
            combo->addItem(label, spec.choices.at(i));
        }
        connect(combo, &QComboBox::currentIndexChanged, this, [this, key, combo](int i) {
            if (i >= 0)
                emitEdited(key, combo->itemData(i));
        });
        return combo;
    }
    case ParamType::Column: {
        auto* combo = new QComboBox;
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(12);
        connect(combo, &QComboBox::currentIndexChanged, this, [this, key, combo](int i) {
            if (i >= 0)
                emitEdited(key, combo->itemData(i).toString());
        });
        return combo;
    }
    case ParamType::Columns: {
        auto* editor = new ColumnsEditor;
        editor->setEmptyHint(tr("None chosen: every suitable feature column (not the target, identifiers or "
                                "ignored columns)."));
        connect(editor, &ColumnsEditor::valueChanged, this,
            [this, key](const QStringList& names) { emitEdited(key, names); });
        return editor;
    }
    case ParamType::StringList: {
        if (!spec.choices.isEmpty()) {
            // A set of known values (date parts): tick the ones wanted, kept in the spec's order.
            auto* list = new QListWidget;
            list->setMaximumHeight(150);
            for (int i = 0; i < spec.choices.size(); ++i) {
                const QString label = i < spec.choiceLabels.size() && !spec.choiceLabels.at(i).isEmpty()
                    ? spec.choiceLabels.at(i)
                    : spec.choices.at(i);
                auto* item = new QListWidgetItem(label, list);
                item->setData(Qt::UserRole, spec.choices.at(i));
                item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
                item->setCheckState(Qt::Unchecked);
            }
            connect(list, &QListWidget::itemChanged, this, [this, key, list]() {
                QStringList checked;
                for (int i = 0; i < list->count(); ++i)
                    if (list->item(i)->checkState() == Qt::Checked)
                        checked << list->item(i)->data(Qt::UserRole).toString();
                emitEdited(key, checked);
            });
            return list;
        }
        auto* editor = new StringListEditor;
        connect(editor, &StringListEditor::valueChanged, this,
            [this, key](const QStringList& values) { emitEdited(key, values); });
        return editor;
    }
    case ParamType::IntList: {
        auto* edit = new QLineEdit;
        edit->setPlaceholderText(tr("e.g. 128,64"));
        connect(edit, &QLineEdit::editingFinished, this, [this, key, edit]() {
            const Field* field = nullptr;
            for (const Field& f : m_fields)
                if (f.spec.key == key)
                    field = &f;
            if (!field)
                return;
            QVariant value;
            QString error;
            if (!parseParamValue(field->spec, edit->text(), &value, &error)) {
                setError(key, error);
                return;
            }
            if (value != m_values.value(key))
                emitEdited(key, value);
        });
        return edit;
    }
    case ParamType::String:
        break;
    }
    auto* edit = new QLineEdit;
    connect(edit, &QLineEdit::textEdited, this, [this, key](const QString& text) { emitEdited(key, text); });
    return edit;
}

void StepForm::emitEdited(const QString& key, const QVariant& value)
{
    if (m_updating)
        return;
    m_values.insert(key, value);
    if (key.contains(QLatin1String("column")))
        updateSuggestions();
    Q_EMIT edited(key, value);
}

void StepForm::setEditorValue(Field& field, const QVariant& value)
{
    const ParamSpec& spec = field.spec;
    QWidget* w = field.editor;
    switch (spec.type) {
    case ParamType::Int:
        if (auto* box = qobject_cast<QSpinBox*>(w); box && box->value() != value.toInt())
            box->setValue(value.toInt());
        return;
    case ParamType::Double:
        if (auto* box = qobject_cast<QDoubleSpinBox*>(w); box && box->value() != value.toDouble())
            box->setValue(value.toDouble());
        return;
    case ParamType::Bool:
        if (auto* box = qobject_cast<QCheckBox*>(w); box && box->isChecked() != value.toBool())
            box->setChecked(value.toBool());
        return;
    case ParamType::Choice: {
        auto* combo = qobject_cast<QComboBox*>(w);
        const int i = combo->findData(value.toString());
        if (i >= 0 && i != combo->currentIndex())
            combo->setCurrentIndex(i);
        return;
    }
    case ParamType::Column: {
        auto* combo = qobject_cast<QComboBox*>(w);
        int i = combo->findData(value.toString());
        if (i < 0) {
            // Not among the input columns (or the picker is still empty): keep and mark it.
            combo->addItem(
                icons::named("warning"), tr("%1 (not in the data)").arg(value.toString()), value.toString());
            i = combo->count() - 1;
        }
        if (i != combo->currentIndex())
            combo->setCurrentIndex(i);
        return;
    }
    case ParamType::Columns:
        qobject_cast<ColumnsEditor*>(w)->setValue(value.toStringList());
        return;
    case ParamType::StringList:
        if (auto* list = qobject_cast<QListWidget*>(w)) {
            const QStringList wanted = value.toStringList();
            for (int i = 0; i < list->count(); ++i) {
                const Qt::CheckState state = wanted.contains(list->item(i)->data(Qt::UserRole).toString())
                    ? Qt::Checked
                    : Qt::Unchecked;
                if (list->item(i)->checkState() != state)
                    list->item(i)->setCheckState(state);
            }
        } else if (auto* editor = qobject_cast<StringListEditor*>(w)) {
            editor->setValue(value.toStringList());
        }
        return;
    case ParamType::IntList:
    case ParamType::String: {
        auto* edit = qobject_cast<QLineEdit*>(w);
        const QString text = paramValueToText(spec, value);
        if (edit->text() != text)
            edit->setText(text);
        return;
    }
    }
}

void StepForm::fillColumnPicker(Field& field)
{
    auto* combo = qobject_cast<QComboBox*>(field.editor);
    if (!combo)
        return;
    const bool was = m_updating;
    m_updating = true;
    combo->clear();
    if (field.spec.optional || field.spec.defaultValue.toString().isEmpty())
        combo->addItem(field.spec.optional ? tr("(none)") : tr("(choose a column)"), QString());
    for (const PreviewColumn& c : m_columns) {
        if (field.spec.columnTypes.isEmpty() || field.spec.columnTypes.contains(static_cast<int>(c.type)))
            combo->addItem(icons::columnType(c.type), c.name, c.name);
    }
    setEditorValue(field, m_values.value(field.spec.key, field.spec.defaultValue));
    m_updating = was;
}

void StepForm::updateSuggestions()
{
    // An ordinal order is about the step's column: offer that column's categories.
    QString column;
    for (const Field& f : m_fields)
        if (f.spec.type == ParamType::Column && column.isEmpty())
            column = m_values.value(f.spec.key).toString();
    QStringList categories;
    for (const PreviewColumn& c : m_columns)
        if (c.name == column)
            categories = c.categories;
    for (Field& f : m_fields)
        if (auto* editor = qobject_cast<StringListEditor*>(f.editor))
            editor->setSuggestions(categories);
}

void StepForm::setValues(const QVariantMap& params)
{
    m_updating = true;
    m_values = params;
    for (Field& f : m_fields)
        setEditorValue(f, params.value(f.spec.key, f.spec.defaultValue));
    updateSuggestions();
    m_updating = false;
}

void StepForm::setColumns(const std::vector<PreviewColumn>& columns)
{
    auto same = [](const std::vector<PreviewColumn>& a, const std::vector<PreviewColumn>& b) {
        if (a.size() != b.size())
            return false;
        for (std::size_t i = 0; i < a.size(); ++i)
            if (a[i].name != b[i].name || a[i].type != b[i].type || a[i].categories != b[i].categories)
                return false;
        return true;
    };
    if (same(columns, m_columns))
        return;
    m_updating = true;
    m_columns = columns;
    for (Field& f : m_fields) {
        if (f.spec.type == ParamType::Column)
            fillColumnPicker(f);
        else if (auto* editor = qobject_cast<ColumnsEditor*>(f.editor))
            editor->setColumns(m_columns, f.spec.columnTypes);
    }
    updateSuggestions();
    m_updating = false;
}

void StepForm::setDescription(const QString& text)
{
    m_description->setText(text);
    m_description->setVisible(!text.isEmpty());
}

QString StepForm::description() const
{
    return m_description->text();
}

void StepForm::setError(const QString& key, const QString& message)
{
    for (Field& f : m_fields) {
        if (f.spec.key == key) {
            f.error->setText(message);
            f.error->setVisible(!message.isEmpty());
            if (!message.isEmpty() && f.spec.advanced && m_advancedToggle)
                m_advancedToggle->setChecked(true);
            return;
        }
    }
    m_generalError->setText(message);
    m_generalError->setVisible(!message.isEmpty());
}

void StepForm::clearErrors()
{
    for (Field& f : m_fields) {
        f.error->clear();
        f.error->setVisible(false);
    }
    m_generalError->clear();
    m_generalError->setVisible(false);
}

QString StepForm::errorText(const QString& key) const
{
    for (const Field& f : m_fields)
        if (f.spec.key == key)
            return f.error->text();
    return key.isEmpty() ? m_generalError->text() : QString();
}

QWidget* StepForm::editor(const QString& key) const
{
    for (const Field& f : m_fields)
        if (f.spec.key == key)
            return f.editor;
    return nullptr;
}

QString StepForm::keyOfMessage(const QString& message) const
{
    // Messages name the key in quotes ("'low' must be below 'high'"); the first one named wins.
    int best = -1;
    QString found;
    for (const Field& f : m_fields) {
        const int at = message.indexOf(QStringLiteral("'%1'").arg(f.spec.key));
        if (at >= 0 && (best < 0 || at < best)) {
            best = at;
            found = f.spec.key;
        }
    }
    if (!found.isEmpty())
        return found;
    for (const Field& f : m_fields) {
        const QRegularExpression word(QStringLiteral("\\b%1\\b").arg(QRegularExpression::escape(f.spec.key)));
        if (message.contains(word))
            return f.spec.key;
    }
    return QString();
}

} // namespace pp
