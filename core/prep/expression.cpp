#include "prep/expression.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace pp {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

enum class Tok {
    End, Number, Ident, Bracketed, LParen, RParen, Comma,
    Plus, Minus, Star, Slash, Caret, Lt, Le, Gt, Ge, Eq, Ne
};

struct Token
{
    Tok kind = Tok::End;
    QString text;       ///< identifier / column name / the source characters
    double number = 0;
    int pos = 0;        ///< 0-based index in the source
};

struct FunctionInfo
{
    const char* name;
    Expression::Op op;
    int minArgs;
    int maxArgs;        ///< -1 = no limit
};

constexpr FunctionInfo kFunctions[] = {
    {"log", Expression::Op::Log, 1, 1},     {"log1p", Expression::Op::Log1p, 1, 1},
    {"exp", Expression::Op::Exp, 1, 1},     {"sqrt", Expression::Op::Sqrt, 1, 1},
    {"abs", Expression::Op::Abs, 1, 1},     {"min", Expression::Op::Min, 2, -1},
    {"max", Expression::Op::Max, 2, -1},    {"if", Expression::Op::If, 3, 3},
};

bool isIdentStart(QChar c) { return c.isLetter() || c == QLatin1Char('_'); }
bool isIdentPart(QChar c) { return c.isLetterOrNumber() || c == QLatin1Char('_') || c.isMark(); }

} // namespace

/// Recursive descent over a token list; one instance per parse. Errors stop at the first.
class ExpressionParser
{
public:
    ExpressionParser(const QString& text, const QStringList& columns, Expression* out)
        : m_text(text), m_known(columns), m_out(out)
    {
    }

    bool run()
    {
        if (!tokenize())
            return false;
        if (m_tokens.size() == 1) {
            m_error = Expression::tr("the expression is empty.");
            return false;
        }
        const int root = parseOr();
        if (root < 0)
            return false;
        if (peek().kind != Tok::End) {
            m_error = peek().kind == Tok::RParen
                ? Expression::tr("unmatched ')' at position %1").arg(peek().pos + 1)
                : Expression::tr("unexpected '%1' at position %2").arg(peek().text).arg(peek().pos + 1);
            return false;
        }
        m_out->m_root = root;
        return true;
    }

    const QString& error() const { return m_error; }

private:
    bool tokenize()
    {
        const int n = static_cast<int>(m_text.size());
        int i = 0;
        while (i < n) {
            const QChar c = m_text.at(i);
            if (c.isSpace()) {
                ++i;
                continue;
            }
            Token t;
            t.pos = i;
            if (c.isDigit() || (c == QLatin1Char('.') && i + 1 < n && m_text.at(i + 1).isDigit())) {
                int j = i;
                while (j < n && (m_text.at(j).isDigit() || m_text.at(j) == QLatin1Char('.')))
                    ++j;
                if (j < n && (m_text.at(j) == QLatin1Char('e') || m_text.at(j) == QLatin1Char('E'))) {
                    int k = j + 1;
                    if (k < n && (m_text.at(k) == QLatin1Char('+') || m_text.at(k) == QLatin1Char('-')))
                        ++k;
                    if (k < n && m_text.at(k).isDigit()) {
                        while (k < n && m_text.at(k).isDigit())
                            ++k;
                        j = k;
                    }
                }
                t.kind = Tok::Number;
                t.text = m_text.mid(i, j - i);
                bool ok = false;
                t.number = t.text.toDouble(&ok);
                if (!ok) {
                    m_error = Expression::tr("bad number '%1' at position %2").arg(t.text).arg(i + 1);
                    return false;
                }
                i = j;
            } else if (isIdentStart(c)) {
                int j = i + 1;
                while (j < n && isIdentPart(m_text.at(j)))
                    ++j;
                t.kind = Tok::Ident;
                t.text = m_text.mid(i, j - i);
                i = j;
            } else if (c == QLatin1Char('[')) {
                const qsizetype close = m_text.indexOf(QLatin1Char(']'), i + 1);
                if (close < 0) {
                    m_error = Expression::tr("missing ']' for the column name at position %1").arg(i + 1);
                    return false;
                }
                t.kind = Tok::Bracketed;
                t.text = m_text.mid(i + 1, close - i - 1).trimmed();
                i = static_cast<int>(close) + 1;
            } else {
                const QChar next = i + 1 < n ? m_text.at(i + 1) : QChar();
                int len = 1;
                switch (c.unicode()) {
                case '(': t.kind = Tok::LParen; break;
                case ')': t.kind = Tok::RParen; break;
                case ',': t.kind = Tok::Comma; break;
                case '+': t.kind = Tok::Plus; break;
                case '-': t.kind = Tok::Minus; break;
                case '*': t.kind = Tok::Star; break;
                case '/': t.kind = Tok::Slash; break;
                case '^': t.kind = Tok::Caret; break;
                case '<':
                    if (next == QLatin1Char('=')) { t.kind = Tok::Le; len = 2; }
                    else if (next == QLatin1Char('>')) { t.kind = Tok::Ne; len = 2; }
                    else t.kind = Tok::Lt;
                    break;
                case '>':
                    if (next == QLatin1Char('=')) { t.kind = Tok::Ge; len = 2; }
                    else t.kind = Tok::Gt;
                    break;
                case '=':
                    t.kind = Tok::Eq;
                    len = next == QLatin1Char('=') ? 2 : 1;
                    break;
                case '!':
                    if (next == QLatin1Char('=')) { t.kind = Tok::Ne; len = 2; break; }
                    [[fallthrough]];
                default:
                    m_error = Expression::tr("unexpected character '%1' at position %2").arg(c).arg(i + 1);
                    return false;
                }
                t.text = m_text.mid(i, len);
                i += len;
            }
            m_tokens.push_back(t);
        }
        Token end;
        end.pos = n;
        m_tokens.push_back(end);
        return true;
    }

