#include "warnings_dialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace pp {

WarningsDialog::WarningsDialog(const QString& fileName, const std::vector<Warning>& warnings, QWidget* parent)
    : QDialog(parent), m_table(new QTableWidget(this))
{
    setWindowTitle(tr("Import Warnings — %1").arg(fileName));
    const int shown = static_cast<int>(std::min<std::size_t>(warnings.size(), kMaxShown));
    auto* intro = new QLabel(this);
    intro->setWordWrap(true);
    if (static_cast<std::size_t>(shown) < warnings.size())
        intro->setText(tr("The import reported %1 warnings; the first %2 are listed.")
                           .arg(QLocale().toString(qint64(warnings.size())), QLocale().toString(shown)));
    else
        intro->setText(tr("The import reported %1 warnings. The data was loaded; the rows and cells below "
                          "may not be what you expect.")
                           .arg(QLocale().toString(qint64(warnings.size()))));

    m_table->setObjectName(QStringLiteral("warningsTable"));
    m_table->setColumnCount(4);
    m_table->setHorizontalHeaderLabels({tr("Kind"), tr("Line"), tr("Column"), tr("Detail")});
    m_table->setRowCount(shown);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setStretchLastSection(true);
    for (int i = 0; i < shown; ++i) {
        const Warning& w = warnings[static_cast<std::size_t>(i)];
        m_table->setItem(i, 0, new QTableWidgetItem(kindDisplayName(w.kind)));
        auto number = [](qint64 v) {
            auto* item = new QTableWidgetItem();
            if (v > 0)
                item->setData(Qt::DisplayRole, v);  // numeric, so that sorting is numeric
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            return item;
        };
        m_table->setItem(i, 1, number(w.line));
        m_table->setItem(i, 2, number(w.column));
        m_table->setItem(i, 3, new QTableWidgetItem(w.detail));
    }
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    for (int c = 0; c < 3; ++c)
        m_table->resizeColumnToContents(c);
    m_table->setSortingEnabled(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));  // not left to Qt's own translations
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(760, 420);
}

QString WarningsDialog::kindDisplayName(const QString& kind)
{
    if (kind == QLatin1String("ragged_row"))
        return tr("Row of wrong length");
    if (kind == QLatin1String("type_conversion"))
        return tr("Value not of the column's type");
    if (kind == QLatin1String("encoding"))
        return tr("Encoding problem");
    if (kind == QLatin1String("duplicate_column_name"))
        return tr("Duplicate column name");
    if (kind == QLatin1String("column_read_as_text"))
        return tr("Column read as text");
    return kind;  // a kind added later: its stable name is still informative
}

QString WarningsDialog::toText(const std::vector<Warning>& warnings, int maxLines)
{
    QStringList lines;
    for (const Warning& w : warnings) {
        if (lines.size() >= maxLines) {
            lines << tr("… and %1 more").arg(QLocale().toString(qint64(warnings.size()) - maxLines));
            break;
        }
        QStringList where;
        if (w.line > 0)
            where << tr("line %1").arg(w.line);
        if (w.column > 0)
            where << tr("column %1").arg(w.column);
        QString line = kindDisplayName(w.kind);
        if (!where.isEmpty())
            line += QStringLiteral(" (") + where.join(QStringLiteral(", ")) + QLatin1Char(')');
        line += QStringLiteral(": ") + w.detail;
        lines << line;
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace pp
