// target_encode: replaces a category by the smoothed mean of the target over the training rows
// with that category, (n·mean + m·prior) / (n + m). Regression: the target's mean; binary: the
// share of the positive class (the second class in sorted order); multiclass: one column per
// class with that class's share. A missing category value is a category of its own.
//
// Leakage: on its own training rows the step encodes out of fold (fitTransform): the rows are
// cut into k folds and a row's value comes from the other folds only, so no training row ever
// sees its own target. Other data (validation, test, new customers) is encoded with the
// statistics of all training rows; categories not seen in training get the prior.
#include "prep/basic_step.h"
#include "prep/builtin_steps.h"
#include "prep/split.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <cmath>
#include <limits>

namespace pp {

namespace {

using namespace prepjson;

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

/// The encoding of one column: per category one value per output.
struct TargetEncoding
{
    QString column;
    ColumnType type = ColumnType::Categorical;
    QHash<QString, std::vector<double>> values;
    std::vector<double> missing; ///< empty = missing not seen in training (-> prior)
};

class TargetEncodeStep : public BasicStep
{
    Q_DECLARE_TR_FUNCTIONS(pp::TargetEncodeStep)
public:
    QString kind() const override { return QStringLiteral("target_encode"); }

    QString describe() const override
    {
        const QStringList cols = isFitted() ? encodedColumns() : listParam(QStringLiteral("columns"));
        QString s = tr("Target-encode %1 (smoothing %2, out-of-fold on training rows with %n folds)", nullptr,
            intParam(QStringLiteral("folds")))
                        .arg(cols.isEmpty() ? tr("categorical columns") : describeColumns(cols),
                            describeNumber(doubleParam(QStringLiteral("smoothing"))));
        if (isFitted()) {
            QStringList priors;
            for (double p : m_prior)
                priors << describeNumber(p);
            s += QStringLiteral("; ") + tr("unknown → %1").arg(priors.join(QStringLiteral(", ")));
        }
        return s;
    }

    Result<Table> fitTransform(const Table& train, const FitInfo& info, JobControl* job) override
    {
        Status fitted = fit(train, info, job);
        if (!fitted.ok())
            return Result<Table>::from(fitted);
        // Out of fold: each training row is encoded from the other folds' statistics.
        const std::size_t n = train.rowCount();
        const int k = static_cast<int>(
            std::min<std::size_t>(static_cast<std::size_t>(intParam(QStringLiteral("folds"))), n));
        auto folds = kFoldIndices(n, k, info.seed ^ 0x7461726765745fULL);
        if (!folds.ok())
            return Result<Table>::from(folds);
        const Targets y = targets(train);
        std::vector<std::vector<std::vector<double>>> encoded(
            m_encodings.size(), std::vector<std::vector<double>>(n));
        for (std::size_t f = 0; f < folds->size(); ++f) {
            if (isCancelled(job))
                return Result<Table>::cancelledResult();
            reportProgress(job, static_cast<double>(f) / static_cast<double>(folds->size()));
            const std::vector<std::size_t> rest = kFoldTrainRows(folds.value(), f, n);
            const std::vector<double> prior = priorOf(y, rest);
            for (std::size_t e = 0; e < m_encodings.size(); ++e) {
                const TargetEncoding fold = encode(*train.find(m_encodings[e].column), y, rest, prior);
                for (std::size_t r : folds.value()[f])
                    encoded[e][r] = lookup(fold, *train.find(m_encodings[e].column), r, prior);
            }
        }
        Table out = train;
        for (std::size_t e = 0; e < m_encodings.size(); ++e)
            replaceColumn(out, m_encodings[e].column, encoded[e]);
        Result<Table> r(std::move(out));
        r.warnings() = fitted.warnings();
        reportProgress(job, 1.0);
        return r;
    }

protected:
    std::vector<ParamSpec> specs() const override
    {
        return { prepspec::columns(QStringLiteral("columns"), tr("Columns"),
                     tr("Columns to encode; none chosen = every categorical feature column."),
                     { ColumnType::Categorical, ColumnType::Boolean, ColumnType::Text }),
            prepspec::number(QStringLiteral("smoothing"), 10.0, 0.0, 1e6, tr("Smoothing (m)"),
                tr("Pulls rare categories towards the overall mean: a category with n rows gets "
                   "(n·mean + m·overall) / (n + m).")),
            prepspec::integer(QStringLiteral("folds"), 5, 2, 50, tr("Folds"),
                tr("Training rows are encoded out of fold with this many folds, so that no row "
                   "uses its own target.")) };
    }

