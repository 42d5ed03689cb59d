#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>
#include <QUndoCommand>

namespace pp {

class PipelineDocument;

/// Merge ids of the pipeline's undo commands, in one place (QUndoCommand::id()).
enum class PipelineCommandId : int {
    NoMerge = -1,
    ChangeParams = 1,
};

/// Inserts one step (Add step, Duplicate, a step proposed by another page).
class InsertStepCommand : public QUndoCommand
{
public:
    InsertStepCommand(PipelineDocument* document, int at, QJsonObject step, const QString& text);
    void redo() override;
    void undo() override;

private:
    PipelineDocument* m_document;
    int m_at;
    QJsonObject m_step;
};

/// Removes one step.
class RemoveStepCommand : public QUndoCommand
{
public:
    RemoveStepCommand(PipelineDocument* document, int index, const QString& text);
    void redo() override;
    void undo() override;

private:
    PipelineDocument* m_document;
    int m_index;
    QJsonObject m_step; ///< filled by redo()
};

/// Moves one step (drag and drop, Move up/down): Pipeline::move semantics.
class MoveStepCommand : public QUndoCommand
{
public:
    MoveStepCommand(PipelineDocument* document, int from, int to, const QString& text);
    void redo() override;
    void undo() override;

private:
    PipelineDocument* m_document;
    int m_from;
    int m_to;
};

/// Enables or disables one step.
class ToggleStepCommand : public QUndoCommand
{
public:
    ToggleStepCommand(PipelineDocument* document, int index, bool enabled, const QString& text);
    void redo() override;
    void undo() override;

private:
    PipelineDocument* m_document;
    int m_index;
    bool m_enabled;
};

/// Changes the settings of one step. Consecutive changes of the same keys of the same step
/// (typing in a field, spinning a value) merge into one command; a merge that ends where it
/// started leaves no command at all.
class ChangeParamsCommand : public QUndoCommand
{
public:
    ChangeParamsCommand(PipelineDocument* document, int index, QJsonObject before, QJsonObject after,
        QStringList keys, const QString& text);
    void redo() override;
    void undo() override;
    int id() const override { return static_cast<int>(PipelineCommandId::ChangeParams); }
    bool mergeWith(const QUndoCommand* other) override;

private:
    PipelineDocument* m_document;
    int m_index;
    QJsonObject m_before;
    QJsonObject m_after;
    QStringList m_keys; ///< sorted
};

/// Replaces every step (Open pipeline…, the recommended pipeline).
class ReplaceStepsCommand : public QUndoCommand
{
public:
    ReplaceStepsCommand(PipelineDocument* document, QJsonArray steps, const QString& text);
    void redo() override;
    void undo() override;

private:
    PipelineDocument* m_document;
    QJsonArray m_before;
    QJsonArray m_after;
};

} // namespace pp
