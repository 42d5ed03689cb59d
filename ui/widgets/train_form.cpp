#include "widgets/train_form.h"

#include "icons.h"
#include "ml/model.h"
#include "session.h"
#include "widgets/param_form.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QThread>
#include <QVBoxLayout>

#include <cmath>

namespace pp {

namespace {

constexpr int kKindRole = Qt::UserRole + 1;

QString familyTitle(const QString& family)
{
    if (family == QLatin1String("linear"))
        return TrainForm::tr("Linear models");
    if (family == QLatin1String("tree"))
        return TrainForm::tr("Trees");
    if (family == QLatin1String("neural"))
        return TrainForm::tr("Neural networks");
    if (family == QLatin1String("probabilistic"))
        return TrainForm::tr("Probabilistic models");
    if (family == QLatin1String("neighbours"))
        return TrainForm::tr("Nearest neighbours");
    if (family == QLatin1String("svm"))
        return TrainForm::tr("Support vector machines");
    return family;
}

QLabel* noteLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, p.color(QPalette::PlaceholderText));
    label->setPalette(p);
    return label;
}

bool isZeroOneColumn(const Column& c)
{
    if (c.type() == ColumnType::Boolean)
        return true;
    if (c.type() != ColumnType::Numeric)
        return false;
    bool any = false;
    for (double v : c.numbers()) {
        if (std::isnan(v))
            continue;
        if (v != 0.0 && v != 1.0)
            return false;
        any = true;
    }
    return any;
}

} // namespace

TrainForm::TrainForm(Session* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(createTargetGroup());
    layout->addWidget(createModelGroup());
    layout->addWidget(createSplitGroup());
    layout->addWidget(createRunGroup());
    layout->addStretch(1);
    // Long choices ("Random, same class mix…") must not widen the form past its scroll area.
    for (QComboBox* combo : findChildren<QComboBox*>()) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(14);
    }
    fillModels();
    updateSplitControls();
    updatePipelineChoice();
    connect(m_session, &Session::preparedPipelineChanged, this, &TrainForm::updatePipelineChoice);
}

// --- Groups ------------------------------------------------------------------------------

QWidget* TrainForm::createTargetGroup()
{
    auto* box = new QGroupBox(tr("What to predict"), this);
    auto* form = new QFormLayout(box);
    m_target = new QComboBox(box);
    m_target->setObjectName(QStringLiteral("targetCombo"));
    m_target->setToolTip(tr("The column the model learns to predict, e.g. the spend in the next 90 days."));
    m_multiLabel = new QCheckBox(tr("Several yes/no columns at once (multi-label)"), box);
    m_multiLabel->setObjectName(QStringLiteral("multiLabelCheck"));
    m_multiLabel->setToolTip(
        tr("Predict several 0/1 columns together, e.g. which product categories a customer "
           "will buy."));
    m_targetList = new QListWidget(box);
    m_targetList->setObjectName(QStringLiteral("targetList"));
    m_targetList->setMaximumHeight(120);
    m_targetList->setVisible(false);
    m_task = new QComboBox(box);
    m_task->setObjectName(QStringLiteral("taskCombo"));
    m_task->setToolTip(
        tr("Automatic picks the task from the target: numbers with many values are "
           "regression; two values are binary classification; a few categories are multiclass."));
    m_task->addItem(QString(), -1);
    for (Task t : { Task::Regression, Task::Binary, Task::Multiclass, Task::Multilabel })
        m_task->addItem(taskDisplayName(t), static_cast<int>(t));
    form->addRow(tr("Target"), m_target);
    form->addRow(QString(), m_multiLabel);
    form->addRow(QString(), m_targetList);
    form->addRow(tr("Task"), m_task);
    connect(m_target, &QComboBox::currentIndexChanged, this, &TrainForm::onTargetChanged);
    connect(m_multiLabel, &QCheckBox::toggled, this, [this](bool on) {
        m_targetList->setVisible(on);
        m_target->setEnabled(!on);
        if (on)
            fillMultiLabelList();
        onTargetChanged();
    });
    connect(m_targetList, &QListWidget::itemChanged, this, &TrainForm::onTargetChanged);
    connect(m_task, &QComboBox::currentIndexChanged, this, [this]() {
        fillModels();
        updateSplitControls();
        Q_EMIT changed();
    });
    return box;
}

