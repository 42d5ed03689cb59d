#pragma once

#include "common/job.h"
#include "common/params.h"
#include "common/result.h"
#include "data/table.h"
#include "ml/task.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <vector>

namespace pp {

/// What a step may know about the modelling problem while fitting (e.g. target encoding
/// and feature selection need the target; resampling needs the classes).
struct FitInfo
{
    QStringList targets;   ///< target column name(s); empty for unsupervised preparation
    Task task = Task::Regression;
    quint64 seed = 42;     ///< base seed; steps derive their own from it
    /// How many steps of the same kind come before this one in the pipeline (enabled or not);
    /// 0 for the first. Pipeline::fitTransform sets it (Pipeline::fitInfoFor), so that two steps
    /// of one kind that derive their seed from `seed` do not draw the same random numbers.
    int kindIndex = 0;
};

/// One step of a preprocessing pipeline. A step is configured (config), fitted on training
/// rows only (fit), then replays exactly the fitted transformation on any table with the
/// same columns (transform): validation, test and new data. Its JSON has two parts: the
/// user's settings and the fitted state, so a saved model replays without refitting.
class Step
{
public:
    virtual ~Step() = default;

    /// Stable key used in JSON: "impute", "scale", "onehot", "smote", ...
    virtual QString kind() const = 0;

    /// The settings form: ParamSpecs (translated labels/tooltips) and current values.
    virtual std::vector<ParamSpec> paramSpecs(const Table* input) const = 0;
    virtual QVariantMap params() const = 0;
    /// Validates and applies settings; unknown keys and bad values are errors naming them.
    virtual Status setParams(const QVariantMap& params) = 0;

    /// Learns what the step needs from the training rows (medians, scales, categories...).
    virtual Status fit(const Table& train, const FitInfo& info, JobControl* job) = 0;
    virtual bool isFitted() const = 0;
    /// Applies the fitted step. Never refits. Errors name the missing/mistyped column.
    virtual Result<Table> transform(const Table& input, JobControl* job) const = 0;
    /// Fits on `train` and returns it transformed; what Pipeline::fitTransform calls. The
    /// default is fit() then transform(). A step whose output on its own training rows must
    /// differ from a replay overrides it: out-of-fold target encoding never lets a training
    /// row see its own target.
    virtual Result<Table> fitTransform(const Table& train, const FitInfo& info, JobControl* job)
    {
        Status fitted = fit(train, info, job);
        if (!fitted.ok())
            return Result<Table>::from(fitted);
        Result<Table> out = transform(train, job);
        out.warnings().insert(out.warnings().begin(), fitted.warnings().begin(), fitted.warnings().end());
        return out;
    }
    /// Steps that only make sense on training rows (resampling): the pipeline applies them
    /// while fitting and skips them when transforming other data.
    virtual bool trainOnly() const { return false; }

    /// Fitted values for saving a model and replaying it; empty when not fitted.
    virtual QJsonObject fittedState() const = 0;
    virtual Status setFittedState(const QJsonObject& state) = 0;

    /// Human description, translated, with fitted values once fitted, e.g.
    /// "Impute Income with median (51,381.5)".
    virtual QString describe() const = 0;

    bool isEnabled() const { return m_enabled; }
    void setEnabled(bool enabled) { m_enabled = enabled; }

private:
    bool m_enabled = true;
};

/// What the step menu shows: kinds grouped by category, with translated names.
struct StepInfo
{
    QString kind;
    QString category;   ///< "columns", "missing", "outliers", "transform", "scale", "encode",
                        ///< "construct", "select", "text", "sequence", "resample"
    std::function<QString()> displayName;
    std::function<QString()> description;
    std::function<std::unique_ptr<Step>()> create;
};

/// All step kinds (registered explicitly by registerPrepSteps(); idempotent).
class StepRegistry
{
public:
    static StepRegistry& instance();
    void add(StepInfo info);
    const StepInfo* find(const QString& kind) const;
    std::vector<const StepInfo*> all() const;
    Result<std::unique_ptr<Step>> create(const QString& kind) const;

private:
    std::vector<StepInfo> m_steps;
};

void registerPrepSteps();
/// Registers the feature construction, selection, text, sequence and resampling step kinds
/// (core/prep/advanced_steps.cpp); idempotent.
void registerAdvancedPrepSteps();
/// Translated name of a step category.
QString stepCategoryDisplayName(const QString& category);

} // namespace pp
