#include "stats/missingness.h"

#include "stats/parallel.h"

#include <QCoreApplication>

#include <algorithm>
#include <bitset>
#include <cmath>

namespace pp {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pp::missingness)
};

using Word = std::uint64_t;

int popcount(Word w) { return static_cast<int>(std::bitset<64>(w).count()); }

/// Bits of rows [0, n) of one 64-row word that exist (the last word may be partial).
Word validBits(std::size_t word, std::size_t n)
{
    const std::size_t left = n - word * 64;
    return left >= 64 ? ~Word(0) : (Word(1) << left) - 1;
}

/// Packs "row is missing" of rows [0, n) into words, bit j of word w = row 64w + j. One
/// typed loop per column type: Column::isMissing() switches on the type for every cell.
template <class IsMissing>
void packBits(std::size_t n, Word* words, IsMissing isMissing)
{
    for (std::size_t w = 0; w * 64 < n; ++w) {
        const std::size_t begin = w * 64;
        const std::size_t end = std::min(n, begin + 64);
        Word bits = 0;
        for (std::size_t r = begin; r < end; ++r)
            bits |= Word(isMissing(r) ? 1 : 0) << (r - begin);
        words[w] = bits;
    }
}

void missingBits(const Column& c, Word* words)
{
    const std::size_t n = c.size();
    switch (c.type()) {
    case ColumnType::Numeric: {
        const double* v = c.numbers().data();
        packBits(n, words, [v](std::size_t r) { return v[r] != v[r]; });
        break;
    }
    case ColumnType::Categorical: {
        const std::int32_t* v = c.codes().data();
        packBits(n, words, [v](std::size_t r) { return v[r] < 0; });
        break;
    }
    case ColumnType::Boolean: {
        const std::int8_t* v = c.bools().data();
        packBits(n, words, [v](std::size_t r) { return v[r] < 0; });
        break;
    }
    case ColumnType::DateTime: {
        const std::int64_t* v = c.times().data();
        packBits(n, words, [v](std::size_t r) { return v[r] == kMissingTime; });
        break;
    }
    case ColumnType::Text:
        packBits(n, words, [&c](std::size_t r) { return c.text().isMissing(r); });
        break;
    }
}

/// Set bits among rows [begin, end).
qint64 countBits(const Word* words, std::size_t begin, std::size_t end)
{
    if (begin >= end)
        return 0;
    const std::size_t first = begin / 64;
    const std::size_t last = (end - 1) / 64;
    const Word headMask = ~Word(0) << (begin % 64);
    const Word tailMask = (end % 64) ? (Word(1) << (end % 64)) - 1 : ~Word(0);
    if (first == last)
        return popcount(words[first] & headMask & tailMask);
    qint64 count = popcount(words[first] & headMask) + popcount(words[last] & tailMask);
    for (std::size_t w = first + 1; w < last; ++w)
        count += popcount(words[w]);
    return count;
}

} // namespace

