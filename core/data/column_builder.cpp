#include "data/column_builder.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>

namespace pp {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pp::ColumnBuilder)
};

inline bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

std::string_view trim(std::string_view s)
{
    while (!s.empty() && isSpace(s.front()))
        s.remove_prefix(1);
    while (!s.empty() && isSpace(s.back()))
        s.remove_suffix(1);
    return s;
}

inline char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; }

bool equalsNoCase(std::string_view a, const char* b)
{
    const std::size_t n = std::strlen(b);
    if (a.size() != n)
        return false;
    for (std::size_t i = 0; i < n; ++i)
        if (lower(a[i]) != b[i])
            return false;
    return true;
}

// Days since 1970-01-01 for a proleptic Gregorian date (H. Hinnant's days_from_civil).
std::int64_t daysFromCivil(std::int64_t y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

bool validDate(int y, int m, int d)
{
    if (m < 1 || m > 12 || d < 1 || y < 1 || y > 9999)
        return false;
    static const int mdays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    int dim = mdays[m - 1];
    if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
        dim = 29;
    return d <= dim;
}

// A tiny cursor over the cell for hand-written layout parsers.
struct Cursor
{
    const char* p;
    const char* end;
    bool atEnd() const { return p == end; }
    bool lit(char c)
    {
        if (p < end && *p == c) {
            ++p;
            return true;
        }
        return false;
    }
    bool litStr(const char* s)
    {
        const std::size_t n = std::strlen(s);
        if (static_cast<std::size_t>(end - p) >= n && std::memcmp(p, s, n) == 0) {
            p += n;
            return true;
        }
        return false;
    }
    // Reads between minDigits and maxDigits digits.
    bool num(int minDigits, int maxDigits, int* out)
    {
        int v = 0;
        int n = 0;
        while (p < end && n < maxDigits && *p >= '0' && *p <= '9') {
            v = v * 10 + (*p - '0');
            ++p;
            ++n;
        }
        if (n < minDigits)
            return false;
        *out = v;
        return true;
    }
    bool month3(int* out)
    {
        static const char* names[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                      "jul", "aug", "sep", "oct", "nov", "dec"};
        if (end - p < 3)
            return false;
        for (int i = 0; i < 12; ++i) {
            if (lower(p[0]) == names[i][0] && lower(p[1]) == names[i][1] && lower(p[2]) == names[i][2]) {
                p += 3;
                *out = i + 1;
                return true;
            }
        }
        return false;
    }
    // Optional time part: [ T]HH:mm[:ss[.fff]]
    bool optionalTime(std::int64_t* ms, bool required)
    {
        *ms = 0;
        if (atEnd())
            return !required;
        if (!lit(' ') && !lit('T'))
            return false;
        int hh = 0, mm = 0, ss = 0;
        if (!num(1, 2, &hh) || !lit(':') || !num(2, 2, &mm))
            return false;
        int frac = 0;
        if (lit(':')) {
            if (!num(2, 2, &ss))
                return false;
            if (lit('.')) {
                int digits = 0;
                int v = 0;
                while (p < end && *p >= '0' && *p <= '9') {
                    if (digits < 3) {
                        v = v * 10 + (*p - '0');
                        ++digits;
                    }
                    ++p;
                }
                while (digits < 3) {
                    v *= 10;
                    ++digits;
                }
                frac = v;
            }
        }
        if (lit('Z')) {
        }
        if (hh > 23 || mm > 59 || ss > 60)
            return false;
        *ms = ((hh * 60 + mm) * 60 + ss) * 1000LL + frac;
        return atEnd();
    }
};

enum Layout {
    IsoDate = 0,      // 2024-01-31[ 12:00[:00]]
    SlashYmd,         // 2024/01/31[ ...]
    SlashMdy,         // 1/31/2024[ ...] (US)
    SlashDmy,         // 31/1/2024[ ...]
    DotDmy,           // 31.01.2024[ ...]
    DashDmonY,        // 31-Jul-18 or 31-Jul-2018
    ChineseYmd,       // 2024年1月31日
    LayoutCount
};

const char* kLayoutQtFormats[LayoutCount] = {
    "yyyy-MM-dd", "yyyy/MM/dd", "M/d/yyyy", "d/M/yyyy", "dd.MM.yyyy", "dd-MMM-yy", "yyyy年M月d日",
};

bool parseLayout(int layout, std::string_view s, std::int64_t* out)
{
    Cursor c{s.data(), s.data() + s.size()};
    int y = 0, m = 0, d = 0;
    switch (layout) {
    case IsoDate:
        if (!c.num(4, 4, &y) || !c.lit('-') || !c.num(2, 2, &m) || !c.lit('-') || !c.num(2, 2, &d))
            return false;
        break;
    case SlashYmd:
        if (!c.num(4, 4, &y) || !c.lit('/') || !c.num(1, 2, &m) || !c.lit('/') || !c.num(1, 2, &d))
            return false;
        break;
    case SlashMdy:
        if (!c.num(1, 2, &m) || !c.lit('/') || !c.num(1, 2, &d) || !c.lit('/') || !c.num(4, 4, &y))
            return false;
        break;
    case SlashDmy:
        if (!c.num(1, 2, &d) || !c.lit('/') || !c.num(1, 2, &m) || !c.lit('/') || !c.num(4, 4, &y))
            return false;
        break;
    case DotDmy:
        if (!c.num(1, 2, &d) || !c.lit('.') || !c.num(1, 2, &m) || !c.lit('.') || !c.num(4, 4, &y))
            return false;
        break;
    case DashDmonY: {
        if (!c.num(1, 2, &d) || !c.lit('-') || !c.month3(&m) || !c.lit('-'))
            return false;
        const char* before = c.p;
        if (!c.num(2, 4, &y))
            return false;
        const auto digits = c.p - before;
        if (digits == 2)
            y += y < 70 ? 2000 : 1900;  // as Python's %y: 69 -> 2069, 70 -> 1970
        else if (digits != 4)
            return false;
        break;
    }
    case ChineseYmd:
        if (!c.num(4, 4, &y) || !c.litStr("\xE5\xB9\xB4") || !c.num(1, 2, &m) || !c.litStr("\xE6\x9C\x88")
            || !c.num(1, 2, &d) || !c.litStr("\xE6\x97\xA5"))
            return false;
        break;
    default:
        return false;
    }
    if (!validDate(y, m, d))
        return false;
    std::int64_t timeMs = 0;
    if (!c.optionalTime(&timeMs, false))
        return false;
    *out = daysFromCivil(y, static_cast<unsigned>(m), static_cast<unsigned>(d)) * 86400000LL + timeMs;
    return true;
}

} // namespace

