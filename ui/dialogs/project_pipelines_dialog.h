#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace pp {

class ProjectSession;

/// File › Project Pipelines (also on the Prepare page's tool bar): the pipelines kept in the
/// open project (name, steps, target, when last changed). The one the Prepare page is saved
/// into is in bold. Open puts the selected one on the Prepare page (one undoable edit) and
/// makes it the one saved into; Save as New keeps the Prepare page's pipeline as another
/// pipeline of the project, under a name.
class ProjectPipelinesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ProjectPipelinesDialog(ProjectSession* project, QWidget* parent = nullptr);

    QTreeWidget* list() const { return m_list; }
    QPushButton* saveAsNewButton() const { return m_saveAsNew; }
    /// Opens the selected pipeline on the Prepare page and closes the dialog; on failure the
    /// reason is shown and the dialog stays.
    void openSelected();
    /// Saves the Prepare page's pipeline as a new pipeline `name` (asked for when empty).
    void saveAsNew(const QString& name = QString());

private:
    void populate();

    ProjectSession* m_project;
    QLabel* m_summary;
    QTreeWidget* m_list;
    QDialogButtonBox* m_buttons;
    QPushButton* m_saveAsNew;
};

} // namespace pp
