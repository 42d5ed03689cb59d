#include "prep/split.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace pp {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pp::Split)
};

/// scikit-learn's _approximate_mode: how many of `draws` rows each class gets so that the
/// counts are proportional, the largest remainders rounding up (ties broken by the seeded
/// generator instead of numpy's).
std::vector<std::size_t> approximateMode(
    const std::vector<std::size_t>& counts, std::size_t draws, SplitMix64& rng)
{
    const double total = static_cast<double>(std::accumulate(counts.begin(), counts.end(), std::size_t(0)));
    std::vector<std::size_t> out(counts.size(), 0);
    if (total <= 0.0 || draws == 0)
        return out;
    std::vector<double> remainder(counts.size());
    std::size_t assigned = 0;
    for (std::size_t c = 0; c < counts.size(); ++c) {
        const double continuous = static_cast<double>(counts[c]) / total * static_cast<double>(draws);
        const double floored = std::floor(continuous);
        out[c] = static_cast<std::size_t>(floored);
        remainder[c] = continuous - floored;
        assigned += out[c];
    }
    std::size_t needToAdd = draws > assigned ? draws - assigned : 0;
    std::vector<double> values = remainder;
    std::sort(values.begin(), values.end(), std::greater<double>());
    values.erase(std::unique(values.begin(), values.end()), values.end());
    for (double value : values) {
        if (needToAdd == 0)
            break;
        std::vector<std::size_t> tied;
        for (std::size_t c = 0; c < counts.size(); ++c)
            if (remainder[c] == value)
                tied.push_back(c);
        shuffleIndices(tied, rng);
        const std::size_t addNow = std::min(tied.size(), needToAdd);
        for (std::size_t i = 0; i < addNow; ++i)
            ++out[tied[i]];
        needToAdd -= addNow;
    }
    return out;
}

} // namespace

quint64 SplitMix64::below(quint64 n)
{
    // Reject draws from the incomplete last block so that every value is equally likely.
    const quint64 limit = ~quint64(0) - (~quint64(0) % n);
    quint64 x = next();
    while (x >= limit)
        x = next();
    return x % n;
}

void shuffleIndices(std::vector<std::size_t>& indices, SplitMix64& rng)
{
    for (std::size_t i = indices.size(); i > 1; --i) {
        const std::size_t j = static_cast<std::size_t>(rng.below(i));
        std::swap(indices[i - 1], indices[j]);
    }
}

