#include "prep/select_steps.h"

#include "prep/mutual_info.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace pp {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
const QList<ColumnType> kNumberTypes{ColumnType::Numeric, ColumnType::Boolean};

QString scoreText(double v, int precision)
{
    return std::isnan(v) ? QStringLiteral("—") : QString::number(v, 'g', precision);
}

} // namespace

// ---------------------------------------------------------------------------------------------
// shared

double pearsonPairwise(const std::vector<double>& x, const std::vector<double>& y)
{
    double n = 0.0, mx = 0.0, my = 0.0;
    for (std::size_t i = 0; i < x.size(); ++i) {
        if (std::isnan(x[i]) || std::isnan(y[i]))
            continue;
        n += 1.0;
        mx += x[i];
        my += y[i];
    }
    if (n < 2.0)
        return kNaN;
    mx /= n;
    my /= n;
    double sxy = 0.0, sxx = 0.0, syy = 0.0;
    for (std::size_t i = 0; i < x.size(); ++i) {
        if (std::isnan(x[i]) || std::isnan(y[i]))
            continue;
        const double dx = x[i] - mx, dy = y[i] - my;
        sxy += dx * dy;
        sxx += dx * dx;
        syy += dy * dy;
    }
    if (sxx <= 0.0 || syy <= 0.0)
        return kNaN;
    return std::clamp(sxy / std::sqrt(sxx * syy), -1.0, 1.0);
}

double correlationRatio(const std::vector<double>& x, const std::vector<int>& classes)
{
    std::vector<double> sum, count;
    double total = 0.0, n = 0.0;
    for (std::size_t i = 0; i < x.size(); ++i) {
        if (std::isnan(x[i]) || classes[i] < 0)
            continue;
        const auto c = static_cast<std::size_t>(classes[i]);
        if (c >= sum.size()) {
            sum.resize(c + 1, 0.0);
            count.resize(c + 1, 0.0);
        }
        sum[c] += x[i];
        count[c] += 1.0;
        total += x[i];
        n += 1.0;
    }
    if (n < 2.0)
        return kNaN;
    const double mean = total / n;
    double between = 0.0, all = 0.0;
    for (std::size_t c = 0; c < sum.size(); ++c)
        if (count[c] > 0)
            between += count[c] * std::pow(sum[c] / count[c] - mean, 2);
    for (std::size_t i = 0; i < x.size(); ++i)
        if (!std::isnan(x[i]) && classes[i] >= 0)
            all += std::pow(x[i] - mean, 2);
    return all > 0.0 ? std::sqrt(between / all) : kNaN;
}

double SelectionStep::score(const QString& column) const { return m_scores.value(column, kNaN); }

void SelectionStep::clearFit()
{
    AdvancedStep::clearFit();
    m_kept.clear();
    m_dropped.clear();
    m_protected.clear();
    m_scores.clear();
    m_reasons.clear();
    m_keepOnly = false;
}

Result<QStringList> SelectionStep::candidates(const Table& train, const FitInfo& info) const
{
    const QStringList protectedCols = protectedColumns(train, info.targets);
    QStringList out;
    const QStringList chosen = strings("columns");
    if (chosen.isEmpty()) {
        for (const Column& c : train.columns())
            if (isNumberColumn(c) && c.role() == ColumnRole::Feature && !protectedCols.contains(c.name()))
                out << c.name();
        return out;
    }
    QString error;
    for (const QString& name : chosen) {
        if (!requireNumeric(train, name, &error))
            return Result<QStringList>::failure(error);
        if (protectedCols.contains(name))
            return failureAs<QStringList>(tr("column '%1' is a target or id column and is always kept.").arg(name));
        out << name;
    }
    return out;
}

void SelectionStep::setDecision(const QStringList& kept, const QStringList& dropped, const QStringList& protectedCols)
{
    m_kept = kept;
    m_dropped = dropped;
    m_protected = protectedCols;
    m_fitted = true;
}

