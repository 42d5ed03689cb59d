// The Eigen models against scikit-learn 1.2.1: the comment above each expected block is
// the exact estimator call in data/reference.py that printed it.
#include "tst_models.h"

#include "ml/elastic_net.h"
#include "ml/gaussian_nb.h"
#include "ml/k_nearest_neighbors.h"
#include "ml/linear_regression.h"
#include "ml/linear_svm.h"
#include "ml/logistic_regression.h"
#include "ml/metrics.h"

using namespace pp;
using namespace modeltest;

void TestModels::initTestCase() { registerCoreModels(); }

void TestModels::registryListsEveryModel()
{
    const QStringList kinds = ModelRegistry::instance().kinds();
    for (const char* k : {"linear", "ridge", "lasso", "elasticnet", "logistic", "naive_bayes", "knn", "svm"}) {
        const ModelInfo* info = ModelRegistry::instance().find(QLatin1String(k));
        QVERIFY2(info, k);
        QVERIFY(!info->displayName().isEmpty());
        QVERIFY(!info->description().isEmpty());
        QVERIFY(!info->family.isEmpty());
        for (const ParamSpec& s : info->params(*info->tasks.begin())) {
            QVERIFY2(!s.label.isEmpty() && s.tooltip.size() > 30, qPrintable(s.key));
            QVariant v;
            QString error;
            QVERIFY2(validateParamValue(s, s.defaultValue, &v, &error), qPrintable(error));
        }
    }
    QVERIFY(ModelRegistry::instance().find(QStringLiteral("knn"))->needsScaling);
    QVERIFY(!ModelRegistry::instance().find(QStringLiteral("naive_bayes"))->needsScaling);
    registerCoreModels();   // idempotent
    QCOMPARE(ModelRegistry::instance().kinds(), kinds);
}

void TestModels::linearMatchesSklearn()
{
    MlData d = regressionData();
    auto m = trained("linear", d);
    QVERIFY(m);
    auto* lin = dynamic_cast<LinearModel*>(m.get());
    // LinearRegression().fit(Xr, yr)
    CHECK_CLOSE(lin->coefficients(), vec({1.9952478359138484, -3.0039662438265093, 0.4953066757447691, 0.00154510975003464}), 1e-11);
    CHECK_CLOSE(Eigen::VectorXd::Constant(1, lin->intercept()), vec({1.4885163116277769}), 1e-12);
    QCOMPARE(m->nativeImportance().size(), std::size_t(4));
    QCOMPARE(m->nativeImportance()[1], std::abs(lin->coefficients()(1)));
    // LinearRegression().fit(Xr, yr, sample_weight=wr)
    d.weight = weights(60, 11);
    m = trained("linear", d);
    lin = dynamic_cast<LinearModel*>(m.get());
    CHECK_CLOSE(lin->coefficients(), vec({1.99866908493939, -3.0053331423189915, 0.49678795709735585, -0.00246715555863939}), 1e-11);
    CHECK_CLOSE(Eigen::VectorXd::Constant(1, lin->intercept()), vec({1.4880794106908095}), 1e-12);
}

void TestModels::linearCollinearIsMinimumNorm()
{
    MlData d = regressionData();
    Matrix x(d.rows(), 6);
    x.leftCols(4) = d.x;
    x.col(4) = d.x.col(0) + d.x.col(1);
    x.col(5) = d.x.col(2);
    d.x = x;
    d.featureNames << QStringLiteral("r+f") << QStringLiteral("monetary copy");
    auto m = make("linear", Task::Regression);
    FitContext ctx;
    const Status st = m->fit(d, nullptr, ctx);
    QVERIFY(st.ok());
    QCOMPARE(st.warnings().size(), std::size_t(1));
    QCOMPARE(st.warnings()[0].kind, QStringLiteral("collinear_features"));
    auto* lin = dynamic_cast<LinearRegression*>(m.get());
    QCOMPARE(lin->rank(), Eigen::Index(4));   // .rank_ = 4
    // LinearRegression().fit(np.c_[Xr, Xr[:,0] + Xr[:,1], Xr[:,2]], yr)
    CHECK_CLOSE(lin->coefficients(), vec({2.331487305218069, -2.667726774522291, 0.2476533378723851, 0.0015451097500347,
                                         -0.3362394693042208, 0.24765333787238575}), 1e-9);
    CHECK_CLOSE(Eigen::VectorXd::Constant(1, lin->intercept()), vec({1.4885163116277775}), 1e-11);
}

