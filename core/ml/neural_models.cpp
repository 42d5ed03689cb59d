// The neural models' descriptions live here, in core, so the model picker, the forms and
// `--set` validation work without loading LibTorch; creating a model loads the plugin.
#include "ml/neural_models.h"

#include "nn/nn_models.h"
#include "nn/plugin_api.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibrary>

#include <mutex>

namespace pp {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pp::MlpModel)
};

struct PluginState
{
    std::once_flag once;
    const nn::PluginApi* api = nullptr;
    QString error;
};

PluginState& state()
{
    static PluginState s;
    return s;
}

QStringList pluginCandidates()
{
    QStringList out;
    const QString env = qEnvironmentVariable("PPSTUDIO_NN_PLUGIN");
    if (!env.isEmpty())
        out << env;
    const QString exeDir = QCoreApplication::applicationDirPath();
    const QStringList dirs{exeDir, exeDir + QStringLiteral("/../lib/ppstudio"), exeDir + QStringLiteral("/../app"),
                           QStringLiteral(PPSTUDIO_NN_PLUGIN_BUILD_DIR), QStringLiteral(PPSTUDIO_NN_PLUGIN_INSTALL_DIR)};
    for (const QString& dir : dirs)
        out << QDir(dir).filePath(QStringLiteral("libppnn.so"));
    return out;
}

} // namespace

std::vector<ParamSpec> mlpParamSpecs(Task task)
{
    std::vector<ParamSpec> p;
    p.push_back(ParamSpec::intList(QStringLiteral("hidden"), {128, 64}, 1, 4096, Tr::tr("Hidden layers"),
        Tr::tr("Units in each hidden layer, separated by commas (e.g. 128,64). More or wider layers can model more "
           "complex patterns but train slower and overfit more easily.")));
    p.push_back(ParamSpec::choice(QStringLiteral("activation"), QStringLiteral("relu"),
        {QStringLiteral("relu"), QStringLiteral("leaky_relu"), QStringLiteral("gelu"), QStringLiteral("tanh"),
         QStringLiteral("sigmoid")},
        {Tr::tr("ReLU"), Tr::tr("Leaky ReLU"), Tr::tr("GELU"), Tr::tr("tanh"), Tr::tr("sigmoid")}, Tr::tr("Activation"),
        Tr::tr("The non-linearity after each hidden layer. ReLU is a good default.")));
    p.push_back(ParamSpec::real(QStringLiteral("dropout"), 0.0, 0.0, 0.9, Tr::tr("Dropout"),
        Tr::tr("Share of hidden units switched off at random during training; 0.1-0.3 reduces overfitting.")));
    p.push_back(ParamSpec::boolean(QStringLiteral("batch_norm"), false, Tr::tr("Batch normalisation"),
        Tr::tr("Normalise each hidden layer's outputs per batch; can speed up training of deeper networks.")));
    p.push_back(ParamSpec::choice(QStringLiteral("optimizer"), QStringLiteral("adam"),
        {QStringLiteral("adam"), QStringLiteral("adamw"), QStringLiteral("sgd")}, {Tr::tr("Adam"), Tr::tr("AdamW"), Tr::tr("SGD")},
        Tr::tr("Optimizer"),
        Tr::tr("How weights are updated. Adam works well without tuning; SGD with momentum may need a larger learning rate.")));
    p.push_back(ParamSpec::real(QStringLiteral("lr"), 1e-3, 1e-6, 10.0, Tr::tr("Learning rate"),
        Tr::tr("Step size of each update. Too large makes the loss jump around; too small makes training slow.")).log());
    p.push_back(ParamSpec::real(QStringLiteral("momentum"), 0.9, 0.0, 0.999, Tr::tr("Momentum (SGD)"),
        Tr::tr("Only for SGD: how much of the previous update is kept.")).asAdvanced());
    p.push_back(ParamSpec::choice(QStringLiteral("schedule"), QStringLiteral("none"),
        {QStringLiteral("none"), QStringLiteral("step"), QStringLiteral("cosine"), QStringLiteral("plateau")},
        {Tr::tr("Constant"), Tr::tr("Step decay"), Tr::tr("Cosine"), Tr::tr("Reduce on plateau")}, Tr::tr("Learning-rate schedule"),
        Tr::tr("Constant keeps the rate; step halves it every third of the epochs; cosine lowers it smoothly to zero; "
           "reduce-on-plateau halves it when the validation loss stops improving.")));
    p.push_back(ParamSpec::real(QStringLiteral("weight_decay"), 0.0, 0.0, 1.0, Tr::tr("Weight decay"),
        Tr::tr("L2 penalty on the weights (decoupled for AdamW); small values such as 1e-4 reduce overfitting.")));
    p.push_back(ParamSpec::integer(QStringLiteral("batch_size"), 256, 1, 1 << 20, Tr::tr("Batch size"),
        Tr::tr("Rows per update. Larger batches are faster per epoch on many rows; smaller ones update more often.")));
    p.push_back(ParamSpec::integer(QStringLiteral("epochs"), 50, 1, 100000, Tr::tr("Epochs"),
        Tr::tr("Passes over the training rows.")));
    p.push_back(ParamSpec::integer(QStringLiteral("patience"), 10, 0, 100000, Tr::tr("Early-stopping patience"),
        Tr::tr("Stop when the validation loss has not improved for this many epochs and keep the best weights "
           "(0 = train all epochs).")));
    if (task == Task::Regression) {
        p.push_back(ParamSpec::choice(QStringLiteral("loss"), QStringLiteral("mse"),
            {QStringLiteral("mse"), QStringLiteral("mae"), QStringLiteral("huber")},
            {Tr::tr("Mean squared error"), Tr::tr("Mean absolute error"), Tr::tr("Huber")}, Tr::tr("Loss"),
            Tr::tr("What training minimises. MAE and Huber are less sensitive to outliers than MSE.")));
    } else if (task != Task::Multilabel) {
        p.push_back(ParamSpec::choice(QStringLiteral("class_weight"), QStringLiteral("none"),
            {QStringLiteral("none"), QStringLiteral("balanced")}, {Tr::tr("None"), Tr::tr("Balanced")}, Tr::tr("Class weights"),
            Tr::tr("Balanced weighs rare classes up in the cross-entropy loss, which helps with imbalanced data.")));
    }
    p.push_back(ParamSpec::integer(QStringLiteral("seed"), 42, 0, 2147483647, Tr::tr("Seed"),
        Tr::tr("Random seed for weight initialisation, shuffling and dropout; the same seed gives the same model.")));
    return p;
}

