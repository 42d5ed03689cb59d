// registerTreeModels(): the XGBoost models as the model picker and the CLI see them.
#include "ml/model.h"
#include "ml/xgb_model.h"

#include <QCoreApplication>

namespace pp {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pp::XgbModel)
};

ModelInfo treeModelInfo(XgbKind kind)
{
    ModelInfo info;
    info.kind = xgbKindKey(kind);
    info.family = QStringLiteral("tree");
    info.tasks = { Task::Regression, Task::Binary, Task::Multiclass, Task::Multilabel };
    info.needsScaling = false; // trees only compare values, the scale is irrelevant
    info.acceptsMissing = true; // XGBoost learns which way missing values go at each split
    switch (kind) {
    case XgbKind::Tree:
        info.displayName = [] { return Tr::tr("Decision tree"); };
        info.description = [] {
            return Tr::tr("A single tree of yes/no questions about the customer. Easy to explain, "
                      "but usually less accurate than a forest or boosted trees.");
        };
        break;
    case XgbKind::Forest:
        info.displayName = [] { return Tr::tr("Random forest"); };
        info.description = [] {
            return Tr::tr("Many trees, each grown on a random part of the customers and columns, "
                      "averaged. Robust with little tuning.");
        };
        break;
    case XgbKind::Gbdt:
        info.displayName = [] { return Tr::tr("Gradient-boosted trees (XGBoost)"); };
        info.description = [] {
            return Tr::tr("Trees added one after another, each correcting the previous ones. Often "
                      "the most accurate model on tables of customer data.");
        };
        break;
    }
    info.params = [kind](Task task) { return xgbParamSpecs(kind, task); };
    info.create = [kind](Task task, const QVariantMap& params) -> Result<std::unique_ptr<Model>> {
        return std::unique_ptr<Model>(std::make_unique<XgbModel>(kind, task, params));
    };
    return info;
}

} // namespace

void registerTreeModels()
{
    for (XgbKind kind : { XgbKind::Tree, XgbKind::Forest, XgbKind::Gbdt })
        ModelRegistry::instance().add(treeModelInfo(kind));
}

} // namespace pp
