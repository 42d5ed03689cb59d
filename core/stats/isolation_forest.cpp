#include "stats/isolation_forest.h"

#include "stats/descriptive.h"
#include "stats/parallel.h"
#include "stats/radix_sort.h"
#include "stats/sampling.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <limits>

namespace pp {

namespace {

using RowMatrix = Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;
using MatrixRef = Eigen::Ref<const RowMatrix>;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pp::IsolationForest)
};

// np.euler_gamma, as scikit-learn's _average_path_length uses it. (The paper's
// H(i) ~ ln(i) + 0.5772156649 is this constant truncated: 1.5e-11 apart.)
constexpr double kEulerGamma = 0.57721566490153286;
constexpr int kRowsPerTask = 1024;
constexpr int kInterleave = 8;

/// Nodes laid out for scoring: children adjacent, so that a step is
/// `i = left + !(x[feature] <= split)` without a branch. An external node has split = NaN
/// and left = itself - 1 (every comparison with NaN is false, so the step stays put): all
/// rows then take the same number of steps and several rows can be walked at once.
struct FlatNode
{
    double split;
    std::int32_t feature;
    std::int32_t left;
};

struct FlatForest
{
    std::vector<FlatNode> nodes;
    std::vector<double> pathLength;     ///< depth + c(size) at external nodes
    std::vector<std::size_t> offset;    ///< first node of each tree
    std::vector<int> depth;             ///< deepest external node of each tree
};

template <class Node>
FlatForest flatten(const std::vector<std::vector<Node>>& trees)
{
    FlatForest flat;
    std::vector<std::pair<int, int>> queue; // (source node, depth) in breadth-first order
    for (const auto& tree : trees) {
        const std::size_t base = flat.nodes.size();
        flat.offset.push_back(base);
        flat.nodes.resize(base + tree.size());
        flat.pathLength.resize(base + tree.size(), 0.0);
        queue.assign(1, {0, 0});
        int deepest = 0;
        std::size_t nextFree = 1;
        for (std::size_t q = 0; q < queue.size(); ++q) {
            const Node& node = tree[static_cast<std::size_t>(queue[q].first)];
            const int depth = queue[q].second;
            FlatNode& out = flat.nodes[base + q];
            if (node.feature < 0) {
                out = {std::numeric_limits<double>::quiet_NaN(), 0, static_cast<std::int32_t>(q) - 1};
                flat.pathLength[base + q] = depth + IsolationForest::averagePathLength(node.size);
                deepest = std::max(deepest, depth);
            } else {
                out = {node.split, node.feature, static_cast<std::int32_t>(nextFree)};
                queue.push_back({node.left, depth + 1});
                queue.push_back({node.right, depth + 1});
                nextFree += 2;
            }
        }
        flat.depth.push_back(deepest);
    }
    return flat;
}

/// Scores rows [begin, end) of x: sums the trees' path lengths row by row in tree order
/// (so the sum does not depend on how rows are split over threads).
void scoreBlock(const FlatForest& flat, const double* data, std::ptrdiff_t stride, std::size_t begin,
                std::size_t end, double denominator, double* out)
{
    double sums[kRowsPerTask] = {};
    const std::size_t count = end - begin;
    for (std::size_t t = 0; t < flat.offset.size(); ++t) {
        const FlatNode* nodes = flat.nodes.data() + flat.offset[t];
        const double* lengths = flat.pathLength.data() + flat.offset[t];
        const int depth = flat.depth[t];
        std::size_t r = 0;
        for (; r + kInterleave <= count; r += kInterleave) {
            const double* rows[kInterleave];
            std::int32_t at[kInterleave];
            for (int g = 0; g < kInterleave; ++g) {
                rows[g] = data + static_cast<std::ptrdiff_t>(begin + r + static_cast<std::size_t>(g)) * stride;
                at[g] = 0;
            }
            for (int d = 0; d < depth; ++d) {
                for (int g = 0; g < kInterleave; ++g) {
                    const FlatNode& n = nodes[at[g]];
                    at[g] = n.left + (rows[g][n.feature] <= n.split ? 0 : 1);
                }
            }
            for (int g = 0; g < kInterleave; ++g)
                sums[r + static_cast<std::size_t>(g)] += lengths[at[g]];
        }
        for (; r < count; ++r) {
            const double* row = data + static_cast<std::ptrdiff_t>(begin + r) * stride;
            std::int32_t at = 0;
            for (int d = 0; d < depth; ++d)
                at = nodes[at].left + (row[nodes[at].feature] <= nodes[at].split ? 0 : 1);
            sums[r] += lengths[at];
        }
    }
    for (std::size_t r = 0; r < count; ++r)
        out[begin + r] = denominator > 0.0 ? std::exp2(-sums[r] / denominator) : 0.5;
}