    Status doFit(const Table& train, const FitInfo& info, JobControl*) override
    {
        if (info.targets.size() != 1)
            return fail(tr("choose exactly one target column first."));
        if (info.task == Task::Multilabel)
            return fail(tr("several targets at once are not supported."));
        m_target = info.targets.front();
        const Column* target = train.find(m_target);
        if (!target)
            return fail(missingColumnMessage(m_target));
        m_task = info.task;
        if (m_task == Task::Regression && target->type() != ColumnType::Numeric
            && target->type() != ColumnType::Boolean)
            return fail(wrongTypeMessage(m_target, target->type(), tr("numeric")));
        const QStringList listed = listParam(QStringLiteral("columns"));
        if (listed.contains(m_target))
            return fail(tr("'%1' is the target; it cannot encode itself.").arg(m_target));
        auto cols = listed.isEmpty() ? resolveColumns(train, listed, info, { ColumnType::Categorical })
                                     : resolveColumns(train, listed, info,
                                         { ColumnType::Categorical, ColumnType::Boolean, ColumnType::Text });
        if (!cols.ok())
            return Status::failure(cols.error());
        // Classes in sorted order (numerically for numbers), like scikit-learn's LabelEncoder.
        m_classes.clear();
        if (m_task != Task::Regression) {
            QHash<QString, double> seen;
            for (std::size_t r = 0; r < target->size(); ++r)
                if (!target->isMissing(r))
                    seen.insert(target->displayAt(r), target->numericAt(r));
            m_classes = seen.keys();
            if (target->type() == ColumnType::Numeric || target->type() == ColumnType::Boolean)
                std::sort(m_classes.begin(), m_classes.end(),
                    [&](const QString& a, const QString& b) { return seen[a] < seen[b]; });
            else
                std::sort(m_classes.begin(), m_classes.end());
            if (m_classes.size() < 2)
                return fail(
                    tr("the target '%1' has fewer than two classes in the training rows.").arg(m_target));
            if (m_task == Task::Binary && m_classes.size() != 2)
                return fail(tr("a yes/no target needs exactly two classes; '%1' has %2.")
                                .arg(m_target)
                                .arg(m_classes.size()));
        }
        const Targets y = targets(train);
        std::vector<std::size_t> all;
        for (std::size_t r = 0; r < train.rowCount(); ++r)
            all.push_back(r);
        std::size_t withTarget = 0;
        for (bool h : y.has)
            withTarget += h ? 1 : 0;
        if (withTarget < 2)
            return fail(tr("needs at least two training rows with a target value."));
        m_prior = priorOf(y, all);
        if (m_task == Task::Multiclass) {
            for (const QString& name : cols.value()) {
                for (const QString& cls : m_classes) {
                    const QString out = name + QLatin1Char('_') + cls;
                    if (train.find(out))
                        return fail(tr("the output column '%1' already exists.").arg(out));
                }
            }
        }
        m_encodings.clear();
        for (const QString& name : cols.value())
            m_encodings.push_back(encode(*train.find(name), y, all, m_prior));
        return Unit {};
    }

    Result<Table> doTransform(const Table& input, JobControl*) const override
    {
        Table out = input;
        for (const TargetEncoding& e : m_encodings) {
            QString error;
            const int idx = requireColumnIndex(out, e.column, &e.type, &error);
            if (idx < 0)
                return Result<Table>::failure(error);
            const Column& c = out.column(static_cast<std::size_t>(idx));
            std::vector<std::vector<double>> values(c.size());
            for (std::size_t r = 0; r < c.size(); ++r)
                values[r] = lookup(e, c, r, m_prior);
            replaceColumn(out, e.column, values);
        }
        return out;
    }

