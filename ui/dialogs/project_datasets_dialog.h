#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QTreeWidget;

namespace pp {

class ProjectSession;

/// File › Project Data Sets: the data sets stored in the open project (name, size, when it
/// was imported, from where). Open loads the selected one into the session straight from the
/// project (no re-parsing of the file, which may no longer exist).
class ProjectDatasetsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ProjectDatasetsDialog(ProjectSession* project, QWidget* parent = nullptr);

    QTreeWidget* list() const { return m_list; }
    /// Loads the selected data set and closes the dialog.
    void openSelected();

private:
    void populate();

    ProjectSession* m_project;
    QLabel* m_summary;
    QTreeWidget* m_list;
    QDialogButtonBox* m_buttons;
};

} // namespace pp
