#pragma once

#include <QTableWidget>

namespace pp {

struct RunSnapshot;

/// The metrics of one run: a row per metric (translated name, explanation as tooltip),
/// columns Train / Validation / Test / Cross-validation (mean ± std); sets without rows are
/// left out. Each value cell holds the exact number in Qt::UserRole (the text is rounded).
class MetricsTable : public QTableWidget
{
    Q_OBJECT
public:
    /// Column meaning, stored in each header item's Qt::UserRole.
    enum Set { Train, Valid, Test, CvMean };

    explicit MetricsTable(QWidget* parent = nullptr);

    void showRun(const RunSnapshot& run);
    /// Row of metric `key` ("r2"), or -1.
    int rowOf(const QString& key) const;
    /// Column of `set`, or -1 when the run has none.
    int columnOf(Set set) const;
    /// The exact value shown in (metric, set); NaN when absent.
    double value(const QString& key, Set set) const;
};

} // namespace pp
