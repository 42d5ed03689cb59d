#pragma once

#include "data/table.h"
#include "ml/task.h"
#include "ml/trainer.h"

#include <QHash>
#include <QVariantMap>
#include <QWidget>

#include <memory>
#include <optional>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QListWidget;
class QRadioButton;
class QSpinBox;
class QStandardItemModel;

namespace pp {

class ParamForm;
class Session;

/// Everything that defines a training run, as a form: target (one column, or several 0/1
/// columns for multi-label) and task, the model (grouped by family, with its description)
/// and its parameters, the split and cross-validation, seed, threads, device and pipeline.
/// config() turns it into a pp::TrainConfig.
class TrainForm : public QWidget
{
    Q_OBJECT
public:
    explicit TrainForm(Session* session, QWidget* parent = nullptr);

    /// The data set changed: rebuild the column choices (keeping what still applies).
    void setTable(std::shared_ptr<const Table> table);

    TrainConfig config() const;
    /// Why the form cannot be trained as it is (translated), "" when it can.
    QString problem() const;

    /// The target column(s) chosen.
    QStringList targets() const;
    /// The task the run will have: the chosen one, or the inferred one on "Automatic".
    Task task() const;
    QString modelKind() const;

    bool setTarget(const QString& column);
    /// Multi-label: several 0/1 columns.
    bool setTargets(const QStringList& columns);
    /// Selects a model by registry kind; false when unknown or not available for the task.
    bool setModel(const QString& kind);
    /// nullopt = automatic.
    void setTask(std::optional<Task> task);

    ParamForm* paramForm() const { return m_params; }
    QComboBox* targetCombo() const { return m_target; }
    QComboBox* taskCombo() const { return m_task; }
    QComboBox* modelCombo() const { return m_model; }
    QComboBox* deviceCombo() const { return m_device; }
    QLabel* deviceNote() const { return m_deviceNote; }
    QLabel* modelDescription() const { return m_modelDescription; }

    /// What LibTorch offers (from the neural plugin, loaded off the GUI thread by the page):
    /// CUDA is offered only when available; otherwise the device note says why.
    void setNeuralRuntime(
        bool loaded, bool cudaAvailable, int cudaDevices, const QString& version, const QString& error);
    /// Reflects Session::preparedPipeline() in the pipeline choice.
    void updatePipelineChoice();

Q_SIGNALS:
    void changed();

private:
    QWidget* createTargetGroup();
    QWidget* createModelGroup();
    QWidget* createSplitGroup();
    QWidget* createRunGroup();
    void fillModels();
    void onTargetChanged();
    void onModelChanged();
    void updateTaskText();
    void updateParamForm();
    void updateSplitControls();
    void updateDeviceControls();
    void fillMultiLabelList();

    Session* m_session;
    std::shared_ptr<const Table> m_table;
    Task m_inferredTask = Task::Regression;
    QString m_shownKind; ///< model whose parameters the form shows
    std::optional<Task> m_shownTask;
    QHash<QString, QVariantMap> m_userParams; ///< per model kind: values the user changed

    QComboBox* m_target = nullptr;
    QCheckBox* m_multiLabel = nullptr;
    QListWidget* m_targetList = nullptr;
    QComboBox* m_task = nullptr;
    QComboBox* m_model = nullptr;
    QStandardItemModel* m_modelItems = nullptr;
    QLabel* m_modelDescription = nullptr;
    ParamForm* m_params = nullptr;
    QComboBox* m_splitMethod = nullptr;
    QComboBox* m_timeColumn = nullptr;
    QDoubleSpinBox* m_testShare = nullptr;
    QDoubleSpinBox* m_validShare = nullptr;
    QCheckBox* m_cv = nullptr;
    QSpinBox* m_folds = nullptr;
    QSpinBox* m_seed = nullptr;
    QSpinBox* m_threads = nullptr;
    QComboBox* m_device = nullptr;
    QLabel* m_deviceNote = nullptr;
    QCheckBox* m_maxF1 = nullptr;
    QRadioButton* m_defaultPipeline = nullptr;
    QRadioButton* m_preparedPipeline = nullptr;
    QLabel* m_pipelineNote = nullptr;
    bool m_neuralLoaded = false;
    bool m_cudaAvailable = false;
    bool m_runtimeKnown = false;
    QString m_runtimeText;
};

} // namespace pp
