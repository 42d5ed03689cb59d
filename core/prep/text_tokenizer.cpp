#include "prep/text_tokenizer.h"

#include <QChar>
#include <QFile>

#include <cstring>

namespace pp {

namespace {

StopWordSet loadList(const char* resource)
{
    StopWordSet out;
    QFile f(QString::fromLatin1(resource));
    if (!f.open(QIODevice::ReadOnly))
        return out;   // a missing resource is a build error caught by the tests
    for (const QByteArray& raw : f.readAll().split('\n')) {
        const QByteArray line = raw.trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        out.insert(line.toStdString());
    }
    return out;
}

void appendUtf8(std::string& out, char32_t c)
{
    if (c < 0x80) {
        out += static_cast<char>(c);
    } else if (c < 0x800) {
        out += static_cast<char>(0xC0 | (c >> 6));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        out += static_cast<char>(0xE0 | (c >> 12));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (c >> 18));
        out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    }
}

/// Next code point of `s` from `i`; malformed bytes give U+FFFD (a separator) and advance one.
char32_t nextCodePoint(std::string_view s, std::size_t& i)
{
    const auto b0 = static_cast<unsigned char>(s[i]);
    auto cont = [&](std::size_t k) {
        return i + k < s.size() && (static_cast<unsigned char>(s[i + k]) & 0xC0) == 0x80;
    };
    auto byte = [&](std::size_t k) { return static_cast<char32_t>(static_cast<unsigned char>(s[i + k]) & 0x3F); };
    if (b0 < 0x80) {
        ++i;
        return b0;
    }
    if ((b0 & 0xE0) == 0xC0 && cont(1)) {
        const char32_t c = (static_cast<char32_t>(b0 & 0x1F) << 6) | byte(1);
        i += 2;
        return c;
    }
    if ((b0 & 0xF0) == 0xE0 && cont(1) && cont(2)) {
        const char32_t c = (static_cast<char32_t>(b0 & 0x0F) << 12) | (byte(1) << 6) | byte(2);
        i += 3;
        return c;
    }
    if ((b0 & 0xF8) == 0xF0 && cont(1) && cont(2) && cont(3)) {
        const char32_t c = (static_cast<char32_t>(b0 & 0x07) << 18) | (byte(1) << 12) | (byte(2) << 6) | byte(3);
        i += 4;
        return c;
    }
    ++i;
    return 0xFFFD;
}

bool isWordChar(char32_t c)
{
    if (c < 0x80)
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    return QChar::isLetterOrNumber(c) || QChar::isMark(c);
}

std::uint32_t rotl(std::uint32_t x, int r) { return (x << r) | (x >> (32 - r)); }

} // namespace

const StopWordSet& stopWords(const QString& which)
{
    static const StopWordSet none;
    static const StopWordSet english = loadList(":/pp/stopwords/en.txt");
    static const StopWordSet chinese = loadList(":/pp/stopwords/zh.txt");
    static const StopWordSet both = [] {
        StopWordSet s = english;
        s.insert(chinese.begin(), chinese.end());
        return s;
    }();
    if (which == QLatin1String("english"))
        return english;
    if (which == QLatin1String("chinese"))
        return chinese;
    if (which == QLatin1String("both"))
        return both;
    return none;
}

bool isCjk(char32_t c)
{
    return (c >= 0x3040 && c <= 0x30FF)       // hiragana, katakana
        || (c >= 0x3400 && c <= 0x4DBF)       // CJK extension A
        || (c >= 0x4E00 && c <= 0x9FFF)       // CJK unified ideographs
        || (c >= 0xF900 && c <= 0xFAFF)       // compatibility ideographs
        || (c >= 0x20000 && c <= 0x3134F);    // extensions B..G
}

std::vector<std::string> tokenize(std::string_view text, const TokenizerOptions& options)
{
    std::vector<std::string> tokens;
    const StopWordSet* stop = options.stopWords && !options.stopWords->empty() ? options.stopWords : nullptr;
    std::string word;
    int wordLength = 0;
    std::vector<std::string> run;   // the characters of the current CJK run

    auto flushWord = [&] {
        if (wordLength >= options.minLength && !word.empty() && !(stop && stop->count(word)))
            tokens.push_back(word);
        word.clear();
        wordLength = 0;
    };
    auto flushRun = [&] {
        for (std::size_t i = 0; i < run.size(); ++i) {
            tokens.push_back(run[i]);
            if (options.cjkBigrams && i + 1 < run.size()) {
                std::string bigram = run[i] + run[i + 1];
                if (!(stop && stop->count(bigram)))
                    tokens.push_back(std::move(bigram));
            }
        }
        run.clear();
    };

    std::size_t i = 0;
    while (i < text.size()) {
        char32_t c = nextCodePoint(text, i);
        if (isCjk(c)) {
            flushWord();
            std::string ch;
            appendUtf8(ch, c);
            if (stop && stop->count(ch))
                flushRun();   // a single-character stop word splits the run
            else
                run.push_back(std::move(ch));
        } else if (isWordChar(c)) {
            flushRun();
            if (options.lowercase)
                c = QChar::toLower(c);
            appendUtf8(word, c);
            ++wordLength;
        } else {
            flushWord();
            flushRun();
        }
    }
    flushWord();
    flushRun();
    return tokens;
}

std::int32_t murmurHash3(std::string_view bytes, std::uint32_t seed)
{
    const auto* data = reinterpret_cast<const unsigned char*>(bytes.data());
    const std::size_t len = bytes.size();
    const std::size_t blocks = len / 4;
    std::uint32_t h1 = seed;
    constexpr std::uint32_t c1 = 0xcc9e2d51;
    constexpr std::uint32_t c2 = 0x1b873593;
    for (std::size_t b = 0; b < blocks; ++b) {
        std::uint32_t k1;
        std::memcpy(&k1, data + b * 4, 4);   // little-endian hosts, as the reference
        k1 *= c1;
        k1 = rotl(k1, 15);
        k1 *= c2;
        h1 ^= k1;
        h1 = rotl(h1, 13);
        h1 = h1 * 5 + 0xe6546b64;
    }
    const unsigned char* tail = data + blocks * 4;
    std::uint32_t k1 = 0;
    switch (len & 3) {
    case 3:
        k1 ^= static_cast<std::uint32_t>(tail[2]) << 16;
        [[fallthrough]];
    case 2:
        k1 ^= static_cast<std::uint32_t>(tail[1]) << 8;
        [[fallthrough]];
    case 1:
        k1 ^= tail[0];
        k1 *= c1;
        k1 = rotl(k1, 15);
        k1 *= c2;
        h1 ^= k1;
    }
    h1 ^= static_cast<std::uint32_t>(len);
    h1 ^= h1 >> 16;
    h1 *= 0x85ebca6b;
    h1 ^= h1 >> 13;
    h1 *= 0xc2b2ae35;
    h1 ^= h1 >> 16;
    return static_cast<std::int32_t>(h1);
}

} // namespace pp
