#include "ml/k_nearest_neighbors.h"

#include "ml/model_json.h"
#include "ml/model_support.h"
#include "ml/parallel_for.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <limits>

namespace pp {

namespace {

using Index = Eigen::Index;

constexpr Index kQueryBlock = 128;    // queries per task
constexpr Index kTrainBlock = 2048;   // training rows per distance product (fits L2 with the block)

// The k best (distance, index) pairs seen so far, ascending; ties keep the smaller index.
struct TopK
{
    std::vector<double> dist;
    std::vector<Index> index;
    int k = 0;
    int size = 0;

    void reset(int kk)
    {
        k = kk;
        size = 0;
        dist.assign(static_cast<std::size_t>(kk), std::numeric_limits<double>::infinity());
        index.assign(static_cast<std::size_t>(kk), -1);
    }
    double worst() const { return size < k ? std::numeric_limits<double>::infinity() : dist.back(); }
    // Candidates arrive in ascending index order, so "not better than the worst" keeps the
    // earlier row on equal distances.
    void offer(double d, Index i)
    {
        if (size == k && !(d < dist.back()))
            return;
        int pos = size < k ? size++ : k - 1;
        while (pos > 0 && dist[static_cast<std::size_t>(pos - 1)] > d) {
            dist[static_cast<std::size_t>(pos)] = dist[static_cast<std::size_t>(pos - 1)];
            index[static_cast<std::size_t>(pos)] = index[static_cast<std::size_t>(pos - 1)];
            --pos;
        }
        dist[static_cast<std::size_t>(pos)] = d;
        index[static_cast<std::size_t>(pos)] = i;
    }
};

} // namespace

KNearestNeighbors::KNearestNeighbors(Task task, QVariantMap params)
    : EigenModel(QStringLiteral("knn"), task, std::move(params))
{
}

ModelInfo KNearestNeighbors::info()
{
    ModelInfo info;
    info.kind = QStringLiteral("knn");
    info.family = QStringLiteral("neighbours");
    info.tasks = {Task::Regression, Task::Binary, Task::Multiclass, Task::Multilabel};
    info.needsScaling = true;
    info.displayName = [] { return tr("k-nearest neighbours"); };
    info.description = [] {
        return tr("Predicts from the k most similar customers in the training data. No training time and "
                  "no assumptions about shape, but predicting is slow on large data and it needs "
                  "features on one scale.");
    };
    info.params = [](Task) {
        ParamSpec k;
        k.key = QStringLiteral("n_neighbors");
        k.type = ParamType::Int;
        k.defaultValue = 5;
        k.minimum = 1;
        k.maximum = 10000;
        k.label = tr("Neighbours (k)");
        k.tooltip = tr("How many similar rows each prediction is based on. Small k follows the data closely "
                       "(and its noise); large k gives smoother, more averaged predictions.");
        k.aliases = QStringList{QStringLiteral("k")};   // the CLI contract's name; saved files use n_neighbors
        ParamSpec w;
        w.key = QStringLiteral("weights");
        w.type = ParamType::Choice;
        w.defaultValue = QStringLiteral("uniform");
        w.choices = QStringList{QStringLiteral("uniform"), QStringLiteral("distance")};
        w.choiceLabels = QStringList{tr("Uniform"), tr("By distance")};
        w.label = tr("Neighbour weights");
        w.tooltip = tr("\"Uniform\": every neighbour counts the same. \"By distance\": closer neighbours count "
                       "more (weight 1/distance), which helps when k is large.");
        return std::vector<ParamSpec>{k, w};
    };
    info.create = [](Task task, const QVariantMap& params) -> Result<std::unique_ptr<Model>> {
        return std::unique_ptr<Model>(new KNearestNeighbors(task, params));
    };
    return info;
}

Status KNearestNeighbors::fit(const MlData& train, const MlData*, FitContext& context)
{
    Status st = beginFit(train);
    if (!st.ok())
        return st;
    const int k = intParam("n_neighbors");
    if (k > train.rows())
        return Status::failure(tr("'n_neighbors' is %1 but there are only %2 training rows.").arg(k).arg(train.rows()));
    m_x = train.x;
    m_y = train.y;
    m_norms = m_x.rowwise().squaredNorm();
    m_classCount = isClassification(task()) ? classCount(train) : static_cast<int>(train.y.cols());
    m_threads = context.threads;
    reportProgress(context.job, 1.0);
    endFit(train.features());
    return st;
}

void KNearestNeighbors::kneighbors(const Matrix& x, Eigen::MatrixXi* indices, Eigen::MatrixXd* distances,
    JobControl* job) const
{
    const Index n = x.rows();
    const Index m = m_x.rows();
    const int k = static_cast<int>(std::min<Index>(intParam("n_neighbors"), m));
    indices->resize(n, k);
    distances->resize(n, k);
    std::atomic<Index> done{0};
    parallelFor(n, kQueryBlock, m_threads, [&](Index begin, Index end, int) {
        if (isCancelled(job))
            return;
        const Index rows = end - begin;
        const auto q = x.middleRows(begin, rows);
        std::vector<TopK> top(static_cast<std::size_t>(rows));
        for (auto& t : top)
            t.reset(k);
        Matrix prod;   // row-major: a query's candidates are contiguous
        for (Index t0 = 0; t0 < m; t0 += kTrainBlock) {
            const Index cols = std::min(kTrainBlock, m - t0);
            // ||q||² is the same for every candidate of a query, so ranking needs only
            // ||t||² − 2·q·t.
            prod.noalias() = q * m_x.middleRows(t0, cols).transpose();
            for (Index i = 0; i < rows; ++i) {
                TopK& tk = top[static_cast<std::size_t>(i)];
                double worst = tk.worst();
                for (Index j = 0; j < cols; ++j) {
                    const double d = m_norms(t0 + j) - 2.0 * prod(i, j);
                    if (d < worst) {
                        tk.offer(d, t0 + j);
                        worst = tk.worst();
                    }
                }
            }
        }
        for (Index i = 0; i < rows; ++i) {
            TopK& tk = top[static_cast<std::size_t>(i)];
            // Exact distances of the chosen rows, then nearest first (index breaks ties).
            std::vector<std::pair<double, Index>> exact(static_cast<std::size_t>(k));
            for (int j = 0; j < k; ++j) {
                const Index t = tk.index[static_cast<std::size_t>(j)];
                exact[static_cast<std::size_t>(j)] = {(q.row(i) - m_x.row(t)).norm(), t};
            }
            std::sort(exact.begin(), exact.end());
            for (int j = 0; j < k; ++j) {
                (*distances)(begin + i, j) = exact[static_cast<std::size_t>(j)].first;
                (*indices)(begin + i, j) = static_cast<int>(exact[static_cast<std::size_t>(j)].second);
            }
        }
        reportProgress(job, static_cast<double>(done += rows) / static_cast<double>(n));
    });
    if (isCancelled(job)) {
        indices->resize(0, 0);
        distances->resize(0, 0);
    }
}

Result<Prediction> KNearestNeighbors::predictRows(const Matrix& x, JobControl* job) const
{
    const Index n = x.rows();
    Eigen::MatrixXi idx;
    Eigen::MatrixXd dist;
    kneighbors(x, &idx, &dist, job);
    if (isCancelled(job))
        return Result<Prediction>::cancelledResult();
    const int k = static_cast<int>(idx.cols());
    const bool byDistance = choiceParam("weights") == QLatin1String("distance");
    // Neighbour weights per query (sklearn's _get_weights).
    Eigen::MatrixXd w = Eigen::MatrixXd::Ones(n, k);
    if (byDistance) {
        for (Index i = 0; i < n; ++i) {
            const bool exactHit = (dist.row(i).array() == 0.0).any();
            for (int j = 0; j < k; ++j)
                w(i, j) = exactHit ? (dist(i, j) == 0.0 ? 1.0 : 0.0) : 1.0 / dist(i, j);
        }
    }
    Prediction pred;
    if (task() == Task::Regression) {
        pred.value.resize(n);
        for (Index i = 0; i < n; ++i) {
            double sum = 0.0;
            for (int j = 0; j < k; ++j)
                sum += (byDistance ? w(i, j) : 1.0) * m_y(idx(i, j), 0);
            pred.value(i) = byDistance ? sum / w.row(i).sum() : sum / k;
        }
        return pred;
    }
    const Index columns = task() == Task::Multilabel ? m_y.cols() : m_classCount;
    Eigen::MatrixXd proba = Eigen::MatrixXd::Zero(n, columns);
    for (Index i = 0; i < n; ++i) {
        for (int j = 0; j < k; ++j) {
            if (task() == Task::Multilabel)
                proba.row(i) += w(i, j) * m_y.row(idx(i, j));
            else
                proba(i, static_cast<Index>(m_y(idx(i, j), 0))) += w(i, j);
        }
        proba.row(i) /= w.row(i).sum();
    }
    return fromProbabilities(task(), std::move(proba));
}

void KNearestNeighbors::writeState(QJsonObject* state) const
{
    state->insert(QLatin1String("x"), ModelJson::fromMatrix(Eigen::MatrixXd(m_x)));
    state->insert(QLatin1String("y"), ModelJson::fromMatrix(m_y));
    state->insert(QLatin1String("class_count"), m_classCount);
}

bool KNearestNeighbors::readState(const QJsonObject& state, Eigen::Index features)
{
    Eigen::MatrixXd x;
    if (!ModelJson::toMatrix(state.value(QLatin1String("x")), &x)
        || !ModelJson::toMatrix(state.value(QLatin1String("y")), &m_y))
        return false;
    m_classCount = state.value(QLatin1String("class_count")).toInt(-1);
    if (x.cols() != features || x.rows() != m_y.rows() || x.rows() < intParam("n_neighbors") || m_classCount < 0)
        return false;
    if (isClassification(task()) && (m_y.cols() != 1 || (m_y.array() < 0).any() || (m_y.array() >= m_classCount).any()))
        return false;
    m_x = x;
    m_norms = m_x.rowwise().squaredNorm();
    m_threads = 0;
    return true;
}

} // namespace pp