void TestModels::linearSingleRow()
{
    // One row: nothing to learn from the features; the intercept is the target.
    MlData d = firstRows(regressionData(), 1);
    for (const char* kind : {"linear", "ridge", "lasso"}) {
        auto m = trained(kind, d);
        QVERIFY2(m, kind);
        const auto* lin = dynamic_cast<LinearModel*>(m.get());
        QVERIFY(lin->coefficients().isZero());
        QCOMPARE(lin->intercept(), d.y(0, 0));
    }
}

void TestModels::ridgeMatchesSklearn()
{
    MlData d = regressionData();
    auto m = trained("ridge", d, {{QStringLiteral("alpha"), 1.0}});
    auto* lin = dynamic_cast<LinearModel*>(m.get());
    // Ridge(alpha=1.0).fit(Xr, yr)
    CHECK_CLOSE(lin->coefficients(), vec({1.9618008564003133, -2.965070037263069, 0.48138695073596494, -0.00064121469718298}), 1e-11);
    CHECK_CLOSE(Eigen::VectorXd::Constant(1, lin->intercept()), vec({1.477276624464469}), 1e-12);
    // Ridge(alpha=10.0).fit(Xr, yr, sample_weight=wr)
    d.weight = weights(60, 11);
    m = trained("ridge", d, {{QStringLiteral("alpha"), 10.0}});
    lin = dynamic_cast<LinearModel*>(m.get());
    CHECK_CLOSE(lin->coefficients(), vec({1.7795796107498167, -2.7301495656216868, 0.40860565471850646, -0.01789401149575272}), 1e-11);
    CHECK_CLOSE(Eigen::VectorXd::Constant(1, lin->intercept()), vec({1.421194018965866}), 1e-12);
    // .predict(Xq), Xq = Xr[:5] * 0.9 + 0.05
    const auto p = m->predict(queryRows(d, 5, 0.9, 0.05));
    QVERIFY(p.ok());
    CHECK_CLOSE(p->value, vec({1.867122672346396, 4.335426594047107, 1.6252863287368158, 4.768414231575052, -1.1150616133286402}), 1e-12);
}

