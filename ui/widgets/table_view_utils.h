#pragma once

class QTableView;

namespace pp {

/// Sets a table view up for tables of any size: fixed, uniform row heights (no per-row
/// measuring), no word wrap, elided text, pixel scrolling.
void configureLargeTableView(QTableView* view);
/// Sizes each column from its header and the first `sampleRows` rows only (never a
/// resizeColumnsToContents() over all rows), clamped to [minWidth, maxWidth].
void sizeColumnsFromSample(QTableView* view, int sampleRows = 200, int minWidth = 56, int maxWidth = 320);

} // namespace pp
