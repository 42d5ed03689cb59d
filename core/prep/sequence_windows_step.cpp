#include "prep/sequence_windows_step.h"

#include <QHash>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace pp {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kMaxCells = 268435456.0;   // ~2 GB of doubles

double unitMs(const QString& unit)
{
    if (unit == QLatin1String("seconds"))
        return 1e3;
    if (unit == QLatin1String("minutes"))
        return 6e4;
    if (unit == QLatin1String("hours"))
        return 3.6e6;
    return 8.64e7;
}

/// Rows of `c` in the given order; -1 gives a missing cell.
Column pickRows(const Column& c, const std::vector<qint64>& rows)
{
    std::vector<std::size_t> safe(rows.size());
    bool anyMissing = false;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        anyMissing = anyMissing || rows[i] < 0;
        safe[i] = rows[i] < 0 ? 0 : static_cast<std::size_t>(rows[i]);
    }
    if (!anyMissing || c.size() == 0)
        return c.takeRows(safe);
    if (c.type() == ColumnType::Text) {
        std::vector<QString> values(rows.size());
        std::vector<bool> missing(rows.size());
        for (std::size_t i = 0; i < rows.size(); ++i) {
            missing[i] = rows[i] < 0 || c.isMissing(safe[i]);
            if (!missing[i])
                values[i] = c.text().at(safe[i]);
        }
        Column out = Column::text(c.name(), values, missing);
        out.setRole(c.role());
        return out;
    }
    Column out = c.takeRows(safe);
    for (std::size_t i = 0; i < rows.size(); ++i) {
        if (rows[i] >= 0)
            continue;
        switch (out.type()) {
        case ColumnType::Numeric: out.numbers()[i] = kNaN; break;
        case ColumnType::Categorical: out.codes()[i] = kMissingCode; break;
        case ColumnType::Boolean: out.bools()[i] = kMissingBool; break;
        case ColumnType::DateTime: out.times()[i] = kMissingTime; break;
        case ColumnType::Text: break;
        }
    }
    return out;
}

/// One entity's series after ordering and gap handling.
struct Series
{
    std::vector<std::size_t> source;             ///< the real row each step carries
    std::vector<char> observed;                  ///< 1 = a real row, 0 = a step filled in a gap
    std::vector<double> time;                    ///< ms for date/time columns
    std::vector<std::vector<double>> values;     ///< [value column][step]
    std::vector<std::size_t> segmentStarts;      ///< first step of each unbroken sequence
};

} // namespace

QString SequenceWindowsStep::staticDescription()
{
    return tr("One row per sliding window of each customer's (or product's) time series, for "
              "LSTM, CNN and Transformer models; the target is taken a chosen number of steps ahead.");
}

std::vector<ParamSpec> SequenceWindowsStep::paramSpecs(const Table*) const
{
    std::vector<ParamSpec> s{
        columnSpec(QStringLiteral("entity"), tr("Entity column"),
                   tr("Whose series a row belongs to (customer id, product...). Empty: the whole table is "
                      "one series."),
                   {}, true),
        columnSpec(QStringLiteral("time"), tr("Time column"),
                   tr("Orders the rows of a series and detects gaps. Empty: the table's row order."),
                   {ColumnType::DateTime, ColumnType::Numeric}, true),
        columnsSpec(QStringLiteral("values"), tr("Value columns"), tr("The numeric columns the model reads."),
                    {ColumnType::Numeric, ColumnType::Boolean}),
        intSpec(QStringLiteral("window"), 10, 1, 10000, tr("Window length"), tr("Steps in each window (L).")),
        intSpec(QStringLiteral("stride"), 1, 1, 10000, tr("Stride"),
                tr("Steps between the starts of consecutive windows; 1 gives every window.")),
        columnSpec(QStringLiteral("target"), tr("Target column"),
                   tr("The value to predict, taken 'horizon' steps after the window's last step."), {}, true),
        intSpec(QStringLiteral("horizon"), 1, 0, 10000, tr("Horizon"),
                tr("How many steps after the window's end the target is read; 0 = at the last step.")),
        boolSpec(QStringLiteral("require_target"), true, tr("Drop windows without a target"),
                 tr("When the target column is present, leave out windows whose target is missing or "
                    "lies past the end of the series.")),
        choiceSpec(QStringLiteral("gap_policy"), QStringLiteral("break"),
                   {QStringLiteral("break"), QStringLiteral("ffill"), QStringLiteral("none")},
                   {tr("start a new sequence"), tr("fill by repeating the last value"), tr("ignore gaps")},
                   tr("Gaps in time"),
                   tr("What a time step larger than the tolerance means: a break no window crosses, or "
                      "missing steps to fill with the last observation.")),
        doubleSpec(QStringLiteral("gap_tolerance"), 1.0, 0.0, 1e15, tr("Gap tolerance"),
                   tr("The largest normal step between rows (e.g. 1 day for daily data); with 'fill', "
                      "also the spacing of the filled steps.")),
        choiceSpec(QStringLiteral("time_unit"), QStringLiteral("days"),
                   {QStringLiteral("seconds"), QStringLiteral("minutes"), QStringLiteral("hours"),
                    QStringLiteral("days")},
                   {tr("seconds"), tr("minutes"), tr("hours"), tr("days")}, tr("Tolerance unit"),
                   tr("Unit of the tolerance for a date/time column.")),
        choiceSpec(QStringLiteral("scaling"), QStringLiteral("none"),
                   {QStringLiteral("none"), QStringLiteral("standardize")},
                   {tr("none"), tr("standardise each window")}, tr("Per-window scaling"),
                   tr("Standardise each window by its own mean and standard deviation: the model sees "
                      "shapes, not levels, and nothing leaks between windows.")),
    };
    return s;
}

