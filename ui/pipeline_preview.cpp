#include "pipeline_preview.h"

#include "ml/task.h"
#include "prep/pipeline.h"
#include "stats/histogram.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>

namespace pp {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pp::PipelinePreview)
};

constexpr int kMaxCategoriesListed = 500;

QString stepName(const Step& step)
{
    const StepInfo* info = StepRegistry::instance().find(step.kind());
    return info && info->displayName ? info->displayName() : step.kind();
}

/// The message Pipeline::fitTransform gives for a failing step (same translation): "Step 3
/// (Clip outliers): column 'x' is not in the data."
QString stepMessage(int index, const Step& step, const QString& message)
{
    const QString name = stepName(step);
    const QString prefix = name + QStringLiteral(": ");
    const QString inner = message.startsWith(prefix) ? message.mid(prefix.size()) : message;
    return QCoreApplication::translate("pp::Pipeline", "Step %1 (%2): %3").arg(index + 1).arg(name, inner);
}

} // namespace

std::vector<PreviewColumn> previewColumns(const Table& table)
{
    std::vector<PreviewColumn> out;
    out.reserve(table.columnCount());
    for (const Column& c : table.columns()) {
        PreviewColumn pc;
        pc.name = c.name();
        pc.type = c.type();
        if (c.type() == ColumnType::Categorical) {
            const auto& dict = c.dictionary();
            for (std::size_t k = 0; k < dict.size() && k < static_cast<std::size_t>(kMaxCategoriesListed);
                 ++k)
                pc.categories << dict[k];
            pc.categories.sort();
        }
        out.push_back(std::move(pc));
    }
    return out;
}

namespace {

std::vector<PreviewColumn> columnsOf(const Table& table)
{
    return previewColumns(table);
}

bool sameValues(const Column& a, const Column& b)
{
    if (a.type() != b.type() || a.size() != b.size())
        return false;
    const std::size_t n = a.size();
    switch (a.type()) {
    case ColumnType::Numeric: {
        const auto& x = a.numbers();
        const auto& y = b.numbers();
        for (std::size_t i = 0; i < n; ++i) {
            if (x[i] != y[i] && !(std::isnan(x[i]) && std::isnan(y[i])))
                return false;
        }
        return true;
    }
    case ColumnType::Boolean:
        return a.bools() == b.bools();
    case ColumnType::DateTime:
        return a.times() == b.times();
    case ColumnType::Categorical:
        if (a.dictionary() == b.dictionary())
            return a.codes() == b.codes();
        break;
    case ColumnType::Text:
        for (std::size_t i = 0; i < n; ++i) {
            if (a.isMissing(i) != b.isMissing(i) || a.text().view(i) != b.text().view(i))
                return false;
        }
        return true;
    }
    for (std::size_t i = 0; i < n; ++i) {
        if (a.isMissing(i) != b.isMissing(i) || a.displayAt(i) != b.displayAt(i))
            return false;
    }
    return true;
}

bool chartsAsNumbers(const Column* c)
{
    return !c || c->type() == ColumnType::Numeric || c->type() == ColumnType::DateTime;
}

/// The columns the step changed: those of its input that it removed, retyped or whose values
/// differ, then the new ones. A step that changes the number of rows changes every column;
/// then the step's own column list (or, for resampling, the target) says which matter.
QStringList changedColumns(const Table& in, const Table& out, const Step& step, const QString& target)
{
    QStringList changed;
    for (const Column& c : in.columns()) {
        const Column* o = out.find(c.name());
        if (!o || !sameValues(c, *o))
            changed << c.name();
    }
    for (const Column& c : out.columns()) {
        if (!in.find(c.name()))
            changed << c.name();
    }
    if (in.rowCount() == out.rowCount())
        return changed;
    QStringList focus;
    if (!target.isEmpty() && in.find(target))
        focus << target;
    const QJsonValue listed = step.fittedState().value(QStringLiteral("columns"));
    if (listed.isArray()) {
        for (const QJsonValue& v : listed.toArray()) {
            if (changed.contains(v.toString()) && !focus.contains(v.toString()))
                focus << v.toString();
        }
    }
    if (focus.isEmpty())
        return changed;
    for (const QString& c : changed)
        if (!focus.contains(c))
            focus << c;
    return focus;
}

} // namespace

