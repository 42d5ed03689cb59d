#include "prep/text_steps.h"

#include <QJsonArray>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <limits>
#include <unordered_map>

namespace pp {

namespace {

const QList<ColumnType> kTextTypes{ColumnType::Text, ColumnType::Categorical};
/// Dense output: refuse tables that would need more than ~2 GB of cells.
constexpr double kMaxCells = 268435456.0;

QString fromStd(const std::string& s) { return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size())); }

/// Whether `name` is "<base>__<prefix><k>" with k < count: one of the numbered output columns.
bool isNumberedOutput(const QString& name, const QString& base, const QString& prefix, std::size_t count)
{
    const QString head = base + QStringLiteral("__") + prefix;
    if (!name.startsWith(head))
        return false;
    const QString digits = name.mid(head.size());
    bool ok = false;
    const qulonglong k = digits.toULongLong(&ok);
    return ok && k < count && QString::number(k) == digits;   // "h01" is not an output
}

/// The document of a row as UTF-8 ("" when missing). Categorical cells go through their
/// dictionary, encoded once per category.
class DocumentReader
{
public:
    explicit DocumentReader(const Column& c) : m_column(c)
    {
        if (c.type() == ColumnType::Categorical)
            for (const QString& s : c.dictionary())
                m_dictionary.push_back(s.toStdString());
    }
    std::string_view at(std::size_t row) const
    {
        if (m_column.isMissing(row))
            return {};
        if (m_column.type() == ColumnType::Text)
            return m_column.text().view(row);
        return m_dictionary[static_cast<std::size_t>(m_column.codes()[row])];
    }

private:
    const Column& m_column;
    std::vector<std::string> m_dictionary;
};

QStringList stopChoices()
{
    return {QStringLiteral("none"), QStringLiteral("english"), QStringLiteral("chinese"), QStringLiteral("both")};
}

QStringList stopLabels()
{
    return {QCoreApplication::translate("pp::TextVectorizeStep", "none"),
            QCoreApplication::translate("pp::TextVectorizeStep", "English"),
            QCoreApplication::translate("pp::TextVectorizeStep", "Chinese"),
            QCoreApplication::translate("pp::TextVectorizeStep", "English and Chinese")};
}

std::vector<std::string> stringsFromJson(const QJsonArray& a)
{
    std::vector<std::string> out;
    out.reserve(static_cast<std::size_t>(a.size()));
    for (const QJsonValue& v : a)
        out.push_back(v.toString().toStdString());
    return out;
}

QJsonArray stringsToJson(const std::vector<std::string>& v)
{
    QJsonArray a;
    for (const auto& s : v)
        a.append(fromStd(s));
    return a;
}

} // namespace

// ---------------------------------------------------------------------------------------------
// text_vectorize

QString TextVectorizeStep::staticDescription()
{
    return tr("Turns a text column into one column per word (counts, presence, TF-IDF) or per hash "
              "bucket; Chinese text is split into characters and character pairs.");
}

