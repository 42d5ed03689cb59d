#include "ml/elastic_net.h"
#include "ml/linear_regression.h"
#include "ml/logistic_regression.h"
#include "ml/model.h"

namespace pp {

void registerCoreModels()
{
    // add() replaces an existing kind, so calling this twice is harmless.
    ModelRegistry& registry = ModelRegistry::instance();
    registry.add(LinearRegression::info());
    registry.add(RidgeRegression::info());
    registry.add(ElasticNet::lassoInfo());
    registry.add(ElasticNet::elasticNetInfo());
    registry.add(LogisticRegression::info());
    registerTreeModels();
}

} // namespace pp
