#include "prep/resample_steps.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace pp {

namespace {

/// Every cell of `c` missing (the id columns of synthetic rows).
void makeAllMissing(Column& c)
{
    const std::size_t n = c.size();
    switch (c.type()) {
    case ColumnType::Numeric:
        std::fill(c.numbers().begin(), c.numbers().end(), std::numeric_limits<double>::quiet_NaN());
        break;
    case ColumnType::Categorical:
        std::fill(c.codes().begin(), c.codes().end(), kMissingCode);
        break;
    case ColumnType::Boolean:
        std::fill(c.bools().begin(), c.bools().end(), kMissingBool);
        break;
    case ColumnType::DateTime:
        std::fill(c.times().begin(), c.times().end(), kMissingTime);
        break;
    case ColumnType::Text:
        c.text().clear();
        for (std::size_t i = 0; i < n; ++i)
            c.text().appendMissing();
        break;
    }
}

QJsonArray countsToJson(const std::vector<qint64>& v)
{
    QJsonArray a;
    for (qint64 x : v)
        a.append(static_cast<double>(x));
    return a;
}

std::vector<qint64> countsFromJson(const QJsonArray& a)
{
    std::vector<qint64> v;
    for (const QJsonValue& x : a)
        v.push_back(static_cast<qint64>(x.toDouble()));
    return v;
}

} // namespace

quint64 SeededRandom::below(quint64 n)
{
    // Largest multiple of n that fits; draws above it are rejected.
    const quint64 limit = std::numeric_limits<quint64>::max() - std::numeric_limits<quint64>::max() % n;
    quint64 x;
    do
        x = m_engine();
    while (x >= limit);
    return x % n;
}

// ---------------------------------------------------------------------------------------------
// shared

void ResampleStep::clearFit()
{
    AdvancedStep::clearFit();
    m_target.clear();
    m_classes.clear();
    m_before.clear();
    m_after.clear();
    m_seed = 0;
}

std::vector<ParamSpec> ResampleStep::samplingSpecs(bool oversampling)
{
    return {
        choiceSpec(QStringLiteral("strategy"), QStringLiteral("balance"),
                   {QStringLiteral("balance"), QStringLiteral("ratio")},
                   {tr("balance all classes"), tr("reach a ratio")}, tr("Strategy"),
                   oversampling ? tr("Balance: every class grows to the size of the largest. Ratio: smaller "
                                     "classes grow to at least ratio × the largest.")
                                : tr("Balance: every class shrinks to the size of the smallest. Ratio: larger "
                                     "classes shrink to at most the smallest ÷ ratio.")),
        doubleSpec(QStringLiteral("ratio"), 1.0, 0.01, 1.0, tr("Ratio"),
                   tr("Ratio strategy: the wanted size of the smaller classes relative to the largest "
                      "(1 = equal).")),
        intSpec(QStringLiteral("seed"), -1, -1, std::numeric_limits<int>::max(), tr("Seed"),
                tr("The same seed gives the same rows; -1 uses the pipeline's seed.")),
    };
}

std::vector<qint64> ResampleStep::targetCounts(const std::vector<qint64>& counts) const
{
    const qint64 majority = counts.empty() ? 0 : *std::max_element(counts.begin(), counts.end());
    const bool balance = str("strategy") != QLatin1String("ratio");
    const auto goal = balance ? majority : static_cast<qint64>(std::floor(number("ratio") * static_cast<double>(majority)));
    std::vector<qint64> want(counts.size());
    for (std::size_t c = 0; c < counts.size(); ++c)
        want[c] = counts[c] == 0 ? 0 : std::max(counts[c], goal);
    return want;
}

