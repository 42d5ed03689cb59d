// Text steps: tokenizer, stop words, TF-IDF / hashing against scikit-learn, token sequences.
#include "tst_prep2.h"

#include "prep/text_steps.h"
#include "prep/text_tokenizer.h"

#include <QtTest>

using namespace pp;
using namespace prep2test;

namespace {

QStringList tokens(const char* utf8, const TokenizerOptions& options)
{
    QStringList out;
    for (const std::string& t : tokenize(utf8, options))
        out << QString::fromStdString(t);
    return out;
}

QStringList split(const char* utf8) { return QString::fromUtf8(utf8).split(QLatin1Char(' ')); }

/// The corpus of reference.py; the empty document is a missing cell here (both are empty).
Table corpus()
{
    Table t;
    t.addColumn(Column::text(QStringLiteral("review"),
                             {QStringLiteral("The quick brown fox jumps over the lazy dog."),
                              QStringLiteral("Never jump over the lazy dog quickly!"),
                              QString::fromUtf8("价格便宜，质量很好"), QString::fromUtf8("质量一般，价格贵"),
                              QStringLiteral("Brown dogs and brown foxes; 2 dogs."), QString()},
                             {false, false, false, false, false, true}));
    t.addColumn(Column::numeric(QStringLiteral("stars"), {5, 3, 4, 2, 5, 1}));
    return t;
}

QVariantMap textParams(const char* mode)
{
    return {{QStringLiteral("column"), QStringLiteral("review")},
            {QStringLiteral("mode"), QLatin1String(mode)},
            {QStringLiteral("stop_words"), QStringLiteral("none")},
            {QStringLiteral("max_features"), 0}};
}

const char* kVocabulary =
    "2 and brown dog dogs fox foxes jump jumps lazy never over quick quickly the 一 一般 价 价格 便 便宜 好 宜 很 很好 "
    "格 格便 格贵 般 质 质量 贵 量 量一 量很";

void compareRow(const Table& t, std::size_t row, const QStringList& columns, const std::vector<double>& want)
{
    QCOMPARE(static_cast<std::size_t>(columns.size()), want.size());
    for (qsizetype k = 0; k < columns.size(); ++k) {
        const Column* c = t.find(columns[k]);
        QVERIFY2(c, qPrintable(columns[k]));
        QVERIFY2(near(c->numericAt(row), want[static_cast<std::size_t>(k)], 1e-12),
                 qPrintable(QStringLiteral("%1: %2 vs %3").arg(columns[k]).arg(c->numericAt(row), 0, 'g', 17)
                                .arg(want[static_cast<std::size_t>(k)], 0, 'g', 17)));
    }
}

QStringList prefixed(const QString& prefix, const QStringList& terms)
{
    QStringList out;
    for (const QString& t : terms)
        out << prefix + t;
    return out;
}

} // namespace

void TestPrep2::tokenizerChinese()
{
    TokenizerOptions plain;
    plain.stopWords = nullptr;
    // Unigrams and bigrams of a CJK run, in reading order.
    QCOMPARE(tokens("我喜欢机器学习", plain), split("我 我喜 喜 喜欢 欢 欢机 机 机器 器 器学 学 学习 习"));
    // tok(docs[2]) in reference.py
    QCOMPARE(tokens("价格便宜，质量很好", plain), split("价 价格 格 格便 便 便宜 宜 质 质量 量 量很 很 很好 好"));
    // Latin words, digits and Chinese next to each other are separate tokens.
    QCOMPARE(tokens("iPhone手机，价格2999元", plain), split("iphone 手 手机 机 价 价格 格 2999 元"));
    // Single-character stop words split the run: no bigram across 的 or 很.
    TokenizerOptions zh;
    zh.stopWords = &stopWords(QStringLiteral("chinese"));
    QCOMPARE(tokens("我的手机很好用", zh), split("手 手机 机 好 好用 用"));
    TokenizerOptions unigrams = zh;
    unigrams.cjkBigrams = false;
    QCOMPARE(tokens("我的手机很好用", unigrams), split("手 机 好 用"));
    QVERIFY(stopWords(QStringLiteral("chinese")).count("我们"));
    QVERIFY(stopWords(QStringLiteral("none")).empty());
}