Result<Table> SelectionStep::transform(const Table& input, JobControl*) const
{
    if (!m_fitted)
        return Result<Table>::from(notFitted());
    for (const QString& name : m_kept)
        if (!input.find(name))
            return failureAs<Table>(tr("column '%1' (kept when the step was fitted) is not in the data.").arg(name));
    Table t;
    t.setSource(input.source());
    for (const Column& c : input.columns()) {
        const QString& name = c.name();
        const bool keep = m_keepOnly ? (m_kept.contains(name) || m_protected.contains(name)
                                        || c.role() == ColumnRole::Target || c.role() == ColumnRole::Id)
                                     : !m_dropped.contains(name);
        if (keep)
            t.addColumn(c);
    }
    return t;
}

QJsonObject SelectionStep::fittedState() const
{
    if (!m_fitted)
        return {};
    QJsonObject scores, reasons;
    for (auto it = m_scores.constBegin(); it != m_scores.constEnd(); ++it)
        scores.insert(it.key(), std::isfinite(it.value()) ? QJsonValue(it.value()) : QJsonValue());
    for (auto it = m_reasons.constBegin(); it != m_reasons.constEnd(); ++it)
        reasons.insert(it.key(), it.value());
    QJsonObject o;
    o.insert(QStringLiteral("kept"), QJsonArray::fromStringList(m_kept));
    o.insert(QStringLiteral("dropped"), QJsonArray::fromStringList(m_dropped));
    o.insert(QStringLiteral("protected"), QJsonArray::fromStringList(m_protected));
    o.insert(QStringLiteral("keep_only"), m_keepOnly);
    o.insert(QStringLiteral("scores"), scores);
    o.insert(QStringLiteral("reasons"), reasons);
    return o;
}

Status SelectionStep::setFittedState(const QJsonObject& state)
{
    clearFit();
    if (state.isEmpty())
        return Unit{};
    if (!state.value(QStringLiteral("kept")).isArray() || !state.value(QStringLiteral("dropped")).isArray())
        return failure(tr("the saved state lacks the kept and dropped columns."));
    auto list = [&](const char* key) {
        QStringList out;
        for (const QJsonValue& v : state.value(QLatin1String(key)).toArray())
            out << v.toString();
        return out;
    };
    m_kept = list("kept");
    m_dropped = list("dropped");
    m_protected = list("protected");
    m_keepOnly = state.value(QStringLiteral("keep_only")).toBool();
    const QJsonObject scores = state.value(QStringLiteral("scores")).toObject();
    for (auto it = scores.constBegin(); it != scores.constEnd(); ++it)
        m_scores.insert(it.key(), it.value().isDouble() ? it.value().toDouble() : kNaN);
    const QJsonObject reasons = state.value(QStringLiteral("reasons")).toObject();
    for (auto it = reasons.constBegin(); it != reasons.constEnd(); ++it)
        m_reasons.insert(it.key(), it.value().toString());
    m_fitted = true;
    return Unit{};
}

QString SelectionStep::droppedText(int precision) const
{
    if (m_dropped.isEmpty())
        return tr("nothing dropped");
    QStringList parts;
    for (const QString& name : m_dropped) {
        const QString reason = m_reasons.value(name);
        parts << (reason.isEmpty() ? tr("%1 (%2)").arg(name, scoreText(score(name), precision))
                                   : tr("%1 (%2)").arg(name, reason));
    }
    return tr("dropped %1").arg(parts.join(QStringLiteral(", ")));
}

// ---------------------------------------------------------------------------------------------
// variance threshold

QString VarianceThresholdStep::staticDescription()
{
    return tr("Drops features that hardly vary on the training rows (constant or near-constant columns).");
}

std::vector<ParamSpec> VarianceThresholdStep::paramSpecs(const Table*) const
{
    return {
        doubleSpec(QStringLiteral("threshold"), 0.0, 0.0, std::numeric_limits<double>::max(), tr("Threshold"),
                   tr("Columns whose variance on the training rows is not above this are dropped; 0 "
                      "drops constant columns only. The variance is in the column's units squared.")),
        columnsSpec(QStringLiteral("columns"), tr("Columns"),
                    tr("The columns to consider; empty means every numeric feature."), kNumberTypes),
    };
}

