// Tests of the advanced preparation steps (construction, selection, text, sequence windows,
// resampling), the CSV writer and their JSON round trips. Expected numbers come from
// data/reference.py (scikit-learn 1.2.1, pandas 1.5.3, numpy 1.24.2); each is pasted next to
// the call that produced it. The slots live in several .cpp files by area.
#pragma once

#include "data/table.h"
#include "prep/step.h"

#include <QObject>

#include <cmath>
#include <memory>
#include <vector>

namespace prep2test {

/// The "formula data" of reference.py: x1, x2, x3 continuous; y numeric; cls 0/1/2.
pp::Table formulaTable(int n = 300);
std::vector<double> values(const pp::Table& t, const QString& column);
pp::FitInfo fitInfo(const QStringList& targets = {}, pp::Task task = pp::Task::Regression, quint64 seed = 42);
/// A fresh step of the kind, made directly (the registry arrives with the pipeline branch).
std::unique_ptr<pp::Step> makeStep(const QString& kind);
/// Sets params, fits on `train`, and fails the test on an error.
bool setUp(pp::Step& step, const QVariantMap& params, const pp::Table& train, const pp::FitInfo& info);
bool near(double a, double b, double tolerance = 1e-12);

} // namespace prep2test

class TestPrep2 : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // construct (tst_prep2.cpp)
    void expressionValues();
    void expressionErrors_data();
    void expressionErrors();
    void expressionStepNamesColumn();
    void combine();
    void power();
    void datePartsMatchPandas();
    void datePartsReferenceGiven();
    void datePartsReferenceOffset();
    void datePartsNoStaleReference();
    void outputsNeverOverwriteTargets();
    // select (tst_prep2.cpp)
    void varianceThresholdMatchesSklearn();
    void varianceThresholdAllMissing();
    void selectKBestCorrelation();
    void mutualInfoMatchesSklearn();
    void selectKBestMutualInfoClassification();
    void dropCorrelated();
    void manualSelect();
    // text (tst_prep2_text.cpp)
    void tokenizerChinese();
    void tokenizerLatin();
    void tfidfMatchesSklearn();
    void englishStopWordsMatchSklearn();
    void murmurHashMatchesSklearn();
    void hashingMatchesSklearn();
    void countsBinaryAndLimits();
    void textAllMissing();
    void textSequence();
    // sequences and resampling (tst_prep2_sequence.cpp)
    void sequenceWindowsBreak();
    void sequenceWindowsKeepAll();
    void sequenceWindowsFfill();
    void sequenceWindowsFfillTargets();
    void sequenceWindowsStandardize();
    void sequenceWindowsNewData();
    void randomOversample();
    void randomUndersample();
    void resampleSeeded();
    void resampleSeedPerStep();
    void smoteProperties();
    void smoteKeepsClassWeights();
    void smoteRejectsCategorical();
    void classWeightsMatchSklearn();
    void resampleNeedsClassification();
    // io (tst_prep2_io.cpp)
    void jsonRoundTrip_data();
    void jsonRoundTrip();
    void notFittedAndMissingColumn();
    void csvWriterExactText();
    void csvWriterRoundTrip();
    void csvWriterCancel();
    void registry();
    void cancellation();
    void cliPrepare();
    void cliPrepareErrors();
};