void TestPrep2::tokenizerLatin()
{
    TokenizerOptions o;
    QCOMPARE(tokens("Hello, WORLD! It's 2024_test café", o), split("hello world it s 2024 test café"));
    o.minLength = 2;
    QCOMPARE(tokens("Hello, WORLD! It's 2024_test café", o), split("hello world it 2024 test café"));
    o.stopWords = &stopWords(QStringLiteral("english"));
    QCOMPARE(tokens("Hello, WORLD! It's 2024_test café", o), split("hello world 2024 test café"));
    o.lowercase = false;
    QCOMPARE(tokens("The cat", o), split("The cat"));   // stop words are lower case
    QCOMPARE(stopWords(QStringLiteral("english")).size(), std::size_t(318));   // len(ENGLISH_STOP_WORDS)
    QVERIFY(tokens("", TokenizerOptions()).isEmpty());
    QVERIFY(tokens("  ,;!  ", TokenizerOptions()).isEmpty());
}

void TestPrep2::tfidfMatchesSklearn()
{
    const Table t = corpus();
    TextVectorizeStep step;
    QVERIFY(setUp(step, textParams("tfidf"), t, fitInfo()));
    // TfidfVectorizer(tokenizer=tok, token_pattern=None, lowercase=False, norm="l2",
    //                 smooth_idf=True, sublinear_tf=False).fit_transform(docs)
    const QStringList vocabulary = split(kVocabulary);
    QStringList got;
    for (const auto& term : step.vocabulary())
        got << QString::fromStdString(term);
    QCOMPARE(got, vocabulary);   // get_feature_names_out()
    const double hi = 2.252762968495368, lo = 1.8472978603872037;
    const std::vector<double> idf{hi, hi, lo, lo, hi, hi, hi, hi, hi, lo, hi, lo, hi, hi, lo, hi, hi, lo,
                                  lo, hi, hi, hi, hi, hi, hi, lo, hi, hi, hi, lo, lo, hi, lo, hi, hi};
    QCOMPARE(step.idf().size(), idf.size());
    for (std::size_t k = 0; k < idf.size(); ++k)
        QVERIFY(near(step.idf()[k], idf[k], 1e-14));   // idf_

    auto out = step.transform(t, nullptr);
    QVERIFY(out.ok());
    QVERIFY(!out->find(QStringLiteral("review")));   // replaced by the word columns
    const QStringList columns = prefixed(QStringLiteral("review__"), vocabulary);
    const double a = 0.2832795909473504, b = 0.34545688916834694;
    // M[0]
    compareRow(out.value(), 0, columns,
               {0, 0, a, a, 0, b, 0, 0, b, a, 0, a, b, 0, 0.5665591818947008, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
                0, 0, 0, 0, 0, 0, 0});
    const double c = 0.23637778981059723, d = 0.2882605685195129;
    // M[2]
    compareRow(out.value(), 2, columns,
               {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, c, c, d, d, d, d, d, d, c, d, 0, 0, c, c, 0, c, 0, d});
    // the empty document is a row of zeros
    compareRow(out.value(), 5, columns.mid(0, 3), {0, 0, 0});

    // tv.transform(["lazy 价格 unknownword lazy"]): unknown words ignored, same idf
    Table fresh;
    fresh.addColumn(Column::text(QStringLiteral("review"), {QString::fromUtf8("lazy 价格 unknownword lazy")}));
    out = step.transform(fresh, nullptr);
    QVERIFY(out.ok());
    const double e = 0.3779644730092272;
    compareRow(out.value(), 0, prefixed(QStringLiteral("review__"), split("lazy 价 价格 格 the")),
               {0.7559289460184544, e, e, e, 0});
}

