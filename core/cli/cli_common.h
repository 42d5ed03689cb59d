#pragma once

#include "common/result.h"
#include "data/import_options.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QString>
#include <QTextStream>

#include <functional>

namespace pp::cli {

/// Exit codes of ppstudio-cli.
enum ExitCode { Ok = 0, Failed = 2, Cancelled = 130 };

/// Streams and common state of one CLI invocation.
struct Context
{
    QTextStream& out;
    QTextStream& err;
};

/// Adds --format, --delimiter, --encoding, --sheet, --table, --query, --na, --header,
/// --decimal-comma, --thousands, --ragged, --skip-rows, --type NAME=TYPE, --threads.
void addImportOptions(QCommandLineParser& parser);
/// Reads them back; false (and a message) when a value is invalid.
bool importOptionsFromParser(const QCommandLineParser& parser, ImportOptions* options, QString* error);

/// Prints "ppstudio-cli: <file:line:column: message>" on one line and returns Failed.
int fail(Context& ctx, const ErrorInfo& error);
int fail(Context& ctx, const QString& message);

/// Parses `args` (the subcommand's own, program name first) with `parser`; on --help
/// prints help and sets `exitCode` to Ok, on errors prints one line and sets Failed.
bool parseArgs(Context& ctx, QCommandLineParser& parser, const QStringList& args, int* exitCode);

/// Writes a JSON document on one line plus a newline (or indented for humans).
void writeJson(Context& ctx, const QJsonDocument& doc, bool indented = false);

int runProfile(Context& ctx, const QStringList& args);
int runGenerate(Context& ctx, const QStringList& args);
int runOutliers(Context& ctx, const QStringList& args);
int runPrepare(Context& ctx, const QStringList& args);
int runTrain(Context& ctx, const QStringList& args);
int runPredict(Context& ctx, const QStringList& args);
int runRuns(Context& ctx, const QStringList& args);
int runExport(Context& ctx, const QStringList& args);

/// Commands implemented outside ppcore (the report needs Qt Gui) register themselves here
/// before pp::cli::run() is called.
using CommandFn = std::function<int(Context&, const QStringList&)>;
void registerCommand(const QString& name, const QString& usageLine, CommandFn fn);

} // namespace pp::cli
