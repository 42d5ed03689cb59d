#include "prep/pipeline.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>

namespace pp {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pp::Pipeline)
};

constexpr int kFormatVersion = 1;

QString stepName(const Step& step)
{
    const StepInfo* info = StepRegistry::instance().find(step.kind());
    return info && info->displayName ? info->displayName() : step.kind();
}

/// A step's own message without the "<step name>: " it starts with, since the pipeline
/// names the step itself.
QString withoutStepName(const QString& name, const QString& message)
{
    const QString prefix = name + QStringLiteral(": ");
    return message.startsWith(prefix) ? message.mid(prefix.size()) : message;
}

/// "Step 3 (Impute missing values): <message>", keeping the cancelled flag.
ErrorInfo stepError(std::size_t index, const Step& step, const ErrorInfo& inner)
{
    ErrorInfo e = inner;
    if (!inner.cancelled) {
        const QString name = stepName(step);
        e.message = Tr::tr("Step %1 (%2): %3").arg(index + 1).arg(name, withoutStepName(name, inner.message));
    }
    return e;
}

/// Runs `fn` with a JobControl of its own whose progress maps to [from, to] of `parent` and
/// which notices the parent's cancellation whenever it reports progress: steps only know
/// their own 0..1 progress.
template <class Fn> auto withSubJob(JobControl* parent, double from, double to, const QString& stage, Fn&& fn)
{
    if (!parent) {
        return fn(static_cast<JobControl*>(nullptr));
    }
    JobControl child;
    child.setProgressFn([parent, from, to, stage, &child](double f, const QString&) {
        parent->setProgress(from + (to - from) * f, stage);
        if (parent->isCancelled())
            child.cancel();
    });
    if (parent->isCancelled())
        child.cancel();
    parent->setProgress(from, stage);
    return fn(&child);
}

} // namespace

Pipeline Pipeline::clone() const
{
    auto copy = fromJson(toJson(true));
    if (copy.ok())
        return copy.take();
    // Only a step whose state does not round-trip can get here; copy what can be copied.
    Pipeline p;
    for (const auto& s : m_steps) {
        auto made = StepRegistry::instance().create(s->kind());
        if (!made.ok())
            continue;
        auto step = made.take();
        step->setParams(s->params());
        step->setEnabled(s->isEnabled());
        p.append(std::move(step));
    }
    return p;
}

void Pipeline::insert(std::size_t at, std::unique_ptr<Step> step)
{
    if (!step)
        return;
    at = std::min(at, m_steps.size());
    m_steps.insert(m_steps.begin() + static_cast<std::ptrdiff_t>(at), std::move(step));
}

std::unique_ptr<Step> Pipeline::take(std::size_t i)
{
    if (i >= m_steps.size())
        return nullptr;
    auto s = std::move(m_steps[i]);
    m_steps.erase(m_steps.begin() + static_cast<std::ptrdiff_t>(i));
    return s;
}

void Pipeline::move(std::size_t from, std::size_t to)
{
    if (from >= m_steps.size() || to >= m_steps.size() || from == to)
        return;
    auto s = std::move(m_steps[from]);
    m_steps.erase(m_steps.begin() + static_cast<std::ptrdiff_t>(from));
    m_steps.insert(m_steps.begin() + static_cast<std::ptrdiff_t>(to), std::move(s));
}

Result<Table> Pipeline::fitTransform(const Table& train, const FitInfo& info, JobControl* job)
{
    std::vector<std::size_t> active;
    for (std::size_t i = 0; i < m_steps.size(); ++i)
        if (m_steps[i]->isEnabled())
            active.push_back(i);
    Table current = train;
    std::vector<Warning> warnings;
    for (std::size_t a = 0; a < active.size(); ++a) {
        if (isCancelled(job))
            return Result<Table>::cancelledResult();
        Step& step = *m_steps[active[a]];
        const double from = static_cast<double>(a) / static_cast<double>(active.size());
        const double to = static_cast<double>(a + 1) / static_cast<double>(active.size());
        const FitInfo stepInfo = fitInfoFor(active[a], info);
        Result<Table> r = withSubJob(job, from, to, stepName(step),
            [&](JobControl* sub) { return step.fitTransform(current, stepInfo, sub); });
        if (!r.ok()) {
            if (r.cancelled() || isCancelled(job))
                return Result<Table>::cancelledResult();
            return Result<Table>::failure(stepError(active[a], step, r.error()));
        }
        warnings.insert(warnings.end(), r.warnings().begin(), r.warnings().end());
        current = r.take();
    }
    if (isCancelled(job))
        return Result<Table>::cancelledResult();
    reportProgress(job, 1.0);
    Result<Table> out(std::move(current));
    out.warnings() = std::move(warnings);
    return out;
}

FitInfo Pipeline::fitInfoFor(std::size_t i, const FitInfo& base) const
{
    FitInfo info = base;
    info.kindIndex = 0;
    if (i >= m_steps.size())
        return info;
    const QString kind = m_steps[i]->kind();
    for (std::size_t j = 0; j < i; ++j)
        info.kindIndex += m_steps[j]->kind() == kind ? 1 : 0;
    return info;
}