template <class Node>
bool scoreAll(const std::vector<std::vector<Node>>& trees, int sampleSize, const MatrixRef& x, int threads,
              JobControl* job, std::vector<double>& out)
{
    const FlatForest flat = flatten(trees);
    const auto n = static_cast<std::size_t>(x.rows());
    out.assign(n, 0.0);
    // scikit-learn: 2^(-sum h / (trees * c(psi))); it scores 0.5 when c(psi) = 0 (psi = 1).
    const double denominator = static_cast<double>(trees.size()) * IsolationForest::averagePathLength(sampleSize);
    const std::size_t tasks = (n + kRowsPerTask - 1) / kRowsPerTask;
    std::atomic<std::size_t> done{0};
    const bool ok = parallelFor(tasks, threads, job, [&](std::size_t task) {
        const std::size_t begin = task * kRowsPerTask;
        scoreBlock(flat, x.data(), x.outerStride(), begin, std::min(n, begin + kRowsPerTask), denominator, out.data());
        reportProgress(job, 0.1 + 0.9 * static_cast<double>(done.fetch_add(1) + 1) / static_cast<double>(tasks));
    });
    return ok && !isCancelled(job);
}

} // namespace

double IsolationForest::averagePathLength(double n)
{
    if (n <= 1.0)
        return 0.0;
    if (n <= 2.0)
        return 1.0;
    return 2.0 * (std::log(n - 1.0) + kEulerGamma) - 2.0 * (n - 1.0) / n;
}

