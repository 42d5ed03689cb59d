// XgbModel: prediction, saving/loading and importance (training is in xgb_model.cpp).
#include "ml/xgb_model.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <xgboost/c_api.h>

namespace pp {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pp::XgbModel)
};

const QByteArray kHeaderStart = "{\"header\":";
const QByteArray kBoosterKey = ",\"booster\":";
const QString kFormat = QStringLiteral("ppstudio-xgboost");

/// Splits the envelope written by serialize() without re-encoding XGBoost's JSON: a parse
/// and re-print (QJsonDocument) would be slow for thousands of trees and turns floats such
/// as 1.0 into integers, which XGBoost's loader rejects. So the bytes are opaque: any
/// reformatting is refused rather than half-understood.
bool splitEnvelope(const QByteArray& bytes, QJsonObject* header, QByteArray* booster)
{
    const auto at = bytes.indexOf(kBoosterKey);
    if (!bytes.startsWith(kHeaderStart) || at < 0 || !bytes.endsWith('}'))
        return false;
    QJsonParseError error;
    const auto doc
        = QJsonDocument::fromJson(bytes.mid(kHeaderStart.size(), at - kHeaderStart.size()), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return false;
    *header = doc.object();
    const auto from = at + kBoosterKey.size();
    *booster = bytes.mid(from, bytes.size() - from - 1);
    return true;
}

} // namespace

Result<Prediction> XgbModel::predict(const Matrix& x) const
{
    using R = Result<Prediction>;
    xgbQuietThisThread();
    if (!isFitted())
        return R::failure(Tr::tr("The model has not been trained yet."));
    if (x.cols() != m_features)
        return R::failure(Tr::tr("The model was trained on %1 columns but is asked to predict from %2.")
                              .arg(m_features)
                              .arg(x.cols()));
    const Eigen::Index n = x.rows();
    const Eigen::Index k = m_outputs;
    const float* values = nullptr;
    XgbDMatrix matrix; // owns the data XGBoost's output buffer refers to until we are done
    if (n > 0) {
        auto created = XgbDMatrix::fromFeatures(x, 0);
        if (!created.ok())
            return R::from(created);
        matrix = created.take();
        const char* config = "{\"type\":0,\"training\":false,\"iteration_begin\":0,\"iteration_end\":0,"
                             "\"strict_shape\":true}";
        const bst_ulong* shape = nullptr;
        bst_ulong dims = 0;
        if (XGBoosterPredictFromDMatrix(m_booster.handle(), matrix.handle(), config, &shape, &dims, &values)
            != 0)
            return R::failure(xgbFailure(QT_TRANSLATE_NOOP("pp::XgbModel", "Predicting")));
        if (dims != 2 || shape[0] != static_cast<bst_ulong>(n) || shape[1] != static_cast<bst_ulong>(k))
            return R::failure(Tr::tr("XGBoost returned predictions of an unexpected shape."));
    }

    Prediction out;
    out.task = m_task;
    switch (m_task) {
    case Task::Regression:
        out.value.resize(n);
        for (Eigen::Index i = 0; i < n; ++i)
            out.value(i) = values[i];
        break;
    case Task::Binary:
        out.value.resize(n);
        out.proba.resize(n, 2);
        for (Eigen::Index i = 0; i < n; ++i) {
            const double p = values[i];
            out.proba(i, 0) = 1.0 - p;
            out.proba(i, 1) = p;
            out.value(i) = p > 0.5 ? 1.0 : 0.0; // as XGBoost's "error" metric decides
        }
        break;
    case Task::Multiclass:
        out.value.resize(n);
        out.proba.resize(n, k);
        for (Eigen::Index i = 0; i < n; ++i) {
            Eigen::Index best = 0;
            for (Eigen::Index c = 0; c < k; ++c) {
                out.proba(i, c) = values[i * k + c];
                if (out.proba(i, c) > out.proba(i, best))
                    best = c;
            }
            out.value(i) = static_cast<double>(best);
        }
        break;
    case Task::Multilabel:
        out.proba.resize(n, k);
        out.labels.resize(n, k);
        for (Eigen::Index i = 0; i < n; ++i) {
            for (Eigen::Index j = 0; j < k; ++j) {
                out.proba(i, j) = values[i * k + j];
                out.labels(i, j) = out.proba(i, j) > 0.5 ? 1.0 : 0.0;
            }
        }
        break;
    }
    return out;
}