Result<Table> SequenceWindowsStep::makeWindows(const Table& input, JobControl* job, qint64* sequences) const
{
    QString error;
    const QStringList valueNames = strings("values");
    if (valueNames.isEmpty())
        return failureAs<Table>(tr("choose at least one value column."));
    const Column* entity = nullptr;
    const Column* time = nullptr;
    const Column* target = nullptr;
    if (!str("entity").isEmpty() && !(entity = requireColumn(input, str("entity"), &error)))
        return Result<Table>::failure(error);
    if (!str("time").isEmpty()) {
        if (!(time = requireColumn(input, str("time"), &error)))
            return Result<Table>::failure(error);
        if (time->type() != ColumnType::DateTime && time->type() != ColumnType::Numeric)
            return failureAs<Table>(tr("time column '%1' is %2; it must be a date/time or a number.")
                                        .arg(time->name(), columnTypeDisplayName(time->type())));
    }
    if (!str("target").isEmpty())
        target = input.find(str("target"));   // absent in new data: every window, no target
    std::vector<std::vector<double>> values;
    for (const QString& name : valueNames) {
        const Column* c = requireNumeric(input, name, &error);
        if (!c)
            return Result<Table>::failure(error);
        values.push_back(numericValues(*c));
    }
    const bool isDate = time && time->type() == ColumnType::DateTime;
    // Without a time column the steps are the rows themselves: there are no gaps.
    const QString policy = time ? str("gap_policy") : QStringLiteral("none");
    const double tolerance = number("gap_tolerance") * (isDate ? unitMs(str("time_unit")) : 1.0);
    if (policy == QLatin1String("ffill") && tolerance <= 0.0)
        return failureAs<Table>(tr("filling gaps needs a gap tolerance above 0 (the step between rows)."));

    // Group rows by entity, in order of first appearance, then order each group by time.
    const std::size_t n = input.rowCount();
    std::vector<std::vector<std::size_t>> groups;
    QHash<QString, std::size_t> groupOf;
    std::size_t leftOut = 0;
    for (std::size_t r = 0; r < n; ++r) {
        if ((entity && entity->isMissing(r)) || (time && time->isMissing(r))) {
            ++leftOut;
            continue;
        }
        const QString key = entity ? entity->displayAt(r) : QString();
        auto it = groupOf.constFind(key);
        if (it == groupOf.constEnd()) {
            it = groupOf.insert(key, groups.size());
            groups.emplace_back();
        }
        groups[*it].push_back(r);
    }
    auto timeOf = [&](std::size_t r) { return time ? time->numericAt(r) : static_cast<double>(r); };

    const auto L = static_cast<std::size_t>(integer("window"));
    const auto stride = static_cast<std::size_t>(integer("stride"));
    const auto h = static_cast<std::size_t>(integer("horizon"));
    const bool standardize = str("scaling") == QLatin1String("standardize");
    const bool needTarget = target && flag("require_target");
    const std::size_t nv = values.size();

    std::vector<qint64> endRows, targetRows;
    std::vector<double> endTimes;
    std::vector<std::vector<double>> out(nv * L);   // [value * L + position]
    qint64 sequenceCount = 0;
    for (std::size_t g = 0; g < groups.size(); ++g) {
        if (isCancelled(job))
            return Result<Table>::cancelledResult();
        std::vector<std::size_t>& rows = groups[g];
        std::stable_sort(rows.begin(), rows.end(), [&](std::size_t a, std::size_t b) { return timeOf(a) < timeOf(b); });
        Series s;
        s.values.resize(nv);
        s.segmentStarts.push_back(0);
        for (std::size_t q = 0; q < rows.size(); ++q) {
            const std::size_t r = rows[q];
            const double t = timeOf(r);
            if (q > 0) {
                const double dt = t - s.time.back();
                if (policy == QLatin1String("break") && dt > tolerance) {
                    s.segmentStarts.push_back(s.source.size());
                } else if (policy == QLatin1String("ffill") && dt > tolerance) {
                    // Missing steps every `tolerance`, repeating the last observation. Counted
                    // before anything is allocated: a long gap with a small tolerance would
                    // otherwise make millions of steps (or overflow the count).
                    const double missingSteps = std::ceil(dt / tolerance - 1e-9) - 1.0;
                    if ((static_cast<double>(s.source.size()) + missingSteps) * static_cast<double>(nv + 2)
                        > kMaxCells) {
                        auto when = [&](double v) {
                            return isDate ? formatDateTime(std::llround(v), QString()) : formatNumber(v);
                        };
                        const QString gap = entity
                            ? tr("the gap of '%1' from %2 to %3").arg(entity->displayAt(r), when(s.time.back()), when(t))
                            : tr("the gap from %1 to %2").arg(when(s.time.back()), when(t));
                        return failureAs<Table>(tr("%1 would need %2 filled steps, more than memory allows; choose "
                                                   "'start a new sequence' for gaps that long or raise the gap "
                                                   "tolerance.")
                                                    .arg(gap, formatNumber(missingSteps)));
                    }
                    const auto missing = static_cast<std::size_t>(missingSteps);
                    for (std::size_t k = 1; k <= missing; ++k) {
                        s.source.push_back(s.source.back());
                        s.observed.push_back(0);
                        s.time.push_back(s.time.back() + tolerance);
                        for (std::size_t v = 0; v < nv; ++v)
                            s.values[v].push_back(s.values[v].back());
                    }
                }
            }
            s.source.push_back(r);
            s.observed.push_back(1);
            s.time.push_back(t);
            for (std::size_t v = 0; v < nv; ++v) {
                double x = values[v][r];
                if (std::isnan(x) && policy == QLatin1String("ffill") && !s.values[v].empty())
                    x = s.values[v].back();
                s.values[v].push_back(x);
            }
        }
        s.segmentStarts.push_back(s.source.size());
        for (std::size_t seg = 0; seg + 1 < s.segmentStarts.size(); ++seg) {
            const std::size_t begin = s.segmentStarts[seg], end = s.segmentStarts[seg + 1];
            if (end > begin)
                ++sequenceCount;
            for (std::size_t start = begin; start + L <= end; start += stride) {
                const std::size_t last = start + L - 1;
                // The target is read from a real row only: a filled step carries the previous
                // row, whose target may be the window's own last value (a leak into the label).
                qint64 targetRow = -1;
                if (target && last + h < end && s.observed[last + h] && !target->isMissing(s.source[last + h]))
                    targetRow = static_cast<qint64>(s.source[last + h]);
                if (needTarget && targetRow < 0)
                    continue;
                if (static_cast<double>(endRows.size() + 1) * static_cast<double>(nv * L) > kMaxCells)
                    return failureAs<Table>(tr("too many windows for memory; raise the stride or shorten the window."));
                endRows.push_back(static_cast<qint64>(s.source[last]));
                endTimes.push_back(s.time[last]);
                targetRows.push_back(targetRow);
                for (std::size_t v = 0; v < nv; ++v) {
                    const double* w = s.values[v].data() + start;
                    double mean = 0.0, sd = 1.0;
                    if (standardize) {
                        double count = 0.0, m2 = 0.0;
                        mean = 0.0;
                        for (std::size_t k = 0; k < L; ++k) {
                            if (std::isnan(w[k]))
                                continue;
                            count += 1.0;
                            const double d = w[k] - mean;
                            mean += d / count;
                            m2 += d * (w[k] - mean);
                        }
                        sd = count > 0.0 && m2 > 0.0 ? std::sqrt(m2 / count) : 1.0;
                    }
                    for (std::size_t k = 0; k < L; ++k)
                        out[v * L + k].push_back((w[k] - mean) / sd);
                }
            }
        }
        reportProgress(job, static_cast<double>(g + 1) / static_cast<double>(groups.size()));
    }

    Table t;
    t.setSource(input.source());
    if (entity) {
        Column c = pickRows(*entity, endRows);
        c.setRole(ColumnRole::Id);
        t.addColumn(std::move(c));
    }
    if (time) {
        if (isDate) {
            std::vector<std::int64_t> ms(endTimes.size());
            for (std::size_t i = 0; i < ms.size(); ++i)
                ms[i] = static_cast<std::int64_t>(std::llround(endTimes[i]));
            t.addColumn(Column::dateTime(time->name(), std::move(ms), time->timeFormat()));
        } else {
            t.addColumn(Column::numeric(time->name(), endTimes));
        }
    }
    for (std::size_t v = 0; v < nv; ++v)
        for (std::size_t k = 0; k < L; ++k)
            t.addColumn(Column::numeric(valueNames[static_cast<qsizetype>(v)] + QStringLiteral("__t-")
                                            + QString::number(L - 1 - k),
                                        std::move(out[v * L + k])));
    if (target) {
        Column c = pickRows(*target, targetRows);
        c.setRole(ColumnRole::Target);
        setOrAppendColumn(t, std::move(c));
    }
    if (sequences)
        *sequences = sequenceCount;
    Result<Table> result(std::move(t));
    if (leftOut > 0)
        result.addWarning({QStringLiteral("rows_left_out"), 0, 0,
                           message(tr("%1 rows without an entity or a time were left out.").arg(leftOut))});
    return result;
}

