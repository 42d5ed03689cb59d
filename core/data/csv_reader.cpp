// Delimited-text import: encoding detection, dialect sniffing, header detection, type
// inference on a sample, then a parallel parse of the whole file straight into typed
// columns. See csv_tokenizer.h for the record grammar.
#include "data/block_vector.h"
#include "data/cell_table_builder.h"
#include "data/column_builder.h"
#include "data/csv_tokenizer.h"
#include "data/encoding.h"
#include "data/fast_number.h"
#include "data/importer.h"
#include "data/mapped_file.h"
#include "data/string_dict.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSet>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <limits>
#include <map>
#include <thread>

namespace pp {

namespace {

using detail::CsvTokenizer;
using detail::StringDict;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pp::CsvReader)
};

constexpr int kSampleRecords = 1000;
constexpr std::size_t kMaxRaggedWarnings = 100;
constexpr std::size_t kParallelThreshold = 1u << 20;  // below 1 MiB one thread is faster
constexpr double kParseShare = 0.9;                    // progress: parsing vs assembling

inline std::string_view sv(const CsvTokenizer::Field& f) { return std::string_view(f.data, f.size); }
inline QString qs(std::string_view v) { return QString::fromUtf8(v.data(), static_cast<qsizetype>(v.size())); }

struct Dialect
{
    char delimiter = ',';
    char quote = '"';
    bool header = true;
    bool decimalComma = false;
};

// ---------------------------------------------------------------------------------------------
// Dialect sniffing

struct DelimiterScore
{
    char delimiter;
    double consistency;  // share of records with the modal field count
    int fields;          // the modal field count
    std::vector<std::vector<std::string>> records;
};

DelimiterScore scoreDelimiter(const char* data, std::size_t size, char delimiter, char quote)
{
    DelimiterScore s{delimiter, 0.0, 0, {}};
    CsvTokenizer tok(data, data + size, delimiter, quote);
    std::vector<CsvTokenizer::Field> fields;
    std::map<int, int> counts;
    int total = 0;
    while (total < 60) {
        const auto st = tok.next(fields);
        if (st != CsvTokenizer::Status::Record)
            break;
        ++counts[static_cast<int>(fields.size())];
        ++total;
        if (s.records.size() < 30) {
            std::vector<std::string> rec;
            for (const auto& f : fields)
                rec.emplace_back(f.data, f.size);
            s.records.push_back(std::move(rec));
        }
    }
    if (total == 0)
        return s;
    int modeCount = 0;
    for (const auto& [n, c] : counts) {
        if (c > modeCount || (c == modeCount && n > s.fields)) {
            modeCount = c;
            s.fields = n;
        }
    }
    s.consistency = static_cast<double>(modeCount) / total;
    return s;
}

// Do fields like "1,50" occur? Numbers with one comma and other than 3 digits after it
// can't be thousands groups ("1,234"), so they mean a decimal comma.
bool looksLikeDecimalComma(const std::vector<std::vector<std::string>>& records)
{
    int decimals = 0;
    for (const auto& rec : records) {
        for (const auto& f : rec) {
            const auto comma = f.find(',');
            if (comma == std::string::npos || comma == 0 || comma + 1 >= f.size())
                continue;
            if (f.find(',', comma + 1) != std::string::npos)
                return false;  // "1,234,567": thousands groups
            bool digits = true;
            for (std::size_t i = 0; i < f.size() && digits; ++i)
                digits = (f[i] >= '0' && f[i] <= '9') || i == comma || (i == 0 && f[i] == '-');
            if (digits && f.size() - comma - 1 != 3)
                ++decimals;
        }
    }
    return decimals >= 2;
}

// Chooses the delimiter with the most consistent field count over the first records.
Dialect sniffDialect(const char* data, std::size_t size, const ImportOptions& options)
{
    Dialect d;
    d.quote = options.quote;
    d.decimalComma = options.decimalComma;
    std::size_t n = std::min<std::size_t>(size, 64 * 1024);
    if (n < size) {
        // Cut at a line break so the last sampled record is complete.
        while (n > 0 && data[n - 1] != '\n' && data[n - 1] != '\r')
            --n;
        if (n == 0)
            n = std::min<std::size_t>(size, 64 * 1024);
    }
    if (options.delimiter != 0) {
        d.delimiter = options.delimiter;
        return d;
    }
    const char candidates[] = {',', '\t', ';', '|'};
    std::vector<DelimiterScore> scores;
    for (char c : candidates) {
        if (c == ',' && options.decimalComma)
            continue;
        scores.push_back(scoreDelimiter(data, n, c, options.quote));
    }
    const DelimiterScore* best = nullptr;
    for (const auto& s : scores) {
        if (s.fields <= 1)
            continue;
        if (!best || s.consistency > best->consistency + 1e-9
            || (std::fabs(s.consistency - best->consistency) <= 1e-9 && s.fields > best->fields))
            best = &s;
    }
    if (!best)
        return d;  // one column: the delimiter never occurs
    d.delimiter = best->delimiter;
    // "1,5;2,3": ',' may split consistently too, but the commas sit inside numbers.
    if (!options.decimalComma) {
        for (const auto& s : scores) {
            if (s.delimiter == ';' && s.fields > 1 && s.consistency >= best->consistency - 1e-9
                && looksLikeDecimalComma(s.records)) {
                d.delimiter = ';';
                d.decimalComma = true;
            } else if (s.delimiter == d.delimiter && d.delimiter != ',' && looksLikeDecimalComma(s.records)) {
                d.decimalComma = true;
            }
        }
    }
    return d;
}

