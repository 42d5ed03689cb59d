#pragma once

#include "common/result.h"
#include "prep/pipeline.h"
#include "prep/split.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QVariantMap>

class QUndoStack;

namespace pp {

/// The preprocessing pipeline being edited: the steps' settings as JSON (the format of
/// Pipeline::toJson(false), docs/pipeline.md) plus the undo stack every edit goes through,
/// and the run settings the Prepare page previews with (target and row split).
///
/// Other pages read it through Session::pipeline() / Session::pipelineJson() and
/// Session::pipelineChanged; they never hold a Pipeline of their own across edits.
///
/// Editing: the public edit functions validate (a Step is created from the registry and
/// given the settings, so errors name the key) and push one command each (see
/// pipeline_commands.h); the do*() functions apply a change without an undo entry and are
/// what the commands call. Stored params are always the step's full, normalised params()
/// (defaults filled in), so what is saved equals Pipeline::fromJson(saved).toJson().
///
/// The run settings (target, split) are not part of the pipeline file and are not undoable:
/// they say which rows the pipeline is fitted on, not what it does. A project keeps them with
/// the steps (toProjectJson(), restore()).
class PipelineDocument : public QObject
{
    Q_OBJECT
public:
    explicit PipelineDocument(QObject* parent = nullptr);
    ~PipelineDocument() override;

    QUndoStack* undoStack() const { return m_undoStack; }

    int stepCount() const { return static_cast<int>(m_steps.size()); }
    /// {"kind":..., "enabled":..., "params":{...}} of step `i`.
    QJsonObject step(int i) const { return m_steps.at(i).toObject(); }
    QString kind(int i) const;
    bool isEnabled(int i) const;
    QVariantMap params(int i) const;
    /// Translated name of step `i`'s kind ("Impute missing values").
    QString displayName(int i) const;
    /// The step's description with its current settings, before fitting.
    QString describe(int i) const;

    /// {"version":1,"steps":[...]}: the pipeline file format (without fitted states).
    QJsonObject toJson() const;
    /// A fresh, unfitted Pipeline built from toJson().
    Result<Pipeline> buildPipeline() const;
    /// toJson() with the run settings as two more keys, which Pipeline::fromJson ignores:
    /// "target" (the target column, "" = none) and "split" (splitToJson()). What a project
    /// keeps of the Prepare page's pipeline.
    QJsonObject toProjectJson() const;
    /// Replaces the steps and, where `json` has them, the run settings with those of
    /// toProjectJson() JSON (or a pipeline file's). Steps are checked as they are edited, not
    /// as a file is read: a step still waiting for a required setting (a column not chosen
    /// yet) comes back as it was saved; an unknown kind or an invalid value is an error naming
    /// the step and key, and nothing changes. A reset, not an edit: the undo history is cleared
    /// (undo must not bring back another pipeline's steps into the restored one).
    Status restore(const QJsonObject& json);
    static QJsonObject splitToJson(const SplitConfig& split);
    /// Missing or invalid keys keep `base`'s values.
    static SplitConfig splitFromJson(const QJsonObject& json, const SplitConfig& base = {});

    // --- Edits that go on the undo stack (each is one command) ---------------------------

    /// Appends (at < 0) or inserts a new step of `kind` with its default settings.
    Status addStep(const QString& kind, int at = -1);
    /// Inserts a step given as JSON ({"kind", "enabled", "params"}); validated first.
    Status insertStep(int at, const QJsonObject& stepJson, const QString& undoText = QString());
    void removeStep(int i);
    /// Inserts a copy of step `i` right after it.
    void duplicateStep(int i);
    /// Moves step `from` so that it ends at index `to` (as Pipeline::move).
    void moveStep(int from, int to);
    void setStepEnabled(int i, bool enabled);
    /// Overlays `changes` on step `i`'s settings after validation; nothing changes and the
    /// error (naming the key) comes back when a value is refused. Consecutive edits of the
    /// same key(s) of the same step merge into one undo entry.
    Status setStepParams(int i, const QVariantMap& changes);
    /// Replaces every step with those of a pipeline file's JSON (validated with
    /// Pipeline::fromJson; the error names the step and key). One undo entry.
    Status replaceSteps(const QJsonObject& pipelineJson, const QString& undoText);

    // --- Applied by the undo commands (no undo entry) ------------------------------------
    void doInsert(int at, const QJsonObject& step);
    QJsonObject doRemove(int i);
    void doMove(int from, int to);
    void doSetEnabled(int i, bool enabled);
    void doSetParams(int i, const QJsonObject& params);
    void doReplace(const QJsonArray& steps);

    // --- Run settings (not undoable, not in the pipeline file; kept by a project) --------
    /// The target column ("" = none): it is never transformed by default and is what
    /// target encoding, feature selection and resampling use.
    const QString& target() const { return m_target; }
    void setTarget(const QString& target);
    /// How rows are split; the pipeline is fitted on the training rows only.
    /// split().targetColumn always equals target().
    const SplitConfig& split() const { return m_split; }
    void setSplit(const SplitConfig& split);

    /// A step JSON normalised through the registry: the kind checked, params validated and
    /// completed with defaults. The error names the key.
    static Result<QJsonObject> normalizedStep(const QJsonObject& stepJson);

Q_SIGNALS:
    // Fine-grained notifications for list models (like QAbstractItemModel's).
    void stepAboutToBeInserted(int index);
    void stepInserted(int index);
    void stepAboutToBeRemoved(int index);
    void stepRemoved(int index);
    void stepAboutToBeMoved(int from, int to);
    void stepMoved(int from, int to);
    /// Settings or enabled state of a step changed.
    void stepChanged(int index);
    void aboutToBeReset();
    void reset();
    /// Any change of the steps, after the signal above.
    void changed();
    /// Target or split changed.
    void runSettingsChanged();

private:
    QUndoStack* m_undoStack;
    QJsonArray m_steps;
    QString m_target;
    SplitConfig m_split;
};

} // namespace pp
