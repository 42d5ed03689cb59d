#pragma once

#include "nn/plugin_api.h"

#include <QString>

namespace pp::nn {

TorchRuntimeInfo torchRuntimeInfo();

/// Sets LibTorch's intra-op threads (0 = all cores). LibTorch starts with 1 here.
void setTorchThreads(int threads);

/// "cpu" or "cuda" for a requested "auto" / "cpu" / "cuda"; false (and a translated
/// message) when "cuda" is asked for and unavailable.
bool resolveTorchDevice(const QString& requested, QString* resolved, QString* error);

} // namespace pp::nn
