#include "widgets/param_form.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <limits>

namespace pp {

namespace {

/// A double spin box that shows values with significant digits rather than fixed decimals
/// (0.0001 and 1000 both read well) and, for log-scale parameters (learning rates,
/// penalties), steps by factors of about 2 instead of adding a constant.
class NumberSpinBox : public QDoubleSpinBox
{
public:
    NumberSpinBox(bool logScale, QWidget* parent)
        : QDoubleSpinBox(parent)
        , m_log(logScale)
    {
        setDecimals(12); // storage precision; the text is formatted below
    }

    QString textFromValue(double value) const override
    {
        QString s = locale().toString(value, 'g', 8);
        s.remove(locale().groupSeparator());
        return s;
    }
    double valueFromText(const QString& text) const override
    {
        bool ok = false;
        const double v = locale().toDouble(text.trimmed(), &ok);
        return ok ? v : value();
    }
    QValidator::State validate(QString& text, int&) const override
    {
        const QString t = text.trimmed();
        if (t.isEmpty() || t == QLatin1String("-") || t.endsWith(QLatin1Char('e'), Qt::CaseInsensitive)
            || t.endsWith(locale().decimalPoint()))
            return QValidator::Intermediate;
        bool ok = false;
        const double v = locale().toDouble(t, &ok);
        if (!ok)
            return QValidator::Invalid;
        return v >= minimum() && v <= maximum() ? QValidator::Acceptable : QValidator::Intermediate;
    }
    void stepBy(int steps) override
    {
        if (!m_log || value() <= 0.0) {
            QDoubleSpinBox::stepBy(steps);
            return;
        }
        // 1, 2, 5, 10, 20, 50 ...: the usual grid for learning rates and penalties.
        double v = value();
        for (int i = 0; i < std::abs(steps); ++i) {
            const double e = std::floor(std::log10(v) + 1e-9);
            const double m = v / std::pow(10.0, e);
            if (steps > 0)
                v = (m < 1.999 ? 2.0 : m < 4.999 ? 5.0 : 10.0) * std::pow(10.0, e);
            else
                v = (m > 5.001 ? 5.0 : m > 2.001 ? 2.0 : m > 1.001 ? 1.0 : 0.5) * std::pow(10.0, e);
        }
        setValue(std::clamp(v, minimum(), maximum()));
    }

private:
    bool m_log;
};

QVariantList parseIntList(const QString& text, bool* ok)
{
    QVariantList out;
    *ok = true;
    for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool good = false;
        const int v = part.trimmed().toInt(&good);
        if (!good) {
            *ok = false;
            return {};
        }
        out << v;
    }
    return out;
}

QString joinList(const QVariant& value)
{
    QStringList parts;
    for (const QVariant& v : value.toList())
        parts << v.toString();
    return parts.join(QLatin1Char(','));
}

} // namespace

ParamForm::ParamForm(QWidget* parent)
    : QWidget(parent)
    , m_form(new QFormLayout(this))
    , m_advancedToggle(new QToolButton(this))
{
    // One form for basic and advanced parameters, so that their editors line up; the
    // advanced rows are hidden (QFormLayout::setRowVisible) until the toggle opens them.
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    m_form->setLabelAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_advancedToggle->setObjectName(QStringLiteral("advancedToggle"));
    m_advancedToggle->setText(tr("Advanced settings"));
    m_advancedToggle->setCheckable(true);
    m_advancedToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_advancedToggle->setArrowType(Qt::RightArrow);
    m_advancedToggle->setAutoRaise(true);
    m_advancedToggle->setToolTip(tr("Parameters that rarely need changing"));
    connect(m_advancedToggle, &QToolButton::toggled, this, &ParamForm::setAdvancedVisible);
}

void ParamForm::setSpecs(std::vector<ParamSpec> specs, const QVariantMap& values)
{
    {
        // Editors report their first value while m_editors is incomplete: one signal at the end.
        const QSignalBlocker block(this);
        rebuild(std::move(specs), values);
    }
    Q_EMIT valuesChanged();
}

