#include "ml/elastic_net.h"
#include "ml/gaussian_nb.h"
#include "ml/k_nearest_neighbors.h"
#include "ml/linear_regression.h"
#include "ml/linear_svm.h"
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
    registry.add(GaussianNB::info());
    registry.add(KNearestNeighbors::info());
    registry.add(LinearSvm::info());
    registerTreeModels();
}

} // namespace pp