Status ResampleStep::fit(const Table& train, const FitInfo& info, JobControl*)
{
    clearFit();
    if (info.targets.size() != 1)
        return failure(tr("needs exactly one target column; choose the target first."));
    if (!isClassification(info.task))
        return failure(tr("balances classes, so it needs a classification target; '%1' is set up as %2.")
                           .arg(info.targets.front(), taskDisplayName(info.task)));
    QString error;
    const Column* target = requireColumn(train, info.targets.front(), &error);
    if (!target)
        return Status::failure(error);
    const ClassLabels labels = classLabels(*target);
    if (labels.names.size() < 2)
        return failure(tr("target '%1' has fewer than two classes in the training rows.").arg(target->name()));
    m_target = target->name();
    m_classes = labels.names;
    m_before.assign(static_cast<std::size_t>(m_classes.size()), 0);
    for (int code : labels.codes)
        if (code >= 0)
            ++m_before[static_cast<std::size_t>(code)];
    m_after = targetCounts(m_before);
    const int ownSeed = m_params.contains(QStringLiteral("seed")) ? integer("seed") : -1;
    m_seed = stepSeed(ownSeed, info.seed, kindSalt(stableHash(kind()), info));
    m_fitted = true;   // checkInput reads the fitted target
    Status checked = checkInput(train);
    if (!checked.ok()) {
        clearFit();
        return checked;
    }
    return Unit{};
}

Result<Table> ResampleStep::transform(const Table& input, JobControl* job) const
{
    if (!m_fitted)
        return Result<Table>::from(notFitted());
    const Column* target = input.find(m_target);
    if (!target)
        return failureAs<Table>(tr("target column '%1' is not in the data (resampling applies to training rows only).")
                                    .arg(m_target));
    Status checked = checkInput(input);
    if (!checked.ok())
        return Result<Table>::from(checked);
    const ClassLabels labels = classLabels(*target);
    std::vector<int> toFitted(static_cast<std::size_t>(labels.names.size()), -1);
    QStringList unknown;
    for (qsizetype k = 0; k < labels.names.size(); ++k) {
        toFitted[static_cast<std::size_t>(k)] = static_cast<int>(m_classes.indexOf(labels.names[k]));
        if (toFitted[static_cast<std::size_t>(k)] < 0)
            unknown << labels.names[k];
    }
    std::vector<int> codes(labels.codes.size(), -1);
    std::vector<qint64> counts(static_cast<std::size_t>(m_classes.size()), 0);
    for (std::size_t i = 0; i < codes.size(); ++i) {
        if (labels.codes[i] < 0)
            continue;
        codes[i] = toFitted[static_cast<std::size_t>(labels.codes[i])];
        if (codes[i] >= 0)
            ++counts[static_cast<std::size_t>(codes[i])];
    }
    auto out = resample(input, codes, targetCounts(counts), m_seed, job);
    if (out.ok() && !unknown.isEmpty())
        out.addWarning({QStringLiteral("unknown_class"), 0, 0,
                        message(tr("classes not seen when fitting were left as they are: %1")
                                    .arg(unknown.join(QStringLiteral(", "))))});
    return out;
}

QJsonObject ResampleStep::fittedState() const
{
    if (!m_fitted)
        return {};
    QJsonObject o;
    o.insert(QStringLiteral("target"), m_target);
    o.insert(QStringLiteral("classes"), QJsonArray::fromStringList(m_classes));
    o.insert(QStringLiteral("counts_before"), countsToJson(m_before));
    o.insert(QStringLiteral("counts_after"), countsToJson(m_after));
    // As a string: JSON numbers are doubles and would round a 64-bit seed.
    o.insert(QStringLiteral("seed"), QString::number(m_seed));
    return o;
}

Status ResampleStep::setFittedState(const QJsonObject& state)
{
    clearFit();
    if (state.isEmpty())
        return Unit{};
    m_target = state.value(QStringLiteral("target")).toString();
    for (const QJsonValue& v : state.value(QStringLiteral("classes")).toArray())
        m_classes << v.toString();
    m_before = countsFromJson(state.value(QStringLiteral("counts_before")).toArray());
    m_after = countsFromJson(state.value(QStringLiteral("counts_after")).toArray());
    bool ok = false;
    m_seed = state.value(QStringLiteral("seed")).toString().toULongLong(&ok);
    if (m_target.isEmpty() || !ok || m_before.size() != static_cast<std::size_t>(m_classes.size())
        || m_after.size() != m_before.size()) {
        clearFit();
        return failure(tr("the saved state is incomplete (target, classes, counts or seed)."));
    }
    m_fitted = true;
    return Unit{};
}