    const Token& peek() const { return m_tokens[m_next]; }
    const Token& take() { return m_tokens[m_next++]; }
    bool isKeyword(const Token& t, const char* word) const
    {
        return t.kind == Tok::Ident && t.text.compare(QLatin1String(word), Qt::CaseInsensitive) == 0;
    }

    int add(Expression::Op op, std::vector<int> args)
    {
        Expression::Node node;
        node.op = op;
        node.args = std::move(args);
        m_out->m_nodes.push_back(std::move(node));
        return static_cast<int>(m_out->m_nodes.size()) - 1;
    }

    int parseOr()
    {
        int left = parseAnd();
        while (left >= 0 && isKeyword(peek(), "or")) {
            take();
            const int right = parseAnd();
            if (right < 0)
                return -1;
            left = add(Expression::Op::Or, {left, right});
        }
        return left;
    }

    int parseAnd()
    {
        int left = parseComparison();
        while (left >= 0 && isKeyword(peek(), "and")) {
            take();
            const int right = parseComparison();
            if (right < 0)
                return -1;
            left = add(Expression::Op::And, {left, right});
        }
        return left;
    }

    int parseComparison()
    {
        const int left = parseAdditive();
        if (left < 0)
            return -1;
        Expression::Op op;
        switch (peek().kind) {
        case Tok::Lt: op = Expression::Op::Lt; break;
        case Tok::Le: op = Expression::Op::Le; break;
        case Tok::Gt: op = Expression::Op::Gt; break;
        case Tok::Ge: op = Expression::Op::Ge; break;
        case Tok::Eq: op = Expression::Op::Eq; break;
        case Tok::Ne: op = Expression::Op::Ne; break;
        default: return left;
        }
        take();
        const int right = parseAdditive();
        return right < 0 ? -1 : add(op, {left, right});
    }

    int parseAdditive()
    {
        int left = parseTerm();
        while (left >= 0 && (peek().kind == Tok::Plus || peek().kind == Tok::Minus)) {
            const auto op = take().kind == Tok::Plus ? Expression::Op::Add : Expression::Op::Sub;
            const int right = parseTerm();
            if (right < 0)
                return -1;
            left = add(op, {left, right});
        }
        return left;
    }

