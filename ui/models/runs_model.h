#pragma once

#include "store/project_store.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QSortFilterProxyModel>
#include <QStringList>

#include <vector>

namespace pp {

/// Custom item roles of RunsModel.
enum class RunsRole : int {
    RunId = Qt::UserRole + 1,   ///< qint64, any column
    SortValue,                  ///< what the column sorts by (numbers as double, times as ISO text)
    Status,                     ///< raw status ("done", "interrupted", ...), any column
    ModelKind,                  ///< registry kind ("ridge"), any column
    DatasetName,                ///< any column
    Missing,                    ///< bool: the cell has no value (a metric the task lacks)
};

/// The project's runs for the Experiments page: one row per run, key metrics as columns
/// (regression r², RMSE, MAE; classification accuracy, macro F1, ROC AUC) taken from the
/// test split, else validation. Status cells are coloured; a metric a run doesn't have reads
/// a muted "—".
class RunsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Field {
        IdField,
        NameField,
        ModelField,
        DatasetField,
        StatusField,
        StartedField,
        DurationField,
        R2Field,
        RmseField,
        MaeField,
        AccuracyField,
        F1Field,
        RocAucField,
        NoteField,
        FieldCount
    };

    explicit RunsModel(QObject* parent = nullptr);

    /// Replaces the runs (one model reset).
    void setRuns(std::vector<store::RunInfo> runs);
    const std::vector<store::RunInfo>& runs() const { return m_runs; }
    /// The run shown in `row`, or null.
    const store::RunInfo* runAt(int row) const;
    int rowOfRun(qint64 runId) const;

    /// The metric key of a metric column ("r2"), or "" for other columns.
    static QString metricKey(int field);
    /// The column title of a metric key ("r2" -> "R²"); the key itself for other metrics.
    static QString metricDisplayName(const QString& key);
    /// The translated column title of `field`.
    static QString fieldTitle(int field);
    /// Translated status name ("Done", "Interrupted", ...) and its colour.
    static QString statusDisplayName(const QString& status);
    static QColor statusColor(const QString& status);
    static QStringList statuses();
    /// The model's display name from the registry, else its kind.
    static QString modelDisplayName(const QString& kind);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant value(const store::RunInfo& run, int field) const;

    std::vector<store::RunInfo> m_runs;
    std::vector<QJsonObject> m_keyMetrics;  ///< per row, from StoredRun::keyMetrics
};

/// Filters RunsModel rows by model kind, data set and status (exact, "" = any) and by a
/// free text found in the name, note, model or data set; sorts by RunsRole::SortValue
/// with missing values first in ascending order.
class RunsFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit RunsFilterModel(QObject* parent = nullptr);

    void setModelFilter(const QString& kind);
    void setDatasetFilter(const QString& name);
    void setStatusFilter(const QString& status);
    void setTextFilter(const QString& text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    QString m_model;
    QString m_dataset;
    QString m_status;
    QString m_text;
};

} // namespace pp