// ---------------------------------------------------------------------------------------------
// Type plan

enum class Plan : std::uint8_t { Numeric, String };

struct ColumnPlan
{
    Plan plan = Plan::String;
    std::optional<ColumnType> forced;
};

class NumberParser
{
public:
    explicit NumberParser(const InferenceRules& rules)
        : m_rules(rules), m_fast(!rules.decimalComma && !rules.thousandsSeparator)
    {
    }
    bool operator()(std::string_view v, double* out) const
    {
        if (m_fast)
            return detail::parseDecimal(v.data(), v.data() + v.size(), out);
        return m_rules.parseNumber(v, out);
    }

private:
    const InferenceRules& m_rules;
    bool m_fast;
};

bool looksNumericOrDate(std::string_view v, const NumberParser& number)
{
    double d;
    std::int64_t t;
    int layout = -1;
    return number(v, &d) || parseDateTime(v, &layout, &t);
}

// Header if some column reads as numbers/dates below the first row but not in it.
bool detectHeader(const std::vector<std::vector<std::string>>& records, const InferenceRules& rules)
{
    if (records.size() < 2)
        return true;
    const NumberParser number(rules);
    const auto& first = records.front();
    int yes = 0, no = 0;
    for (std::size_t j = 0; j < first.size(); ++j) {
        int typed = 0, values = 0;
        for (std::size_t r = 1; r < records.size(); ++r) {
            if (j >= records[r].size() || rules.isNa(records[r][j]))
                continue;
            ++values;
            typed += looksNumericOrDate(records[r][j], number) ? 1 : 0;
        }
        if (values == 0 || typed * 10 < values * 9)
            continue;  // a text column says nothing
        const std::string& h = first[j];
        if (rules.isNa(h))
            continue;
        if (looksNumericOrDate(h, number))
            ++no;
        else
            ++yes;
    }
    if (yes > 0)
        return true;
    if (no > 0)
        return false;
    return true;  // all text: a header is far more common than none
}

// ---------------------------------------------------------------------------------------------
// Chunk parsing

struct ChunkColumn
{
    detail::BlockVector<double> numbers;
    detail::BlockVector<std::int32_t> codes;  // local dictionary codes, -1 = missing
    StringDict dict;
    std::vector<std::uint8_t> entryIsNa;
    qint64 failures = 0;
    qint64 failLine = 0;
    std::string failValue;
};

struct Chunk
{
    std::size_t begin = 0;
    std::size_t limit = 0;
    std::size_t end = 0;        // where parsing actually stopped
    qint64 lines = 0;           // line breaks passed
    qint64 baseLine = 0;        // absolute line of `begin`
    qint64 rows = 0;
    qint64 skipped = 0;
    qint64 ragged = 0;
    std::vector<Warning> warnings;  // lines relative to baseLine
    bool failed = false;
    bool invalidUtf8 = false;
    ErrorInfo error;                // line relative to baseLine
    std::vector<ChunkColumn> columns;
};

struct ParseContext
{
    const char* data = nullptr;
    std::size_t size = 0;
    Dialect dialect;
    InferenceRules rules;
    std::vector<ColumnPlan> plans;
    RaggedPolicy ragged = RaggedPolicy::Pad;
    qint64 maxRows = -1;
    JobControl* job = nullptr;
    const detail::MappedFile* file = nullptr;
    std::size_t dataStart = 0;
    std::atomic<std::size_t> bytesDone{0};
    bool checkUtf8 = false;  // encoding detection saw only a prefix: validate the rest while parsing
};

// Validates [from, to) as UTF-8 while it is hot in cache; a sequence cut at either end of
// the range is accepted (its other part is checked with the neighbouring range).
bool validUtf8Range(const char* data, std::size_t from, std::size_t to)
{
    while (from < to && (static_cast<unsigned char>(data[from]) & 0xC0) == 0x80)
        ++from;
    return isValidUtf8(data + from, to - from, true);
}

void reportChunkProgress(ParseContext& ctx, std::size_t advanced)
{
    const std::size_t done = ctx.bytesDone.fetch_add(advanced) + advanced;
    const std::size_t total = std::max<std::size_t>(1, ctx.size - ctx.dataStart);
    reportProgress(ctx.job, kParseShare * static_cast<double>(done) / static_cast<double>(total));
}

