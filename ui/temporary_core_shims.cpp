// TEMPORARY — DELETE THIS FILE WHEN MERGING INTO MAIN (or delete each section as soon as
// main defines the same functions: the linker reports duplicates).
//
// Minimal stand-ins for core functions that other branches are implementing: the format
// helpers of import_options.h and importFile() dispatch, the XLSX reader (not supported
// here), the SQLite reader, and profileColumn()/profileTable(). They exist only so that
// the UI branch links and shows real data before those land. The CSV reader and
// defaultNaTokens() are the real ones from main. Nothing in ui/ depends on anything here
// beyond the declarations in core/data/importer.h, import_options.h and stats/profile.h.

#include "data/column_builder.h"
#include "data/importer.h"
#include "stats/profile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <string_view>

namespace pp {

namespace {

QString shimTr(const char* text) { return QCoreApplication::translate("pp::Importer", text); }

} // namespace

// ------------------------------------------------------------------ import_options.h

QString fileFormatName(FileFormat f)
{
    switch (f) {
    case FileFormat::Auto:
        return QStringLiteral("auto");
    case FileFormat::Csv:
        return QStringLiteral("csv");
    case FileFormat::Xlsx:
        return QStringLiteral("xlsx");
    case FileFormat::Sqlite:
        return QStringLiteral("sqlite");
    }
    return QString();
}

bool fileFormatFromName(const QString& name, FileFormat* out)
{
    for (FileFormat f : {FileFormat::Auto, FileFormat::Csv, FileFormat::Xlsx, FileFormat::Sqlite}) {
        if (fileFormatName(f) == name.toLower()) {
            *out = f;
            return true;
        }
    }
    return false;
}

FileFormat detectFileFormat(const QString& path)
{
    const QString ext = QFileInfo(path).suffix().toLower();
    if (ext == QLatin1String("xlsx") || ext == QLatin1String("xlsm"))
        return FileFormat::Xlsx;
    if (ext == QLatin1String("db") || ext == QLatin1String("sqlite") || ext == QLatin1String("sqlite3"))
        return FileFormat::Sqlite;
    QFile f(path);
    if (f.open(QIODevice::ReadOnly)) {
        const QByteArray head = f.read(16);
        if (head.startsWith("PK\x03\x04"))
            return FileFormat::Xlsx;
        if (head.startsWith("SQLite format 3"))
            return FileFormat::Sqlite;
    }
    return FileFormat::Csv;
}

// ------------------------------------------------------------------ XLSX (not in the shim)

Result<ImportedTable> readXlsx(const QString& path, const ImportOptions&, JobControl*)
{
    ErrorInfo e;
    e.file = path;
    e.message = shimTr("Excel workbooks are not supported by this build yet");
    return Result<ImportedTable>::failure(e);
}

Result<QStringList> listXlsxSheets(const QString&)
{
    return Result<QStringList>::failure(shimTr("Excel workbooks are not supported by this build yet"));
}

// ------------------------------------------------------------------ SQLite (naive)

namespace {

class ScopedDb
{
public:
    explicit ScopedDb(const QString& path) : m_name(QUuid::createUuid().toString())
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        m_ok = db.open();
        if (!m_ok)
            m_error = db.lastError().text();
    }
    ~ScopedDb() { QSqlDatabase::removeDatabase(m_name); }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }
    bool ok() const { return m_ok; }
    const QString& error() const { return m_error; }

private:
    QString m_name;
    bool m_ok = false;
    QString m_error;
};

} // namespace

Result<QStringList> listSqliteTables(const QString& path)
{
    if (!QFileInfo::exists(path))
        return Result<QStringList>::failure(shimTr("File not found"));
    ScopedDb scoped(path);
    if (!scoped.ok())
        return Result<QStringList>::failure(scoped.error());
    QStringList names = scoped.db().tables(QSql::Tables) + scoped.db().tables(QSql::Views);
    return names;
}

