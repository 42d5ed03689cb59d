#include "table_model.h"

#include "icons.h"

#include <QApplication>
#include <QBrush>
#include <QColor>
#include <QPalette>

#include <cmath>
#include <limits>

namespace pp {

TableModel::TableModel(QObject* parent) : QAbstractTableModel(parent) {}

QString TableModel::missingText() { return QStringLiteral("—"); }

QColor TableModel::missingColor()
{
    // Half-way between text and background: clearly "not a value", still visible.
    const QPalette palette = QApplication::palette();
    const QColor text = palette.color(QPalette::Text);
    const QColor base = palette.color(QPalette::Base);
    return QColor((text.red() + base.red()) / 2, (text.green() + base.green()) / 2, (text.blue() + base.blue()) / 2);
}

void TableModel::setTable(std::shared_ptr<const Table> table)
{
    beginResetModel();
    m_table = std::move(table);
    m_profile.reset();
    m_fences.clear();
    m_outlierRows.reset();
    endResetModel();
}

void TableModel::setOutlierRows(std::shared_ptr<const std::vector<std::uint8_t>> rows)
{
    if (rows && (!m_table || rows->size() != m_table->rowCount()))
        rows.reset();
    if (!rows && !m_outlierRows)
        return;
    m_outlierRows = std::move(rows);
    if (rowCount() > 0 && columnCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1),
                           {Qt::BackgroundRole, Qt::ToolTipRole, int(TableRole::Outlier), int(TableRole::OutlierRow)});
    if (rowCount() > 0)
        Q_EMIT headerDataChanged(Qt::Vertical, 0, rowCount() - 1);
}

void TableModel::setProfile(std::shared_ptr<const TableProfile> profile)
{
    m_profile = std::move(profile);
    m_fences.assign(m_table ? m_table->columnCount() : 0, Fences());
    if (m_profile && m_table && m_profile->columns.size() == m_table->columnCount()) {
        constexpr double k = 1.5;  // ProfileOptions::iqrK default, the rule the panel counts with
        for (std::size_t c = 0; c < m_fences.size(); ++c) {
            const ColumnProfile& p = m_profile->columns[c];
            if (p.type != ColumnType::Numeric || !p.q1 || !p.q3 || p.idLike)
                continue;
            const double iqr = *p.q3 - *p.q1;
            m_fences[c] = {true, *p.q1 - k * iqr, *p.q3 + k * iqr};
        }
    }
    if (rowCount() > 0 && columnCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1),
                           {Qt::BackgroundRole, Qt::ToolTipRole, int(TableRole::Outlier)});
}

int TableModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() || !m_table)
        return 0;
    // QAbstractItemModel counts rows in int; larger tables are shown truncated.
    return static_cast<int>(std::min<std::size_t>(m_table->rowCount(), std::numeric_limits<int>::max()));
}

int TableModel::columnCount(const QModelIndex& parent) const
{
    if (parent.isValid() || !m_table)
        return 0;
    return static_cast<int>(m_table->columnCount());
}

bool TableModel::isOutlier(const Column& column, std::size_t c, std::size_t row) const
{
    if (c >= m_fences.size() || !m_fences[c].valid || column.isMissing(row))
        return false;
    const double v = column.numbers()[row];
    return v < m_fences[c].low || v > m_fences[c].high;
}

QVariant TableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !m_table)
        return QVariant();
    const std::size_t c = static_cast<std::size_t>(index.column());
    const std::size_t row = static_cast<std::size_t>(index.row());
    const Column& column = m_table->column(c);
    switch (role) {
    case Qt::DisplayRole:
        if (column.isMissing(row))
            return missingText();
        if (column.type() == ColumnType::Text) {
            // One line per row: line breaks inside a cell show as a marker (full text in the tooltip).
            QString text = column.displayAt(row);
            if (text.contains(QLatin1Char('\n')))
                text.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(QLatin1Char('\n'), QStringLiteral(" ↵ "));
            return text;
        }
        return column.displayAt(row);
    case Qt::ForegroundRole:
        if (column.isMissing(row))
            return QBrush(missingColor());
        return QVariant();
    case Qt::BackgroundRole:
        if (isOutlier(column, c, row))
            return QBrush(QColor(255, 236, 179));  // soft amber: noticeable, still readable
        if (isOutlierRow(row))
            return QBrush(QColor(252, 228, 236));  // soft rose for the whole flagged row
        return QVariant();
    case Qt::ToolTipRole:
        if (column.isMissing(row))
            return isOutlierRow(row) ? tr("Missing value — the row is flagged as an outlier on the Explore page")
                                     : tr("Missing value");
        if (isOutlier(column, c, row))
            return tr("%1 — outside the IQR fences (possible outlier)").arg(column.displayAt(row));
        if (isOutlierRow(row))
            return tr("%1 — the row is flagged as an outlier on the Explore page").arg(column.displayAt(row));
        if (column.type() == ColumnType::Text)
            return column.displayAt(row);  // long texts are elided in the cell
        return QVariant();
    case Qt::TextAlignmentRole:
        if (column.isMissing(row))
            return int(Qt::AlignCenter);
        if (column.type() == ColumnType::Numeric)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    default:
        break;
    }
    switch (static_cast<TableRole>(role)) {
    case TableRole::Missing:
        return column.isMissing(row);
    case TableRole::ColumnType:
        return static_cast<int>(column.type());
    case TableRole::NumericValue:
        if (column.isMissing(row) || column.type() == ColumnType::Categorical || column.type() == ColumnType::Text)
            return QVariant();
        return column.numericAt(row);
    case TableRole::Outlier:
        return isOutlier(column, c, row) || isOutlierRow(row);
    case TableRole::OutlierRow:
        return isOutlierRow(row);
    }
    return QVariant();
}

QVariant TableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (!m_table || section < 0)
        return QVariant();
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole)
            return section + 1;  // rows are numbered from 1, as in a spreadsheet
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        if (role == int(TableRole::OutlierRow))
            return isOutlierRow(static_cast<std::size_t>(section));
        if (role == Qt::ForegroundRole && isOutlierRow(static_cast<std::size_t>(section)))
            return QBrush(QColor(190, 24, 93));  // the row number in rose: flagged rows stand out while scrolling
        return QVariant();
    }
    if (static_cast<std::size_t>(section) >= m_table->columnCount())
        return QVariant();
    const Column& column = m_table->column(static_cast<std::size_t>(section));
    switch (role) {
    case Qt::DisplayRole:
        return column.name();
    case Qt::ToolTipRole:
        return tr("%1\nType: %2\nRole: %3")
            .arg(column.name(), columnTypeDisplayName(column.type()), columnRoleDisplayName(column.role()));
    case Qt::DecorationRole:
        return icons::columnType(column.type());
    default:
        break;
    }
    if (role == int(TableRole::ColumnType))
        return static_cast<int>(column.type());
    return QVariant();
}

} // namespace pp
