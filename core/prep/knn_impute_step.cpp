// knn_impute: scikit-learn's KNNImputer (nan_euclidean distance, uniform weights), with an
// optional standardisation of the distance features by the training means and standard
// deviations (KNNImputer itself does not scale, so scale=false reproduces it exactly).
#include "prep/basic_step.h"
#include "prep/builtin_steps.h"
#include "prep/prep_math.h"
#include "prep/split.h"
#include "stats/parallel.h"

#include <QCoreApplication>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <limits>
#include <numeric>

namespace pp {

namespace {

using namespace prepjson;

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kInf = std::numeric_limits<double>::infinity();

class KnnImputeStep : public BasicStep
{
    Q_DECLARE_TR_FUNCTIONS(pp::KnnImputeStep)
public:
    QString kind() const override { return QStringLiteral("knn_impute"); }

    QString describe() const override
    {
        const QStringList cols = isFitted() ? m_columns : listParam(QStringLiteral("columns"));
        QString s = tr(
            "Impute %1 from the %n nearest training rows", nullptr, intParam(QStringLiteral("n_neighbors")))
                        .arg(cols.isEmpty() ? tr("numeric columns") : describeColumns(cols));
        if (boolParam(QStringLiteral("scale")))
            s += QLatin1Char(' ') + tr("(distances on standardised values)");
        if (isFitted())
            s += QLatin1Char(' ') + tr("— %n donor row(s)", nullptr, static_cast<int>(donorCount()));
        return s;
    }

protected:
    std::vector<ParamSpec> specs() const override
    {
        ParamSpec maxDonors
            = prepspec::integer(QStringLiteral("max_donors"), 10000, 0, 100000000, tr("Most donor rows"),
                tr("Training rows kept as neighbours (a seeded sample when there are more); 0 = all. The "
                   "saved model "
                   "holds these rows, and imputing is slower with more."));
        maxDonors.advanced = true;
        return { prepspec::columns(QStringLiteral("columns"), tr("Columns"),
                     tr("Numeric columns used for the distance and imputed; none chosen = every "
                        "numeric feature column."),
                     { ColumnType::Numeric }),
            prepspec::integer(QStringLiteral("n_neighbors"), 5, 1, 1000, tr("Neighbours"),
                tr("How many of the nearest training rows are averaged.")),
            prepspec::boolean(QStringLiteral("scale"), true, tr("Standardise for distances"),
                tr("Measure distances on values standardised with the training means and standard "
                   "deviations, so that a column in large units does not dominate. Filled values "
                   "stay in the original units. Off = exactly scikit-learn's KNNImputer.")),
            maxDonors };
    }

    Status doFit(const Table& train, const FitInfo& info, JobControl* job) override
    {
        auto cols
            = resolveColumns(train, listParam(QStringLiteral("columns")), info, { ColumnType::Numeric });
        if (!cols.ok())
            return Status::failure(cols.error());
        m_columns = cols.value();
        const std::size_t p = static_cast<std::size_t>(m_columns.size());
        const std::size_t n = train.rowCount();
        std::vector<std::size_t> rows(n);
        std::iota(rows.begin(), rows.end(), std::size_t(0));
        const auto maxDonors = static_cast<std::size_t>(intParam(QStringLiteral("max_donors")));
        if (maxDonors > 0 && n > maxDonors) {
            SplitMix64 rng(info.seed ^ 0x6b6e6e5f696d7075ULL);
            shuffleIndices(rows, rng);
            rows.resize(maxDonors);
            std::sort(rows.begin(), rows.end());
        }
        m_donors.assign(rows.size() * p, kNaN);
        m_means.assign(p, 0.0);
        m_stds.assign(p, 1.0);
        m_colMeans.assign(p, kNaN);
        Status status = Unit {};
        for (std::size_t j = 0; j < p; ++j) {
            if (isCancelled(job))
                return Status::cancelledResult();
            const Column& c = *train.find(m_columns[static_cast<qsizetype>(j)]);
            const std::vector<double> all = prepmath::observed(c);
            if (!all.empty()) {
                m_means[j] = prepmath::mean(all);
                const double sd = std::sqrt(prepmath::variance(all));
                m_stds[j] = sd > 0.0 && std::isfinite(sd) ? sd : 1.0;
            } else {
                status.addWarning(warning(QStringLiteral("all_missing"),
                    tr("'%1' has no values in the training rows; it stays missing.")
                        .arg(m_columns[static_cast<qsizetype>(j)])));
            }
            std::vector<double> donorValues;
            for (std::size_t d = 0; d < rows.size(); ++d) {
                const double v = c.numbers()[rows[d]];
                m_donors[d * p + j] = v;
                if (!std::isnan(v))
                    donorValues.push_back(v);
            }
            m_colMeans[j] = prepmath::mean(donorValues);
        }
        return status;
    }