Result<ImportedTable> readSqlite(const QString& path, const ImportOptions& options, JobControl* job)
{
    ErrorInfo e;
    e.file = path;
    if (!QFileInfo::exists(path)) {
        e.message = shimTr("File not found");
        return Result<ImportedTable>::failure(e);
    }
    Result<ImportedTable> result;
    ImportedTable out;
    {
        ScopedDb scoped(path);
        if (!scoped.ok()) {
            e.message = scoped.error();
            return Result<ImportedTable>::failure(e);
        }
        QSqlDatabase db = scoped.db();
        out.info.format = FileFormat::Sqlite;
        out.info.tables = db.tables(QSql::Tables) + db.tables(QSql::Views);
        QString sql = options.query;
        if (sql.trimmed().isEmpty()) {
            QString table = options.table.isEmpty() && !out.info.tables.isEmpty() ? out.info.tables.first()
                                                                                  : options.table;
            if (table.isEmpty()) {
                e.message = shimTr("The database has no tables");
                return Result<ImportedTable>::failure(e);
            }
            out.info.table = table;
            sql = QStringLiteral("SELECT * FROM \"%1\"").arg(QString(table).replace(QLatin1Char('"'), QLatin1String("\"\"")));
        }
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (!query.exec(sql)) {
            e.message = query.lastError().text();
            return Result<ImportedTable>::failure(e);
        }
        const QSqlRecord record = query.record();
        InferenceRules rules;
        rules.naTokens = options.naTokens;
        std::vector<ColumnBuilder> builders;
        for (int c = 0; c < record.count(); ++c)
            builders.emplace_back(record.fieldName(c), rules);
        qint64 rows = 0;
        while (query.next()) {
            if (options.maxRows >= 0 && rows >= options.maxRows) {
                out.info.truncated = true;
                break;
            }
            for (int c = 0; c < record.count(); ++c) {
                const QVariant v = query.value(c);
                if (v.isNull())
                    builders[std::size_t(c)].addMissing();
                else if (v.typeId() == QMetaType::Double || v.typeId() == QMetaType::LongLong
                         || v.typeId() == QMetaType::Int)
                    builders[std::size_t(c)].addNumber(v.toDouble());
                else
                    builders[std::size_t(c)].addText(v.toString());
            }
            if ((++rows & 4095) == 0 && isCancelled(job))
                return Result<ImportedTable>::cancelledResult();
        }
        for (std::size_t c = 0; c < builders.size(); ++c) {
            const QString n = record.fieldName(int(c));
            std::optional<ColumnType> forced;
            if (options.typeOverrides.contains(n))
                forced = options.typeOverrides.value(n);
            std::vector<Warning> warnings;
            Column column = builders[c].finish(forced, &warnings, options.inferTypes);
            flagIdLike(column);
            out.table.addColumn(std::move(column));
            for (Warning& w : warnings)
                result.addWarning(std::move(w));
        }
        out.info.dataRows = rows;
        out.table.setSource(path);
    }
    std::vector<Warning> warnings = std::move(result.warnings());
    result = Result<ImportedTable>(std::move(out));
    result.warnings() = std::move(warnings);
    return result;
}

// ------------------------------------------------------------------ dispatch

Result<ImportedTable> importFile(const QString& path, const ImportOptions& options, JobControl* job)
{
    if (!QFileInfo(path).isFile()) {
        ErrorInfo e;
        e.file = path;
        e.message = shimTr("File not found");
        return Result<ImportedTable>::failure(e);
    }
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

// ------------------------------------------------------------------ profile (naive)

namespace {

double quantile(const std::vector<double>& sorted, double q)
{
    // Linear interpolation between order statistics (numpy/pandas default).
    const double pos = q * double(sorted.size() - 1);
    const std::size_t lo = std::size_t(std::floor(pos));
    const std::size_t hi = std::min(lo + 1, sorted.size() - 1);
    return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - double(lo));
}

} // namespace

