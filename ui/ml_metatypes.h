#pragma once

#include "ml/model.h"
#include "ml/trainer.h"

#include <QMetaType>

#include <memory>

// Training types carried by queued signals and QVariants (TrainingController, RunRecorder).
// Declared in one header that every user includes first, so no translation unit sees the
// types used in a signal before the declaration.
Q_DECLARE_METATYPE(pp::TrainConfig)
Q_DECLARE_METATYPE(pp::EpochRecord)
Q_DECLARE_METATYPE(std::shared_ptr<const pp::TrainResult>)
