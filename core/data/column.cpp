#include "data/column.h"

#include <QDateTime>
#include <QHash>
#include <QLocale>
#include <QTimeZone>

#include <algorithm>
#include <charconv>
#include <cstdio>

namespace pp {

namespace {

struct TypeName
{
    ColumnType type;
    const char* name;
};
constexpr TypeName kTypeNames[] = {
    {ColumnType::Numeric, "numeric"},   {ColumnType::Categorical, "categorical"},
    {ColumnType::Boolean, "boolean"},   {ColumnType::DateTime, "datetime"},
    {ColumnType::Text, "text"},
};

struct RoleName
{
    ColumnRole role;
    const char* name;
};
constexpr RoleName kRoleNames[] = {
    {ColumnRole::Feature, "feature"},
    {ColumnRole::Target, "target"},
    {ColumnRole::Id, "id"},
    {ColumnRole::Ignore, "ignore"},
};

} // namespace

QString columnTypeName(ColumnType type)
{
    for (const auto& t : kTypeNames)
        if (t.type == type)
            return QString::fromLatin1(t.name);
    return QString();
}

bool columnTypeFromName(const QString& name, ColumnType* out)
{
    for (const auto& t : kTypeNames) {
        if (name.compare(QLatin1String(t.name), Qt::CaseInsensitive) == 0) {
            *out = t.type;
            return true;
        }
    }
    return false;
}

QString columnTypeDisplayName(ColumnType type)
{
    switch (type) {
    case ColumnType::Numeric:
        return Column::tr("Numeric");
    case ColumnType::Categorical:
        return Column::tr("Categorical");
    case ColumnType::Boolean:
        return Column::tr("Boolean");
    case ColumnType::DateTime:
        return Column::tr("Date/time");
    case ColumnType::Text:
        return Column::tr("Text");
    }
    return QString();
}

QString columnRoleName(ColumnRole role)
{
    for (const auto& r : kRoleNames)
        if (r.role == role)
            return QString::fromLatin1(r.name);
    return QString();
}

bool columnRoleFromName(const QString& name, ColumnRole* out)
{
    for (const auto& r : kRoleNames) {
        if (name.compare(QLatin1String(r.name), Qt::CaseInsensitive) == 0) {
            *out = r.role;
            return true;
        }
    }
    return false;
}

QString columnRoleDisplayName(ColumnRole role)
{
    switch (role) {
    case ColumnRole::Feature:
        return Column::tr("Feature");
    case ColumnRole::Target:
        return Column::tr("Target");
    case ColumnRole::Id:
        return Column::tr("Identifier");
    case ColumnRole::Ignore:
        return Column::tr("Ignored");
    }
    return QString();
}

// ---------------------------------------------------------------------------------------------
// TextStore

void TextStore::reserve(std::size_t rows, std::size_t bytes)
{
    m_offsets.reserve(rows + 1);
    m_missing.reserve(rows);
    m_bytes.reserve(bytes);
}

void TextStore::append(std::string_view utf8)
{
    m_bytes.append(utf8.data(), utf8.size());
    m_offsets.push_back(m_bytes.size());
    m_missing.push_back(0);
}

void TextStore::appendMissing()
{
    m_offsets.push_back(m_bytes.size());
    m_missing.push_back(1);
}

QString TextStore::at(std::size_t row) const
{
    const auto v = view(row);
    return QString::fromUtf8(v.data(), static_cast<qsizetype>(v.size()));
}

void TextStore::appendFrom(const TextStore& other)
{
    const std::uint64_t base = m_bytes.size();
    m_bytes.append(other.m_bytes);
    m_offsets.reserve(m_offsets.size() + other.size());
    for (std::size_t i = 1; i < other.m_offsets.size(); ++i)
        m_offsets.push_back(base + other.m_offsets[i]);
    m_missing.insert(m_missing.end(), other.m_missing.begin(), other.m_missing.end());
}

void TextStore::clear()
{
    m_bytes.clear();
    m_offsets.assign(1, 0);
    m_missing.clear();
}

// ---------------------------------------------------------------------------------------------
// Column

Column Column::numeric(QString name, std::vector<double> values)
{
    Column c(std::move(name), ColumnType::Numeric);
    c.m_numbers = std::move(values);
    return c;
}

Column Column::categorical(QString name, std::vector<std::int32_t> codes, std::vector<QString> dictionary)
{
    Column c(std::move(name), ColumnType::Categorical);
    c.m_codes = std::move(codes);
    c.m_dictionary = std::move(dictionary);
    return c;
}

Column Column::categoricalFromStrings(QString name, const std::vector<QString>& values,
                                      const std::vector<bool>& missing)
{
    Column c(std::move(name), ColumnType::Categorical);
    QHash<QString, std::int32_t> index;
    c.m_codes.reserve(values.size());
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (!missing.empty() && missing[i]) {
            c.m_codes.push_back(kMissingCode);
            continue;
        }
        auto it = index.constFind(values[i]);
        if (it == index.constEnd()) {
            const auto code = static_cast<std::int32_t>(c.m_dictionary.size());
            index.insert(values[i], code);
            c.m_dictionary.push_back(values[i]);
            c.m_codes.push_back(code);
        } else {
            c.m_codes.push_back(*it);
        }
    }
    return c;
}

