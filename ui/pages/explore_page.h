#pragma once

#include "screenshot_views.h"

#include <QWidget>

#include <vector>

class QStackedWidget;
class QTabWidget;

namespace pp {

class CorrelationView;
class DistributionView;
class EmptyState;
class ExploreView;
class GroupView;
class MissingView;
class OutlierView;
class ScatterView;
class Session;

/// The Explore step: one tab per way of looking at the data set (missing values,
/// distributions, outliers, scatter, correlations, groups). Each tab is its own
/// ExploreView that computes on the session's JobRunner only while it is shown, and keeps
/// its results, so that coming back to a tab or a column is instant. Without data it
/// shows an empty state that leads to the Data page.
class ExplorePage : public QWidget, public ScreenshotViews
{
    Q_OBJECT
public:
    explicit ExplorePage(Session* session, QWidget* parent = nullptr);

    EmptyState* emptyState() const { return m_emptyState; }
    QTabWidget* tabs() const { return m_tabs; }
    MissingView* missingView() const { return m_missing; }
    DistributionView* distributionView() const { return m_distributions; }
    OutlierView* outlierView() const { return m_outliers; }
    ScatterView* scatterView() const { return m_scatter; }
    CorrelationView* correlationView() const { return m_correlations; }
    GroupView* groupView() const { return m_groups; }

    /// "missing", "distributions", "outliers", "scatter", "correlations", "groups".
    QStringList screenshotViews() const override;
    void showScreenshotView(const QString& view) override;
    /// Shows the tab called `view` (a screenshotViews() name); false if there is none.
    bool showView(const QString& view);

Q_SIGNALS:
    /// The user asked to go to the Data page (to load a data set).
    void dataPageRequested();

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    void onDatasetChanged();
    void onTabChanged(int index);
    void updateEmptyState();

    Session* m_session;
    QStackedWidget* m_stack;
    EmptyState* m_emptyState;
    QTabWidget* m_tabs;
    MissingView* m_missing;
    DistributionView* m_distributions;
    OutlierView* m_outliers;
    ScatterView* m_scatter;
    CorrelationView* m_correlations;
    GroupView* m_groups;
    std::vector<ExploreView*> m_views;
};

} // namespace pp
