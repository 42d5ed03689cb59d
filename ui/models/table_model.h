#pragma once

#include "data/table.h"
#include "stats/profile.h"

#include <QAbstractTableModel>
#include <QColor>

#include <cstdint>
#include <memory>
#include <vector>

namespace pp {

/// Custom item roles of TableModel (and of any model showing table cells).
enum class TableRole : int {
    Missing = Qt::UserRole + 1,  ///< bool: the cell is missing
    ColumnType,                  ///< int(pp::ColumnType) of the cell's column (also in headerData)
    NumericValue,                ///< double for numeric, boolean and datetime cells; invalid otherwise
    Outlier,                     ///< bool: numeric value outside the profile's IQR fences, or a
                                 ///< cell of a row flagged on the Explore page (OutlierRow)
    OutlierRow,                  ///< bool: the row is flagged by the Explore page's outlier detection
};

/// A read-only view of a pp::Table for QTableView. data() reads straight from column
/// storage on request (Column::displayAt), so a million-row table costs nothing extra:
/// only the visible cells are ever formatted. Missing cells read "—" in a muted colour.
class TableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    explicit TableModel(QObject* parent = nullptr);

    /// Replaces the table (one model reset). The model shares ownership.
    void setTable(std::shared_ptr<const Table> table);
    const std::shared_ptr<const Table>& table() const { return m_table; }
    /// Used for outlier marks (IQR fences); null clears them.
    void setProfile(std::shared_ptr<const TableProfile> profile);
    /// Rows flagged as outliers (Session::outlierRows(): one byte per row, 1 = flagged);
    /// null clears them. Ignored when the size does not match the table.
    void setOutlierRows(std::shared_ptr<const std::vector<std::uint8_t>> rows);
    bool isOutlierRow(std::size_t row) const
    {
        return m_outlierRows && row < m_outlierRows->size() && (*m_outlierRows)[row] != 0;
    }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The text shown for a missing cell, and its colour.
    static QString missingText();
    static QColor missingColor();

private:
    struct Fences
    {
        bool valid = false;
        double low = 0.0;
        double high = 0.0;
    };
    bool isOutlier(const Column& column, std::size_t columnIndex, std::size_t row) const;

    std::shared_ptr<const Table> m_table;
    std::shared_ptr<const TableProfile> m_profile;
    std::vector<Fences> m_fences;
    std::shared_ptr<const std::vector<std::uint8_t>> m_outlierRows;
};

} // namespace pp