Result<MissingnessReport> analyzeMissingness(const Table& table, const MissingnessOptions& options,
                                             JobControl* job)
{
    using R = Result<MissingnessReport>;
    MissingnessReport report;
    const std::size_t n = table.rowCount();
    const std::size_t p = table.columnCount();
    const std::size_t words = (n + 63) / 64;
    report.rows = static_cast<qint64>(n);
    reportProgress(job, 0.0, Tr::tr("Counting missing values"));
    try {
        std::vector<Word> bits(words * p);
        const auto column = [&](std::size_t c) { return bits.data() + c * words; };
        const bool packed = parallelFor(p, options.threads, job, [&](std::size_t c) {
            missingBits(table.column(c), column(c));
        });
        if (isCancelled(job))
            return R::cancelledResult();
        if (!packed)
            return R::failure(Tr::tr("Not enough memory to analyse missing values."));
        reportProgress(job, 0.4);

        std::vector<qint64> missing(p, 0);
        for (std::size_t c = 0; c < p; ++c)
            missing[c] = countBits(column(c), 0, n);
        for (std::size_t c = 0; c < p; ++c) {
            report.columns.push_back({static_cast<int>(c), table.column(c).name(), missing[c],
                                      n ? 100.0 * static_cast<double>(missing[c]) / static_cast<double>(n) : 0.0});
        }
        std::stable_sort(report.columns.begin(), report.columns.end(),
                         [](const ColumnMissingness& a, const ColumnMissingness& b) { return a.missing > b.missing; });

        // Bins, and per row how many cells are missing: counted 64 rows at a time from
        // the set bits only, so a mostly complete table costs one pass over the words.
        const std::size_t bins = std::min<std::size_t>(static_cast<std::size_t>(std::max(options.bins, 1)), n);
        report.bins = static_cast<int>(bins);
        for (std::size_t b = 0; b <= bins; ++b)
            report.binStart.push_back(static_cast<qint64>(bins ? b * (n / bins) + std::min(b, n % bins) : 0));
        report.binMissingShare.assign(bins * p, 0.0);
        report.binCompleteness.assign(bins, 0.0);
        report.binMinPresent.assign(bins, static_cast<int>(p));
        report.binMaxPresent.assign(bins, 0);
        std::size_t bin = 0;
        int perRow[64];
        for (std::size_t w = 0; w < words; ++w) {
            const Word valid = validBits(w, n);
            Word any = 0;
            Word all = valid;
            std::fill(std::begin(perRow), std::end(perRow), 0);
            for (std::size_t c = 0; c < p; ++c) {
                const Word m = column(c)[w];
                any |= m;
                all &= m;
                for (Word rest = m; rest; rest &= rest - 1)
                    ++perRow[popcount((rest & (0 - rest)) - 1)];
            }
            report.rowsWithAnyMissing += popcount(any & valid);
            report.rowsWithAllMissing += p ? popcount(all & valid) : 0;
            for (std::size_t j = 0; j < 64 && w * 64 + j < n; ++j) {
                const std::size_t row = w * 64 + j;
                while (row >= static_cast<std::size_t>(report.binStart[bin + 1]))
                    ++bin;
                const int present = static_cast<int>(p) - perRow[j];
                report.binMinPresent[bin] = std::min(report.binMinPresent[bin], present);
                report.binMaxPresent[bin] = std::max(report.binMaxPresent[bin], present);
            }
        }
        report.completeRows = report.rows - report.rowsWithAnyMissing;
        for (std::size_t b = 0; b < bins; ++b) {
            const auto begin = static_cast<std::size_t>(report.binStart[b]);
            const auto end = static_cast<std::size_t>(report.binStart[b + 1]);
            const double size = static_cast<double>(end - begin);
            qint64 missingInBin = 0;
            for (std::size_t c = 0; c < p; ++c) {
                const qint64 m = countBits(column(c), begin, end);
                missingInBin += m;
                report.binMissingShare[b * p + c] = static_cast<double>(m) / size;
            }
            report.binCompleteness[b] = p ? 1.0 - static_cast<double>(missingInBin) / (size * static_cast<double>(p)) : 1.0;
        }
        reportProgress(job, 0.6);

        for (std::size_t c = 0; c < p; ++c)
            if (missing[c] > 0 && missing[c] < static_cast<qint64>(n))
                report.nullityColumns.push_back(static_cast<int>(c));
        const std::size_t k = report.nullityColumns.size();
        report.nullityCorrelation.assign(k * k, 1.0);
        const std::size_t pairs = k * (k - (k ? 1 : 0)) / 2;
        std::vector<std::pair<std::size_t, std::size_t>> pairList;
        pairList.reserve(pairs);
        for (std::size_t i = 0; i < k; ++i)
            for (std::size_t j = i + 1; j < k; ++j)
                pairList.push_back({i, j});
        const double nd = static_cast<double>(n);
        const bool correlated = parallelFor(pairList.size(), options.threads, job, [&](std::size_t t) {
            const auto [i, j] = pairList[t];
            const auto ci = static_cast<std::size_t>(report.nullityColumns[i]);
            const auto cj = static_cast<std::size_t>(report.nullityColumns[j]);
            const Word* a = column(ci);
            const Word* b = column(cj);
            qint64 both = 0;
            for (std::size_t w = 0; w < words; ++w)
                both += popcount(a[w] & b[w]);
            // Pearson r of two 0/1 indicators from counts alone: (n·m_ab − m_a·m_b) /
            // sqrt(m_a (n − m_a) m_b (n − m_b)).
            const double ma = static_cast<double>(missing[ci]);
            const double mb = static_cast<double>(missing[cj]);
            const double r = (nd * static_cast<double>(both) - ma * mb) / std::sqrt(ma * (nd - ma) * mb * (nd - mb));
            report.nullityCorrelation[i * k + j] = report.nullityCorrelation[j * k + i] = std::clamp(r, -1.0, 1.0);
        });
        if (isCancelled(job))
            return R::cancelledResult();
        if (!correlated)
            return R::failure(Tr::tr("Not enough memory to analyse missing values."));
    } catch (const std::bad_alloc&) {
        return R::failure(Tr::tr("Not enough memory to analyse missing values."));
    }
    reportProgress(job, 1.0);
    return report;
}

} // namespace pp
