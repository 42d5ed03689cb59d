#include "column_list_model.h"

#include "format.h"
#include "icons.h"
#include "models/table_model.h"

namespace pp {

ColumnListModel::ColumnListModel(QObject* parent) : QAbstractTableModel(parent) {}

void ColumnListModel::setTable(std::shared_ptr<const Table> table)
{
    beginResetModel();
    m_table = std::move(table);
    m_profile.reset();
    endResetModel();
}

void ColumnListModel::setProfile(std::shared_ptr<const TableProfile> profile)
{
    m_profile = std::move(profile);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, MissingField), index(rowCount() - 1, MissingField));
}

int ColumnListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_table ? 0 : static_cast<int>(m_table->columnCount());
}

int ColumnListModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : FieldCount; }

QVariant ColumnListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !m_table)
        return QVariant();
    const std::size_t c = static_cast<std::size_t>(index.row());
    const Column& column = m_table->column(c);
    const ColumnProfile* profile =
        m_profile && c < m_profile->columns.size() ? &m_profile->columns[c] : nullptr;

    if (role == int(TableRole::ColumnType))
        return static_cast<int>(column.type());
    switch (index.column()) {
    case NameField:
        if (role == Qt::DisplayRole)
            return column.name();
        if (role == Qt::DecorationRole)
            return icons::columnType(column.type());
        if (role == Qt::ToolTipRole)
            return tr("%1 (%2)").arg(column.name(), columnTypeDisplayName(column.type()));
        break;
    case TypeField:
        if (role == Qt::DisplayRole)
            return columnTypeDisplayName(column.type());
        break;
    case RoleField:
        if (role == Qt::DisplayRole)
            return columnRoleDisplayName(column.role());
        if (role == Qt::ToolTipRole && column.isIdLike())
            return tr("Looks like an identifier: not used as a model feature by default");
        break;
    case MissingField:
        if (!profile)
            break;
        if (role == Qt::DisplayRole) {
            const qint64 total = profile->count + profile->missing;
            return total > 0 ? fmt::percent(double(profile->missing) / double(total)) : QStringLiteral("—");
        }
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        if (role == Qt::ToolTipRole)
            return tr("%1 of %2 values missing")
                .arg(fmt::count(profile->missing), fmt::count(profile->count + profile->missing));
        break;
    default:
        break;
    }
    return QVariant();
}

QVariant ColumnListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case NameField:
        return tr("Column");
    case TypeField:
        return tr("Type");
    case RoleField:
        return tr("Role");
    case MissingField:
        return tr("Missing");
    default:
        return QVariant();
    }
}

} // namespace pp