void TestPrep2::englishStopWordsMatchSklearn()
{
    TextVectorizeStep step;
    QVariantMap params = textParams("counts");
    params.insert(QStringLiteral("stop_words"), QStringLiteral("english"));
    QVERIFY(setUp(step, params, corpus(), fitInfo()));
    // TfidfVectorizer(tokenizer=tok, token_pattern=None, lowercase=False, stop_words="english")
    QStringList got;
    for (const auto& term : step.vocabulary())
        got << QString::fromStdString(term);
    QCOMPARE(got, split("2 brown dog dogs fox foxes jump jumps lazy quick quickly 一 一般 价 价格 便 便宜 好 宜 很 很好 格 "
                        "格便 格贵 般 质 质量 贵 量 量一 量很"));
}

void TestPrep2::murmurHashMatchesSklearn()
{
    // sklearn.utils.murmurhash3_32(t, seed=0) (signed)
    QCOMPARE(murmurHash3("hello"), 613153351);
    QCOMPARE(murmurHash3("world"), -74040069);
    QCOMPARE(murmurHash3("价格"), -925346648);
    QCOMPARE(murmurHash3(""), 0);
    QCOMPARE(murmurHash3("a"), 1009084850);
    QCOMPARE(murmurHash3("abcd"), 1139631978);
    QCOMPARE(murmurHash3("abcde"), -392455434);
    QCOMPARE(murmurHash3("dogs"), 1432099133);
}

void TestPrep2::hashingMatchesSklearn()
{
    TextVectorizeStep step;
    QVariantMap params = textParams("hashing");
    params.insert(QStringLiteral("n_features"), 16);
    QVERIFY(setUp(step, params, corpus(), fitInfo()));
    QVERIFY(step.vocabulary().empty());
    auto out = step.transform(corpus(), nullptr);
    QVERIFY(out.ok());
    QStringList columns;
    for (int k = 0; k < 16; ++k)
        columns << QStringLiteral("review__h%1").arg(k);
    // HashingVectorizer(tokenizer=tok, token_pattern=None, lowercase=False, n_features=16,
    //                   alternate_sign=True, norm="l2").transform([docs[4]])
    const double e = 0.3779644730092272;
    compareRow(out.value(), 4, columns, {0.7559289460184544, 0, -e, 0, 0, 0, 0, e, 0, 0, 0, 0, 0, e, 0, 0});
}

void TestPrep2::countsBinaryAndLimits()
{
    Table t;
    t.addColumn(Column::text(QStringLiteral("txt"), {QStringLiteral("a b b c"), QStringLiteral("b c d"),
                                                      QStringLiteral("c d e"), QStringLiteral("c")}));
    // document frequencies: a 1, b 2, c 4, d 2, e 1
    auto vocab = [&](QVariantMap extra) {
        TextVectorizeStep step;
        QVariantMap p{{QStringLiteral("column"), QStringLiteral("txt")}, {QStringLiteral("stop_words"), QStringLiteral("none")},
                      {QStringLiteral("mode"), QStringLiteral("counts")}, {QStringLiteral("max_features"), 0}};
        for (auto it = extra.begin(); it != extra.end(); ++it)
            p.insert(it.key(), it.value());
        if (!setUp(step, p, t, fitInfo()))
            return QStringLiteral("<error>");
        QStringList terms;
        for (const auto& term : step.vocabulary())
            terms << QString::fromStdString(term);
        return terms.join(QLatin1Char(' '));
    };
    QCOMPARE(vocab({}), QStringLiteral("a b c d e"));
    QCOMPARE(vocab({{QStringLiteral("min_df"), 2}}), QStringLiteral("b c d"));
    QCOMPARE(vocab({{QStringLiteral("min_df"), 0.5}}), QStringLiteral("b c d"));        // 50 % of 4 documents
    QCOMPARE(vocab({{QStringLiteral("max_df"), 0.9}}), QStringLiteral("a b d e"));      // c is in all 4
    QCOMPARE(vocab({{QStringLiteral("max_features"), 2}}), QStringLiteral("b c"));      // c (4), then b/d tie -> b
    QCOMPARE(vocab({{QStringLiteral("max_features"), 3}}), QStringLiteral("b c d"));

    TextVectorizeStep counts;
    QVERIFY(setUp(counts, {{QStringLiteral("column"), QStringLiteral("txt")}, {QStringLiteral("mode"), QStringLiteral("counts")},
                           {QStringLiteral("stop_words"), QStringLiteral("none")}},
                  t, fitInfo()));
    auto out = counts.transform(t, nullptr);
    QVERIFY(out.ok());
    compareRow(out.value(), 0, split("txt__a txt__b txt__c txt__d txt__e"), {1, 2, 1, 0, 0});
    TextVectorizeStep binary;
    QVERIFY(setUp(binary, {{QStringLiteral("column"), QStringLiteral("txt")}, {QStringLiteral("mode"), QStringLiteral("binary")},
                           {QStringLiteral("stop_words"), QStringLiteral("none")}},
                  t, fitInfo()));
    out = binary.transform(t, nullptr);
    QVERIFY(out.ok());
    compareRow(out.value(), 0, split("txt__a txt__b txt__c txt__d txt__e"), {1, 1, 1, 0, 0});
    QVERIFY(binary.describe().contains(QLatin1String("5 words from 4 training texts")));
}

