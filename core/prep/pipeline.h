#pragma once

#include "prep/step.h"

#include <QJsonObject>

#include <memory>
#include <vector>

namespace pp {

/// An ordered list of steps. fit() fits each enabled step on the training rows as
/// transformed by the steps before it; transform() replays the fitted steps unchanged
/// (skipping train-only steps such as resampling). No step ever sees validation or test rows
/// while fitting.
class Pipeline
{
public:
    Pipeline() = default;
    Pipeline(Pipeline&&) = default;
    Pipeline& operator=(Pipeline&&) = default;
    /// Deep copy through JSON (config and fitted state).
    Pipeline clone() const;

    std::size_t size() const { return m_steps.size(); }
    Step& step(std::size_t i) { return *m_steps[i]; }
    const Step& step(std::size_t i) const { return *m_steps[i]; }
    void insert(std::size_t at, std::unique_ptr<Step> step);
    void append(std::unique_ptr<Step> step) { insert(m_steps.size(), std::move(step)); }
    std::unique_ptr<Step> take(std::size_t i);
    void move(std::size_t from, std::size_t to);
    void clear() { m_steps.clear(); }

    /// Fits every enabled step; returns the transformed training table (resampling included).
    /// Each step gets fitInfoFor(its index, info).
    Result<Table> fitTransform(const Table& train, const FitInfo& info, JobControl* job = nullptr);
    /// `base` with what is particular to step `i`: its kindIndex (the number of steps of the same
    /// kind before it, enabled or not). Whoever fits the steps one by one (a preview) passes this
    /// to get the seeds a full fit would use.
    FitInfo fitInfoFor(std::size_t i, const FitInfo& base) const;
    /// Replays the fitted steps (train-only steps skipped). Errors name the step and column.
    Result<Table> transform(const Table& input, JobControl* job = nullptr) const;
    bool isFitted() const;

    /// {"version":1,"steps":[{"kind":..., "enabled":..., "params":{...}, "fitted":{...}}]}
    /// `withFitted` includes fitted states (saved models); a pipeline file for users omits them.
    QJsonObject toJson(bool withFitted = false) const;
    static Result<Pipeline> fromJson(const QJsonObject& json);

private:
    std::vector<std::unique_ptr<Step>> m_steps;
};

} // namespace pp