    QJsonObject saveState() const override
    {
        QJsonObject encodings;
        for (const TargetEncoding& e : m_encodings) {
            QJsonObject values;
            for (auto it = e.values.constBegin(); it != e.values.constEnd(); ++it)
                values.insert(it.key(), numbers(it.value()));
            encodings.insert(e.column,
                QJsonObject { { QStringLiteral("type"), columnTypeName(e.type) },
                    { QStringLiteral("values"), values },
                    { QStringLiteral("missing"),
                        e.missing.empty() ? QJsonValue(QJsonValue::Null)
                                          : QJsonValue(numbers(e.missing)) } });
        }
        return { { QStringLiteral("columns"), strings(encodedColumns()) },
            { QStringLiteral("target"), m_target }, { QStringLiteral("task"), taskName(m_task) },
            { QStringLiteral("classes"), strings(m_classes) }, { QStringLiteral("prior"), numbers(m_prior) },
            { QStringLiteral("encodings"), encodings } };
    }

    Status loadState(const QJsonObject& state) override
    {
        m_target = state.value(QStringLiteral("target")).toString();
        if (m_target.isEmpty() || !taskFromName(state.value(QStringLiteral("task")).toString(), &m_task))
            return fail(tr("the fitted target is missing."));
        m_classes = toStrings(state.value(QStringLiteral("classes")).toArray());
        m_prior = toNumbers(state.value(QStringLiteral("prior")).toArray());
        if (m_prior.size() != outputs())
            return fail(tr("the fitted prior does not match the classes."));
        const QJsonObject encodings = state.value(QStringLiteral("encodings")).toObject();
        m_encodings.clear();
        for (const QString& name : toStrings(state.value(QStringLiteral("columns")).toArray())) {
            const QJsonObject o = encodings.value(name).toObject();
            TargetEncoding e;
            e.column = name;
            if (!columnTypeFromName(o.value(QStringLiteral("type")).toString(), &e.type))
                return fail(tr("the encoding of '%1' is missing.").arg(name));
            const QJsonObject values = o.value(QStringLiteral("values")).toObject();
            for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
                std::vector<double> v = toNumbers(it.value().toArray());
                if (v.size() != outputs())
                    return fail(tr("the encoding of '%1' does not match the classes.").arg(name));
                e.values.insert(it.key(), std::move(v));
            }
            if (o.value(QStringLiteral("missing")).isArray())
                e.missing = toNumbers(o.value(QStringLiteral("missing")).toArray());
            m_encodings.push_back(std::move(e));
        }
        return Unit {};
    }

private:
    /// Targets as numbers per output (regression: the value; classification: 0/1 per output).
    struct Targets
    {
        std::vector<std::vector<double>> y;
        std::vector<bool> has;
    };

    std::size_t outputs() const
    {
        if (m_task == Task::Multiclass)
            return static_cast<std::size_t>(m_classes.size());
        return 1;
    }

    QStringList encodedColumns() const
    {
        QStringList out;
        for (const auto& e : m_encodings)
            out << e.column;
        return out;
    }

    Targets targets(const Table& table) const
    {
        const Column* t = table.find(m_target);
        Targets out;
        const std::size_t n = table.rowCount();
        out.y.assign(n, std::vector<double>(outputs(), 0.0));
        out.has.assign(n, false);
        for (std::size_t r = 0; r < n; ++r) {
            if (!t || t->isMissing(r))
                continue;
            out.has[r] = true;
            if (m_task == Task::Regression) {
                out.y[r][0] = t->numericAt(r);
            } else {
                const auto cls = m_classes.indexOf(t->displayAt(r));
                if (m_task == Task::Binary)
                    out.y[r][0] = cls == 1 ? 1.0 : 0.0;
                else if (cls >= 0)
                    out.y[r][static_cast<std::size_t>(cls)] = 1.0;
            }
        }
        return out;
    }