std::vector<std::size_t> previewSample(
    const std::vector<std::size_t>& train, std::size_t maxRows, quint64 seed)
{
    if (train.size() <= maxRows)
        return train;
    // Positions within `train` are sampled, then put back in order, so that a time split
    // keeps its time order.
    std::vector<std::size_t> positions(train.size());
    for (std::size_t i = 0; i < positions.size(); ++i)
        positions[i] = i;
    SplitMix64 rng(seed ^ 0x70726576696577ULL); // "preview": its own stream, not the split's
    for (std::size_t i = 0; i < maxRows; ++i) { // partial Fisher–Yates
        const std::size_t j = i + static_cast<std::size_t>(rng.below(positions.size() - i));
        std::swap(positions[i], positions[j]);
    }
    positions.resize(maxRows);
    std::sort(positions.begin(), positions.end());
    std::vector<std::size_t> rows;
    rows.reserve(maxRows);
    for (const std::size_t p : positions)
        rows.push_back(train[p]);
    return rows;
}

BeforeAfter beforeAfter(const Column* before, const Column* after, int bins, int maxCategories)
{
    BeforeAfter ba;
    ba.column = before ? before->name() : after ? after->name() : QString();
    ba.inBefore = before != nullptr;
    ba.inAfter = after != nullptr;
    ba.numeric = chartsAsNumbers(before) && chartsAsNumbers(after);
    ba.dateTime = ba.numeric && (!before || before->type() == ColumnType::DateTime)
        && (!after || after->type() == ColumnType::DateTime);
    if (ba.numeric) {
        std::vector<double> b, a;
        auto collect = [](const Column* c, std::vector<double>& values, qint64& missing) {
            if (!c)
                return;
            values.reserve(c->size());
            for (std::size_t i = 0; i < c->size(); ++i) {
                const double v = c->numericAt(i);
                if (std::isnan(v))
                    ++missing;
                else if (std::isfinite(v))
                    values.push_back(v);
            }
        };
        collect(before, b, ba.missingBefore);
        collect(after, a, ba.missingAfter);
        double lo = std::numeric_limits<double>::infinity();
        double hi = -lo;
        for (const auto* values : { &b, &a }) {
            for (const double v : *values) {
                lo = std::min(lo, v);
                hi = std::max(hi, v);
            }
        }
        const stats::OuterEdges outer = stats::outerEdges(lo, hi, b.size() + a.size());
        ba.edges
            = stats::equalWidthBinEdges(outer.first, outer.last, static_cast<std::size_t>(std::max(1, bins)));
        if (before)
            ba.before = stats::histogramCounts(b.data(), b.size(), ba.edges);
        if (after)
            ba.after = stats::histogramCounts(a.data(), a.size(), ba.edges);
        return ba;
    }
    // Bars: the categories (or values shown as text) of both sides, most frequent first.
    QHash<QString, qint64> countBefore, countAfter;
    auto count = [](const Column* c, QHash<QString, qint64>& counts, qint64& missing) {
        if (!c)
            return;
        for (std::size_t i = 0; i < c->size(); ++i) {
            if (c->isMissing(i))
                ++missing;
            else
                ++counts[c->displayAt(i)];
        }
    };
    count(before, countBefore, ba.missingBefore);
    count(after, countAfter, ba.missingAfter);
    QStringList labels = countBefore.keys();
    for (auto it = countAfter.cbegin(); it != countAfter.cend(); ++it)
        if (!countBefore.contains(it.key()))
            labels << it.key();
    std::sort(labels.begin(), labels.end(), [&](const QString& x, const QString& y) {
        const qint64 cx = countBefore.value(x) + countAfter.value(x);
        const qint64 cy = countBefore.value(y) + countAfter.value(y);
        return cx != cy ? cx > cy : x < y;
    });
    if (labels.size() > maxCategories)
        labels = labels.mid(0, maxCategories);
    ba.labels = labels;
    qint64 shownBefore = 0, shownAfter = 0;
    for (const QString& l : labels) {
        if (before) {
            ba.before.push_back(countBefore.value(l));
            shownBefore += countBefore.value(l);
        }
        if (after) {
            ba.after.push_back(countAfter.value(l));
            shownAfter += countAfter.value(l);
        }
    }
    if (before)
        ba.otherBefore = static_cast<qint64>(before->size()) - ba.missingBefore - shownBefore;
    if (after)
        ba.otherAfter = static_cast<qint64>(after->size()) - ba.missingAfter - shownAfter;
    return ba;
}

