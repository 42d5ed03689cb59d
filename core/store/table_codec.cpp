#include "store/table_codec.h"

#include <QCoreApplication>
#include <QDataStream>
#include <QIODevice>

#include <cstring>

namespace pp::store {

namespace {

constexpr quint32 kMagic = 0x50505442;  // "PPTB"
constexpr quint32 kVersion = 1;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pp::Store)
};

template <class T>
QByteArray rawBytes(const std::vector<T>& v)
{
    return QByteArray(reinterpret_cast<const char*>(v.data()), static_cast<qsizetype>(v.size() * sizeof(T)));
}

template <class T>
bool fromRaw(const QByteArray& bytes, std::size_t count, std::vector<T>* out)
{
    if (static_cast<std::size_t>(bytes.size()) != count * sizeof(T))
        return false;
    out->resize(count);
    if (count)
        std::memcpy(out->data(), bytes.constData(), count * sizeof(T));
    return true;
}

QByteArray encodeColumn(const Column& c)
{
    QByteArray payload;
    QDataStream s(&payload, QIODevice::WriteOnly);
    s.setVersion(QDataStream::Qt_6_0);
    switch (c.type()) {
    case ColumnType::Numeric:
        payload = rawBytes(c.numbers());
        break;
    case ColumnType::Categorical:
        s << static_cast<quint32>(c.dictionary().size());
        for (const QString& d : c.dictionary())
            s << d.toUtf8();
        s << rawBytes(c.codes());
        break;
    case ColumnType::Boolean:
        payload = rawBytes(c.bools());
        break;
    case ColumnType::DateTime:
        payload = rawBytes(c.times());
        break;
    case ColumnType::Text: {
        const TextStore& t = c.text();
        QByteArray bytes;
        std::vector<quint64> offsets(t.size() + 1, 0);
        std::vector<quint8> missing(t.size(), 0);
        for (std::size_t i = 0; i < t.size(); ++i) {
            const auto v = t.view(i);
            bytes.append(v.data(), static_cast<qsizetype>(v.size()));
            offsets[i + 1] = static_cast<quint64>(bytes.size());
            missing[i] = t.isMissing(i) ? 1 : 0;
        }
        s << bytes << rawBytes(offsets) << rawBytes(missing);
        break;
    }
    }
    return qCompress(payload, 1);
}

} // namespace

QByteArray encodeTable(const Table& table, JobControl* job)
{
    QByteArray out;
    QDataStream s(&out, QIODevice::WriteOnly);
    s.setVersion(QDataStream::Qt_6_0);
    s << kMagic << kVersion << static_cast<quint64>(table.rowCount()) << static_cast<quint32>(table.columnCount());
    for (std::size_t j = 0; j < table.columnCount(); ++j) {
        const Column& c = table.column(j);
        s << c.name() << static_cast<quint8>(c.type()) << static_cast<quint8>(c.role()) << c.isIdLike()
          << c.timeFormat() << encodeColumn(c);
        reportProgress(job, static_cast<double>(j + 1) / static_cast<double>(table.columnCount()));
    }
    return out;
}

Result<Table> decodeTable(const QByteArray& bytes, JobControl* job)
{
    using R = Result<Table>;
    auto corrupt = [] { return R::failure(Tr::tr("The stored data set is damaged and cannot be read.")); };
    QDataStream s(bytes);
    s.setVersion(QDataStream::Qt_6_0);
    quint32 magic = 0, version = 0, ncols = 0;
    quint64 rows = 0;
    s >> magic >> version >> rows >> ncols;
    if (s.status() != QDataStream::Ok || magic != kMagic)
        return corrupt();
    if (version > kVersion)
        return R::failure(Tr::tr("The stored data set was written by a newer version of the application."));
    if (ncols > 1000000)
        return corrupt();
    Table table;
    for (quint32 j = 0; j < ncols; ++j) {
        if (isCancelled(job))
            return R::cancelledResult();
        QString name, timeFormat;
        quint8 type = 0, role = 0;
        bool idLike = false;
        QByteArray compressed;
        s >> name >> type >> role >> idLike >> timeFormat >> compressed;
        if (s.status() != QDataStream::Ok || type > static_cast<quint8>(ColumnType::Text)
            || role > static_cast<quint8>(ColumnRole::Ignore))
            return corrupt();
        const QByteArray payload = qUncompress(compressed);
        if (payload.isEmpty() && rows > 0)
            return corrupt();
        Column c(name, static_cast<ColumnType>(type));
        c.setRole(static_cast<ColumnRole>(role));
        c.setIdLike(idLike);
        c.setTimeFormat(timeFormat);
        bool ok = true;
        switch (c.type()) {
        case ColumnType::Numeric:
            ok = fromRaw(payload, rows, &c.numbers());
            break;
        case ColumnType::Boolean:
            ok = fromRaw(payload, rows, &c.bools());
            break;
        case ColumnType::DateTime:
            ok = fromRaw(payload, rows, &c.times());
            break;
        case ColumnType::Categorical: {
            QDataStream p(payload);
            p.setVersion(QDataStream::Qt_6_0);
            quint32 dictSize = 0;
            p >> dictSize;
            if (p.status() != QDataStream::Ok || dictSize > rows + 1)
                return corrupt();
            for (quint32 k = 0; k < dictSize; ++k) {
                QByteArray utf8;
                p >> utf8;
                c.dictionary().push_back(QString::fromUtf8(utf8));
            }
            QByteArray codes;
            p >> codes;
            ok = p.status() == QDataStream::Ok && fromRaw(codes, rows, &c.codes());
            for (auto code : c.codes())
                ok &= code >= -1 && code < static_cast<std::int32_t>(dictSize);
            break;
        }
        case ColumnType::Text: {
            QDataStream p(payload);
            p.setVersion(QDataStream::Qt_6_0);
            QByteArray text, offsetBytes, missingBytes;
            p >> text >> offsetBytes >> missingBytes;
            std::vector<quint64> offsets;
            std::vector<quint8> missing;
            ok = p.status() == QDataStream::Ok && fromRaw(offsetBytes, rows + 1, &offsets)
                && fromRaw(missingBytes, rows, &missing);
            for (std::size_t i = 0; ok && i < rows; ++i) {
                ok = offsets[i] <= offsets[i + 1] && offsets[i + 1] <= static_cast<quint64>(text.size());
                if (!ok)
                    break;
                if (missing[i])
                    c.text().appendMissing();
                else
                    c.text().append(std::string_view(text.constData() + offsets[i], offsets[i + 1] - offsets[i]));
            }
            break;
        }
        }
        if (!ok)
            return corrupt();
        table.addColumn(std::move(c));
        reportProgress(job, static_cast<double>(j + 1) / static_cast<double>(ncols));
    }
    return table;
}

} // namespace pp::store
