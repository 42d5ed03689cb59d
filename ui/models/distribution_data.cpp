#include "models/distribution_data.h"

#include "stats/descriptive.h"
#include "stats/histogram.h"
#include "stats/numeric_view.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <string_view>
#include <unordered_map>

namespace pp {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pp::DistributionData)
};

} // namespace

Result<NumericDistribution> computeNumericDistribution(const Table& table, int column, double iqrK, JobControl* job)
{
    using R = Result<NumericDistribution>;
    if (column < 0 || static_cast<std::size_t>(column) >= table.columnCount())
        return R::failure(Tr::tr("There is no column %1.").arg(column));
    const Column& c = table.column(static_cast<std::size_t>(column));
    if (!isNumericLike(c.type(), /*allowDateTime=*/true))
        return R::failure(Tr::tr("'%1' is not a numeric column.").arg(c.name()));
    NumericDistribution d;
    d.name = c.name();
    d.dateTime = c.type() == ColumnType::DateTime;
    d.rows = static_cast<qint64>(c.size());
    d.iqrK = iqrK;

    std::vector<double> buffer;
    const double* raw = numericValues(c, buffer);
    std::vector<double> finite;
    finite.reserve(c.size());
    for (std::size_t i = 0; i < c.size(); ++i) {
        const double v = raw[i];
        if (std::isnan(v))
            ++d.missing;
        else if (std::isinf(v))
            ++d.infinite;
        else
            finite.push_back(v);
    }
    if (isCancelled(job))
        return R::cancelledResult();
    std::vector<double> sorted = stats::sortedNonMissing(finite.data(), finite.size());
    finite = std::vector<double>();
    d.count = static_cast<qint64>(sorted.size());
    if (isCancelled(job))
        return R::cancelledResult();
    auto values = std::make_shared<stats::FrequencyTable>(stats::FrequencyTable::fromSorted(sorted.data(), sorted.size()));
    d.values = values;
    if (sorted.empty())
        return d;

    Result<std::vector<double>> fd = stats::histogramBinEdgesFdSorted(sorted.data(), sorted.size());
    if (fd.ok()) {
        d.fdEdges = fd.take();
        d.fdBins = d.fdEdges.size() - 1;
    }
    const stats::IqrFences fences = stats::iqrFences(sorted.data(), sorted.size(), iqrK);
    d.q1 = fences.q1;
    d.q3 = fences.q3;
    d.median = stats::medianSorted(sorted.data(), sorted.size());
    d.lowerFence = fences.lower;
    d.upperFence = fences.upper;
    d.below = values->countLess(fences.lower);
    d.above = values->countGreater(fences.upper);
    d.lowerWhisker = values->atRank(static_cast<std::size_t>(d.below));
    d.upperWhisker = values->atRank(sorted.size() - 1 - static_cast<std::size_t>(d.above));
    const std::size_t half = kMaxOutlierMarks / 2;
    for (std::size_t i = 0; i < values->distinct() && values->value(i) < fences.lower && i < half; ++i)
        d.outlierValues.push_back(values->value(i));
    for (std::size_t i = values->distinct(), n = 0; i-- > 0 && values->value(i) > fences.upper && n < half; ++n)
        d.outlierValues.push_back(values->value(i));
    return d;
}

HistogramData histogramOf(const NumericDistribution& d, int bins)
{
    HistogramData h;
    if (!d.values || d.values->empty())
        return h;
    if (bins <= 0 && !d.fdEdges.empty() && d.fdBins <= static_cast<std::size_t>(kMaxHistogramBins)) {
        h.edges = d.fdEdges;
    } else {
        if (bins <= 0) {
            h.capped = d.fdBins > static_cast<std::size_t>(kMaxHistogramBins);
            bins = kMaxHistogramBins;
        }
        const stats::OuterEdges outer = stats::outerEdges(d.values->min(), d.values->max(), d.values->size());
        h.edges = stats::equalWidthBinEdges(outer.first, outer.last, static_cast<std::size_t>(bins));
    }
    h.counts = d.values->histogramCounts(h.edges);
    return h;
}

Result<CategoryCounts> computeCategoryCounts(const Table& table, int column, int topN, JobControl* job)
{
    using R = Result<CategoryCounts>;
    if (column < 0 || static_cast<std::size_t>(column) >= table.columnCount())
        return R::failure(Tr::tr("There is no column %1.").arg(column));
    const Column& c = table.column(static_cast<std::size_t>(column));
    CategoryCounts out;
    out.name = c.name();
    out.rows = static_cast<qint64>(c.size());
    std::vector<QString> labels;
    std::vector<qint64> counts;
    switch (c.type()) {
    case ColumnType::Categorical: {
        counts.assign(c.dictionary().size(), 0);
        for (const std::int32_t code : c.codes()) {
            if (code < 0 || static_cast<std::size_t>(code) >= counts.size())
                ++out.missing;
            else
                ++counts[static_cast<std::size_t>(code)];
        }
        labels = c.dictionary();
        break;
    }
    case ColumnType::Boolean: {
        counts.assign(2, 0);
        for (const std::int8_t b : c.bools()) {
            if (b < 0)
                ++out.missing;
            else
                ++counts[b ? 1 : 0];
        }
        labels = {QStringLiteral("false"), QStringLiteral("true")};
        break;
    }
    case ColumnType::Text: {
        std::unordered_map<std::string_view, std::size_t> index;
        std::vector<std::string_view> order;
        for (std::size_t r = 0; r < c.size(); ++r) {
            if (c.text().isMissing(r)) {
                ++out.missing;
                continue;
            }
            const auto [it, inserted] = index.emplace(c.text().view(r), order.size());
            if (inserted) {
                order.push_back(it->first);
                counts.push_back(0);
            }
            ++counts[it->second];
            if ((r & 0xFFFF) == 0 && isCancelled(job))
                return R::cancelledResult();
        }
        labels.reserve(order.size());
        for (const std::string_view v : order)
            labels.push_back(QString::fromUtf8(v.data(), static_cast<qsizetype>(v.size())));
        break;
    }
    default:
        return R::failure(Tr::tr("'%1' has no categories to count.").arg(c.name()));
    }
    std::vector<std::size_t> order(counts.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    // Categories that never occur (left in a dictionary by a filter) are not values.
    order.erase(std::remove_if(order.begin(), order.end(), [&](std::size_t i) { return counts[i] == 0; }), order.end());
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return counts[a] > counts[b]; });
    out.distinct = static_cast<qint64>(order.size());
    const std::size_t shown = topN > 0 ? std::min(order.size(), static_cast<std::size_t>(topN)) : order.size();
    for (std::size_t i = 0; i < order.size(); ++i) {
        if (i < shown) {
            out.labels.push_back(labels[order[i]]);
            out.counts.push_back(counts[order[i]]);
        } else {
            out.other += counts[order[i]];
            ++out.otherGroups;
        }
    }
    return out;
}

} // namespace pp