QString ResampleStep::describe() const
{
    if (!m_fitted)
        return summary();
    QStringList parts;
    for (qsizetype k = 0; k < m_classes.size(); ++k)
        parts << tr("%1: %2 → %3")
                     .arg(m_classes[k])
                     .arg(m_before[static_cast<std::size_t>(k)])
                     .arg(m_after[static_cast<std::size_t>(k)]);
    return tr("%1 on %2 (%3)").arg(summary(), m_target, parts.join(QStringLiteral(", ")));
}

// ---------------------------------------------------------------------------------------------
// random oversampling

QString RandomOversampleStep::staticDescription()
{
    return tr("Repeats random rows of the smaller classes until the classes are balanced (training rows only).");
}

QString RandomOversampleStep::summary() const
{
    return str("strategy") == QLatin1String("ratio") ? tr("Random oversampling to %1 × the largest class")
                                                           .arg(formatNumber(number("ratio")))
                                                     : tr("Random oversampling");
}

Result<Table> RandomOversampleStep::resample(const Table& input, const std::vector<int>& codes,
                                             const std::vector<qint64>& want, quint64 seed, JobControl*) const
{
    std::vector<std::vector<std::size_t>> members(want.size());
    for (std::size_t i = 0; i < codes.size(); ++i)
        if (codes[i] >= 0)
            members[static_cast<std::size_t>(codes[i])].push_back(i);
    std::vector<std::size_t> rows(input.rowCount());
    std::iota(rows.begin(), rows.end(), 0);
    SeededRandom rng(seed);
    for (std::size_t c = 0; c < want.size(); ++c) {
        const auto have = static_cast<qint64>(members[c].size());
        for (qint64 s = have; s < want[c] && have > 0; ++s)
            rows.push_back(members[c][rng.below(static_cast<quint64>(have))]);
    }
    return input.takeRows(rows);
}

// ---------------------------------------------------------------------------------------------
// random undersampling

QString RandomUndersampleStep::staticDescription()
{
    return tr("Keeps a random part of the larger classes so that the classes are balanced (training rows only).");
}

QString RandomUndersampleStep::summary() const
{
    return str("strategy") == QLatin1String("ratio") ? tr("Random undersampling to a ratio of %1")
                                                           .arg(formatNumber(number("ratio")))
                                                     : tr("Random undersampling");
}

std::vector<qint64> RandomUndersampleStep::targetCounts(const std::vector<qint64>& counts) const
{
    qint64 minority = std::numeric_limits<qint64>::max();
    for (qint64 c : counts)
        if (c > 0)
            minority = std::min(minority, c);
    const bool balance = str("strategy") != QLatin1String("ratio");
    const auto goal = balance ? minority : static_cast<qint64>(std::floor(static_cast<double>(minority) / number("ratio")));
    std::vector<qint64> want(counts.size());
    for (std::size_t c = 0; c < counts.size(); ++c)
        want[c] = std::min(counts[c], goal);
    return want;
}

Result<Table> RandomUndersampleStep::resample(const Table& input, const std::vector<int>& codes,
                                              const std::vector<qint64>& want, quint64 seed, JobControl*) const
{
    std::vector<std::vector<std::size_t>> members(want.size());
    for (std::size_t i = 0; i < codes.size(); ++i)
        if (codes[i] >= 0)
            members[static_cast<std::size_t>(codes[i])].push_back(i);
    std::vector<bool> keep(codes.size(), true);
    SeededRandom rng(seed);
    for (std::size_t c = 0; c < want.size(); ++c) {
        auto& m = members[c];
        const auto goal = static_cast<std::size_t>(want[c]);
        if (goal >= m.size())
            continue;
        // Partial Fisher-Yates: the first `goal` entries become a uniform sample.
        for (std::size_t i = 0; i < goal; ++i)
            std::swap(m[i], m[i + rng.below(m.size() - i)]);
        for (std::size_t i = goal; i < m.size(); ++i)
            keep[m[i]] = false;
    }
    std::vector<std::size_t> rows;
    for (std::size_t i = 0; i < keep.size(); ++i)
        if (keep[i])
            rows.push_back(i);
    return input.takeRows(rows);
}

// ---------------------------------------------------------------------------------------------
// SMOTE

QString SmoteStep::staticDescription()
{
    return tr("Creates synthetic rows of the smaller classes between each row and its nearest "
              "neighbours of the same class (training rows only; numeric features).");
}

