// TEMPORARY placeholder so that ppcore links on the xlsx branch. The real CSV reader is
// written on another branch and replaces this file when the branches are merged.

#include "data/importer.h"

#include <QCoreApplication>

namespace pp {

namespace {

class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(pp::CsvReader)
public:
    static Result<ImportedTable> unavailable(const QString& name)
    {
        ErrorInfo e;
        e.message = tr("Reading delimited text is not available in this build.");
        e.file = name;
        return Result<ImportedTable>::failure(std::move(e));
    }
};

} // namespace

Result<ImportedTable> readCsv(const QString& path, const ImportOptions&, JobControl*)
{
    return CsvReader::unavailable(path);
}

Result<ImportedTable> readCsvBytes(const QByteArray&, const QString& name, const ImportOptions&, JobControl*)
{
    return CsvReader::unavailable(name);
}

} // namespace pp
