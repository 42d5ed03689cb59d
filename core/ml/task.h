#pragma once

#include "data/table.h"

#include <QString>
#include <QStringList>

namespace pp {

/// What is being predicted.
enum class Task {
    Regression,   ///< a number (future spend)
    Binary,       ///< one of two classes (will buy / won't)
    Multiclass,   ///< one of several classes (segment)
    Multilabel,   ///< several yes/no targets at once (several 0/1 target columns)
};

QString taskName(Task task);                         ///< "regression", "binary", ...
bool taskFromName(const QString& name, Task* out);   ///< accepts the names above
QString taskDisplayName(Task task);                  ///< translated
bool isClassification(Task task);                    ///< binary or multiclass

/// Infers the task from the target column(s): several columns -> multilabel; boolean or
/// two distinct values -> binary; categorical/text, or integers with at most 20 distinct
/// values (and not more than 5 % of the rows) -> multiclass; other numbers -> regression.
Task inferTask(const Table& table, const QStringList& targets);

} // namespace pp