Column Column::boolean(QString name, std::vector<std::int8_t> values)
{
    Column c(std::move(name), ColumnType::Boolean);
    c.m_bools = std::move(values);
    return c;
}

Column Column::dateTime(QString name, std::vector<std::int64_t> msSinceEpoch, QString format)
{
    Column c(std::move(name), ColumnType::DateTime);
    c.m_times = std::move(msSinceEpoch);
    c.m_timeFormat = std::move(format);
    return c;
}

Column Column::text(QString name, const std::vector<QString>& values, const std::vector<bool>& missing)
{
    Column c(std::move(name), ColumnType::Text);
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (!missing.empty() && missing[i]) {
            c.m_text.appendMissing();
        } else {
            const QByteArray utf8 = values[i].toUtf8();
            c.m_text.append(std::string_view(utf8.constData(), static_cast<std::size_t>(utf8.size())));
        }
    }
    return c;
}

std::size_t Column::size() const
{
    switch (m_type) {
    case ColumnType::Numeric:
        return m_numbers.size();
    case ColumnType::Categorical:
        return m_codes.size();
    case ColumnType::Boolean:
        return m_bools.size();
    case ColumnType::DateTime:
        return m_times.size();
    case ColumnType::Text:
        return m_text.size();
    }
    return 0;
}

bool Column::isMissing(std::size_t row) const
{
    switch (m_type) {
    case ColumnType::Numeric:
        return std::isnan(m_numbers[row]);
    case ColumnType::Categorical:
        return m_codes[row] < 0;
    case ColumnType::Boolean:
        return m_bools[row] < 0;
    case ColumnType::DateTime:
        return m_times[row] == kMissingTime;
    case ColumnType::Text:
        return m_text.isMissing(row);
    }
    return true;
}

std::size_t Column::missingCount() const
{
    std::size_t n = 0;
    switch (m_type) {
    case ColumnType::Numeric:
        for (double v : m_numbers)
            n += std::isnan(v) ? 1 : 0;
        return n;
    case ColumnType::Categorical:
        for (auto c : m_codes)
            n += c < 0 ? 1 : 0;
        return n;
    case ColumnType::Boolean:
        for (auto b : m_bools)
            n += b < 0 ? 1 : 0;
        return n;
    case ColumnType::DateTime:
        for (auto t : m_times)
            n += t == kMissingTime ? 1 : 0;
        return n;
    case ColumnType::Text:
        for (std::size_t i = 0; i < m_text.size(); ++i)
            n += m_text.isMissing(i) ? 1 : 0;
        return n;
    }
    return n;
}

double Column::numericAt(std::size_t row) const
{
    constexpr double nan = std::numeric_limits<double>::quiet_NaN();
    switch (m_type) {
    case ColumnType::Numeric:
        return m_numbers[row];
    case ColumnType::Categorical:
        return m_codes[row] < 0 ? nan : static_cast<double>(m_codes[row]);
    case ColumnType::Boolean:
        return m_bools[row] < 0 ? nan : static_cast<double>(m_bools[row]);
    case ColumnType::DateTime:
        return m_times[row] == kMissingTime ? nan : static_cast<double>(m_times[row]);
    case ColumnType::Text:
        return nan;
    }
    return nan;
}

