#include "data/csv_writer.h"

#include <QCoreApplication>
#include <QSaveFile>

#include <charconv>
#include <cmath>
#include <cstdio>
#include <functional>
#include <string>
#include <string_view>

namespace pp {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pp::CsvWriter)
};

constexpr std::size_t kFlushBytes = 1 << 20;

bool needsQuotes(std::string_view s)
{
    if (s.empty())
        return true;   // a present empty text: "" keeps it apart from a missing value
    if (s.front() == ' ' || s.back() == ' ' || s.front() == '\t' || s.back() == '\t')
        return true;
    for (char c : s)
        if (c == ',' || c == '"' || c == '\n' || c == '\r')
            return true;
    return false;
}

void appendField(std::string& out, std::string_view s)
{
    if (!needsQuotes(s)) {
        out.append(s);
        return;
    }
    out += '"';
    for (char c : s) {
        if (c == '"')
            out += '"';
        out += c;
    }
    out += '"';
}

void appendNumber(std::string& out, double v)
{
    if (std::isnan(v))
        return;
    if (std::isinf(v)) {
        out += v > 0 ? "inf" : "-inf";
        return;
    }
    char buf[32];
    const auto res = std::to_chars(buf, buf + sizeof buf, v);
    out.append(buf, res.ptr);
}

/// Civil date from days since 1970-01-01 (H. Hinnant's algorithm), for fast ISO dates.
void civil(std::int64_t z, std::int64_t* y, unsigned* m, unsigned* d)
{
    z += 719468;
    const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const auto doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    *d = doy - (153 * mp + 2) / 5 + 1;
    *m = mp < 10 ? mp + 3 : mp - 9;
    *y = static_cast<std::int64_t>(yoe) + era * 400 + (*m <= 2 ? 1 : 0);
}

void appendTime(std::string& out, std::int64_t ms, bool withTime, bool withMs)
{
    std::int64_t days = ms / 86400000;
    std::int64_t rest = ms % 86400000;
    if (rest < 0) {
        rest += 86400000;
        --days;
    }
    std::int64_t y;
    unsigned m, d;
    civil(days, &y, &m, &d);
    char buf[48];
    int n = std::snprintf(buf, sizeof buf, "%04lld-%02u-%02u", static_cast<long long>(y), m, d);
    if (withTime) {
        const auto secs = rest / 1000;
        n += std::snprintf(buf + n, sizeof buf - static_cast<std::size_t>(n), " %02d:%02d:%02d",
                           static_cast<int>(secs / 3600), static_cast<int>(secs / 60 % 60), static_cast<int>(secs % 60));
        if (withMs)
            n += std::snprintf(buf + n, sizeof buf - static_cast<std::size_t>(n), ".%03d", static_cast<int>(rest % 1000));
    }
    out.append(buf, static_cast<std::size_t>(n));
}

/// Per-column writer state prepared once: encoded categories, the date layout.
struct ColumnWriter
{
    const Column* column = nullptr;
    std::vector<std::string> categories;   ///< already quoted where needed
    bool withTime = false;
    bool withMs = false;

    explicit ColumnWriter(const Column& c) : column(&c)
    {
        if (c.type() == ColumnType::Categorical) {
            for (const QString& s : c.dictionary()) {
                const QByteArray utf8 = s.toUtf8();
                std::string field;
                appendField(field, std::string_view(utf8.constData(), static_cast<std::size_t>(utf8.size())));
                categories.push_back(std::move(field));
            }
        } else if (c.type() == ColumnType::DateTime) {
            for (std::int64_t t : c.times()) {
                if (t == kMissingTime)
                    continue;
                const std::int64_t rest = ((t % 86400000) + 86400000) % 86400000;
                withTime = withTime || rest != 0;
                withMs = withMs || rest % 1000 != 0;
            }
        }
    }

    void write(std::string& out, std::size_t row) const
    {
        const Column& c = *column;
        switch (c.type()) {
        case ColumnType::Numeric:
            appendNumber(out, c.numbers()[row]);
            break;
        case ColumnType::Categorical:
            if (c.codes()[row] >= 0)
                out += categories[static_cast<std::size_t>(c.codes()[row])];
            break;
        case ColumnType::Boolean:
            if (c.bools()[row] >= 0)
                out += c.bools()[row] ? "true" : "false";
            break;
        case ColumnType::DateTime:
            if (c.times()[row] != kMissingTime)
                appendTime(out, c.times()[row], withTime, withMs);
            break;
        case ColumnType::Text:
            if (!c.text().isMissing(row))
                appendField(out, c.text().view(row));
            break;
        }
    }
};

/// Formats the table, handing full buffers to `flush`; false when cancelled or flush fails.
bool writeRows(const Table& table, JobControl* job, const std::function<bool(std::string&)>& flush)
{
    std::string buf;
    buf.reserve(kFlushBytes + 4096);
    for (std::size_t c = 0; c < table.columnCount(); ++c) {
        if (c > 0)
            buf += ',';
        const QByteArray name = table.column(c).name().toUtf8();
        appendField(buf, std::string_view(name.constData(), static_cast<std::size_t>(name.size())));
    }
    buf += '\n';
    std::vector<ColumnWriter> writers;
    writers.reserve(table.columnCount());
    for (const Column& c : table.columns())
        writers.emplace_back(c);
    const std::size_t rows = table.rowCount();
    for (std::size_t r = 0; r < rows; ++r) {
        for (std::size_t c = 0; c < writers.size(); ++c) {
            if (c > 0)
                buf += ',';
            writers[c].write(buf, r);
        }
        buf += '\n';
        if (buf.size() >= kFlushBytes) {
            if (isCancelled(job) || !flush(buf))
                return false;
            buf.clear();
            reportProgress(job, static_cast<double>(r + 1) / static_cast<double>(rows), Tr::tr("Writing CSV"));
        }
    }
    return !isCancelled(job) && flush(buf);
}

} // namespace

Status writeCsv(const Table& table, const QString& path, JobControl* job)
{
    QSaveFile file(path);
    auto failed = [&](const QString& detail) {
        ErrorInfo e;
        e.file = path;
        e.message = Tr::tr("can't write the file: %1").arg(detail);
        return Status::failure(e);
    };
    if (!file.open(QIODevice::WriteOnly))
        return failed(file.errorString());
    const bool ok = writeRows(table, job, [&](std::string& buf) {
        return file.write(buf.data(), static_cast<qint64>(buf.size())) == static_cast<qint64>(buf.size());
    });
    if (!ok) {
        const QString why = file.errorString();
        file.cancelWriting();
        if (isCancelled(job))
            return Status::cancelledResult();
        return failed(why);
    }
    if (!file.commit())
        return failed(file.errorString());
    reportProgress(job, 1.0, Tr::tr("Writing CSV"));
    return Unit{};
}

QByteArray csvBytes(const Table& table)
{
    QByteArray out;
    writeRows(table, nullptr, [&](std::string& buf) {
        out.append(buf.data(), static_cast<qsizetype>(buf.size()));
        return true;
    });
    return out;
}

} // namespace pp