std::vector<ParamSpec> SmoteStep::paramSpecs(const Table*) const
{
    std::vector<ParamSpec> s = samplingSpecs(true);
    s.insert(s.begin(), intSpec(QStringLiteral("k_neighbors"), 5, 1, 100, tr("Neighbours (k)"),
                                tr("A synthetic row lies between a row and one of its k nearest neighbours "
                                   "of the same class.")));
    return s;
}

QString SmoteStep::summary() const { return tr("SMOTE (k = %1)").arg(integer("k_neighbors")); }

QStringList SmoteStep::featureColumns(const Table& input) const
{
    const QStringList keep = protectedColumns(input, {m_target});
    QStringList out;
    for (const Column& c : input.columns())
        if (!keep.contains(c.name()) && c.role() != ColumnRole::Ignore)
            out << c.name();
    return out;
}

Status SmoteStep::checkInput(const Table& input) const
{
    QStringList notNumeric, withMissing;
    for (const QString& name : featureColumns(input)) {
        const Column& c = *input.find(name);
        if (!isNumberColumn(c))
            notNumeric << tr("%1 (%2)").arg(name, columnTypeDisplayName(c.type()));
        else if (c.missingCount() > 0)
            withMissing << name;
    }
    if (!notNumeric.isEmpty())
        return failure(tr("works on numeric features only; encode or drop these columns first: %1.")
                           .arg(notNumeric.join(QStringLiteral(", "))));
    if (!withMissing.isEmpty())
        return failure(tr("these columns have missing values; impute them first: %1.")
                           .arg(withMissing.join(QStringLiteral(", "))));
    return Unit{};
}

Result<Table> SmoteStep::resample(const Table& input, const std::vector<int>& codes, const std::vector<qint64>& want,
                                  quint64 seed, JobControl* job) const
{
    const QStringList features = featureColumns(input);
    std::vector<std::vector<double>> x;
    for (const QString& name : features)
        x.push_back(numericValues(*input.find(name)));
    const std::size_t d = x.size();
    std::vector<std::vector<std::size_t>> members(want.size());
    for (std::size_t i = 0; i < codes.size(); ++i)
        if (codes[i] >= 0)
            members[static_cast<std::size_t>(codes[i])].push_back(i);

    SeededRandom rng(seed);
    std::vector<std::size_t> baseRows;
    std::vector<std::vector<double>> synthetic(d);
    std::vector<Warning> warnings;
    for (std::size_t c = 0; c < want.size(); ++c) {
        const auto& m = members[c];
        const auto need = want[c] - static_cast<qint64>(m.size());
        if (need <= 0 || m.empty())
            continue;
        if (m.size() < 2)
            return failureAs<Table>(tr("class '%1' has a single row; SMOTE needs at least two rows of a class.")
                                        .arg(m_classes[static_cast<qsizetype>(c)]));
        const std::size_t k = std::min<std::size_t>(static_cast<std::size_t>(integer("k_neighbors")), m.size() - 1);
        if (k < static_cast<std::size_t>(integer("k_neighbors")))
            warnings.push_back({QStringLiteral("smote_k_reduced"), 0, 0,
                                message(tr("class '%1' has %2 rows, so k was reduced to %3.")
                                            .arg(m_classes[static_cast<qsizetype>(c)])
                                            .arg(m.size())
                                            .arg(k))});
        // k nearest neighbours within the class (brute force; ties by row order).
        std::vector<std::size_t> nn(m.size() * k);
        std::vector<std::pair<double, std::size_t>> dist(m.size());
        for (std::size_t i = 0; i < m.size(); ++i) {
            if ((i & 255) == 0 && isCancelled(job))
                return Result<Table>::cancelledResult();
            for (std::size_t j = 0; j < m.size(); ++j) {
                double s = 0.0;
                for (std::size_t f = 0; f < d; ++f) {
                    const double diff = x[f][m[i]] - x[f][m[j]];
                    s += diff * diff;
                }
                dist[j] = {j == i ? std::numeric_limits<double>::infinity() : s, j};
            }
            std::partial_sort(dist.begin(), dist.begin() + static_cast<std::ptrdiff_t>(k), dist.end());
            for (std::size_t q = 0; q < k; ++q)
                nn[i * k + q] = dist[q].second;
        }
        // imbalanced-learn's recipe: a uniform (sample, neighbour) pair, a uniform step.
        for (qint64 s = 0; s < need; ++s) {
            const quint64 pick = rng.below(static_cast<quint64>(m.size() * k));
            const std::size_t row = static_cast<std::size_t>(pick) / k;
            const std::size_t a = m[row], b = m[nn[static_cast<std::size_t>(pick)]];
            const double step = rng.unit();
            baseRows.push_back(a);
            for (std::size_t f = 0; f < d; ++f)
                synthetic[f].push_back(x[f][a] + step * (x[f][b] - x[f][a]));
        }
    }

    Table out = input;
    if (!baseRows.empty()) {
        Table extra = input.takeRows(baseRows);   // target (and class) of the base sample
        for (std::size_t f = 0; f < d; ++f) {
            Column& c = *extra.find(features[static_cast<qsizetype>(f)]);
            if (c.type() == ColumnType::Boolean) {
                for (std::size_t i = 0; i < baseRows.size(); ++i)
                    c.bools()[i] = static_cast<std::int8_t>(std::lround(synthetic[f][i]) != 0 ? 1 : 0);
            } else {
                c.numbers() = std::move(synthetic[f]);
            }
        }
        // Ids and ignored columns (the trainer's __source_row__ among them) of synthetic rows do
        // not exist. The sample weight of class_weights is the exception: a synthetic row keeps
        // the weight of the row it was made from, i.e. of its class (a missing weight would
        // count as 1 in training). Repeated rows of random_oversample keep theirs the same way.
        for (Column& c : extra.columns())
            if (c.name() != m_target && !features.contains(c.name()) && c.name() != ClassWeightsStep::weightColumn())
                makeAllMissing(c);
        for (std::size_t i = 0; i < out.columnCount(); ++i)
            out.column(i).append(extra.column(i));
    }
    Result<Table> result(std::move(out));
    for (auto& w : warnings)
        result.addWarning(std::move(w));
    return result;
}