void TestModels::lassoAndElasticNetMatchSklearn()
{
    MlData d = regressionData();
    struct Case
    {
        const char* kind;
        QVariantMap params;
        bool weighted;
        Eigen::VectorXd coef;
        double intercept;
        int iterations;
    };
    const Case cases[] = {
        // Lasso(alpha=0.1).fit(Xr, yr): coef_, intercept_, n_iter_
        {"lasso", {{QStringLiteral("alpha"), 0.1}}, false,
            vec({1.8957482568721753, -2.9105734464039967, 0.4029690357994362, 0.0}), 1.4479501501379897, 5},
        // ElasticNet(alpha=0.1, l1_ratio=0.5).fit(Xr, yr)
        {"elasticnet", {{QStringLiteral("alpha"), 0.1}, {QStringLiteral("l1_ratio"), 0.5}}, false,
            vec({1.8506322379181945, -2.8460912484254797, 0.41130224367905743, 0.0}), 1.4370440622308087, 5},
        // ElasticNet(alpha=0.05, l1_ratio=0.3).fit(Xr, yr, sample_weight=wr)
        {"elasticnet", {{QStringLiteral("alpha"), 0.05}, {QStringLiteral("l1_ratio"), 0.3}}, true,
            vec({1.921152168162796, -2.9133531803369896, 0.4582393444347807, 0.0}), 1.464914314010307, 5},
        // Lasso(alpha=1.0).fit(Xr, yr): two coefficients exactly zero
        {"lasso", {{QStringLiteral("alpha"), 1.0}}, false,
            vec({1.0360758038172646, -2.1388196896599063, 0.0, 0.0}), 1.182835426148159, 5},
    };
    for (const Case& c : cases) {
        d.weight = c.weighted ? weights(60, 11) : std::vector<double>();
        auto m = trained(c.kind, d, c.params);
        QVERIFY(m);
        auto* en = dynamic_cast<ElasticNet*>(m.get());
        CHECK_CLOSE(en->coefficients(), c.coef, 1e-11);
        for (Eigen::Index j = 0; j < c.coef.size(); ++j)
            QCOMPARE(en->coefficients()(j) == 0.0, c.coef(j) == 0.0);   // the same features dropped
        CHECK_CLOSE(Eigen::VectorXd::Constant(1, en->intercept()), Eigen::VectorXd::Constant(1, c.intercept), 1e-11);
        QCOMPARE(en->iterations(), c.iterations);
    }
}

void TestModels::logisticBinaryMatchesSklearn()
{
    MlData d = binaryData();
    // LogisticRegression().fit(Xb, yb): defaults (C=1, tol=1e-4), n_iter_ = 10. Both
    // solutions are approximate; the brief's bar is 1e-4 on coefficients.
    auto m = trained("logistic", d);
    auto* lr = dynamic_cast<LogisticRegression*>(m.get());
    CHECK_CLOSE(lr->coefficients(), rows(1, 3, {1.4116865789966329, -2.7328471838737327, 0.4846553002346988}), 1e-4);
    CHECK_CLOSE(lr->intercepts(), vec({0.740745832905452}), 1e-4);
    // LogisticRegression(C=0.5, tol=1e-10, max_iter=10000).fit(Xb, yb): the exact optimum
    m = trained("logistic", d, {{QStringLiteral("C"), 0.5}, {QStringLiteral("tol"), 1e-10}, {QStringLiteral("max_iter"), 10000}});
    lr = dynamic_cast<LogisticRegression*>(m.get());
    CHECK_CLOSE(lr->coefficients(), rows(1, 3, {1.0769983027650842, -2.1437460663820533, 0.33516326619358067}), 1e-8);
    CHECK_CLOSE(lr->intercepts(), vec({0.6251799586815296}), 1e-8);
    const auto p = m->predict(d.x.topRows(4));
    // .predict_proba(Xb[:4])[:, 1]
    CHECK_CLOSE(p->proba.col(1), vec({0.02362553593626466, 0.2630467469904617, 0.9837704938271047, 0.9776698596166908}), 1e-8);
    CHECK_CLOSE(p->proba.rowwise().sum(), Eigen::VectorXd::Ones(4), 1e-15);
    // LogisticRegression(C=2.0, class_weight='balanced', tol=1e-10).fit(Xb, yb, sample_weight=wb)
    d.weight = weights(80, 12);
    m = trained("logistic", d, {{QStringLiteral("C"), 2.0}, {QStringLiteral("class_weight"), QStringLiteral("balanced")},
                                   {QStringLiteral("tol"), 1e-10}, {QStringLiteral("max_iter"), 10000}});
    lr = dynamic_cast<LogisticRegression*>(m.get());
    CHECK_CLOSE(lr->coefficients(), rows(1, 3, {2.1143998305203904, -3.7190200007441048, 0.8050828271160884}), 1e-8);
    CHECK_CLOSE(lr->intercepts(), vec({0.6971487855665608}), 1e-8);
}

