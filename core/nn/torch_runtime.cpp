#include "nn/torch_runtime.h"

#include <QCoreApplication>
#include <QThread>

#include <torch/torch.h>

namespace pp::nn {

TorchRuntimeInfo torchRuntimeInfo()
{
    TorchRuntimeInfo info;
    info.version = QStringLiteral("%1.%2.%3").arg(TORCH_VERSION_MAJOR).arg(TORCH_VERSION_MINOR).arg(TORCH_VERSION_PATCH);
    info.cudaAvailable = torch::cuda::is_available();
    info.cudaDeviceCount = info.cudaAvailable ? static_cast<int>(torch::cuda::device_count()) : 0;
    info.threads = at::get_num_threads();
    return info;
}

void setTorchThreads(int threads)
{
    if (threads <= 0)
        threads = std::max(1, QThread::idealThreadCount());
    at::set_num_threads(threads);
}

bool resolveTorchDevice(const QString& requested, QString* resolved, QString* error)
{
    const bool cuda = torch::cuda::is_available();
    if (requested == QLatin1String("cuda")) {
        if (!cuda) {
            if (error)
                *error = QCoreApplication::translate("pp::nn", "CUDA unavailable in this LibTorch build");
            return false;
        }
        *resolved = QStringLiteral("cuda");
        return true;
    }
    if (requested == QLatin1String("cpu") || !cuda) {
        *resolved = QStringLiteral("cpu");
        return true;
    }
    *resolved = QStringLiteral("cuda");
    return true;
}

} // namespace pp::nn