void parseChunk(ParseContext& ctx, Chunk& chunk)
{
    const std::size_t ncols = ctx.plans.size();
    chunk.columns.resize(ncols);
    const NumberParser number(ctx.rules);
    const double nan = std::numeric_limits<double>::quiet_NaN();

    CsvTokenizer tok(ctx.data + chunk.begin, ctx.data + ctx.size, ctx.dialect.delimiter, ctx.dialect.quote);
    tok.setLimit(ctx.data + chunk.limit);
    tok.setFirstLine(0);
    std::vector<CsvTokenizer::Field> fields;
    fields.reserve(ncols + 4);
    std::size_t lastReport = chunk.begin;
    std::size_t lastRelease = chunk.begin;

    while (true) {
        const auto status = tok.next(fields);
        if (status == CsvTokenizer::Status::End)
            break;
        if (status == CsvTokenizer::Status::UnterminatedQuote) {
            chunk.failed = true;
            chunk.error.line = tok.quoteLine();
            chunk.error.column = tok.quoteField();
            chunk.error.message = Tr::tr("A quoted field starts here but its closing quote is missing.");
            break;
        }
        const std::size_t nf = fields.size();
        if (nf != ncols) {
            const qint64 line = tok.recordLine();
            if (ctx.ragged == RaggedPolicy::Fail) {
                chunk.failed = true;
                chunk.error.line = line;
                chunk.error.column = static_cast<int>(std::min(nf, ncols) + 1);
                chunk.error.message = Tr::tr("This row has %1 fields but the header has %2.").arg(nf).arg(ncols);
                break;
            }
            ++chunk.ragged;
            if (chunk.warnings.size() < kMaxRaggedWarnings) {
                const QString detail = ctx.ragged == RaggedPolicy::Skip
                    ? Tr::tr("%1 fields instead of %2; row skipped.").arg(nf).arg(ncols)
                    : (nf < ncols ? Tr::tr("%1 fields instead of %2; missing fields left empty.").arg(nf).arg(ncols)
                                  : Tr::tr("%1 fields instead of %2; extra fields dropped.").arg(nf).arg(ncols));
                chunk.warnings.push_back({QStringLiteral("ragged_row"), line,
                                          static_cast<int>(std::min(nf, ncols) + 1), detail});
            }
            if (ctx.ragged == RaggedPolicy::Skip) {
                ++chunk.skipped;
                continue;
            }
        }
        for (std::size_t j = 0; j < ncols; ++j) {
            ChunkColumn& col = chunk.columns[j];
            if (ctx.plans[j].plan == Plan::Numeric) {
                double v = nan;
                if (j < nf && fields[j].size > 0) {
                    const std::string_view s = sv(fields[j]);
                    if (!number(s, &v)) {
                        v = nan;
                        if (!ctx.rules.isNa(s)) {
                            if (col.failures++ == 0) {
                                col.failLine = tok.recordLine();
                                col.failValue.assign(s.data(), std::min<std::size_t>(s.size(), 60));
                            }
                        }
                    }
                }
                col.numbers.push_back(v);
            } else {
                if (j >= nf || fields[j].size == 0) {
                    col.codes.push_back(kMissingCode);
                    continue;
                }
                bool inserted = false;
                const std::int32_t code = col.dict.findOrInsert(sv(fields[j]), &inserted);
                if (inserted)
                    col.entryIsNa.push_back(ctx.rules.isNa(sv(fields[j])) ? 1 : 0);
                col.codes.push_back(col.entryIsNa[static_cast<std::size_t>(code)] ? kMissingCode : code);
            }
        }
        ++chunk.rows;
        if ((chunk.rows & 4095) == 0) {
            const auto pos = static_cast<std::size_t>(tok.position() - ctx.data);
            if (ctx.file && pos > lastRelease + (4u << 20)) {
                // Parsed bytes are not read again (the chunk owner is the only reader).
                const std::size_t upTo = std::min(pos, chunk.limit);
                if (ctx.checkUtf8 && !chunk.invalidUtf8)
                    chunk.invalidUtf8 = !validUtf8Range(ctx.data, lastRelease, upTo);
                ctx.file->release(lastRelease, upTo);
                lastRelease = upTo;
            }
            reportChunkProgress(ctx, pos - lastReport);
            lastReport = pos;
            if (isCancelled(ctx.job))
                break;
        }
        if (ctx.maxRows >= 0 && chunk.rows >= ctx.maxRows)
            break;
    }
    chunk.end = static_cast<std::size_t>(tok.position() - ctx.data);
    chunk.lines = tok.linesPassed();
    if (ctx.checkUtf8 && !chunk.invalidUtf8 && chunk.end > lastRelease)
        chunk.invalidUtf8 = !validUtf8Range(ctx.data, lastRelease, chunk.end);
    reportChunkProgress(ctx, chunk.end > lastReport ? chunk.end - lastReport : 0);
}