Status IsolationForest::fit(const MatrixRef& x, const IsolationForestOptions& options, JobControl* job)
{
    const auto n = static_cast<std::size_t>(x.rows());
    const auto p = static_cast<int>(x.cols());
    if (n == 0 || p == 0)
        return Status::failure(Tr::tr("Isolation Forest needs at least one row and one column."));
    if (options.trees < 1 || options.trees > 100000 || options.sampleSize < 1)
        return Status::failure(Tr::tr("Isolation Forest needs at least one tree and a sample size of at least 1."));
    const bool byContamination = options.threshold < 0.0;
    if (byContamination && !(options.contamination > 0.0 && options.contamination <= 0.5))
        return Status::failure(Tr::tr("The contamination must be in (0, 0.5], got %1.").arg(options.contamination));
    if (!byContamination && !(options.threshold <= 1.0))
        return Status::failure(Tr::tr("The score threshold must be in [0, 1], got %1.").arg(options.threshold));
    for (std::size_t r = 0; r < n; ++r) {
        for (int c = 0; c < p; ++c) {
            if (!std::isfinite(x(static_cast<Eigen::Index>(r), c))) {
                return Status::failure(
                    Tr::tr("Row %1, column %2 is missing or infinite: impute before fitting.").arg(r + 1).arg(c + 1));
            }
        }
    }

    const int psi = static_cast<int>(std::min<std::size_t>(static_cast<std::size_t>(options.sampleSize), n));
    // scikit-learn: max_depth = ceil(log2(max(psi, 2))), the average depth of a BST of psi keys.
    const int maxDepth = static_cast<int>(std::ceil(std::log2(std::max(psi, 2))));
    std::vector<std::vector<Node>> trees(static_cast<std::size_t>(options.trees));
    reportProgress(job, 0.0, Tr::tr("Building isolation trees"));

    const bool built = parallelFor(trees.size(), options.threads, job, [&](std::size_t t) {
        Random rng(deriveSeed(options.seed, t));
        // Sub-sample without replacement (scikit-learn's default bootstrap=False), copied
        // into a dense psi x p block so that the recursion touches cache, not 1M rows.
        const auto rows = sampleIndices(n, static_cast<std::size_t>(psi), rng.next());
        std::vector<double> sample(rows.size() * static_cast<std::size_t>(p));
        for (std::size_t i = 0; i < rows.size(); ++i)
            for (int c = 0; c < p; ++c)
                sample[i * static_cast<std::size_t>(p) + static_cast<std::size_t>(c)] =
                    x(static_cast<Eigen::Index>(rows[i]), c);
        std::vector<int> index(rows.size());
        for (std::size_t i = 0; i < index.size(); ++i)
            index[i] = static_cast<int>(i);
        std::vector<int> candidates(static_cast<std::size_t>(p));
        auto& tree = trees[t];
        tree.reserve(2 * rows.size());
        const auto value = [&](int i, int f) {
            return sample[static_cast<std::size_t>(i) * static_cast<std::size_t>(p) + static_cast<std::size_t>(f)];
        };

        const auto build = [&](const auto& self, int* begin, int* end, int depth) -> int {
            const int id = static_cast<int>(tree.size());
            tree.push_back(Node{});
            const int size = static_cast<int>(end - begin);
            tree[static_cast<std::size_t>(id)].size = size;
            if (depth >= maxDepth || size <= 1)
                return id;
            // A random feature among those not constant here (scikit-learn keeps drawing
            // until it meets one); all constant: the node cannot be split.
            for (int f = 0; f < p; ++f)
                candidates[static_cast<std::size_t>(f)] = f;
            int remaining = p;
            while (remaining > 0) {
                const auto pick = static_cast<int>(rng.below(static_cast<std::uint64_t>(remaining)));
                const int f = candidates[static_cast<std::size_t>(pick)];
                double lo = value(*begin, f);
                double hi = lo;
                for (const int* i = begin + 1; i < end; ++i) {
                    lo = std::min(lo, value(*i, f));
                    hi = std::max(hi, value(*i, f));
                }
                if (hi > lo) {
                    // Uniform in [lo, hi); a draw that rounds up to hi would leave the
                    // right side empty, so scikit-learn maps it to lo.
                    double split = lo + rng.uniform() * (hi - lo);
                    if (split >= hi)
                        split = lo;
                    int* middle = std::partition(begin, end, [&](int i) { return value(i, f) <= split; });
                    const int left = self(self, begin, middle, depth + 1);
                    const int right = self(self, middle, end, depth + 1);
                    Node& node = tree[static_cast<std::size_t>(id)];
                    node = Node{f, split, left, right, 0};
                    return id;
                }
                candidates[static_cast<std::size_t>(pick)] = candidates[static_cast<std::size_t>(--remaining)];
            }
            return id;
        };
        build(build, index.data(), index.data() + index.size(), 0);
    });
    if (isCancelled(job))
        return Status::cancelledResult();
    if (!built)
        return Status::failure(Tr::tr("Not enough memory to build the isolation trees."));
    reportProgress(job, 0.1, Tr::tr("Scoring rows"));

    std::vector<double> scores;
    bool scored = false;
    try {
        scored = scoreAll(trees, psi, x, options.threads, job, scores);
    } catch (const std::bad_alloc&) {
    }
    if (!scored) {
        if (isCancelled(job))
            return Status::cancelledResult();
        return Status::failure(Tr::tr("Not enough memory to score the rows."));
    }
    double threshold = options.threshold;
    if (byContamination) {
        std::vector<double> sorted = scores;
        stats::radixSort(sorted);
        // scikit-learn: offset_ = percentile(-scores, 100 * contamination), the same
        // linear-interpolation quantile seen from the other end.
        threshold = stats::quantileSorted(sorted.data(), sorted.size(), 1.0 - options.contamination);
    }
    m_trees = std::move(trees);
    m_sampleSize = psi;
    m_features = p;
    m_threshold = threshold;
    m_trainingScores = std::move(scores);
    reportProgress(job, 1.0);
    return Unit{};
}

std::vector<double> IsolationForest::score(const MatrixRef& x) const
{
    std::vector<double> out;
    if (!isFitted() || x.cols() != m_features)
        return out;
    try {
        if (!scoreAll(m_trees, m_sampleSize, x, 0, nullptr, out))
            out.clear();
    } catch (const std::bad_alloc&) {
        out.clear();
    }
    return out;
}