    int parseTerm()
    {
        int left = parseUnary();
        while (left >= 0 && (peek().kind == Tok::Star || peek().kind == Tok::Slash)) {
            const auto op = take().kind == Tok::Star ? Expression::Op::Mul : Expression::Op::Div;
            const int right = parseUnary();
            if (right < 0)
                return -1;
            left = add(op, {left, right});
        }
        return left;
    }

    int parseUnary()
    {
        if (peek().kind == Tok::Minus) {
            take();
            const int operand = parseUnary();
            return operand < 0 ? -1 : add(Expression::Op::Neg, {operand});
        }
        if (peek().kind == Tok::Plus) {
            take();
            return parseUnary();
        }
        return parsePower();
    }

    int parsePower()
    {
        const int base = parsePrimary();
        if (base < 0 || peek().kind != Tok::Caret)
            return base;
        take();
        const int exponent = parseUnary();   // right-associative; 2^-1 allowed
        return exponent < 0 ? -1 : add(Expression::Op::Pow, {base, exponent});
    }

    int column(const Token& t)
    {
        if (!m_known.contains(t.text)) {
            m_error = Expression::tr("unknown column '%1' at position %2").arg(t.text).arg(t.pos + 1);
            return -1;
        }
        qsizetype index = m_out->m_columns.indexOf(t.text);
        if (index < 0) {
            m_out->m_columns << t.text;
            index = m_out->m_columns.size() - 1;
        }
        const int node = add(Expression::Op::Column, {});
        m_out->m_nodes[static_cast<std::size_t>(node)].column = static_cast<int>(index);
        return node;
    }

    int parseCall(const Token& name)
    {
        const FunctionInfo* fn = nullptr;
        for (const auto& f : kFunctions)
            if (name.text.compare(QLatin1String(f.name), Qt::CaseInsensitive) == 0)
                fn = &f;
        if (!fn) {
            m_error = Expression::tr("unknown function '%1' at position %2").arg(name.text).arg(name.pos + 1);
            return -1;
        }
        take();   // '('
        std::vector<int> args;
        if (peek().kind != Tok::RParen) {
            while (true) {
                const int arg = parseOr();
                if (arg < 0)
                    return -1;
                args.push_back(arg);
                if (peek().kind != Tok::Comma)
                    break;
                take();
            }
        }
        if (peek().kind != Tok::RParen) {
            m_error = Expression::tr("missing ')' at position %1").arg(peek().pos + 1);
            return -1;
        }
        take();
        const int count = static_cast<int>(args.size());
        if (count < fn->minArgs || (fn->maxArgs >= 0 && count > fn->maxArgs)) {
            const QString expected = fn->maxArgs < 0 ? Expression::tr("at least %1").arg(fn->minArgs)
                                                     : QString::number(fn->minArgs);
            m_error = Expression::tr("%1() takes %2 argument(s), got %3, at position %4")
                          .arg(QLatin1String(fn->name), expected)
                          .arg(count)
                          .arg(name.pos + 1);
            return -1;
        }
        return add(fn->op, std::move(args));
    }

    int parsePrimary()
    {
        const Token t = take();
        switch (t.kind) {
        case Tok::Number: {
            const int node = add(Expression::Op::Number, {});
            m_out->m_nodes[static_cast<std::size_t>(node)].value = t.number;
            return node;
        }
        case Tok::Bracketed:
            return column(t);
        case Tok::Ident:
            if (peek().kind == Tok::LParen)
                return parseCall(t);
            return column(t);
        case Tok::LParen: {
            const int inner = parseOr();
            if (inner < 0)
                return -1;
            if (peek().kind != Tok::RParen) {
                m_error = Expression::tr("missing ')' at position %1").arg(peek().pos + 1);
                return -1;
            }
            take();
            return inner;
        }
        case Tok::End:
            m_error = Expression::tr("unexpected end of expression at position %1").arg(t.pos + 1);
            return -1;
        default:
            m_error = Expression::tr("unexpected '%1' at position %2").arg(t.text).arg(t.pos + 1);
            return -1;
        }
    }

    const QString& m_text;
    const QStringList& m_known;
    Expression* m_out;
    std::vector<Token> m_tokens;
    std::size_t m_next = 0;
    QString m_error;
};