void ParamForm::rebuild(std::vector<ParamSpec> specs, const QVariantMap& values)
{
    // The toggle is kept across rebuilds: take it out before the rows are deleted.
    for (int row = m_form->rowCount() - 1; row >= 0; --row) {
        if (m_form->itemAt(row, QFormLayout::SpanningRole)
            && m_form->itemAt(row, QFormLayout::SpanningRole)->widget() == m_advancedToggle) {
            m_form->takeRow(row);
            continue;
        }
        m_form->removeRow(row);
    }
    m_editors.clear();
    // Hidden parameters (CLI-only names such as a forest's early_stopping_rounds) get no field.
    specs.erase(std::remove_if(specs.begin(), specs.end(), [](const ParamSpec& s) { return s.hidden; }),
        specs.end());
    m_specs = std::move(specs);
    std::vector<QLabel*> labels;
    for (const ParamSpec& spec : m_specs) {
        QWidget* editor = createEditor(spec);
        QVariant value = spec.defaultValue;
        QVariant checked;
        QString error;
        if (values.contains(spec.key) && validateParamValue(spec, values.value(spec.key), &checked, &error))
            value = checked;
        setEditorValue(spec, editor, value);
        auto* label = new QLabel(spec.label.isEmpty() ? spec.key : spec.label, this);
        label->setBuddy(editor);
        // The key is what the CLI (--set) and the scikit-learn / XGBoost docs call it.
        const QString names = (QStringList{spec.key} + spec.aliases).join(QStringLiteral(" / "));
        const QString tip
            = QStringLiteral("<p>%1</p><p><i>%2</i></p>")
                  .arg(spec.tooltip.toHtmlEscaped(), tr("Parameter: %1").arg(names).toHtmlEscaped());
        label->setToolTip(tip);
        editor->setToolTip(tip);
        m_editors.push_back(editor);
        labels.push_back(label);
    }
    // Basic parameters first, then the toggle, then the advanced ones.
    bool anyAdvanced = false;
    for (int pass = 0; pass < 2; ++pass) {
        for (std::size_t i = 0; i < m_specs.size(); ++i) {
            if (m_specs[i].advanced != (pass == 1))
                continue;
            if (pass == 1 && !anyAdvanced) {
                anyAdvanced = true;
                m_form->addRow(m_advancedToggle);
            }
            m_form->addRow(labels[i], m_editors[i]);
        }
    }
    m_advancedToggle->setVisible(anyAdvanced);
    setAdvancedVisible(m_advancedToggle->isChecked());
}