void TestModels::logisticMultinomialMatchesSklearn()
{
    const MlData d = multiclassData(90, 3, 2.0);
    // LogisticRegression(tol=1e-10, max_iter=10000).fit(Xm, ym): coef_ (row = class), intercept_
    const Eigen::MatrixXd coef = rows(3, 3, {-0.39888167085589826, 0.0421964974533862, 0.28734285876895793, 0.40827719585528827,
        0.29771984775307836, -0.3206384035970461, -0.00939552499938993, -0.33991634520646485, 0.03329554482808848});
    const Eigen::VectorXd intercept = vec({0.25259775329798084, -0.4273468970603681, 0.17474914376238715});
    auto m = trained("logistic", d, {{QStringLiteral("tol"), 1e-10}, {QStringLiteral("max_iter"), 10000}});
    auto* lr = dynamic_cast<LogisticRegression*>(m.get());
    CHECK_CLOSE(lr->coefficients(), coef, 1e-8);
    CHECK_CLOSE(lr->intercepts(), intercept, 1e-8);
    // .predict_proba(Xm[:3])
    const auto p = m->predict(d.x.topRows(3));
    CHECK_CLOSE(p->proba, rows(3, 3, {0.8662985266403194, 0.00447824989326935, 0.12922322346641132, 0.06538212579769241,
                                   0.5390747759956678, 0.3955430982066399, 0.09583979381680607, 0.02383961920409976,
                                   0.8803205869790941}), 1e-8);
    QCOMPARE(p->value, vec({0, 1, 2}));
    // LogisticRegression().fit(Xm, ym) with the defaults: within 1e-4
    m = trained("logistic", d);
    lr = dynamic_cast<LogisticRegression*>(m.get());
    CHECK_CLOSE(lr->coefficients(), coef, 1e-4);
    CHECK_CLOSE(lr->intercepts(), intercept, 1e-4);
}

void TestModels::logisticAbsentClassAndMultilabel()
{
    // Four declared classes, class 3 never in the training rows: probability 0 for it.
    MlData d = multiclassData();
    d.classNames << QStringLiteral("vip");
    auto m = trained("logistic", d);
    QVERIFY(m);
    auto p = m->predict(d.x);
    QCOMPARE(p->proba.cols(), Eigen::Index(4));
    QVERIFY(p->proba.col(3).isZero());
    CHECK_CLOSE(p->proba.rowwise().sum(), Eigen::VectorXd::Ones(d.rows()), 1e-14);
    // Two labels learnt independently.
    MlData ml = regressionData(120, 5);
    ml.task = Task::Multilabel;
    ml.y.resize(ml.rows(), 2);
    for (Eigen::Index i = 0; i < ml.rows(); ++i) {
        ml.y(i, 0) = ml.x(i, 0) + ml.x(i, 1) > 0 ? 1 : 0;
        ml.y(i, 1) = ml.x(i, 2) - ml.x(i, 3) > 0.5 ? 1 : 0;
    }
    ml.targetNames = {QStringLiteral("buys_shoes"), QStringLiteral("buys_bags")};
    for (const char* kind : {"logistic", "knn"}) {
        m = trained(kind, ml, {});
        QVERIFY2(m, kind);
        p = m->predict(ml.x);
        QCOMPARE(p->labels.cols(), Eigen::Index(2));
        QCOMPARE(p->proba.cols(), Eigen::Index(2));
        QVERIFY2(metrics::hammingLoss(ml.y, p->labels) < 0.1, kind);
    }
    // A label with one value has nothing to learn: an error naming it.
    ml.y.col(1).setZero();
    auto lr = make("logistic", Task::Multilabel);
    FitContext ctx;
    const Status st = lr->fit(ml, nullptr, ctx);
    QVERIFY(!st.ok());
    QVERIFY(st.error().message.contains(QStringLiteral("buys_bags")));
}

