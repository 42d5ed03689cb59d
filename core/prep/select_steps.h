#pragma once

#include "prep/advanced_step.h"

#include <QHash>

namespace pp {

/// Common part of the feature-selection steps: fit decides, on the training rows, which
/// candidate columns to drop; transform drops exactly those (and checks that the kept ones
/// are there). Target and id columns are never candidates, so the output always keeps them.
/// Candidates are the `columns` the user lists, or every numeric/boolean feature column.
class SelectionStep : public AdvancedStep
{
    Q_DECLARE_TR_FUNCTIONS(pp::SelectionStep)
public:
    Result<Table> transform(const Table& input, JobControl* job) const override;
    QJsonObject fittedState() const override;
    Status setFittedState(const QJsonObject& state) override;

    const QStringList& keptColumns() const { return m_kept; }
    const QStringList& droppedColumns() const { return m_dropped; }
    /// Per-candidate score of the fit (variance, |r|, mutual information...), NaN if none.
    double score(const QString& column) const;

protected:
    void clearFit() override;
    /// The candidate columns of `train`, or an error naming the step and the column.
    Result<QStringList> candidates(const Table& train, const FitInfo& info) const;
    /// Stores the decision: `kept` and `dropped` candidates, plus the protected columns.
    void setDecision(const QStringList& kept, const QStringList& dropped, const QStringList& protectedCols);
    /// "dropped a (0.001), b (0)" with the scores, for describe().
    QString droppedText(int precision = 4) const;

    QStringList m_kept;
    QStringList m_dropped;
    QStringList m_protected;
    QHash<QString, double> m_scores;
    QHash<QString, QString> m_reasons;   ///< optional detail per dropped column
    bool m_keepOnly = false;             ///< output only kept + protected (manual "keep")
};

/// "variance_threshold": drops features whose population variance on the training rows is not
/// above `threshold`, as sklearn.feature_selection.VarianceThreshold (missing values ignored
/// like its nanvar; with threshold 0 a constant column is dropped even if rounding makes its
/// variance a hair above 0, because the peak-to-peak range is used too; all-missing columns
/// are dropped).
class VarianceThresholdStep : public SelectionStep
{
    Q_DECLARE_TR_FUNCTIONS(pp::VarianceThresholdStep)
public:
    VarianceThresholdStep() { initParams(); }
    static QString staticDisplayName() { return tr("Variance threshold"); }
    static QString staticDescription();

    QString kind() const override { return QStringLiteral("variance_threshold"); }
    QString displayName() const override { return staticDisplayName(); }
    std::vector<ParamSpec> paramSpecs(const Table* input) const override;
    Status fit(const Table& train, const FitInfo& info, JobControl* job) override;
    QString describe() const override;
};

/// "select_k_best": keeps the k features that score highest against the target on the
/// training rows. Scores: |Pearson r| (regression, or a two-class target coded 0/1; rows with
/// a missing value are left out pair by pair) or mutual information (classification and
/// regression, sklearn's mutual_info_classif / mutual_info_regression estimators with
/// n_neighbors; boolean features are treated as discrete, numeric ones as continuous; the
/// tie-breaking noise is seeded). "auto" = correlation for regression, mutual information for
/// classification. Ties keep the earlier column.
class SelectKBestStep : public SelectionStep
{
    Q_DECLARE_TR_FUNCTIONS(pp::SelectKBestStep)
public:
    SelectKBestStep() { initParams(); }
    static QString staticDisplayName() { return tr("Select k best features"); }
    static QString staticDescription();

    QString kind() const override { return QStringLiteral("select_k_best"); }
    QString displayName() const override { return staticDisplayName(); }
    std::vector<ParamSpec> paramSpecs(const Table* input) const override;
    Status fit(const Table& train, const FitInfo& info, JobControl* job) override;
    QString describe() const override;

private:
    void clearFit() override;
    QString m_scoreUsed;   ///< "correlation" or "mutual_info", resolved from "auto" at fit
};

/// "drop_correlated": for every pair of features whose |Pearson r| on the training rows is
/// above `threshold`, drops one. Columns are visited in table order; for each pair (i, j)
/// with i before j and both still kept, the one less correlated with the target is dropped
/// (|r| with a numeric or two-class target, the correlation ratio η with a multiclass one);
/// without a target, or on a tie, the earlier column is kept. Deterministic by construction.
class DropCorrelatedStep : public SelectionStep
{
    Q_DECLARE_TR_FUNCTIONS(pp::DropCorrelatedStep)
public:
    DropCorrelatedStep() { initParams(); }
    static QString staticDisplayName() { return tr("Drop correlated features"); }
    static QString staticDescription();

    QString kind() const override { return QStringLiteral("drop_correlated"); }
    QString displayName() const override { return staticDisplayName(); }
    std::vector<ParamSpec> paramSpecs(const Table* input) const override;
    Status fit(const Table& train, const FitInfo& info, JobControl* job) override;
    QString describe() const override;
};

/// "manual_select": keeps (mode "keep") or drops (mode "drop") the listed columns. With
/// "keep", columns not listed are dropped, except the target and id columns; an empty list is
/// refused (as select_columns does) rather than dropping every feature.
class ManualSelectStep : public SelectionStep
{
    Q_DECLARE_TR_FUNCTIONS(pp::ManualSelectStep)
public:
    ManualSelectStep() { initParams(); }
    static QString staticDisplayName() { return tr("Choose columns"); }
    static QString staticDescription();

    QString kind() const override { return QStringLiteral("manual_select"); }
    QString displayName() const override { return staticDisplayName(); }
    std::vector<ParamSpec> paramSpecs(const Table* input) const override;
    Status fit(const Table& train, const FitInfo& info, JobControl* job) override;
    QString describe() const override;
};

/// Pearson correlation over the rows where both values are present (pandas DataFrame.corr);
/// NaN when fewer than two such rows or a constant side.
double pearsonPairwise(const std::vector<double>& x, const std::vector<double>& y);
/// Correlation ratio η of numeric values against class codes (-1 = missing).
double correlationRatio(const std::vector<double>& x, const std::vector<int>& classes);

} // namespace pp
