#pragma once

// RAII wrappers and helpers around XGBoost's C API. Internal to core/ml (xgb_*.cpp): only
// these files include <xgboost/c_api.h>, and no XGBoost type leaks into a public header.

#include "common/result.h"
#include "ml/ml_data.h"

#include <QByteArray>
#include <QString>

#include <utility>
#include <vector>

namespace pp {

/// XGBoost's C API reports failure as a non-zero return code and keeps the message per
/// thread; this turns it into a translated message.
QString xgbLastError();
/// "What we were doing: XGBoost's message" for a failed call.
QString xgbFailure(const char* what);

/// Silences XGBoost on the calling thread. XGBoost 1.7 keeps both its global config
/// (verbosity) and its log callback per thread, so every thread that calls into it must
/// do this first; it is cheap after the first call on a thread.
void xgbQuietThisThread();

/// Owns a DMatrixHandle.
class XgbDMatrix
{
public:
    XgbDMatrix() = default;
    ~XgbDMatrix();
    XgbDMatrix(XgbDMatrix&& other) noexcept
        : m_handle(std::exchange(other.m_handle, nullptr))
    {
    }
    XgbDMatrix& operator=(XgbDMatrix&& other) noexcept;
    XgbDMatrix(const XgbDMatrix&) = delete;
    XgbDMatrix& operator=(const XgbDMatrix&) = delete;

    /// Wraps the features without a float copy: XGBoost reads the double row-major buffer
    /// through an array interface (as Python's DMatrix does for a float64 numpy array) and
    /// keeps its own compressed copy. NaN is the missing value.
    static Result<XgbDMatrix> fromFeatures(const Matrix& x, int threads);

    /// Labels n × k: k = 1 as a plain vector, k > 1 as a 2-D label (multi-output).
    Status setLabels(const Eigen::MatrixXd& y);
    Status setWeights(const std::vector<double>& weight);
    /// The given rows (features, labels and weights) as a new matrix.
    Result<XgbDMatrix> slice(const std::vector<int>& rows) const;

    void* handle() const { return m_handle; }

private:
    void* m_handle = nullptr;
};

/// Owns a BoosterHandle.
class XgbBooster
{
public:
    XgbBooster() = default;
    ~XgbBooster();
    XgbBooster(XgbBooster&& other) noexcept
        : m_handle(std::exchange(other.m_handle, nullptr))
    {
    }
    XgbBooster& operator=(XgbBooster&& other) noexcept;
    XgbBooster(const XgbBooster&) = delete;
    XgbBooster& operator=(const XgbBooster&) = delete;

    /// A booster whose prediction cache holds `cache` (train and validation matrices), so
    /// that evaluating them each round only adds the newest trees' output.
    static Result<XgbBooster> create(const std::vector<const XgbDMatrix*>& cache);
    /// An empty booster to load a saved model into.
    static Result<XgbBooster> createEmpty();

    Status setParam(const QByteArray& name, const QByteArray& value);
    /// Trees of rounds [begin, end) as a new booster (used to keep the best iteration).
    Result<XgbBooster> slice(int begin, int end) const;
    int boostedRounds() const;

    /// The model in XGBoost's JSON format and back.
    Result<QByteArray> saveJson() const;
    Status loadJson(const QByteArray& json);

    bool isNull() const { return m_handle == nullptr; }
    void* handle() const { return m_handle; }

private:
    void* m_handle = nullptr;
};

/// A double as text with round-trip precision, independent of the C locale (Qt sets the
/// process locale, and strtod/printf would then use a decimal comma).
QByteArray xgbNumber(double value);

} // namespace pp