const nn::PluginApi* neuralPlugin(QString* error)
{
    PluginState& s = state();
    std::call_once(s.once, [&s] {
        QStringList tried;
        for (const QString& path : pluginCandidates()) {
            if (!QFileInfo::exists(path))
                continue;
            auto* lib = new QLibrary(path);  // kept loaded for the process's lifetime
            lib->setLoadHints(QLibrary::ResolveAllSymbolsHint);
            using EntryFn = const nn::PluginApi* (*)();
            auto entry = reinterpret_cast<EntryFn>(lib->resolve("ppstudio_nn_plugin_api"));
            if (entry) {
                const nn::PluginApi* api = entry();
                if (api && api->version == nn::PluginApi::kVersion) {
                    s.api = api;
                    return;
                }
            }
            tried << QStringLiteral("%1 (%2)").arg(path, lib->errorString());
            delete lib;
        }
        s.error = tried.isEmpty() ? Tr::tr("The neural-network component (libppnn.so) was not found next to the application.")
                                  : Tr::tr("The neural-network component could not be loaded: %1").arg(tried.join(QStringLiteral("; ")));
    });
    if (!s.api && error)
        *error = s.error;
    return s.api;
}

void registerNeuralModels()
{
    ModelInfo info;
    info.kind = QStringLiteral("mlp");
    info.family = QStringLiteral("neural");
    info.tasks = {Task::Regression, Task::Binary, Task::Multiclass, Task::Multilabel};
    info.needsScaling = true;
    info.displayName = [] { return Tr::tr("Neural network (MLP)"); };
    info.description = [] {
        return Tr::tr("A multilayer perceptron trained with LibTorch on the CPU or a CUDA GPU. Flexible and strong on "
                  "large data; needs scaled features and some tuning.");
    };
    info.params = mlpParamSpecs;
    info.create = [](Task task, const QVariantMap& params) -> Result<std::unique_ptr<Model>> {
        QString error;
        const nn::PluginApi* api = neuralPlugin(&error);
        if (!api)
            return Result<std::unique_ptr<Model>>::failure(error);
        return api->createModel(QStringLiteral("mlp"), task, params);
    };
    ModelRegistry::instance().add(std::move(info));
    ModelRegistry::instance().setDeviceResolver([](const QString& requested, QString* resolved, QString* error) {
        if (requested == QLatin1String("cpu")) {
            *resolved = QStringLiteral("cpu");
            return true;
        }
        const nn::PluginApi* api = neuralPlugin(error);
        return api && api->resolveDevice(requested, resolved, error);
    });
}

namespace nn {
void registerModels() { registerNeuralModels(); }
} // namespace nn

} // namespace pp