void TestPrep2::textAllMissing()
{
    Table t;
    t.addColumn(Column::text(QStringLiteral("txt"), {QString(), QString()}, {true, true}));
    TextVectorizeStep step;
    QVERIFY(step.setParams({{QStringLiteral("column"), QStringLiteral("txt")}}).ok());
    const Status s = step.fit(t, fitInfo(), nullptr);
    QVERIFY(!s.ok());
    QVERIFY(s.error().message.startsWith(QLatin1String("Text to word features: no word of column 'txt'")));
    Table numbers;
    numbers.addColumn(Column::numeric(QStringLiteral("txt"), {1, 2}));
    QVERIFY(!step.fit(numbers, fitInfo(), nullptr).ok());
}

void TestPrep2::textSequence()
{
    Table t;
    t.addColumn(Column::text(QStringLiteral("txt"), {QStringLiteral("the cat sat"), QStringLiteral("the cat ran"),
                                                      QStringLiteral("a dog")}));
    // counts: cat 2, the 2, a 1, dog 1, ran 1, sat 1 -> ids cat 2, the 3, a 4, dog 5 (max_vocab 4)
    TextSequenceStep step;
    QVERIFY(setUp(step, {{QStringLiteral("column"), QStringLiteral("txt")}, {QStringLiteral("max_vocab"), 4}, {QStringLiteral("max_len"), 4}},
                  t, fitInfo()));
    QStringList vocab;
    for (const auto& term : step.vocabulary())
        vocab << QString::fromStdString(term);
    QCOMPARE(vocab, split("cat the a dog"));
    Table fresh;
    fresh.addColumn(Column::text(QStringLiteral("txt"), {QStringLiteral("the cat sat"), QStringLiteral("a dog the cat sat ran"),
                                                          QString()},
                                 {false, false, true}));
    const QStringList cols = split("txt__t0 txt__t1 txt__t2 txt__t3");
    auto out = step.transform(fresh, nullptr);
    QVERIFY(out.ok());
    compareRow(out.value(), 0, cols, {0, 3, 2, 1});   // pre-padding; 'sat' unknown = 1
    compareRow(out.value(), 1, cols, {3, 2, 1, 1});   // truncating 'pre' keeps the end
    compareRow(out.value(), 2, cols, {0, 0, 0, 0});   // missing text = all padding
    TextSequenceStep post;
    QVERIFY(setUp(post, {{QStringLiteral("column"), QStringLiteral("txt")}, {QStringLiteral("max_vocab"), 4}, {QStringLiteral("max_len"), 4},
                         {QStringLiteral("padding"), QStringLiteral("post")}, {QStringLiteral("truncating"), QStringLiteral("post")}},
                  t, fitInfo()));
    out = post.transform(fresh, nullptr);
    QVERIFY(out.ok());
    compareRow(out.value(), 0, cols, {3, 2, 1, 0});
    compareRow(out.value(), 1, cols, {4, 5, 3, 2});
}