void TestModels::naiveBayesMatchesSklearn()
{
    MlData d = multiclassData(90, 3, 2.0);
    auto m = trained("naive_bayes", d);
    auto* nb = dynamic_cast<GaussianNB*>(m.get());
    // GaussianNB().fit(Xm, ym): theta_, var_, class_prior_
    CHECK_CLOSE(nb->means(), rows(3, 3, {-1.7112, -0.25500000000000006, 0.8072000000000001, 2.0387999999999997, 1.0087333333333333,
                                      -1.4640666666666673, 0.4116000000000001, -1.9813999999999996, 0.04993333333333336}), 1e-12);
    CHECK_CLOSE(nb->variances(), rows(3, 3, {6.090538567763877, 5.681523941097212, 4.555846034430546, 5.87670656776388,
                                          4.590406536652767, 5.290698803319436, 4.252204647763878, 4.609017381097212,
                                          4.198803603319435}), 1e-12);
    CHECK_CLOSE(nb->priors(), vec({0.3333333333333333, 0.3333333333333333, 0.3333333333333333}), 1e-15);
    // .predict_proba(Xm[:3])
    const auto p = m->predict(d.x.topRows(3));
    CHECK_CLOSE(p->proba, rows(3, 3, {0.9161131618643038, 0.01651881147420178, 0.06736802666149413, 0.08521707594900631,
                                   0.4899696202282758, 0.4248133038227181, 0.1243947293399341, 0.02396218590001959,
                                   0.8516430847600466}), 1e-12);
    // GaussianNB().fit(Xm, ym, sample_weight=wm)
    d.weight = weights(90, 13);
    m = trained("naive_bayes", d);
    nb = dynamic_cast<GaussianNB*>(m.get());
    CHECK_CLOSE(nb->means(), rows(3, 3, {-1.7482331119761847, -0.324962216624685, 0.8651064804213418, 2.1429394267171444,
                                      1.0044775554353707, -1.7167923201730668, 0.1366649214659686, -1.935689354275742,
                                      -0.19200174520069807}), 1e-12);
    CHECK_CLOSE(nb->variances(), rows(3, 3, {5.882844951819753, 5.610528949546737, 4.442018254955682, 5.90450178722077,
                                          4.664032732652225, 5.219355662307387, 4.4554020822227285, 4.358890305678472,
                                          4.315032686062172}), 1e-12);
    CHECK_CLOSE(nb->priors(), vec({0.3796400938885508, 0.3214813526906024, 0.2988785534208467}), 1e-14);
}

