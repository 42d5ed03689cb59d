#include "ml/design.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <map>

namespace pp {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pp::Design)
};

QJsonArray toArray(const QStringList& list)
{
    QJsonArray a;
    for (const auto& s : list)
        a.append(s);
    return a;
}

QStringList fromArray(const QJsonValue& v)
{
    QStringList out;
    for (const auto& e : v.toArray())
        out << e.toString();
    return out;
}

// The label of row i of a classification target, as used for class names.
QString labelAt(const Column& c, std::size_t i) { return c.displayAt(i); }

// Sorts class labels as scikit-learn's LabelEncoder would: numerically when all labels are
// numbers, else lexicographically. Booleans come out as false < true.
void sortLabels(QStringList& labels, const Column& c)
{
    if (c.type() == ColumnType::Numeric || c.type() == ColumnType::Boolean) {
        std::sort(labels.begin(), labels.end(), [](const QString& a, const QString& b) {
            if (a == QLatin1String("false") || a == QLatin1String("true"))
                return a == QLatin1String("false") && b == QLatin1String("true");
            return a.toDouble() < b.toDouble();
        });
    } else {
        std::sort(labels.begin(), labels.end());
    }
}

} // namespace

QJsonObject DesignSpec::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("task"), taskName(task));
    o.insert(QStringLiteral("targets"), toArray(targets));
    o.insert(QStringLiteral("features"), toArray(features));
    o.insert(QStringLiteral("classes"), toArray(classNames));
    return o;
}

Result<DesignSpec> DesignSpec::fromJson(const QJsonObject& json)
{
    DesignSpec d;
    if (!taskFromName(json.value(QStringLiteral("task")).toString(), &d.task))
        return Result<DesignSpec>::failure(Tr::tr("The saved model has an unknown task."));
    d.targets = fromArray(json.value(QStringLiteral("targets")));
    d.features = fromArray(json.value(QStringLiteral("features")));
    d.classNames = fromArray(json.value(QStringLiteral("classes")));
    return d;
}

Result<DesignSpec> learnDesign(const Table& train, const QStringList& targets, Task task)
{
    using R = Result<DesignSpec>;
    DesignSpec d;
    d.task = task;
    d.targets = targets;
    for (const QString& t : targets)
        if (!train.find(t))
            return R::failure(Tr::tr("The target column '%1' is not in the prepared data (was it dropped or renamed "
                                 "by a pipeline step?).")
                                  .arg(t));
    for (const Column& c : train.columns()) {
        if (targets.contains(c.name()) || c.name() == kWeightColumn || c.role() != ColumnRole::Feature)
            continue;
        switch (c.type()) {
        case ColumnType::Numeric:
        case ColumnType::Boolean:
            d.features << c.name();
            break;
        case ColumnType::Categorical:
            return R::failure(Tr::tr("The column '%1' is still categorical. Add an encoding step (one-hot, ordinal, "
                                 "frequency or target encoding) or drop the column in the pipeline.")
                                  .arg(c.name()));
        case ColumnType::Text:
            return R::failure(Tr::tr("The column '%1' holds free text. Add a text step (bag of words / TF-IDF) or drop "
                                 "the column in the pipeline.")
                                  .arg(c.name()));
        case ColumnType::DateTime:
            return R::failure(Tr::tr("The column '%1' holds dates. Add a date-parts step or drop the column in the "
                                 "pipeline.")
                                  .arg(c.name()));
        }
    }
    if (d.features.isEmpty())
        return R::failure(Tr::tr("No feature columns are left after the pipeline."));
    if (task == Task::Regression || task == Task::Multilabel) {
        for (const QString& t : targets) {
            const ColumnType type = train.find(t)->type();
            if (type != ColumnType::Numeric && type != ColumnType::Boolean)
                return R::failure(Tr::tr("The target '%1' is %2; %3 needs a numeric target. Choose a classification "
                                     "task or change the column's type.")
                                      .arg(t, columnTypeDisplayName(type), taskDisplayName(task)));
        }
    }

    if (task == Task::Binary || task == Task::Multiclass) {
        const Column& y = *train.find(targets.front());
        QStringList labels;
        std::map<QString, int> seen;
        for (std::size_t i = 0; i < y.size(); ++i) {
            if (y.isMissing(i))
                continue;
            const QString l = labelAt(y, i);
            if (seen.emplace(l, 0).second)
                labels << l;
        }
        sortLabels(labels, y);
        if (labels.size() < 2)
            return R::failure(Tr::tr("The target '%1' has fewer than two classes in the training rows.").arg(targets.front()));
        if (task == Task::Binary && labels.size() > 2)
            return R::failure(Tr::tr("The target '%1' has %2 classes; choose multiclass classification.")
                                  .arg(targets.front())
                                  .arg(labels.size()));
        d.classNames = labels;
    } else if (task == Task::Multilabel) {
        d.classNames = targets;
    }
    return d;
}

