#include "models/impute_preview.h"

#include "models/distribution_data.h"
#include "prep/step.h"
#include "stats/descriptive.h"
#include "stats/histogram.h"
#include "stats/sampling.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace pp {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pp::ImputePreview)
};

// The columns k-NN measures distances on: the numeric feature columns, and the imputed one.
QStringList knnColumns(const Table& table, int column)
{
    QStringList names;
    for (std::size_t c = 0; c < table.columnCount(); ++c) {
        const Column& col = table.column(c);
        const bool chosen = static_cast<int>(c) == column;
        if (chosen || (col.type() == ColumnType::Numeric && !col.isIdLike() && col.role() == ColumnRole::Feature))
            names << col.name();
    }
    return names;
}

std::vector<double> finiteValues(const std::vector<double>& values)
{
    std::vector<double> out;
    out.reserve(values.size());
    for (const double v : values)
        if (std::isfinite(v))
            out.push_back(v);
    return out;
}

std::vector<double> displayEdges(std::vector<double> values)
{
    // A long tail (a few customers spending 100 times the median) would leave the part that
    // imputation changes in one or two bins: then bin the central 99 % only.
    std::sort(values.begin(), values.end());
    if (values.size() >= 2) {
        const double lo = stats::quantileSorted(values.data(), values.size(), 0.005);
        const double hi = stats::quantileSorted(values.data(), values.size(), 0.995);
        if (hi > lo && values.back() - values.front() > 2.0 * (hi - lo)) {
            const auto first = std::lower_bound(values.begin(), values.end(), lo);
            const auto last = std::upper_bound(values.begin(), values.end(), hi);
            values = std::vector<double>(first, last);
        }
    }
    Result<std::vector<double>> fd = stats::histogramBinEdgesFdSorted(values.data(), values.size());
    if (fd.ok() && fd->size() - 1 <= static_cast<std::size_t>(kMaxHistogramBins))
        return fd.take();
    double lo = 0.0, hi = 1.0;
    if (!values.empty()) {
        const auto [a, b] = std::minmax_element(values.begin(), values.end());
        lo = *a;
        hi = *b;
    }
    const stats::OuterEdges outer = stats::outerEdges(lo, hi, values.size());
    return stats::equalWidthBinEdges(outer.first, outer.last, 50);
}

