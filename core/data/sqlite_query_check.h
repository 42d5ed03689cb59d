#pragma once

#include <QString>

namespace pp {

/// Checks that `sql` is one read-only query: a SELECT, or a WITH whose main statement is a
/// SELECT, with nothing but comments or blanks after an optional final ';'. Strings, quoted
/// identifiers and comments are skipped, so "SELECT ';'" is one statement. On refusal
/// `error` holds a translated reason. The database is opened read-only as well; this check
/// is what gives the user a clear message instead of SQLite's "readonly database".
/// `statement` (optional) receives the statement without the final ';' and what follows,
/// which QSQLITE would otherwise refuse as a second statement.
bool checkSingleSelect(const QString& sql, QString* error, QString* statement = nullptr);

} // namespace pp
