#pragma once

#include "data/import_options.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QSplitter;
class QStackedWidget;
class QTableView;
class QToolButton;
class QTreeView;

namespace pp {

class ColumnListModel;
class EmptyState;
class ImportDialog;
class ProfilePanel;
class Session;
class TableModel;

/// The Data page: open a file (dialog, recent files, drop, import options), then browse
/// the table (virtual view over column storage), the list of columns and the profile of
/// the selected column. Loading and profiling run on the session's JobRunner.
class DataPage : public QWidget
{
    Q_OBJECT
public:
    explicit DataPage(Session* session, QWidget* parent = nullptr);
    ~DataPage() override;

    /// The file-dialog filter: CSV/TSV/TXT, Excel, SQLite, all files.
    static QString fileDialogFilter();

    /// Loads `path` with detected settings (off the GUI thread).
    void openFile(const QString& path);
    void openFile(const QString& path, const ImportOptions& options);
    /// Asks for a file and opens it.
    void chooseAndOpenFile();
    /// Import options for `path` (the current file when empty; asks for one when there is
    /// none). Non-blocking: the dialog is window-modal, OK starts the import.
    void showImportOptions(const QString& path = QString());
    void showWarnings();
    /// Selects column `c` in the column list and the table, and shows its profile.
    void selectColumn(int c);
    int selectedColumn() const;

    TableModel* tableModel() const { return m_tableModel; }
    QTableView* tableView() const { return m_tableView; }
    QTreeView* columnList() const { return m_columnList; }
    ColumnListModel* columnListModel() const { return m_columnModel; }
    ProfilePanel* profilePanel() const { return m_profilePanel; }
    /// The import dialog while it is open.
    ImportDialog* importDialog() const;
    QString summaryText() const;

private:
    void onDatasetChanged();
    void onProfileChanged();
    void onLoadFailed(const QString& path, const QString& message);
    void updateEmptyState();
    void updateSummary();
    void updateProfilePanel();
    void onColumnListSelection();
    void onTableCurrentColumn();

    Session* m_session;
    QStackedWidget* m_stack;
    EmptyState* m_emptyState;
    QWidget* m_body;
    QLabel* m_summary;
    QToolButton* m_warningsButton;
    QSplitter* m_splitter;
    QTreeView* m_columnList;
    ColumnListModel* m_columnModel;
    QTableView* m_tableView;
    TableModel* m_tableModel;
    ProfilePanel* m_profilePanel;
    QPointer<ImportDialog> m_importDialog;
    bool m_syncingSelection = false;
};

} // namespace pp