Status VarianceThresholdStep::fit(const Table& train, const FitInfo& info, JobControl* job)
{
    clearFit();
    auto cands = candidates(train, info);
    if (!cands.ok())
        return Status::from(cands);
    const double threshold = number("threshold");
    QStringList kept, dropped;
    for (qsizetype k = 0; k < cands->size(); ++k) {
        if (isCancelled(job))
            return Status::cancelledResult();
        const QString& name = cands.value()[k];
        const std::vector<double> v = numericValues(*train.find(name));
        double n = 0.0, mean = 0.0, m2 = 0.0;
        double lo = std::numeric_limits<double>::infinity(), hi = -lo;
        for (double x : v) {
            if (std::isnan(x))
                continue;
            n += 1.0;
            const double d = x - mean;
            mean += d / n;
            m2 += d * (x - mean);
            lo = std::min(lo, x);
            hi = std::max(hi, x);
        }
        double var = n > 0.0 ? m2 / n : kNaN;
        if (threshold == 0.0 && n > 0.0)
            var = std::min(var, hi - lo);
        m_scores.insert(name, var);
        (var > threshold ? kept : dropped) << name;
        reportProgress(job, static_cast<double>(k + 1) / static_cast<double>(cands->size()));
    }
    setDecision(kept, dropped, protectedColumns(train, info.targets));
    return Unit{};
}

QString VarianceThresholdStep::describe() const
{
    QString text = tr("Drop features with variance ≤ %1").arg(formatNumber(number("threshold")));
    if (m_fitted)
        text += tr(": %1").arg(droppedText());
    return text;
}

// ---------------------------------------------------------------------------------------------
// select k best

QString SelectKBestStep::staticDescription()
{
    return tr("Keeps the k features most related to the target on the training rows "
              "(correlation or mutual information).");
}

std::vector<ParamSpec> SelectKBestStep::paramSpecs(const Table*) const
{
    return {
        intSpec(QStringLiteral("k"), 10, 1, 1000000, tr("Features to keep (k)"),
                tr("How many of the candidate features to keep.")),
        choiceSpec(QStringLiteral("score"), QStringLiteral("auto"),
                   {QStringLiteral("auto"), QStringLiteral("correlation"), QStringLiteral("mutual_info")},
                   {tr("automatic"), tr("|correlation| with the target"), tr("mutual information")}, tr("Score"),
                   tr("Correlation finds straight-line relations (regression or two classes); mutual "
                      "information also finds curved ones and works for any classification. Automatic "
                      "uses correlation for regression and mutual information for classification.")),
        intSpec(QStringLiteral("n_neighbors"), 3, 1, 100, tr("Neighbours"),
                tr("Mutual information: neighbours of the k-nearest-neighbour estimator (sklearn's "
                   "n_neighbors); more gives a smoother, more biased estimate.")),
        intSpec(QStringLiteral("seed"), -1, -1, std::numeric_limits<int>::max(), tr("Seed"),
                tr("Mutual information: seed of the tiny noise that breaks ties; -1 uses the pipeline's seed.")),
        columnsSpec(QStringLiteral("columns"), tr("Columns"),
                    tr("The columns to consider; empty means every numeric feature."), kNumberTypes),
    };
}

void SelectKBestStep::clearFit()
{
    SelectionStep::clearFit();
    m_scoreUsed.clear();
}

