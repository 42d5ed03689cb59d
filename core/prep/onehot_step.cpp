// onehot: scikit-learn's OneHotEncoder(handle_unknown='ignore') with max_categories and drop.
// Categories are learned on the training rows in sorted order; a missing value seen in training
// is a category of its own (last, like sklearn's nan); with max_categories the least frequent
// categories share one "<column>_other" column; unknown categories become all zeros.
#include "prep/basic_step.h"
#include "prep/builtin_steps.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace pp {

namespace {

using namespace prepjson;

/// What one source column became.
struct Encoding
{
    QString column;
    ColumnType type = ColumnType::Categorical;
    QStringList categories; ///< frequent categories, sorted: one output column each
    bool missing = false; ///< a "<column>_missing" output (missing seen in training)
    QStringList infrequent; ///< categories folded into "<column>_other"
    bool infrequentMissing = false;
    bool dropFirst = false; ///< the first output column is dropped

    QStringList outputNames() const
    {
        QStringList names;
        for (const QString& c : categories)
            names << column + QLatin1Char('_') + c;
        if (missing)
            names << column + QStringLiteral("_missing");
        if (!infrequent.isEmpty() || infrequentMissing)
            names << column + QStringLiteral("_other");
        if (dropFirst && !names.isEmpty())
            names.removeFirst();
        return names;
    }
};

class OneHotStep : public BasicStep
{
    Q_DECLARE_TR_FUNCTIONS(pp::OneHotStep)
public:
    QString kind() const override { return QStringLiteral("onehot"); }

    QString describe() const override
    {
        if (!isFitted()) {
            const QStringList cols = listParam(QStringLiteral("columns"));
            return tr("One-hot encode %1")
                .arg(cols.isEmpty() ? tr("categorical columns") : describeColumns(cols));
        }
        QStringList parts;
        for (std::size_t i = 0; i < m_encodings.size() && i < 3; ++i) {
            const Encoding& e = m_encodings[i];
            parts << tr("%1 → %n column(s)", nullptr, static_cast<int>(e.outputNames().size())).arg(e.column);
        }
        QString s = tr("One-hot encode %1").arg(parts.join(QStringLiteral(", ")));
        if (m_encodings.size() > 3)
            s += QLatin1Char(' ') + tr("and %n more", nullptr, static_cast<int>(m_encodings.size() - 3));
        if (m_encodings.empty())
            s = tr("One-hot encode (no categorical columns)");
        return s + QStringLiteral("; ") + tr("unknown categories → all zeros");
    }

protected:
    std::vector<ParamSpec> specs() const override
    {
        return { prepspec::columns(QStringLiteral("columns"), tr("Columns"),
                     tr("Columns to encode; none chosen = every categorical and yes/no feature column. "
                        "Numeric and text columns can be chosen explicitly."),
                     { ColumnType::Categorical, ColumnType::Boolean, ColumnType::Text, ColumnType::Numeric }),
            prepspec::integer(QStringLiteral("max_categories"), 0, 0, 100000, tr("Most columns per feature"),
                tr("At most this many columns per feature, the least frequent categories sharing "
                   "an 'other' column (0 = no limit; otherwise at least 2).")),
            prepspec::choice(QStringLiteral("drop"),
                { QStringLiteral("none"), QStringLiteral("first"), QStringLiteral("if_binary") },
                { tr("None"), tr("First"), tr("If two categories") }, QStringLiteral("none"),
                tr("Drop a column"),
                tr("Drop the first column of each feature (avoids redundant columns for linear "
                   "models), or only for features with two categories.")) };
    }