void TestModels::knnMatchesSklearn()
{
    const MlData m3 = multiclassData(90, 3, 2.0);
    const Matrix xkq = queryRows(m3, 6, 0.7, 0.11);   // Xkq = Xm[:6] * 0.7 + 0.11
    auto m = trained("knn", m3, {{QStringLiteral("n_neighbors"), 5}});
    auto p = m->predict(xkq);
    // KNeighborsClassifier(5).fit(Xm, ym).predict_proba(Xkq) / .predict(Xkq): rows 2 and 4
    // are vote ties, resolved to the lowest class as sklearn's mode.
    CHECK_CLOSE(p->proba, rows(6, 3, {1.0, 0.0, 0.0, 0.2, 0.4, 0.4, 0.0, 0.2, 0.8, 0.4, 0.2, 0.4, 0.2, 0.6, 0.2, 0.2, 0.2, 0.6}), 1e-15);
    QCOMPARE(p->value, vec({0, 1, 2, 0, 1, 2}));
    // KNeighborsClassifier(7, weights='distance').fit(Xm, ym).predict_proba(Xkq)
    m = trained("knn", m3, {{QStringLiteral("n_neighbors"), 7}, {QStringLiteral("weights"), QStringLiteral("distance")}});
    p = m->predict(xkq);
    CHECK_CLOSE(p->proba, rows(6, 3, {0.8815596883218088, 0.0, 0.1184403116781912, 0.12546947636286915, 0.3446152132225337,
                                   0.5299153104145972, 0.0, 0.21403356408734153, 0.7859664359126584, 0.3305056860742222,
                                   0.22912425099340908, 0.4403700629323688, 0.14901908214894652, 0.471402798930565,
                                   0.3795781189204884, 0.1752260207632655, 0.1392565368114839, 0.6855174424252506}), 1e-12);
    const MlData r = regressionData();
    const Matrix xq = queryRows(r, 5, 0.9, 0.05);
    // KNeighborsRegressor(4).fit(Xr, yr).predict(Xq)
    m = trained("knn", r, {{QStringLiteral("n_neighbors"), 4}});
    CHECK_CLOSE(m->predict(xq)->value, vec({0.7341249999999998, 4.102625, 2.020625, 4.283499999999999, -0.47737499999999977}), 1e-14);
    // KNeighborsRegressor(4, weights='distance').fit(Xr, yr).predict(Xq)
    m = trained("knn", r, {{QStringLiteral("n_neighbors"), 4}, {QStringLiteral("weights"), QStringLiteral("distance")}});
    CHECK_CLOSE(m->predict(xq)->value, vec({1.4031985074180975, 4.810862180047363, 1.8622613673654769, 5.27501638117468, -1.033851674412293}), 1e-12);
    // .kneighbors(Xq[:2])
    Eigen::MatrixXi idx;
    Eigen::MatrixXd dist;
    dynamic_cast<KNearestNeighbors*>(m.get())->kneighbors(xq.topRows(2), &idx, &dist);
    CHECK_CLOSE(dist, rows(2, 4, {0.1943168803784168, 0.8083717276105098, 1.2009536419029672, 1.2283032402464793, 0.1825749709023665,
                                1.1986454104529831, 1.5238399587883238, 1.6666357190460068}), 1e-12);
    QCOMPARE(Eigen::MatrixXd(idx.cast<double>()), rows(2, 4, {0, 40, 23, 7, 1, 3, 10, 31}));
    // .predict(Xr[:2]): queries equal to training rows take only those rows' targets
    CHECK_CLOSE(m->predict(r.x.topRows(2))->value, vec({2.1090000000000004, 5.175000000000001}), 1e-15);
}

void TestModels::knnMultilabelAndBlocks()
{
    // More queries and training rows than one block, several threads: same as one by one.
    const MlData train = multiclassData(5000, 21, 2.0);
    const MlData test = multiclassData(300, 22, 2.0);
    FitContext ctx;
    ctx.threads = 2;
    auto m = trained("knn", train, {{QStringLiteral("n_neighbors"), 3}}, ctx);
    const auto all = m->predict(test.x);
    for (Eigen::Index i : {Eigen::Index(0), Eigen::Index(129), Eigen::Index(299)}) {
        const auto one = m->predict(test.x.row(i));
        QCOMPARE(Eigen::MatrixXd(one->proba), Eigen::MatrixXd(all->proba.row(i)));
        // Brute force check of the nearest row.
        Eigen::Index best = 0;
        (train.x.rowwise() - test.x.row(i)).rowwise().squaredNorm().minCoeff(&best);
        Eigen::MatrixXi idx;
        Eigen::MatrixXd dist;
        dynamic_cast<KNearestNeighbors*>(m.get())->kneighbors(test.x.row(i), &idx, &dist);
        QCOMPARE(Eigen::Index(idx(0, 0)), best);
    }
}

