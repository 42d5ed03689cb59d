#pragma once

#include "common/result.h"
#include "data/table.h"

#include <QString>

#include <cstdint>
#include <vector>

namespace pp {

/// A small portable PRNG (splitmix64): the same seed gives the same stream on every
/// platform and compiler, which std:: distributions do not promise.
class SplitMix64
{
public:
    explicit SplitMix64(quint64 seed)
        : m_state(seed)
    {
    }
    quint64 next()
    {
        quint64 z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    /// Uniform in [0, 1) with 53 random bits.
    double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
    /// Uniform integer in [0, n), unbiased (rejection of the short last range); n > 0.
    quint64 below(quint64 n);

private:
    quint64 m_state;
};

/// Fisher–Yates shuffle driven by SplitMix64.
void shuffleIndices(std::vector<std::size_t>& indices, SplitMix64& rng);

/// How rows are divided into training, validation and test rows.
struct SplitConfig
{
    enum Method {
        Random, ///< a seeded shuffle
        Stratified, ///< class proportions kept in every part (StratifiedShuffleSplit)
        Time, ///< sorted by timeColumn: earliest rows train, then valid, then test
    };
    Method method = Random;
    double testSize = 0.2; ///< share of the usable rows in the test part, [0, 1)
    double validSize = 0.1; ///< share in the validation part, [0, 1); 0 = no validation
    QString timeColumn; ///< Time: numeric or date/time column to sort by
    QString stratifyColumn; ///< Stratified: class column (empty = targetColumn)
    /// Rows whose target is missing cannot be trained on or scored: they are left out of
    /// every part and counted (empty = keep all rows).
    QString targetColumn;
    quint64 seed = 42;
};

/// Row indices into the split table. Random and stratified parts are in ascending row order;
/// time parts in time order (ties by row).
struct SplitIndices
{
    std::vector<std::size_t> train;
    std::vector<std::size_t> valid;
    std::vector<std::size_t> test;
    std::size_t missingTarget = 0; ///< rows left out because the target is missing
    std::size_t missingTime = 0; ///< Time: rows left out because the time is missing
};

/// Splits the rows of `table`. Part sizes follow scikit-learn's train_test_split: the test
/// part has ceil(testSize·n) rows, the validation part ceil(validSize·n), train the rest.
/// Errors: bad sizes, an unknown column, fewer usable rows than parts. Warnings: a class too
/// small to appear in every part.
Result<SplitIndices> splitRows(const Table& table, const SplitConfig& config);

/// K-fold cross-validation, as scikit-learn's KFold(n_splits=k, shuffle=True) or, when
/// `labels` is given (one class code per row, >= 0), StratifiedKFold(shuffle=True): folds are
/// disjoint and cover 0..n-1; plain folds have n/k rows, the first n % k one more; stratified
/// folds get per-class counts as scikit-learn allocates them. Returns the test rows of each
/// fold in ascending order (a fold's training rows are all the others, see kFoldTrainRows).
/// Errors: k < 2, k > n, a label count that differs from n.
Result<std::vector<std::vector<std::size_t>>> kFoldIndices(
    std::size_t n, int k, quint64 seed, const std::vector<int>& labels = {});
/// The rows of 0..n-1 that are not in `folds[fold]`, ascending.
std::vector<std::size_t> kFoldTrainRows(
    const std::vector<std::vector<std::size_t>>& folds, std::size_t fold, std::size_t n);

} // namespace pp
