#include "data/sqlite_query_check.h"

#include <QCoreApplication>
#include <QStringList>

#include <vector>

namespace pp {

namespace {

// The translation context shared with sqlite_reader.cpp.
class SqliteReader
{
    Q_DECLARE_TR_FUNCTIONS(pp::SqliteReader)
};

struct Word
{
    QString upper;
    int depth;  ///< parenthesis depth
};

inline bool isWordStart(QChar c) { return c.isLetter() || c == QLatin1Char('_'); }
inline bool isWordChar(QChar c) { return c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('$'); }

// Splits `sql` into bare words (with their depth); `statements` counts the statements,
// i.e. the ';'-separated pieces that hold anything besides blanks and comments, and
// [begin, end) is where the first of them lies.
std::vector<Word> scan(const QString& sql, int* statements, qsizetype* begin, qsizetype* end)
{
    std::vector<Word> words;
    const qsizetype n = sql.size();
    bool pieceHasContent = false;
    qsizetype pieceStart = 0;
    int depth = 0;
    *statements = 0;
    *begin = 0;
    *end = n;
    auto skipQuoted = [&](qsizetype i, QChar close) {
        // Returns the index of the closing character; doubled closers are escapes.
        for (qsizetype j = i + 1; j < n; ++j) {
            if (sql.at(j) == close) {
                if (close != QLatin1Char(']') && j + 1 < n && sql.at(j + 1) == close) {
                    ++j;
                    continue;
                }
                return j;
            }
        }
        return n;
    };
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = sql.at(i);
        if (c.isSpace())
            continue;
        if (c == QLatin1Char('-') && i + 1 < n && sql.at(i + 1) == QLatin1Char('-')) {
            const qsizetype eol = sql.indexOf(QLatin1Char('\n'), i);
            i = eol < 0 ? n : eol;
            continue;
        }
        if (c == QLatin1Char('/') && i + 1 < n && sql.at(i + 1) == QLatin1Char('*')) {
            const qsizetype end = sql.indexOf(QLatin1String("*/"), i + 2);
            i = end < 0 ? n : end + 1;
            continue;
        }
        if (c == QLatin1Char(';')) {
            if (pieceHasContent && ++*statements == 1) {
                *begin = pieceStart;
                *end = i;
            }
            pieceHasContent = false;
            pieceStart = i + 1;
            continue;
        }
        pieceHasContent = true;
        if (c == QLatin1Char('\'') || c == QLatin1Char('"') || c == QLatin1Char('`')) {
            i = skipQuoted(i, c);
        } else if (c == QLatin1Char('[')) {
            i = skipQuoted(i, QLatin1Char(']'));
        } else if (c == QLatin1Char('(')) {
            ++depth;
        } else if (c == QLatin1Char(')')) {
            --depth;
        } else if (isWordStart(c)) {
            qsizetype j = i + 1;
            while (j < n && isWordChar(sql.at(j)))
                ++j;
            words.push_back({sql.mid(i, j - i).toUpper(), depth});
            i = j - 1;
        }
    }
    if (pieceHasContent && ++*statements == 1) {
        *begin = pieceStart;
        *end = n;
    }
    return words;
}

} // namespace

bool checkSingleSelect(const QString& sql, QString* error, QString* statement)
{
    int statements = 0;
    qsizetype begin = 0;
    qsizetype end = 0;
    const std::vector<Word> words = scan(sql, &statements, &begin, &end);
    if (statements == 0 || words.empty()) {
        *error = SqliteReader::tr("The query is empty.");
        return false;
    }
    if (statements > 1) {
        *error = SqliteReader::tr("Only one statement can be run at a time; remove what follows the first ';'.");
        return false;
    }
    QString verb = words.front().upper;
    if (verb == u"WITH") {
        // The main statement is the first top-level verb after the common table expressions.
        static const QStringList verbs = {QStringLiteral("SELECT"), QStringLiteral("VALUES"), QStringLiteral("INSERT"),
                                          QStringLiteral("UPDATE"),  QStringLiteral("DELETE"), QStringLiteral("REPLACE")};
        verb.clear();
        for (std::size_t i = 1; i < words.size() && verb.isEmpty(); ++i) {
            if (words[i].depth == 0 && verbs.contains(words[i].upper))
                verb = words[i].upper;
        }
    }
    if (verb != u"SELECT") {
        *error = SqliteReader::tr("Only a SELECT query can be run here; this statement is %1.")
                     .arg(verb.isEmpty() ? words.front().upper : verb);
        return false;
    }
    if (statement)
        *statement = sql.mid(begin, end - begin);
    return true;
}

} // namespace pp
