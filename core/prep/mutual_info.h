#pragma once

#include <QtGlobal>

#include <vector>

namespace pp {

/// Mutual information estimators, in nats, as scikit-learn 1.2 computes them in
/// sklearn.feature_selection.mutual_info_classif / mutual_info_regression:
/// - both discrete: the plug-in formula of sklearn.metrics.mutual_info_score;
/// - both continuous: Kraskov, Stögbauer & Grassberger (2004), estimator 1, with the
///   Chebyshev metric and n_neighbors = k;
/// - one continuous, one discrete: Ross (2014), "Mutual Information between Discrete and
///   Continuous Data Sets".
/// Results below zero are clipped to 0 as sklearn does.

/// Labels are codes >= 0; rows where either code is negative (missing) are skipped.
double mutualInfoScore(const std::vector<int>& a, const std::vector<int>& b);
/// KSG estimator on paired values (no missing values).
double mutualInfoContinuous(const std::vector<double>& x, const std::vector<double>& y, int k);
/// Ross estimator: `c` continuous, `d` discrete codes >= 0 (no missing values).
double mutualInfoMixed(const std::vector<double>& c, const std::vector<int>& d, int k);

/// One feature against the target as sklearn's _estimate_mi does it: rows where either value
/// is missing are dropped, continuous values are divided by their standard deviation and get
/// a tiny noise 1e-10 * max(1, mean |x|) * N(0, 1) (Kraskov's advice against ties). sklearn
/// draws that noise from numpy's generator; here each variable draws it from its own seed,
/// so the same seeds give the same result and a feature's score does not depend on the
/// other features. Discrete values are compared for equality.
double estimateMutualInfo(const std::vector<double>& feature, bool discreteFeature,
                          const std::vector<double>& target, bool discreteTarget, int k, quint64 featureSeed,
                          quint64 targetSeed);

/// The digamma function ψ(x) for x > 0 (asymptotic series after shifting x to 10 or more; ~1e-14).
double digamma(double x);

} // namespace pp