QWidget* TrainForm::createModelGroup()
{
    auto* box = new QGroupBox(tr("Model"), this);
    auto* layout = new QVBoxLayout(box);
    m_model = new QComboBox(box);
    m_model->setObjectName(QStringLiteral("modelCombo"));
    m_modelItems = new QStandardItemModel(m_model);
    m_model->setModel(m_modelItems);
    m_model->setMaxVisibleItems(20);
    m_modelDescription = noteLabel(box);
    m_modelDescription->setObjectName(QStringLiteral("modelDescription"));
    m_params = new ParamForm(box);
    m_params->setObjectName(QStringLiteral("paramForm"));
    auto* reset = new QPushButton(tr("Reset to Defaults"), box);
    reset->setObjectName(QStringLiteral("resetParams"));
    reset->setToolTip(tr("Put every parameter of this model back to its default"));
    connect(reset, &QPushButton::clicked, this, [this]() {
        m_params->resetToDefaults();
        m_userParams.remove(m_shownKind);
    });
    layout->addWidget(m_model);
    layout->addWidget(m_modelDescription);
    layout->addWidget(m_params);
    layout->addWidget(reset, 0, Qt::AlignRight);
    connect(m_model, &QComboBox::currentIndexChanged, this, &TrainForm::onModelChanged);
    connect(m_params, &ParamForm::valuesChanged, this, &TrainForm::changed);
    return box;
}

QWidget* TrainForm::createSplitGroup()
{
    auto* box = new QGroupBox(tr("Testing the model"), this);
    auto* form = new QFormLayout(box);
    m_splitMethod = new QComboBox(box);
    m_splitMethod->setObjectName(QStringLiteral("splitMethod"));
    m_splitMethod->addItem(tr("Random rows"), static_cast<int>(SplitSettings::Method::Random));
    m_splitMethod->addItem(tr("Random, same class mix in each part (stratified)"),
        static_cast<int>(SplitSettings::Method::Stratified));
    m_splitMethod->addItem(
        tr("By time: train on the earliest rows"), static_cast<int>(SplitSettings::Method::Time));
    m_splitMethod->setToolTip(
        tr("How rows are held out to test the model. By time tests on the most recent rows, "
           "like predicting the future from the past."));
    m_timeColumn = new QComboBox(box);
    m_timeColumn->setObjectName(QStringLiteral("timeColumn"));
    m_timeColumn->setToolTip(tr("The date or number that orders the rows in time"));
    auto share = [box](const QString& name, double value, const QString& tip) {
        auto* spin = new QDoubleSpinBox(box);
        spin->setObjectName(name);
        spin->setRange(0.0, 80.0);
        spin->setDecimals(0);
        spin->setSingleStep(5.0);
        spin->setSuffix(QStringLiteral(" %"));
        spin->setValue(value);
        spin->setToolTip(tip);
        return spin;
    };
    m_testShare = share(QStringLiteral("testShare"), 20.0,
        tr("Rows kept aside and only used at the end to measure the model on data it never saw."));
    m_validShare = share(QStringLiteral("validShare"), 10.0,
        tr("Rows used during training to watch for overfitting (the validation curve), for early "
           "stopping and for feature importance."));
    m_cv = new QCheckBox(tr("Cross-validation"), box);
    m_cv->setObjectName(QStringLiteral("cvCheck"));
    m_cv->setToolTip(
        tr("Also train K models, each tested on another K-th of the non-test rows, and report the "
           "mean and spread of their metrics. Takes K times longer."));
    m_folds = new QSpinBox(box);
    m_folds->setObjectName(QStringLiteral("cvFolds"));
    m_folds->setRange(2, 20);
    m_folds->setValue(5);
    m_folds->setPrefix(tr("K = "));
    m_folds->setEnabled(false);
    auto* cvRow = new QHBoxLayout();
    cvRow->addWidget(m_cv);
    cvRow->addWidget(m_folds);
    cvRow->addStretch(1);
    form->addRow(tr("Hold out"), m_splitMethod);
    form->addRow(tr("Time column"), m_timeColumn);
    form->addRow(tr("Test rows"), m_testShare);
    form->addRow(tr("Validation rows"), m_validShare);
    form->addRow(QString(), cvRow);
    connect(m_splitMethod, &QComboBox::currentIndexChanged, this, &TrainForm::updateSplitControls);
    connect(m_cv, &QCheckBox::toggled, m_folds, &QWidget::setEnabled);
    for (QDoubleSpinBox* s : { m_testShare, m_validShare })
        connect(s, &QDoubleSpinBox::valueChanged, this, &TrainForm::changed);
    return box;
}

