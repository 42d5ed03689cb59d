#pragma once

#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>
#include <utility>
#include <vector>

namespace pp {

/// A non-fatal problem met while doing a step (a ragged row, an unparsable cell...).
/// `line` is 1-based in the source file (0 = not applicable), `column` 1-based (0 = n/a).
struct Warning
{
    QString kind;      ///< stable machine-readable kind, e.g. "ragged_row" (used in JSON)
    qint64 line = 0;
    int column = 0;
    QString detail;    ///< translated, human-readable
};

/// Where a hard error happened, for messages like "file.csv:12:3: unterminated quote".
struct ErrorInfo
{
    QString message;   ///< translated, human-readable
    QString file;
    qint64 line = 0;   ///< 1-based, 0 = not applicable
    int column = 0;    ///< 1-based, 0 = not applicable
    bool cancelled = false;

    /// "file:line:column: message" with the parts that apply.
    QString toString() const;
};

/// The outcome of a core step: a value, or an error; warnings either way.
/// Core never throws across its public API; it returns one of these.
template <class T>
class Result
{
public:
    Result() = default;
    Result(T value) : m_value(std::move(value)) {}                // NOLINT: implicit on purpose
    static Result failure(ErrorInfo error)
    {
        Result r;
        r.m_error = std::move(error);
        return r;
    }
    static Result failure(const QString& message)
    {
        ErrorInfo e;
        e.message = message;
        return failure(std::move(e));
    }
    static Result cancelledResult()
    {
        ErrorInfo e;
        e.cancelled = true;
        e.message = QStringLiteral("cancelled");
        return failure(std::move(e));
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    bool cancelled() const { return m_error.cancelled; }

    T& value() { return *m_value; }
    const T& value() const { return *m_value; }
    T* operator->() { return &*m_value; }
    const T* operator->() const { return &*m_value; }
    T take() { return std::move(*m_value); }

    const ErrorInfo& error() const { return m_error; }
    ErrorInfo& error() { return m_error; }

    std::vector<Warning>& warnings() { return m_warnings; }
    const std::vector<Warning>& warnings() const { return m_warnings; }
    void addWarning(Warning w) { m_warnings.push_back(std::move(w)); }

    /// Carry warnings and error over from a result of another type.
    template <class U>
    static Result from(const Result<U>& other)
    {
        Result r;
        r.m_error = other.error();
        r.m_warnings = other.warnings();
        return r;
    }

private:
    std::optional<T> m_value;
    ErrorInfo m_error;
    std::vector<Warning> m_warnings;
};

/// Result of a step that produces no value.
struct Unit
{
};
using Status = Result<Unit>;

} // namespace pp
