#pragma once

namespace pp::nn {

/// Registers the "mlp" model kind (a LibTorch multilayer perceptron) with pp::ModelRegistry.
void registerMlpModel();

} // namespace pp::nn