std::vector<ParamSpec> TextVectorizeStep::paramSpecs(const Table*) const
{
    auto spec = std::vector<ParamSpec>{
        columnSpec(QStringLiteral("column"), tr("Text column"), tr("The column holding the text."), kTextTypes),
        choiceSpec(QStringLiteral("mode"), QStringLiteral("tfidf"),
                   {QStringLiteral("counts"), QStringLiteral("binary"), QStringLiteral("tfidf"),
                    QStringLiteral("hashing")},
                   {tr("word counts"), tr("word present (0/1)"), tr("TF-IDF"), tr("hashing")}, tr("Output"),
                   tr("Counts: how often each word occurs. Present: 0 or 1. TF-IDF: counts weighted down "
                      "for words found in many texts, each row scaled to length 1. Hashing: no word list; "
                      "words are spread over a fixed number of columns.")),
        boolSpec(QStringLiteral("lowercase"), true, tr("Lower-case"), tr("Treat 'Great' and 'great' as one word.")),
        choiceSpec(QStringLiteral("stop_words"), QStringLiteral("both"), stopChoices(), stopLabels(), tr("Stop words"),
                   tr("Remove very common words (the, and, 的, 了...) that carry little meaning.")),
        boolSpec(QStringLiteral("cjk_bigrams"), true, tr("Chinese character pairs"),
                 tr("Besides single Chinese characters, also use each pair of neighbouring characters, "
                    "which catches most two-character words without a dictionary.")),
        intSpec(QStringLiteral("min_token_length"), 1, 1, 100, tr("Shortest word"),
                tr("Latin words shorter than this many letters are ignored.")),
        doubleSpec(QStringLiteral("min_df"), 1.0, 0.0, 1e9, tr("Minimum documents"),
                   tr("Ignore words found in fewer texts than this (a number below 1 is a share of the "
                      "texts, e.g. 0.01 = 1 %).")),
        doubleSpec(QStringLiteral("max_df"), 1.0, 0.0, 1e9, tr("Maximum documents"),
                   tr("Ignore words found in more texts than this (1 or below is a share of the texts; "
                      "0.9 drops words in over 90 % of them).")),
        intSpec(QStringLiteral("max_features"), 1000, 0, 10000000, tr("Most words"),
                tr("Keep only this many words, those found in the most texts; 0 keeps all. Each word "
                   "becomes a column.")),
        intSpec(QStringLiteral("n_features"), 256, 1, 1048576, tr("Hash columns"),
                tr("Hashing only: the number of columns.")),
        boolSpec(QStringLiteral("alternate_sign"), true, tr("Alternate sign"),
                 tr("Hashing only: half of the words count negatively so that collisions tend to cancel "
                    "(scikit-learn's default).")),
        choiceSpec(QStringLiteral("norm"), QStringLiteral("l2"), {QStringLiteral("l2"), QStringLiteral("none")},
                   {tr("unit length (L2)"), tr("none")}, tr("Row normalisation"),
                   tr("TF-IDF and hashing: scale each row to length 1 so that long and short texts compare.")),
        boolSpec(QStringLiteral("drop_original"), true, tr("Drop the text column"),
                 tr("Remove the text column once turned into numbers.")),
    };
    spec[9].advanced = spec[10].advanced = spec[5].advanced = true;
    return spec;
}

void TextVectorizeStep::clearFit()
{
    AdvancedStep::clearFit();
    m_terms.clear();
    m_idf.clear();
    m_documents = 0;
}

TokenizerOptions TextVectorizeStep::tokenizerOptions() const
{
    TokenizerOptions o;
    o.lowercase = flag("lowercase");
    o.cjkBigrams = flag("cjk_bigrams");
    o.minLength = integer("min_token_length");
    o.stopWords = &stopWords(str("stop_words"));
    return o;
}