    std::vector<double> priorOf(const Targets& y, const std::vector<std::size_t>& rows) const
    {
        std::vector<double> sum(outputs(), 0.0);
        std::size_t count = 0;
        for (std::size_t r : rows) {
            if (!y.has[r])
                continue;
            ++count;
            for (std::size_t d = 0; d < sum.size(); ++d)
                sum[d] += y.y[r][d];
        }
        for (double& s : sum)
            s = count == 0 ? kNaN : s / static_cast<double>(count);
        return sum;
    }

    /// Smoothed means per category over `rows` (rows without a target are skipped).
    TargetEncoding encode(const Column& c, const Targets& y, const std::vector<std::size_t>& rows,
        const std::vector<double>& prior) const
    {
        const double m = doubleParam(QStringLiteral("smoothing"));
        const std::size_t d = outputs();
        QHash<QString, std::pair<std::size_t, std::vector<double>>> acc;
        std::pair<std::size_t, std::vector<double>> missing { 0, std::vector<double>(d, 0.0) };
        for (std::size_t r : rows) {
            if (!y.has[r])
                continue;
            auto& slot = c.isMissing(r) ? missing : acc[c.displayAt(r)];
            if (slot.second.empty())
                slot.second.assign(d, 0.0);
            ++slot.first;
            for (std::size_t k = 0; k < d; ++k)
                slot.second[k] += y.y[r][k];
        }
        auto smooth = [&](const std::pair<std::size_t, std::vector<double>>& s) {
            std::vector<double> v(d);
            for (std::size_t k = 0; k < d; ++k)
                v[k] = (s.second[k] + m * prior[k]) / (static_cast<double>(s.first) + m);
            return v;
        };
        TargetEncoding e;
        e.column = c.name();
        e.type = c.type();
        for (auto it = acc.constBegin(); it != acc.constEnd(); ++it)
            e.values.insert(it.key(), smooth(it.value()));
        if (missing.first > 0)
            e.missing = smooth(missing);
        return e;
    }

    static std::vector<double> lookup(
        const TargetEncoding& e, const Column& c, std::size_t r, const std::vector<double>& prior)
    {
        if (c.isMissing(r))
            return e.missing.empty() ? prior : e.missing;
        auto it = e.values.constFind(c.displayAt(r));
        return it == e.values.constEnd() ? prior : *it;
    }

    /// Puts the encoded values in place of `column`: one column of the same name, or for
    /// multiclass one "<column>_<class>" column per class.
    void replaceColumn(
        Table& table, const QString& column, const std::vector<std::vector<double>>& values) const
    {
        const int idx = table.indexOf(column);
        const ColumnRole role = table.column(static_cast<std::size_t>(idx)).role();
        const std::size_t d = outputs();
        table.removeColumn(static_cast<std::size_t>(idx));
        for (std::size_t k = 0; k < d; ++k) {
            std::vector<double> v(values.size());
            for (std::size_t r = 0; r < values.size(); ++r)
                v[r] = values[r].size() > k ? values[r][k] : kNaN;
            const QString name = m_task == Task::Multiclass
                ? column + QLatin1Char('_') + m_classes[static_cast<qsizetype>(k)]
                : column;
            Column c = Column::numeric(name, std::move(v));
            c.setRole(role);
            table.insertColumn(static_cast<std::size_t>(idx) + k, std::move(c));
        }
    }

    QString m_target;
    Task m_task = Task::Regression;
    QStringList m_classes; ///< classification: sorted class labels
    std::vector<double> m_prior; ///< overall target mean / class shares of the training rows
    std::vector<TargetEncoding> m_encodings;
};

} // namespace

void registerTargetEncodeStep(StepRegistry& registry)
{
    registry.add({ QStringLiteral("target_encode"), QStringLiteral("encode"),
        [] { return TargetEncodeStep::tr("Target encode"); },
        [] {
            return TargetEncodeStep::tr("Replaces each category by the (smoothed) average target of the "
                                        "training rows with it, computed out of fold on the training rows "
                                        "so that no row sees its own target.");
        },
        makeStep<TargetEncodeStep> });
}

} // namespace pp
