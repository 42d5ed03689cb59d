#pragma once

#include "common/job.h"
#include "common/result.h"
#include "ml/trainer.h"

#include <QJsonObject>
#include <QString>

#include <memory>

namespace pp {

/// A trained model ready to score new data: the fitted pipeline, the design (feature order,
/// classes), the model and what the input must look like. Saved as a folder:
///   bundle.json    metadata: model kind, task, params, design, threshold, input columns, metrics
///   pipeline.json  the fitted pipeline (settings and fitted values)
///   model.json     the model (XGBoost JSON, LibTorch archive in a JSON envelope, or coefficients)
struct ModelBundle
{
    QString model;
    Task task = Task::Regression;
    QVariantMap params;
    DesignSpec design;
    Pipeline pipeline;
    std::shared_ptr<Model> fitted;
    double threshold = 0.5;
    std::vector<TrainResult::InputColumn> inputColumns;
    QJsonObject metrics;       ///< {"train":{},"valid":{},"test":{}} at save time
    QString createdAt;         ///< ISO 8601
    QString appVersion;

    static ModelBundle fromTrainResult(const TrainResult& result);
};

/// The three files of a bundle as bytes (what a folder holds, and what a project stores).
struct BundleFiles
{
    QByteArray bundleJson;
    QByteArray pipelineJson;
    QByteArray modelBytes;
};
Result<BundleFiles> encodeBundle(const ModelBundle& bundle);
/// `where` names the source in error messages (a folder or "project run 3").
Result<ModelBundle> decodeBundle(const BundleFiles& files, const QString& where);

/// Writes the bundle folder (created if needed; existing bundle files are replaced).
Status saveBundle(const ModelBundle& bundle, const QString& dir);
/// Reads a bundle folder; errors name the file and what is wrong with it.
Result<ModelBundle> loadBundle(const QString& dir);

/// Scores `input` with the bundle: checks the columns (missing or mistyped ones are named),
/// runs the fitted pipeline and the model. Returns the input columns in order followed by
/// `predicted` (value or class label) and, for classification, `probability_<class>` per
/// class (multi-label: `predicted_<label>` and `probability_<label>`).
Result<Table> scoreTable(const ModelBundle& bundle, const Table& input, JobControl* job = nullptr);

} // namespace pp
