#pragma once

#include "common/result.h"

#include <QDialog>

#include <vector>

class QTableWidget;

namespace pp {

/// Lists the warnings of an import (kind, line, column, detail) in a sortable table.
class WarningsDialog : public QDialog
{
    Q_OBJECT
public:
    static constexpr int kMaxShown = 10000;

    WarningsDialog(const QString& fileName, const std::vector<Warning>& warnings, QWidget* parent = nullptr);

    /// A translated name for a warning kind ("ragged_row" -> "Row of wrong length").
    static QString kindDisplayName(const QString& kind);
    /// One line per warning, for QMessageBox::setDetailedText and copying.
    static QString toText(const std::vector<Warning>& warnings, int maxLines = 500);

private:
    QTableWidget* m_table;
};

} // namespace pp