Result<SplitIndices> splitRows(const Table& table, const SplitConfig& config)
{
    using R = Result<SplitIndices>;
    if (!(config.testSize >= 0.0 && config.testSize < 1.0))
        return R::failure(Tr::tr("The test share must be at least 0 and below 1, got %1.").arg(config.testSize));
    if (!(config.validSize >= 0.0 && config.validSize < 1.0))
        return R::failure(
            Tr::tr("The validation share must be at least 0 and below 1, got %1.").arg(config.validSize));
    if (config.testSize + config.validSize >= 1.0)
        return R::failure(Tr::tr("The test and validation shares (%1 + %2) leave no training rows.")
                              .arg(config.testSize)
                              .arg(config.validSize));

    SplitIndices out;
    const Column* target = nullptr;
    if (!config.targetColumn.isEmpty()) {
        target = table.find(config.targetColumn);
        if (!target)
            return R::failure(Tr::tr("The target column '%1' is not in the data.").arg(config.targetColumn));
    }
    const Column* time = nullptr;
    if (config.method == SplitConfig::Time) {
        time = table.find(config.timeColumn);
        if (config.timeColumn.isEmpty() || !time)
            return R::failure(
                Tr::tr("A time split needs a time column; '%1' is not in the data.").arg(config.timeColumn));
        if (time->type() != ColumnType::DateTime && time->type() != ColumnType::Numeric)
            return R::failure(Tr::tr("The time column '%1' must hold dates or numbers.").arg(config.timeColumn));
    }
    const Column* strata = nullptr;
    if (config.method == SplitConfig::Stratified) {
        const QString name = config.stratifyColumn.isEmpty() ? config.targetColumn : config.stratifyColumn;
        strata = table.find(name);
        if (name.isEmpty() || !strata)
            return R::failure(
                Tr::tr("A stratified split needs a class column; '%1' is not in the data.").arg(name));
    }

    std::vector<std::size_t> usable;
    usable.reserve(table.rowCount());
    for (std::size_t r = 0; r < table.rowCount(); ++r) {
        if (target && target->isMissing(r)) {
            ++out.missingTarget;
            continue;
        }
        if (time && time->isMissing(r)) {
            ++out.missingTime;
            continue;
        }
        usable.push_back(r);
    }
    const std::size_t n = usable.size();
    const auto nTest = static_cast<std::size_t>(std::ceil(config.testSize * static_cast<double>(n)));
    const auto nValid = static_cast<std::size_t>(std::ceil(config.validSize * static_cast<double>(n)));
    if (n == 0 || nTest + nValid >= n) {
        return R::failure(
            Tr::tr("Too few usable rows (%1) to split into training, validation and test rows.").arg(n));
    }
    const std::size_t nTrain = n - nTest - nValid;
    SplitMix64 rng(config.seed);
    std::vector<Warning> warnings;

    if (config.method == SplitConfig::Time) {
        // Stable: rows with the same time keep their file order.
        std::stable_sort(usable.begin(), usable.end(),
            [time](std::size_t a, std::size_t b) { return time->numericAt(a) < time->numericAt(b); });
        out.train.assign(usable.begin(), usable.begin() + static_cast<std::ptrdiff_t>(nTrain));
        out.valid.assign(usable.begin() + static_cast<std::ptrdiff_t>(nTrain),
            usable.begin() + static_cast<std::ptrdiff_t>(nTrain + nValid));
        out.test.assign(usable.begin() + static_cast<std::ptrdiff_t>(nTrain + nValid), usable.end());
        return out;
    }

    if (config.method == SplitConfig::Random) {
        shuffleIndices(usable, rng);
        out.test.assign(usable.begin(), usable.begin() + static_cast<std::ptrdiff_t>(nTest));
        out.valid.assign(usable.begin() + static_cast<std::ptrdiff_t>(nTest),
            usable.begin() + static_cast<std::ptrdiff_t>(nTest + nValid));
        out.train.assign(usable.begin() + static_cast<std::ptrdiff_t>(nTest + nValid), usable.end());
    } else {
        // Classes in order of first appearance; a missing value is a class of its own.
        QHash<QString, std::size_t> classOf;
        std::vector<QString> classNames;
        std::vector<std::vector<std::size_t>> members;
        for (std::size_t r : usable) {
            const QString key = strata->isMissing(r) ? QString() : strata->displayAt(r);
            auto it = classOf.constFind(key);
            std::size_t c;
            if (it == classOf.constEnd()) {
                c = members.size();
                classOf.insert(key, c);
                classNames.push_back(key);
                members.emplace_back();
            } else {
                c = *it;
            }
            members[c].push_back(r);
        }
        std::vector<std::size_t> counts;
        for (const auto& m : members)
            counts.push_back(m.size());
        const std::vector<std::size_t> testCounts = approximateMode(counts, nTest, rng);
        std::vector<std::size_t> remaining(counts.size());
        for (std::size_t c = 0; c < counts.size(); ++c)
            remaining[c] = counts[c] - testCounts[c];
        const std::vector<std::size_t> validCounts = approximateMode(remaining, nValid, rng);
        const std::size_t parts = 1 + (nTest > 0 ? 1 : 0) + (nValid > 0 ? 1 : 0);
        for (std::size_t c = 0; c < members.size(); ++c) {
            auto& rows = members[c];
            if (rows.size() < parts) {
                Warning w;
                w.kind = QStringLiteral("small_class");
                w.detail = Tr::tr("The class '%1' has only %n row(s), too few to appear in every part.", nullptr,
                                  static_cast<int>(rows.size()))
                               .arg(classNames[c].isEmpty() ? Tr::tr("(missing)") : classNames[c]);
                warnings.push_back(std::move(w));
            }
            shuffleIndices(rows, rng);
            const std::size_t t = testCounts[c];
            const std::size_t v = validCounts[c];
            out.test.insert(out.test.end(), rows.begin(), rows.begin() + static_cast<std::ptrdiff_t>(t));
            out.valid.insert(out.valid.end(), rows.begin() + static_cast<std::ptrdiff_t>(t),
                rows.begin() + static_cast<std::ptrdiff_t>(t + v));
            out.train.insert(out.train.end(), rows.begin() + static_cast<std::ptrdiff_t>(t + v), rows.end());
        }
    }
    std::sort(out.train.begin(), out.train.end());
    std::sort(out.valid.begin(), out.valid.end());
    std::sort(out.test.begin(), out.test.end());
    R result(std::move(out));
    for (auto& w : warnings)
        result.addWarning(std::move(w));
    return result;
}