QString Column::displayAt(std::size_t row) const
{
    if (isMissing(row))
        return QString();
    switch (m_type) {
    case ColumnType::Numeric:
        return formatNumber(m_numbers[row]);
    case ColumnType::Categorical:
        return m_dictionary[static_cast<std::size_t>(m_codes[row])];
    case ColumnType::Boolean:
        return m_bools[row] ? QStringLiteral("true") : QStringLiteral("false");
    case ColumnType::DateTime:
        return formatDateTime(m_times[row], m_timeFormat);
    case ColumnType::Text:
        return m_text.at(row);
    }
    return QString();
}

Column Column::takeRows(const std::vector<std::size_t>& rows) const
{
    Column c(m_name, m_type);
    c.m_role = m_role;
    c.m_idLike = m_idLike;
    c.m_timeFormat = m_timeFormat;
    switch (m_type) {
    case ColumnType::Numeric:
        c.m_numbers.reserve(rows.size());
        for (auto r : rows)
            c.m_numbers.push_back(m_numbers[r]);
        break;
    case ColumnType::Categorical:
        c.m_dictionary = m_dictionary;
        c.m_codes.reserve(rows.size());
        for (auto r : rows)
            c.m_codes.push_back(m_codes[r]);
        break;
    case ColumnType::Boolean:
        c.m_bools.reserve(rows.size());
        for (auto r : rows)
            c.m_bools.push_back(m_bools[r]);
        break;
    case ColumnType::DateTime:
        c.m_times.reserve(rows.size());
        for (auto r : rows)
            c.m_times.push_back(m_times[r]);
        break;
    case ColumnType::Text:
        for (auto r : rows) {
            if (m_text.isMissing(r))
                c.m_text.appendMissing();
            else
                c.m_text.append(m_text.view(r));
        }
        break;
    }
    return c;
}

void Column::append(const Column& other)
{
    if (other.m_type != m_type) {
        append(other.convertedTo(m_type));
        return;
    }
    switch (m_type) {
    case ColumnType::Numeric:
        m_numbers.insert(m_numbers.end(), other.m_numbers.begin(), other.m_numbers.end());
        break;
    case ColumnType::Categorical: {
        QHash<QString, std::int32_t> index;
        for (std::size_t i = 0; i < m_dictionary.size(); ++i)
            index.insert(m_dictionary[i], static_cast<std::int32_t>(i));
        std::vector<std::int32_t> remap(other.m_dictionary.size());
        for (std::size_t i = 0; i < other.m_dictionary.size(); ++i) {
            auto it = index.constFind(other.m_dictionary[i]);
            if (it == index.constEnd()) {
                remap[i] = static_cast<std::int32_t>(m_dictionary.size());
                index.insert(other.m_dictionary[i], remap[i]);
                m_dictionary.push_back(other.m_dictionary[i]);
            } else {
                remap[i] = *it;
            }
        }
        m_codes.reserve(m_codes.size() + other.m_codes.size());
        for (auto code : other.m_codes)
            m_codes.push_back(code < 0 ? kMissingCode : remap[static_cast<std::size_t>(code)]);
        break;
    }
    case ColumnType::Boolean:
        m_bools.insert(m_bools.end(), other.m_bools.begin(), other.m_bools.end());
        break;
    case ColumnType::DateTime:
        m_times.insert(m_times.end(), other.m_times.begin(), other.m_times.end());
        break;
    case ColumnType::Text:
        m_text.appendFrom(other.m_text);
        break;
    }
}

namespace {

bool parseBoolText(const QString& s, std::int8_t* out)
{
    const QString t = s.trimmed().toLower();
    if (t == QLatin1String("true") || t == QLatin1String("yes") || t == QLatin1String("1")
        || t == QLatin1String("t") || t == QLatin1String("y")) {
        *out = 1;
        return true;
    }
    if (t == QLatin1String("false") || t == QLatin1String("no") || t == QLatin1String("0")
        || t == QLatin1String("f") || t == QLatin1String("n")) {
        *out = 0;
        return true;
    }
    return false;
}

} // namespace