// Splits [start, size) into `parts` ranges that begin right after a line break outside
// quotes. Quote parity at each nominal cut comes from counting quotes before it.
std::vector<std::pair<std::size_t, std::size_t>> splitChunks(const char* data, std::size_t start,
                                                             std::size_t size, int parts, char quote)
{
    std::vector<std::pair<std::size_t, std::size_t>> ranges;
    const std::size_t span = size - start;
    std::vector<std::size_t> nominal(static_cast<std::size_t>(parts) + 1);
    for (int i = 0; i <= parts; ++i)
        nominal[static_cast<std::size_t>(i)] = start + span * static_cast<std::size_t>(i) / static_cast<std::size_t>(parts);

    std::vector<std::size_t> quotes(static_cast<std::size_t>(parts), 0);
    if (quote) {
        std::vector<std::thread> threads;
        for (int i = 0; i < parts; ++i) {
            threads.emplace_back([&, i] {
                std::size_t n = 0;
                const char* p = data + nominal[static_cast<std::size_t>(i)];
                const char* e = data + nominal[static_cast<std::size_t>(i) + 1];
                for (; p < e; ++p)
                    n += *p == quote;
                quotes[static_cast<std::size_t>(i)] = n;
            });
        }
        for (auto& t : threads)
            t.join();
    }
    std::vector<std::size_t> cuts{start};
    std::size_t quotesBefore = 0;
    for (int i = 1; i < parts; ++i) {
        quotesBefore += quotes[static_cast<std::size_t>(i) - 1];
        std::size_t p = nominal[static_cast<std::size_t>(i)];
        bool inQuote = (quotesBefore & 1) != 0;
        if (cuts.back() >= p) {
            // A long quoted field ran past this nominal cut; the last cut is a record start.
            p = cuts.back();
            inQuote = false;
        }
        while (p < size) {
            const char c = data[p++];
            if (quote && c == quote) {
                inQuote = !inQuote;
            } else if (!inQuote && (c == '\n' || c == '\r')) {
                if (c == '\r' && p < size && data[p] == '\n')
                    ++p;
                break;
            }
        }
        if (p > cuts.back())
            cuts.push_back(p);
    }
    cuts.push_back(size);
    for (std::size_t i = 0; i + 1 < cuts.size(); ++i)
        if (cuts[i + 1] > cuts[i])
            ranges.emplace_back(cuts[i], cuts[i + 1]);
    if (ranges.empty())
        ranges.emplace_back(start, size);
    return ranges;
}

// ---------------------------------------------------------------------------------------------
// Assembling columns

QStringList columnNames(const std::vector<std::string>& header, std::size_t ncols, bool hasHeader,
                        std::vector<Warning>* warnings)
{
    QStringList given;
    for (std::size_t j = 0; j < ncols; ++j) {
        QString name = hasHeader && j < header.size() ? qs(header[j]) : QString();
        if (name.trimmed().isEmpty())
            name = QStringLiteral("column_%1").arg(j + 1);
        given << name;
    }
    const QStringList names = deduplicateColumnNames(given);
    for (qsizetype j = 0; j < names.size(); ++j) {
        if (names.at(j) != given.at(j)) {
            warnings->push_back({QStringLiteral("duplicate_column_name"), 1, static_cast<int>(j + 1),
                                 Tr::tr("Column name '%1' appears more than once; this one is called '%2'.")
                                     .arg(given.at(j), names.at(j))});
        }
    }
    return names;
}

std::vector<double> concatNumbers(std::vector<Chunk>& chunks, std::size_t j, std::size_t rows)
{
    std::vector<double> out(rows);
    double* dst = out.data();
    for (auto& c : chunks) {
        auto& v = c.columns[j].numbers;
        v.copyTo(dst);
        dst += v.size();
        v.clear();
    }
    return out;
}

struct MergedStrings
{
    StringDict dict;                  // global distinct values, first-appearance order
    std::vector<std::int32_t> codes;  // per row, -1 = missing
    std::size_t nonMissing = 0;
};

MergedStrings mergeStrings(std::vector<Chunk>& chunks, std::size_t j, std::size_t rows)
{
    MergedStrings m;
    m.codes.reserve(rows);
    for (auto& c : chunks) {
        ChunkColumn& col = c.columns[j];
        std::vector<std::int32_t> remap(col.dict.size(), kMissingCode);
        for (std::size_t e = 0; e < col.dict.size(); ++e) {
            if (col.entryIsNa[e])
                continue;
            bool inserted;
            remap[e] = m.dict.findOrInsert(col.dict.view(static_cast<std::int32_t>(e)), &inserted);
        }
        col.codes.forEach([&](std::int32_t code) {
            const std::int32_t g = code < 0 ? kMissingCode : remap[static_cast<std::size_t>(code)];
            m.codes.push_back(g);
            m.nonMissing += g >= 0 ? 1 : 0;
        });
        col.codes.clear();
        col.dict = StringDict();
    }
    return m;
}

