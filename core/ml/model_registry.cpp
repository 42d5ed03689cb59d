#include "ml/model.h"

#include "ml/model_support.h"

#include <QCoreApplication>

#include <mutex>

namespace pp {

namespace {
std::mutex g_registryMutex;
} // namespace

ModelRegistry& ModelRegistry::instance()
{
    static ModelRegistry registry;
    return registry;
}

void ModelRegistry::add(ModelInfo info)
{
    // The CLI contract gives every model a `seed`: models without randomness get one that is
    // accepted, recorded and changes nothing.
    if (info.params) {
        info.params = [inner = std::move(info.params)](Task task) {
            std::vector<ParamSpec> specs = inner(task);
            if (!findParam(specs, QStringLiteral("seed")))
                specs.push_back(ModelSupport::unusedSeedParam());
            return specs;
        };
    }
    std::lock_guard<std::mutex> lock(g_registryMutex);
    for (auto& m : m_models) {
        if (m.kind == info.kind) {
            m = std::move(info);
            return;
        }
    }
    m_models.push_back(std::move(info));
}

const ModelInfo* ModelRegistry::find(const QString& kind) const
{
    std::lock_guard<std::mutex> lock(g_registryMutex);
    for (const auto& m : m_models)
        if (m.kind == kind)
            return &m;
    return nullptr;
}

std::vector<const ModelInfo*> ModelRegistry::all() const
{
    std::lock_guard<std::mutex> lock(g_registryMutex);
    std::vector<const ModelInfo*> out;
    for (const auto& m : m_models)
        out.push_back(&m);
    return out;
}

QStringList ModelRegistry::kinds() const
{
    QStringList out;
    for (const auto* m : all())
        out << m->kind;
    return out;
}

bool ModelRegistry::resolveDevice(const QString& requested, QString* resolved, QString* error) const
{
    if (m_deviceResolver)
        return m_deviceResolver(requested, resolved, error);
    if (requested == QLatin1String("cuda")) {
        if (error)
            *error = QCoreApplication::translate("pp::nn", "CUDA unavailable in this LibTorch build");
        return false;
    }
    *resolved = QStringLiteral("cpu");
    return true;
}

Result<std::unique_ptr<Model>> ModelRegistry::create(const QString& kind, Task task, const QVariantMap& params) const
{
    using R = Result<std::unique_ptr<Model>>;
    const ModelInfo* info = find(kind);
    if (!info) {
        return R::failure(QCoreApplication::translate("pp::ModelRegistry", "Unknown model '%1'. Available models: %2.")
                              .arg(kind, kinds().join(QStringLiteral(", "))));
    }
    if (!info->tasks.count(task)) {
        return R::failure(QCoreApplication::translate("pp::ModelRegistry", "The model '%1' cannot do %2.")
                              .arg(info->displayName(), taskDisplayName(task)));
    }
    auto resolved = resolveParams(info->params(task), params);
    if (!resolved.ok())
        return R::failure(resolved.error());
    return info->create(task, resolved.value());
}

} // namespace pp
