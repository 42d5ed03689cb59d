#include "results_page.h"

#include "icons.h"
#include "session.h"
#include "widgets/empty_state.h"

#include <QFileInfo>
#include <QVBoxLayout>

namespace pp {

ResultsPage::ResultsPage(Session* session, QWidget* parent)
    : QWidget(parent), m_session(session), m_emptyState(new EmptyState(this))
{
    m_emptyState->setIcon(icons::named("page_results"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_emptyState);
    connect(m_emptyState, &EmptyState::actionTriggered, this, &ResultsPage::dataPageRequested);
    connect(m_session, &Session::datasetChanged, this, &ResultsPage::update);
    update();
}

void ResultsPage::update()
{
    if (!m_session->hasData()) {
        m_emptyState->setTitle(tr("No data yet"));
        m_emptyState->setText(tr("Load a dataset on the Data page first."));
        m_emptyState->setActionText(tr("Go to the Data Page"));
        return;
    }
    m_emptyState->setTitle(tr("Results"));
    const QString name = QFileInfo(m_session->path()).fileName().toHtmlEscaped();
    m_emptyState->setText(tr("This page will let you judge the trained models: error measures, predicted against actual values, the most important features, and the prediction for every customer of %1, ready to export.").arg(QStringLiteral("<b>%1</b>").arg(name))
                          + QStringLiteral("<br><br><i>") + tr("Coming in a later version.") + QStringLiteral("</i>"));
    m_emptyState->setActionText(QString());
}

} // namespace pp