Result<QByteArray> XgbModel::serialize() const
{
    if (!isFitted())
        return Result<QByteArray>::failure(Tr::tr("The model has not been trained yet."));
    auto booster = m_booster.saveJson();
    if (!booster.ok())
        return booster;
    QJsonObject header;
    header.insert(QStringLiteral("format"), kFormat);
    header.insert(QStringLiteral("version"), 1);
    header.insert(QStringLiteral("kind"), kind());
    header.insert(QStringLiteral("task"), taskName(m_task));
    header.insert(QStringLiteral("features"), m_features);
    header.insert(QStringLiteral("outputs"), m_outputs);
    header.insert(QStringLiteral("best_iteration"), m_bestIteration);
    header.insert(QStringLiteral("params"), QJsonObject::fromVariantMap(m_params));
    return QByteArray(kHeaderStart + QJsonDocument(header).toJson(QJsonDocument::Compact) + kBoosterKey
        + booster.value() + '}');
}

Status XgbModel::deserialize(const QByteArray& bytes)
{
    QJsonObject header;
    QByteArray json;
    if (!splitEnvelope(bytes, &header, &json) || header.value(QStringLiteral("format")).toString() != kFormat)
        return Status::failure(Tr::tr("These bytes are not a saved tree model."));
    if (header.value(QStringLiteral("version")).toInt() != 1)
        return Status::failure(Tr::tr("This tree model was saved by a newer version of the program."));
    const QString savedKind = header.value(QStringLiteral("kind")).toString();
    const QString savedTask = header.value(QStringLiteral("task")).toString();
    if (savedKind != kind() || savedTask != taskName(m_task)) {
        return Status::failure(Tr::tr("The saved model is a '%1' model for %2, not a '%3' model for %4.")
                                   .arg(savedKind, savedTask, kind(), taskName(m_task)));
    }
    // Typed again through the specs: JSON turns every number into a double.
    auto params = resolveParams(
        xgbParamSpecs(m_kind, m_task), header.value(QStringLiteral("params")).toObject().toVariantMap());
    if (!params.ok())
        return Status::from(params);
    auto booster = XgbBooster::createEmpty();
    if (!booster.ok())
        return Status::from(booster);
    Status loaded = booster->loadJson(json);
    if (!loaded.ok())
        return loaded;
    // The header must agree with the booster, or predict() would misread XGBoost's output.
    const int features = header.value(QStringLiteral("features")).toInt();
    const int outputs = header.value(QStringLiteral("outputs")).toInt();
    bst_ulong boosterFeatures = 0;
    if (XGBoosterGetNumFeature(booster->handle(), &boosterFeatures) != 0 || features <= 0
        || boosterFeatures != static_cast<bst_ulong>(features) || outputs <= 0
        || (m_task != Task::Multiclass && m_task != Task::Multilabel && outputs != 1))
        return Status::failure(Tr::tr("The saved tree model is damaged."));

    clearFit();
    m_params = params.take();
    m_booster = booster.take();
    m_features = features;
    m_outputs = outputs;
    m_bestIteration = header.value(QStringLiteral("best_iteration")).toInt(-1);
    return Unit {};
}

std::vector<double> XgbModel::nativeImportance() const
{
    if (!isFitted())
        return {};
    xgbQuietThisThread();
    std::vector<double> out(static_cast<std::size_t>(m_features), 0.0);
    bst_ulong count = 0;
    const char** names = nullptr;
    bst_ulong dims = 0;
    const bst_ulong* shape = nullptr;
    const float* scores = nullptr;
    if (XGBoosterFeatureScore(m_booster.handle(), "{\"importance_type\":\"total_gain\"}", &count, &names,
            &dims, &shape, &scores)
        != 0)
        return {};
    // Without feature names XGBoost calls feature j "fj"; unused features are left out.
    double total = 0.0;
    for (bst_ulong i = 0; i < count; ++i) {
        bool ok = false;
        const int j = QByteArray(names[i]).mid(1).toInt(&ok);
        if (ok && j >= 0 && j < m_features) {
            out[static_cast<std::size_t>(j)] += scores[i];
            total += scores[i];
        }
    }
    if (total > 0.0)
        for (double& v : out)
            v /= total;
    return out;
}

} // namespace pp