Status SelectKBestStep::fit(const Table& train, const FitInfo& info, JobControl* job)
{
    clearFit();
    if (info.targets.size() != 1)
        return failure(tr("needs exactly one target column; choose the target first."));
    QString error;
    const Column* target = requireColumn(train, info.targets.front(), &error);
    if (!target)
        return Status::failure(error);
    auto cands = candidates(train, info);
    if (!cands.ok())
        return Status::from(cands);

    const bool classification = isClassification(info.task);
    QString score = str("score");
    if (score == QLatin1String("auto"))
        score = classification ? QStringLiteral("mutual_info") : QStringLiteral("correlation");
    std::vector<double> y;
    if (classification) {
        const ClassLabels labels = classLabels(*target);
        if (score == QLatin1String("correlation") && labels.names.size() > 2)
            return failure(tr("correlation needs a numeric or two-class target, and '%1' has %2 classes; use "
                              "mutual information.")
                               .arg(target->name())
                               .arg(labels.names.size()));
        y.resize(labels.codes.size());
        for (std::size_t i = 0; i < y.size(); ++i)
            y[i] = labels.codes[i] < 0 ? kNaN : labels.codes[i];
    } else {
        if (!isNumberColumn(*target))
            return failure(tr("target '%1' is not numeric; for a regression it must be.").arg(target->name()));
        y = numericValues(*target);
    }

    const int k = integer("n_neighbors");
    const quint64 seed = stepSeed(integer("seed"), info.seed, kindSalt(0x5e1ec7, info));
    std::vector<double> scores;
    for (qsizetype c = 0; c < cands->size(); ++c) {
        if (isCancelled(job))
            return Status::cancelledResult();
        const QString& name = cands.value()[c];
        const Column* col = train.find(name);
        const std::vector<double> x = numericValues(*col);
        double s;
        if (score == QLatin1String("correlation"))
            s = std::fabs(pearsonPairwise(x, y));
        else
            s = estimateMutualInfo(x, col->type() == ColumnType::Boolean, y, classification, k,
                                   seed ^ stableHash(name)  /* per column, independent of column order */, seed);
        scores.push_back(s);
        m_scores.insert(name, s);
        reportProgress(job, static_cast<double>(c + 1) / static_cast<double>(cands->size()));
    }
    std::vector<std::size_t> order(scores.size());
    std::iota(order.begin(), order.end(), 0);
    // Highest first; a NaN score (constant column) ranks last; ties keep table order.
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        const double sa = std::isnan(scores[a]) ? -1.0 : scores[a];
        const double sb = std::isnan(scores[b]) ? -1.0 : scores[b];
        return sa > sb;
    });
    std::vector<bool> keep(scores.size(), false);
    for (std::size_t r = 0; r < order.size() && r < static_cast<std::size_t>(integer("k")); ++r)
        keep[order[r]] = true;
    QStringList kept, dropped;
    for (std::size_t c = 0; c < keep.size(); ++c)
        (keep[c] ? kept : dropped) << cands.value()[static_cast<qsizetype>(c)];
    m_scoreUsed = score;
    setDecision(kept, dropped, protectedColumns(train, info.targets));
    return Unit{};
}

QString SelectKBestStep::describe() const
{
    if (!m_fitted)
        return tr("Keep the %1 best features").arg(integer("k"));
    const QString by = m_scoreUsed == QLatin1String("correlation") ? tr("|correlation|") : tr("mutual information");
    QStringList kept;
    for (const QString& name : m_kept)
        kept << tr("%1 (%2)").arg(name, scoreText(score(name), 3));
    return tr("Keep the %1 best features by %2: %3; %4")
        .arg(integer("k"))
        .arg(by, kept.join(QStringLiteral(", ")), droppedText(3));
}

// ---------------------------------------------------------------------------------------------
// drop correlated

QString DropCorrelatedStep::staticDescription()
{
    return tr("Of each pair of strongly correlated features, keeps the one more related to the target.");
}

std::vector<ParamSpec> DropCorrelatedStep::paramSpecs(const Table*) const
{
    return {
        doubleSpec(QStringLiteral("threshold"), 0.95, 0.0, 1.0, tr("Threshold |r|"),
                   tr("Pairs whose absolute Pearson correlation on the training rows is above this lose one "
                      "of their two columns.")),
        columnsSpec(QStringLiteral("columns"), tr("Columns"),
                    tr("The columns to consider; empty means every numeric feature."), kNumberTypes),
    };
}