// Builds the final column from distinct values, with the same rules as ColumnBuilder.
Column buildStringColumn(const QString& name, MergedStrings& m, const ColumnPlan& plan, const InferenceRules& rules,
                         bool inferTypes, std::vector<Warning>* warnings)
{
    const std::size_t distinct = m.dict.size();
    const std::size_t rows = m.codes.size();
    const NumberParser number(rules);

    std::vector<double> asNumber;
    std::vector<std::int8_t> asBool;
    std::vector<std::int64_t> asTime;
    int layout = -1;
    auto allNumbers = [&] {
        asNumber.assign(distinct, std::numeric_limits<double>::quiet_NaN());
        bool all = true;
        for (std::size_t e = 0; e < distinct; ++e)
            all &= number(m.dict.view(static_cast<std::int32_t>(e)), &asNumber[e]);
        return all;
    };
    auto allBools = [&] {
        asBool.assign(distinct, kMissingBool);
        bool all = true;
        for (std::size_t e = 0; e < distinct; ++e)
            all &= parseBoolWord(m.dict.view(static_cast<std::int32_t>(e)), &asBool[e]);
        return all;
    };
    auto timesWithLayout = [&](int l) {
        asTime.assign(distinct, kMissingTime);
        std::size_t ok = 0;
        for (std::size_t e = 0; e < distinct; ++e) {
            int ll = l;
            ok += parseDateTime(m.dict.view(static_cast<std::int32_t>(e)), &ll, &asTime[e]) ? 1 : 0;
        }
        return ok;
    };
    auto allTimes = [&] {
        if (distinct == 0)
            return false;
        int first = -1;
        std::int64_t t;
        if (!parseDateTime(m.dict.view(0), &first, &t))
            return false;
        for (int l = first; l < 16; ++l) {
            if (dateLayoutQtFormat(l).isEmpty())
                break;
            if (timesWithLayout(l) == distinct) {
                layout = l;
                return true;
            }
        }
        return false;
    };

    ColumnType type;
    if (plan.forced) {
        type = *plan.forced;
        switch (type) {
        case ColumnType::Numeric:
            allNumbers();
            break;
        case ColumnType::Boolean:
            allBools();
            allNumbers();
            for (std::size_t e = 0; e < distinct; ++e)
                if (asBool[e] < 0 && (asNumber[e] == 0.0 || asNumber[e] == 1.0))
                    asBool[e] = static_cast<std::int8_t>(asNumber[e]);
            break;
        case ColumnType::DateTime: {
            // The layout that reads the most values.
            std::size_t bestOk = 0;
            int best = -1;
            for (int l = 0; !dateLayoutQtFormat(l).isEmpty(); ++l) {
                const std::size_t ok = timesWithLayout(l);
                if (ok > bestOk) {
                    bestOk = ok;
                    best = l;
                }
            }
            layout = best;
            if (best >= 0)
                timesWithLayout(best);
            else
                asTime.assign(distinct, kMissingTime);
            break;
        }
        default:
            break;
        }
    } else if (!inferTypes) {
        type = preferCategorical(distinct, m.nonMissing) ? ColumnType::Categorical : ColumnType::Text;
    } else if (distinct == 0) {
        type = ColumnType::Numeric;
        asNumber.clear();
    } else {
        const bool numbers = allNumbers();
        const bool bools = allBools();
        if (bools && !numbers)
            type = ColumnType::Boolean;
        else if (numbers)
            type = ColumnType::Numeric;
        else if (allTimes())
            type = ColumnType::DateTime;
        else
            type = preferCategorical(distinct, m.nonMissing) ? ColumnType::Categorical : ColumnType::Text;
    }

    std::size_t lost = 0;
    Column col;
    switch (type) {
    case ColumnType::Numeric: {
        std::vector<double> v(rows, std::numeric_limits<double>::quiet_NaN());
        for (std::size_t i = 0; i < rows; ++i) {
            const auto c = m.codes[i];
            if (c >= 0) {
                v[i] = asNumber.empty() ? std::numeric_limits<double>::quiet_NaN() : asNumber[static_cast<std::size_t>(c)];
                lost += std::isnan(v[i]) ? 1 : 0;
            }
        }
        col = Column::numeric(name, std::move(v));
        break;
    }
    case ColumnType::Boolean: {
        std::vector<std::int8_t> v(rows, kMissingBool);
        for (std::size_t i = 0; i < rows; ++i) {
            const auto c = m.codes[i];
            if (c >= 0) {
                v[i] = asBool[static_cast<std::size_t>(c)];
                lost += v[i] < 0 ? 1 : 0;
            }
        }
        col = Column::boolean(name, std::move(v));
        break;
    }
    case ColumnType::DateTime: {
        std::vector<std::int64_t> v(rows, kMissingTime);
        for (std::size_t i = 0; i < rows; ++i) {
            const auto c = m.codes[i];
            if (c >= 0) {
                v[i] = asTime[static_cast<std::size_t>(c)];
                lost += v[i] == kMissingTime ? 1 : 0;
            }
        }
        const QString format = layout >= 0 ? dateTimeDisplayFormat(layout, v) : QString();
        col = Column::dateTime(name, std::move(v), format);
        break;
    }
    case ColumnType::Categorical: {
        std::vector<QString> dictionary;
        dictionary.reserve(distinct);
        for (std::size_t e = 0; e < distinct; ++e)
            dictionary.push_back(qs(m.dict.view(static_cast<std::int32_t>(e))));
        col = Column::categorical(name, std::move(m.codes), std::move(dictionary));
        break;
    }
    case ColumnType::Text: {
        col = Column(name, ColumnType::Text);
        TextStore& text = col.text();
        text.reserve(rows, 0);
        for (std::size_t i = 0; i < rows; ++i) {
            if (m.codes[i] < 0)
                text.appendMissing();
            else
                text.append(m.dict.view(m.codes[i]));
        }
        break;
    }
    }
    if (lost > 0) {
        warnings->push_back({QStringLiteral("type_conversion"), 0, 0,
                             Tr::tr("%n value(s) of column '%1' could not be read as %2 and are treated as missing.",
                                    nullptr, static_cast<int>(lost))
                                 .arg(name, columnTypeDisplayName(type))});
    }
    if (!plan.forced)
        flagIdLike(col);
    return col;
}

