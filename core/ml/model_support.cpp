#include "ml/model_support.h"

#include <algorithm>

namespace pp {

ParamSpec ModelSupport::maxIterParam(int defaultValue, int maximum)
{
    ParamSpec s;
    s.key = QStringLiteral("max_iter");
    s.type = ParamType::Int;
    s.defaultValue = defaultValue;
    s.minimum = 1;
    s.maximum = maximum;
    s.label = tr("Maximum iterations");
    s.tooltip = tr("Upper limit on solver iterations. Training stops earlier once the tolerance is met; "
                   "raise it if training ends with a \"did not converge\" warning.");
    s.advanced = true;
    return s;
}

ParamSpec ModelSupport::tolParam(double defaultValue)
{
    ParamSpec s;
    s.key = QStringLiteral("tol");
    s.type = ParamType::Double;
    s.defaultValue = defaultValue;
    s.minimum = 1e-15;
    s.maximum = 1.0;
    s.logScale = true;
    s.label = tr("Tolerance");
    s.tooltip = tr("Stopping tolerance: the solver stops when its progress falls below this. "
                   "Smaller values give a more exact solution and take longer.");
    s.advanced = true;
    return s;
}

ParamSpec ModelSupport::classWeightParam()
{
    ParamSpec s;
    s.key = QStringLiteral("class_weight");
    s.type = ParamType::Choice;
    s.defaultValue = QStringLiteral("none");
    s.choices = QStringList{QStringLiteral("none"), QStringLiteral("balanced")};
    s.choiceLabels = QStringList{tr("None"), tr("Balanced")};
    s.label = tr("Class weights");
    s.tooltip = tr("\"Balanced\" weights each class inversely to how often it occurs, so that rare classes "
                   "(e.g. the few big spenders) count as much as common ones. Use it when classes are "
                   "very unequal in size.");
    return s;
}

ParamSpec ModelSupport::seedParam()
{
    ParamSpec s;
    s.key = QStringLiteral("seed");
    s.type = ParamType::Int;
    s.defaultValue = 42;
    s.minimum = 0;
    s.maximum = 2147483647.0;
    s.label = tr("Random seed");
    s.tooltip = tr("Seed for the random order in which the solver visits rows. The same seed gives the "
                   "same model; change it to check that results do not hinge on luck.");
    s.advanced = true;
    return s;
}

ParamSpec ModelSupport::unusedSeedParam()
{
    ParamSpec s = seedParam();
    s.tooltip = tr("Accepted by every model so that one script can give all of them the same seed. This "
                   "model has no randomness (the same data always give the same model), so the seed "
                   "changes nothing.");
    s.hidden = true;
    return s;
}

Eigen::VectorXd ModelSupport::sampleWeights(const MlData& data)
{
    if (data.weight.empty())
        return Eigen::VectorXd::Ones(data.rows());
    return Eigen::Map<const Eigen::VectorXd>(data.weight.data(), static_cast<Eigen::Index>(data.weight.size()));
}

std::vector<int> ModelSupport::classIndices(const MlData& data)
{
    std::vector<int> y(static_cast<std::size_t>(data.rows()));
    for (Eigen::Index i = 0; i < data.rows(); ++i)
        y[static_cast<std::size_t>(i)] = static_cast<int>(data.y(i, 0));
    return y;
}

std::vector<int> ModelSupport::presentClasses(const std::vector<int>& y, int classCount)
{
    std::vector<char> seen(static_cast<std::size_t>(std::max(classCount, 0)), 0);
    for (int c : y)
        if (c >= 0 && c < classCount)
            seen[static_cast<std::size_t>(c)] = 1;
    std::vector<int> out;
    for (int c = 0; c < classCount; ++c)
        if (seen[static_cast<std::size_t>(c)])
            out.push_back(c);
    return out;
}

Eigen::VectorXd ModelSupport::balancedClassWeights(const std::vector<int>& y, int classCount)
{
    Eigen::VectorXd counts = Eigen::VectorXd::Zero(classCount);
    for (int c : y)
        counts(c) += 1.0;
    const double present = static_cast<double>((counts.array() > 0).count());
    Eigen::VectorXd w = Eigen::VectorXd::Zero(classCount);
    for (int c = 0; c < classCount; ++c)
        if (counts(c) > 0)
            w(c) = static_cast<double>(y.size()) / (present * counts(c));
    return w;
}

FitReporter::FitReporter(FitContext& context) : m_context(context)
{
    m_timer.start();
}

bool FitReporter::proceed() const
{
    if (m_context.job && !m_context.job->waitWhilePaused())
        return false;
    return !isCancelled(m_context.job);
}

void FitReporter::progress(double fraction, const QString& stage) const
{
    reportProgress(m_context.job, fraction, stage);
}

void FitReporter::epoch(int epoch, double trainLoss) const
{
    EpochRecord r;
    r.epoch = epoch;
    r.trainLoss = trainLoss;
    this->epoch(std::move(r), true);
}

void FitReporter::epoch(EpochRecord record, bool stamp) const
{
    if (!m_context.onEpoch)
        return;
    if (stamp)
        record.seconds = seconds();
    m_context.onEpoch(record);
}

qint64 FitReporter::sparseReports(int maxIterations)
{
    const qint64 m = std::max(maxIterations, 0);
    const qint64 sparse = std::min<qint64>(m, 20) + std::max<qint64>(0, m / 10 - 2);
    return sparse + (m > 0 && !sparseIteration(maxIterations) ? 1 : 0);
}

ValidationTracker::ValidationTracker(const FitContext& context, Task task, const MlData* valid,
    const MlData& train, qint64 maxReports, qint64 finals)
{
    if (!context.onEpoch || !valid || valid->rows() == 0 || valid->x.cols() != train.x.cols()
        || valid->y.rows() != valid->rows() || valid->y.cols() != train.y.cols() || !valid->x.allFinite()
        || !valid->y.allFinite())
        return;
    if (!valid->weight.empty() && static_cast<Eigen::Index>(valid->weight.size()) != valid->rows())
        return;
    m_valid = valid;
    m_metrics = EpochMetrics(task, *valid);
    m_weights = ModelSupport::sampleWeights(*valid);
    // Every point up to m_dense, then one in m_stride, so that with the finals the run
    // measures at most about kBudget points.
    const qint64 rest = maxReports - m_dense;
    const qint64 slots = std::max<qint64>(kBudget - m_dense - std::max<qint64>(finals, 0), 1);
    m_stride = rest > 0 ? std::max<qint64>((rest + slots - 1) / slots, 1) : 1;
}

bool ValidationTracker::next(bool last)
{
    if (!m_valid)
        return false;
    ++m_count;
    return last || m_count <= m_dense || (m_count - m_dense) % m_stride == 0;
}

void ValidationTracker::measure(const Prediction& prediction, double validLoss, EpochRecord* record) const
{
    record->validLoss = validLoss;
    m_metrics.fromPrediction(prediction, &record->metrics);
}

} // namespace pp