// Before/after counts of a categorical or yes/no column: observed categories, plus the
// categories the filled rows received; the bars as ImputePreview documents them.
void categoryCounts(const Column& original, const Column& filled, ImputePreview& out)
{
    std::vector<QString> labels;
    std::vector<qint64> before;
    if (original.type() == ColumnType::Boolean) {
        labels = {QStringLiteral("false"), QStringLiteral("true")};
        before.assign(2, 0);
        for (const std::int8_t b : original.bools())
            if (b >= 0)
                ++before[b ? 1 : 0];
    } else {
        labels = original.dictionary();
        before.assign(labels.size(), 0);
        for (const std::int32_t code : original.codes())
            if (code >= 0 && static_cast<std::size_t>(code) < before.size())
                ++before[static_cast<std::size_t>(code)];
    }
    std::vector<qint64> filledCounts(labels.size(), 0);
    const auto count = [&](const QString& label) {
        auto it = std::find(labels.begin(), labels.end(), label);
        if (it == labels.end()) {  // a new category (a constant such as "missing")
            labels.push_back(label);
            before.push_back(0);
            filledCounts.push_back(0);
            it = labels.end() - 1;
        }
        ++filledCounts[static_cast<std::size_t>(it - labels.begin())];
        ++out.filled;
    };
    for (std::size_t r = 0; r < filled.size(); ++r) {
        if (filled.type() == ColumnType::Boolean) {
            const std::int8_t b = filled.bools()[r];
            if (b >= 0)
                count(b ? QStringLiteral("true") : QStringLiteral("false"));
        } else if (filled.type() == ColumnType::Categorical) {
            const std::int32_t code = filled.codes()[r];
            if (code >= 0 && static_cast<std::size_t>(code) < filled.dictionary().size())
                count(filled.dictionary()[static_cast<std::size_t>(code)]);
        }
    }

    // Most rows after imputation first (ties in dictionary order, as the Distributions view).
    std::vector<std::size_t> order;
    for (std::size_t i = 0; i < labels.size(); ++i)
        if (before[i] + filledCounts[i] > 0)
            order.push_back(i);
    const auto byAfter = [&](std::size_t a, std::size_t b) {
        return before[a] + filledCounts[a] > before[b] + filledCounts[b];
    };
    std::stable_sort(order.begin(), order.end(), byAfter);
    const std::size_t bars = static_cast<std::size_t>(kImputeCategoryBars);
    std::size_t shown = order.size();
    if (order.size() > bars) {
        shown = bars - 1;  // and "Other"
        // A category that received filled values is what the preview is about: it gets a bar.
        std::size_t slot = shown;
        for (std::size_t i = shown; i < order.size(); ++i) {
            if (filledCounts[order[i]] == 0)
                continue;
            while (slot > 0 && filledCounts[order[slot - 1]] > 0)
                --slot;
            if (slot == 0)
                break;
            std::swap(order[--slot], order[i]);
        }
        std::stable_sort(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(shown), byAfter);
    }
    std::size_t mostFilled = labels.size();
    for (std::size_t k = 0; k < shown; ++k) {
        const std::size_t i = order[k];
        out.labels.push_back(labels[i]);
        out.before.push_back(before[i]);
        out.after.push_back(before[i] + filledCounts[i]);
        if (filledCounts[i] > 0 && (mostFilled == labels.size() || filledCounts[i] > filledCounts[mostFilled]))
            mostFilled = i;
    }
    if (shown < order.size()) {
        qint64 otherBefore = 0, otherAfter = 0;
        for (std::size_t k = shown; k < order.size(); ++k) {
            otherBefore += before[order[k]];
            otherAfter += before[order[k]] + filledCounts[order[k]];
        }
        out.otherCategories = static_cast<qint64>(order.size() - shown);
        out.labels.push_back(Tr::tr("Other (%n categories)", nullptr, static_cast<int>(out.otherCategories)));
        out.before.push_back(otherBefore);
        out.after.push_back(otherAfter);
    }
    if (mostFilled < labels.size())
        out.fillLabel = labels[mostFilled];
}

bool isCategoryType(ColumnType type) { return type == ColumnType::Categorical || type == ColumnType::Boolean; }

} // namespace

bool imputePreviewSupports(const Column& column)
{
    return !column.isIdLike() && !imputeMethodsFor(column.type()).empty();
}

std::vector<ImputeMethod> imputeMethodsFor(ColumnType type)
{
    switch (type) {
    case ColumnType::Numeric:
        return {ImputeMethod::Mean, ImputeMethod::Median, ImputeMethod::MostFrequent,
                ImputeMethod::Constant, ImputeMethod::Linear, ImputeMethod::Knn};
    case ColumnType::Categorical:
        return {ImputeMethod::MostFrequent, ImputeMethod::Constant, ImputeMethod::MissingCategory};
    case ColumnType::Boolean:
        return {ImputeMethod::MostFrequent, ImputeMethod::Constant};
    default:
        return {};
    }
}

std::vector<int> interpolationOrderColumns(const Table& table, int column)
{
    std::vector<int> out;
    for (std::size_t c = 0; c < table.columnCount(); ++c) {
        const ColumnType type = table.column(c).type();
        if (static_cast<int>(c) != column && (type == ColumnType::Numeric || type == ColumnType::DateTime))
            out.push_back(static_cast<int>(c));
    }
    return out;
}