    Status doFit(const Table& train, const FitInfo& info, JobControl*) override
    {
        auto cols = resolveColumns(train, listParam(QStringLiteral("columns")), info,
            { ColumnType::Categorical, ColumnType::Boolean, ColumnType::Text, ColumnType::Numeric });
        if (!cols.ok())
            return Status::failure(cols.error());
        QStringList names = listParam(QStringLiteral("columns")).isEmpty() ? QStringList() : cols.value();
        if (names.isEmpty()) { // default: categorical and boolean only, numbers stay numbers
            for (const QString& c : cols.value()) {
                const ColumnType t = train.find(c)->type();
                if (t == ColumnType::Categorical || t == ColumnType::Boolean)
                    names << c;
            }
        }
        const int maxCategories = intParam(QStringLiteral("max_categories"));
        if (maxCategories == 1)
            return fail(tr("'max_categories' must be 0 (no limit) or at least 2."));
        const QString drop = stringParam(QStringLiteral("drop"));
        m_encodings.clear();
        Status status = Unit {};
        for (const QString& name : names) {
            const Column& c = *train.find(name);
            Encoding e;
            e.column = name;
            e.type = c.type();
            // Count categories (missing = the empty key, kept apart).
            QHash<QString, std::size_t> counts;
            QHash<QString, double> numericValue;
            std::size_t missingCount = 0;
            for (std::size_t r = 0; r < c.size(); ++r) {
                if (c.isMissing(r)) {
                    ++missingCount;
                    continue;
                }
                const QString key = c.displayAt(r);
                ++counts[key];
                if (c.type() == ColumnType::Numeric)
                    numericValue.insert(key, c.numbers()[r]);
            }
            QStringList sorted = counts.keys();
            if (c.type() == ColumnType::Numeric)
                std::sort(sorted.begin(), sorted.end(),
                    [&](const QString& a, const QString& b) { return numericValue[a] < numericValue[b]; });
            else
                std::sort(sorted.begin(), sorted.end());
            // sklearn's infrequent rule: with more categories than max_categories - 1 (missing
            // counted as a category), the smallest counts (stable by sorted order) go to "other".
            std::vector<std::size_t> catCounts;
            for (const QString& k : sorted)
                catCounts.push_back(counts[k]);
            const bool hasMissing = missingCount > 0;
            if (hasMissing)
                catCounts.push_back(missingCount);
            std::vector<bool> infrequent(catCounts.size(), false);
            if (maxCategories >= 2 && static_cast<std::size_t>(maxCategories) < catCounts.size() + 1) {
                std::vector<std::size_t> order(catCounts.size());
                std::iota(order.begin(), order.end(), std::size_t(0));
                std::stable_sort(order.begin(), order.end(),
                    [&](std::size_t a, std::size_t b) { return catCounts[a] < catCounts[b]; });
                const std::size_t nInfrequent
                    = catCounts.size() - static_cast<std::size_t>(maxCategories) + 1;
                for (std::size_t i = 0; i < nInfrequent; ++i)
                    infrequent[order[i]] = true;
            }
            for (qsizetype i = 0; i < sorted.size(); ++i) {
                if (infrequent[static_cast<std::size_t>(i)])
                    e.infrequent << sorted[i];
                else
                    e.categories << sorted[i];
            }
            if (hasMissing) {
                if (infrequent.back())
                    e.infrequentMissing = true;
                else
                    e.missing = true;
            }
            QStringList outputs = e.outputNames();
            e.dropFirst = drop == QLatin1String("first")
                || (drop == QLatin1String("if_binary") && outputs.size() == 2);
            outputs = e.outputNames();
            for (const QString& o : outputs) {
                const Column* clash = train.find(o);
                if (clash && clash->name() != name)
                    return fail(tr("the output column '%1' already exists.").arg(o));
            }
            if (outputs.size() > 100) {
                status.addWarning(warning(QStringLiteral("high_cardinality"),
                    tr("'%1' becomes %n columns; consider max_categories or another encoding.", nullptr,
                        static_cast<int>(outputs.size()))
                        .arg(name)));
            }
            m_encodings.push_back(std::move(e));
        }
        return status;
    }

