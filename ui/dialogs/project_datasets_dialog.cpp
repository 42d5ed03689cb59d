#include "dialogs/project_datasets_dialog.h"

#include "format.h"
#include "project_session.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace pp {

ProjectDatasetsDialog::ProjectDatasetsDialog(ProjectSession* project, QWidget* parent)
    : QDialog(parent), m_project(project), m_summary(new QLabel(this)), m_list(new QTreeWidget(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Close, this))
{
    setWindowTitle(tr("Project Data Sets"));
    setObjectName(QStringLiteral("projectDatasetsDialog"));
    resize(760, 380);
    m_summary->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("projectDatasets"));
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setHeaderLabels({tr("Name"), tr("Rows"), tr("Columns"), tr("Imported"), tr("Source file")});
    m_list->header()->setStretchLastSection(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ProjectDatasetsDialog::openSelected);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QTreeWidget::itemActivated, this, &ProjectDatasetsDialog::openSelected);
    connect(m_list, &QTreeWidget::currentItemChanged, this,
            [this]() { m_buttons->button(QDialogButtonBox::Open)->setEnabled(m_list->currentItem() != nullptr); });
    populate();
}

void ProjectDatasetsDialog::populate()
{
    m_list->clear();
    m_buttons->button(QDialogButtonBox::Open)->setEnabled(false);
    if (!m_project->isOpen()) {
        m_summary->setText(tr("No project is open."));
        return;
    }
    auto datasets = m_project->store()->datasets();
    if (!datasets.ok()) {
        m_summary->setText(datasets.error().toString());
        return;
    }
    m_summary->setText(datasets->empty()
                           ? tr("This project holds no data sets yet. Files you open on the Data page while the "
                                "project is open are stored in it.")
                           : tr("Data sets stored in project <b>%1</b>. Opening one reads it from the project, "
                                "not from its source file.")
                                 .arg(m_project->name().toHtmlEscaped()));
    for (const store::DatasetInfo& d : datasets.value()) {
        const QDateTime created = QDateTime::fromString(d.created, Qt::ISODateWithMs);
        auto* item = new QTreeWidgetItem(
            m_list, {d.name, fmt::count(d.rows), fmt::count(d.columns),
                     created.isValid() ? QLocale().toString(created.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm"))
                                       : d.created,
                     QDir::toNativeSeparators(d.sourcePath)});
        item->setData(0, Qt::UserRole, d.id);
        if (!d.sourcePath.isEmpty() && !QFileInfo::exists(d.sourcePath)) {
            item->setForeground(4, palette().color(QPalette::PlaceholderText));
            item->setToolTip(4, tr("The file is gone; the data set is kept in the project."));
        }
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        if (d.id == m_project->currentDatasetId()) {
            QFont f = item->font(0);
            f.setBold(true);
            item->setFont(0, f);
            item->setToolTip(0, tr("The data set now open"));
        }
    }
    for (int c = 0; c < 4; ++c)
        m_list->resizeColumnToContents(c);
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(m_list->topLevelItemCount() - 1));
}

void ProjectDatasetsDialog::openSelected()
{
    const QTreeWidgetItem* item = m_list->currentItem();
    if (!item)
        return;
    m_project->loadDataset(item->data(0, Qt::UserRole).toLongLong());
    accept();
}

} // namespace pp