bool InferenceRules::isNa(std::string_view cell) const
{
    // Exact match, as pandas: "  " is a value, not missing.
    if (cell.empty())
        return true;
    for (const QString& token : naTokens) {
        if (token.isEmpty())
            continue;
        if (static_cast<std::size_t>(token.size()) != cell.size())
            continue;
        bool same = true;
        for (qsizetype i = 0; i < token.size(); ++i) {
            if (token.at(i).unicode() != static_cast<unsigned char>(cell[static_cast<std::size_t>(i)])) {
                same = false;
                break;
            }
        }
        if (same)
            return true;
    }
    return false;
}

bool InferenceRules::parseNumber(std::string_view cell, double* out) const
{
    cell = trim(cell);
    if (cell.empty())
        return false;
    if (cell.front() == '+')
        cell.remove_prefix(1);
    if (cell.empty())
        return false;
    // Reject words (inf, nan, infinity) that from_chars would accept.
    const char first = cell.front() == '-' && cell.size() > 1 ? cell[1] : cell.front();
    if (!((first >= '0' && first <= '9') || first == '.' || first == ','))
        return false;
    const char decimal = decimalComma ? ',' : '.';
    const char group = decimalComma ? '.' : ',';
    const bool needsRewrite = decimalComma || (thousandsSeparator && cell.find(group) != std::string_view::npos);
    if (!needsRewrite) {
        const auto res = std::from_chars(cell.data(), cell.data() + cell.size(), *out);
        return res.ec == std::errc() && res.ptr == cell.data() + cell.size();
    }
    char buf[128];
    if (cell.size() >= sizeof buf)
        return false;
    std::size_t n = 0;
    int groupDigits = -1;  // digits since the last group separator (-1 = none seen)
    bool seenDecimal = false;
    int intDigits = 0;
    for (char c : cell) {
        if (c == group && thousandsSeparator && !seenDecimal) {
            if (intDigits == 0 || (groupDigits >= 0 && groupDigits != 3) || (groupDigits < 0 && intDigits > 3))
                return false;
            groupDigits = 0;
            continue;
        }
        if (c == decimal) {
            if (groupDigits >= 0 && groupDigits != 3)
                return false;
            seenDecimal = true;
            buf[n++] = '.';
            continue;
        }
        if (c == group)
            return false;  // a group separator where none is allowed
        if (c >= '0' && c <= '9' && !seenDecimal) {
            ++intDigits;
            if (groupDigits >= 0)
                ++groupDigits;
        }
        buf[n++] = c;
    }
    if (!seenDecimal && groupDigits >= 0 && groupDigits != 3)
        return false;
    const auto res = std::from_chars(buf, buf + n, *out);
    return res.ec == std::errc() && res.ptr == buf + n;
}

