#pragma once

#include "stats/profile.h"

#include <QHash>
#include <QWidget>

class QFormLayout;
class QLabel;
class QStackedWidget;

namespace pp {

class ProfileChart;

/// Side panel of the Data page: the statistics of one column (pp::ColumnProfile) in a
/// form, formatted for the current locale, and a small chart (ProfileChart). Statistics
/// that do not apply to the column's type are hidden.
class ProfilePanel : public QWidget
{
    Q_OBJECT
public:
    explicit ProfilePanel(QWidget* parent = nullptr);

    /// Nothing selected.
    void clear();
    /// A column is selected but its statistics are still being computed.
    void showPending(const QString& columnName, ColumnType type);
    /// Statistics are not available; `offerRetry` adds a "Compute again" link.
    void showError(const QString& message, bool offerRetry = false);
    void showProfile(const ColumnProfile& profile);

    /// The text shown for a statistic ("count", "missing", "unique", "mean", "std", "min",
    /// "q1", "median", "q3", "max", "skew", "outliersIqr", "outliersZ", "top"), "" when hidden.
    QString valueText(const QString& key) const;
    ProfileChart* chart() const { return m_chart; }
    /// A remark under the statistics ("All values are distinct."), "" when none.
    QString noteText() const;

    QSize sizeHint() const override { return QSize(330, 600); }

Q_SIGNALS:
    /// The user asked to compute the statistics again.
    void retryRequested();

private:
    void addRow(const QString& key, const QString& label, const QString& toolTip = QString());
    void setValue(const QString& key, const QString& text);
    void setHeader(const QString& name, ColumnType type, ColumnRole role, bool idLike);

    QStackedWidget* m_stack;
    QLabel* m_message;
    QLabel* m_name;
    QLabel* m_subtitle;
    QFormLayout* m_form;
    QHash<QString, QLabel*> m_values;
    QLabel* m_note;
    ProfileChart* m_chart;
};

} // namespace pp
