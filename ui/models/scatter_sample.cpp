#include "models/scatter_sample.h"

#include "stats/numeric_view.h"
#include "stats/sampling.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace pp {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pp::ScatterSample)
};

// Labels and a group per row for the colour column: the largest groups among `rows`
// keep their own colour, the others share "Other"; missing values are a group of their own.
void assignGroups(const Column& column, const std::vector<std::size_t>& rows, int maxGroups, ScatterSample& out)
{
    std::vector<QString> labels;
    std::vector<int> raw(rows.size(), -1);  // -1 = missing
    if (column.type() == ColumnType::Categorical) {
        labels = column.dictionary();
        for (std::size_t i = 0; i < rows.size(); ++i) {
            const std::int32_t code = column.codes()[rows[i]];
            raw[i] = code >= 0 && static_cast<std::size_t>(code) < labels.size() ? code : -1;
        }
    } else {  // boolean
        labels = {QStringLiteral("false"), QStringLiteral("true")};
        for (std::size_t i = 0; i < rows.size(); ++i) {
            const std::int8_t b = column.bools()[rows[i]];
            raw[i] = b < 0 ? -1 : b;
        }
    }
    std::vector<qint64> counts(labels.size(), 0);
    bool anyMissing = false;
    for (const int g : raw) {
        if (g < 0)
            anyMissing = true;
        else
            ++counts[static_cast<std::size_t>(g)];
    }
    std::vector<int> order(labels.size());
    std::iota(order.begin(), order.end(), 0);
    order.erase(std::remove_if(order.begin(), order.end(), [&](int i) { return counts[static_cast<std::size_t>(i)] == 0; }),
                order.end());
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return counts[static_cast<std::size_t>(a)] > counts[static_cast<std::size_t>(b)]; });
    const int kept = static_cast<int>(order.size()) > maxGroups ? maxGroups - 1 : static_cast<int>(order.size());
    std::vector<int> groupOf(labels.size(), kept);  // beyond the top: "Other"
    for (int i = 0; i < kept; ++i) {
        groupOf[static_cast<std::size_t>(order[static_cast<std::size_t>(i)])] = i;
        out.groupLabels << labels[static_cast<std::size_t>(order[static_cast<std::size_t>(i)])];
    }
    if (kept < static_cast<int>(order.size()))
        out.groupLabels << Tr::tr("Other");
    const int missingGroup = static_cast<int>(out.groupLabels.size());
    if (anyMissing)
        out.groupLabels << Tr::tr("Missing");
    out.groups.resize(rows.size());
    for (std::size_t i = 0; i < rows.size(); ++i)
        out.groups[i] = raw[i] < 0 ? missingGroup : groupOf[static_cast<std::size_t>(raw[i])];
}

} // namespace

Result<ScatterSample> computeScatterSample(const Table& table, const ScatterRequest& request, JobControl* job)
{
    using R = Result<ScatterSample>;
    const auto valid = [&](int c) { return c >= 0 && static_cast<std::size_t>(c) < table.columnCount(); };
    if (!valid(request.x) || !valid(request.y))
        return R::failure(Tr::tr("Choose two columns."));
    const Column& cx = table.column(static_cast<std::size_t>(request.x));
    const Column& cy = table.column(static_cast<std::size_t>(request.y));
    if (!isNumericLike(cx.type(), true) || !isNumericLike(cy.type(), true))
        return R::failure(Tr::tr("A scatter plot needs two numeric columns."));
    ScatterSample out;
    out.xName = cx.name();
    out.yName = cy.name();
    out.xDateTime = cx.type() == ColumnType::DateTime;
    out.yDateTime = cy.type() == ColumnType::DateTime;
    out.rows = static_cast<qint64>(table.rowCount());
    std::vector<double> bx, by;
    const double* x = numericValues(cx, bx);
    const double* y = numericValues(cy, by);
    std::vector<std::size_t> rows;
    rows.reserve(table.rowCount());
    for (std::size_t r = 0; r < table.rowCount(); ++r) {
        if (std::isfinite(x[r]) && std::isfinite(y[r]))
            rows.push_back(r);
    }
    if (isCancelled(job))
        return R::cancelledResult();
    out.complete = static_cast<qint64>(rows.size());
    if (rows.size() > request.maxPoints) {
        const std::vector<std::size_t> pick = sampleIndices(rows.size(), request.maxPoints, request.seed);
        std::vector<std::size_t> chosen;
        chosen.reserve(pick.size());
        for (const std::size_t i : pick)
            chosen.push_back(rows[i]);
        rows.swap(chosen);
        out.sampled = true;
    }
    out.xs.reserve(rows.size());
    out.ys.reserve(rows.size());
    for (const std::size_t r : rows) {
        out.xs.push_back(x[r]);
        out.ys.push_back(y[r]);
    }
    if (!rows.empty()) {
        const auto [x0, x1] = std::minmax_element(out.xs.begin(), out.xs.end());
        const auto [y0, y1] = std::minmax_element(out.ys.begin(), out.ys.end());
        out.xMin = *x0;
        out.xMax = *x1;
        out.yMin = *y0;
        out.yMax = *y1;
    }
    if (request.outlierFlags && request.outlierFlags->size() == table.rowCount()) {
        out.groupLabels = {Tr::tr("Not flagged"), Tr::tr("Outlier")};
        out.groups.resize(rows.size());
        for (std::size_t i = 0; i < rows.size(); ++i)
            out.groups[i] = (*request.outlierFlags)[rows[i]] ? 1 : 0;
    } else if (valid(request.color)
               && (table.column(static_cast<std::size_t>(request.color)).type() == ColumnType::Categorical
                   || table.column(static_cast<std::size_t>(request.color)).type() == ColumnType::Boolean)) {
        assignGroups(table.column(static_cast<std::size_t>(request.color)), rows, std::max(2, request.maxGroups), out);
    } else {
        out.groupLabels = {Tr::tr("Rows")};
        out.groups.assign(rows.size(), 0);
    }
    return out;
}

} // namespace pp
