#include "ml/xgb_handles.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <xgboost/c_api.h>

#include <cstdint>

namespace pp {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pp::XgbModel)
};

void discardLog(const char*) { }

/// numpy's __array_interface__ as JSON, which XGBoost's C API reads for dense data.
QByteArray arrayInterface(const void* data, qint64 rows, qint64 cols, const char* typestr)
{
    const auto address = static_cast<quint64>(reinterpret_cast<std::uintptr_t>(data));
    QByteArray out
        = "{\"data\":[" + QByteArray::number(address) + ",true],\"shape\":[" + QByteArray::number(rows);
    if (cols > 0)
        out += ',' + QByteArray::number(cols);
    out += "],\"typestr\":\"" + QByteArray(typestr) + "\",\"version\":3}";
    return out;
}

} // namespace

QString xgbLastError()
{
    // XGBoost's messages read "[15:06:12] ./src/data/data.cc:1104: Check failed: valid: Input
    // data contains `inf` or `nan`" followed by a stack trace; keep only what a user can use.
    static const QRegularExpression noise(
        QStringLiteral(R"(^\[[0-9:]+\]\s+\S+:\d+:\s*(Check failed:[^:]*:\s*)?)"));
    const char* raw = XGBGetLastError();
    QString message = raw ? QString::fromUtf8(raw) : QString();
    const auto trace = message.indexOf(QLatin1String("Stack trace:"));
    if (trace >= 0)
        message.truncate(trace);
    return message.remove(noise).trimmed();
}

QString xgbFailure(const char* what)
{
    return Tr::tr("%1 failed in XGBoost: %2").arg(Tr::tr(what), xgbLastError());
}

void xgbQuietThisThread()
{
    thread_local bool quiet = false;
    if (quiet)
        return;
    // Failing to silence is harmless, so the return codes are deliberately not reported.
    XGBSetGlobalConfig("{\"verbosity\":0}");
    XGBRegisterLogCallback(&discardLog);
    quiet = true;
}

QByteArray xgbNumber(double value)
{
    return QByteArray::number(value, 'g', 17);
}

// ---- XgbDMatrix ---------------------------------------------------------------------------

XgbDMatrix::~XgbDMatrix()
{
    if (m_handle)
        XGDMatrixFree(m_handle);
}

XgbDMatrix& XgbDMatrix::operator=(XgbDMatrix&& other) noexcept
{
    if (this != &other) {
        if (m_handle)
            XGDMatrixFree(m_handle);
        m_handle = std::exchange(other.m_handle, nullptr);
    }
    return *this;
}

Result<XgbDMatrix> XgbDMatrix::fromFeatures(const Matrix& x, int threads)
{
    xgbQuietThisThread();
    const QByteArray data = arrayInterface(x.data(), x.rows(), x.cols(), "<f8");
    const QByteArray config = "{\"missing\":NaN,\"nthread\":" + QByteArray::number(threads) + '}';
    XgbDMatrix out;
    if (XGDMatrixCreateFromDense(data.constData(), config.constData(), &out.m_handle) != 0)
        return Result<XgbDMatrix>::failure(
            xgbFailure(QT_TRANSLATE_NOOP("pp::XgbModel", "Preparing the data")));
    return out;
}

Status XgbDMatrix::setLabels(const Eigen::MatrixXd& y)
{
    // y is column-major; XGBoost wants a row-major (n, k) float array.
    const qint64 n = y.rows();
    const qint64 k = y.cols();
    std::vector<float> buffer(static_cast<std::size_t>(n * k));
    for (qint64 i = 0; i < n; ++i)
        for (qint64 j = 0; j < k; ++j)
            buffer[static_cast<std::size_t>(i * k + j)] = static_cast<float>(y(i, j));
    int rc = 0;
    if (k == 1) {
        rc = XGDMatrixSetFloatInfo(m_handle, "label", buffer.data(), static_cast<bst_ulong>(n));
    } else {
        const QByteArray interface = arrayInterface(buffer.data(), n, k, "<f4");
        rc = XGDMatrixSetInfoFromInterface(m_handle, "label", interface.constData());
    }
    if (rc != 0)
        return Status::failure(xgbFailure(QT_TRANSLATE_NOOP("pp::XgbModel", "Setting the targets")));
    return Unit {};
}

