#pragma once

#include "prep/advanced_step.h"

namespace pp {

/// "sequence_windows": turns per-entity time series (one row per customer and day...) into
/// one row per sliding window, the input of LSTM/CNN/Transformer models:
///   <entity>, <time> (of the window's last step), <value>__t-<k> for k = L-1 .. 0 (t-0 is the
///   last step) for each value column, and the target h steps after the window's end under
///   the target column's own name (so the pipeline's target stays the same).
/// Rows are grouped by entity (in order of first appearance) and ordered by time (stable).
/// Gaps: with "break", a time difference above `gap_tolerance` starts a new sequence and no
/// window or target crosses it; with "ffill", such a gap is filled with steps every
/// `gap_tolerance` that repeat the last observation's values, and missing values are carried
/// forward; "none" treats consecutive rows as consecutive steps. Tolerances are in the time
/// column's units, or in `time_unit` for date/time columns.
/// A filled step has no target of its own: a window whose target step (last + horizon) is a
/// filled one has a missing target (dropped with `require_target`), so a label is never a
/// copy of an earlier row's. A gap that would need more filled steps than memory allows is an
/// error naming the entity and the gap.
/// Per-window scaling "standardize" uses only the window's own values (mean and population
/// standard deviation per value column), so it cannot leak between rows.
///
/// This step changes the number of rows of every table it sees (training, validation, test,
/// new data): windows are how sequence data is modelled, so it is not train-only. Split
/// sequence data by time (train on the earlier period, validate on the later), not at
/// random: overlapping windows of one series on both sides of a random split would leak.
/// Windows whose target is missing or beyond the sequence's end are dropped when the target
/// column is present and `require_target` is set; data without the target column (new data
/// to predict) gives every window.
class SequenceWindowsStep : public AdvancedStep
{
    Q_DECLARE_TR_FUNCTIONS(pp::SequenceWindowsStep)
public:
    SequenceWindowsStep() { initParams(); }
    static QString staticDisplayName() { return tr("Sequence windows"); }
    static QString staticDescription();

    QString kind() const override { return QStringLiteral("sequence_windows"); }
    QString displayName() const override { return staticDisplayName(); }
    std::vector<ParamSpec> paramSpecs(const Table* input) const override;
    Status fit(const Table& train, const FitInfo& info, JobControl* job) override;
    Result<Table> transform(const Table& input, JobControl* job) const override;
    QJsonObject fittedState() const override;
    Status setFittedState(const QJsonObject& state) override;
    QString describe() const override;

    /// Makes the windows (what fit counts and transform returns).
    Result<Table> makeWindows(const Table& input, JobControl* job, qint64* sequences) const;

private:
    qint64 m_trainRows = 0;
    qint64 m_trainWindows = 0;
    qint64 m_trainSequences = 0;
};

} // namespace pp