QWidget* ParamForm::createEditor(const ParamSpec& spec)
{
    QWidget* editor = nullptr;
    switch (spec.type) {
    case ParamType::Int: {
        auto* box = new QSpinBox(this);
        box->setRange(static_cast<int>(std::max(spec.minimum, double(std::numeric_limits<int>::min()))),
            static_cast<int>(std::min(spec.maximum, double(std::numeric_limits<int>::max()))));
        box->setGroupSeparatorShown(false);
        box->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        connect(box, &QSpinBox::valueChanged, this, &ParamForm::valuesChanged);
        editor = box;
        break;
    }
    case ParamType::Double: {
        auto* box = new NumberSpinBox(spec.logScale, this);
        box->setRange(spec.minimum, spec.maximum);
        box->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        const double def = std::abs(spec.defaultValue.toDouble());
        const double span = spec.maximum - spec.minimum;
        // A tenth of the default's magnitude (0.1 for shares and rates in [0, 1]).
        double step = def > 0 ? std::pow(10.0, std::floor(std::log10(def))) / (def < 1.0 ? 1.0 : 10.0) : 0.1;
        if (span <= 1.0)
            step = std::min(step, 0.05);
        box->setSingleStep(step > 0 ? step : 0.1);
        connect(box, &QDoubleSpinBox::valueChanged, this, &ParamForm::valuesChanged);
        editor = box;
        break;
    }
    case ParamType::Bool: {
        auto* box = new QCheckBox(this);
        connect(box, &QCheckBox::toggled, this, &ParamForm::valuesChanged);
        editor = box;
        break;
    }
    case ParamType::Choice: {
        auto* box = new QComboBox(this);
        for (int i = 0; i < spec.choices.size(); ++i)
            box->addItem(i < spec.choiceLabels.size() && !spec.choiceLabels[i].isEmpty()
                    ? spec.choiceLabels[i]
                    : spec.choices[i],
                spec.choices[i]);
        connect(box, &QComboBox::currentIndexChanged, this, &ParamForm::valuesChanged);
        editor = box;
        break;
    }
    case ParamType::Column: {
        auto* box = new QComboBox(this);
        if (spec.optional)
            box->addItem(tr("(none)"), QString());
        for (const QString& c : std::as_const(m_columns))
            box->addItem(c, c);
        connect(box, &QComboBox::currentIndexChanged, this, &ParamForm::valuesChanged);
        editor = box;
        break;
    }
    case ParamType::Columns: {
        auto* list = new QListWidget(this);
        for (const QString& c : std::as_const(m_columns)) {
            auto* item = new QListWidgetItem(c, list);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
        }
        list->setMaximumHeight(120);
        connect(list, &QListWidget::itemChanged, this, &ParamForm::valuesChanged);
        editor = list;
        break;
    }
    case ParamType::IntList:
    case ParamType::String:
    case ParamType::StringList: {
        auto* line = new QLineEdit(this);
        if (spec.type != ParamType::String)
            line->setPlaceholderText(
                spec.type == ParamType::IntList ? tr("e.g. 128,64") : tr("comma-separated"));
        connect(line, &QLineEdit::textChanged, this, [this, line, spec]() {
            QString error;
            editorValue(spec, line, &error);
            line->setStyleSheet(
                error.isEmpty() ? QString() : QStringLiteral("QLineEdit { border: 1px solid #c0392b; }"));
            Q_EMIT valuesChanged();
        });
        editor = line;
        break;
    }
    }
    editor->setObjectName(QStringLiteral("param_") + spec.key);
    return editor;
}

