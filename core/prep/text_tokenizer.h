#pragma once

#include <QString>

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace pp {

using StopWordSet = std::unordered_set<std::string>;

/// The shipped stop-word lists: "english" (scikit-learn's 318 words), "chinese" (function
/// words), "both", or "none"/"" (empty). Read once from the compiled-in resources
/// :/pp/stopwords/en.txt and zh.txt (source: resources/stopwords/*.txt; '#' starts a comment).
const StopWordSet& stopWords(const QString& which);

struct TokenizerOptions
{
    bool lowercase = true;          ///< simple Unicode lower-casing before anything else
    bool cjkBigrams = true;         ///< Chinese/Japanese runs also give character bigrams
    int minLength = 1;              ///< shorter Latin words are dropped (in code points)
    const StopWordSet* stopWords = nullptr;
};

/// Splits UTF-8 text into tokens without an external segmenter:
/// - a token is a maximal run of letters and digits (Unicode categories L*, N*, and combining
///   marks); everything else (spaces, punctuation, '_', symbols) separates tokens, so
///   punctuation is stripped;
/// - runs of CJK characters (Han ideographs, hiragana, katakana) are not words: each gives its
///   characters (unigrams) and, with cjkBigrams, each pair of neighbours, in reading order
///   c1, c1c2, c2, c2c3, c3 ... A Latin word and CJK characters touching each other
///   ("iPhone手机") are separate tokens;
/// - stop words are removed after lower-casing; a single-character stop word inside a CJK run
///   splits the run, so "我的手机" gives 手, 手机, 机 with 我/的 removed and no bigram across
///   them; multi-character stop words are removed as tokens (bigrams included).
std::vector<std::string> tokenize(std::string_view utf8, const TokenizerOptions& options);

/// True for the CJK code points tokenize() treats character by character.
bool isCjk(char32_t c);

/// MurmurHash3_x86_32 (Austin Appleby, public domain) of the bytes, as a signed 32-bit value:
/// the same number as sklearn.utils.murmurhash3_32(key, seed, positive=False).
std::int32_t murmurHash3(std::string_view bytes, std::uint32_t seed = 0);

} // namespace pp
