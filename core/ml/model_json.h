#pragma once

#include <Eigen/Core>
#include <QJsonObject>
#include <QJsonValue>

namespace pp {

/// Exact JSON encoding of Eigen arrays for model files. Small, finite arrays are written
/// as plain numbers (Qt writes the shortest text that reads back to the same double, so
/// they round-trip bit for bit and stay readable); large arrays or arrays with NaN/inf
/// are written as base64 of the little-endian IEEE-754 bytes, which JSON numbers cannot
/// carry and which keeps a stored training set (k-NN) compact.
class ModelJson
{
public:
    static QJsonObject fromMatrix(const Eigen::MatrixXd& m);
    static QJsonObject fromVector(const Eigen::VectorXd& v);
    /// False when the value is not an array written by fromMatrix/fromVector.
    static bool toMatrix(const QJsonValue& value, Eigen::MatrixXd* out);
    static bool toVector(const QJsonValue& value, Eigen::VectorXd* out);

    /// Arrays up to this many values are written as JSON numbers.
    static constexpr Eigen::Index kMaxPlainValues = 4096;
};

} // namespace pp
