#include "explore_page.h"

#include "icons.h"
#include "session.h"
#include "settings.h"
#include "widgets/correlation_view.h"
#include "widgets/distribution_view.h"
#include "widgets/empty_state.h"
#include "widgets/group_view.h"
#include "widgets/missing_view.h"
#include "widgets/outlier_view.h"
#include "widgets/scatter_view.h"

#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>

namespace pp {

namespace {

const QStringList& viewNames()
{
    static const QStringList names = {QStringLiteral("missing"),  QStringLiteral("distributions"),
                                      QStringLiteral("outliers"), QStringLiteral("scatter"),
                                      QStringLiteral("correlations"), QStringLiteral("groups")};
    return names;
}

} // namespace

ExplorePage::ExplorePage(Session* session, QWidget* parent)
    : QWidget(parent), m_session(session), m_stack(new QStackedWidget(this)), m_emptyState(new EmptyState(this)),
      m_tabs(new QTabWidget(this)), m_missing(new MissingView(session, this)),
      m_distributions(new DistributionView(session, this)), m_outliers(new OutlierView(session, this)),
      m_scatter(new ScatterView(session, this)), m_correlations(new CorrelationView(session, this)),
      m_groups(new GroupView(session, this))
{
    m_emptyState->setIcon(icons::named("page_explore"));
    m_tabs->setObjectName(QStringLiteral("exploreTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_missing, tr("Missing Values"));
    m_tabs->addTab(m_distributions, tr("Distributions"));
    m_tabs->addTab(m_outliers, tr("Outliers"));
    m_tabs->addTab(m_scatter, tr("Scatter"));
    m_tabs->addTab(m_correlations, tr("Correlations"));
    m_tabs->addTab(m_groups, tr("Groups"));
    m_tabs->setTabToolTip(0, tr("How much is missing, where, and what imputing would change"));
    m_tabs->setTabToolTip(1, tr("Histogram, box plot or value counts of one column"));
    m_tabs->setTabToolTip(2, tr("Unusual values per column, or unusual rows across columns"));
    m_tabs->setTabToolTip(3, tr("One column against another"));
    m_tabs->setTabToolTip(4, tr("Which numeric columns move together"));
    m_tabs->setTabToolTip(5, tr("A numeric column's mean and median per category"));
    m_views = {m_missing, m_distributions, m_outliers, m_scatter, m_correlations, m_groups};
    const int saved = viewNames().indexOf(kExploreView.get());
    m_tabs->setCurrentIndex(saved >= 0 ? saved : 0);

    m_stack->addWidget(m_emptyState);
    m_stack->addWidget(m_tabs);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    connect(m_emptyState, &EmptyState::actionTriggered, this, &ExplorePage::dataPageRequested);
    connect(m_session, &Session::datasetChanged, this, &ExplorePage::onDatasetChanged);
    connect(m_tabs, &QTabWidget::currentChanged, this, &ExplorePage::onTabChanged);
    updateEmptyState();
}

QStringList ExplorePage::screenshotViews() const { return viewNames(); }

void ExplorePage::showScreenshotView(const QString& view) { showView(view); }

bool ExplorePage::showView(const QString& view)
{
    const int i = viewNames().indexOf(view);
    if (i < 0)
        return false;
    m_tabs->setCurrentIndex(i);
    if (isVisible())
        onTabChanged(i);  // activates it even when it was current already
    return true;
}

void ExplorePage::onDatasetChanged()
{
    updateEmptyState();
    for (ExploreView* view : m_views)
        view->reset();
    if (isVisible() && m_session->hasData())
        onTabChanged(m_tabs->currentIndex());
}

void ExplorePage::onTabChanged(int index)
{
    for (std::size_t i = 0; i < m_views.size(); ++i) {
        if (static_cast<int>(i) != index)
            m_views[i]->deactivate();
    }
    if (index < 0 || index >= static_cast<int>(m_views.size()))
        return;
    kExploreView.set(viewNames().at(index));
    // Views compute only while the page is shown: loading a table costs nothing here.
    if (isVisible())
        m_views[static_cast<std::size_t>(index)]->activate();
}

void ExplorePage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    onTabChanged(m_tabs->currentIndex());
}

void ExplorePage::hideEvent(QHideEvent* event)
{
    QWidget::hideEvent(event);
    for (ExploreView* view : m_views)
        view->deactivate();
}

void ExplorePage::updateEmptyState()
{
    if (m_session->hasData()) {
        m_stack->setCurrentWidget(m_tabs);
        return;
    }
    m_emptyState->setTitle(tr("No data yet"));
    m_emptyState->setText(tr("Load a dataset on the Data page first."));
    m_emptyState->setActionText(tr("Go to the Data Page"));
    m_stack->setCurrentWidget(m_emptyState);
}

} // namespace pp
