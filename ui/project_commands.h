#pragma once

#include <QString>
#include <QUndoCommand>

#include <memory>
#include <vector>

namespace pp {

class ProjectSession;

namespace store {
class ProjectStore;
}

/// Merge ids of the project's undo commands (QUndoCommand::id()), in one place.
enum class ProjectCommandId : int {
    RenameRun = 100,
    SetRunNote,
};

/// Base of the commands that edit runs of the open project: remembers the project they
/// were made for and tells the ProjectSession when runs changed or an edit failed.
class ProjectCommand : public QUndoCommand
{
public:
    ProjectCommand(ProjectSession* project, const QString& text, QUndoCommand* parent = nullptr);

protected:
    /// Reports a failed store call; returns `ok`.
    bool check(bool ok, const QString& message);
    void changed();

    ProjectSession* m_project;
    std::shared_ptr<store::ProjectStore> m_store;
};

/// Renames a run. Consecutive renames of the same run merge into one undo step.
class RenameRunCommand : public ProjectCommand
{
public:
    RenameRunCommand(ProjectSession* project, qint64 runId, const QString& oldName, const QString& newName);
    void redo() override;
    void undo() override;
    int id() const override { return static_cast<int>(ProjectCommandId::RenameRun); }
    bool mergeWith(const QUndoCommand* other) override;

private:
    qint64 m_runId;
    QString m_old;
    QString m_new;
};

/// Sets (or clears) a run's note. Consecutive edits of the same note merge.
class SetRunNoteCommand : public ProjectCommand
{
public:
    SetRunNoteCommand(ProjectSession* project, qint64 runId, const QString& oldNote, const QString& newNote);
    void redo() override;
    void undo() override;
    int id() const override { return static_cast<int>(ProjectCommandId::SetRunNote); }
    bool mergeWith(const QUndoCommand* other) override;

private:
    qint64 m_runId;
    QString m_old;
    QString m_new;
};

/// Deletes runs softly (ProjectStore::setRunDeleted), so that undo brings them back with
/// their curves, models and predictions.
class DeleteRunsCommand : public ProjectCommand
{
public:
    DeleteRunsCommand(ProjectSession* project, std::vector<qint64> runIds);
    void redo() override;
    void undo() override;

private:
    void setDeleted(bool deleted);
    std::vector<qint64> m_runIds;
};

} // namespace pp
