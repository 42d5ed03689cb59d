#pragma once

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace pp::detail {

/// Splits RFC 4180 records out of a UTF-8 buffer: fields separated by `delimiter`,
/// records by LF, CRLF or CR, fields optionally quoted with `quote` ("" inside quotes is
/// one quote; quoted fields may span lines). A quote inside an unquoted field is literal,
/// and text after a closing quote is kept (lenient, like pandas' C parser).
class CsvTokenizer
{
public:
    struct Field
    {
        const char* data;
        std::uint32_t size;
    };
    enum class Status { Record, End, UnterminatedQuote };

    CsvTokenizer(const char* begin, const char* end, char delimiter, char quote)
        : m_p(begin), m_end(end), m_limit(end), m_delimiter(delimiter), m_quote(quote)
    {
        std::memset(m_special, 0, sizeof m_special);
        m_special[static_cast<unsigned char>(delimiter)] = 1;
        m_special[static_cast<unsigned char>('\n')] = 1;
        m_special[static_cast<unsigned char>('\r')] = 1;
    }

    const char* position() const { return m_p; }
    /// Records that start at or after `limit` are left to the next chunk.
    void setLimit(const char* limit) { m_limit = limit; }
    /// Physical line (1-based, relative to `firstLine`) where the last record started.
    std::int64_t recordLine() const { return m_recordLine; }
    /// Line breaks passed so far.
    std::int64_t linesPassed() const { return m_lines; }
    void setFirstLine(std::int64_t line) { m_firstLine = line; }
    /// Where an unterminated quote opened: line and 1-based column (field number).
    std::int64_t quoteLine() const { return m_quoteLine; }
    int quoteField() const { return m_quoteField; }

    /// Reads the next record into `fields` (views stay valid until the next call).
    /// Blank lines are skipped. Returns End when the buffer is exhausted.
    Status next(std::vector<Field>& fields)
    {
        fields.clear();
        m_scratch.clear();
        m_scratchFields.clear();
        // Skip blank lines.
        while (m_p < m_limit && (*m_p == '\n' || *m_p == '\r'))
            eatNewline();
        if (m_p >= m_limit)
            return Status::End;
        m_recordLine = m_firstLine + m_lines;
        while (true) {
            const char* fieldStart = m_p;
            if (m_quote && m_p < m_end && *m_p == m_quote) {
                if (!readQuoted(fields))
                    return Status::UnterminatedQuote;
            } else {
                const char* q = scanToSpecial(m_p);
                fields.push_back({fieldStart, static_cast<std::uint32_t>(q - fieldStart)});
                m_p = q;
            }
            if (m_p >= m_end)
                break;
            if (*m_p == m_delimiter) {
                ++m_p;
                if (m_p >= m_end) {
                    fields.push_back({m_p, 0});  // "a,b," ends with an empty field
                    break;
                }
                continue;
            }
            eatNewline();  // '\n' or '\r'
            break;
        }
        resolveScratch(fields);
        return Status::Record;
    }

private:
    // First delimiter, CR or LF at or after p (or m_end): 16 bytes per step with SSE2.
    const char* scanToSpecial(const char* q) const
    {
#if defined(__SSE2__)
        const __m128i delim = _mm_set1_epi8(m_delimiter);
        const __m128i lf = _mm_set1_epi8('\n');
        const __m128i cr = _mm_set1_epi8('\r');
        while (q + 16 <= m_end) {
            const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(q));
            const __m128i hit = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, delim), _mm_cmpeq_epi8(v, lf)),
                                             _mm_cmpeq_epi8(v, cr));
            const int mask = _mm_movemask_epi8(hit);
            if (mask != 0)
                return q + __builtin_ctz(static_cast<unsigned>(mask));
            q += 16;
        }
#endif
        while (q < m_end && !m_special[static_cast<unsigned char>(*q)])
            ++q;
        return q;
    }

    void eatNewline()
    {
        if (*m_p == '\r' && m_p + 1 < m_end && m_p[1] == '\n')
            ++m_p;
        ++m_p;
        ++m_lines;
    }

    // Quoted field starting at m_p. Unescaped content goes to the scratch buffer only when
    // needed ("" escapes or text after the closing quote); otherwise a view into the input.
    bool readQuoted(std::vector<Field>& fields)
    {
        const char* open = m_p;
        const char* s = m_p + 1;
        const char* segStart = s;
        bool copied = false;
        std::size_t scratchStart = m_scratch.size();
        while (true) {
            const void* hit = std::memchr(s, m_quote, static_cast<std::size_t>(m_end - s));
            if (!hit) {
                m_quoteLine = m_firstLine + m_lines;
                m_quoteField = static_cast<int>(fields.size()) + 1;
                (void)open;
                return false;
            }
            const char* q = static_cast<const char*>(hit);
            countLines(s, q);
            if (q + 1 < m_end && q[1] == m_quote) {
                // Escaped quote: keep one.
                if (!copied) {
                    copied = true;
                    scratchStart = m_scratch.size();
                }
                m_scratch.append(segStart, static_cast<std::size_t>(q + 1 - segStart));
                s = q + 2;
                segStart = s;
                continue;
            }
            // Closing quote. Text up to the next delimiter/newline is kept literally.
            const char* after = q + 1;
            const char* t = scanToSpecial(after);
            if (!copied && t == after) {
                fields.push_back({segStart, static_cast<std::uint32_t>(q - segStart)});
            } else {
                if (!copied)
                    scratchStart = m_scratch.size();
                m_scratch.append(segStart, static_cast<std::size_t>(q - segStart));
                m_scratch.append(after, static_cast<std::size_t>(t - after));
                m_scratchFields.push_back({fields.size(), scratchStart, m_scratch.size() - scratchStart});
                fields.push_back({nullptr, 0});
            }
            m_p = t;
            return true;
        }
    }

    void countLines(const char* a, const char* b)
    {
        for (const char* c = a; c < b; ++c) {
            if (*c == '\n')
                ++m_lines;
            else if (*c == '\r' && (c + 1 >= b || c[1] != '\n'))
                ++m_lines;
        }
    }

    void resolveScratch(std::vector<Field>& fields)
    {
        for (const auto& sf : m_scratchFields)
            fields[sf.index] = {m_scratch.data() + sf.offset, static_cast<std::uint32_t>(sf.size)};
    }

    struct ScratchField
    {
        std::size_t index;
        std::size_t offset;
        std::size_t size;
    };

    const char* m_p;
    const char* m_end;
    const char* m_limit;
    char m_delimiter;
    char m_quote;
    unsigned char m_special[256];
    std::string m_scratch;
    std::vector<ScratchField> m_scratchFields;
    std::int64_t m_firstLine = 1;
    std::int64_t m_lines = 0;
    std::int64_t m_recordLine = 1;
    std::int64_t m_quoteLine = 0;
    int m_quoteField = 0;
};

} // namespace pp::detail