Column Column::convertedTo(ColumnType type, std::size_t* lost) const
{
    std::size_t lostCount = 0;
    const std::size_t n = size();
    Column c(m_name, type);
    c.m_role = m_role;
    c.m_idLike = type == ColumnType::Numeric ? m_idLike : false;
    if (type == m_type) {
        c = *this;
    } else {
        switch (type) {
        case ColumnType::Numeric:
            c.m_numbers.resize(n);
            for (std::size_t i = 0; i < n; ++i) {
                if (isMissing(i)) {
                    c.m_numbers[i] = std::numeric_limits<double>::quiet_NaN();
                } else if (m_type == ColumnType::Boolean || m_type == ColumnType::DateTime) {
                    c.m_numbers[i] = numericAt(i);
                } else {
                    bool ok = false;
                    const double v = displayAt(i).trimmed().toDouble(&ok);
                    c.m_numbers[i] = ok ? v : std::numeric_limits<double>::quiet_NaN();
                    lostCount += ok ? 0 : 1;
                }
            }
            break;
        case ColumnType::Categorical: {
            std::vector<QString> values(n);
            std::vector<bool> missing(n);
            for (std::size_t i = 0; i < n; ++i) {
                missing[i] = isMissing(i);
                if (!missing[i])
                    values[i] = displayAt(i);
            }
            c = categoricalFromStrings(m_name, values, missing);
            c.m_role = m_role;
            break;
        }
        case ColumnType::Boolean:
            c.m_bools.resize(n);
            for (std::size_t i = 0; i < n; ++i) {
                std::int8_t b = kMissingBool;
                if (!isMissing(i)) {
                    if (m_type == ColumnType::Numeric) {
                        const double v = m_numbers[i];
                        if (v == 0.0 || v == 1.0)
                            b = static_cast<std::int8_t>(v);
                    } else {
                        parseBoolText(displayAt(i), &b);
                    }
                    lostCount += b < 0 ? 1 : 0;
                }
                c.m_bools[i] = b;
            }
            break;
        case ColumnType::DateTime:
            c.m_times.resize(n);
            for (std::size_t i = 0; i < n; ++i) {
                std::int64_t t = kMissingTime;
                if (!isMissing(i)) {
                    if (m_type == ColumnType::Numeric) {
                        t = static_cast<std::int64_t>(m_numbers[i]);
                    } else {
                        QDateTime dt = QDateTime::fromString(displayAt(i).trimmed(), Qt::ISODate);
                        if (dt.isValid()) {
                            dt.setTimeZone(QTimeZone::utc());
                            t = dt.toMSecsSinceEpoch();
                        }
                    }
                    lostCount += t == kMissingTime ? 1 : 0;
                }
                c.m_times[i] = t;
            }
            break;
        case ColumnType::Text:
            for (std::size_t i = 0; i < n; ++i) {
                if (isMissing(i)) {
                    c.m_text.appendMissing();
                } else {
                    const QByteArray utf8 = displayAt(i).toUtf8();
                    c.m_text.append(std::string_view(utf8.constData(), static_cast<std::size_t>(utf8.size())));
                }
            }
            break;
        }
    }
    if (lost)
        *lost = lostCount;
    return c;
}

std::size_t Column::memoryBytes() const
{
    std::size_t bytes = m_numbers.capacity() * sizeof(double) + m_codes.capacity() * sizeof(std::int32_t)
        + m_bools.capacity() + m_times.capacity() * sizeof(std::int64_t) + m_text.byteSize()
        + m_text.size() * 9;
    for (const auto& s : m_dictionary)
        bytes += static_cast<std::size_t>(s.size()) * 2 + 32;
    return bytes;
}

QString formatNumber(double v, int significant)
{
    if (std::isnan(v))
        return QString();
    if (std::isinf(v))
        return v > 0 ? QStringLiteral("inf") : QStringLiteral("-inf");
    if (v == std::floor(v) && std::fabs(v) < 1e15) {
        char buf[32];
        const int len = std::snprintf(buf, sizeof buf, "%.0f", v);
        return QString::fromLatin1(buf, len);
    }
    char buf[64];
    const int len = std::snprintf(buf, sizeof buf, "%.*g", significant, v);
    return QString::fromLatin1(buf, len);
}

QString formatDateTime(std::int64_t ms, const QString& format)
{
    if (ms == kMissingTime)
        return QString();
    const QDateTime dt = QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
    if (format.isEmpty()) {
        if (dt.time() == QTime(0, 0))
            return dt.date().toString(Qt::ISODate);
        return dt.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    }
    return dt.toString(format);
}

} // namespace pp