QWidget* TrainForm::createRunGroup()
{
    auto* box = new QGroupBox(tr("Run"), this);
    auto* form = new QFormLayout(box);
    m_seed = new QSpinBox(box);
    m_seed->setObjectName(QStringLiteral("seedSpin"));
    m_seed->setRange(0, 2147483647);
    m_seed->setValue(42);
    m_seed->setToolTip(
        tr("Random seed for the split and the model: the same seed and data give the same results."));
    m_threads = new QSpinBox(box);
    m_threads->setObjectName(QStringLiteral("threadsSpin"));
    m_threads->setRange(0, std::max(1, QThread::idealThreadCount()) * 2);
    m_threads->setSpecialValueText(tr("All cores"));
    m_threads->setToolTip(tr("CPU threads the model may use. Fewer leave the computer more responsive for "
                             "other work."));
    m_device = new QComboBox(box);
    m_device->setObjectName(QStringLiteral("deviceCombo"));
    m_device->addItem(tr("Automatic"), QStringLiteral("auto"));
    m_device->addItem(tr("CPU"), QStringLiteral("cpu"));
    m_device->addItem(tr("CUDA GPU"), QStringLiteral("cuda"));
    m_device->setToolTip(tr("Where a neural network trains. Automatic uses a CUDA GPU when there is one."));
    m_deviceNote = noteLabel(box);
    m_deviceNote->setObjectName(QStringLiteral("deviceNote"));
    m_deviceNote->setText(tr("Checking the neural-network component…"));
    m_maxF1 = new QCheckBox(tr("Tune the decision threshold (max F1)"), box);
    m_maxF1->setObjectName(QStringLiteral("maxF1Check"));
    m_maxF1->setToolTip(
        tr("Choose the probability threshold that maximises F1 on the validation rows. By default "
           "a row is predicted positive when its probability is at least 0.5; with rare positives a "
           "lower threshold often finds more of them at an acceptable precision."));
    m_defaultPipeline = new QRadioButton(tr("Default pipeline"), box);
    m_defaultPipeline->setObjectName(QStringLiteral("defaultPipeline"));
    m_defaultPipeline->setToolTip(
        tr("Drop id and text columns, split dates into parts, fill missing values (median "
           "/ most frequent), one-hot encode categories, and scale numbers for the "
           "models that need it. Fitted on the training rows only."));
    m_preparedPipeline = new QRadioButton(tr("Pipeline from the Prepare page"), box);
    m_preparedPipeline->setObjectName(QStringLiteral("preparedPipeline"));
    m_defaultPipeline->setChecked(true);
    auto* group = new QButtonGroup(box);
    group->addButton(m_defaultPipeline);
    group->addButton(m_preparedPipeline);
    m_pipelineNote = noteLabel(box);
    auto* pipelineBox = new QVBoxLayout();
    pipelineBox->addWidget(m_defaultPipeline);
    pipelineBox->addWidget(m_preparedPipeline);
    pipelineBox->addWidget(m_pipelineNote);
    form->addRow(tr("Pipeline"), pipelineBox);
    form->addRow(tr("Seed"), m_seed);
    form->addRow(tr("Threads"), m_threads);
    form->addRow(tr("Device"), m_device);
    form->addRow(QString(), m_deviceNote);
    form->addRow(QString(), m_maxF1);
    return box;
}

// --- Data and choices --------------------------------------------------------------------