Result<MlData> buildMlData(const Table& table, const DesignSpec& spec, bool withTargets, qint64* droppedRows)
{
    using R = Result<MlData>;
    std::vector<const Column*> features;
    for (const QString& name : spec.features) {
        const Column* c = table.find(name);
        if (!c)
            return R::failure(Tr::tr("The column '%1' that the model was trained with is missing.").arg(name));
        if (c->type() != ColumnType::Numeric && c->type() != ColumnType::Boolean)
            return R::failure(Tr::tr("The column '%1' should be numeric but is %2.").arg(name, columnTypeDisplayName(c->type())));
        features.push_back(c);
    }
    std::vector<const Column*> targets;
    if (withTargets) {
        for (const QString& name : spec.targets) {
            const Column* c = table.find(name);
            if (!c)
                return R::failure(Tr::tr("The target column '%1' is missing.").arg(name));
            targets.push_back(c);
        }
    }
    const Column* weight = table.find(kWeightColumn);

    const std::size_t n = table.rowCount();
    std::vector<std::size_t> keep;
    keep.reserve(n);
    std::map<QString, int> classIndex;
    for (int i = 0; i < spec.classNames.size(); ++i)
        classIndex.emplace(spec.classNames[i], i);
    const bool classification = spec.task == Task::Binary || spec.task == Task::Multiclass;
    for (std::size_t i = 0; i < n; ++i) {
        bool ok = true;
        for (const Column* t : targets) {
            if (t->isMissing(i)) {
                ok = false;
                break;
            }
            if (classification && !classIndex.count(t->displayAt(i)))
                ok = false;
        }
        if (ok)
            keep.push_back(i);
    }
    if (droppedRows)
        *droppedRows = static_cast<qint64>(n - keep.size());

    MlData d;
    d.task = spec.task;
    d.featureNames = spec.features;
    d.classNames = spec.classNames;
    d.targetNames = spec.targets;
    const auto rows = static_cast<Eigen::Index>(keep.size());
    d.x.resize(rows, static_cast<Eigen::Index>(features.size()));
    for (std::size_t j = 0; j < features.size(); ++j) {
        const Column& c = *features[j];
        for (Eigen::Index r = 0; r < rows; ++r)
            d.x(r, static_cast<Eigen::Index>(j)) = c.numericAt(keep[static_cast<std::size_t>(r)]);
    }
    d.rowIds.reserve(keep.size());
    for (auto i : keep)
        d.rowIds.push_back(static_cast<qint64>(i));
    if (weight && weight->type() == ColumnType::Numeric) {
        d.weight.reserve(keep.size());
        for (auto i : keep) {
            const double w = weight->numbers()[i];
            d.weight.push_back(std::isnan(w) ? 1.0 : w);
        }
    }
    if (withTargets) {
        d.y.resize(rows, static_cast<Eigen::Index>(targets.size()));
        for (std::size_t k = 0; k < targets.size(); ++k) {
            const Column& t = *targets[k];
            for (Eigen::Index r = 0; r < rows; ++r) {
                const std::size_t i = keep[static_cast<std::size_t>(r)];
                double v;
                if (classification)
                    v = classIndex.at(t.displayAt(i));
                else if (spec.task == Task::Multilabel)
                    v = t.numericAt(i) != 0.0 ? 1.0 : 0.0;
                else
                    v = t.numericAt(i);
                d.y(r, static_cast<Eigen::Index>(k)) = v;
            }
        }
    }
    return d;
}

} // namespace pp