// ---------------------------------------------------------------------------------------------
// class weights

QString ClassWeightsStep::staticDescription()
{
    return tr("Keeps every row and gives rows of rare classes more weight in training "
              "(balanced weights in a __weight__ column).");
}

QString ClassWeightsStep::summary() const { return tr("Balanced class weights"); }

std::vector<double> ClassWeightsStep::weights() const
{
    double n = 0.0, k = 0.0;
    for (qint64 c : m_before) {
        n += static_cast<double>(c);
        k += c > 0 ? 1.0 : 0.0;
    }
    std::vector<double> w(m_before.size(), 0.0);
    for (std::size_t c = 0; c < w.size(); ++c)
        w[c] = m_before[c] > 0 ? n / (k * static_cast<double>(m_before[c])) : 0.0;
    return w;
}

Result<Table> ClassWeightsStep::resample(const Table& input, const std::vector<int>& codes,
                                         const std::vector<qint64>&, quint64, JobControl*) const
{
    const std::vector<double> w = weights();
    std::vector<double> column(codes.size(), 0.0);
    for (std::size_t i = 0; i < codes.size(); ++i)
        if (codes[i] >= 0)
            column[i] = w[static_cast<std::size_t>(codes[i])];
    Table out = input;
    Column c = Column::numeric(weightColumn(), std::move(column));
    c.setRole(ColumnRole::Ignore);   // a weight, not a feature
    setOrAppendColumn(out, std::move(c));
    return out;
}

QString ClassWeightsStep::describe() const
{
    if (!m_fitted)
        return summary();
    const std::vector<double> w = weights();
    QStringList parts;
    for (qsizetype k = 0; k < m_classes.size(); ++k)
        parts << tr("%1: %2 (%3 rows)")
                     .arg(m_classes[k], formatNumber(w[static_cast<std::size_t>(k)], 4))
                     .arg(m_before[static_cast<std::size_t>(k)]);
    return tr("%1 for %2 in column %3: %4")
        .arg(summary(), m_target, weightColumn(), parts.join(QStringLiteral(", ")));
}

} // namespace pp