QJsonObject imputeStepJson(const Table& table, const ImputeRequest& request)
{
    const QString name = request.column >= 0 && static_cast<std::size_t>(request.column) < table.columnCount()
                             ? table.column(static_cast<std::size_t>(request.column)).name()
                             : QString();
    QJsonObject params;
    QString kind = QStringLiteral("impute");
    switch (request.method) {
    case ImputeMethod::Mean:
    case ImputeMethod::Median:
    case ImputeMethod::MostFrequent:
    case ImputeMethod::Constant: {
        static const char* const strategies[] = {"mean", "median", "most_frequent", "constant"};
        params.insert(QStringLiteral("columns"), QJsonArray{name});
        params.insert(QStringLiteral("strategy"), QLatin1String(strategies[static_cast<int>(request.method)]));
        if (request.method == ImputeMethod::Constant)
            params.insert(QStringLiteral("fill_value"), request.constant.trimmed());
        break;
    }
    case ImputeMethod::MissingCategory:
        params.insert(QStringLiteral("columns"), QJsonArray{name});
        params.insert(QStringLiteral("strategy"), QStringLiteral("constant"));
        params.insert(QStringLiteral("fill_value"), QStringLiteral("missing"));
        break;
    case ImputeMethod::Linear:
        kind = QStringLiteral("interpolate");
        params.insert(QStringLiteral("columns"), QJsonArray{name});
        if (!request.orderBy.isEmpty())
            params.insert(QStringLiteral("order_by"), request.orderBy);
        break;
    case ImputeMethod::Knn:
        kind = QStringLiteral("knn_impute");
        params.insert(QStringLiteral("columns"), QJsonArray::fromStringList(knnColumns(table, request.column)));
        params.insert(QStringLiteral("n_neighbors"), request.neighbors);
        break;
    }
    return QJsonObject{{QStringLiteral("kind"), kind}, {QStringLiteral("params"), params}};
}

namespace {

// The categorical half of computeImputePreview: `step` is fitted on `input` (the column).
Result<ImputePreview> categoricalPreview(const Step& step, const Table& input, ImputePreview out, JobControl* job)
{
    using R = Result<ImputePreview>;
    const Column& original = input.column(0);
    std::vector<std::size_t> missingRows;
    for (std::size_t r = 0; r < original.size(); ++r)
        if (original.isMissing(r))
            missingRows.push_back(r);
    out.missingBefore = static_cast<qint64>(missingRows.size());
    JobControl transformJob(job, 0.4, 1.0);
    Result<Table> transformed = step.transform(input.takeRows(missingRows), job ? &transformJob : nullptr);
    if (!transformed.ok())
        return transformed.cancelled() ? R::cancelledResult() : R::failure(transformed.error().message);
    const Column* filledColumn = transformed->find(original.name());
    if (!filledColumn)
        return R::failure(Tr::tr("The step removed the column '%1'.").arg(original.name()));
    categoryCounts(original, *filledColumn, out);
    out.description = step.describe();
    return out;
}

} // namespace

