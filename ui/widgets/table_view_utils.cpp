#include "table_view_utils.h"

#include <QAbstractItemModel>
#include <QFontMetrics>
#include <QHeaderView>
#include <QTableView>

#include <algorithm>

namespace pp {

void configureLargeTableView(QTableView* view)
{
    const QFontMetrics fm(view->font());
    QHeaderView* rows = view->verticalHeader();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(fm.height() + 8);
    rows->setMinimumSectionSize(fm.height() + 4);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    view->horizontalHeader()->setHighlightSections(true);
    view->setWordWrap(false);
    view->setTextElideMode(Qt::ElideRight);
    view->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    view->setVerticalScrollMode(QAbstractItemView::ScrollPerItem);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
}

void sizeColumnsFromSample(QTableView* view, int sampleRows, int minWidth, int maxWidth)
{
    QAbstractItemModel* model = view->model();
    if (!model)
        return;
    const QFontMetrics cellFm(view->font());
    // Highlighted header sections are drawn bold: measure in bold so they never clip.
    QFont headerFont = view->horizontalHeader()->font();
    headerFont.setBold(true);
    const QFontMetrics headerFm(headerFont);
    const int rows = std::min(sampleRows, model->rowCount());
    const int iconRoom = view->horizontalHeader()->iconSize().width() + 6;
    const int padding = 20;
    for (int c = 0; c < model->columnCount(); ++c) {
        const QString header = model->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString();
        const bool hasIcon = !model->headerData(c, Qt::Horizontal, Qt::DecorationRole).isNull();
        int width = headerFm.horizontalAdvance(header) + padding + (hasIcon ? iconRoom : 0);
        for (int r = 0; r < rows; ++r)
            width = std::max(width, cellFm.horizontalAdvance(model->index(r, c).data(Qt::DisplayRole).toString()) + padding);
        view->setColumnWidth(c, std::clamp(width, minWidth, maxWidth));
    }
}

} // namespace pp
