#pragma once

// Synthetic data for the Train/Results GUI tests: seeded, so every run sees the same rows.

#include "data/table.h"

#include <QString>

#include <memory>
#include <vector>

namespace pp::testdata {

/// Regression: spend = 40·visits − 25·returns + segment effect + noise, with an id column
/// (dropped by the default pipeline), a categorical column (one-hot encoded) and
/// `extraFeatures` uniform noise columns.
std::shared_ptr<const Table> regressionTable(int rows, quint32 seed = 7, int extraFeatures = 0);
/// Classification: `classes` (2 or 3) labels from two noisy scores.
std::shared_ptr<const Table> classTable(int rows, int classes, quint32 seed = 11);
/// Multi-label: three 0/1 columns (shoes, bags, hats) that depend on two features.
std::shared_ptr<const Table> multiLabelTable(int rows);
/// A column as doubles (Column::numericAt: categorical codes, NaN for missing).
std::vector<double> columnValues(const Table& t, const QString& name);

} // namespace pp::testdata