QVariant ParamForm::editorValue(const ParamSpec& spec, QWidget* editor, QString* error) const
{
    QVariant raw;
    switch (spec.type) {
    case ParamType::Int:
        raw = static_cast<QSpinBox*>(editor)->value();
        break;
    case ParamType::Double:
        raw = static_cast<QDoubleSpinBox*>(editor)->value();
        break;
    case ParamType::Bool:
        raw = static_cast<QCheckBox*>(editor)->isChecked();
        break;
    case ParamType::Choice:
    case ParamType::Column:
        raw = static_cast<QComboBox*>(editor)->currentData().toString();
        break;
    case ParamType::Columns: {
        QStringList chosen;
        auto* list = static_cast<QListWidget*>(editor);
        for (int i = 0; i < list->count(); ++i)
            if (list->item(i)->checkState() == Qt::Checked)
                chosen << list->item(i)->text();
        raw = chosen;
        break;
    }
    case ParamType::IntList: {
        bool ok = false;
        raw = parseIntList(static_cast<QLineEdit*>(editor)->text(), &ok);
        if (!ok) {
            if (error)
                *error = tr("%1: whole numbers separated by commas, e.g. 128,64").arg(spec.label);
            return spec.defaultValue;
        }
        break;
    }
    case ParamType::String:
        raw = static_cast<QLineEdit*>(editor)->text();
        break;
    case ParamType::StringList: {
        QStringList parts;
        for (const QString& p :
            static_cast<QLineEdit*>(editor)->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
            parts << p.trimmed();
        raw = parts;
        break;
    }
    }
    QVariant out;
    QString message;
    if (!validateParamValue(spec, raw, &out, &message)) {
        if (error)
            *error = message;
        return spec.defaultValue;
    }
    return out;
}

void ParamForm::setEditorValue(const ParamSpec& spec, QWidget* editor, const QVariant& value)
{
    switch (spec.type) {
    case ParamType::Int:
        static_cast<QSpinBox*>(editor)->setValue(value.toInt());
        break;
    case ParamType::Double:
        static_cast<QDoubleSpinBox*>(editor)->setValue(value.toDouble());
        break;
    case ParamType::Bool:
        static_cast<QCheckBox*>(editor)->setChecked(value.toBool());
        break;
    case ParamType::Choice:
    case ParamType::Column: {
        auto* box = static_cast<QComboBox*>(editor);
        const int i = box->findData(value.toString());
        if (i >= 0)
            box->setCurrentIndex(i);
        break;
    }
    case ParamType::Columns: {
        const QStringList chosen = value.toStringList();
        auto* list = static_cast<QListWidget*>(editor);
        for (int i = 0; i < list->count(); ++i)
            list->item(i)->setCheckState(
                chosen.contains(list->item(i)->text()) ? Qt::Checked : Qt::Unchecked);
        break;
    }
    case ParamType::IntList:
        static_cast<QLineEdit*>(editor)->setText(joinList(value));
        break;
    case ParamType::String:
        static_cast<QLineEdit*>(editor)->setText(value.toString());
        break;
    case ParamType::StringList:
        static_cast<QLineEdit*>(editor)->setText(value.toStringList().join(QLatin1Char(',')));
        break;
    }
}

QVariantMap ParamForm::values() const
{
    QVariantMap out;
    for (std::size_t i = 0; i < m_specs.size(); ++i)
        out.insert(m_specs[i].key, editorValue(m_specs[i], m_editors[i]));
    return out;
}

QVariantMap ParamForm::changedValues() const
{
    QVariantMap out;
    for (std::size_t i = 0; i < m_specs.size(); ++i) {
        const QVariant v = editorValue(m_specs[i], m_editors[i]);
        QVariant def;
        QString error;
        if (!validateParamValue(m_specs[i], m_specs[i].defaultValue, &def, &error) || v != def)
            out.insert(m_specs[i].key, v);
    }
    return out;
}

bool ParamForm::setValue(const QString& key, const QVariant& value)
{
    for (std::size_t i = 0; i < m_specs.size(); ++i) {
        if (!m_specs[i].isNamed(key))
            continue;
        QVariant checked;
        QString error;
        if (!validateParamValue(m_specs[i], value, &checked, &error))
            return false;
        setEditorValue(m_specs[i], m_editors[i], checked);
        return true;
    }
    return false;
}

void ParamForm::resetToDefaults()
{
    for (std::size_t i = 0; i < m_specs.size(); ++i)
        setEditorValue(m_specs[i], m_editors[i], m_specs[i].defaultValue);
}

QWidget* ParamForm::editor(const QString& key) const
{
    for (std::size_t i = 0; i < m_specs.size(); ++i)
        if (m_specs[i].key == key)
            return m_editors[i];
    return nullptr;
}

QStringList ParamForm::errors() const
{
    QStringList out;
    for (std::size_t i = 0; i < m_specs.size(); ++i) {
        QString error;
        editorValue(m_specs[i], m_editors[i], &error);
        if (!error.isEmpty())
            out << error;
    }
    return out;
}

bool ParamForm::isAdvancedVisible() const
{
    return m_advancedToggle->isChecked();
}

void ParamForm::setAdvancedVisible(bool visible)
{
    if (m_advancedToggle->isChecked() != visible)
        m_advancedToggle->setChecked(visible); // comes back here through toggled()
    m_advancedToggle->setArrowType(visible ? Qt::DownArrow : Qt::RightArrow);
    for (std::size_t i = 0; i < m_specs.size(); ++i)
        if (m_specs[i].advanced && m_editors[i])
            m_form->setRowVisible(m_editors[i], visible);
}

} // namespace pp
