#include "nn/nn_models.h"

namespace pp::nn {

void registerModels()
{
    // Filled in by the Train issue (MLP and sequence models).
}

} // namespace pp::nn
