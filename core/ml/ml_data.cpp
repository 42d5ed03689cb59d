#include "ml/ml_data.h"

namespace pp {

MlData MlData::subset(const std::vector<Eigen::Index>& idx) const
{
    MlData out;
    out.task = task;
    out.featureNames = featureNames;
    out.classNames = classNames;
    out.targetNames = targetNames;
    const auto n = static_cast<Eigen::Index>(idx.size());
    out.x.resize(n, x.cols());
    out.y.resize(n, y.cols());
    for (Eigen::Index i = 0; i < n; ++i) {
        out.x.row(i) = x.row(idx[static_cast<std::size_t>(i)]);
        out.y.row(i) = y.row(idx[static_cast<std::size_t>(i)]);
    }
    if (!weight.empty()) {
        out.weight.reserve(idx.size());
        for (auto i : idx)
            out.weight.push_back(weight[static_cast<std::size_t>(i)]);
    }
    if (!rowIds.empty()) {
        out.rowIds.reserve(idx.size());
        for (auto i : idx)
            out.rowIds.push_back(rowIds[static_cast<std::size_t>(i)]);
    }
    return out;
}

} // namespace pp
