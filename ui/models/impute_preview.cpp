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

} // namespace

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
    case ImputeMethod::Linear:
        kind = QStringLiteral("interpolate");
        params.insert(QStringLiteral("columns"), QJsonArray{name});
        break;
    case ImputeMethod::Knn:
        kind = QStringLiteral("knn_impute");
        params.insert(QStringLiteral("columns"), QJsonArray::fromStringList(knnColumns(table, request.column)));
        params.insert(QStringLiteral("n_neighbors"), request.neighbors);
        break;
    }
    return QJsonObject{{QStringLiteral("kind"), kind}, {QStringLiteral("params"), params}};
}

Result<ImputePreview> computeImputePreview(const Table& table, const ImputeRequest& request, JobControl* job)
{
    using R = Result<ImputePreview>;
    if (request.column < 0 || static_cast<std::size_t>(request.column) >= table.columnCount())
        return R::failure(Tr::tr("Choose a column."));
    const Column& source = table.column(static_cast<std::size_t>(request.column));
    if (source.type() != ColumnType::Numeric)
        return R::failure(Tr::tr("The preview needs a numeric column; '%1' is not one.").arg(source.name()));
    ImputePreview out;
    out.column = source.name();
    out.tableRows = static_cast<qint64>(table.rowCount());
    out.step = imputeStepJson(table, request);

    // The table the step sees: the columns it reads, and for k-NN on a large table a sample.
    const QStringList used = request.method == ImputeMethod::Knn ? knnColumns(table, request.column)
                                                                 : QStringList{source.name()};
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
