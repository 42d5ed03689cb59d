#include "widgets/split_settings_widget.h"

#include "icons.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>

namespace pp {

SplitSettingsWidget::SplitSettingsWidget(QWidget* parent)
    : QWidget(parent)
    , m_target(new QComboBox(this))
    , m_method(new QComboBox(this))
    , m_columnLabel(new QLabel(this))
    , m_column(new QComboBox(this))
    , m_test(new QDoubleSpinBox(this))
    , m_valid(new QDoubleSpinBox(this))
    , m_seed(new QSpinBox(this))
    , m_summary(new QLabel(this))
{
    m_target->setObjectName(QStringLiteral("targetCombo"));
    m_target->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_target->setMinimumContentsLength(10);
    m_target->setToolTip(tr("The column to predict. The pipeline leaves it alone unless a step names it; "
                            "target encoding, feature selection and resampling use it."));
    m_method->addItem(tr("Random"), SplitConfig::Random);
    m_method->addItem(tr("Stratified"), SplitConfig::Stratified);
    m_method->addItem(tr("By time"), SplitConfig::Time);
    m_method->setToolTip(tr("Random: a seeded shuffle. Stratified: every part keeps the class shares of a "
                            "column. By time: the earliest rows train, the latest test."));
    m_column->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_column->setMinimumContentsLength(10);
    for (QDoubleSpinBox* box : { m_test, m_valid }) {
        box->setRange(0.0, 90.0);
        box->setDecimals(1);
        box->setSingleStep(5.0);
        box->setSuffix(QStringLiteral(" %"));
        box->setKeyboardTracking(false);
    }
    m_test->setToolTip(tr("Share of the rows kept aside to test the model; never fitted on."));
    m_valid->setToolTip(tr("Share of the rows used to tune the model; never fitted on."));
    m_seed->setRange(0, 999999999);
    m_seed->setKeyboardTracking(false);
    m_seed->setToolTip(tr("The same seed gives the same split (and the same samples) every time."));
    m_summary->setWordWrap(true);
    QPalette muted = m_summary->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::Disabled, QPalette::WindowText));
    m_summary->setPalette(muted);

    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Target:"), m_target);
    form->addRow(tr("Split:"), m_method);
    form->addRow(m_columnLabel, m_column);
    form->addRow(tr("Test:"), m_test);
    form->addRow(tr("Validation:"), m_valid);
    form->addRow(tr("Seed:"), m_seed);
    form->addRow(m_summary);

    connect(m_target, &QComboBox::currentIndexChanged, this, [this]() {
        if (!m_updating && m_method->currentData().toInt() == SplitConfig::Stratified)
            fillColumns(); // "(the target)" names it
        emitChanged();
    });
    connect(m_method, &QComboBox::currentIndexChanged, this, [this]() {
        if (m_updating)
            return;
        fillColumns();
        emitChanged();
    });
    connect(m_column, &QComboBox::currentIndexChanged, this, [this]() {
        if (m_updating)
            return;
        if (m_method->currentData().toInt() == SplitConfig::Time)
            m_timeColumn = m_column->currentData().toString();
        else
            m_stratifyColumn = m_column->currentData().toString();
        emitChanged();
    });
    for (QDoubleSpinBox* box : { m_test, m_valid })
        connect(box, &QDoubleSpinBox::valueChanged, this, &SplitSettingsWidget::emitChanged);
    connect(m_seed, &QSpinBox::valueChanged, this, &SplitSettingsWidget::emitChanged);
    setSettings(QString(), SplitConfig());
}

void SplitSettingsWidget::setTable(const std::shared_ptr<const Table>& table)
{
    m_table = table;
    const bool was = m_updating;
    m_updating = true;
    const QString target = m_target->currentData().toString();
    m_target->clear();
    m_target->addItem(tr("(none)"), QString());
    if (m_table) {
        for (const Column& c : m_table->columns())
            m_target->addItem(icons::columnType(c.type()), c.name(), c.name());
    }
    const int i = m_target->findData(target);
    m_target->setCurrentIndex(std::max(0, i));
    fillColumns();
    m_updating = was;
}

void SplitSettingsWidget::setSettings(const QString& target, const SplitConfig& split)
{
    m_updating = true;
    int t = m_target->findData(target);
    if (t < 0 && !target.isEmpty()) {
        m_target->addItem(target, target);
        t = m_target->count() - 1;
    }
    m_target->setCurrentIndex(std::max(0, t));
    m_method->setCurrentIndex(std::max(0, m_method->findData(split.method)));
    m_stratifyColumn = split.stratifyColumn;
    m_timeColumn = split.timeColumn;
    fillColumns();
    m_test->setValue(split.testSize * 100.0);
    m_valid->setValue(split.validSize * 100.0);
    m_seed->setValue(static_cast<int>(std::min<quint64>(split.seed, 999999999)));
    m_updating = false;
}

void SplitSettingsWidget::fillColumns()
{
    const bool was = m_updating;
    m_updating = true;
    const int method = m_method->currentData().toInt();
    m_column->clear();
    if (method == SplitConfig::Stratified) {
        m_columnLabel->setText(tr("Classes from:"));
        const QString target = m_target->currentData().toString();
        m_column->addItem(
            target.isEmpty() ? tr("(the target: none chosen)") : tr("(the target: %1)").arg(target),
            QString());
        if (m_table) {
            for (const Column& c : m_table->columns())
                if (c.type() != ColumnType::Text)
                    m_column->addItem(icons::columnType(c.type()), c.name(), c.name());
        }
        m_column->setCurrentIndex(std::max(0, m_column->findData(m_stratifyColumn)));
    } else if (method == SplitConfig::Time) {
        m_columnLabel->setText(tr("Time column:"));
        if (m_table) {
            for (const Column& c : m_table->columns())
                if (c.type() == ColumnType::DateTime || c.type() == ColumnType::Numeric)
                    m_column->addItem(icons::columnType(c.type()), c.name(), c.name());
        }
        // Dates first: they are what "by time" usually means.
        int i = m_column->findData(m_timeColumn);
        if (i < 0 && m_table) {
            for (const Column& c : m_table->columns())
                if (c.type() == ColumnType::DateTime && i < 0)
                    i = m_column->findData(c.name());
        }
        m_column->setCurrentIndex(std::max(0, i));
        m_timeColumn = m_column->currentData().toString();
    } else {
        m_columnLabel->setText(tr("Column:"));
    }
    updateColumnRow();
    m_updating = was;
}

void SplitSettingsWidget::updateColumnRow()
{
    const bool needed = m_method->currentData().toInt() != SplitConfig::Random;
    m_columnLabel->setVisible(needed);
    m_column->setVisible(needed);
}

QString SplitSettingsWidget::target() const
{
    return m_target->currentData().toString();
}

SplitConfig SplitSettingsWidget::split() const
{
    SplitConfig s;
    s.method = static_cast<SplitConfig::Method>(m_method->currentData().toInt());
    s.testSize = m_test->value() / 100.0;
    s.validSize = m_valid->value() / 100.0;
    s.stratifyColumn = s.method == SplitConfig::Stratified ? m_stratifyColumn : QString();
    s.timeColumn = s.method == SplitConfig::Time ? m_timeColumn : QString();
    s.targetColumn = target();
    s.seed = static_cast<quint64>(m_seed->value());
    return s;
}

void SplitSettingsWidget::setSummary(const QString& text)
{
    m_summary->setText(text);
    m_summary->setVisible(!text.isEmpty());
}

void SplitSettingsWidget::emitChanged()
{
    if (!m_updating)
        Q_EMIT changed();
}

} // namespace pp