// ---------------------------------------------------------------------------------------------

Result<ImportedTable> parseUtf8(const char* data, std::size_t size, const QString& name, const ImportOptions& options,
                               const QString& encoding, const detail::MappedFile* file, JobControl* job)
{
    using R = Result<ImportedTable>;
    auto fail = [&](const QString& message, qint64 line = 0, int column = 0) {
        ErrorInfo e;
        e.message = message;
        e.file = name;
        e.line = line;
        e.column = column;
        return R::failure(e);
    };

    std::size_t pos = 0;
    qint64 line = 1;
    for (int k = 0; k < options.skipRows && pos < size; ++k) {
        while (pos < size && data[pos] != '\n' && data[pos] != '\r')
            ++pos;
        if (pos < size) {
            if (data[pos] == '\r' && pos + 1 < size && data[pos + 1] == '\n')
                ++pos;
            ++pos;
            ++line;
        }
    }

    InferenceRules rules;
    rules.naTokens = options.naTokens;
    rules.thousandsSeparator = options.thousandsSeparator;
    Dialect dialect = sniffDialect(data + pos, size - pos, options);
    rules.decimalComma = dialect.decimalComma;

    // Sample: the first records, for header detection and the type plan.
    std::vector<std::vector<std::string>> sample;
    {
        CsvTokenizer tok(data + pos, data + size, dialect.delimiter, dialect.quote);
        std::vector<CsvTokenizer::Field> fields;
        while (sample.size() < static_cast<std::size_t>(kSampleRecords) + 1) {
            const auto st = tok.next(fields);
            if (st == CsvTokenizer::Status::End)
                break;
            if (st == CsvTokenizer::Status::UnterminatedQuote) {
                if (sample.empty())
                    return fail(Tr::tr("A quoted field starts here but its closing quote is missing."),
                                line + tok.quoteLine() - 1, tok.quoteField());
                break;
            }
            std::vector<std::string> rec;
            rec.reserve(fields.size());
            for (const auto& f : fields)
                rec.emplace_back(f.data, f.size);
            sample.push_back(std::move(rec));
        }
    }
    if (sample.empty())
        return fail(Tr::tr("The file is empty: there is nothing to import."));

    switch (options.header) {
    case HeaderMode::Yes:
        dialect.header = true;
        break;
    case HeaderMode::No:
        dialect.header = false;
        break;
    case HeaderMode::Auto:
        dialect.header = detectHeader(sample, rules);
        break;
    }

    const std::size_t ncols = sample.front().size();
    std::vector<Warning> warnings;
    const QStringList names = columnNames(sample.front(), ncols, dialect.header, &warnings);

    // Where data starts: after the header record (if any).
    std::size_t dataStart = pos;
    qint64 dataLine = line;
    if (dialect.header) {
        CsvTokenizer tok(data + pos, data + size, dialect.delimiter, dialect.quote);
        std::vector<CsvTokenizer::Field> fields;
        tok.next(fields);
        dataStart = static_cast<std::size_t>(tok.position() - data);
        dataLine = line + tok.linesPassed();
    }

    ParseContext ctx;
    ctx.data = data;
    ctx.size = size;
    ctx.dialect = dialect;
    ctx.rules = rules;
    ctx.ragged = options.ragged;
    ctx.maxRows = options.maxRows;
    ctx.job = job;
    ctx.file = file;
    ctx.dataStart = dataStart;
    ctx.checkUtf8 = isUtf8Name(encoding) && size > (4u << 20);
    ctx.plans.resize(ncols);
    const NumberParser number(rules);
    for (std::size_t j = 0; j < ncols; ++j) {
        ColumnPlan& plan = ctx.plans[j];
        auto forced = options.typeOverrides.constFind(names[static_cast<qsizetype>(j)]);
        if (forced != options.typeOverrides.constEnd()) {
            plan.forced = *forced;
            plan.plan = *forced == ColumnType::Numeric ? Plan::Numeric : Plan::String;
            continue;
        }
        if (!options.inferTypes)
            continue;
        std::size_t values = 0, numeric = 0;
        for (std::size_t r = dialect.header ? 1 : 0; r < sample.size(); ++r) {
            if (j >= sample[r].size() || rules.isNa(sample[r][j]))
                continue;
            ++values;
            double d;
            numeric += number(sample[r][j], &d) ? 1 : 0;
        }
        plan.plan = values > 0 && numeric == values ? Plan::Numeric : Plan::String;
    }

    const int hw = std::max(1u, std::thread::hardware_concurrency());
    const int threads = options.threads > 0 ? options.threads : hw;
    std::vector<Chunk> chunks;
    bool serial = threads <= 1 || options.maxRows >= 0 || size - dataStart <= kParallelThreshold;
    while (true) {
        const std::vector<std::pair<std::size_t, std::size_t>> ranges = serial
            ? std::vector<std::pair<std::size_t, std::size_t>>{{dataStart, size}}
            : splitChunks(data, dataStart, size, threads, dialect.quote);
        chunks.clear();
        chunks.resize(ranges.size());
        ctx.bytesDone = 0;
        std::vector<std::thread> pool;
        for (std::size_t i = 0; i < ranges.size(); ++i) {
            chunks[i].begin = ranges[i].first;
            chunks[i].limit = ranges[i].second;
            if (ranges.size() == 1)
                parseChunk(ctx, chunks[i]);
            else
                pool.emplace_back([&ctx, &chunks, i] { parseChunk(ctx, chunks[i]); });
        }
        for (auto& t : pool)
            t.join();
        if (isCancelled(job))
            return R::cancelledResult();

        // A chunk must end exactly where the next begins; otherwise a stray quote made a
        // cut fall inside a field: parse again in one piece.
        bool aligned = true;
        for (std::size_t i = 0; i + 1 < chunks.size(); ++i)
            aligned &= chunks[i].end == chunks[i + 1].begin && !chunks[i].failed;
        if (!aligned) {
            serial = true;
            continue;
        }
        chunks[0].baseLine = dataLine;
        for (std::size_t i = 1; i < chunks.size(); ++i)
            chunks[i].baseLine = chunks[i - 1].baseLine + chunks[i - 1].lines;
        for (const auto& c : chunks) {
            if (c.failed)
                return fail(c.error.message, c.baseLine + c.error.line, c.error.column);
        }

        // Columns that looked numeric in the sample but hold text further down are read
        // again as text (as pandas would), unless the user forced them to be numeric. Each
        // column is demoted at most once, so this loop runs at most twice more.
        bool demoted = false;
        for (std::size_t j = 0; j < ncols; ++j) {
            if (ctx.plans[j].plan != Plan::Numeric || ctx.plans[j].forced)
                continue;
            for (const auto& c : chunks) {
                if (c.columns[j].failures > 0) {
                    ctx.plans[j].plan = Plan::String;
                    demoted = true;
                    warnings.push_back({QStringLiteral("column_read_as_text"), c.baseLine + c.columns[j].failLine,
                                        static_cast<int>(j + 1),
                                        Tr::tr("Column '%1' looked numeric, but this row holds '%2'; the column is "
                                           "read as text. Set its type to numeric to treat such values as missing.")
                                            .arg(names[static_cast<qsizetype>(j)], qs(c.columns[j].failValue))});
                    break;
                }
            }
        }
        if (!demoted)
            break;
    }

    // Warnings from the chunks, in file order, with absolute line numbers.
    qint64 rows = 0, skipped = 0, ragged = 0;
    std::size_t raggedKept = 0;
    bool invalidUtf8 = false;
    for (auto& c : chunks) {
        invalidUtf8 |= c.invalidUtf8;
        rows += c.rows;
        skipped += c.skipped;
        ragged += c.ragged;
        for (auto& w : c.warnings) {
            if (raggedKept >= kMaxRaggedWarnings)
                break;
            w.line += c.baseLine;
            warnings.push_back(w);
            ++raggedKept;
        }
    }
    if (ragged > static_cast<qint64>(raggedKept)) {
        warnings.push_back({QStringLiteral("ragged_row"), 0, 0,
                            Tr::tr("%n more row(s) had a different number of fields.", nullptr,
                                   static_cast<int>(ragged - static_cast<qint64>(raggedKept)))});
    }

    if (invalidUtf8) {
        warnings.push_back({QStringLiteral("encoding"), 0, 0,
                            Tr::tr("Some bytes are not valid UTF-8 and were replaced. If the text looks wrong, "
                               "choose the file's encoding in the import options.")});
    }

    ImportedTable out;
    out.info.format = FileFormat::Csv;
    out.info.encoding = encoding;
    out.info.delimiter = dialect.delimiter;
    out.info.quote = dialect.quote;
    out.info.hasHeader = dialect.header;
    out.info.decimalComma = dialect.decimalComma;
    out.info.dataRows = rows;
    out.info.skippedRows = skipped;
    out.info.truncated = options.maxRows >= 0 && rows >= options.maxRows;

    const auto urows = static_cast<std::size_t>(rows);
    for (std::size_t j = 0; j < ncols; ++j) {
        const QString& colName = names[static_cast<qsizetype>(j)];
        if (ctx.plans[j].plan == Plan::Numeric) {
            Column col = Column::numeric(colName, concatNumbers(chunks, j, urows));
            qint64 failures = 0;
            for (const auto& c : chunks)
                failures += c.columns[j].failures;
            if (failures > 0) {
                warnings.push_back({QStringLiteral("type_conversion"), 0, static_cast<int>(j + 1),
                                    Tr::tr("%n value(s) of column '%1' could not be read as %2 and are treated as missing.",
                                           nullptr, static_cast<int>(failures))
                                        .arg(colName, columnTypeDisplayName(ColumnType::Numeric))});
            }
            if (!ctx.plans[j].forced)
                flagIdLike(col);
            out.table.addColumn(std::move(col));
        } else {
            MergedStrings merged = mergeStrings(chunks, j, urows);
            out.table.addColumn(buildStringColumn(colName, merged, ctx.plans[j], rules, options.inferTypes, &warnings));
        }
        reportProgress(job, kParseShare + (1.0 - kParseShare) * static_cast<double>(j + 1) / static_cast<double>(ncols));
    }
    out.table.setSource(name);
    R result(std::move(out));
    for (auto& w : warnings)
        result.addWarning(std::move(w));
    return result;
}