bool parseBoolWord(std::string_view cell, std::int8_t* out)
{
    cell = trim(cell);
    if (equalsNoCase(cell, "true") || equalsNoCase(cell, "yes") || equalsNoCase(cell, "t")
        || equalsNoCase(cell, "y")) {
        *out = 1;
        return true;
    }
    if (equalsNoCase(cell, "false") || equalsNoCase(cell, "no") || equalsNoCase(cell, "f")
        || equalsNoCase(cell, "n")) {
        *out = 0;
        return true;
    }
    return false;
}

bool parseDateTime(std::string_view cell, int* layout, std::int64_t* msSinceEpoch)
{
    cell = trim(cell);
    if (cell.size() < 6 || cell.size() > 40)
        return false;
    if (*layout >= 0)
        return parseLayout(*layout, cell, msSinceEpoch);
    for (int l = 0; l < LayoutCount; ++l) {
        if (parseLayout(l, cell, msSinceEpoch)) {
            *layout = l;
            return true;
        }
    }
    return false;
}

QString dateLayoutQtFormat(int layout)
{
    if (layout < 0 || layout >= LayoutCount)
        return QString();
    return QString::fromUtf8(kLayoutQtFormats[layout]);
}

QString dateTimeDisplayFormat(int layout, const std::vector<std::int64_t>& values)
{
    QString format = dateLayoutQtFormat(layout);
    bool time = false, seconds = false;
    for (std::int64_t v : values) {
        if (v == kMissingTime)
            continue;
        const std::int64_t ms = ((v % 86400000) + 86400000) % 86400000;
        time |= ms != 0;
        seconds |= ms % 60000 != 0;
    }
    if (seconds)
        format += QStringLiteral(" HH:mm:ss");
    else if (time)
        format += QStringLiteral(" HH:mm");
    return format;
}

bool looksLikeIdName(const QString& name)
{
    const QString n = name.trimmed();
    // A separate token: "id", "user_id", "Invoice ID", "uuid", "order-no"...
    static const QRegularExpression token(QStringLiteral("(^|[ _\\-.])(id|uid|uuid|guid)([ _\\-.]|$)"),
                                          QRegularExpression::CaseInsensitiveOption);
    // Camel case ("CustomerID", "userId", "IDNumber") and Chinese names (编号, 序号, 标识).
    static const QRegularExpression camel(QStringLiteral("[a-z](Id|ID)$|^ID([A-Z_ ]|$)|编号|序号|标识"));
    return token.match(n).hasMatch() || camel.match(n).hasMatch();
}

bool preferCategorical(std::size_t distinct, std::size_t nonMissing)
{
    const std::size_t limit = std::max<std::size_t>(20, std::min<std::size_t>(2000, nonMissing / 2));
    return distinct <= limit;
}

void flagIdLike(Column& column)
{
    const std::size_t n = column.size();
    if (n < 2)
        return;
    bool idLike = false;
    const bool idName = looksLikeIdName(column.name());
    if (column.type() == ColumnType::Numeric) {
        const auto& v = column.numbers();
        bool integral = true;
        bool increasing = true;
        bool anyMissing = false;
        for (std::size_t i = 0; i < n; ++i) {
            if (std::isnan(v[i])) {
                anyMissing = true;
                continue;
            }
            if (v[i] != std::floor(v[i]))
                integral = false;
            if (i > 0 && !(v[i] > v[i - 1]))
                increasing = false;
            if (!integral || (!increasing && !idName))
                break;  // the answer is known: not an id
        }
        if (integral && !anyMissing) {
            if (increasing && n >= 20) {
                idLike = true;
            } else if (idName) {
                std::vector<double> sorted(v);
                std::sort(sorted.begin(), sorted.end());
                idLike = std::adjacent_find(sorted.begin(), sorted.end()) == sorted.end();
            }
        }
    } else if (column.type() == ColumnType::Categorical || column.type() == ColumnType::Text) {
        if (idName && column.missingCount() == 0) {
            if (column.type() == ColumnType::Categorical) {
                idLike = column.dictionary().size() == n;
            } else {
                QSet<QString> seen;
                idLike = true;
                for (std::size_t i = 0; i < n && idLike; ++i) {
                    const auto v = column.text().view(i);
                    const QString s = QString::fromUtf8(v.data(), static_cast<qsizetype>(v.size()));
                    if (seen.contains(s))
                        idLike = false;
                    seen.insert(s);
                }
            }
        }
    }
    column.setIdLike(idLike);
    if (idLike && column.role() == ColumnRole::Feature)
        column.setRole(ColumnRole::Id);
}

