#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <vector>

namespace pp {

/// A numeric formula over columns, for power users' derived features:
///   [Order Total] / max(visits, 1) + if(age >= 30 and vip == 1, 10, 0) - log1p(income)^2
///
/// Grammar (lowest precedence first): `or`, `and`, one comparison (< <= > >= == != ; `=` and
/// `<>` accepted as in spreadsheets), + -, * /, unary minus, ^ (right-associative, binds
/// tighter than unary minus: -2^2 = -4 as in Python), then numbers, columns, calls and
/// parentheses. Columns are bare identifiers (letters, digits, `_`, not starting with a
/// digit; Chinese names work) or any name in brackets: `[Name With Spaces]`.
/// Functions: log, log1p, exp, sqrt, abs (one argument), min, max (two or more), if(c, a, b).
///
/// Missing values: any missing (NaN) operand makes the result missing, including in
/// comparisons, `and`/`or`, min/max and x^0 (numpy would say False, ignore it, or 1);
/// if() with a missing condition is missing, otherwise only the chosen branch matters.
/// Arithmetic is IEEE otherwise: x/0 = ±inf, log(0) = -inf, log and sqrt of negatives NaN.
///
/// Parse errors are translated and give the 1-based character position:
/// "unknown column 'x' at position 7", "missing ')' at position 12".
class Expression
{
    Q_DECLARE_TR_FUNCTIONS(pp::Expression)
public:
    /// Parses `text`; `columns` are the names it may refer to.
    static Result<Expression> parse(const QString& text, const QStringList& columns);

    /// The columns used, in order of first use; evaluate() takes their values in this order.
    const QStringList& columns() const { return m_columns; }

    /// Evaluates on `rows` rows; `inputs[i]` holds the values of columns()[i].
    std::vector<double> evaluate(const std::vector<std::vector<double>>& inputs, std::size_t rows) const;

    enum class Op {
        Number, Column, Neg, Add, Sub, Mul, Div, Pow, Lt, Le, Gt, Ge, Eq, Ne, And, Or,
        Log, Log1p, Exp, Sqrt, Abs, Min, Max, If
    };

private:
    friend class ExpressionParser;
    struct Node
    {
        Op op = Op::Number;
        double value = 0.0;     ///< Number
        int column = -1;        ///< Column: index into m_columns
        std::vector<int> args;  ///< child nodes
    };
    void evalChunk(int node, const std::vector<std::vector<double>>& inputs, std::size_t begin, std::size_t count,
                   double* out) const;

    std::vector<Node> m_nodes;
    int m_root = -1;
    QStringList m_columns;
};

} // namespace pp
