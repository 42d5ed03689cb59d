#include "project_commands.h"

#include "project_session.h"
#include "store/project_store.h"

#include <QCoreApplication>

namespace pp {

ProjectCommand::ProjectCommand(ProjectSession* project, const QString& text, QUndoCommand* parent)
    : QUndoCommand(text, parent), m_project(project), m_store(project->store())
{
}

bool ProjectCommand::check(bool ok, const QString& message)
{
    if (!ok)
        m_project->reportEditError(message);
    return ok;
}

void ProjectCommand::changed()
{
    // The stack is cleared when the project changes, so the store is the open one.
    m_project->notifyRunsChanged();
}

// --- Rename -----------------------------------------------------------------------------------

RenameRunCommand::RenameRunCommand(ProjectSession* project, qint64 runId, const QString& oldName, const QString& newName)
    : ProjectCommand(project, QCoreApplication::translate("pp::ProjectCommand", "Rename Run")), m_runId(runId),
      m_old(oldName), m_new(newName)
{
}

void RenameRunCommand::redo()
{
    const Status s = m_store->renameRun(m_runId, m_new);
    check(s.ok(), s.error().toString());
    changed();
}

void RenameRunCommand::undo()
{
    const Status s = m_store->renameRun(m_runId, m_old);
    check(s.ok(), s.error().toString());
    changed();
}

bool RenameRunCommand::mergeWith(const QUndoCommand* other)
{
    const auto* o = static_cast<const RenameRunCommand*>(other);
    if (o->m_runId != m_runId)
        return false;
    m_new = o->m_new;
    return true;
}

// --- Note -------------------------------------------------------------------------------------

SetRunNoteCommand::SetRunNoteCommand(ProjectSession* project, qint64 runId, const QString& oldNote,
                                     const QString& newNote)
    : ProjectCommand(project, QCoreApplication::translate("pp::ProjectCommand", "Edit Run Note")), m_runId(runId),
      m_old(oldNote), m_new(newNote)
{
}

void SetRunNoteCommand::redo()
{
    const Status s = m_store->setRunNote(m_runId, m_new);
    check(s.ok(), s.error().toString());
    changed();
}

void SetRunNoteCommand::undo()
{
    const Status s = m_store->setRunNote(m_runId, m_old);
    check(s.ok(), s.error().toString());
    changed();
}

bool SetRunNoteCommand::mergeWith(const QUndoCommand* other)
{
    const auto* o = static_cast<const SetRunNoteCommand*>(other);
    if (o->m_runId != m_runId)
        return false;
    m_new = o->m_new;
    return true;
}

// --- Delete -----------------------------------------------------------------------------------

DeleteRunsCommand::DeleteRunsCommand(ProjectSession* project, std::vector<qint64> runIds)
    : ProjectCommand(project, runIds.size() == 1 ? QCoreApplication::translate("pp::ProjectCommand", "Delete Run")
                                                 : QCoreApplication::translate("pp::ProjectCommand", "Delete Runs")),
      m_runIds(std::move(runIds))
{
}

void DeleteRunsCommand::redo() { setDeleted(true); }

void DeleteRunsCommand::undo() { setDeleted(false); }

void DeleteRunsCommand::setDeleted(bool deleted)
{
    for (qint64 id : m_runIds) {
        const Status s = m_store->setRunDeleted(id, deleted);
        if (!check(s.ok(), s.error().toString()))
            break;
    }
    changed();
}

} // namespace pp