// Decodes (if needed) and parses. For previews of non-UTF-8 files only a prefix is decoded.
Result<ImportedTable> parseBytes(const char* data, std::size_t size, const QString& name,
                                 const ImportOptions& options, const detail::MappedFile* file, JobControl* job)
{
    using R = Result<ImportedTable>;
    EncodingGuess guess = detectEncoding(data, size);
    QString encoding = guess.name;
    if (!options.encoding.isEmpty()) {
        encoding = canonicalEncodingName(options.encoding);
        if (encoding.isEmpty()) {
            ErrorInfo e;
            e.file = name;
            e.message = Tr::tr("Unknown encoding '%1'.").arg(options.encoding);
            return R::failure(e);
        }
        if (encoding == QLatin1String("UTF-16"))
            encoding = guess.name.startsWith(QLatin1String("UTF-16")) ? guess.name : QStringLiteral("UTF-16LE");
        // Skip a BOM that matches the chosen encoding.
        if (!(guess.fromBom && guess.name == encoding))
            guess.bomLength = 0;
    }
    data += guess.bomLength;
    size -= static_cast<std::size_t>(guess.bomLength);

    // A NUL byte never occurs in 8-bit text; it means a binary file (or UTF-16, handled by
    // detection). Checked before decoding so garbage gets this message, not a decode error.
    if (!encoding.startsWith(QLatin1String("UTF-16"))
        && std::memchr(data, 0, std::min<std::size_t>(size, 64 * 1024)) != nullptr) {
        ErrorInfo e;
        e.file = name;
        e.message = Tr::tr("This is not a text file (it contains binary data). Choose a CSV/TSV text file, "
                       "an Excel .xlsx workbook or an SQLite database.");
        return R::failure(e);
    }

    if (isUtf8Name(encoding)) {
        auto r = parseUtf8(data, size, name, options, encoding, file, job);
        return r;
    }

    std::size_t take = size;
    if (options.maxRows >= 0 && size > (4u << 20)) {
        // Decode only a prefix for a preview, cut at a line break.
        take = 4u << 20;
        const bool utf16 = encoding.startsWith(QLatin1String("UTF-16"));
        while (take > 2) {
            if (!utf16 && data[take - 1] == '\n')
                break;
            if (utf16 && take % 2 == 0
                && ((encoding == QLatin1String("UTF-16LE") && data[take - 2] == '\n' && data[take - 1] == 0)
                    || (encoding == QLatin1String("UTF-16BE") && data[take - 1] == '\n' && data[take - 2] == 0)))
                break;
            --take;
        }
    }
    reportProgress(job, 0.0, Tr::tr("Decoding %1").arg(encoding));
    auto utf8 = transcodeToUtf8(data, take, encoding);
    if (!utf8.ok()) {
        ErrorInfo e = utf8.error();
        e.file = name;
        return R::failure(e);
    }
    const QByteArray bytes = utf8.take();
    auto r = parseUtf8(bytes.constData(), static_cast<std::size_t>(bytes.size()), name, options, encoding, nullptr, job);
    if (r.ok() && !guess.fromBom && options.encoding.isEmpty() && encoding == QLatin1String("WINDOWS-1252")) {
        r.addWarning({QStringLiteral("encoding"), 0, 0,
                      Tr::tr("The encoding could not be recognised with certainty; the file was read as Windows-1252. "
                         "If the text looks wrong, choose the encoding in the import options.")});
    }
    return r;
}

} // namespace

