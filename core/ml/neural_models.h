#pragma once

#include "common/params.h"
#include "ml/task.h"

#include <QString>

#include <vector>

namespace pp {

namespace nn {
struct PluginApi;
}

/// The MLP's parameters (translated labels and tooltips).
std::vector<ParamSpec> mlpParamSpecs(Task task);

/// Registers the neural model kinds ("mlp") and the device resolver. Creating one loads the
/// LibTorch plugin (libppnn.so) on first use.
void registerNeuralModels();

/// The loaded plugin, loading it on first call; null (and a translated message) when it
/// cannot be found or loaded.
const nn::PluginApi* neuralPlugin(QString* error = nullptr);

} // namespace pp