ColumnProfile profileColumn(const Column& column, const ProfileOptions& options)
{
    ColumnProfile p;
    p.name = column.name();
    p.type = column.type();
    p.role = column.role();
    p.idLike = column.isIdLike();
    const std::size_t n = column.size();
    p.missing = qint64(column.missingCount());
    p.count = qint64(n) - p.missing;

    // Frequencies by display text, first appearance breaking ties.
    QHash<QString, std::pair<qint64, qint64>> freq;  // text -> (count, first row)
    for (std::size_t i = 0; i < n; ++i) {
        if (column.isMissing(i))
            continue;
        auto it = freq.find(column.displayAt(i));
        if (it == freq.end())
            freq.insert(column.displayAt(i), {1, qint64(i)});
        else
            ++it->first;
    }
    p.unique = freq.size();
    std::vector<std::pair<QString, std::pair<qint64, qint64>>> items;
    for (auto it = freq.cbegin(); it != freq.cend(); ++it)
        items.emplace_back(it.key(), it.value());
    std::sort(items.begin(), items.end(), [](const auto& a, const auto& b) {
        return a.second.first != b.second.first ? a.second.first > b.second.first : a.second.second < b.second.second;
    });
    for (std::size_t i = 0; i < items.size() && int(i) < options.topCount; ++i)
        p.top.emplace_back(items[i].first, items[i].second.first);

    if (column.type() != ColumnType::Numeric && column.type() != ColumnType::DateTime)
        return p;
    std::vector<double> v;
    v.reserve(n);
    for (std::size_t i = 0; i < n; ++i) {
        if (!column.isMissing(i))
            v.push_back(column.numericAt(i));
    }
    if (v.empty())
        return p;
    std::sort(v.begin(), v.end());
    p.min = v.front();
    p.max = v.back();
    p.q1 = quantile(v, 0.25);
    p.median = quantile(v, 0.5);
    p.q3 = quantile(v, 0.75);
    if (column.type() == ColumnType::Numeric) {
        double mean = 0, m2 = 0;
        qint64 k = 0;
        for (double x : v) {  // Welford
            ++k;
            const double d = x - mean;
            mean += d / double(k);
            m2 += d * (x - mean);
        }
        p.mean = mean;
        if (k > 1) {
            const double sd = std::sqrt(m2 / double(k - 1));
            p.std = sd;
            double m3 = 0, m2b = 0;
            for (double x : v) {
                m2b += (x - mean) * (x - mean);
                m3 += (x - mean) * (x - mean) * (x - mean);
            }
            const double nn = double(k);
            if (k > 2 && m2b > 0) {
                const double g1 = (m3 / nn) / std::pow(m2b / nn, 1.5);
                p.skew = g1 * std::sqrt(nn * (nn - 1)) / (nn - 2);
            }
            const double iqr = *p.q3 - *p.q1;
            qint64 iqrOut = 0, zOut = 0;
            for (double x : v) {
                if (x < *p.q1 - options.iqrK * iqr || x > *p.q3 + options.iqrK * iqr)
                    ++iqrOut;
                if (sd > 0 && std::abs(x - mean) / sd > options.zThreshold)
                    ++zOut;
            }
            p.outliersIqr = iqrOut;
            p.outliersZ = zOut;
        }
    }
    const int bins = std::max(1, options.histogramBins);
    p.histogram.assign(std::size_t(bins), 0);
    p.histogramMin = v.front();
    p.histogramMax = v.back();
    const double width = (p.histogramMax - p.histogramMin) / bins;
    for (double x : v) {
        int b = width > 0 ? int((x - p.histogramMin) / width) : 0;
        b = std::clamp(b, 0, bins - 1);
        ++p.histogram[std::size_t(b)];
    }
    return p;
}

Result<TableProfile> profileTable(const Table& table, const ProfileOptions& options, JobControl* job)
{
    TableProfile profile;
    profile.rows = qint64(table.rowCount());
    for (std::size_t c = 0; c < table.columnCount(); ++c) {
        if (isCancelled(job))
            return Result<TableProfile>::cancelledResult();
        profile.columns.push_back(profileColumn(table.column(c), options));
        reportProgress(job, double(c + 1) / double(table.columnCount()));
    }
    return profile;
}

} // namespace pp
