#include "nn/nn_models.h"

#include "ml/model.h"
#include "nn/mlp_model.h"
#include "nn/torch_runtime.h"

namespace pp::nn {

void registerModels()
{
    registerMlpModel();
    ModelRegistry::instance().setDeviceResolver(resolveTorchDevice);
}

} // namespace pp::nn
