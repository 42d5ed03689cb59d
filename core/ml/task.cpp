#include "ml/task.h"

#include <QCoreApplication>

#include <cmath>
#include <set>

namespace pp {

QString taskName(Task task)
{
    switch (task) {
    case Task::Regression:
        return QStringLiteral("regression");
    case Task::Binary:
        return QStringLiteral("binary");
    case Task::Multiclass:
        return QStringLiteral("multiclass");
    case Task::Multilabel:
        return QStringLiteral("multilabel");
    }
    return QString();
}

bool taskFromName(const QString& name, Task* out)
{
    for (Task t : {Task::Regression, Task::Binary, Task::Multiclass, Task::Multilabel}) {
        if (name.compare(taskName(t), Qt::CaseInsensitive) == 0) {
            *out = t;
            return true;
        }
    }
    return false;
}

QString taskDisplayName(Task task)
{
    switch (task) {
    case Task::Regression:
        return QCoreApplication::translate("pp::Task", "regression");
    case Task::Binary:
        return QCoreApplication::translate("pp::Task", "binary classification");
    case Task::Multiclass:
        return QCoreApplication::translate("pp::Task", "multiclass classification");
    case Task::Multilabel:
        return QCoreApplication::translate("pp::Task", "multi-label classification");
    }
    return QString();
}

bool isClassification(Task task) { return task == Task::Binary || task == Task::Multiclass; }

Task inferTask(const Table& table, const QStringList& targets)
{
    if (targets.size() > 1)
        return Task::Multilabel;
    const Column* c = targets.isEmpty() ? nullptr : table.find(targets.front());
    if (!c)
        return Task::Regression;
    switch (c->type()) {
    case ColumnType::Boolean:
        return Task::Binary;
    case ColumnType::Categorical:
    case ColumnType::Text: {
        std::set<QString> distinct;
        for (std::size_t i = 0; i < c->size() && distinct.size() < 3; ++i)
            if (!c->isMissing(i))
                distinct.insert(c->displayAt(i));
        return distinct.size() == 2 ? Task::Binary : Task::Multiclass;
    }
    case ColumnType::DateTime:
        return Task::Regression;
    case ColumnType::Numeric: {
        std::set<double> distinct;
        std::size_t n = 0;
        bool integral = true;
        for (double v : c->numbers()) {
            if (std::isnan(v))
                continue;
            ++n;
            integral &= v == std::floor(v);
            if (distinct.size() <= 21)
                distinct.insert(v);
        }
        if (distinct.size() == 2)
            return Task::Binary;
        if (integral && distinct.size() <= 20 && distinct.size() * 20 <= n)
            return Task::Multiclass;
        return Task::Regression;
    }
    }
    return Task::Regression;
}

} // namespace pp
