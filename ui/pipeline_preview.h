#pragma once

#include "common/job.h"
#include "common/result.h"
#include "data/table.h"
#include "prep/split.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace pp {

/// What the Prepare page's live preview computes, off the GUI thread: split the rows, fit the
/// pipeline on the training rows only (a seeded sample of them above `maxFitRows`), and keep
/// what the page shows. Plain data in, plain data out; no widgets.
struct PreviewRequest
{
    std::shared_ptr<const Table> table;
    QJsonObject pipeline; ///< Pipeline::toJson(false) format
    SplitConfig split; ///< split.targetColumn = the target ("" = none)
    int selectedStep = -1; ///< before/after histograms for this step (-1 = none)
    std::size_t maxFitRows = 50000; ///< cap on the training rows the preview fits on
    std::size_t headRows = 100; ///< rows of the result kept for the table
    int bins = 20; ///< histogram bins (numeric columns)
    int maxCharts = 12; ///< columns charted at most
};

/// A column as a step's form needs it: name, type and (categorical) categories.
struct PreviewColumn
{
    QString name;
    ColumnType type = ColumnType::Numeric;
    QStringList categories; ///< categorical: the dictionary in sorted order (capped)
};

/// Before/after counts of one column through one step, on the same bins.
struct BeforeAfter
{
    QString column;
    bool numeric = false; ///< bins over `edges`; otherwise bars over `labels`
    bool dateTime = false; ///< numeric bins of dates (edges in ms since the epoch)
    std::vector<double> edges; ///< numeric: bins + 1 edges shared by both sides
    QStringList labels; ///< categorical: the categories charted (most frequent first)
    bool inBefore = false; ///< the step's input has the column
    bool inAfter = false; ///< the step's output has it
    std::vector<qint64> before; ///< per bin / label; empty when !inBefore
    std::vector<qint64> after; ///< per bin / label; empty when !inAfter
    qint64 missingBefore = 0;
    qint64 missingAfter = 0;
    qint64 otherBefore = 0; ///< categorical: rows in categories not charted
    qint64 otherAfter = 0;
};

/// One step as the preview saw it.
struct PreviewStep
{
    QString description; ///< describe(): with fitted values when fitted
    bool fitted = false;
    std::vector<PreviewColumn> inputColumns; ///< the columns the step receives
    std::vector<Warning> warnings;
    qint64 rowsIn = -1; ///< -1: the step did not run
    qint64 rowsOut = -1;
};

struct PreviewResult
{
    bool cancelled = false;
    QString error; ///< "" when the whole pipeline ran
    int errorStep = -1; ///< index of the step that failed (-1: the split or the file)
    std::size_t trainRows = 0; ///< training rows of the split
    std::size_t validRows = 0;
    std::size_t testRows = 0;
    std::size_t fitRows = 0; ///< training rows the preview was fitted on (<= trainRows)
    std::vector<Warning> splitWarnings;
    /// The first rows of the training table after the pipeline (after the last step that ran
    /// when one failed), and its full size.
    std::shared_ptr<const Table> head;
    std::size_t outputRows = 0;
    std::size_t outputColumns = 0;
    int ranSteps = 0; ///< steps applied to `head` (in document order)
    std::vector<PreviewStep> steps; ///< one per step of the pipeline, in order
    int chartStep = -1; ///< the step `charts` describe
    std::vector<BeforeAfter> charts;
    int chartColumnsTotal = 0; ///< changed columns; charts holds at most maxCharts
};

/// The columns of `table` as the forms need them (categories sorted, capped).
std::vector<PreviewColumn> previewColumns(const Table& table);

/// Runs the preview. Fitting follows Pipeline::fitTransform exactly (each enabled step's
/// fitTransform on the output of the steps before), step by step so that the input and
/// output of the selected step are at hand and a failure names its step's index.
PreviewResult computePreview(const PreviewRequest& request, JobControl* job);

/// The training rows the preview fits on: all of `train` when there are at most `maxRows`,
/// else a seeded sample of `maxRows` of them, in ascending order.
std::vector<std::size_t> previewSample(
    const std::vector<std::size_t>& train, std::size_t maxRows, quint64 seed);

/// Before/after counts of `name` from the step's input and output (same bins). Exposed for
/// tests; `bins` numeric bins, at most `maxCategories` categories (the rest are left out).
BeforeAfter beforeAfter(const Column* before, const Column* after, int bins, int maxCategories = 8);

} // namespace pp
