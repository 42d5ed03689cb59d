#include "pipeline_commands.h"

#include "pipeline_document.h"

#include <algorithm>

namespace pp {

InsertStepCommand::InsertStepCommand(
    PipelineDocument* document, int at, QJsonObject step, const QString& text)
    : QUndoCommand(text)
    , m_document(document)
    , m_at(at)
    , m_step(std::move(step))
{
}

void InsertStepCommand::redo()
{
    m_document->doInsert(m_at, m_step);
}
void InsertStepCommand::undo()
{
    m_document->doRemove(m_at);
}

RemoveStepCommand::RemoveStepCommand(PipelineDocument* document, int index, const QString& text)
    : QUndoCommand(text)
    , m_document(document)
    , m_index(index)
{
}

void RemoveStepCommand::redo()
{
    m_step = m_document->doRemove(m_index);
}
void RemoveStepCommand::undo()
{
    m_document->doInsert(m_index, m_step);
}

MoveStepCommand::MoveStepCommand(PipelineDocument* document, int from, int to, const QString& text)
    : QUndoCommand(text)
    , m_document(document)
    , m_from(from)
    , m_to(to)
{
}

void MoveStepCommand::redo()
{
    m_document->doMove(m_from, m_to);
}
void MoveStepCommand::undo()
{
    m_document->doMove(m_to, m_from);
}

ToggleStepCommand::ToggleStepCommand(PipelineDocument* document, int index, bool enabled, const QString& text)
    : QUndoCommand(text)
    , m_document(document)
    , m_index(index)
    , m_enabled(enabled)
{
}

void ToggleStepCommand::redo()
{
    m_document->doSetEnabled(m_index, m_enabled);
}
void ToggleStepCommand::undo()
{
    m_document->doSetEnabled(m_index, !m_enabled);
}

ChangeParamsCommand::ChangeParamsCommand(PipelineDocument* document, int index, QJsonObject before,
    QJsonObject after, QStringList keys, const QString& text)
    : QUndoCommand(text)
    , m_document(document)
    , m_index(index)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_keys(std::move(keys))
{
    std::sort(m_keys.begin(), m_keys.end());
}

void ChangeParamsCommand::redo()
{
    m_document->doSetParams(m_index, m_after);
}
void ChangeParamsCommand::undo()
{
    m_document->doSetParams(m_index, m_before);
}

bool ChangeParamsCommand::mergeWith(const QUndoCommand* other)
{
    const auto* o = dynamic_cast<const ChangeParamsCommand*>(other);
    if (!o || o->m_document != m_document || o->m_index != m_index || o->m_keys != m_keys)
        return false;
    m_after = o->m_after;
    // Typed back to where it started: nothing to undo.
    setObsolete(m_after == m_before);
    return true;
}

ReplaceStepsCommand::ReplaceStepsCommand(PipelineDocument* document, QJsonArray steps, const QString& text)
    : QUndoCommand(text)
    , m_document(document)
    , m_after(std::move(steps))
{
    m_before = m_document->toJson().value(QStringLiteral("steps")).toArray();
}

void ReplaceStepsCommand::redo()
{
    m_document->doReplace(m_after);
}
void ReplaceStepsCommand::undo()
{
    m_document->doReplace(m_before);
}

} // namespace pp
