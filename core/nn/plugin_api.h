#pragma once

#include "common/result.h"
#include "ml/model.h"

#include <QString>
#include <QVariantMap>

#include <memory>

namespace pp::nn {

/// What the LibTorch build can do, for the device selector and `--device auto`.
struct TorchRuntimeInfo
{
    QString version;        ///< LibTorch version, e.g. "1.13.1"
    bool cudaAvailable = false;
    int cudaDeviceCount = 0;
    int threads = 1;        ///< intra-op threads in use
};

/// The entry points of the neural-network plugin (libppnn.so). LibTorch is large: loading
/// it costs about half a second and 150 MB, so executables load the plugin only when a
/// neural model is trained or LibTorch is asked about (see core/ml/neural_models.cpp).
/// Everything crossing this boundary is a Qt/std/pp type; no torch type appears.
struct PluginApi
{
    static constexpr int kVersion = 1;
    int version = kVersion;
    Result<std::unique_ptr<Model>> (*createModel)(const QString& kind, Task task, const QVariantMap& params) = nullptr;
    bool (*resolveDevice)(const QString& requested, QString* resolved, QString* error) = nullptr;
    TorchRuntimeInfo (*runtimeInfo)() = nullptr;
    void (*setThreads)(int threads) = nullptr;
};

} // namespace pp::nn

/// The plugin's one exported symbol.
extern "C" const pp::nn::PluginApi* ppstudio_nn_plugin_api();
