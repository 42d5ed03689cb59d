#pragma once

#include "ml/model.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace pp {

/// Base of the models written with Eigen (linear, logistic, naive Bayes, k-NN, SVM): the
/// common checks on training and prediction data and the JSON model file, so that each
/// model only states its fit, its prediction and its fitted state.
///
/// Model file: {"format": "ppstudio-eigen-model", "version": 1, "kind", "task", "params",
/// "features", "state": {model specific}}. Arrays inside use ModelJson (bit-exact).
class EigenModel : public Model
{
    Q_DECLARE_TR_FUNCTIONS(pp::EigenModel)

public:
    QString kind() const override { return m_kind; }
    QVariantMap params() const override { return m_params; }
    Task task() const { return m_task; }
    bool isFitted() const override { return m_fitted; }

    /// Checks the model is fitted and x has the training columns and no missing values.
    Result<Prediction> predict(const Matrix& x) const final { return predictWithJob(x, nullptr); }
    Result<Prediction> predictWithJob(const Matrix& x, JobControl* job) const final;
    Result<QByteArray> serialize() const final;
    Status deserialize(const QByteArray& bytes) final;

    /// Number of classes a classification target has: the class names, else max index + 1.
    static int classCount(const MlData& data);

protected:
    EigenModel(QString kind, Task task, QVariantMap params);

    /// x is checked (columns, finite); `job` may be null.
    virtual Result<Prediction> predictRows(const Matrix& x, JobControl* job) const = 0;
    virtual void writeState(QJsonObject* state) const = 0;
    /// False when the state is malformed or does not fit `features` input columns.
    virtual bool readState(const QJsonObject& state, Eigen::Index features) = 0;

    /// Forgets any previous fit and checks `train` for this model's task: rows, target
    /// shape and values, finite features (naming the first column with missing values),
    /// weights. Every fit() starts with it.
    Status beginFit(const MlData& train);
    void endFit(Eigen::Index features)
    {
        m_featureCount = features;
        m_fitted = true;
    }
    Eigen::Index featureCount() const { return m_featureCount; }

    double doubleParam(const char* key) const { return m_params.value(QLatin1String(key)).toDouble(); }
    int intParam(const char* key) const { return m_params.value(QLatin1String(key)).toInt(); }
    QString choiceParam(const char* key) const { return m_params.value(QLatin1String(key)).toString(); }

    /// Classification: value = most probable class (the first on ties, as numpy argmax);
    /// multilabel: labels = P > 0.5 (sklearn's predict for a probability of exactly 0.5
    /// says "no").
    static Prediction fromProbabilities(Task task, Eigen::MatrixXd proba);

private:
    QString m_kind;
    Task m_task;
    QVariantMap m_params;
    Eigen::Index m_featureCount = 0;
    bool m_fitted = false;
};

} // namespace pp