Status DropCorrelatedStep::fit(const Table& train, const FitInfo& info, JobControl* job)
{
    clearFit();
    auto cands = candidates(train, info);
    if (!cands.ok())
        return Status::from(cands);
    const qsizetype p = cands->size();
    std::vector<std::vector<double>> x;
    for (const QString& name : cands.value())
        x.push_back(numericValues(*train.find(name)));

    // Relevance of each column to the target, used to choose which of a pair stays.
    std::vector<double> relevance(static_cast<std::size_t>(p), 0.0);
    const Column* target = info.targets.size() == 1 ? train.find(info.targets.front()) : nullptr;
    if (target) {
        const bool multiclass = info.task == Task::Multiclass || !isNumberColumn(*target);
        const ClassLabels labels = multiclass ? classLabels(*target) : ClassLabels{};
        const std::vector<double> y = multiclass ? std::vector<double>() : numericValues(*target);
        for (qsizetype i = 0; i < p; ++i) {
            const auto ui = static_cast<std::size_t>(i);
            const double r = multiclass ? correlationRatio(x[ui], labels.codes) : std::fabs(pearsonPairwise(x[ui], y));
            relevance[ui] = std::isnan(r) ? 0.0 : r;
            m_scores.insert(cands.value()[i], r);
        }
    }

    const double threshold = number("threshold");
    std::vector<bool> dropped(static_cast<std::size_t>(p), false);
    for (qsizetype i = 0; i < p; ++i) {
        if (isCancelled(job))
            return Status::cancelledResult();
        const auto ui = static_cast<std::size_t>(i);
        for (qsizetype j = i + 1; j < p && !dropped[ui]; ++j) {
            const auto uj = static_cast<std::size_t>(j);
            if (dropped[uj])
                continue;
            const double r = pearsonPairwise(x[ui], x[uj]);
            if (std::isnan(r) || std::fabs(r) <= threshold)
                continue;
            const bool dropFirst = relevance[uj] > relevance[ui];
            const std::size_t loser = dropFirst ? ui : uj;
            const std::size_t winner = dropFirst ? uj : ui;
            dropped[loser] = true;
            m_reasons.insert(cands.value()[static_cast<qsizetype>(loser)],
                             tr("r = %1 with %2").arg(QString::number(r, 'f', 3),
                                                       cands.value()[static_cast<qsizetype>(winner)]));
        }
        reportProgress(job, static_cast<double>(i + 1) / static_cast<double>(p));
    }
    QStringList kept, drop;
    for (qsizetype i = 0; i < p; ++i)
        (dropped[static_cast<std::size_t>(i)] ? drop : kept) << cands.value()[i];
    setDecision(kept, drop, protectedColumns(train, info.targets));
    return Unit{};
}

QString DropCorrelatedStep::describe() const
{
    QString text = tr("Drop one of each pair with |r| > %1").arg(formatNumber(number("threshold")));
    if (m_fitted)
        text += tr(": %1").arg(droppedText());
    return text;
}

// ---------------------------------------------------------------------------------------------
// manual selection

QString ManualSelectStep::staticDescription()
{
    return tr("Keeps or drops the columns you choose; the target and id columns always stay.");
}

std::vector<ParamSpec> ManualSelectStep::paramSpecs(const Table*) const
{
    return {
        columnsSpec(QStringLiteral("columns"), tr("Columns"), tr("The columns to keep or to drop.")),
        choiceSpec(QStringLiteral("mode"), QStringLiteral("keep"), {QStringLiteral("keep"), QStringLiteral("drop")},
                   {tr("keep only these"), tr("drop these")}, tr("Mode"),
                   tr("Keep only the listed columns (plus target and id columns), or drop the listed ones.")),
    };
}

Status ManualSelectStep::fit(const Table& train, const FitInfo& info, JobControl*)
{
    clearFit();
    const QStringList listed = strings("columns");
    const QStringList protectedCols = protectedColumns(train, info.targets);
    // As select_columns: keeping "nothing" would silently drop every feature.
    if (str("mode") == QLatin1String("keep") && listed.isEmpty())
        return failure(tr("choose at least one column to keep."));
    QString error;
    for (const QString& name : listed) {
        if (!requireColumn(train, name, &error))
            return Status::failure(error);
        if (str("mode") == QLatin1String("drop") && protectedCols.contains(name))
            return failure(tr("column '%1' is a target or id column and can't be dropped here.").arg(name));
    }
    QStringList kept, dropped;
    for (const Column& c : train.columns()) {
        if (protectedCols.contains(c.name()))
            continue;
        const bool listedHere = listed.contains(c.name());
        const bool keep = str("mode") == QLatin1String("keep") ? listedHere : !listedHere;
        (keep ? kept : dropped) << c.name();
    }
    m_keepOnly = str("mode") == QLatin1String("keep");
    setDecision(kept, dropped, protectedCols);
    return Unit{};
}

QString ManualSelectStep::describe() const
{
    const QString cols = strings("columns").join(QStringLiteral(", "));
    return str("mode") == QLatin1String("keep") ? tr("Keep only %1").arg(cols) : tr("Drop %1").arg(cols);
}

} // namespace pp