void TestModels::svmMatchesSklearn()
{
    const QVariantMap tight{{QStringLiteral("tol"), 1e-10}, {QStringLiteral("max_iter"), 1000000}};
    MlData d = binaryData();
    // LinearSVC(loss='hinge', C=1.0, tol=1e-10, max_iter=1e6).fit(Xb, yb): the dual optimum is
    // unique, so a different visiting order reaches the same w up to the tolerance.
    auto m = trained("svm", d, tight);
    auto* svm = dynamic_cast<LinearSvm*>(m.get());
    CHECK_CLOSE(svm->coefficients(), rows(1, 3, {1.309936921481637, -2.456690446202852, 0.49774173793125254}), 1e-6);
    CHECK_CLOSE(svm->intercepts(), vec({0.5139689218852508}), 1e-6);
    auto p = m->predict(d.x);
    const Eigen::VectorXd decision = svm->decisionFunction(d.x).col(0);
    for (Eigen::Index i = 0; i < d.rows(); ++i) {
        QCOMPARE(p->value(i), decision(i) > 0 ? 1.0 : 0.0);   // the class follows the score, as sklearn
        // Platt's sigmoid is increasing in the score: probabilities rank rows as scores do.
        for (Eigen::Index j = 0; j < d.rows(); ++j)
            if (decision(i) < decision(j))
                QVERIFY(p->proba(i, 1) <= p->proba(j, 1));
    }
    // LinearSVC(loss='hinge', C=0.1, class_weight='balanced', tol=1e-10).fit(Xb, yb, sample_weight=wb)
    d.weight = weights(80, 12);
    QVariantMap params = tight;
    params.insert(QStringLiteral("C"), 0.1);
    params.insert(QStringLiteral("class_weight"), QStringLiteral("balanced"));
    m = trained("svm", d, params);
    svm = dynamic_cast<LinearSvm*>(m.get());
    CHECK_CLOSE(svm->coefficients(), rows(1, 3, {0.6501630822610669, -1.1864757198022877, 0.22013139241557167}), 1e-6);
    CHECK_CLOSE(svm->intercepts(), vec({0.2476274173825606}), 1e-6);
    // LinearSVC(loss='hinge', C=0.5, class_weight='balanced', tol=1e-10).fit(Xm[:70], ym[:70]): one-vs-rest
    const MlData all = multiclassData(90, 3, 2.0);
    params = tight;
    params.insert(QStringLiteral("C"), 0.5);
    params.insert(QStringLiteral("class_weight"), QStringLiteral("balanced"));
    m = trained("svm", firstRows(all, 70), params);
    svm = dynamic_cast<LinearSvm*>(m.get());
    CHECK_CLOSE(svm->coefficients(), rows(3, 3, {-0.36150000473440264, 0.21360834271895388, 0.4195118708976158, 0.5383649598688962,
                                              0.2996961983397892, -0.33027541694698115, 0.00173621040731966,
                                              -0.36113146395297274, -0.01751468827687205}), 1e-6);
    CHECK_CLOSE(svm->intercepts(), vec({-0.4400269089853569, -1.2684216501649814, -0.8018963035497987}), 1e-6);
    // .predict(Xm[70:])
    p = m->predict(all.x.bottomRows(20));
    QCOMPARE(p->value, vec({1, 0, 0, 2, 2, 2, 0, 2, 0, 1, 0, 0, 0, 1, 0, 0, 2, 1, 1, 1}));
    CHECK_CLOSE(p->proba.rowwise().sum(), Eigen::VectorXd::Ones(20), 1e-14);
}

void TestModels::svmSeedReproducible()
{
    const MlData d = binaryData();
    auto a = trained("svm", d, {{QStringLiteral("seed"), 7}});
    auto b = trained("svm", d, {{QStringLiteral("seed"), 7}});
    auto c = trained("svm", d, {{QStringLiteral("seed"), 8}});
    const auto* sa = dynamic_cast<LinearSvm*>(a.get());
    const auto* sb = dynamic_cast<LinearSvm*>(b.get());
    const auto* sc = dynamic_cast<LinearSvm*>(c.get());
    QCOMPARE(sa->coefficients(), sb->coefficients());   // bit for bit
    QCOMPARE(sa->intercepts(), sb->intercepts());
    QVERIFY(sa->coefficients() != sc->coefficients());  // another order...
    CHECK_CLOSE(sc->coefficients(), sa->coefficients(), 1e-2);   // ...same optimum within tol
}

QTEST_GUILESS_MAIN(TestModels)