QJsonObject IsolationForest::toJson() const
{
    QJsonArray trees;
    for (const auto& tree : m_trees) {
        QJsonArray feature, split, left, right, size;
        for (const Node& node : tree) {
            feature.append(node.feature);
            split.append(node.split);
            left.append(node.left);
            right.append(node.right);
            size.append(node.size);
        }
        trees.append(QJsonObject{{QStringLiteral("feature"), feature},
                                 {QStringLiteral("split"), split},
                                 {QStringLiteral("left"), left},
                                 {QStringLiteral("right"), right},
                                 {QStringLiteral("size"), size}});
    }
    // Doubles are written with the shortest representation that reads back exactly.
    return QJsonObject{{QStringLiteral("kind"), QStringLiteral("isolation_forest")},
                       {QStringLiteral("version"), 1},
                       {QStringLiteral("sample_size"), m_sampleSize},
                       {QStringLiteral("features"), m_features},
                       {QStringLiteral("threshold"), m_threshold},
                       {QStringLiteral("trees"), trees}};
}

Status IsolationForest::fromJson(const QJsonObject& json)
{
    const auto invalid = [](const QString& why) {
        return Status::failure(Tr::tr("Not a valid Isolation Forest: %1").arg(why));
    };
    if (json.value(QStringLiteral("kind")).toString() != QLatin1String("isolation_forest"))
        return invalid(Tr::tr("wrong kind"));
    if (json.value(QStringLiteral("version")).toInt() != 1)
        return invalid(Tr::tr("unsupported version %1").arg(json.value(QStringLiteral("version")).toInt()));
    const int sampleSize = json.value(QStringLiteral("sample_size")).toInt();
    const int features = json.value(QStringLiteral("features")).toInt();
    const double threshold = json.value(QStringLiteral("threshold")).toDouble(-1.0);
    if (sampleSize < 1 || features < 1 || !(threshold >= 0.0 && threshold <= 1.0))
        return invalid(Tr::tr("bad sample size, feature count or threshold"));
    const QJsonArray trees = json.value(QStringLiteral("trees")).toArray();
    if (trees.isEmpty())
        return invalid(Tr::tr("no trees"));

    std::vector<std::vector<Node>> loaded;
    loaded.reserve(static_cast<std::size_t>(trees.size()));
    for (const auto& treeValue : trees) {
        const QJsonObject t = treeValue.toObject();
        const QJsonArray feature = t.value(QStringLiteral("feature")).toArray();
        const QJsonArray split = t.value(QStringLiteral("split")).toArray();
        const QJsonArray left = t.value(QStringLiteral("left")).toArray();
        const QJsonArray right = t.value(QStringLiteral("right")).toArray();
        const QJsonArray size = t.value(QStringLiteral("size")).toArray();
        const qsizetype count = feature.size();
        if (count == 0 || split.size() != count || left.size() != count || right.size() != count
            || size.size() != count)
            return invalid(Tr::tr("tree %1 has arrays of different lengths").arg(loaded.size() + 1));
        std::vector<Node> tree(static_cast<std::size_t>(count));
        std::vector<int> parents(static_cast<std::size_t>(count), 0);
        for (qsizetype i = 0; i < count; ++i) {
            Node& node = tree[static_cast<std::size_t>(i)];
            node = Node{feature[i].toInt(-1), split[i].toDouble(), left[i].toInt(-1), right[i].toInt(-1),
                        size[i].toInt(-1)};
            if (node.feature < 0) {
                if (node.size < 0)
                    return invalid(Tr::tr("tree %1, node %2: bad size").arg(loaded.size() + 1).arg(i));
                continue;
            }
            // Children after their parent and each node with one parent: a tree, so the
            // walk ends and flattening visits every node once.
            const bool ok = node.feature < features && std::isfinite(node.split) && node.left > i
                            && node.left < count && node.right > i && node.right < count && node.left != node.right;
            if (!ok || ++parents[static_cast<std::size_t>(node.left)] > 1
                || ++parents[static_cast<std::size_t>(node.right)] > 1)
                return invalid(Tr::tr("tree %1, node %2: bad split").arg(loaded.size() + 1).arg(i));
        }
        loaded.push_back(std::move(tree));
    }
    m_trees = std::move(loaded);
    m_sampleSize = sampleSize;
    m_features = features;
    m_threshold = threshold;
    m_trainingScores.clear();
    return Unit{};
}

} // namespace pp
