#pragma once

namespace pp::nn {

/// Registers the neural models with core's model registry (same as pp::registerNeuralModels;
/// implemented in core so that executables need not load LibTorch until a neural model is
/// used). Called once at start-up by each executable.
void registerModels();

} // namespace pp::nn
