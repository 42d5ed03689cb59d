#pragma once

#include "ml/task.h"

#include <Eigen/Core>
#include <QString>
#include <QStringList>

#include <vector>

namespace pp {

/// Dense feature matrix, one row per sample (row-major so a row is contiguous, which is
/// what XGBoost and LibTorch take). Missing values are NaN; only tree models accept them.
using Matrix = Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;
using Vector = Eigen::VectorXd;

/// What a model is trained and evaluated on: numeric features and encoded targets.
struct MlData
{
    Task task = Task::Regression;
    Matrix x;                        ///< n × p features
    /// Targets, n × k: regression k = 1 (values); binary/multiclass k = 1 (class index
    /// 0..C-1 as double); multilabel k = number of labels (0/1).
    Eigen::MatrixXd y;
    std::vector<double> weight;      ///< per-sample weights (class weights); empty = all 1
    QStringList featureNames;        ///< p names
    QStringList classNames;          ///< classification: C class labels, index = class
    QStringList targetNames;         ///< the target column name(s)
    std::vector<qint64> rowIds;      ///< the source table's row of each sample

    Eigen::Index rows() const { return x.rows(); }
    Eigen::Index features() const { return x.cols(); }
    int classCount() const { return static_cast<int>(classNames.size()); }
    /// Rows `idx` of this data (features, targets, weights, ids), same columns.
    MlData subset(const std::vector<Eigen::Index>& idx) const;
};

/// Model output for n samples.
struct Prediction
{
    Task task = Task::Regression;
    Vector value;                    ///< regression: predicted values; classification: predicted class index
    Eigen::MatrixXd proba;           ///< binary: n × 2; multiclass: n × C; multilabel: n × k (P(label = 1))
    /// Multilabel: 0/1 decisions at the threshold, n × k (empty otherwise).
    Eigen::MatrixXd labels;
};

} // namespace pp