    Result<Table> doTransform(const Table& input, JobControl* job) const override
    {
        Table out = input;
        for (const Encoding& e : m_encodings) {
            if (isCancelled(job))
                return Result<Table>::cancelledResult();
            QString error;
            bool skip = false;
            const int idx = requireColumnIndex(out, e.column, &e.type, &error, &skip);
            if (skip)
                continue;
            if (idx < 0)
                return Result<Table>::failure(error);
            const Column src = out.column(static_cast<std::size_t>(idx));
            // Output slot of every known key; -1 = unknown (all zeros).
            QHash<QString, int> slot;
            int next = 0;
            for (const QString& c : e.categories)
                slot.insert(c, next++);
            const int missingSlot = e.missing ? next++ : -1;
            const int otherSlot = (!e.infrequent.isEmpty() || e.infrequentMissing) ? next++ : -1;
            for (const QString& c : e.infrequent)
                slot.insert(c, otherSlot);
            const int outputs = next;
            const int first = e.dropFirst ? 1 : 0;
            const QStringList names = e.outputNames();
            std::vector<std::vector<double>> columns(
                static_cast<std::size_t>(outputs - first), std::vector<double>(src.size(), 0.0));
            // Categorical codes map through the dictionary once instead of per row.
            std::vector<int> codeSlot;
            if (src.type() == ColumnType::Categorical) {
                for (const QString& d : src.dictionary())
                    codeSlot.push_back(slot.value(d, -1));
            }
            for (std::size_t r = 0; r < src.size(); ++r) {
                int s;
                if (src.isMissing(r))
                    s = e.missing ? missingSlot : (e.infrequentMissing ? otherSlot : -1);
                else if (src.type() == ColumnType::Categorical)
                    s = codeSlot[static_cast<std::size_t>(src.codes()[r])];
                else
                    s = slot.value(src.displayAt(r), -1);
                if (s >= first)
                    columns[static_cast<std::size_t>(s - first)][r] = 1.0;
            }
            out.removeColumn(static_cast<std::size_t>(idx));
            for (int o = 0; o < outputs - first; ++o) {
                Column c = Column::numeric(names[o], std::move(columns[static_cast<std::size_t>(o)]));
                c.setRole(src.role());
                out.insertColumn(static_cast<std::size_t>(idx + o), std::move(c));
            }
        }
        return out;
    }

    QJsonObject saveState() const override
    {
        QJsonObject encodings;
        QStringList order;
        for (const Encoding& e : m_encodings) {
            order << e.column;
            QJsonObject o { { QStringLiteral("type"), columnTypeName(e.type) },
                { QStringLiteral("categories"), strings(e.categories) },
                { QStringLiteral("missing"), e.missing },
                { QStringLiteral("infrequent"), strings(e.infrequent) },
                { QStringLiteral("infrequent_missing"), e.infrequentMissing },
                { QStringLiteral("drop_first"), e.dropFirst } };
            encodings.insert(e.column, o);
        }
        return { { QStringLiteral("columns"), strings(order) }, { QStringLiteral("encodings"), encodings } };
    }

    Status loadState(const QJsonObject& state) override
    {
        if (!state.value(QStringLiteral("columns")).isArray())
            return fail(tr("the fitted column list is missing."));
        const QStringList order = toStrings(state.value(QStringLiteral("columns")).toArray());
        const QJsonObject encodings = state.value(QStringLiteral("encodings")).toObject();
        m_encodings.clear();
        for (const QString& name : order) {
            const QJsonObject o = encodings.value(name).toObject();
            Encoding e;
            e.column = name;
            if (!columnTypeFromName(o.value(QStringLiteral("type")).toString(), &e.type)
                || !o.value(QStringLiteral("categories")).isArray())
                return fail(tr("the categories of '%1' are missing.").arg(name));
            e.categories = toStrings(o.value(QStringLiteral("categories")).toArray());
            e.missing = o.value(QStringLiteral("missing")).toBool();
            e.infrequent = toStrings(o.value(QStringLiteral("infrequent")).toArray());
            e.infrequentMissing = o.value(QStringLiteral("infrequent_missing")).toBool();
            e.dropFirst = o.value(QStringLiteral("drop_first")).toBool();
            m_encodings.push_back(std::move(e));
        }
        return Unit {};
    }

private:
    std::vector<Encoding> m_encodings;
};

} // namespace

void registerOneHotStep(StepRegistry& registry)
{
    registry.add(
        { QStringLiteral("onehot"), QStringLiteral("encode"), [] { return OneHotStep::tr("One-hot encode"); },
            [] {
                return OneHotStep::tr("Turns each category into a 0/1 column, with the categories of the "
                                      "training rows; categories not seen in training give all zeros.");
            },
            makeStep<OneHotStep> });
}

} // namespace pp
