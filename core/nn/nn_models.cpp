#include "nn/nn_models.h"

#include "nn/mlp_model.h"

namespace pp::nn {

void registerModels()
{
    registerMlpModel();
}

} // namespace pp::nn
