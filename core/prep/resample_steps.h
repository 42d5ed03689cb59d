#pragma once

#include "prep/advanced_step.h"

#include <random>

namespace pp {

/// Common part of the class-balancing steps. They only ever see training rows: trainOnly() is
/// true, so the pipeline applies them while fitting and skips them for validation, test and
/// new data (a model must be judged on the class mix it will meet).
/// fit() records the class counts before and after (shown by describe()); transform() does
/// the resampling of the table it is given with the step's seed, so the training table
/// fitted on is resampled the same way every time.
/// Targets: a classification target (binary or multiclass); rows with a missing target are
/// kept as they are and never sampled.
class ResampleStep : public AdvancedStep
{
    Q_DECLARE_TR_FUNCTIONS(pp::ResampleStep)
public:
    bool trainOnly() const override { return true; }
    Status fit(const Table& train, const FitInfo& info, JobControl* job) override;
    Result<Table> transform(const Table& input, JobControl* job) const override;
    QJsonObject fittedState() const override;
    Status setFittedState(const QJsonObject& state) override;
    QString describe() const override;

    const QStringList& classNames() const { return m_classes; }
    const std::vector<qint64>& countsBefore() const { return m_before; }
    const std::vector<qint64>& countsAfter() const { return m_after; }

protected:
    void clearFit() override;
    /// Rows each class should end with, given the counts now (the sampling strategy).
    virtual std::vector<qint64> targetCounts(const std::vector<qint64>& counts) const;
    /// Checks the data before anything is sampled (SMOTE: numeric features only).
    virtual Status checkInput(const Table& input) const { return Unit{}; }
    /// Builds the resampled table; `codes` are the fitted class of each row (-1: missing or
    /// unknown), `want` the count per class.
    virtual Result<Table> resample(const Table& input, const std::vector<int>& codes,
                                   const std::vector<qint64>& want, quint64 seed, JobControl* job) const = 0;
    /// Strategy and seed specs shared by the sampling steps.
    static std::vector<ParamSpec> samplingSpecs(bool oversampling);
    /// The part of describe() before the counts.
    virtual QString summary() const = 0;

    QString m_target;
    QStringList m_classes;
    std::vector<qint64> m_before;
    std::vector<qint64> m_after;
    quint64 m_seed = 0;
};

/// Uniform integers and doubles from a documented recipe, so seeds replay on any platform
/// (std::uniform_int_distribution differs between standard libraries).
class SeededRandom
{
public:
    explicit SeededRandom(quint64 seed) : m_engine(seed) {}
    /// Uniform in [0, n), n > 0 (rejection sampling, no modulo bias).
    quint64 below(quint64 n);
    /// Uniform in [0, 1).
    double unit() { return static_cast<double>(m_engine() >> 11) * 0x1.0p-53; }

private:
    std::mt19937_64 m_engine;
};

/// "random_oversample": repeats randomly chosen rows (with replacement) of the smaller
/// classes, appended after the original rows, until each class reaches the majority count
/// ("balance") or ratio × the majority count ("ratio"), as imbalanced-learn's
/// RandomOverSampler.
class RandomOversampleStep : public ResampleStep
{
    Q_DECLARE_TR_FUNCTIONS(pp::RandomOversampleStep)
public:
    RandomOversampleStep() { initParams(); }
    static QString staticDisplayName() { return tr("Random oversampling"); }
    static QString staticDescription();
    QString kind() const override { return QStringLiteral("random_oversample"); }
    QString displayName() const override { return staticDisplayName(); }
    std::vector<ParamSpec> paramSpecs(const Table* input) const override { return samplingSpecs(true); }

protected:
    Result<Table> resample(const Table& input, const std::vector<int>& codes, const std::vector<qint64>& want,
                           quint64 seed, JobControl* job) const override;
    QString summary() const override;
};

/// "random_undersample": keeps a random subset (without replacement, original order) of the
/// larger classes so that each has the minority count ("balance") or at most minority / ratio
/// rows ("ratio"), as imbalanced-learn's RandomUnderSampler.
class RandomUndersampleStep : public ResampleStep
{
    Q_DECLARE_TR_FUNCTIONS(pp::RandomUndersampleStep)
public:
    RandomUndersampleStep() { initParams(); }
    static QString staticDisplayName() { return tr("Random undersampling"); }
    static QString staticDescription();
    QString kind() const override { return QStringLiteral("random_undersample"); }
    QString displayName() const override { return staticDisplayName(); }
    std::vector<ParamSpec> paramSpecs(const Table* input) const override { return samplingSpecs(false); }

protected:
    std::vector<qint64> targetCounts(const std::vector<qint64>& counts) const override;
    Result<Table> resample(const Table& input, const std::vector<int>& codes, const std::vector<qint64>& want,
                           quint64 seed, JobControl* job) const override;
    QString summary() const override;
};

/// "smote": synthetic rows for the smaller classes, as imbalanced-learn's SMOTE: for each new
/// row, a random sample x of the class and one of its k nearest neighbours (Euclidean, same
/// class) are chosen and the new point is x + u · (neighbour − x) with u uniform in [0, 1),
/// so it lies on the segment between them. Every column other than the target, id and ignored
/// columns must be numeric or boolean without missing values (impute and encode first);
/// booleans are rounded back to 0/1; id and ignored columns of synthetic rows are missing,
/// except the `__weight__` of an earlier class_weights step, which a synthetic row copies from
/// the sample it was made from (the weight of its class). Synthetic rows are appended
/// after the original ones. With fewer than k + 1 rows in a class, k shrinks to the class size
/// minus one (a warning says so).
class SmoteStep : public ResampleStep
{
    Q_DECLARE_TR_FUNCTIONS(pp::SmoteStep)
public:
    SmoteStep() { initParams(); }
    static QString staticDisplayName() { return tr("SMOTE"); }
    static QString staticDescription();
    QString kind() const override { return QStringLiteral("smote"); }
    QString displayName() const override { return staticDisplayName(); }
    std::vector<ParamSpec> paramSpecs(const Table* input) const override;

protected:
    Status checkInput(const Table& input) const override;
    Result<Table> resample(const Table& input, const std::vector<int>& codes, const std::vector<qint64>& want,
                           quint64 seed, JobControl* job) const override;
    QString summary() const override;

private:
    QStringList featureColumns(const Table& input) const;
};

/// "class_weights": leaves the rows alone and adds a column `__weight__` holding each row's
/// balanced class weight n_samples / (n_classes · count of its class), the formula of
/// sklearn.utils.class_weight.compute_class_weight("balanced"), learned on the training rows.
/// The trainer uses a `__weight__` column as sample weights (and not as a feature). Rows with
/// a missing target get weight 0.
class ClassWeightsStep : public ResampleStep
{
    Q_DECLARE_TR_FUNCTIONS(pp::ClassWeightsStep)
public:
    ClassWeightsStep() { initParams(); }
    static QString staticDisplayName() { return tr("Class weights"); }
    static QString staticDescription();
    static QString weightColumn() { return QStringLiteral("__weight__"); }
    QString kind() const override { return QStringLiteral("class_weights"); }
    QString displayName() const override { return staticDisplayName(); }
    std::vector<ParamSpec> paramSpecs(const Table* input) const override { return {}; }
    QString describe() const override;

    /// Weight of each fitted class.
    std::vector<double> weights() const;

protected:
    std::vector<qint64> targetCounts(const std::vector<qint64>& counts) const override { return counts; }
    Result<Table> resample(const Table& input, const std::vector<int>& codes, const std::vector<qint64>& want,
                           quint64 seed, JobControl* job) const override;
    QString summary() const override;
};

} // namespace pp
