#pragma once

// Preprocessing tests. The class is split over three files: tst_prep.cpp (registry,
// pipeline, JSON, leakage, cancellation, splits), tst_prep_steps.cpp (each step's numbers
// against scikit-learn / pandas / numpy, computed by data/reference.py) and
// tst_prep_edges.cpp (empty tables, single rows, all-missing columns, errors).

#include "prep/pipeline.h"
#include "prep/split.h"

#include <QObject>
#include <QtTest>

#include <cmath>
#include <limits>
#include <memory>
#include <vector>

namespace pptest {

constexpr double NaN = std::numeric_limits<double>::quiet_NaN();

/// A step of `kind` with `params` (fails the test when either is rejected).
std::unique_ptr<pp::Step> makeStep(const QString& kind, const QVariantMap& params = {});
/// fitTransform of a one-step pipeline-less step; fails the test on error.
pp::Table fitStep(pp::Step& step, const pp::Table& train, const pp::FitInfo& info = {});
pp::Table transformStep(const pp::Step& step, const pp::Table& input);

/// The numbers of a column (NaN for missing), whatever its type.
std::vector<double> values(const pp::Table& table, const QString& column);
/// Compares with a relative+absolute tolerance; NaN equals NaN. Returns a message or "".
QString compareNumbers(
    const std::vector<double>& actual, const std::vector<double>& expected, double tol = 1e-12);
/// Every cell as text, "<NA>" for missing; column names and types first.
QString dump(const pp::Table& table);

/// The fixture of reference.py: income, age, visits (10 training rows, 4 test rows).
pp::Table referenceTrain();
pp::Table referenceTest();
/// A table with one column of every type, a regression target "spend" and a binary "buyer".
pp::Table mixedTable(std::size_t rows, quint64 seed = 1);

} // namespace pptest

#define PP_COMPARE_NUMBERS(actual, expected, tol)                                                            \
    do {                                                                                                     \
        const QString ppMsg_ = pptest::compareNumbers((actual), (expected), (tol));                          \
        if (!ppMsg_.isEmpty())                                                                               \
            QFAIL(qPrintable(ppMsg_));                                                                       \
    } while (false)

class TestPrep : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    // tst_prep.cpp
    void registryListsEveryKind();
    void registryCategories();
    void docsListEveryKindAndParam();
    void jsonRoundTrip_data();
    void jsonRoundTrip();
    void fromJsonErrors_data();
    void fromJsonErrors();
    void transformErrorsNameStepAndColumn();
    void transformNeedsFit();
    void leakageScalerSeesTrainingRowsOnly();
    void trainOnlyStepsSkippedOnOtherData();
    void disabledStepsAreSkipped();
    void cloneIsIndependent();
    void progressAndCancellation();
    void cancelInsideStep();
    void splitRandomDisjointAndCovering();
    void splitStratifiedProportions();
    void splitTimeOrder();
    void splitSeedsAndErrors();
    void kFoldSizesAsSklearn();
    void stratifiedKFoldAsSklearn();

    // tst_prep_steps.cpp
    void imputeAsSimpleImputer();
    void imputeCategoricalAndConstant();
    void knnImputeAsKnnImputer();
    void knnImputeScaled();
    void standardScaleAsSklearn();
    void minMaxScaleAsSklearn();
    void robustScaleAsSklearn();
    void clipOutlierBounds();
    void dropOutliersTrainOnly();
    void flagOutliersKeepsValues();
    void boxCoxAsPowerTransformer();
    void yeoJohnsonAsPowerTransformer();
    void oneHotAsSklearn();
    void oneHotMissingAndDrop();
    void interpolateAsPandas();
    void binAsKBinsDiscretizer();
    void log1pAndSqrtDomains();
    void ordinalAndFrequency();
    void targetEncodeOutOfFold();
    void targetEncodeMulticlass();
    void columnSteps();
    void missingRowsColumnsIndicator();
    void iforestDropsAnomalies();
    void iforestFlagKeepsRowsAndSeeds();
    void describeShowsFittedValues();

    // tst_prep_edges.cpp
    void edgeCases_data();
    void edgeCases();
    void typeMismatchAtTransform();
};
