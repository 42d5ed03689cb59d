#include "data/importer.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace pp {

namespace {

class Importer
{
    Q_DECLARE_TR_FUNCTIONS(pp::Importer)
public:
    static Result<ImportedTable> cannotOpen(const QString& path, const QString& reason)
    {
        ErrorInfo e;
        e.message = tr("Cannot open '%1': %2").arg(QFileInfo(path).fileName(), reason);
        e.file = path;
        return Result<ImportedTable>::failure(std::move(e));
    }
    static Result<ImportedTable> import(const QString& path, const ImportOptions& options, JobControl* job);
};

Result<ImportedTable> Importer::import(const QString& path, const ImportOptions& options, JobControl* job)
{
    // Checked here once so that every reader's "cannot open" reads the same.
    const QFileInfo info(path);
    if (!info.exists())
        return cannotOpen(path, tr("the file does not exist."));
    if (info.isDir())
        return cannotOpen(path, tr("it is a folder, not a file."));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return cannotOpen(path, file.errorString());
    file.close();

    const FileFormat format = options.format == FileFormat::Auto ? detectFileFormat(path) : options.format;
    switch (format) {
    case FileFormat::Xlsx:
        return readXlsx(path, options, job);
    case FileFormat::Sqlite:
        return readSqlite(path, options, job);
    case FileFormat::Csv:
    case FileFormat::Auto:
        break;
    }
    return readCsv(path, options, job);
}

} // namespace

Result<ImportedTable> importFile(const QString& path, const ImportOptions& options, JobControl* job)
{
    return Importer::import(path, options, job);
}

} // namespace pp