Result<ImportedTable> readCsv(const QString& path, const ImportOptions& options, JobControl* job)
{
    detail::MappedFile file;
    QString error;
    if (!file.open(path, &error)) {
        ErrorInfo e;
        e.file = path;
        e.message = QCoreApplication::translate("pp::Importer", "Cannot open the file: %1").arg(error);
        return Result<ImportedTable>::failure(e);
    }
    if (file.size() == 0) {
        ErrorInfo e;
        e.file = path;
        e.message = Tr::tr("The file is empty: there is nothing to import.");
        return Result<ImportedTable>::failure(e);
    }
    reportProgress(job, 0.0, Tr::tr("Reading %1").arg(QFileInfo(path).fileName()));
    auto r = parseBytes(file.data(), file.size(), path, options, &file, job);
    if (r.ok())
        r->table.setSource(path);
    return r;
}

Result<ImportedTable> readCsvBytes(const QByteArray& bytes, const QString& name, const ImportOptions& options,
                                   JobControl* job)
{
    if (bytes.isEmpty()) {
        ErrorInfo e;
        e.file = name;
        e.message = Tr::tr("The file is empty: there is nothing to import.");
        return Result<ImportedTable>::failure(e);
    }
    return parseBytes(bytes.constData(), static_cast<std::size_t>(bytes.size()), name, options, nullptr, job);
}

} // namespace pp
