#include "data/synthetic.h"

#include "data/synthetic_model.h"

#include <QCoreApplication>
#include <QSaveFile>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <string>
#include <string_view>

namespace pp {

using namespace synthetic;

namespace {

constexpr std::int64_t kMsPerDay = 86400000;
constexpr std::int64_t kCheckEvery = 16384; // rows between cancellation checks

std::int64_t rowCount(const SyntheticOptions& options)
{
    return std::max<qint64>(options.rows, 0);
}

} // namespace

Table generateSynthetic(const SyntheticOptions& options, JobControl* job)
{
    const std::int64_t rows = rowCount(options);
    const auto n = static_cast<std::size_t>(rows);
    std::vector<std::vector<double>> numbers(kNumericFields);
    std::vector<std::vector<std::int32_t>> codes(kCategoryFields);
    std::vector<std::int64_t> signup;
    for (auto& v : numbers)
        v.reserve(n);
    for (auto& v : codes)
        v.reserve(n);
    signup.reserve(n);

    RowModel model(options);
    Row row;
    for (std::int64_t i = 0; i < rows; ++i) {
        if (i % kCheckEvery == 0) {
            if (isCancelled(job))
                return Table();
            reportProgress(job, static_cast<double>(i) / static_cast<double>(rows));
        }
        model.next(row);
        for (int f = 0; f < kNumericFields; ++f)
            numbers[f].push_back(row.numbers[f]);
        for (int f = 0; f < kCategoryFields; ++f)
            codes[f].push_back(row.codes[f]);
        signup.push_back(row.signupDay == kMissingDay ? kMissingTime : row.signupDay * kMsPerDay);
    }

    Table table;
    for (const ColumnSpec& spec : kColumns) {
        const QString name = QString::fromLatin1(spec.name);
        switch (spec.kind) {
        case ColumnSpec::Integer:
        case ColumnSpec::Real:
            table.addColumn(Column::numeric(name, std::move(numbers[spec.field])));
            break;
        case ColumnSpec::Category: {
            const Levels l = levels(static_cast<CategoryField>(spec.field));
            std::vector<QString> dictionary;
            for (int i = 0; i < l.count; ++i)
                dictionary.push_back(QString::fromLatin1(l.names[i]));
            table.addColumn(Column::categorical(name, std::move(codes[spec.field]), std::move(dictionary)));
            break;
        }
        case ColumnSpec::Date:
            table.addColumn(Column::dateTime(name, std::move(signup), QStringLiteral("yyyy-MM-dd")));
            break;
        }
    }
    Column* id = table.find(QStringLiteral("user_id"));
    id->setRole(ColumnRole::Id);
    id->setIdLike(true);
    table.find(QStringLiteral("spend_next_90d"))->setRole(ColumnRole::Target);
    table.setSource(
        QCoreApplication::translate("pp::synthetic", "Synthetic data (seed %1)").arg(options.seed));
    reportProgress(job, 1.0);
    return table;
}

// ---------------------------------------------------------------------------------------------
// CSV

namespace {

/// A field as RFC 4180 wants it: quoted (quotes doubled) when it holds , " CR or LF.
std::string csvField(std::string_view text)
{
    if (text.find_first_of(",\"\r\n") == std::string_view::npos)
        return std::string(text);
    std::string quoted = "\"";
    for (const char ch : text) {
        quoted += ch;
        if (ch == '"')
            quoted += '"';
    }
    quoted += '"';
    return quoted;
}

/// A value the model rounded to `decimals` places (round(x * 10^d) / 10^d), printed as
/// that decimal without trailing zeros: "12.5", "3". The text reads back as the same
/// double, because both are the double nearest to k / 10^d. Several times faster than
/// the shortest-round-trip std::to_chars, which took a fifth of the writing time.
char* writeDecimal(char* out, char* end, double v, int decimals)
{
    static constexpr std::int64_t kScale[] = {1, 10, 100, 1000, 10000, 100000, 1000000};
    const double scaled = v * static_cast<double>(kScale[decimals]);
    if (!(std::fabs(scaled) < 9e15)) // not a model value: fall back to the general form
        return std::to_chars(out, end, v).ptr;
    std::int64_t k = std::llround(scaled);
    if (k < 0) {
        *out++ = '-';
        k = -k;
    }
    std::int64_t fraction = k % kScale[decimals];
    out = std::to_chars(out, end, k / kScale[decimals]).ptr;
    if (fraction != 0) {
        int digits = decimals;
        while (fraction % 10 == 0) {
            fraction /= 10;
            --digits;
        }
        *out++ = '.';
        for (int i = digits - 1; i >= 0; --i) {
            out[i] = static_cast<char>('0' + fraction % 10);
            fraction /= 10;
        }
        out += digits;
    }
    return out;
}

/// yyyy-MM-dd of a day count since 1970-01-01 (H. Hinnant's civil_from_days).
char* writeDate(char* out, std::int64_t days)
{
    days += 719468;
    const std::int64_t era = (days >= 0 ? days : days - 146096) / 146097;
    const auto doe = static_cast<unsigned>(days - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned d = doy - (153 * mp + 2) / 5 + 1;
    const unsigned m = mp < 10 ? mp + 3 : mp - 9;
    const std::int64_t y = static_cast<std::int64_t>(yoe) + era * 400 + (m <= 2 ? 1 : 0);
    char* p = std::to_chars(out, out + 8, y).ptr;
    *p++ = '-';
    *p++ = static_cast<char>('0' + m / 10);
    *p++ = static_cast<char>('0' + m % 10);
    *p++ = '-';
    *p++ = static_cast<char>('0' + d / 10);
    *p++ = static_cast<char>('0' + d % 10);
    return p;
}

} // namespace

Status writeSyntheticCsv(const SyntheticOptions& options, const QString& path, JobControl* job)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Status::failure(QCoreApplication::translate("pp::synthetic", "Cannot write '%1': %2")
                                   .arg(path, file.errorString()));
    }
    const auto writeFailed = [&]() {
        const QString why = file.errorString();
        file.cancelWriting();
        return Status::failure(
            QCoreApplication::translate("pp::synthetic", "Cannot write '%1': %2").arg(path, why));
    };

