// Registration of the advanced step kinds: feature construction, selection, text, sequence
// windows and class balancing.
#include "prep/construct_steps.h"
#include "prep/resample_steps.h"
#include "prep/select_steps.h"
#include "prep/sequence_windows_step.h"
#include "prep/text_steps.h"

#include <mutex>

namespace pp {

namespace {

template <class S>
StepInfo infoFor(const char* category)
{
    StepInfo info;
    info.kind = S().kind();
    info.category = QString::fromLatin1(category);
    info.displayName = [] { return S::staticDisplayName(); };
    info.description = [] { return S::staticDescription(); };
    info.create = [] { return std::unique_ptr<Step>(new S()); };
    return info;
}

} // namespace

void registerAdvancedPrepSteps()
{
    static std::once_flag once;
    std::call_once(once, [] {
        StepRegistry& registry = StepRegistry::instance();
        registry.add(infoFor<CombineStep>("construct"));
        registry.add(infoFor<PowerStep>("construct"));
        registry.add(infoFor<DatePartsStep>("construct"));
        registry.add(infoFor<ExpressionStep>("construct"));
        registry.add(infoFor<VarianceThresholdStep>("select"));
        registry.add(infoFor<SelectKBestStep>("select"));
        registry.add(infoFor<DropCorrelatedStep>("select"));
        registry.add(infoFor<ManualSelectStep>("select"));
        registry.add(infoFor<TextVectorizeStep>("text"));
        registry.add(infoFor<TextSequenceStep>("text"));
        registry.add(infoFor<SequenceWindowsStep>("sequence"));
        registry.add(infoFor<RandomOversampleStep>("resample"));
        registry.add(infoFor<RandomUndersampleStep>("resample"));
        registry.add(infoFor<SmoteStep>("resample"));
        registry.add(infoFor<ClassWeightsStep>("resample"));
    });
}

} // namespace pp
