#pragma once

#include <QStringList>

class QTextStream;

namespace pp::cli {

/// Runs one ppstudio-cli command (`args[0]` is the program name). Writes results to `out`
/// and one-line errors to `err`. Exit codes: 0 ok, 2 bad input or failed command, 130 cancelled.
int run(const QStringList& args, QTextStream& out, QTextStream& err);
/// Same, on stdout/stderr.
int run(const QStringList& args);

} // namespace pp::cli