    // Category labels are encoded once; a row is then only numbers and memcpy.
    std::vector<std::vector<std::string>> labels(kCategoryFields);
    for (int f = 0; f < kCategoryFields; ++f) {
        const Levels l = levels(static_cast<CategoryField>(f));
        for (int i = 0; i < l.count; ++i)
            labels[f].push_back(csvField(l.names[i]));
    }

    constexpr std::size_t kFlushAt = 1 << 20;
    constexpr std::size_t kMaxRowBytes = 1024; // 18 fields of at most ~40 bytes
    std::vector<char> buffer(kFlushAt + kMaxRowBytes);
    char* out = buffer.data();
    for (int c = 0; c < kColumnCount; ++c) {
        const std::string name = csvField(kColumns[c].name);
        out = std::copy(name.begin(), name.end(), out);
        *out++ = c + 1 < kColumnCount ? ',' : '\n';
    }

    const std::int64_t rows = rowCount(options);
    RowModel model(options);
    Row row;
    for (std::int64_t i = 0; i < rows; ++i) {
        if (i % kCheckEvery == 0) {
            if (isCancelled(job)) {
                file.cancelWriting();
                return Status::cancelledResult();
            }
            reportProgress(job, static_cast<double>(i) / static_cast<double>(rows));
        }
        model.next(row);
        char* const end = out + kMaxRowBytes;
        for (int c = 0; c < kColumnCount; ++c) {
            const ColumnSpec& spec = kColumns[c];
            switch (spec.kind) {
            case ColumnSpec::Integer: {
                const double v = row.numbers[spec.field];
                if (!std::isnan(v))
                    out = std::to_chars(out, end, static_cast<std::int64_t>(v)).ptr;
                break;
            }
            case ColumnSpec::Real: {
                const double v = row.numbers[spec.field];
                if (!std::isnan(v))
                    out = writeDecimal(out, end, v, spec.decimals);
                break;
            }
            case ColumnSpec::Category: {
                const std::int32_t code = row.codes[spec.field];
                if (code >= 0) {
                    const std::string& label = labels[spec.field][static_cast<std::size_t>(code)];
                    out = std::copy(label.begin(), label.end(), out);
                }
                break;
            }
            case ColumnSpec::Date:
                if (row.signupDay != kMissingDay)
                    out = writeDate(out, row.signupDay);
                break;
            }
            *out++ = c + 1 < kColumnCount ? ',' : '\n';
        }
        if (static_cast<std::size_t>(out - buffer.data()) >= kFlushAt) {
            if (file.write(buffer.data(), out - buffer.data()) < 0)
                return writeFailed();
            out = buffer.data();
        }
    }
    if (out != buffer.data() && file.write(buffer.data(), out - buffer.data()) < 0)
        return writeFailed();
    if (!file.commit()) {
        return Status::failure(QCoreApplication::translate("pp::synthetic", "Cannot write '%1': %2")
                                   .arg(path, file.errorString()));
    }
    reportProgress(job, 1.0);
    return Unit{};
}

} // namespace pp
