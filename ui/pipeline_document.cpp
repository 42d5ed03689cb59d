#include "pipeline_document.h"

#include "pipeline_commands.h"

#include <QJsonArray>
#include <QUndoStack>

namespace pp {

namespace {

const QString kKind = QStringLiteral("kind");
const QString kEnabled = QStringLiteral("enabled");
const QString kParams = QStringLiteral("params");

/// A step of `kind` holding `params`. Only the values that differ from the defaults are set:
/// a fresh step's defaults may themselves be incomplete (a required column not chosen yet),
/// which setParams() would refuse although nothing was changed.
Result<std::unique_ptr<Step>> stepWith(const QString& kind, const QVariantMap& params)
{
    auto made = StepRegistry::instance().create(kind);
    if (!made.ok())
        return made;
    std::unique_ptr<Step> step = made.take();
    const QVariantMap defaults = step->params();
    QVariantMap changed;
    for (auto it = params.cbegin(); it != params.cend(); ++it) {
        if (!defaults.contains(it.key())
            || QJsonValue::fromVariant(defaults.value(it.key())) != QJsonValue::fromVariant(it.value()))
            changed.insert(it.key(), it.value());
    }
    const Status set = step->setParams(changed);
    if (!set.ok())
        return Result<std::unique_ptr<Step>>::failure(set.error());
    return step;
}

} // namespace

PipelineDocument::PipelineDocument(QObject* parent)
    : QObject(parent)
    , m_undoStack(new QUndoStack(this))
{
    registerPrepSteps(); // idempotent; the document creates steps to validate edits
}

PipelineDocument::~PipelineDocument() = default;

QString PipelineDocument::kind(int i) const
{
    return step(i).value(kKind).toString();
}

bool PipelineDocument::isEnabled(int i) const
{
    return step(i).value(kEnabled).toBool(true);
}

QVariantMap PipelineDocument::params(int i) const
{
    return step(i).value(kParams).toObject().toVariantMap();
}

QString PipelineDocument::displayName(int i) const
{
    const StepInfo* info = StepRegistry::instance().find(kind(i));
    return info && info->displayName ? info->displayName() : kind(i);
}

QString PipelineDocument::describe(int i) const
{
    auto made = stepWith(kind(i), params(i));
    return made.ok() ? made.value()->describe() : made.error().message;
}

QJsonObject PipelineDocument::toJson() const
{
    return QJsonObject { { QStringLiteral("version"), 1 }, { QStringLiteral("steps"), m_steps } };
}

QJsonObject PipelineDocument::toProjectJson() const
{
    QJsonObject json = toJson();
    json.insert(QStringLiteral("target"), m_target);
    json.insert(QStringLiteral("split"), splitToJson(m_split));
    return json;
}

QJsonObject PipelineDocument::splitToJson(const SplitConfig& split)
{
    const QString method = split.method == SplitConfig::Stratified ? QStringLiteral("stratified")
        : split.method == SplitConfig::Time                        ? QStringLiteral("time")
                                                                   : QStringLiteral("random");
    return QJsonObject { { QStringLiteral("method"), method }, { QStringLiteral("test_size"), split.testSize },
        { QStringLiteral("valid_size"), split.validSize }, { QStringLiteral("time_column"), split.timeColumn },
        { QStringLiteral("stratify_column"), split.stratifyColumn },
        { QStringLiteral("seed"), static_cast<double>(split.seed) } };
}

SplitConfig PipelineDocument::splitFromJson(const QJsonObject& json, const SplitConfig& base)
{
    SplitConfig split = base;
    const QString method = json.value(QStringLiteral("method")).toString();
    if (method == QLatin1String("random"))
        split.method = SplitConfig::Random;
    else if (method == QLatin1String("stratified"))
        split.method = SplitConfig::Stratified;
    else if (method == QLatin1String("time"))
        split.method = SplitConfig::Time;
    auto share = [&json](const QString& key, double fallback) {
        const QJsonValue v = json.value(key);
        return v.isDouble() && v.toDouble() >= 0.0 && v.toDouble() < 1.0 ? v.toDouble() : fallback;
    };
    split.testSize = share(QStringLiteral("test_size"), split.testSize);
    split.validSize = share(QStringLiteral("valid_size"), split.validSize);
    if (json.value(QStringLiteral("time_column")).isString())
        split.timeColumn = json.value(QStringLiteral("time_column")).toString();
    if (json.value(QStringLiteral("stratify_column")).isString())
        split.stratifyColumn = json.value(QStringLiteral("stratify_column")).toString();
    const QJsonValue seed = json.value(QStringLiteral("seed"));
    if (seed.isDouble() && seed.toDouble() >= 0.0)
        split.seed = static_cast<quint64>(seed.toDouble());
    return split;
}

Status PipelineDocument::restore(const QJsonObject& json)
{
    const QJsonValue version = json.value(QStringLiteral("version"));
    if (version.isDouble() && version.toInt() > 1)
        return Status::failure(tr("The pipeline was written by a newer version (format %1; this version reads %2).")
                                   .arg(version.toInt())
                                   .arg(1));
    if (!json.value(QStringLiteral("steps")).isArray())
        return Status::failure(tr("The pipeline has no \"steps\" list."));
    const QJsonArray stored = json.value(QStringLiteral("steps")).toArray();
    QJsonArray steps;
    for (qsizetype i = 0; i < stored.size(); ++i) {
        const QJsonObject o = stored.at(i).toObject();
        const QString kind = o.value(kKind).toString();
        auto made = stepWith(kind, o.value(kParams).toObject().toVariantMap());
        if (!made.ok())
            return Status::failure(tr("Step %1 (%2): %3").arg(i + 1).arg(kind, made.error().message));
        steps.append(QJsonObject { { kKind, kind }, { kEnabled, o.value(kEnabled).toBool(true) },
            { kParams, QJsonObject::fromVariantMap(made.value()->params()) } });
    }
    // A reset, not an edit: undoing back past it would put the previous pipeline's steps
    // into the one just restored (a project saves its pipeline as it changes).
    m_undoStack->clear();
    if (steps != m_steps)
        doReplace(steps);
    if (json.value(QStringLiteral("target")).isString())
        setTarget(json.value(QStringLiteral("target")).toString());
    if (json.value(QStringLiteral("split")).isObject())
        setSplit(splitFromJson(json.value(QStringLiteral("split")).toObject(), m_split));
    return Unit {};
}

Result<Pipeline> PipelineDocument::buildPipeline() const
{
    return Pipeline::fromJson(toJson());
}

Result<QJsonObject> PipelineDocument::normalizedStep(const QJsonObject& stepJson)
{
    // Pipeline::fromJson validates exactly as a file is read, with the same messages.
    auto pipeline = Pipeline::fromJson(QJsonObject {
        { QStringLiteral("version"), 1 }, { QStringLiteral("steps"), QJsonArray { stepJson } } });
    if (!pipeline.ok())
        return Result<QJsonObject>::failure(pipeline.error());
    return pipeline->toJson(false).value(QStringLiteral("steps")).toArray().at(0).toObject();
}

Status PipelineDocument::addStep(const QString& kind, int at)
{
    const StepInfo* info = StepRegistry::instance().find(kind);
    const QString name = info && info->displayName ? info->displayName() : kind;
    return insertStep(at, QJsonObject { { kKind, kind }, { kEnabled, true } }, tr("Add “%1”").arg(name));
}

Status PipelineDocument::insertStep(int at, const QJsonObject& stepJson, const QString& undoText)
{
    auto normal = normalizedStep(stepJson);
    if (!normal.ok())
        return Status::failure(normal.error());
    if (at < 0 || at > stepCount())
        at = stepCount();
    QString text = undoText;
    if (text.isEmpty()) {
        const StepInfo* info = StepRegistry::instance().find(normal->value(kKind).toString());
        text = tr("Add “%1”")
                   .arg(info && info->displayName ? info->displayName() : normal->value(kKind).toString());
    }
    m_undoStack->push(new InsertStepCommand(this, at, normal.take(), text));
    return Unit {};
}

void PipelineDocument::removeStep(int i)
{
    if (i < 0 || i >= stepCount())
        return;
    m_undoStack->push(new RemoveStepCommand(this, i, tr("Delete “%1”").arg(displayName(i))));
}

void PipelineDocument::duplicateStep(int i)
{
    if (i < 0 || i >= stepCount())
        return;
    m_undoStack->push(new InsertStepCommand(this, i + 1, step(i), tr("Duplicate “%1”").arg(displayName(i))));
}

void PipelineDocument::moveStep(int from, int to)
{
    if (from < 0 || from >= stepCount() || to < 0 || to >= stepCount() || from == to)
        return;
    m_undoStack->push(new MoveStepCommand(this, from, to, tr("Move “%1”").arg(displayName(from))));
}

void PipelineDocument::setStepEnabled(int i, bool enabled)
{
    if (i < 0 || i >= stepCount() || isEnabled(i) == enabled)
        return;
    const QString text
        = enabled ? tr("Enable “%1”").arg(displayName(i)) : tr("Disable “%1”").arg(displayName(i));
    m_undoStack->push(new ToggleStepCommand(this, i, enabled, text));
}

Status PipelineDocument::setStepParams(int i, const QVariantMap& changes)
{
    if (i < 0 || i >= stepCount())
        return Status::failure(tr("There is no step %1.").arg(i + 1));
    auto made = stepWith(kind(i), params(i));
    if (!made.ok())
        return Status::failure(made.error());
    std::unique_ptr<Step> s = made.take();
    const Status set = s->setParams(changes);
    if (!set.ok())
        return set;
    const QJsonObject before = step(i).value(kParams).toObject();
    const QJsonObject after = QJsonObject::fromVariantMap(s->params());
    if (after == before)
        return Unit {};
    m_undoStack->push(new ChangeParamsCommand(
        this, i, before, after, changes.keys(), tr("Change “%1”").arg(displayName(i))));
    return Unit {};
}

Status PipelineDocument::replaceSteps(const QJsonObject& pipelineJson, const QString& undoText)
{
    auto pipeline = Pipeline::fromJson(pipelineJson);
    if (!pipeline.ok())
        return Status::failure(pipeline.error());
    const QJsonArray steps = pipeline->toJson(false).value(QStringLiteral("steps")).toArray();
    m_undoStack->push(new ReplaceStepsCommand(this, steps, undoText));
    return Unit {};
}

void PipelineDocument::doInsert(int at, const QJsonObject& step)
{
    Q_EMIT stepAboutToBeInserted(at);
    m_steps.insert(at, step);
    Q_EMIT stepInserted(at);
    Q_EMIT changed();
}

QJsonObject PipelineDocument::doRemove(int i)
{
    Q_EMIT stepAboutToBeRemoved(i);
    const QJsonObject removed = m_steps.takeAt(i).toObject();
    Q_EMIT stepRemoved(i);
    Q_EMIT changed();
    return removed;
}

void PipelineDocument::doMove(int from, int to)
{
    Q_EMIT stepAboutToBeMoved(from, to);
    const QJsonValue moved = m_steps.takeAt(from);
    m_steps.insert(to, moved);
    Q_EMIT stepMoved(from, to);
    Q_EMIT changed();
}

void PipelineDocument::doSetEnabled(int i, bool enabled)
{
    QJsonObject s = step(i);
    s.insert(kEnabled, enabled);
    m_steps.replace(i, s);
    Q_EMIT stepChanged(i);
    Q_EMIT changed();
}

void PipelineDocument::doSetParams(int i, const QJsonObject& params)
{
    QJsonObject s = step(i);
    s.insert(kParams, params);
    m_steps.replace(i, s);
    Q_EMIT stepChanged(i);
    Q_EMIT changed();
}

void PipelineDocument::doReplace(const QJsonArray& steps)
{
    Q_EMIT aboutToBeReset();
    m_steps = steps;
    Q_EMIT reset();
    Q_EMIT changed();
}

void PipelineDocument::setTarget(const QString& target)
{
    if (target == m_target)
        return;
    m_target = target;
    m_split.targetColumn = target;
    Q_EMIT runSettingsChanged();
}

void PipelineDocument::setSplit(const SplitConfig& split)
{
    SplitConfig s = split;
    s.targetColumn = m_target;
    const bool same = s.method == m_split.method && s.testSize == m_split.testSize
        && s.validSize == m_split.validSize && s.timeColumn == m_split.timeColumn
        && s.stratifyColumn == m_split.stratifyColumn && s.seed == m_split.seed;
    if (same)
        return;
    m_split = s;
    Q_EMIT runSettingsChanged();
}

} // namespace pp
