#pragma once

#include "stats/profile.h"

#include <QChartView>

namespace pp {

/// The small chart of the profile panel: a histogram (profile.histogram) for numeric and
/// datetime columns, a horizontal bar chart of the most frequent values (profile.top)
/// for categorical, boolean and text columns. Translated title and axis titles.
class ProfileChart : public QChartView
{
    Q_OBJECT
public:
    explicit ProfileChart(QWidget* parent = nullptr);

    void showProfile(const ColumnProfile& profile);
    void clear();
    /// False when the column has nothing to chart (all missing).
    bool hasData() const { return m_hasData; }

    QSize sizeHint() const override { return QSize(320, 260); }

private:
    void showHistogram(const ColumnProfile& profile);
    void showTopValues(const ColumnProfile& profile);
    void resetChart(const QString& title);

    bool m_hasData = false;
};

} // namespace pp
