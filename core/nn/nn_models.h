#pragma once

namespace pp::nn {

/// Registers the LibTorch models (mlp, ...) with core's model registry. Called once at
/// start-up by each executable; explicit because static libraries drop self-registering
/// objects.
void registerModels();

} // namespace pp::nn
