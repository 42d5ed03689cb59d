#pragma once

#include "prep/advanced_step.h"
#include "prep/text_tokenizer.h"

#include <string>
#include <vector>

namespace pp {

/// "text_vectorize": a text column into numeric columns "<col>__<term>" (or "<col>__h<index>"
/// when hashing), tokenised by tokenize() (see text_tokenizer.h).
/// The vocabulary is learned on the training rows: terms in at least `min_df` documents
/// (below 1: a share of the documents) and at most `max_df` (1 or below: a share), then the
/// `max_features` most frequent by document frequency, ties by term (code-point order). Note
/// that scikit-learn ranks max_features by total count instead. Columns are in term order.
/// Outputs:
///   counts  - occurrences of the term in the row (sklearn CountVectorizer);
///   binary  - 1 if present;
///   tfidf   - tf · idf with idf = ln((1 + n) / (1 + df)) + 1 on the n training documents,
///             each row scaled to unit length (norm "l2"): sklearn TfidfVectorizer(norm='l2',
///             smooth_idf=True, sublinear_tf=False);
///   hashing - no vocabulary: a term goes to column |murmurhash3_32(term, 0)| mod n_features
///             with sign + for a non-negative hash, − otherwise (alternate_sign), counts summed
///             then l2-normalised: sklearn HashingVectorizer.
/// Unknown terms in new data are ignored; a missing text is an empty document.
class TextVectorizeStep : public AdvancedStep
{
    Q_DECLARE_TR_FUNCTIONS(pp::TextVectorizeStep)
public:
    TextVectorizeStep() { initParams(); }
    static QString staticDisplayName() { return tr("Text to word features"); }
    static QString staticDescription();

    QString kind() const override { return QStringLiteral("text_vectorize"); }
    QString displayName() const override { return staticDisplayName(); }
    std::vector<ParamSpec> paramSpecs(const Table* input) const override;
    Status fit(const Table& train, const FitInfo& info, JobControl* job) override;
    Result<Table> transform(const Table& input, JobControl* job) const override;
    QJsonObject fittedState() const override;
    Status setFittedState(const QJsonObject& state) override;
    QString describe() const override;

    /// The learned terms (UTF-8, sorted) and their idf (tfidf mode).
    const std::vector<std::string>& vocabulary() const { return m_terms; }
    const std::vector<double>& idf() const { return m_idf; }

private:
    void clearFit() override;
    TokenizerOptions tokenizerOptions() const;

    std::vector<std::string> m_terms;
    std::vector<double> m_idf;
    qint64 m_documents = 0;
};

/// "text_sequence": a text column into `max_len` numeric columns "<col>__t0".. of token ids,
/// for neural sequence models (embedding + LSTM/CNN/Transformer). The vocabulary is learned
/// on the training rows: the `max_vocab` most frequent tokens (total count; ties by term)
/// get ids 2, 3, ... in that order; 0 is padding and 1 an unknown token. Sequences longer than
/// max_len are cut (truncating "pre" keeps the end, "post" the start) and shorter ones padded
/// with 0 before ("pre") or after ("post"), as Keras pad_sequences.
class TextSequenceStep : public AdvancedStep
{
    Q_DECLARE_TR_FUNCTIONS(pp::TextSequenceStep)
public:
    TextSequenceStep() { initParams(); }
    static QString staticDisplayName() { return tr("Text to token sequence"); }
    static QString staticDescription();

    QString kind() const override { return QStringLiteral("text_sequence"); }
    QString displayName() const override { return staticDisplayName(); }
    std::vector<ParamSpec> paramSpecs(const Table* input) const override;
    Status fit(const Table& train, const FitInfo& info, JobControl* job) override;
    Result<Table> transform(const Table& input, JobControl* job) const override;
    QJsonObject fittedState() const override;
    Status setFittedState(const QJsonObject& state) override;
    QString describe() const override;

    /// Terms in id order: vocabulary()[0] has id 2.
    const std::vector<std::string>& vocabulary() const { return m_terms; }

private:
    void clearFit() override;
    TokenizerOptions tokenizerOptions() const;

    std::vector<std::string> m_terms;
};

} // namespace pp