    Result<Table> doTransform(const Table& input, JobControl* job) const override
    {
        const std::size_t p = static_cast<std::size_t>(m_columns.size());
        const std::size_t n = input.rowCount();
        const std::size_t donors = donorCount();
        const bool scale = boolParam(QStringLiteral("scale"));
        const auto k = static_cast<std::size_t>(intParam(QStringLiteral("n_neighbors")));
        Table out = input;
        const ColumnType numeric = ColumnType::Numeric;
        std::vector<std::vector<double>*> cols(p, nullptr);
        for (std::size_t j = 0; j < p; ++j) {
            QString error;
            const int idx = requireColumnIndex(out, m_columns[static_cast<qsizetype>(j)], &numeric, &error);
            if (idx < 0)
                return Result<Table>::failure(error);
            cols[j] = &out.column(static_cast<std::size_t>(idx)).numbers();
        }
        // Donor rows as the distance sees them (standardised or not); values come from m_donors.
        std::vector<double> donorFeatures = m_donors;
        if (scale)
            for (std::size_t d = 0; d < donors; ++d)
                for (std::size_t j = 0; j < p; ++j)
                    donorFeatures[d * p + j] = (donorFeatures[d * p + j] - m_means[j]) / m_stds[j];

        // Rows are independent: blocks of rows spread over the cores, each worker with its own
        // buffers. The result does not depend on the thread count.
        struct Scratch
        {
            std::vector<double> row, original, dist, values;
            std::vector<std::pair<double, std::size_t>> candidates;
        };
        constexpr std::size_t kBlock = 256;
        const std::size_t blocks = (n + kBlock - 1) / kBlock;
        std::vector<Scratch> scratch(threadCount(0, blocks));
        std::atomic<std::size_t> blocksDone{0};
        const bool finished = parallelFor(blocks, 0, job, [&](std::size_t b, unsigned worker) {
            Scratch& s = scratch[worker];
            s.row.resize(p);
            s.original.resize(p);
            s.dist.resize(donors);
            for (std::size_t r = b * kBlock; r < std::min(n, (b + 1) * kBlock); ++r)
                imputeRow(r, cols, donorFeatures, scale, k, s.row, s.original, s.dist, s.candidates, s.values);
            reportProgress(job, static_cast<double>(++blocksDone) / static_cast<double>(blocks));
        });
        if (isCancelled(job))
            return Result<Table>::cancelledResult();
        if (!finished)
            return failTable(tr("not enough memory to impute the missing values."));
        reportProgress(job, 1.0);
        return out;
    }

    QJsonObject saveState() const override
    {
        const std::size_t p = static_cast<std::size_t>(m_columns.size());
        QJsonArray donors;
        for (std::size_t d = 0; d < donorCount(); ++d)
            donors.append(numbers(std::vector<double>(m_donors.begin() + static_cast<std::ptrdiff_t>(d * p),
                m_donors.begin() + static_cast<std::ptrdiff_t>((d + 1) * p))));
        return { { QStringLiteral("columns"), strings(m_columns) },
            { QStringLiteral("means"), numbers(m_means) }, { QStringLiteral("stds"), numbers(m_stds) },
            { QStringLiteral("column_means"), numbers(m_colMeans) }, { QStringLiteral("donors"), donors } };
    }

