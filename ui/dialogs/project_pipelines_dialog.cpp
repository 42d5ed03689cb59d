#include "dialogs/project_pipelines_dialog.h"

#include "prep/step.h"
#include "project_session.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace pp {

ProjectPipelinesDialog::ProjectPipelinesDialog(ProjectSession* project, QWidget* parent)
    : QDialog(parent), m_project(project), m_summary(new QLabel(this)), m_list(new QTreeWidget(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Close, this))
{
    setWindowTitle(tr("Project Pipelines"));
    setObjectName(QStringLiteral("projectPipelinesDialog"));
    resize(720, 340);
    m_summary->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("projectPipelines"));
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setHeaderLabels({tr("Name"), tr("Steps"), tr("Target"), tr("Changed")});
    m_list->header()->setStretchLastSection(true);
    m_saveAsNew = m_buttons->addButton(tr("Save Current as New…"), QDialogButtonBox::ActionRole);
    m_saveAsNew->setObjectName(QStringLiteral("saveAsNewPipeline"));
    m_saveAsNew->setToolTip(tr("Keep the Prepare page's pipeline as another pipeline of the project"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ProjectPipelinesDialog::openSelected);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_saveAsNew, &QPushButton::clicked, this, [this]() { saveAsNew(); });
    connect(m_list, &QTreeWidget::itemActivated, this, &ProjectPipelinesDialog::openSelected);
    connect(m_list, &QTreeWidget::currentItemChanged, this,
            [this]() { m_buttons->button(QDialogButtonBox::Open)->setEnabled(m_list->currentItem() != nullptr); });
    connect(m_project, &ProjectSession::pipelineSaved, this, &ProjectPipelinesDialog::populate);
    populate();
}

void ProjectPipelinesDialog::populate()
{
    const qint64 selected = m_list->currentItem() ? m_list->currentItem()->data(0, Qt::UserRole).toLongLong() : 0;
    m_list->clear();
    m_buttons->button(QDialogButtonBox::Open)->setEnabled(false);
    m_saveAsNew->setEnabled(m_project->isOpen());
    if (!m_project->isOpen()) {
        m_summary->setText(tr("No project is open."));
        return;
    }
    auto pipelines = m_project->store()->pipelines();
    if (!pipelines.ok()) {
        m_summary->setText(pipelines.error().toString());
        return;
    }
    m_summary->setText(
        pipelines->empty()
            ? tr("This project holds no pipeline yet. The pipeline you build on the Prepare page is saved in it "
                 "automatically.")
            : tr("Pipelines kept in project <b>%1</b>. The one in bold is on the Prepare page: its changes are "
                 "saved into it automatically.")
                  .arg(m_project->name().toHtmlEscaped()));
    QTreeWidgetItem* current = nullptr;
    for (const store::PipelineInfo& p : pipelines.value()) {
        const QJsonArray steps = p.json.value(QStringLiteral("steps")).toArray();
        QStringList names;
        for (const QJsonValue& step : steps) {
            const QString kind = step.toObject().value(QStringLiteral("kind")).toString();
            const StepInfo* info = StepRegistry::instance().find(kind);
            names << (info && info->displayName ? info->displayName() : kind);
        }
        const QDateTime updated = QDateTime::fromString(p.updated, Qt::ISODateWithMs);
        const QString target = p.json.value(QStringLiteral("target")).toString();
        auto* item = new QTreeWidgetItem(
            m_list, {p.name, QLocale().toString(steps.size()), target.isEmpty() ? tr("(none)") : target,
                     updated.isValid() ? QLocale().toString(updated.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm"))
                                       : p.updated});
        item->setData(0, Qt::UserRole, p.id);
        item->setToolTip(0, names.isEmpty() ? tr("No steps") : names.join(QStringLiteral("\n")));
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        if (p.id == m_project->currentPipelineId()) {
            QFont f = item->font(0);
            f.setBold(true);
            item->setFont(0, f);
            item->setToolTip(0, tr("On the Prepare page now") + QStringLiteral("\n\n") + item->toolTip(0));
        }
        if (p.id == selected || (!selected && p.id == m_project->currentPipelineId()))
            current = item;
    }
    for (int c = 0; c < 3; ++c)
        m_list->resizeColumnToContents(c);
    if (!current && m_list->topLevelItemCount() > 0)
        current = m_list->topLevelItem(m_list->topLevelItemCount() - 1);
    m_list->setCurrentItem(current);
}

void ProjectPipelinesDialog::openSelected()
{
    const QTreeWidgetItem* item = m_list->currentItem();
    if (!item)
        return;
    QString error;
    if (!m_project->openPipeline(item->data(0, Qt::UserRole).toLongLong(), &error)) {
        auto* box = new QMessageBox(QMessageBox::Warning, tr("Open Pipeline"), error, QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return;
    }
    accept();
}

void ProjectPipelinesDialog::saveAsNew(const QString& requested)
{
    if (!m_project->isOpen())
        return;
    QString name = requested;
    if (name.isEmpty()) {
        auto pipelines = m_project->store()->pipelines();
        const int count = pipelines.ok() ? static_cast<int>(pipelines->size()) : 0;
        bool ok = false;
        name = QInputDialog::getText(this, tr("Save Current as New"), tr("Name of the new pipeline:"),
                                     QLineEdit::Normal, tr("Pipeline %1").arg(count + 1), &ok)
                   .trimmed();
        if (!ok || name.isEmpty())
            return;
    }
    m_project->savePipelineAsNew(name);  // the list is filled again when it is saved
}

} // namespace pp