PreviewResult computePreview(const PreviewRequest& request, JobControl* job)
{
    PreviewResult out;
    if (!request.table)
        return out;
    const Table& table = *request.table;
    // Built step by step (as Pipeline::fromJson does) so that a step whose settings are
    // refused (a required column not chosen yet) is named, and the steps before it still run.
    Pipeline pipeline;
    int buildError = -1;
    QString buildMessage;
    const QJsonArray stepsJson = request.pipeline.value(QStringLiteral("steps")).toArray();
    for (qsizetype i = 0; i < stepsJson.size(); ++i) {
        const QJsonObject o = stepsJson.at(i).toObject();
        auto made = StepRegistry::instance().create(o.value(QStringLiteral("kind")).toString());
        if (!made.ok()) {
            buildError = static_cast<int>(i);
            buildMessage = made.error().message;
            break;
        }
        std::unique_ptr<Step> step = made.take();
        const Status set = step->setParams(o.value(QStringLiteral("params")).toObject().toVariantMap());
        step->setEnabled(o.value(QStringLiteral("enabled")).toBool(true));
        if (!set.ok()) {
            buildError = static_cast<int>(i);
            buildMessage = stepMessage(static_cast<int>(i), *step, set.error().message);
            pipeline.append(std::move(step));
            break;
        }
        pipeline.append(std::move(step));
    }
    out.steps.resize(static_cast<std::size_t>(stepsJson.size()));
    for (std::size_t i = 0; i < pipeline.size(); ++i)
        out.steps[i].description = pipeline.step(i).describe();

    auto split = splitRows(table, request.split);
    if (!split.ok()) {
        out.error = Tr::tr("The rows cannot be split: %1").arg(split.error().message);
        out.head = std::make_shared<const Table>(table.head(request.headRows));
        out.outputRows = table.rowCount();
        out.outputColumns = table.columnCount();
        for (PreviewStep& s : out.steps)
            s.inputColumns = columnsOf(table);
        return out;
    }
    out.splitWarnings = split.warnings();
    out.trainRows = split->train.size();
    out.validRows = split->valid.size();
    out.testRows = split->test.size();
    const std::vector<std::size_t> rows = previewSample(split->train, request.maxFitRows, request.split.seed);
    out.fitRows = rows.size();

    FitInfo info;
    const QString target = request.split.targetColumn;
    if (!target.isEmpty() && table.find(target)) {
        info.targets = QStringList { target };
        info.task = inferTask(table, info.targets);
    }
    info.seed = request.split.seed;

    Table current = table.takeRows(rows);
    std::size_t enabledCount = 0;
    for (std::size_t i = 0; i < pipeline.size(); ++i)
        enabledCount += pipeline.step(i).isEnabled() ? 1 : 0;
    std::size_t done = 0;
    std::size_t i = 0;
    for (; i < pipeline.size(); ++i) {
        PreviewStep& info_i = out.steps[i];
        info_i.inputColumns = columnsOf(current);
        Step& step = pipeline.step(i);
        if (static_cast<int>(i) == buildError) {
            out.error = buildMessage;
            out.errorStep = buildError;
            break;
        }
        if (!step.isEnabled())
            continue;
        if (isCancelled(job)) {
            out.cancelled = true;
            return out;
        }
        const double from = static_cast<double>(done) / static_cast<double>(enabledCount);
        const double to = static_cast<double>(done + 1) / static_cast<double>(enabledCount);
        reportProgress(job, from, stepName(step));
        JobControl sub(job, from, to);
        std::optional<Table> before;
        if (static_cast<int>(i) == request.selectedStep)
            before = current;
        info_i.rowsIn = static_cast<qint64>(current.rowCount());
        // The same seeds as the full fit (a step's seed depends on its place among steps of its kind).
        Result<Table> r = step.fitTransform(current, pipeline.fitInfoFor(i, info), job ? &sub : nullptr);
        info_i.warnings = r.warnings();
        if (!r.ok()) {
            if (r.cancelled() || isCancelled(job)) {
                out.cancelled = true;
                return out;
            }
            out.error = stepMessage(static_cast<int>(i), step, r.error().message);
            out.errorStep = static_cast<int>(i);
            break;
        }
        current = r.take();
        ++done;
        out.ranSteps = static_cast<int>(i) + 1;
        info_i.rowsOut = static_cast<qint64>(current.rowCount());
        info_i.fitted = step.isFitted();
        info_i.description = step.describe();
        if (before) {
            out.chartStep = static_cast<int>(i);
            const QStringList columns = changedColumns(*before, current, step, target);
            out.chartColumnsTotal = static_cast<int>(columns.size());
            for (int c = 0; c < columns.size() && c < request.maxCharts; ++c)
                out.charts.push_back(
                    beforeAfter(before->find(columns[c]), current.find(columns[c]), request.bins));
        }
    }
    if (buildError >= 0 && out.errorStep < 0) {
        // A kind that does not exist (never from the page's own menu).
        out.error = buildMessage;
        out.errorStep = buildError;
    }
    // Steps after a failure never ran: their forms offer the columns the failing step got.
    for (std::size_t j = i + 1; j < out.steps.size(); ++j)
        out.steps[j].inputColumns = columnsOf(current);
    if (isCancelled(job)) {
        out.cancelled = true;
        return out;
    }
    out.outputRows = current.rowCount();
    out.outputColumns = current.columnCount();
    out.head = std::make_shared<const Table>(current.head(request.headRows));
    reportProgress(job, 1.0);
    return out;
}

} // namespace pp
