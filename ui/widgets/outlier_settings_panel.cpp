#include "widgets/outlier_settings_panel.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QRadioButton>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

namespace pp {

namespace {

QDoubleSpinBox* doubleSpin(QWidget* parent, const char* name, double min, double max, double step, double value,
                           int decimals)
{
    auto* spin = new QDoubleSpinBox(parent);
    spin->setObjectName(QLatin1String(name));
    spin->setRange(min, max);
    spin->setSingleStep(step);
    spin->setDecimals(decimals);
    spin->setValue(value);
    return spin;
}

QSpinBox* intSpin(QWidget* parent, const char* name, int min, int max, int value)
{
    auto* spin = new QSpinBox(parent);
    spin->setObjectName(QLatin1String(name));
    spin->setRange(min, max);
    spin->setValue(value);
    return spin;
}

} // namespace

OutlierSettingsPanel::OutlierSettingsPanel(QWidget* parent)
    : QWidget(parent), m_form(new QFormLayout()), m_method(new QComboBox(this)),
      m_iqrK(doubleSpin(this, "iqrK", 0.1, 20.0, 0.5, 1.5, 2)), m_z(doubleSpin(this, "zThreshold", 0.5, 50.0, 0.5, 3.0, 2)),
      m_mad(doubleSpin(this, "madThreshold", 0.5, 50.0, 0.5, 3.5, 2)), m_trees(intSpin(this, "forestTrees", 10, 1000, 100)),
      m_sample(intSpin(this, "forestSample", 16, 4096, 256)), m_useContamination(new QRadioButton(this)),
      m_contamination(doubleSpin(this, "contamination", 0.01, 50.0, 0.5, 1.0, 2)), m_useThreshold(new QRadioButton(this)),
      m_threshold(doubleSpin(this, "scoreThreshold", 0.30, 0.99, 0.01, 0.6, 2)),
      m_seed(intSpin(this, "forestSeed", 0, 999999999, 42)), m_columns(new QListWidget(this)), m_debounce(new QTimer(this))
{
    m_method->setObjectName(QStringLiteral("outlierMethod"));
    m_method->addItem(tr("IQR fences"), int(OutlierMethod::Iqr));
    m_method->addItem(tr("Z-score"), int(OutlierMethod::ZScore));
    m_method->addItem(tr("Modified z-score (MAD)"), int(OutlierMethod::ModifiedZScore));
    m_method->addItem(tr("Isolation Forest"), int(OutlierMethod::IsolationForest));
    m_method->setItemData(0, tr("Tukey: below Q1 − k·IQR or above Q3 + k·IQR, per column"), Qt::ToolTipRole);
    m_method->setItemData(1, tr("More than the threshold standard deviations from the mean, per column"), Qt::ToolTipRole);
    m_method->setItemData(2, tr("Iglewicz & Hoaglin: 0.6745·|x − median| / MAD above the threshold; robust to the outliers themselves"),
                          Qt::ToolTipRole);
    m_method->setItemData(3, tr("Multivariate: rows that random splits isolate quickly, over all chosen columns together"),
                          Qt::ToolTipRole);
    m_iqrK->setToolTip(tr("1.5 is Tukey's usual fence; 3 keeps only extreme outliers"));
    m_contamination->setSuffix(QStringLiteral(" %"));
    m_useContamination->setText(tr("Share flagged"));
    m_useContamination->setChecked(true);
    m_useThreshold->setObjectName(QStringLiteral("useScoreThreshold"));
    m_useThreshold->setText(tr("Score above"));
    m_threshold->setToolTip(tr("Anomaly scores lie in (0, 1]; around 0.5 is ordinary, close to 1 clearly anomalous"));
    auto* group = new QButtonGroup(this);
    group->addButton(m_useContamination);
    group->addButton(m_useThreshold);
    m_columns->setObjectName(QStringLiteral("outlierColumns"));
    m_columns->setToolTip(tr("Numeric columns to check"));

    m_form->addRow(tr("Method:"), m_method);
    m_form->addRow(tr("k:"), m_iqrK);
    m_form->addRow(tr("Threshold:"), m_z);
    m_form->addRow(tr("Threshold:"), m_mad);
    m_form->addRow(tr("Trees:"), m_trees);
    m_form->addRow(tr("Sample size:"), m_sample);
    m_form->addRow(m_useContamination, m_contamination);
    m_form->addRow(m_useThreshold, m_threshold);
    m_form->addRow(tr("Seed:"), m_seed);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_form);
    layout->addWidget(new QLabel(tr("Columns:"), this));
    layout->addWidget(m_columns, 1);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(300);
    connect(m_debounce, &QTimer::timeout, this, &OutlierSettingsPanel::changed);
    const auto later = [this]() { m_debounce->start(); };
    connect(m_method, &QComboBox::currentIndexChanged, this, [this]() {
        updateRows();
        Q_EMIT changed();
    });
    for (QDoubleSpinBox* spin : {m_iqrK, m_z, m_mad, m_contamination, m_threshold})
        connect(spin, &QDoubleSpinBox::valueChanged, this, later);
    for (QSpinBox* spin : {m_trees, m_sample, m_seed})
        connect(spin, &QSpinBox::valueChanged, this, later);
    connect(m_useThreshold, &QRadioButton::toggled, this, [this]() {
        updateRows();
        Q_EMIT changed();
    });
    connect(m_columns, &QListWidget::itemChanged, this, later);
    updateRows();
}

void OutlierSettingsPanel::setTable(const Table* table)
{
    const QSignalBlocker blocker(m_columns);
    m_columns->clear();
    if (!table)
        return;
    for (std::size_t c = 0; c < table->columnCount(); ++c) {
        const Column& column = table->column(c);
        if (column.type() != ColumnType::Numeric || column.isIdLike())
            continue;
        auto* item = new QListWidgetItem(column.name(), m_columns);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
        item->setData(Qt::UserRole, static_cast<int>(c));
    }
}

OutlierSettings OutlierSettingsPanel::settings() const
{
    OutlierSettings s;
    s.method = static_cast<OutlierMethod>(m_method->currentData().toInt());
    s.iqrK = m_iqrK->value();
    s.zThreshold = m_z->value();
    s.madThreshold = m_mad->value();
    s.trees = m_trees->value();
    s.sampleSize = m_sample->value();
    s.useScoreThreshold = m_useThreshold->isChecked();
    s.contamination = m_contamination->value() / 100.0;
    s.scoreThreshold = m_threshold->value();
    s.seed = static_cast<quint64>(m_seed->value());
    for (int i = 0; i < m_columns->count(); ++i) {
        const QListWidgetItem* item = m_columns->item(i);
        if (item->checkState() == Qt::Checked)
            s.columns.push_back(item->data(Qt::UserRole).toInt());
    }
    return s;
}

void OutlierSettingsPanel::updateRows()
{
    const auto method = static_cast<OutlierMethod>(m_method->currentData().toInt());
    const bool forest = method == OutlierMethod::IsolationForest;
    m_form->setRowVisible(m_iqrK, method == OutlierMethod::Iqr);
    m_form->setRowVisible(m_z, method == OutlierMethod::ZScore);
    m_form->setRowVisible(m_mad, method == OutlierMethod::ModifiedZScore);
    for (QWidget* w : std::initializer_list<QWidget*>{m_trees, m_sample, m_contamination, m_threshold, m_seed})
        m_form->setRowVisible(w, forest);
    m_contamination->setEnabled(!m_useThreshold->isChecked());
    m_threshold->setEnabled(m_useThreshold->isChecked());
}

} // namespace pp
