#include "prep/builtin_steps.h"
#include "prep/step.h"

#include <QCoreApplication>

#include <mutex>

namespace pp {

namespace {

std::mutex g_stepRegistryMutex;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pp::StepRegistry)
};

} // namespace

StepRegistry& StepRegistry::instance()
{
    static StepRegistry registry = [] {
        StepRegistry r;
        // Pointers from find()/all() stay valid while kinds are added (no reallocation for
        // any realistic number of kinds).
        r.m_steps.reserve(256);
        return r;
    }();
    return registry;
}

void StepRegistry::add(StepInfo info)
{
    std::lock_guard<std::mutex> lock(g_stepRegistryMutex);
    for (auto& s : m_steps) {
        if (s.kind == info.kind) {
            s = std::move(info);
            return;
        }
    }
    m_steps.push_back(std::move(info));
}

const StepInfo* StepRegistry::find(const QString& kind) const
{
    std::lock_guard<std::mutex> lock(g_stepRegistryMutex);
    for (const auto& s : m_steps)
        if (s.kind == kind)
            return &s;
    return nullptr;
}

std::vector<const StepInfo*> StepRegistry::all() const
{
    std::lock_guard<std::mutex> lock(g_stepRegistryMutex);
    std::vector<const StepInfo*> out;
    out.reserve(m_steps.size());
    for (const auto& s : m_steps)
        out.push_back(&s);
    return out;
}

Result<std::unique_ptr<Step>> StepRegistry::create(const QString& kind) const
{
    const StepInfo* info = find(kind);
    if (!info || !info->create)
        return Result<std::unique_ptr<Step>>::failure(Tr::tr("Unknown step kind '%1'.").arg(kind));
    return info->create();
}

void registerPrepSteps()
{
    static std::once_flag once;
    std::call_once(once, [] {
        StepRegistry& r = StepRegistry::instance();
        registerColumnSteps(r);
        registerMissingSteps(r);
        registerImputeSteps(r);
        registerInterpolateStep(r);
        registerKnnImputeStep(r);
        registerOutlierSteps(r);
        registerIForestStep(r);
        registerTransformSteps(r);
        registerPowerSteps(r);
        registerScaleSteps(r);
        registerOneHotStep(r);
        registerEncodeSteps(r);
        registerTargetEncodeStep(r);
        // Construction, selection, text, sequences and resampling (advanced_steps.cpp).
        registerAdvancedPrepSteps();
    });
}

QString stepCategoryDisplayName(const QString& category)
{
    struct Name
    {
        const char* key;
        const char* text;
    };
    static const Name names[] = {
        { "columns", QT_TRANSLATE_NOOP("pp::StepRegistry", "Columns") },
        { "missing", QT_TRANSLATE_NOOP("pp::StepRegistry", "Missing values") },
        { "outliers", QT_TRANSLATE_NOOP("pp::StepRegistry", "Outliers") },
        { "transform", QT_TRANSLATE_NOOP("pp::StepRegistry", "Transforms") },
        { "scale", QT_TRANSLATE_NOOP("pp::StepRegistry", "Scaling") },
        { "encode", QT_TRANSLATE_NOOP("pp::StepRegistry", "Encoding") },
        { "construct", QT_TRANSLATE_NOOP("pp::StepRegistry", "Feature construction") },
        { "select", QT_TRANSLATE_NOOP("pp::StepRegistry", "Feature selection") },
        { "text", QT_TRANSLATE_NOOP("pp::StepRegistry", "Text") },
        { "sequence", QT_TRANSLATE_NOOP("pp::StepRegistry", "Sequences") },
        { "resample", QT_TRANSLATE_NOOP("pp::StepRegistry", "Resampling") },
    };
    for (const auto& n : names)
        if (category == QLatin1String(n.key))
            return QCoreApplication::translate("pp::StepRegistry", n.text);
    return category;
}

} // namespace pp
