#pragma once

// Data and helpers shared by the tree-model tests.

#include "ml/model.h"

#include <limits>
#include <memory>
#include <vector>

namespace pp::test {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

/// Three uniform features; the target depends on x0 (and x1), x2 is noise. Classification
/// targets keep a gap of `gap` either side of each class boundary so that the classes are
/// separable. Test sets use a wider gap than training sets: histogram trees split at a bin
/// edge, which is a training value near the gap rather than its middle.
MlData makeData(Task task, int n, quint32 seed, double noise = 0.0, double gap = 0.04);

/// The 40-row dataset of the Python xgboost cross-check (written out in tst_trees.cpp).
MlData pythonReferenceData(Task task);

/// A model from the registry, or null (with the error as a warning).
std::unique_ptr<Model> create(const QString& kind, Task task, const QVariantMap& params = {});

double r2(const Vector& pred, const Eigen::MatrixXd& y);
/// Share of correct classes (multi-label: of correct 0/1 decisions).
double accuracy(const Prediction& p, const Eigen::MatrixXd& y);
/// All the numbers a prediction holds, to compare two predictions exactly.
std::vector<double> flatten(const Prediction& p);

FitContext context(int threads = 2, quint64 seed = 42);

} // namespace pp::test
