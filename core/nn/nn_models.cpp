// The plugin's entry point: the table of functions that core calls through.
#include "nn/mlp_model.h"
#include "nn/plugin_api.h"
#include "nn/torch_runtime.h"

#include <QCoreApplication>

namespace {

pp::Result<std::unique_ptr<pp::Model>> createModel(const QString& kind, pp::Task task, const QVariantMap& params)
{
    if (kind == QLatin1String("mlp"))
        return pp::nn::createMlpModel(task, params);
    return pp::Result<std::unique_ptr<pp::Model>>::failure(
        QCoreApplication::translate("pp::ModelRegistry", "Unknown model '%1'.").arg(kind));
}

} // namespace

extern "C" __attribute__((visibility("default"))) const pp::nn::PluginApi* ppstudio_nn_plugin_api()
{
    static const pp::nn::PluginApi api = [] {
        pp::nn::PluginApi a;
        a.createModel = createModel;
        a.resolveDevice = pp::nn::resolveTorchDevice;
        a.runtimeInfo = pp::nn::torchRuntimeInfo;
        a.setThreads = pp::nn::setTorchThreads;
        return a;
    }();
    return &api;
}
