// Stand-ins for definitions that live on another branch (see CMakeLists.txt): the explore
// tests only read CSV files. Compiled empty once the real ones are on this branch.
#include "data/importer.h"

namespace pp {

#ifdef PP_FALLBACK_IMPORT_FILE
Result<ImportedTable> importFile(const QString& path, const ImportOptions& options, JobControl* job)
{
    return readCsv(path, options, job);
}
#endif

#ifdef PP_FALLBACK_FORMAT_NAMES
QString fileFormatName(FileFormat f)
{
    switch (f) {
    case FileFormat::Csv:
        return QStringLiteral("csv");
    case FileFormat::Xlsx:
        return QStringLiteral("xlsx");
    case FileFormat::Sqlite:
        return QStringLiteral("sqlite");
    case FileFormat::Auto:
        break;
    }
    return QStringLiteral("auto");
}

bool fileFormatFromName(const QString& name, FileFormat* out)
{
    for (FileFormat f : {FileFormat::Auto, FileFormat::Csv, FileFormat::Xlsx, FileFormat::Sqlite}) {
        if (name.trimmed().compare(fileFormatName(f), Qt::CaseInsensitive) == 0) {
            *out = f;
            return true;
        }
    }
    return false;
}
#endif

} // namespace pp