Result<Expression> Expression::parse(const QString& text, const QStringList& columns)
{
    Expression e;
    ExpressionParser parser(text, columns, &e);
    if (!parser.run())
        return Result<Expression>::failure(parser.error());
    return e;
}

std::vector<double> Expression::evaluate(const std::vector<std::vector<double>>& inputs, std::size_t rows) const
{
    std::vector<double> out(rows, kNaN);
    // Chunks keep the temporaries of every node in cache on million-row tables.
    constexpr std::size_t kChunk = 4096;
    for (std::size_t begin = 0; begin < rows; begin += kChunk)
        evalChunk(m_root, inputs, begin, std::min(kChunk, rows - begin), out.data() + begin);
    return out;
}

void Expression::evalChunk(int node, const std::vector<std::vector<double>>& inputs, std::size_t begin,
                           std::size_t count, double* out) const
{
    const Node& n = m_nodes[static_cast<std::size_t>(node)];
    if (n.op == Op::Number) {
        std::fill(out, out + count, n.value);
        return;
    }
    if (n.op == Op::Column) {
        const double* src = inputs[static_cast<std::size_t>(n.column)].data() + begin;
        std::copy(src, src + count, out);
        return;
    }
    // Children into temporaries, then combine element-wise.
    std::vector<std::vector<double>> a(n.args.size(), std::vector<double>(count));
    for (std::size_t k = 0; k < n.args.size(); ++k)
        evalChunk(n.args[k], inputs, begin, count, a[k].data());
    auto bin = [&](auto f) {
        for (std::size_t i = 0; i < count; ++i) {
            const double x = a[0][i], y = a[1][i];
            out[i] = (std::isnan(x) || std::isnan(y)) ? kNaN : f(x, y);
        }
    };
    auto un = [&](auto f) {
        for (std::size_t i = 0; i < count; ++i)
            out[i] = f(a[0][i]);
    };
    auto truth = [](bool b) { return b ? 1.0 : 0.0; };
    switch (n.op) {
    case Op::Neg: un([](double x) { return -x; }); break;
    case Op::Add: bin([](double x, double y) { return x + y; }); break;
    case Op::Sub: bin([](double x, double y) { return x - y; }); break;
    case Op::Mul: bin([](double x, double y) { return x * y; }); break;
    case Op::Div: bin([](double x, double y) { return x / y; }); break;
    case Op::Pow: bin([](double x, double y) { return std::pow(x, y); }); break;
    case Op::Lt: bin([&](double x, double y) { return truth(x < y); }); break;
    case Op::Le: bin([&](double x, double y) { return truth(x <= y); }); break;
    case Op::Gt: bin([&](double x, double y) { return truth(x > y); }); break;
    case Op::Ge: bin([&](double x, double y) { return truth(x >= y); }); break;
    case Op::Eq: bin([&](double x, double y) { return truth(x == y); }); break;
    case Op::Ne: bin([&](double x, double y) { return truth(x != y); }); break;
    case Op::And: bin([&](double x, double y) { return truth(x != 0 && y != 0); }); break;
    case Op::Or: bin([&](double x, double y) { return truth(x != 0 || y != 0); }); break;
    case Op::Log: un([](double x) { return std::log(x); }); break;
    case Op::Log1p: un([](double x) { return std::log1p(x); }); break;
    case Op::Exp: un([](double x) { return std::exp(x); }); break;
    case Op::Sqrt: un([](double x) { return std::sqrt(x); }); break;
    case Op::Abs: un([](double x) { return std::fabs(x); }); break;
    case Op::Min:
    case Op::Max:
        for (std::size_t i = 0; i < count; ++i) {
            double r = a[0][i];
            for (std::size_t k = 1; k < a.size() && !std::isnan(r); ++k) {
                const double v = a[k][i];
                r = std::isnan(v) ? kNaN : (n.op == Op::Min ? std::min(r, v) : std::max(r, v));
            }
            out[i] = r;
        }
        break;
    case Op::If:
        for (std::size_t i = 0; i < count; ++i) {
            const double c = a[0][i];
            out[i] = std::isnan(c) ? kNaN : (c != 0 ? a[1][i] : a[2][i]);
        }
        break;
    case Op::Number:
    case Op::Column:
        break;
    }
}

} // namespace pp
