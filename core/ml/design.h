#pragma once

#include "common/result.h"
#include "data/table.h"
#include "ml/ml_data.h"

#include <QJsonObject>
#include <QStringList>

namespace pp {

/// Name of the column that carries per-row sample weights (written by the class-weights step).
inline const QString kWeightColumn = QStringLiteral("__weight__");

/// How a prepared table becomes a model matrix: which columns are features, which are
/// targets, and the class labels. Learned from the prepared TRAINING table and replayed on
/// validation, test and new data, so every matrix has the same columns in the same order.
struct DesignSpec
{
    Task task = Task::Regression;
    QStringList targets;
    QStringList features;
    QStringList classNames;   ///< classification: labels in class-index order (sorted)

    QJsonObject toJson() const;
    static Result<DesignSpec> fromJson(const QJsonObject& json);
};

/// Learns the design from the prepared training table. Features are the columns whose role
/// is Feature (not targets, ids, ignored or the weight column) and whose type is numeric or
/// boolean; a categorical, text or date column left unencoded is an error that names it and
/// says which pipeline step would fix it.
Result<DesignSpec> learnDesign(const Table& train, const QStringList& targets, Task task);

/// Builds the matrix for `table` with `spec`'s columns. `withTargets`: targets must be
/// present (rows with a missing target are dropped and counted in `droppedRows`); class
/// labels not seen in training are dropped too (and counted).
Result<MlData> buildMlData(const Table& table, const DesignSpec& spec, bool withTargets,
                           qint64* droppedRows = nullptr);

} // namespace pp