void TrainForm::setTable(std::shared_ptr<const Table> table)
{
    const QString previousTarget = m_target->currentData().toString();
    const QString previousTime = m_timeColumn->currentData().toString();
    m_table = std::move(table);
    {
        const QSignalBlocker block(m_target);
        m_target->clear();
        m_timeColumn->clear();
        m_targetList->clear();
        if (m_table) {
            for (const Column& c : m_table->columns()) {
                if (c.type() == ColumnType::Text)
                    continue;
                m_target->addItem(icons::columnType(c.type()), c.name(), c.name());
                if (c.type() == ColumnType::DateTime || c.type() == ColumnType::Numeric)
                    m_timeColumn->addItem(icons::columnType(c.type()), c.name(), c.name());
            }
        }
        // Keep the previous target; else a column marked as target; else the last ordinary column.
        int index = m_target->findData(previousTarget);
        if (index < 0 && m_table) {
            for (const Column& c : m_table->columns())
                if (c.role() == ColumnRole::Target && (index = m_target->findData(c.name())) >= 0)
                    break;
        }
        if (index < 0 && m_table) {
            for (auto it = m_table->columns().rbegin(); it != m_table->columns().rend() && index < 0; ++it)
                if (it->role() == ColumnRole::Feature && !it->isIdLike())
                    index = m_target->findData(it->name());
        }
        m_target->setCurrentIndex(std::max(0, index));
        int time = m_timeColumn->findData(previousTime);
        if (time < 0) {
            for (int i = 0; i < m_timeColumn->count() && time < 0; ++i)
                if (m_table
                    && m_table->find(m_timeColumn->itemData(i).toString())->type() == ColumnType::DateTime)
                    time = i;
        }
        m_timeColumn->setCurrentIndex(std::max(0, time));
    }
    if (m_multiLabel->isChecked())
        fillMultiLabelList();
    onTargetChanged();
}

void TrainForm::fillMultiLabelList()
{
    const QStringList checked = targets();
    const QSignalBlocker block(m_targetList);
    m_targetList->clear();
    if (!m_table)
        return;
    for (const Column& c : m_table->columns()) {
        if (!isZeroOneColumn(c))
            continue;
        auto* item = new QListWidgetItem(icons::columnType(c.type()), c.name(), m_targetList);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(
            checked.contains(c.name()) && m_targetList->isVisible() ? Qt::Checked : Qt::Unchecked);
    }
    if (m_targetList->count() == 0) {
        auto* item = new QListWidgetItem(tr("No 0/1 or yes/no columns in the data"), m_targetList);
        item->setFlags(Qt::NoItemFlags);
    }
}

QStringList TrainForm::targets() const
{
    if (!m_multiLabel->isChecked()) {
        const QString t = m_target->currentData().toString();
        return t.isEmpty() ? QStringList() : QStringList { t };
    }
    QStringList out;
    for (int i = 0; i < m_targetList->count(); ++i)
        if (m_targetList->item(i)->checkState() == Qt::Checked)
            out << m_targetList->item(i)->text();
    return out;
}

bool TrainForm::setTarget(const QString& column)
{
    const int i = m_target->findData(column);
    if (i < 0)
        return false;
    m_multiLabel->setChecked(false);
    m_target->setCurrentIndex(i);
    return true;
}

bool TrainForm::setTargets(const QStringList& columns)
{
    m_multiLabel->setChecked(true);
    int found = 0;
    {
        const QSignalBlocker block(m_targetList);
        for (int i = 0; i < m_targetList->count(); ++i) {
            const bool on = columns.contains(m_targetList->item(i)->text());
            m_targetList->item(i)->setCheckState(on ? Qt::Checked : Qt::Unchecked);
            found += on ? 1 : 0;
        }
    }
    onTargetChanged();
    return found == columns.size();
}

void TrainForm::onTargetChanged()
{
    const QStringList t = targets();
    m_inferredTask = m_table && !t.isEmpty() ? inferTask(*m_table, t) : Task::Regression;
    updateTaskText();
    fillModels();
    updateSplitControls();
    Q_EMIT changed();
}

void TrainForm::updateTaskText()
{
    m_task->setItemText(0, tr("Automatic: %1").arg(taskDisplayName(m_inferredTask)));
}

Task TrainForm::task() const
{
    const int t = m_task->currentData().toInt();
    return t < 0 ? m_inferredTask : static_cast<Task>(t);
}

void TrainForm::setTask(std::optional<Task> task)
{
    const int i = m_task->findData(task ? static_cast<int>(*task) : -1);
    if (i >= 0)
        m_task->setCurrentIndex(i);
}

