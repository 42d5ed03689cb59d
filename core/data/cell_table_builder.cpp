#include "data/cell_table_builder.h"

#include <algorithm>

namespace pp {

namespace {

// A word: text that would not be read as a number, a date or a missing value.
bool isWord(const SourceCell& cell, const InferenceRules& rules)
{
    if (cell.kind != SourceCell::Kind::Text)
        return false;
    const QByteArray utf8 = cell.text.toUtf8();
    const std::string_view v(utf8.constData(), static_cast<std::size_t>(utf8.size()));
    if (rules.isNa(v))
        return false;
    double number;
    if (rules.parseNumber(v, &number))
        return false;
    int layout = -1;
    std::int64_t ms;
    return !parseDateTime(v, &layout, &ms);
}

bool isBlank(const SourceCell& cell, const InferenceRules& rules)
{
    if (cell.kind == SourceCell::Kind::Empty || cell.kind == SourceCell::Kind::Missing)
        return true;
    if (cell.kind != SourceCell::Kind::Text)
        return false;
    const QByteArray utf8 = cell.text.toUtf8();
    return rules.isNa(std::string_view(utf8.constData(), static_cast<std::size_t>(utf8.size())));
}

} // namespace

QString sourceCellText(const SourceCell& cell)
{
    switch (cell.kind) {
    case SourceCell::Kind::Empty:
    case SourceCell::Kind::Missing:
        return QString();
    case SourceCell::Kind::Number:
        return formatNumber(cell.number);
    case SourceCell::Kind::Text:
        return cell.text;
    case SourceCell::Kind::Bool:
        return cell.number != 0.0 ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
    case SourceCell::Kind::DateTime:
        return formatDateTime(cell.time, QString());
    }
    return QString();
}

bool looksLikeHeaderRow(const std::vector<SourceCell>& first, const std::vector<SourceCell>* second,
                        const InferenceRules& rules)
{
    bool anyWord = false;
    for (const SourceCell& cell : first) {
        if (cell.kind == SourceCell::Kind::Empty)
            continue;
        if (!isWord(cell, rules))
            return false;
        anyWord = true;
    }
    if (!anyWord)
        return false;
    if (!second)
        return true;
    for (const SourceCell& cell : *second) {
        if (!isBlank(cell, rules) && !isWord(cell, rules))
            return true;
    }
    return false;
}

QStringList deduplicateColumnNames(QStringList names)
{
    // pandas 1.5 python_parser._infer_columns, step by step.
    QHash<QString, int> counts;
    for (qsizetype i = 0; i < names.size(); ++i) {
        const QString original = names.at(i);
        QString name = original;
        int count = counts.value(name, 0);
        while (count > 0) {
            counts[original] = count + 1;
            name = original + QLatin1Char('.') + QString::number(count);
            if (names.contains(name))
                ++count;
            else
                count = counts.value(name, 0);
        }
        names[i] = name;
        counts[name] = count + 1;
    }
    return names;
}

// ---------------------------------------------------------------------------------------------

CellTableBuilder::CellTableBuilder(const ImportOptions& options, HeaderMode header)
    : m_maxRows(options.maxRows),
      m_inferTypes(options.inferTypes),
      m_typeOverrides(options.typeOverrides),
      m_headerMode(header)
{
    m_rules.naTokens = options.naTokens;
}

void CellTableBuilder::setColumnNames(const QStringList& names)
{
    m_headerResolved = true;
    m_hasHeader = true;
    setHeaderNames(names);
}

void CellTableBuilder::setHeaderNames(const QStringList& names)
{
    QStringList given;
    for (qsizetype i = 0; i < names.size(); ++i)
        given.push_back(names.at(i).trimmed().isEmpty() ? QStringLiteral("column_%1").arg(i + 1) : names.at(i));
    m_headerNames = deduplicateColumnNames(given);
    for (qsizetype i = 0; i < given.size(); ++i) {
        if (m_headerNames.at(i) != given.at(i)) {
            // Same kind as the CSV reader's, so that a user sees one warning whatever the source.
            m_renamed.push_back({QStringLiteral("duplicate_column_name"), 0, static_cast<int>(i + 1),
                                 tr("Column name '%1' appears more than once; this one is called '%2'.")
                                     .arg(given.at(i), m_headerNames.at(i))});
        }
    }
    while (m_columns.size() < static_cast<std::size_t>(m_headerNames.size()))
        addColumn();
}

bool CellTableBuilder::addRow(const std::vector<SourceCell>& row)
{
    if (m_headerResolved)
        return appendDataRow(row);
    m_pending.push_back(row);
    const std::size_t needed = m_headerMode == HeaderMode::Auto ? 2 : 1;
    if (m_pending.size() >= needed)
        resolveHeader();
    return !m_truncated;
}

void CellTableBuilder::resolveHeader()
{
    m_headerResolved = true;
    if (m_pending.empty())
        return;
    switch (m_headerMode) {
    case HeaderMode::Yes:
        m_hasHeader = true;
        break;
    case HeaderMode::No:
        m_hasHeader = false;
        break;
    case HeaderMode::Auto:
        m_hasHeader = looksLikeHeaderRow(m_pending[0], m_pending.size() > 1 ? &m_pending[1] : nullptr, m_rules);
        break;
    }
    if (m_hasHeader) {
        QStringList names;
        for (const SourceCell& cell : m_pending[0])
            names.push_back(sourceCellText(cell));
        setHeaderNames(names);
    }
    for (std::size_t i = m_hasHeader ? 1 : 0; i < m_pending.size(); ++i) {
        if (!appendDataRow(m_pending[i]))
            break;
    }
    m_pending.clear();
}

bool CellTableBuilder::appendDataRow(const std::vector<SourceCell>& row)
{
    if (m_maxRows >= 0 && static_cast<qint64>(m_rows) >= m_maxRows) {
        m_truncated = true;
        return false;
    }
    while (m_columns.size() < row.size())
        addColumn();
    for (std::size_t i = 0; i < m_columns.size(); ++i) {
        ColumnBuilder& builder = m_columns[i].builder;
        if (i >= row.size()) {
            builder.addMissing();
            continue;
        }
        const SourceCell& cell = row[i];
        switch (cell.kind) {
        case SourceCell::Kind::Empty:
        case SourceCell::Kind::Missing:
            builder.addMissing();
            break;
        case SourceCell::Kind::Number:
            builder.addNumber(cell.number);
            break;
        case SourceCell::Kind::Text:
            builder.addText(cell.text);
            break;
        case SourceCell::Kind::Bool:
            builder.addBool(cell.number != 0.0);
            break;
        case SourceCell::Kind::DateTime:
            builder.addDateTime(cell.time);
            break;
        }
    }
    ++m_rows;
    return true;
}

void CellTableBuilder::addColumn()
{
    const qsizetype index = static_cast<qsizetype>(m_columns.size());
    QString name;
    if (index < m_headerNames.size()) {
        name = m_headerNames.at(index);
    } else {
        // A column past the header: its name must not repeat one that is already taken.
        const QString base = QStringLiteral("column_%1").arg(index + 1);
        name = base;
        for (int k = 1; std::any_of(m_columns.begin(), m_columns.end(), [&](const PendingColumn& c) { return c.name == name; }); ++k)
            name = base + QLatin1Char('.') + QString::number(k);
    }
    PendingColumn column{name, ColumnBuilder(name, m_rules)};
    for (std::size_t r = 0; r < m_rows; ++r)
        column.builder.addMissing();
    m_columns.push_back(std::move(column));
}

bool CellTableBuilder::finish(Table* table, std::vector<Warning>* warnings, const SubProgress& progress)
{
    if (!m_headerResolved)
        resolveHeader();
    warnings->insert(warnings->end(), m_renamed.begin(), m_renamed.end());
    for (auto it = m_typeOverrides.constBegin(); it != m_typeOverrides.constEnd(); ++it) {
        const bool known = std::any_of(m_columns.begin(), m_columns.end(),
                                       [&](const PendingColumn& c) { return c.name == it.key(); });
        if (!known) {
            warnings->push_back({QStringLiteral("unknown_column"), 0, 0,
                                 tr("A type was chosen for column '%1', but there is no such column.").arg(it.key())});
        }
    }
    const std::size_t n = m_columns.size();
    for (std::size_t i = 0; i < n; ++i) {
        if (progress.cancelled())
            return false;
        PendingColumn& pending = m_columns[i];
        std::optional<ColumnType> forced;
        const auto it = m_typeOverrides.constFind(pending.name);
        if (it != m_typeOverrides.constEnd())
            forced = *it;
        table->addColumn(pending.builder.finish(forced, warnings, m_inferTypes));
        // The cells are no longer needed; give their memory back before the next column.
        pending.builder = ColumnBuilder(pending.name);
        progress.set(static_cast<double>(i + 1) / static_cast<double>(n));
    }
    m_columns.clear();
    return true;
}

} // namespace pp
