#pragma once

#include <QString>

namespace pp::nn {

/// What the linked LibTorch can do, for the device selector and `--device auto`.
struct TorchRuntimeInfo
{
    QString version;        ///< LibTorch version, e.g. "1.13.1"
    bool cudaAvailable = false;
    int cudaDeviceCount = 0;
    int threads = 1;        ///< intra-op threads in use
};

TorchRuntimeInfo torchRuntimeInfo();

/// Sets LibTorch's intra-op threads (0 = all cores). LibTorch starts with 1 here.
void setTorchThreads(int threads);

/// "cpu" or "cuda" for a requested "auto" / "cpu" / "cuda"; false (and a translated
/// message) when "cuda" is asked for and unavailable.
bool resolveTorchDevice(const QString& requested, QString* resolved, QString* error);

} // namespace pp::nn