Result<Table> Pipeline::transform(const Table& input, JobControl* job) const
{
    std::vector<std::size_t> active;
    for (std::size_t i = 0; i < m_steps.size(); ++i)
        if (m_steps[i]->isEnabled() && !m_steps[i]->trainOnly())
            active.push_back(i);
    Table current = input;
    std::vector<Warning> warnings;
    for (std::size_t a = 0; a < active.size(); ++a) {
        if (isCancelled(job))
            return Result<Table>::cancelledResult();
        const Step& step = *m_steps[active[a]];
        if (!step.isFitted()) {
            ErrorInfo e;
            e.message = Tr::tr("it has not been fitted; fit the pipeline on training rows first.");
            return Result<Table>::failure(stepError(active[a], step, e));
        }
        const double from = static_cast<double>(a) / static_cast<double>(active.size());
        const double to = static_cast<double>(a + 1) / static_cast<double>(active.size());
        Result<Table> r = withSubJob(
            job, from, to, stepName(step), [&](JobControl* sub) { return step.transform(current, sub); });
        if (!r.ok()) {
            if (r.cancelled() || isCancelled(job))
                return Result<Table>::cancelledResult();
            return Result<Table>::failure(stepError(active[a], step, r.error()));
        }
        warnings.insert(warnings.end(), r.warnings().begin(), r.warnings().end());
        current = r.take();
    }
    if (isCancelled(job))
        return Result<Table>::cancelledResult();
    reportProgress(job, 1.0);
    Result<Table> out(std::move(current));
    out.warnings() = std::move(warnings);
    return out;
}

bool Pipeline::isFitted() const
{
    for (const auto& s : m_steps)
        if (s->isEnabled() && !s->isFitted())
            return false;
    return true;
}

QJsonObject Pipeline::toJson(bool withFitted) const
{
    QJsonArray steps;
    for (const auto& s : m_steps) {
        QJsonObject o;
        o.insert(QStringLiteral("kind"), s->kind());
        o.insert(QStringLiteral("enabled"), s->isEnabled());
        o.insert(QStringLiteral("params"), QJsonObject::fromVariantMap(s->params()));
        if (withFitted)
            o.insert(QStringLiteral("fitted"), s->fittedState());
        steps.append(o);
    }
    QJsonObject root;
    root.insert(QStringLiteral("version"), kFormatVersion);
    root.insert(QStringLiteral("steps"), steps);
    return root;
}

Result<Pipeline> Pipeline::fromJson(const QJsonObject& json)
{
    using R = Result<Pipeline>;
    registerPrepSteps();
    const QJsonValue version = json.value(QStringLiteral("version"));
    if (!version.isUndefined() && (!version.isDouble() || version.toInt() < 1))
        return R::failure(Tr::tr("The pipeline has an invalid version."));
    if (version.toInt() > kFormatVersion) {
        return R::failure(
            Tr::tr("The pipeline was written by a newer version (format %1; this version reads %2).")
                .arg(version.toInt())
                .arg(kFormatVersion));
    }
    const QJsonValue stepsValue = json.value(QStringLiteral("steps"));
    if (!stepsValue.isArray())
        return R::failure(Tr::tr("The pipeline has no \"steps\" list."));
    Pipeline p;
    const QJsonArray steps = stepsValue.toArray();
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const int number = static_cast<int>(i) + 1;
        if (!steps[i].isObject())
            return R::failure(Tr::tr("Step %1 is not a JSON object.").arg(number));
        const QJsonObject o = steps[i].toObject();
        const QString kind = o.value(QStringLiteral("kind")).toString();
        if (kind.isEmpty())
            return R::failure(Tr::tr("Step %1 has no \"kind\".").arg(number));
        auto made = StepRegistry::instance().create(kind);
        if (!made.ok())
            return R::failure(Tr::tr("Step %1: unknown step kind '%2'.").arg(number).arg(kind));
        std::unique_ptr<Step> step = made.take();
        const QJsonValue params = o.value(QStringLiteral("params"));
        if (!params.isUndefined() && !params.isObject())
            return R::failure(Tr::tr("Step %1 (%2): \"params\" must be an object.").arg(number).arg(kind));
        Status set = step->setParams(params.toObject().toVariantMap());
        if (!set.ok()) {
            return R::failure(Tr::tr("Step %1 (%2): %3")
                                  .arg(number)
                                  .arg(kind, withoutStepName(stepName(*step), set.error().message)));
        }
        const QJsonValue enabled = o.value(QStringLiteral("enabled"));
        step->setEnabled(enabled.isUndefined() ? true : enabled.toBool());
        const QJsonValue fitted = o.value(QStringLiteral("fitted"));
        if (fitted.isObject() && !fitted.toObject().isEmpty()) {
            Status restored = step->setFittedState(fitted.toObject());
            if (!restored.ok()) {
                return R::failure(Tr::tr("Step %1 (%2): the saved fitted state cannot be read: %3")
                                      .arg(number)
                                      .arg(kind, withoutStepName(stepName(*step), restored.error().message)));
            }
        }
        p.append(std::move(step));
    }
    return p;
}

} // namespace pp
