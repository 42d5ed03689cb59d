#pragma once

#include "prep/step.h"

#include <memory>

namespace pp {

// Registration of the built-in step families, one function per step file, called by
// registerPrepSteps(). Step classes themselves stay private to their .cpp files: everything
// outside reaches them through StepRegistry and the Step interface.
void registerColumnSteps(StepRegistry& registry);
void registerMissingSteps(StepRegistry& registry);
void registerImputeSteps(StepRegistry& registry);
void registerInterpolateStep(StepRegistry& registry);
void registerKnnImputeStep(StepRegistry& registry);
void registerOutlierSteps(StepRegistry& registry);
void registerIForestStep(StepRegistry& registry);
void registerTransformSteps(StepRegistry& registry);
void registerPowerSteps(StepRegistry& registry);
void registerScaleSteps(StepRegistry& registry);
void registerOneHotStep(StepRegistry& registry);
void registerEncodeSteps(StepRegistry& registry);
void registerTargetEncodeStep(StepRegistry& registry);

/// Creates a step of type T with its default parameters (filled in now, so that a const step
/// never initialises them lazily from two threads).
template <class T, class... Args> std::unique_ptr<Step> makeStep(Args&&... args)
{
    auto step = std::make_unique<T>(std::forward<Args>(args)...);
    step->params();
    return step;
}

} // namespace pp