void TrainForm::fillModels()
{
    const QString current = modelKind().isEmpty() ? QStringLiteral("gbdt") : modelKind();
    const Task t = task();
    std::vector<const ModelInfo*> models = ModelRegistry::instance().all();
    const QStringList order = { QStringLiteral("linear"), QStringLiteral("tree"), QStringLiteral("neural"),
        QStringLiteral("probabilistic"), QStringLiteral("neighbours"), QStringLiteral("svm") };
    auto rank = [&order](const QString& family) {
        const int i = static_cast<int>(order.indexOf(family));
        return i < 0 ? static_cast<int>(order.size()) : i;
    };
    std::stable_sort(models.begin(), models.end(),
        [&](const ModelInfo* a, const ModelInfo* b) { return rank(a->family) < rank(b->family); });
    const QSignalBlocker block(m_model);
    m_modelItems->clear();
    QString family;
    int select = -1, firstEnabled = -1;
    for (const ModelInfo* info : models) {
        if (info->family != family) {
            family = info->family;
            auto* header = new QStandardItem(familyTitle(family));
            header->setFlags(Qt::NoItemFlags);
            QFont f = header->font();
            f.setBold(true);
            header->setFont(f);
            m_modelItems->appendRow(header);
        }
        auto* item = new QStandardItem(QStringLiteral("    ") + info->displayName());
        item->setData(info->kind, kKindRole);
        item->setToolTip(info->description());
        const bool supported = info->tasks.count(t) > 0;
        if (!supported) {
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
            item->setToolTip(tr("Not available for %1").arg(taskDisplayName(t)));
        }
        m_modelItems->appendRow(item);
        const int row = m_modelItems->rowCount() - 1;
        if (supported && firstEnabled < 0)
            firstEnabled = row;
        if (supported && info->kind == current)
            select = row;
    }
    m_model->setCurrentIndex(select >= 0 ? select : firstEnabled);
    onModelChanged();
}

QString TrainForm::modelKind() const
{
    return m_model->currentData(kKindRole).toString();
}

bool TrainForm::setModel(const QString& kind)
{
    for (int i = 0; i < m_modelItems->rowCount(); ++i) {
        QStandardItem* item = m_modelItems->item(i);
        if (item->data(kKindRole).toString() == kind && (item->flags() & Qt::ItemIsEnabled)) {
            m_model->setCurrentIndex(i);
            return true;
        }
    }
    return false;
}

void TrainForm::onModelChanged()
{
    const ModelInfo* info = ModelRegistry::instance().find(modelKind());
    m_modelDescription->setText(info ? info->description() : QString());
    updateParamForm();
    updateDeviceControls();
    Q_EMIT changed();
}

void TrainForm::updateParamForm()
{
    const QString kind = modelKind();
    const Task t = task();
    if (kind == m_shownKind && m_shownTask == t)
        return;
    if (!m_shownKind.isEmpty())
        m_userParams.insert(m_shownKind, m_params->changedValues());
    const ModelInfo* info = ModelRegistry::instance().find(kind);
    m_shownKind = kind;
    m_shownTask = t;
    m_params->setSpecs(info ? info->params(t) : std::vector<ParamSpec>(), m_userParams.value(kind));
}

void TrainForm::updateSplitControls()
{
    const auto method = static_cast<SplitSettings::Method>(m_splitMethod->currentData().toInt());
    m_timeColumn->setEnabled(method == SplitSettings::Method::Time);
    // Stratifying needs classes.
    auto* items = qobject_cast<QStandardItemModel*>(m_splitMethod->model());
    const bool classes = isClassification(task());
    if (items)
        if (QStandardItem* stratified = items->item(1))
            stratified->setEnabled(classes);
    if (!classes && method == SplitSettings::Method::Stratified)
        m_splitMethod->setCurrentIndex(0);
    m_maxF1->setVisible(task() == Task::Binary);
    Q_EMIT changed();
}

// --- Device and pipeline -----------------------------------------------------------------

