#pragma once

#include "data/table.h"
#include "stats/profile.h"

#include <QAbstractTableModel>

#include <memory>

namespace pp {

/// One row per column of a table: name (with a type icon), type, role and missing share.
/// The missing share comes from the profile once it is computed (blank before).
class ColumnListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Field { NameField, TypeField, RoleField, MissingField, FieldCount };

    explicit ColumnListModel(QObject* parent = nullptr);

    void setTable(std::shared_ptr<const Table> table);
    void setProfile(std::shared_ptr<const TableProfile> profile);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::shared_ptr<const Table> m_table;
    std::shared_ptr<const TableProfile> m_profile;
};

} // namespace pp
