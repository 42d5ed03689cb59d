// Metrics against scikit-learn 1.2.1: every expected number below was printed by
// data/reference.py (Debian's /usr/bin/python3, sklearn 1.2.1, numpy 1.24.2) on the same
// literal arrays; the comment next to it is the exact call.
#include "ml/metrics.h"

#include <QJsonArray>
#include <QtTest>

#include <cmath>
#include <initializer_list>

using namespace pp;
using namespace pp::metrics;

namespace {

Eigen::VectorXd vec(std::initializer_list<double> v)
{
    Eigen::VectorXd out(static_cast<Eigen::Index>(v.size()));
    Eigen::Index i = 0;
    for (double d : v)
        out(i++) = d;
    return out;
}

Eigen::MatrixXd mat(std::initializer_list<std::initializer_list<double>> rows)
{
    const auto r = static_cast<Eigen::Index>(rows.size());
    const auto c = static_cast<Eigen::Index>(rows.begin()->size());
    Eigen::MatrixXd m(r, c);
    Eigen::Index i = 0;
    for (const auto& row : rows) {
        Eigen::Index j = 0;
        for (double d : row)
            m(i, j++) = d;
        ++i;
    }
    return m;
}

// Equal to sklearn's printed value to ~15 significant digits.
bool same(double actual, double expected, double rel = 1e-13)
{
    if (std::isnan(expected))
        return std::isnan(actual);
    return std::abs(actual - expected) <= rel * std::max(1.0, std::abs(expected));
}

#define CHECK_NEAR(actual, expected)                                                                           \
    do {                                                                                                       \
        const double a_ = (actual);                                                                            \
        const double e_ = (expected);                                                                          \
        QVERIFY2(same(a_, e_), qPrintable(QStringLiteral("%1 = %2, expected %3")                                \
                                              .arg(QLatin1String(#actual))                                     \
                                              .arg(a_, 0, 'g', 17)                                             \
                                              .arg(e_, 0, 'g', 17)));                                          \
    } while (false)

void checkVector(const Eigen::VectorXd& actual, const Eigen::VectorXd& expected, const char* what)
{
    QVERIFY2(actual.size() == expected.size(),
        qPrintable(QStringLiteral("%1: size %2, expected %3").arg(QLatin1String(what)).arg(actual.size()).arg(expected.size())));
    for (Eigen::Index i = 0; i < actual.size(); ++i)
        QVERIFY2(same(actual(i), expected(i)), qPrintable(QStringLiteral("%1[%2] = %3, expected %4")
                                                               .arg(QLatin1String(what))
                                                               .arg(i)
                                                               .arg(actual(i), 0, 'g', 17)
                                                               .arg(expected(i), 0, 'g', 17)));
}

// reference.py: regression arrays
const Eigen::VectorXd kYt = vec({3.0, -0.5, 2.0, 7.0, 0.0, 4.2, 1.5, 10.0});
const Eigen::VectorXd kYp = vec({2.5, 0.0, 2.1, 7.8, 0.3, 3.9, 1.1, 9.2});
const Eigen::VectorXd kW = vec({1.0, 2.0, 0.5, 1.5, 1.0, 3.0, 0.2, 1.0});
// binary: truth, scores with ties (0.8 ×2, 0.6 ×2, 0.35 ×3), bp = bs >= 0.5, weights
const Eigen::VectorXd kBt = vec({0, 1, 1, 0, 1, 0, 1, 1, 0, 0, 1, 0, 1});
const Eigen::VectorXd kBs = vec({0.1, 0.9, 0.8, 0.35, 0.8, 0.35, 0.6, 0.2, 0.7, 0.05, 0.6, 0.35, 0.45});
const Eigen::VectorXd kBp = vec({0, 1, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 0});
const Eigen::VectorXd kBw = vec({1.0, 0.5, 2.0, 1.0, 1.0, 3.0, 0.7, 1.2, 1.0, 0.3, 2.5, 1.0, 0.9});
// multiclass
const Eigen::VectorXd kMt = vec({0, 1, 2, 2, 1, 0, 2, 1, 0, 2});
const Eigen::MatrixXd kMp = mat({{0.7, 0.2, 0.1}, {0.3, 0.4, 0.3}, {0.1, 0.3, 0.6}, {0.2, 0.5, 0.3}, {0.25, 0.5, 0.25},
    {0.4, 0.4, 0.2}, {0.05, 0.15, 0.8}, {0.6, 0.3, 0.1}, {0.5, 0.1, 0.4}, {0.3, 0.3, 0.4}});
const Eigen::VectorXd kMpred = vec({0, 1, 2, 1, 1, 0, 2, 0, 0, 2});   // mp.argmax(axis=1)
const Eigen::VectorXd kMw = vec({1.0, 2.0, 1.0, 0.5, 1.0, 1.5, 1.0, 3.0, 1.0, 0.8});
// multilabel
const Eigen::MatrixXd kLt = mat({{1, 0, 1}, {0, 1, 0}, {1, 1, 0}, {0, 0, 1}, {1, 0, 0}, {0, 1, 1}});
const Eigen::MatrixXd kLp = mat({{1, 0, 0}, {0, 1, 0}, {1, 0, 0}, {0, 1, 1}, {1, 0, 0}, {0, 1, 1}});
const Eigen::VectorXd kLw = vec({1.0, 2.0, 0.5, 1.0, 3.0, 1.0});

Eigen::MatrixXd binaryProba(const Eigen::VectorXd& s)
{
    Eigen::MatrixXd p(s.size(), 2);
    p.col(0) = (1.0 - s.array()).matrix();
    p.col(1) = s;
    return p;
}

} // namespace

class TestMetrics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void regression();
    void regressionWeighted();
    void r2ConstantTarget();
    void mapeSkipsZeros();
    void binaryLabels();
    void binaryRanking();
    void binaryWeighted();
    void rocCurvePoints();
    void precisionRecallCurvePoints();
    void classNeverPredicted();
    void perfectAndHardProbabilities();
    void allScoresTied();
    void oneClassOnly();
    void multiclass();
    void multiclassWeighted();
    void classOnlyPredicted();
    void averagePrecisionClassNotInTruth();
    void multilabel();
    void bestThreshold();
    void bestThresholdTieTakesLarger();
    void applyThresholdToPrediction();
    void evaluateRegressionJson();
    void evaluateBinaryJson();
    void evaluateMulticlassJson();
    void evaluateMultilabelJson();
    void mismatchedSizesAreNaN();
};

void TestMetrics::regression()
{
    CHECK_NEAR(meanSquaredError(kYt, kYp), 0.2662500000000001);            // mean_squared_error(yt, yp)
    CHECK_NEAR(rootMeanSquaredError(kYt, kYp), 0.5159941860137575);        // mean_squared_error(yt, yp, squared=False)
    CHECK_NEAR(meanAbsoluteError(kYt, kYp), 0.46250000000000013);          // mean_absolute_error(yt, yp)
    CHECK_NEAR(r2Score(kYt, kYp), 0.9762435868837832);                     // r2_score(yt, yp)
}

void TestMetrics::regressionWeighted()
{
    CHECK_NEAR(meanSquaredError(kYt, kYp, kW), 0.26931372549019617);       // mean_squared_error(yt, yp, sample_weight=w)
    CHECK_NEAR(meanAbsoluteError(kYt, kYp, kW), 0.4735294117647061);       // mean_absolute_error(yt, yp, sample_weight=w)
    CHECK_NEAR(r2Score(kYt, kYp, kW), 0.9746754831374151);                 // r2_score(yt, yp, sample_weight=w)
    // Unit weights change nothing.
    CHECK_NEAR(meanSquaredError(kYt, kYp, Eigen::VectorXd::Ones(8)), 0.2662500000000001);
}

void TestMetrics::r2ConstantTarget()
{
    CHECK_NEAR(r2Score(vec({2, 2, 2}), vec({2, 2, 2})), 1.0);   // r2_score([2, 2, 2], [2, 2, 2])
    CHECK_NEAR(r2Score(vec({2, 2, 2}), vec({2, 2, 3})), 0.0);   // r2_score([2, 2, 2], [2, 2, 3])
    CHECK_NEAR(r2Score(vec({1, 2, 3}), vec({1, 2, 3})), 1.0);   // r2_score([1, 2, 3], [1, 2, 3])
    QVERIFY(std::isnan(r2Score(vec({1}), vec({1}))));           // sklearn: undefined for one sample
}

void TestMetrics::mapeSkipsZeros()
{
    const PercentageError e = meanAbsolutePercentageError(kYt, kYp);
    CHECK_NEAR(e.value, 0.2498639455782313);   // np.mean(np.abs((yt - yp) / yt)[yt != 0])
    QCOMPARE(e.skipped, Eigen::Index(1));
    const PercentageError ew = meanAbsolutePercentageError(kYt, kYp, kW);
    CHECK_NEAR(ew.value, 0.29464285714285715);   // np.average(np.abs((yt - yp) / yt)[nz], weights=w[nz])
    const PercentageError all = meanAbsolutePercentageError(vec({0, 0}), vec({1, 2}));
    QVERIFY(std::isnan(all.value));
    QCOMPARE(all.skipped, Eigen::Index(2));
}

void TestMetrics::binaryLabels()
{
    CHECK_NEAR(accuracy(kBt, kBp), 0.7692307692307693);                       // accuracy_score(bt, bp)
    CHECK_NEAR(balancedAccuracy(kBt, kBp, 2), 0.7738095238095238);            // balanced_accuracy_score(bt, bp)
    CHECK_NEAR(precision(kBt, kBp, 2, Average::Binary), 0.8333333333333334);  // precision_score(bt, bp)
    CHECK_NEAR(recall(kBt, kBp, 2, Average::Binary), 0.7142857142857143);     // recall_score(bt, bp)
    CHECK_NEAR(f1(kBt, kBp, 2, Average::Binary), 0.7692307692307692);         // f1_score(bt, bp)
    CHECK_NEAR(f1(kBt, kBp, 2, Average::Macro), 0.7692307692307692);          // f1_score(bt, bp, average='macro')
    CHECK_NEAR(f1(kBt, kBp, 2, Average::Weighted), 0.7692307692307693);       // f1_score(bt, bp, average='weighted')
    QCOMPARE(confusionMatrix(kBt, kBp, 2), mat({{5, 1}, {2, 5}}));            // confusion_matrix(bt, bp)
}

void TestMetrics::binaryRanking()
{
    CHECK_NEAR(rocAuc(kBt, kBs), 0.8333333333333333);                  // roc_auc_score(bt, bs)
    CHECK_NEAR(averagePrecision(kBt, kBs), 0.8800247371675942);        // average_precision_score(bt, bs)
    CHECK_NEAR(logLoss(kBt, binaryProba(kBs)), 0.5103246028552902);    // log_loss(bt, np.c_[1 - bs, bs])
}

void TestMetrics::binaryWeighted()
{
    CHECK_NEAR(accuracy(kBt, kBp, kBw), 0.8074534161490683);                  // accuracy_score(bt, bp, sample_weight=bw)
    CHECK_NEAR(balancedAccuracy(kBt, kBp, 2, kBw), 0.8121886674968867);       // balanced_accuracy_score(..., sample_weight=bw)
    CHECK_NEAR(f1(kBt, kBp, 2, Average::Binary, 1, kBw), 0.8121212121212121); // f1_score(bt, bp, sample_weight=bw)
    CHECK_NEAR(f1(kBt, kBp, 2, Average::Weighted, 1, kBw), 0.8077804591789638);   // average='weighted', sample_weight=bw
    CHECK_NEAR(rocAuc(kBt, kBs, kBw), 0.8240971357409713);                    // roc_auc_score(bt, bs, sample_weight=bw)
    CHECK_NEAR(averagePrecision(kBt, kBs, kBw), 0.8855997653566364);          // average_precision_score(..., sample_weight=bw)
    CHECK_NEAR(logLoss(kBt, binaryProba(kBs), kBw), 0.5270416905653369);      // log_loss(bt, proba, sample_weight=bw)
    const Eigen::MatrixXd cm = confusionMatrix(kBt, kBp, 2, kBw);             // confusion_matrix(bt, bp, sample_weight=bw)
    CHECK_NEAR(cm(0, 0), 6.3);
    CHECK_NEAR(cm(0, 1), 1.0);
    CHECK_NEAR(cm(1, 0), 2.1);
    CHECK_NEAR(cm(1, 1), 6.7);
}

void TestMetrics::rocCurvePoints()
{
    // roc_curve(bt, bs)
    const RocCurve roc = rocCurve(kBt, kBs);
    checkVector(roc.fpr, vec({0.0, 0.0, 0.0, 0.16666666666666666, 0.16666666666666666, 0.16666666666666666,
                             0.6666666666666666, 0.6666666666666666, 1.0}), "fpr");
    checkVector(roc.tpr, vec({0.0, 0.14285714285714285, 0.42857142857142855, 0.42857142857142855, 0.7142857142857143,
                             0.8571428571428571, 0.8571428571428571, 1.0, 1.0}), "tpr");
    checkVector(roc.thresholds, vec({1.9, 0.9, 0.8, 0.7, 0.6, 0.45, 0.35, 0.2, 0.05}), "thresholds");
    // roc_curve(bt, bs, drop_intermediate=False)
    const RocCurve full = rocCurve(kBt, kBs, Weights(), false);
    checkVector(full.fpr, vec({0.0, 0.0, 0.0, 0.16666666666666666, 0.16666666666666666, 0.16666666666666666,
                              0.6666666666666666, 0.6666666666666666, 0.8333333333333334, 1.0}), "fpr (all)");
    checkVector(full.thresholds, vec({1.9, 0.9, 0.8, 0.7, 0.6, 0.45, 0.35, 0.2, 0.1, 0.05}), "thresholds (all)");
    CHECK_NEAR(auc(roc.fpr, roc.tpr), 0.8333333333333333);
    QVERIFY(std::isnan(auc(vec({0, 1, 0.5}), vec({0, 1, 1}))));   // not monotone
    CHECK_NEAR(auc(vec({1, 0.5, 0}), vec({1, 1, 0})), 0.75);      // decreasing x is allowed
}

void TestMetrics::precisionRecallCurvePoints()
{
    // precision_recall_curve(bt, bs)
    const PrCurve pr = precisionRecallCurve(kBt, kBs);
    checkVector(pr.precision, vec({0.5384615384615384, 0.5833333333333334, 0.6363636363636364, 0.6, 0.8571428571428571,
                                  0.8333333333333334, 0.75, 1.0, 1.0, 1.0}), "precision");
    checkVector(pr.recall, vec({1.0, 1.0, 1.0, 0.8571428571428571, 0.8571428571428571, 0.7142857142857143,
                               0.42857142857142855, 0.42857142857142855, 0.14285714285714285, 0.0}), "recall");
    checkVector(pr.thresholds, vec({0.05, 0.1, 0.2, 0.35, 0.45, 0.6, 0.7, 0.8, 0.9}), "thresholds");
}

void TestMetrics::classNeverPredicted()
{
    const Eigen::VectorXd zeros = Eigen::VectorXd::Zero(kBt.size());
    CHECK_NEAR(precision(kBt, zeros, 2, Average::Binary), 0.0);     // precision_score(bt, zeros): 0/0 -> 0
    CHECK_NEAR(f1(kBt, zeros, 2, Average::Binary), 0.0);            // f1_score(bt, zeros)
    CHECK_NEAR(f1(kBt, zeros, 2, Average::Macro), 0.3157894736842105);     // f1_score(bt, zeros, average='macro')
    CHECK_NEAR(f1(kBt, zeros, 2, Average::Weighted), 0.291497975708502);   // f1_score(bt, zeros, average='weighted')
    CHECK_NEAR(balancedAccuracy(kBt, zeros, 2), 0.5);               // balanced_accuracy_score(bt, zeros)
}

void TestMetrics::perfectAndHardProbabilities()
{
    // log_loss(bt, np.c_[1 - bt, bt]): probabilities 0/1 clipped at sklearn 1.2.1's eps="auto" (2.22e-16)
    CHECK_NEAR(logLoss(kBt, binaryProba(kBt)), 2.2204460492503136e-16);
    // log_loss(bt, np.c_[bt, 1 - bt]): every row certain and wrong
    CHECK_NEAR(logLoss(kBt, binaryProba((1.0 - kBt.array()).matrix())), 36.043653389117146);
    // log_loss(bt, np.c_[bt, 1 - bt], eps=1e-15): the clipping of sklearn < 1.2
    CHECK_NEAR(logLoss(kBt, binaryProba((1.0 - kBt.array()).matrix()), Weights(), 1e-15), 34.53877639491067);
    CHECK_NEAR(rocAuc(kBt, kBt), 1.0);             // roc_auc_score(bt, bt)
    CHECK_NEAR(averagePrecision(kBt, kBt), 1.0);   // average_precision_score(bt, bt)
    CHECK_NEAR(accuracy(kBt, kBt), 1.0);
    CHECK_NEAR(f1(kBt, kBt, 2, Average::Macro), 1.0);
}

void TestMetrics::allScoresTied()
{
    const Eigen::VectorXd half = Eigen::VectorXd::Constant(kBt.size(), 0.5);
    CHECK_NEAR(rocAuc(kBt, half), 0.5);                          // roc_auc_score(bt, np.full(13, 0.5))
    CHECK_NEAR(averagePrecision(kBt, half), 0.5384615384615384); // average_precision_score(bt, np.full(13, 0.5))
}

void TestMetrics::oneClassOnly()
{
    // sklearn raises "Only one class present in y_true"; we return NaN.
    QVERIFY(std::isnan(rocAuc(vec({1, 1, 1}), vec({0.2, 0.5, 0.9}))));
    const RocCurve roc = rocCurve(vec({1, 1, 1}), vec({0.2, 0.5, 0.9}));
    QVERIFY(std::isnan(roc.fpr(1)));
    // No positives: recall is set to 1 (sklearn's warning path), AP is then 0.
    const PrCurve pr = precisionRecallCurve(vec({0, 0}), vec({0.2, 0.5}));
    QCOMPARE(pr.recall(0), 1.0);
    QVERIFY(!bestF1Threshold(vec({0, 0}), vec({0.2, 0.5})).valid);
}

void TestMetrics::multiclass()
{
    CHECK_NEAR(accuracy(kMt, kMpred), 0.8);                                    // accuracy_score(mt, mpred)
    CHECK_NEAR(balancedAccuracy(kMt, kMpred, 3), 0.8055555555555555);         // balanced_accuracy_score(mt, mpred)
    CHECK_NEAR(precision(kMt, kMpred, 3, Average::Macro), 0.8055555555555555); // precision_score(..., average='macro')
    CHECK_NEAR(recall(kMt, kMpred, 3, Average::Macro), 0.8055555555555555);    // recall_score(..., average='macro')
    CHECK_NEAR(f1(kMt, kMpred, 3, Average::Macro), 0.7936507936507936);        // f1_score(..., average='macro')
    CHECK_NEAR(f1(kMt, kMpred, 3, Average::Weighted), 0.8);                    // f1_score(..., average='weighted')
    CHECK_NEAR(f1(kMt, kMpred, 3, Average::Micro), 0.8000000000000002);        // f1_score(..., average='micro')
    CHECK_NEAR(rocAucOvr(kMt, kMp), 0.861111111111111);                        // roc_auc_score(mt, mp, multi_class='ovr')
    CHECK_NEAR(averagePrecisionOvr(kMt, kMp), 0.7119708994708994);   // average_precision_score(label_binarize(mt), mp)
    CHECK_NEAR(logLoss(kMt, kMp), 0.763375628441316);                          // log_loss(mt, mp)
    QCOMPARE(confusionMatrix(kMt, kMpred, 3), mat({{3, 0, 0}, {1, 2, 0}, {0, 1, 3}}));   // confusion_matrix(mt, mpred)
}

void TestMetrics::multiclassWeighted()
{
    CHECK_NEAR(f1(kMt, kMpred, 3, Average::Macro, 1, kMw), 0.7498705780845555);   // f1_score(..., 'macro', sample_weight=mw)
    CHECK_NEAR(rocAucOvr(kMt, kMp, kMw), 0.8147636337551948);   // roc_auc_score(mt, mp, multi_class='ovr', sample_weight=mw)
    CHECK_NEAR(averagePrecisionOvr(kMt, kMp, kMw), 0.7040189551467746);   // average_precision_score(..., sample_weight=mw)
    CHECK_NEAR(logLoss(kMt, kMp, kMw), 0.8305385501826925);     // log_loss(mt, mp, sample_weight=mw)
}

void TestMetrics::classOnlyPredicted()
{
    // Class 2 occurs only in the predictions: balanced accuracy leaves it out, macro
    // averages keep it (sklearn's unique_labels(y_true, y_pred)).
    const Eigen::VectorXd t = vec({0, 1, 1, 0, 1, 0});
    const Eigen::VectorXd p = vec({0, 2, 1, 1, 1, 2});
    CHECK_NEAR(balancedAccuracy(t, p, 3), 0.5);                             // balanced_accuracy_score(mt2, mp2)
    CHECK_NEAR(f1(t, p, 3, Average::Macro), 0.38888888888888884);          // f1_score(mt2, mp2, average='macro')
    CHECK_NEAR(precision(t, p, 3, Average::Macro), 0.5555555555555555);    // precision_score(mt2, mp2, average='macro')
    // A class in neither is not averaged in: 4 classes declared, same result.
    CHECK_NEAR(f1(t, p, 4, Average::Macro), 0.38888888888888884);
}

void TestMetrics::averagePrecisionClassNotInTruth()
{
    // Class 2 has a probability column but no true rows: its average precision is 0 (sklearn
    // 1.2.1 warns, sets recall to 1 and precision is 0) and the macro mean counts it.
    const Eigen::VectorXd t = vec({0, 1, 1, 0, 1, 0});
    const Eigen::MatrixXd p = mat({{0.6, 0.3, 0.1}, {0.2, 0.5, 0.3}, {0.3, 0.3, 0.4}, {0.5, 0.4, 0.1}, {0.1, 0.7, 0.2},
        {0.3, 0.2, 0.5}});
    CHECK_NEAR(averagePrecision(vec({0, 0, 0, 0, 0, 0}), p.col(2)), 0.0);        // average_precision_score(mt3 == 2, mp3[:, 2])
    CHECK_NEAR(averagePrecisionOvr(t, p), 0.5944444444444444);   // average_precision_score(label_binarize(mt3), mp3)
    QVERIFY(std::isnan(averagePrecisionOvr(t, p.leftCols(1))));   // one column: not a multiclass prediction
    QVERIFY(std::isnan(averagePrecisionOvr(t.head(3), p)));        // sizes differ
}

void TestMetrics::multilabel()
{
    CHECK_NEAR(hammingLoss(kLt, kLp), 0.16666666666666666);                        // hamming_loss(lt, lp)
    CHECK_NEAR(subsetAccuracy(kLt, kLp), 0.5);                                     // accuracy_score(lt, lp)
    CHECK_NEAR(multilabelF1(kLt, kLp, Average::Micro), 0.823529411764706);         // f1_score(lt, lp, average='micro')
    CHECK_NEAR(multilabelF1(kLt, kLp, Average::Macro), 0.8222222222222223);        // f1_score(lt, lp, average='macro')
    CHECK_NEAR(hammingLoss(kLt, kLp, kLw), 0.09803921568627451);                   // hamming_loss(..., sample_weight=lw)
    CHECK_NEAR(subsetAccuracy(kLt, kLp, kLw), 0.7058823529411765);                 // accuracy_score(..., sample_weight=lw)
    CHECK_NEAR(multilabelF1(kLt, kLp, Average::Micro, kLw), 0.8837209302325582);   // 'micro', sample_weight=lw
    CHECK_NEAR(multilabelF1(kLt, kLp, Average::Macro, kLw), 0.8666666666666666);   // 'macro', sample_weight=lw
    checkVector(labelAccuracy(kLt, kLp), vec({1.0, 0.6666666666666666, 0.8333333333333334}), "label accuracy");
}

void TestMetrics::bestThreshold()
{
    // Brute force in reference.py: f1_score(bt, bs >= t) over every distinct score.
    const ThresholdChoice c = bestF1Threshold(kBt, kBs);
    QVERIFY(c.valid);
    CHECK_NEAR(c.threshold, 0.45);
    CHECK_NEAR(c.f1, 0.8571428571428571);          // f1_score(bt, bs >= 0.45)
    CHECK_NEAR(c.precision, 0.8571428571428571);   // precision_score(bt, bs >= 0.45)
    CHECK_NEAR(c.recall, 0.8571428571428571);      // recall_score(bt, bs >= 0.45)
    // The chosen threshold reproduces that F1 through applyThreshold + f1.
    Prediction p;
    p.task = Task::Binary;
    p.proba = binaryProba(kBs);
    const Prediction at = applyThreshold(p, c.threshold);
    CHECK_NEAR(f1(kBt, at.value, 2, Average::Binary), c.f1);
}

void TestMetrics::bestThresholdTieTakesLarger()
{
    // f1_score(tt, ts >= 0.9) == f1_score(tt, ts >= 0.6) == 0.6666666666666666
    const ThresholdChoice c = bestF1Threshold(vec({1, 0, 0, 1}), vec({0.9, 0.8, 0.7, 0.6}));
    CHECK_NEAR(c.threshold, 0.9);
    CHECK_NEAR(c.f1, 0.6666666666666666);
}

void TestMetrics::applyThresholdToPrediction()
{
    Prediction p;
    p.task = Task::Binary;
    p.proba = binaryProba(vec({0.2, 0.5, 0.7}));
    p.value = vec({0, 0, 1});
    QCOMPARE(applyThreshold(p, 0.5).value, vec({0, 1, 1}));   // >= threshold is positive
    QCOMPARE(applyThreshold(p, 0.1).value, vec({1, 1, 1}));
    Prediction ml;
    ml.task = Task::Multilabel;
    ml.proba = mat({{0.1, 0.6}, {0.9, 0.3}});
    QCOMPARE(applyThreshold(ml, 0.3).labels, mat({{0, 1}, {1, 1}}));
    Prediction mc;
    mc.task = Task::Multiclass;
    mc.value = vec({2, 1});
    QCOMPARE(applyThreshold(mc, 0.9).value, mc.value);
}

void TestMetrics::evaluateRegressionJson()
{
    Prediction p;
    p.task = Task::Regression;
    p.value = kYp;
    const QJsonObject o = evaluate(Task::Regression, Eigen::MatrixXd(kYt), p, {});
    CHECK_NEAR(o.value(QLatin1String("mse")).toDouble(), 0.2662500000000001);
    CHECK_NEAR(o.value(QLatin1String("rmse")).toDouble(), 0.5159941860137575);
    CHECK_NEAR(o.value(QLatin1String("mae")).toDouble(), 0.46250000000000013);
    CHECK_NEAR(o.value(QLatin1String("r2")).toDouble(), 0.9762435868837832);
    CHECK_NEAR(o.value(QLatin1String("mape")).toDouble(), 0.2498639455782313);
    QCOMPARE(o.value(QLatin1String("mape_skipped")).toInt(), 1);
    QCOMPARE(o.keys().size(), 6);
}

void TestMetrics::evaluateBinaryJson()
{
    Prediction p;
    p.task = Task::Binary;
    p.proba = binaryProba(kBs);
    p.value = kBp;
    const QJsonObject o = evaluate(Task::Binary, Eigen::MatrixXd(kBt), p, {QStringLiteral("no"), QStringLiteral("yes")});
    const QStringList keys{QStringLiteral("accuracy"), QStringLiteral("balanced_accuracy"), QStringLiteral("precision"),
        QStringLiteral("recall"), QStringLiteral("f1"), QStringLiteral("f1_macro"), QStringLiteral("f1_weighted"),
        QStringLiteral("roc_auc"), QStringLiteral("pr_auc"), QStringLiteral("log_loss"), QStringLiteral("confusion_matrix")};
    for (const QString& k : keys)
        QVERIFY2(o.contains(k), qPrintable(k));
    QCOMPARE(o.keys().size(), keys.size());
    CHECK_NEAR(o.value(QLatin1String("precision")).toDouble(), 0.8333333333333334);
    CHECK_NEAR(o.value(QLatin1String("recall")).toDouble(), 0.7142857142857143);
    CHECK_NEAR(o.value(QLatin1String("roc_auc")).toDouble(), 0.8333333333333333);
    CHECK_NEAR(o.value(QLatin1String("pr_auc")).toDouble(), 0.8800247371675942);
    CHECK_NEAR(o.value(QLatin1String("log_loss")).toDouble(), 0.5103246028552902);
    const QJsonArray cm = o.value(QLatin1String("confusion_matrix")).toArray();
    QCOMPARE(cm, (QJsonArray{QJsonArray{5, 1}, QJsonArray{2, 5}}));
    // Undefined AUC (one class only) is null in JSON, not a number.
    Prediction q;
    q.task = Task::Binary;
    q.value = vec({1, 0, 1});
    q.proba = binaryProba(vec({0.9, 0.4, 0.8}));
    const QJsonObject single = evaluate(Task::Binary, Eigen::MatrixXd::Ones(3, 1), q, {});
    QVERIFY(single.value(QLatin1String("roc_auc")).isNull());
    CHECK_NEAR(single.value(QLatin1String("accuracy")).toDouble(), 2.0 / 3.0);
}

void TestMetrics::evaluateMulticlassJson()
{
    Prediction p;
    p.task = Task::Multiclass;
    p.proba = kMp;
    p.value = kMpred;
    const QJsonObject o = evaluate(Task::Multiclass, Eigen::MatrixXd(kMt), p,
        {QStringLiteral("low"), QStringLiteral("mid"), QStringLiteral("high")});
    CHECK_NEAR(o.value(QLatin1String("pr_auc")).toDouble(), 0.7119708994708994);
    CHECK_NEAR(o.value(QLatin1String("precision")).toDouble(), 0.8055555555555555);
    CHECK_NEAR(o.value(QLatin1String("f1")).toDouble(), 0.7936507936507936);
    CHECK_NEAR(o.value(QLatin1String("f1_macro")).toDouble(), 0.7936507936507936);
    CHECK_NEAR(o.value(QLatin1String("f1_weighted")).toDouble(), 0.8);
    CHECK_NEAR(o.value(QLatin1String("roc_auc")).toDouble(), 0.861111111111111);
    CHECK_NEAR(o.value(QLatin1String("log_loss")).toDouble(), 0.763375628441316);
    QCOMPARE(o.value(QLatin1String("confusion_matrix")).toArray(),
        (QJsonArray{QJsonArray{3, 0, 0}, QJsonArray{1, 2, 0}, QJsonArray{0, 1, 3}}));
}

void TestMetrics::evaluateMultilabelJson()
{
    Prediction p;
    p.task = Task::Multilabel;
    p.labels = kLp;
    p.proba = kLp * 0.8;
    const QJsonObject o = evaluate(Task::Multilabel, kLt, p, {});
    CHECK_NEAR(o.value(QLatin1String("hamming_loss")).toDouble(), 0.16666666666666666);
    CHECK_NEAR(o.value(QLatin1String("subset_accuracy")).toDouble(), 0.5);
    CHECK_NEAR(o.value(QLatin1String("f1_micro")).toDouble(), 0.823529411764706);
    CHECK_NEAR(o.value(QLatin1String("f1_macro")).toDouble(), 0.8222222222222223);
    QCOMPARE(o.value(QLatin1String("label_accuracy")).toArray().size(), 3);
    // Without decisions, labels come from P > 0.5.
    p.labels.resize(0, 0);
    CHECK_NEAR(evaluate(Task::Multilabel, kLt, p, {}).value(QLatin1String("hamming_loss")).toDouble(), 0.16666666666666666);
}

void TestMetrics::mismatchedSizesAreNaN()
{
    QVERIFY(std::isnan(meanSquaredError(vec({1, 2}), vec({1}))));
    QVERIFY(std::isnan(accuracy(vec({}), vec({}))));
    QVERIFY(std::isnan(logLoss(vec({0, 1}), binaryProba(vec({0.5})))));
    QVERIFY(std::isnan(rocAuc(vec({0, 1}), vec({0.1, 0.2}), vec({1}))));
    QVERIFY(std::isnan(hammingLoss(kLt, kLp.leftCols(2))));
}

QTEST_APPLESS_MAIN(TestMetrics)
#include "tst_metrics.moc"