Status SequenceWindowsStep::fit(const Table& train, const FitInfo&, JobControl* job)
{
    clearFit();
    qint64 sequences = 0;
    auto windows = makeWindows(train, job, &sequences);
    if (!windows.ok())
        return Status::from(windows);
    if (windows->rowCount() == 0)
        return failure(tr("no window of %1 steps fits in the training rows; shorten the window or check the gap "
                          "tolerance.")
                           .arg(integer("window")));
    m_trainRows = static_cast<qint64>(train.rowCount());
    m_trainWindows = static_cast<qint64>(windows->rowCount());
    m_trainSequences = sequences;
    m_fitted = true;
    Status s = Unit{};
    s.warnings() = windows.warnings();
    return s;
}

Result<Table> SequenceWindowsStep::transform(const Table& input, JobControl* job) const
{
    if (!m_fitted)
        return Result<Table>::from(notFitted());
    return makeWindows(input, job, nullptr);
}

QJsonObject SequenceWindowsStep::fittedState() const
{
    if (!m_fitted)
        return {};
    QJsonObject o;
    o.insert(QStringLiteral("train_rows"), static_cast<double>(m_trainRows));
    o.insert(QStringLiteral("train_windows"), static_cast<double>(m_trainWindows));
    o.insert(QStringLiteral("train_sequences"), static_cast<double>(m_trainSequences));
    return o;
}

Status SequenceWindowsStep::setFittedState(const QJsonObject& state)
{
    clearFit();
    if (state.isEmpty())
        return Unit{};
    m_trainRows = static_cast<qint64>(state.value(QStringLiteral("train_rows")).toDouble());
    m_trainWindows = static_cast<qint64>(state.value(QStringLiteral("train_windows")).toDouble());
    m_trainSequences = static_cast<qint64>(state.value(QStringLiteral("train_sequences")).toDouble());
    m_fitted = true;
    return Unit{};
}

QString SequenceWindowsStep::describe() const
{
    QString text = tr("Windows of %1 steps (stride %2) over %3")
                       .arg(integer("window"))
                       .arg(integer("stride"))
                       .arg(strings("values").join(QStringLiteral(", ")));
    if (!str("target").isEmpty())
        text += tr(", target %1 %2 steps ahead").arg(str("target")).arg(integer("horizon"));
    if (m_fitted)
        text += tr(": %1 training rows → %2 windows from %3 sequences")
                    .arg(m_trainRows)
                    .arg(m_trainWindows)
                    .arg(m_trainSequences);
    return text;
}

} // namespace pp