Status XgbDMatrix::setWeights(const std::vector<double>& weight)
{
    std::vector<float> buffer(weight.begin(), weight.end());
    if (XGDMatrixSetFloatInfo(m_handle, "weight", buffer.data(), static_cast<bst_ulong>(buffer.size())) != 0)
        return Status::failure(xgbFailure(QT_TRANSLATE_NOOP("pp::XgbModel", "Setting the sample weights")));
    return Unit {};
}

Result<XgbDMatrix> XgbDMatrix::slice(const std::vector<int>& rows) const
{
    XgbDMatrix out;
    if (XGDMatrixSliceDMatrixEx(m_handle, rows.data(), static_cast<bst_ulong>(rows.size()), &out.m_handle, 0)
        != 0)
        return Result<XgbDMatrix>::failure(
            xgbFailure(QT_TRANSLATE_NOOP("pp::XgbModel", "Preparing the data")));
    return out;
}

// ---- XgbBooster ---------------------------------------------------------------------------

XgbBooster::~XgbBooster()
{
    if (m_handle)
        XGBoosterFree(m_handle);
}

XgbBooster& XgbBooster::operator=(XgbBooster&& other) noexcept
{
    if (this != &other) {
        if (m_handle)
            XGBoosterFree(m_handle);
        m_handle = std::exchange(other.m_handle, nullptr);
    }
    return *this;
}

Result<XgbBooster> XgbBooster::create(const std::vector<const XgbDMatrix*>& cache)
{
    xgbQuietThisThread();
    std::vector<DMatrixHandle> handles;
    for (const XgbDMatrix* m : cache)
        handles.push_back(m->handle());
    XgbBooster out;
    if (XGBoosterCreate(handles.data(), static_cast<bst_ulong>(handles.size()), &out.m_handle) != 0)
        return Result<XgbBooster>::failure(
            xgbFailure(QT_TRANSLATE_NOOP("pp::XgbModel", "Creating the model")));
    return out;
}

Result<XgbBooster> XgbBooster::createEmpty()
{
    return create({});
}

Status XgbBooster::setParam(const QByteArray& name, const QByteArray& value)
{
    if (XGBoosterSetParam(m_handle, name.constData(), value.constData()) != 0) {
        return Status::failure(Tr::tr("XGBoost rejected the setting %1 = %2: %3")
                                   .arg(QString::fromUtf8(name), QString::fromUtf8(value), xgbLastError()));
    }
    return Unit {};
}

Result<XgbBooster> XgbBooster::slice(int begin, int end) const
{
    XgbBooster out;
    if (XGBoosterSlice(m_handle, begin, end, 1, &out.m_handle) != 0)
        return Result<XgbBooster>::failure(
            xgbFailure(QT_TRANSLATE_NOOP("pp::XgbModel", "Keeping the best rounds")));
    return out;
}

int XgbBooster::boostedRounds() const
{
    int rounds = 0;
    if (!m_handle || XGBoosterBoostedRounds(m_handle, &rounds) != 0)
        return 0;
    return rounds;
}

Result<QByteArray> XgbBooster::saveJson() const
{
    xgbQuietThisThread();
    bst_ulong length = 0;
    const char* bytes = nullptr;
    if (XGBoosterSaveModelToBuffer(m_handle, "{\"format\":\"json\"}", &length, &bytes) != 0)
        return Result<QByteArray>::failure(xgbFailure(QT_TRANSLATE_NOOP("pp::XgbModel", "Saving the model")));
    // The buffer belongs to XGBoost and is reused by the next call: copy it now.
    return QByteArray(bytes, static_cast<qsizetype>(length));
}

Status XgbBooster::loadJson(const QByteArray& json)
{
    xgbQuietThisThread();
    if (XGBoosterLoadModelFromBuffer(m_handle, json.constData(), static_cast<bst_ulong>(json.size())) != 0)
        return Status::failure(xgbFailure(QT_TRANSLATE_NOOP("pp::XgbModel", "Loading the model")));
    return Unit {};
}

} // namespace pp