// ---------------------------------------------------------------------------------------------

ColumnBuilder::ColumnBuilder(QString name, InferenceRules rules) : m_name(std::move(name)), m_rules(std::move(rules)) {}

void ColumnBuilder::addText(std::string_view utf8)
{
    if (m_rules.isNa(utf8)) {
        addMissing();
        return;
    }
    m_cells.push_back({Kind::Text, 0.0, 0, static_cast<std::uint32_t>(m_texts.size())});
    m_texts.push_back(QString::fromUtf8(utf8.data(), static_cast<qsizetype>(utf8.size())));
}

void ColumnBuilder::addText(const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    if (m_rules.isNa(std::string_view(utf8.constData(), static_cast<std::size_t>(utf8.size())))) {
        addMissing();
        return;
    }
    m_cells.push_back({Kind::Text, 0.0, 0, static_cast<std::uint32_t>(m_texts.size())});
    m_texts.push_back(text);
}

void ColumnBuilder::addNumber(double v)
{
    if (std::isnan(v))
        addMissing();
    else
        m_cells.push_back({Kind::Number, v, 0, 0});
}

void ColumnBuilder::addBool(bool v) { m_cells.push_back({Kind::Bool, v ? 1.0 : 0.0, 0, 0}); }

void ColumnBuilder::addDateTime(std::int64_t ms) { m_cells.push_back({Kind::DateTime, 0.0, ms, 0}); }

void ColumnBuilder::addMissing() { m_cells.push_back({Kind::Missing, 0.0, 0, 0}); }

