#include "ml/model.h"

namespace pp {

// Placeholder so that the ml branch links on its own; the trees branch provides the real
// registerTreeModels() (XGBoost "tree", "forest", "gbdt"), and this file goes at the merge.
void registerTreeModels() {}

} // namespace pp