void TrainForm::setNeuralRuntime(
    bool loaded, bool cudaAvailable, int cudaDevices, const QString& version, const QString& error)
{
    m_runtimeKnown = true;
    m_neuralLoaded = loaded;
    m_cudaAvailable = loaded && cudaAvailable;
    if (!loaded)
        m_runtimeText = tr("Neural networks are unavailable: %1").arg(error);
    else if (!cudaAvailable)
        m_runtimeText
            = tr("CUDA unavailable in this LibTorch build; neural networks train on the CPU (LibTorch %1).")
                  .arg(version);
    else
        m_runtimeText = tr("CUDA available: %n GPU(s) (LibTorch %1).", nullptr, cudaDevices).arg(version);
    if (auto* items = qobject_cast<QStandardItemModel*>(m_device->model()))
        if (QStandardItem* cuda = items->item(2)) {
            cuda->setEnabled(m_cudaAvailable);
            cuda->setToolTip(m_cudaAvailable ? QString() : tr("CUDA unavailable in this LibTorch build"));
        }
    if (!m_cudaAvailable && m_device->currentData().toString() == QLatin1String("cuda"))
        m_device->setCurrentIndex(0);
    updateDeviceControls();
}

void TrainForm::updateDeviceControls()
{
    const ModelInfo* info = ModelRegistry::instance().find(modelKind());
    const bool neural = info && info->family == QLatin1String("neural");
    m_device->setEnabled(neural && m_neuralLoaded);
    if (!m_runtimeKnown)
        return;
    QString text = m_runtimeText;
    if (!neural)
        text += QLatin1Char(' ') + tr("Only neural networks use the device; this model trains on the CPU.");
    m_deviceNote->setText(text);
}

void TrainForm::updatePipelineChoice()
{
    const bool available = m_session->preparedPipeline().has_value();
    m_preparedPipeline->setEnabled(available);
    if (!available) {
        m_defaultPipeline->setChecked(true);
        m_pipelineNote->setText(tr("No pipeline has been built on the Prepare page yet."));
    } else {
        m_pipelineNote->setText(tr("The steps from the Prepare page are fitted on the training rows only."));
    }
}

// --- Result ------------------------------------------------------------------------------

TrainConfig TrainForm::config() const
{
    TrainConfig c;
    c.targets = targets();
    const int t = m_task->currentData().toInt();
    if (t >= 0)
        c.task = static_cast<Task>(t);
    c.model = modelKind();
    c.params = m_params->values();
    if (m_preparedPipeline->isChecked())
        c.pipeline = m_session->preparedPipeline();
    c.split.method = static_cast<SplitSettings::Method>(m_splitMethod->currentData().toInt());
    if (c.split.method == SplitSettings::Method::Time)
        c.split.timeColumn = m_timeColumn->currentData().toString();
    c.split.testSize = m_testShare->value() / 100.0;
    c.split.validSize = m_validShare->value() / 100.0;
    c.split.cvFolds = m_cv->isChecked() ? m_folds->value() : 0;
    c.seed = static_cast<quint64>(m_seed->value());
    c.threads = m_threads->value();
    c.device = m_device->currentData().toString();
    c.thresholdMaxF1 = task() == Task::Binary && m_maxF1->isChecked();
    return c;
}

QString TrainForm::problem() const
{
    if (!m_table)
        return tr("Load a data set first.");
    const QStringList t = targets();
    if (t.isEmpty())
        return m_multiLabel->isChecked() ? tr("Tick two or more 0/1 columns to predict.")
                                         : tr("Choose the column to predict.");
    if (task() == Task::Multilabel && t.size() < 2)
        return tr("Multi-label prediction needs two or more target columns.");
    if (modelKind().isEmpty())
        return tr("Choose a model.");
    const QStringList errors = m_params->errors();
    if (!errors.isEmpty())
        return errors.join(QLatin1Char('\n'));
    if (m_testShare->value() + m_validShare->value() > 90.0)
        return tr("Test and validation rows together must leave at least 10 % of the rows for training.");
    if (static_cast<SplitSettings::Method>(m_splitMethod->currentData().toInt())
            == SplitSettings::Method::Time
        && m_timeColumn->currentData().toString().isEmpty())
        return tr("Choose the column that orders the rows in time.");
    if (m_timeColumn->isEnabled() && t.contains(m_timeColumn->currentData().toString()))
        return tr("The time column cannot be the target.");
    return QString();
}

} // namespace pp