Result<ImputePreview> computeImputePreview(const Table& table, const ImputeRequest& request, JobControl* job)
{
    using R = Result<ImputePreview>;
    if (request.column < 0 || static_cast<std::size_t>(request.column) >= table.columnCount())
        return R::failure(Tr::tr("Choose a column."));
    const Column& source = table.column(static_cast<std::size_t>(request.column));
    const std::vector<ImputeMethod> methods = imputeMethodsFor(source.type());
    if (methods.empty())
        return R::failure(Tr::tr("The preview needs a numeric, categorical or yes/no column; '%1' is not one.")
                              .arg(source.name()));
    if (std::find(methods.begin(), methods.end(), request.method) == methods.end())
        return R::failure(source.type() == ColumnType::Numeric
                              ? Tr::tr("A \"missing\" category needs a categorical column; '%1' is numeric.")
                                    .arg(source.name())
                              : Tr::tr("'%1' holds categories: fill it with the most frequent one or a constant.")
                                    .arg(source.name()));
    const bool categorical = isCategoryType(source.type());
    ImputePreview out;
    out.categorical = categorical;
    out.column = source.name();
    out.tableRows = static_cast<qint64>(table.rowCount());
    out.step = imputeStepJson(table, request);

    // The table the step sees: the columns it reads, and for k-NN on a large table a sample.
    QStringList used = request.method == ImputeMethod::Knn ? knnColumns(table, request.column)
                                                           : QStringList{source.name()};
    if (request.method == ImputeMethod::Linear && !request.orderBy.isEmpty()) {
        if (!table.find(request.orderBy))
            return R::failure(Tr::tr("There is no column '%1' to order by.").arg(request.orderBy));
        used << request.orderBy;
    }
    Table input;
    for (const QString& name : used)
        input.addColumn(*table.find(name));
    if (request.method == ImputeMethod::Knn && table.rowCount() > request.knnMaxRows) {
        std::vector<std::size_t> rows = sampleIndices(table.rowCount(), request.knnMaxRows, request.seed);
        input = input.takeRows(rows);
        out.sampled = true;
    }
    out.rows = static_cast<qint64>(input.rowCount());
    if (isCancelled(job))
        return R::cancelledResult();

    registerPrepSteps();
    const QString kind = out.step.value(QStringLiteral("kind")).toString();
    auto made = StepRegistry::instance().create(kind);
    if (!made.ok())
        return R::failure(made.error().message);
    std::unique_ptr<Step> step = made.take();
    Status set = step->setParams(out.step.value(QStringLiteral("params")).toObject().toVariantMap());
    if (!set.ok())
        return R::failure(set.error().message);
    FitInfo info;
    info.seed = request.seed;
    JobControl fitJob(job, 0.0, 0.4);
    Status fitted = step->fit(input, info, job ? &fitJob : nullptr);
    if (!fitted.ok())
        return fitted.cancelled() ? R::cancelledResult() : R::failure(fitted.error().message);

    if (categorical)
        return categoricalPreview(*step, input, std::move(out), job);

    const int at = input.indexOf(source.name());
    const std::vector<double>& original = input.column(static_cast<std::size_t>(at)).numbers();
    std::vector<std::size_t> missingRows;
    for (std::size_t r = 0; r < original.size(); ++r)
        if (std::isnan(original[r]))
            missingRows.push_back(r);
    out.missingBefore = static_cast<qint64>(missingRows.size());
    // The imputers fill each row on its own, so only the incomplete rows need transforming;
    // interpolation reads the neighbouring rows and gets the whole column.
    const bool wholeColumn = request.method == ImputeMethod::Linear;
    JobControl transformJob(job, 0.4, 1.0);
    Result<Table> transformed =
        step->transform(wholeColumn ? input : input.takeRows(missingRows), job ? &transformJob : nullptr);
    if (!transformed.ok())
        return transformed.cancelled() ? R::cancelledResult() : R::failure(transformed.error().message);
    const Column* filledColumn = transformed->find(source.name());
    if (!filledColumn)
        return R::failure(Tr::tr("The step removed the column '%1'.").arg(source.name()));

    std::vector<double> before = finiteValues(original);
    std::vector<double> after = before;
    for (std::size_t i = 0; i < missingRows.size(); ++i) {
        const double v = filledColumn->numbers()[wholeColumn ? missingRows[i] : i];
        if (std::isfinite(v)) {
            after.push_back(v);
            ++out.filled;
        }
    }
    out.edges = displayEdges(after);
    out.before = stats::histogramCounts(before.data(), before.size(), out.edges);
    out.after = stats::histogramCounts(after.data(), after.size(), out.edges);
    out.outside = static_cast<qint64>(after.size()) - std::accumulate(out.after.begin(), out.after.end(), qint64{0});
    out.meanBefore = stats::mean(before.data(), before.size());
    out.meanAfter = stats::mean(after.data(), after.size());
    out.description = step->describe();
    return out;
}

} // namespace pp