Column ColumnBuilder::finish(std::optional<ColumnType> forced, std::vector<Warning>* warnings, bool inferTypes) const
{
    const std::size_t n = m_cells.size();
    // How would each text cell read as a number / bool / date?
    std::vector<double> asNumber(n, std::numeric_limits<double>::quiet_NaN());
    std::vector<std::int8_t> asBool(n, kMissingBool);
    std::vector<std::int64_t> asTime(n, kMissingTime);
    std::size_t nonMissing = 0, numberOk = 0, boolOk = 0, timeOk = 0;
    int layout = -1;
    bool layoutFailed = false;
    for (std::size_t i = 0; i < n; ++i) {
        const Cell& c = m_cells[i];
        switch (c.kind) {
        case Kind::Missing:
            continue;
        case Kind::Number:
            asNumber[i] = c.number;
            ++numberOk;
            if (c.number == 0.0 || c.number == 1.0)
                asBool[i] = static_cast<std::int8_t>(c.number);
            break;
        case Kind::Bool:
            asBool[i] = static_cast<std::int8_t>(c.number);
            asNumber[i] = c.number;
            ++boolOk;
            break;
        case Kind::DateTime:
            asTime[i] = c.time;
            asNumber[i] = static_cast<double>(c.time);
            ++timeOk;
            break;
        case Kind::Text: {
            const QByteArray utf8 = m_texts[c.textIndex].toUtf8();
            const std::string_view v(utf8.constData(), static_cast<std::size_t>(utf8.size()));
            double d;
            if (m_rules.parseNumber(v, &d)) {
                asNumber[i] = d;
                ++numberOk;
            }
            std::int8_t b;
            if (parseBoolWord(v, &b)) {
                asBool[i] = b;
                ++boolOk;
            }
            if (!layoutFailed) {
                std::int64_t t;
                int l = layout;
                if (parseDateTime(v, &l, &t)) {
                    layout = l;
                    asTime[i] = t;
                    ++timeOk;
                } else {
                    // Try again from scratch: M/D vs D/M is only decided by later rows.
                    int fresh = -1;
                    if (layout >= 0 && parseDateTime(v, &fresh, &t)) {
                        layoutFailed = true;
                    } else {
                        layoutFailed = true;
                    }
                }
            }
            break;
        }
        }
        ++nonMissing;
    }
    if (layoutFailed && timeOk > 0) {
        // Retry every layout over all text cells: the first that reads all of them wins.
        timeOk = 0;
        for (int l = 0; l < LayoutCount; ++l) {
            std::size_t ok = 0;
            for (std::size_t i = 0; i < n; ++i) {
                const Cell& c = m_cells[i];
                if (c.kind == Kind::DateTime) {
                    ++ok;
                } else if (c.kind == Kind::Text) {
                    const QByteArray utf8 = m_texts[c.textIndex].toUtf8();
                    std::int64_t t;
                    int ll = l;
                    if (parseDateTime(std::string_view(utf8.constData(), static_cast<std::size_t>(utf8.size())), &ll, &t)) {
                        asTime[i] = t;
                        ++ok;
                    } else {
                        asTime[i] = kMissingTime;
                    }
                }
            }
            if (ok == nonMissing) {
                layout = l;
                timeOk = ok;
                break;
            }
        }
    }

    ColumnType type = ColumnType::Text;
    if (forced) {
        type = *forced;
    } else if (!inferTypes) {
        type = ColumnType::Categorical;
    } else if (nonMissing == 0) {
        type = ColumnType::Numeric;  // an all-missing column: numeric NaNs, as pandas (float64)
    } else if (boolOk == nonMissing && numberOk < nonMissing) {
        type = ColumnType::Boolean;
    } else if (numberOk == nonMissing) {
        type = ColumnType::Numeric;
    } else if (timeOk == nonMissing) {
        type = ColumnType::DateTime;
    } else {
        QSet<QString> distinct;
        for (const Cell& c : m_cells)
            if (c.kind == Kind::Text)
                distinct.insert(m_texts[c.textIndex]);
        type = preferCategorical(static_cast<std::size_t>(distinct.size()), nonMissing) ? ColumnType::Categorical
                                                                                       : ColumnType::Text;
    }

    std::size_t lost = 0;
    Column col;
    switch (type) {
    case ColumnType::Numeric: {
        std::vector<double> v(n);
        for (std::size_t i = 0; i < n; ++i) {
            v[i] = asNumber[i];
            if (m_cells[i].kind != Kind::Missing && std::isnan(v[i]))
                ++lost;
        }
        col = Column::numeric(m_name, std::move(v));
        break;
    }
    case ColumnType::Boolean: {
        for (std::size_t i = 0; i < n; ++i)
            if (m_cells[i].kind != Kind::Missing && asBool[i] < 0)
                ++lost;
        col = Column::boolean(m_name, std::move(asBool));
        break;
    }
    case ColumnType::DateTime: {
        for (std::size_t i = 0; i < n; ++i)
            if (m_cells[i].kind != Kind::Missing && asTime[i] == kMissingTime)
                ++lost;
        const QString format = layout >= 0 ? dateTimeDisplayFormat(layout, asTime) : QString();
        col = Column::dateTime(m_name, std::move(asTime), format);
        break;
    }
    case ColumnType::Categorical:
    case ColumnType::Text: {
        std::vector<QString> values(n);
        std::vector<bool> missing(n, false);
        for (std::size_t i = 0; i < n; ++i) {
            const Cell& c = m_cells[i];
            switch (c.kind) {
            case Kind::Missing:
                missing[i] = true;
                break;
            case Kind::Text:
                values[i] = m_texts[c.textIndex];
                break;
            case Kind::Number:
                values[i] = formatNumber(c.number);
                break;
            case Kind::Bool:
                values[i] = c.number != 0.0 ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
                break;
            case Kind::DateTime:
                values[i] = formatDateTime(c.time, QString());
                break;
            }
        }
        col = type == ColumnType::Categorical ? Column::categoricalFromStrings(m_name, values, missing)
                                              : Column::text(m_name, values, missing);
        break;
    }
    }
    if (lost > 0 && warnings) {
        warnings->push_back({QStringLiteral("type_conversion"), 0, 0,
                             Tr::tr("%n value(s) of column '%1' could not be read as %2 and are treated as missing.",
                                    nullptr, static_cast<int>(lost))
                                 .arg(m_name, columnTypeDisplayName(type))});
    }
    if (!forced)
        flagIdLike(col);
    return col;
}

} // namespace pp