    Status loadState(const QJsonObject& state) override
    {
        if (!state.value(QStringLiteral("columns")).isArray())
            return fail(tr("the fitted column list is missing."));
        m_columns = toStrings(state.value(QStringLiteral("columns")).toArray());
        const std::size_t p = static_cast<std::size_t>(m_columns.size());
        m_means = toNumbers(state.value(QStringLiteral("means")).toArray());
        m_stds = toNumbers(state.value(QStringLiteral("stds")).toArray());
        m_colMeans = toNumbers(state.value(QStringLiteral("column_means")).toArray());
        if (m_means.size() != p || m_stds.size() != p || m_colMeans.size() != p)
            return fail(tr("the fitted means and deviations do not match the columns."));
        m_donors.clear();
        for (const auto& d : state.value(QStringLiteral("donors")).toArray()) {
            const std::vector<double> row = toNumbers(d.toArray());
            if (row.size() != p)
                return fail(tr("a donor row does not match the columns."));
            m_donors.insert(m_donors.end(), row.begin(), row.end());
        }
        return Unit {};
    }

private:
    /// Fills the missing cells of row r from its k nearest donors (buffers are the caller's).
    void imputeRow(std::size_t r, const std::vector<std::vector<double>*>& cols, const std::vector<double>& donorFeatures,
        bool scale, std::size_t k, std::vector<double>& row, std::vector<double>& original, std::vector<double>& dist,
        std::vector<std::pair<double, std::size_t>>& candidates, std::vector<double>& values) const
    {
        const std::size_t p = cols.size();
        const std::size_t donors = dist.size();
        bool anyMissing = false;
        for (std::size_t j = 0; j < p; ++j) {
            original[j] = (*cols[j])[r];
            anyMissing = anyMissing || std::isnan(original[j]);
            row[j] = scale ? (original[j] - m_means[j]) / m_stds[j] : original[j];
        }
        if (!anyMissing)
            return;
        // nan_euclidean: squared distance over the coordinates present in both rows,
        // scaled by (all coordinates / present ones); NaN when none are shared. Only the
        // order matters here, so the square root is not taken.
        for (std::size_t d = 0; d < donors; ++d) {
            const double* y = &donorFeatures[d * p];
            double sq = 0.0;
            std::size_t present = 0;
            for (std::size_t j = 0; j < p; ++j) {
                if (std::isnan(row[j]) || std::isnan(y[j]))
                    continue;
                const double diff = row[j] - y[j];
                sq += diff * diff;
                ++present;
            }
            dist[d] = present == 0 ? kNaN : sq * static_cast<double>(p) / static_cast<double>(present);
        }
        for (std::size_t j = 0; j < p; ++j) {
            if (!std::isnan(original[j]))
                continue;
            candidates.clear();
            bool anyFinite = false;
            for (std::size_t d = 0; d < donors; ++d) {
                if (std::isnan(m_donors[d * p + j]))
                    continue;
                // numpy's argpartition puts NaN distances last: treat them as infinitely far.
                const double dd = std::isnan(dist[d]) ? kInf : dist[d];
                anyFinite = anyFinite || !std::isnan(dist[d]);
                candidates.emplace_back(dd, d);
            }
            if (candidates.empty())
                continue; // no training value at all: stays missing
            if (!anyFinite) {
                (*cols[j])[r] = m_colMeans[j];
                continue;
            }
            const std::size_t take = std::min(k, candidates.size());
            std::nth_element(candidates.begin(), candidates.begin() + static_cast<std::ptrdiff_t>(take - 1),
                candidates.end());
            values.clear();
            for (std::size_t t = 0; t < take; ++t)
                values.push_back(m_donors[candidates[t].second * p + j]);
            (*cols[j])[r] = prepmath::mean(values);
        }
    }

    std::size_t donorCount() const
    {
        return m_columns.isEmpty() ? 0 : m_donors.size() / static_cast<std::size_t>(m_columns.size());
    }

    QStringList m_columns;
    std::vector<double> m_donors; ///< donor rows × columns, original units, NaN = missing
    std::vector<double> m_means; ///< training means (for standardising distances)
    std::vector<double> m_stds; ///< training population std (0 -> 1)
    std::vector<double> m_colMeans; ///< donor column means: the fill when no donor shares a value
};

} // namespace

void registerKnnImputeStep(StepRegistry& registry)
{
    registry.add({ QStringLiteral("knn_impute"), QStringLiteral("missing"),
        [] { return KnnImputeStep::tr("Impute from nearest neighbours"); },
        [] {
            return KnnImputeStep::tr("Fills a missing value with the average of the most similar training "
                                     "rows (k nearest neighbours).");
        },
        makeStep<KnnImputeStep> });
}

} // namespace pp
