#include "ml/model_json.h"

#include <QByteArray>
#include <QJsonArray>
#include <QtEndian>

#include <cmath>
#include <cstring>

namespace pp {

namespace {

const QLatin1String kRows("rows");
const QLatin1String kCols("cols");
const QLatin1String kData("data");
const QLatin1String kBase64("base64");

} // namespace

QJsonObject ModelJson::fromMatrix(const Eigen::MatrixXd& m)
{
    QJsonObject o;
    o.insert(kRows, static_cast<qint64>(m.rows()));
    o.insert(kCols, static_cast<qint64>(m.cols()));
    const Eigen::Index n = m.size();
    // Row-major order in the file, whatever Eigen's storage, so that a reader sees rows.
    // JSON text has no NaN/inf, and "-0" reads back as the integer 0.
    const bool plain = n <= kMaxPlainValues && m.allFinite()
        && !(m.array() == 0.0 && m.array().unaryExpr([](double d) { return std::signbit(d); })).any();
    if (plain) {
        QJsonArray data;
        for (Eigen::Index r = 0; r < m.rows(); ++r)
            for (Eigen::Index c = 0; c < m.cols(); ++c)
                data.append(m(r, c));
        o.insert(kData, data);
    } else {
        QByteArray bytes(static_cast<qsizetype>(n) * 8, Qt::Uninitialized);
        char* p = bytes.data();
        for (Eigen::Index r = 0; r < m.rows(); ++r) {
            for (Eigen::Index c = 0; c < m.cols(); ++c) {
                quint64 bits;
                const double d = m(r, c);
                std::memcpy(&bits, &d, 8);
                qToLittleEndian(bits, p);
                p += 8;
            }
        }
        o.insert(kBase64, QString::fromLatin1(bytes.toBase64()));
    }
    return o;
}

QJsonObject ModelJson::fromVector(const Eigen::VectorXd& v)
{
    return fromMatrix(Eigen::MatrixXd(v));
}

bool ModelJson::toMatrix(const QJsonValue& value, Eigen::MatrixXd* out)
{
    if (!value.isObject())
        return false;
    const QJsonObject o = value.toObject();
    const qint64 rows = o.value(kRows).toInteger(-1);
    const qint64 cols = o.value(kCols).toInteger(-1);
    if (rows < 0 || cols < 0)
        return false;
    const qint64 n = rows * cols;
    out->resize(rows, cols);
    if (o.contains(kData)) {
        const QJsonArray data = o.value(kData).toArray();
        if (data.size() != n)
            return false;
        qint64 i = 0;
        for (qint64 r = 0; r < rows; ++r) {
            for (qint64 c = 0; c < cols; ++c) {
                const QJsonValue v = data.at(i++);
                if (!v.isDouble())
                    return false;
                (*out)(r, c) = v.toDouble();
            }
        }
        return true;
    }
    if (o.contains(kBase64)) {
        const QByteArray bytes = QByteArray::fromBase64(o.value(kBase64).toString().toLatin1());
        if (bytes.size() != n * 8)
            return false;
        const char* p = bytes.constData();
        for (qint64 r = 0; r < rows; ++r) {
            for (qint64 c = 0; c < cols; ++c) {
                const quint64 bits = qFromLittleEndian<quint64>(p);
                double d;
                std::memcpy(&d, &bits, 8);
                (*out)(r, c) = d;
                p += 8;
            }
        }
        return true;
    }
    return false;
}

bool ModelJson::toVector(const QJsonValue& value, Eigen::VectorXd* out)
{
    Eigen::MatrixXd m;
    if (!toMatrix(value, &m) || (m.cols() != 1 && m.size() != 0))
        return false;
    *out = m.size() == 0 ? Eigen::VectorXd() : Eigen::VectorXd(m.col(0));
    return true;
}

} // namespace pp
