#pragma once

#include "ml/model.h"

#include <memory>

namespace pp::nn {

/// A LibTorch multilayer perceptron with validated `params` (see pp::mlpParamSpecs).
Result<std::unique_ptr<Model>> createMlpModel(Task task, const QVariantMap& params);

} // namespace pp::nn
