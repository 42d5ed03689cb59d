#include "data_page.h"

#include "dialogs/import_dialog.h"
#include "dialogs/warnings_dialog.h"
#include "format.h"
#include "icons.h"
#include "job_runner.h"
#include "models/column_list_model.h"
#include "models/table_model.h"
#include "recent_files.h"
#include "session.h"
#include "settings.h"
#include "widgets/empty_state.h"
#include "widgets/profile_panel.h"
#include "widgets/table_view_utils.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QTreeView>
#include <QUrl>
#include <QVBoxLayout>

namespace pp {

DataPage::DataPage(Session* session, QWidget* parent)
    : QWidget(parent), m_session(session), m_stack(new QStackedWidget(this)), m_emptyState(new EmptyState(this)),
      m_body(new QWidget(this)), m_summary(new QLabel(this)), m_warningsButton(new QToolButton(this)),
      m_splitter(new QSplitter(Qt::Horizontal, this)), m_columnList(new QTreeView(this)),
      m_columnModel(new ColumnListModel(this)), m_tableView(new QTableView(this)), m_tableModel(new TableModel(this)),
      m_profilePanel(new ProfilePanel(this))
{
    // --- Empty state ------------------------------------------------------------------------
    m_emptyState->setIcon(icons::named("page_data"));
    m_emptyState->setActionText(tr("Open File…"));
    connect(m_emptyState, &EmptyState::actionTriggered, this, &DataPage::chooseAndOpenFile);
    connect(m_emptyState, &EmptyState::linkActivated, this,
            [this](const QString& link) { openFile(QUrl(link).toLocalFile()); });

    // --- Summary bar ------------------------------------------------------------------------
    m_summary->setObjectName(QStringLiteral("dataSummary"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_warningsButton->setObjectName(QStringLiteral("warningsButton"));
    m_warningsButton->setIcon(icons::named("warning"));
    m_warningsButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_warningsButton->setAutoRaise(true);
    m_warningsButton->setToolTip(tr("Show the warnings of the import"));
    connect(m_warningsButton, &QToolButton::clicked, this, &DataPage::showWarnings);
    auto* summaryBar = new QHBoxLayout();
    summaryBar->setContentsMargins(8, 4, 4, 4);
    summaryBar->addWidget(m_summary, 1);
    summaryBar->addWidget(m_warningsButton);

    // --- Column list ------------------------------------------------------------------------
    m_columnList->setObjectName(QStringLiteral("columnList"));
    m_columnList->setModel(m_columnModel);
    m_columnList->setRootIsDecorated(false);
    m_columnList->setUniformRowHeights(true);
    m_columnList->setAlternatingRowColors(true);
    m_columnList->setSelectionMode(QAbstractItemView::SingleSelection);
    m_columnList->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_columnList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_columnList->header()->setStretchLastSection(false);
    m_columnList->header()->setSectionResizeMode(ColumnListModel::NameField, QHeaderView::Stretch);
    for (int f : {ColumnListModel::TypeField, ColumnListModel::RoleField, ColumnListModel::MissingField})
        m_columnList->header()->setSectionResizeMode(f, QHeaderView::ResizeToContents);
    // The type shows as the icon before the name (tooltip: the type's name), to leave the
    // table as much room as possible.
    m_columnList->setColumnHidden(ColumnListModel::TypeField, true);
    m_columnList->setMinimumWidth(200);
    connect(m_columnList->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &DataPage::onColumnListSelection);

    // --- Table ------------------------------------------------------------------------------
    m_tableView->setObjectName(QStringLiteral("dataTable"));
    m_tableView->setModel(m_tableModel);
    configureLargeTableView(m_tableView);
    m_tableView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    connect(m_tableView->selectionModel(), &QItemSelectionModel::currentColumnChanged, this,
            &DataPage::onTableCurrentColumn);
    connect(m_tableView->horizontalHeader(), &QHeaderView::sectionClicked, this, [this](int c) {
        if (!m_syncingSelection)
            selectColumn(c);
    });

    m_profilePanel->setObjectName(QStringLiteral("profilePanel"));
    connect(m_profilePanel, &ProfilePanel::retryRequested, m_session, &Session::computeProfile);
    m_profilePanel->setMinimumWidth(280);

    m_splitter->addWidget(m_columnList);
    m_splitter->addWidget(m_tableView);
    m_splitter->addWidget(m_profilePanel);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setStretchFactor(2, 0);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({250, 670, 340});
    if (!m_splitter->restoreState(kDataPageSplitter.get()))
        m_splitter->setSizes({250, 670, 340});

    auto* bodyLayout = new QVBoxLayout(m_body);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    bodyLayout->setSpacing(0);
    bodyLayout->addLayout(summaryBar);
    bodyLayout->addWidget(m_splitter, 1);

    m_stack->addWidget(m_emptyState);
    m_stack->addWidget(m_body);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_session, &Session::datasetChanged, this, &DataPage::onDatasetChanged);
    connect(m_session, &Session::profileChanged, this, &DataPage::onProfileChanged);
    // Rows flagged on the Explore page are highlighted in the table.
    connect(m_session, &Session::outlierRowsChanged, this,
            [this]() { m_tableModel->setOutlierRows(m_session->outlierRows()); });
    connect(m_session, &Session::loadFailed, this, &DataPage::onLoadFailed);
    connect(m_session, &Session::loadStarted, this, &DataPage::updateEmptyState);
    connect(m_session, &Session::loadCancelled, this, &DataPage::updateEmptyState);
    connect(m_session, &Session::loadFailed, this, &DataPage::updateEmptyState);
    onDatasetChanged();
}

DataPage::~DataPage() { kDataPageSplitter.set(m_splitter->saveState()); }

QString DataPage::fileDialogFilter()
{
    return QStringList{tr("All supported files (*.csv *.tsv *.txt *.xlsx *.db *.sqlite *.sqlite3)"),
                       tr("Delimited text (*.csv *.tsv *.txt)"), tr("Excel workbooks (*.xlsx)"),
                       tr("SQLite databases (*.db *.sqlite *.sqlite3)"), tr("All files (*)")}
        .join(QStringLiteral(";;"));
}

void DataPage::openFile(const QString& path) { openFile(path, ImportOptions()); }

void DataPage::openFile(const QString& path, const ImportOptions& options)
{
    if (path.isEmpty())
        return;
    kLastOpenDir.set(QFileInfo(path).absolutePath());
    m_session->load(QFileInfo(path).absoluteFilePath(), options);
}

void DataPage::chooseAndOpenFile()
{
    QString dir = kLastOpenDir.get();
    if (dir.isEmpty() || !QFileInfo(dir).isDir())
        dir = QDir::homePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Data File"), dir, fileDialogFilter());
    if (!path.isEmpty())
        openFile(path);
}

void DataPage::showImportOptions(const QString& requestedPath)
{
    QString path = requestedPath.isEmpty() ? m_session->path() : requestedPath;
    if (path.isEmpty()) {
        QString dir = kLastOpenDir.get();
        if (dir.isEmpty() || !QFileInfo(dir).isDir())
            dir = QDir::homePath();
        path = QFileDialog::getOpenFileName(this, tr("Import Data File"), dir, fileDialogFilter());
        if (path.isEmpty())
            return;
    }
    if (m_importDialog)
        m_importDialog->close();
    const ImportOptions initial = path == m_session->path() ? m_session->importOptions() : ImportOptions();
    auto* dialog = new ImportDialog(path, initial, m_session->jobs(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog]() { openFile(dialog->path(), dialog->options()); });
    m_importDialog = dialog;
    dialog->open();
}

void DataPage::showWarnings()
{
    if (m_session->importWarnings().empty())
        return;
    auto* dialog = new WarningsDialog(QFileInfo(m_session->path()).fileName(), m_session->importWarnings(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void DataPage::onLoadFailed(const QString& path, const QString& message)
{
    // Non-blocking (open(), not exec()): the window stays responsive and tests can close it.
    auto* box = new QMessageBox(QMessageBox::Critical, tr("Open File"),
                                tr("Error opening '%1':\n%2").arg(QDir::toNativeSeparators(path), message),
                                QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("loadErrorBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void DataPage::updateEmptyState()
{
    if (m_session->hasData())
        return;
    if (m_session->isLoading()) {
        m_emptyState->setTitle(tr("Loading…"));
        m_emptyState->setText(tr("Reading %1. Progress is shown in the status bar.")
                                  .arg(QFileInfo(m_session->loadingPath()).fileName().toHtmlEscaped()));
        m_emptyState->setActionText(QString());
        return;
    }
    m_emptyState->setTitle(tr("No data loaded"));
    QString text = tr("Open a CSV, Excel or SQLite file with customer data, or drop one on this window.");
    text += EmptyState::recentFilesHtml(tr("Recent files"), recent::files());
    m_emptyState->setText(text);
    m_emptyState->setActionText(tr("Open File…"));
}

void DataPage::onDatasetChanged()
{
    const std::shared_ptr<const Table> table = m_session->table();
    m_tableModel->setTable(table);
    m_columnModel->setTable(table);
    if (!table) {
        m_stack->setCurrentWidget(m_emptyState);
        m_profilePanel->clear();
        updateEmptyState();
        return;
    }
    m_stack->setCurrentWidget(m_body);
    m_columnList->setColumnHidden(ColumnListModel::TypeField, true);  // header state resets with the model
    sizeColumnsFromSample(m_tableView);
    m_columnList->header()->resizeSections(QHeaderView::ResizeToContents);
    updateSummary();
    // Start on the first column worth looking at: identifiers have nothing to profile.
    int first = -1;
    for (std::size_t c = 0; c < table->columnCount() && first < 0; ++c) {
        if (table->column(c).role() != ColumnRole::Id)
            first = static_cast<int>(c);
    }
    if (table->columnCount() > 0)
        selectColumn(std::max(first, 0));
    else
        m_profilePanel->clear();

    const std::vector<Warning>& warnings = m_session->importWarnings();
    if (!warnings.empty()) {
        // Partial success: the data is there, the details say what was off (PlotJuggler style).
        auto* box = new QMessageBox(QMessageBox::Warning, tr("Open File"),
                                    tr("'%1' was loaded, with %2 warnings.")
                                        .arg(QFileInfo(m_session->path()).fileName(), fmt::count(qint64(warnings.size()))),
                                    QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("loadWarningsBox"));
        box->setInformativeText(tr("Some rows or cells were not read as expected. The details list them; "
                                   "the Warnings button above the table shows them again."));
        box->setDetailedText(WarningsDialog::toText(warnings));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
}

void DataPage::updateSummary()
{
    const std::shared_ptr<const Table> table = m_session->table();
    if (!table)
        return;
    const QString name = QFileInfo(m_session->path()).fileName();
    QString text = QStringLiteral("<b>%1</b>").arg(name.toHtmlEscaped());
    text += QStringLiteral(" — ")
            + tr("%1 rows × %2 columns").arg(fmt::count(qint64(table->rowCount())), fmt::count(qint64(table->columnCount())));
    text += QStringLiteral(" · ") + tr("loaded in %1").arg(fmt::duration(m_session->loadMilliseconds()));
    text += QStringLiteral(" · ") + tr("%1 in memory").arg(fmt::bytes(qint64(table->memoryBytes())));
    m_summary->setText(text);
    m_summary->setToolTip(QDir::toNativeSeparators(m_session->path()));
    const std::size_t warnings = m_session->importWarnings().size();
    m_warningsButton->setVisible(warnings > 0);
    m_warningsButton->setText(tr("Warnings: %1").arg(fmt::count(qint64(warnings))));
}

QString DataPage::summaryText() const { return m_summary->text(); }

ImportDialog* DataPage::importDialog() const { return m_importDialog.data(); }

void DataPage::onProfileChanged()
{
    m_tableModel->setProfile(m_session->profile());
    m_columnModel->setProfile(m_session->profile());
    updateProfilePanel();
}

int DataPage::selectedColumn() const
{
    const QModelIndexList rows = m_columnList->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void DataPage::selectColumn(int c)
{
    if (c < 0 || c >= m_columnModel->rowCount())
        return;
    m_columnList->selectionModel()->select(
        m_columnModel->index(c, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_columnList->scrollTo(m_columnModel->index(c, 0));
}

void DataPage::onColumnListSelection()
{
    const int c = selectedColumn();
    if (c >= 0 && !m_syncingSelection) {
        m_syncingSelection = true;
        const int topRow = std::max(0, m_tableView->rowAt(0));
        m_tableView->selectionModel()->setCurrentIndex(m_tableModel->index(topRow, c), QItemSelectionModel::NoUpdate);
        m_tableView->selectColumn(c);
        // Not before the view is laid out: EnsureVisible would scroll a column that fits.
        if (m_tableView->isVisible())
            m_tableView->scrollTo(m_tableModel->index(topRow, c));
        m_syncingSelection = false;
    }
    updateProfilePanel();
}

void DataPage::onTableCurrentColumn()
{
    if (m_syncingSelection)
        return;
    const QModelIndex current = m_tableView->currentIndex();
    if (!current.isValid() || current.column() == selectedColumn())
        return;
    m_syncingSelection = true;
    m_columnList->selectionModel()->select(m_columnModel->index(current.column(), 0),
                                           QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_columnList->scrollTo(m_columnModel->index(current.column(), 0));
    m_syncingSelection = false;  // the list's selectionChanged has updated the profile panel
}

void DataPage::updateProfilePanel()
{
    const int c = selectedColumn();
    const std::shared_ptr<const Table> table = m_session->table();
    if (!table || c < 0 || static_cast<std::size_t>(c) >= table->columnCount()) {
        m_profilePanel->clear();
        return;
    }
    const std::shared_ptr<const TableProfile> profile = m_session->profile();
    if (profile && static_cast<std::size_t>(c) < profile->columns.size()) {
        m_profilePanel->showProfile(profile->columns[static_cast<std::size_t>(c)]);
    } else if (!m_session->profileError().isEmpty()) {
        m_profilePanel->showError(m_session->profileError(), /*offerRetry=*/true);
    } else {
        const Column& column = table->column(static_cast<std::size_t>(c));
        m_profilePanel->showPending(column.name(), column.type());
    }
}

} // namespace pp
