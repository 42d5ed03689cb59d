#pragma once

#include "ml/task.h"

#include <QString>
#include <QStringList>

namespace pp::metricnames {

/// Translated short name of a metric key of metrics::evaluate() ("r2" -> "R²").
QString label(const QString& key);
/// Translated one- or two-sentence explanation for tooltips (what it measures, what is good).
QString explanation(const QString& key);
/// Whether larger values are better (R², accuracy) or worse (MSE, log loss).
bool higherIsBetter(const QString& key);
/// The scalar metric keys of `task` in the order the Results page lists them.
QStringList keysFor(Task task);
/// The one metric that sums up a run in lists: R² (regression), accuracy (binary,
/// multiclass), micro F1 (multi-label).
QString keyMetric(Task task);

} // namespace pp::metricnames