Status TextVectorizeStep::fit(const Table& train, const FitInfo& info, JobControl* job)
{
    clearFit();
    QString error;
    const Column* c = requireText(train, str("column"), &error);
    if (!c)
        return Status::failure(error);
    const std::size_t n = c->size();
    m_documents = static_cast<qint64>(n);
    const QString base = c->name();
    if (str("mode") == QLatin1String("hashing")) {
        // Nothing to learn: the hash is the vocabulary.
        const auto width = static_cast<std::size_t>(integer("n_features"));
        Status checked = checkOutputs(train, info, [&](const QString& name) {
            return isNumberedOutput(name, base, QStringLiteral("h"), width);
        });
        if (!checked.ok()) {
            clearFit();
            return checked;
        }
        m_fitted = true;
        return checked;
    }

    const TokenizerOptions options = tokenizerOptions();
    const DocumentReader docs(*c);
    std::unordered_map<std::string, qint64> df;
    std::unordered_map<std::string, bool> seenInDoc;
    for (std::size_t r = 0; r < n; ++r) {
        if ((r & 4095) == 0) {
            if (isCancelled(job))
                return Status::cancelledResult();
            reportProgress(job, 0.9 * static_cast<double>(r) / static_cast<double>(n));
        }
        std::vector<std::string> tokens = tokenize(docs.at(r), options);
        std::sort(tokens.begin(), tokens.end());
        tokens.erase(std::unique(tokens.begin(), tokens.end()), tokens.end());
        for (auto& t : tokens)
            ++df[std::move(t)];
    }
    const double minDf = number("min_df"), maxDf = number("max_df");
    const double minCount = minDf < 1.0 ? minDf * static_cast<double>(n) : minDf;
    const double maxCount = maxDf <= 1.0 ? maxDf * static_cast<double>(n) : maxDf;
    std::vector<std::pair<std::string, qint64>> terms;
    for (auto& [term, count] : df)
        if (static_cast<double>(count) >= minCount && static_cast<double>(count) <= maxCount)
            terms.emplace_back(term, count);
    if (terms.empty())
        return failure(tr("no word of column '%1' is left after min_df/max_df and stop words; lower "
                          "min_df or raise max_df.")
                           .arg(c->name()));
    const auto limit = static_cast<std::size_t>(integer("max_features"));
    if (limit > 0 && terms.size() > limit) {
        std::sort(terms.begin(), terms.end(), [](const auto& a, const auto& b) {
            return a.second != b.second ? a.second > b.second : a.first < b.first;
        });
        terms.resize(limit);
    }
    std::sort(terms.begin(), terms.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    QSet<QString> outputs;
    for (const auto& [term, count] : terms) {
        m_terms.push_back(term);
        m_idf.push_back(std::log((1.0 + static_cast<double>(n)) / (1.0 + static_cast<double>(count))) + 1.0);
        outputs.insert(base + QStringLiteral("__") + fromStd(term));
    }
    Status checked = checkOutputs(train, info, [&](const QString& name) { return outputs.contains(name); });
    if (!checked.ok()) {
        clearFit();
        return checked;
    }
    m_fitted = true;
    return checked;
}

Result<Table> TextVectorizeStep::transform(const Table& input, JobControl* job) const
{
    if (!m_fitted)
        return Result<Table>::from(notFitted());
    QString error;
    const Column* c = requireText(input, str("column"), &error);
    if (!c)
        return Result<Table>::failure(error);
    const QString mode = str("mode");
    const bool hashing = mode == QLatin1String("hashing");
    const std::size_t width = hashing ? static_cast<std::size_t>(integer("n_features")) : m_terms.size();
    const std::size_t n = c->size();
    if (static_cast<double>(width) * static_cast<double>(n) > kMaxCells)
        return failureAs<Table>(tr("%1 rows × %2 word columns is too large; lower max_features or n_features.")
                                    .arg(n)
                                    .arg(width));

    std::unordered_map<std::string, std::size_t> index;
    for (std::size_t k = 0; k < m_terms.size(); ++k)
        index.emplace(m_terms[k], k);
    const TokenizerOptions options = tokenizerOptions();
    const DocumentReader docs(*c);
    const bool l2 = str("norm") == QLatin1String("l2") && (hashing || mode == QLatin1String("tfidf"));
    const bool alternate = flag("alternate_sign");
    std::vector<std::vector<double>> out(width, std::vector<double>(n, 0.0));
    std::vector<std::pair<std::size_t, double>> row;
    for (std::size_t r = 0; r < n; ++r) {
        if ((r & 4095) == 0) {
            if (isCancelled(job))
                return Result<Table>::cancelledResult();
            reportProgress(job, static_cast<double>(r) / static_cast<double>(n));
        }
        row.clear();
        for (const std::string& t : tokenize(docs.at(r), options)) {
            if (hashing) {
                const std::int32_t h = murmurHash3(t, 0);
                // sklearn: abs(h), with -2^31 mapped to 2^31 - 1.
                const std::uint32_t magnitude = h == std::numeric_limits<std::int32_t>::min()
                    ? 2147483647u
                    : static_cast<std::uint32_t>(h < 0 ? -h : h);
                row.emplace_back(magnitude % width, alternate && h < 0 ? -1.0 : 1.0);
            } else if (auto it = index.find(t); it != index.end()) {
                row.emplace_back(it->second, 1.0);
            }
        }
        // Merge repeated terms: (column, summed weight) once each, in column order.
        std::sort(row.begin(), row.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
        std::size_t m = 0;
        for (std::size_t q = 0; q < row.size(); ++q) {
            if (m > 0 && row[m - 1].first == row[q].first)
                row[m - 1].second += row[q].second;
            else
                row[m++] = row[q];
        }
        row.resize(m);
        double sumSquares = 0.0;
        for (auto& [k, v] : row) {
            if (mode == QLatin1String("binary"))
                v = 1.0;
            else if (mode == QLatin1String("tfidf"))
                v *= m_idf[k];
            sumSquares += v * v;
        }
        const double scale = l2 && sumSquares > 0.0 ? 1.0 / std::sqrt(sumSquares) : 1.0;
        for (const auto& [k, v] : row)
            out[k][r] = v * scale;
    }

    Table t;
    t.setSource(input.source());
    const QString base = c->name();
    for (const Column& col : input.columns()) {
        if (col.name() == base && flag("drop_original"))
            continue;
        t.addColumn(col);
    }
    for (std::size_t k = 0; k < width; ++k) {
        const QString name = base + QStringLiteral("__")
            + (hashing ? QStringLiteral("h") + QString::number(k) : fromStd(m_terms[k]));
        if (!putColumn(t, Column::numeric(name, std::move(out[k])), &error))
            return Result<Table>::failure(error);
    }
    return t;
}

QJsonObject TextVectorizeStep::fittedState() const
{
    if (!m_fitted)
        return {};
    QJsonObject o;
    o.insert(QStringLiteral("documents"), static_cast<double>(m_documents));
    o.insert(QStringLiteral("vocabulary"), stringsToJson(m_terms));
    o.insert(QStringLiteral("idf"), toJsonArray(m_idf));
    return o;
}

Status TextVectorizeStep::setFittedState(const QJsonObject& state)
{
    clearFit();
    if (state.isEmpty())
        return Unit{};
    m_terms = stringsFromJson(state.value(QStringLiteral("vocabulary")).toArray());
    m_idf = doublesFromJson(state.value(QStringLiteral("idf")).toArray());
    m_documents = static_cast<qint64>(state.value(QStringLiteral("documents")).toDouble());
    if (m_idf.size() != m_terms.size()) {
        clearFit();
        return failure(tr("the saved vocabulary and idf weights differ in length."));
    }
    m_fitted = true;
    return Unit{};
}

QString TextVectorizeStep::describe() const
{
    const QString mode = str("mode");
    if (mode == QLatin1String("hashing"))
        return tr("%1 hashed into %2 columns").arg(str("column")).arg(integer("n_features"));
    QString text = tr("%1 as %2").arg(str("column"), mode == QLatin1String("tfidf") ? tr("TF-IDF")
                                                         : mode == QLatin1String("binary") ? tr("word presence")
                                                                                           : tr("word counts"));
    if (m_fitted) {
        QStringList sample;
        for (std::size_t k = 0; k < m_terms.size() && k < 8; ++k)
            sample << fromStd(m_terms[k]);
        text += tr(": %1 words from %2 training texts (%3%4)")
                    .arg(m_terms.size())
                    .arg(m_documents)
                    .arg(sample.join(QStringLiteral(", ")), m_terms.size() > 8 ? QStringLiteral(", …") : QString());
    }
    return text;
}

// ---------------------------------------------------------------------------------------------
// text_sequence

QString TextSequenceStep::staticDescription()
{
    return tr("Turns a text column into a fixed-length sequence of word ids for neural networks "
              "(embedding + LSTM/CNN/Transformer), padded with 0.");
}

std::vector<ParamSpec> TextSequenceStep::paramSpecs(const Table*) const
{
    return {
        columnSpec(QStringLiteral("column"), tr("Text column"), tr("The column holding the text."), kTextTypes),
        intSpec(QStringLiteral("max_vocab"), 10000, 1, 10000000, tr("Vocabulary size"),
                tr("The most frequent words of the training texts that get their own id (from 2); "
                   "others become 1 (unknown).")),
        intSpec(QStringLiteral("max_len"), 50, 1, 10000, tr("Sequence length"),
                tr("Every text becomes this many columns: longer texts are cut, shorter ones padded with 0.")),
        choiceSpec(QStringLiteral("padding"), QStringLiteral("pre"), {QStringLiteral("pre"), QStringLiteral("post")},
                   {tr("before"), tr("after")}, tr("Padding"),
                   tr("Where the zeros go in short texts (Keras pad_sequences: 'pre').")),
        choiceSpec(QStringLiteral("truncating"), QStringLiteral("pre"), {QStringLiteral("pre"), QStringLiteral("post")},
                   {tr("cut the start"), tr("cut the end")}, tr("Truncating"),
                   tr("Which part of a long text is cut off (Keras: 'pre' keeps the end).")),
        boolSpec(QStringLiteral("lowercase"), true, tr("Lower-case"), tr("Treat 'Great' and 'great' as one word.")),
        choiceSpec(QStringLiteral("stop_words"), QStringLiteral("none"), stopChoices(), stopLabels(), tr("Stop words"),
                   tr("Remove very common words; sequence models often keep them.")),
        boolSpec(QStringLiteral("cjk_bigrams"), false, tr("Chinese character pairs"),
                 tr("Also emit each pair of neighbouring Chinese characters (doubles the length).")),
        boolSpec(QStringLiteral("drop_original"), true, tr("Drop the text column"),
                 tr("Remove the text column once turned into ids.")),
    };
}

void TextSequenceStep::clearFit()
{
    AdvancedStep::clearFit();
    m_terms.clear();
}

TokenizerOptions TextSequenceStep::tokenizerOptions() const
{
    TokenizerOptions o;
    o.lowercase = flag("lowercase");
    o.cjkBigrams = flag("cjk_bigrams");
    o.stopWords = &stopWords(str("stop_words"));
    return o;
}

Status TextSequenceStep::fit(const Table& train, const FitInfo& info, JobControl* job)
{
    clearFit();
    QString error;
    const Column* c = requireText(train, str("column"), &error);
    if (!c)
        return Status::failure(error);
    const TokenizerOptions options = tokenizerOptions();
    const DocumentReader docs(*c);
    std::unordered_map<std::string, qint64> counts;
    for (std::size_t r = 0; r < c->size(); ++r) {
        if ((r & 4095) == 0 && isCancelled(job))
            return Status::cancelledResult();
        for (auto& t : tokenize(docs.at(r), options))
            ++counts[std::move(t)];
    }
    std::vector<std::pair<std::string, qint64>> terms(counts.begin(), counts.end());
    std::sort(terms.begin(), terms.end(), [](const auto& a, const auto& b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    if (terms.size() > static_cast<std::size_t>(integer("max_vocab")))
        terms.resize(static_cast<std::size_t>(integer("max_vocab")));
    for (auto& entry : terms)
        m_terms.push_back(std::move(entry.first));
    const auto len = static_cast<std::size_t>(integer("max_len"));
    Status checked = checkOutputs(train, info, [&](const QString& name) {
        return isNumberedOutput(name, c->name(), QStringLiteral("t"), len);
    });
    if (!checked.ok()) {
        clearFit();
        return checked;
    }
    m_fitted = true;
    return checked;
}

Result<Table> TextSequenceStep::transform(const Table& input, JobControl* job) const
{
    if (!m_fitted)
        return Result<Table>::from(notFitted());
    QString error;
    const Column* c = requireText(input, str("column"), &error);
    if (!c)
        return Result<Table>::failure(error);
    std::unordered_map<std::string, double> ids;
    for (std::size_t k = 0; k < m_terms.size(); ++k)
        ids.emplace(m_terms[k], static_cast<double>(k + 2));
    const auto len = static_cast<std::size_t>(integer("max_len"));
    const bool padPre = str("padding") == QLatin1String("pre");
    const bool cutPre = str("truncating") == QLatin1String("pre");
    const std::size_t n = c->size();
    const TokenizerOptions options = tokenizerOptions();
    const DocumentReader docs(*c);
    std::vector<std::vector<double>> out(len, std::vector<double>(n, 0.0));
    for (std::size_t r = 0; r < n; ++r) {
        if ((r & 4095) == 0 && isCancelled(job))
            return Result<Table>::cancelledResult();
        const std::vector<std::string> tokens = tokenize(docs.at(r), options);
        const std::size_t take = std::min(len, tokens.size());
        const std::size_t first = cutPre ? tokens.size() - take : 0;        // which tokens survive
        const std::size_t offset = padPre ? len - take : 0;                  // where they go
        for (std::size_t k = 0; k < take; ++k) {
            auto it = ids.find(tokens[first + k]);
            out[offset + k][r] = it == ids.end() ? 1.0 : it->second;
        }
    }
    Table t;
    t.setSource(input.source());
    const QString base = c->name();
    for (const Column& col : input.columns())
        if (!(col.name() == base && flag("drop_original")))
            t.addColumn(col);
    for (std::size_t k = 0; k < len; ++k)
        if (!putColumn(t, Column::numeric(base + QStringLiteral("__t") + QString::number(k), std::move(out[k])), &error))
            return Result<Table>::failure(error);
    return t;
}

QJsonObject TextSequenceStep::fittedState() const
{
    if (!m_fitted)
        return {};
    return {{QStringLiteral("vocabulary"), stringsToJson(m_terms)}};
}

Status TextSequenceStep::setFittedState(const QJsonObject& state)
{
    clearFit();
    if (state.isEmpty())
        return Unit{};
    m_terms = stringsFromJson(state.value(QStringLiteral("vocabulary")).toArray());
    m_fitted = true;
    return Unit{};
}

QString TextSequenceStep::describe() const
{
    QString text = tr("%1 as %2 word ids (padding %3)").arg(str("column")).arg(integer("max_len")).arg(str("padding"));
    if (m_fitted) {
        QStringList top;
        for (std::size_t k = 0; k < m_terms.size() && k < 5; ++k)
            top << tr("%1=%2").arg(fromStd(m_terms[k])).arg(k + 2);
        text += tr("; vocabulary of %1 words (%2)").arg(m_terms.size()).arg(top.join(QStringLiteral(", ")));
    }
    return text;
}

} // namespace pp