Result<std::vector<std::vector<std::size_t>>> kFoldIndices(
    std::size_t n, int k, quint64 seed, const std::vector<int>& labels)
{
    using Folds = std::vector<std::vector<std::size_t>>;
    using R = Result<Folds>;
    if (k < 2)
        return R::failure(Tr::tr("Cross-validation needs at least 2 folds, got %1.").arg(k));
    const auto folds = static_cast<std::size_t>(k);
    if (folds > n)
        return R::failure(Tr::tr("Cannot make %1 folds from %2 rows.").arg(k).arg(n));
    if (!labels.empty() && labels.size() != n)
        return R::failure(Tr::tr("Stratified folds need one class per row (%1 classes for %2 rows).")
                              .arg(labels.size())
                              .arg(n));
    SplitMix64 rng(seed);
    Folds out(folds);
    if (labels.empty()) {
        // KFold(shuffle=True): shuffle, then consecutive folds of n/k rows, the first n%k
        // folds one row larger.
        std::vector<std::size_t> order(n);
        std::iota(order.begin(), order.end(), std::size_t(0));
        shuffleIndices(order, rng);
        std::size_t start = 0;
        for (std::size_t f = 0; f < folds; ++f) {
            const std::size_t size = n / folds + (f < n % folds ? 1 : 0);
            out[f].assign(order.begin() + static_cast<std::ptrdiff_t>(start),
                order.begin() + static_cast<std::ptrdiff_t>(start + size));
            std::sort(out[f].begin(), out[f].end());
            start += size;
        }
        return out;
    }

    // StratifiedKFold: classes numbered by first appearance; the sorted class sequence is dealt
    // round-robin to the folds, which fixes how many rows of each class every fold gets; the
    // rows of a class are then assigned to those fold slots in shuffled order.
    QHash<int, std::size_t> classOf;
    std::vector<std::size_t> encoded(n);
    std::vector<std::size_t> counts;
    for (std::size_t i = 0; i < n; ++i) {
        if (labels[i] < 0)
            return R::failure(Tr::tr("Stratified folds need a class for every row; row %1 has none.").arg(i + 1));
        auto it = classOf.constFind(labels[i]);
        if (it == classOf.constEnd()) {
            it = classOf.insert(labels[i], counts.size());
            counts.push_back(0);
        }
        encoded[i] = *it;
        ++counts[*it];
    }
    const std::size_t classes = counts.size();
    if (std::all_of(counts.begin(), counts.end(), [folds](std::size_t c) { return c < folds; }))
        return R::failure(
            Tr::tr("Cannot make %1 stratified folds: every class has fewer rows than that.").arg(k));
    std::vector<Warning> warnings;
    if (*std::min_element(counts.begin(), counts.end()) < folds) {
        Warning w;
        w.kind = QStringLiteral("small_class");
        w.detail = Tr::tr("The smallest class has fewer rows than there are folds; some folds miss it.");
        warnings.push_back(std::move(w));
    }
    std::vector<std::size_t> sorted = encoded;
    std::sort(sorted.begin(), sorted.end());
    std::vector<std::vector<std::size_t>> allocation(folds, std::vector<std::size_t>(classes, 0));
    for (std::size_t i = 0; i < n; ++i)
        ++allocation[i % folds][sorted[i]];
    std::vector<std::vector<std::size_t>> members(classes);
    for (std::size_t i = 0; i < n; ++i)
        members[encoded[i]].push_back(i);
    std::vector<std::size_t> foldOf(n);
    for (std::size_t c = 0; c < classes; ++c) {
        std::vector<std::size_t> slots;
        for (std::size_t f = 0; f < folds; ++f)
            slots.insert(slots.end(), allocation[f][c], f);
        shuffleIndices(slots, rng);
        for (std::size_t j = 0; j < members[c].size(); ++j)
            foldOf[members[c][j]] = slots[j];
    }
    for (std::size_t i = 0; i < n; ++i)
        out[foldOf[i]].push_back(i);
    R result(std::move(out));
    for (auto& w : warnings)
        result.addWarning(std::move(w));
    return result;
}

std::vector<std::size_t> kFoldTrainRows(
    const std::vector<std::vector<std::size_t>>& folds, std::size_t fold, std::size_t n)
{
    std::vector<bool> inFold(n, false);
    if (fold < folds.size())
        for (std::size_t r : folds[fold])
            if (r < n)
                inFold[r] = true;
    std::vector<std::size_t> out;
    out.reserve(n);
    for (std::size_t r = 0; r < n; ++r)
        if (!inFold[r])
            out.push_back(r);
    return out;
}

} // namespace pp
