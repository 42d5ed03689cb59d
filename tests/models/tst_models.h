#pragma once

// Shared by the two halves of tst_models: results against scikit-learn 1.2.1
// (tst_models.cpp) and behaviour: easy problems, model files, cancel/pause, bad input,
// timings (tst_models_behaviour.cpp). data/reference.py builds the same datasets with the
// same integer generator (Lcg) and prints every expected number.

#include "ml/model.h"

#include <QObject>
#include <QtTest>

#include <cmath>
#include <initializer_list>
#include <memory>

namespace modeltest {

using namespace pp;

// reference.py's Lcg: values are exact multiples of 0.001, identical on both sides.
class Lcg
{
public:
    explicit Lcg(quint64 seed) : m_s(seed) {}
    quint64 next()
    {
        m_s = m_s * 6364136223846793005ULL + 1442695040888963407ULL;
        return m_s >> 33;
    }
    double feature() { return static_cast<double>(static_cast<qint64>(next() % 4001) - 2000) / 1000.0; }
    double noise() { return static_cast<double>(static_cast<qint64>(next() % 201) - 100) / 1000.0; }
    double weight() { return 0.5 + static_cast<double>(next() % 151) / 100.0; }

private:
    quint64 m_s;
};

inline MlData regressionData(int n = 60, quint64 seed = 1)
{
    Lcg g(seed);
    MlData d;
    d.task = Task::Regression;
    d.x.resize(n, 4);
    d.y.resize(n, 1);
    for (int i = 0; i < n; ++i) {
        for (int j = 0; j < 4; ++j)
            d.x(i, j) = g.feature();
        d.y(i, 0) = 1.5 + 2.0 * d.x(i, 0) - 3.0 * d.x(i, 1) + 0.5 * d.x(i, 2) + g.noise();
    }
    d.featureNames = {QStringLiteral("recency"), QStringLiteral("frequency"), QStringLiteral("monetary"),
        QStringLiteral("tenure")};
    return d;
}

inline MlData binaryData(int n = 80, quint64 seed = 2, double noise = 5.0, double margin = 0.0)
{
    Lcg g(seed);
    MlData d;
    d.task = Task::Binary;
    d.x.resize(n, 3);
    d.y.resize(n, 1);
    int i = 0;
    while (i < n) {
        double x[3];
        for (double& v : x)
            v = g.feature();
        const double s = x[0] - 2.0 * x[1] + 0.5 * x[2] + 0.3 + g.noise() * noise;
        if (std::abs(s) < margin)
            continue;
        d.x.row(i) << x[0], x[1], x[2];
        d.y(i, 0) = s > 0 ? 1.0 : 0.0;
        ++i;
    }
    d.classNames = {QStringLiteral("no"), QStringLiteral("yes")};
    return d;
}

inline MlData multiclassData(int n = 90, quint64 seed = 3, double spread = 1.0)
{
    Lcg g(seed);
    const double centers[3][3] = {{-2.0, 0.0, 1.0}, {2.0, 1.0, -1.0}, {0.0, -2.0, 0.0}};
    MlData d;
    d.task = Task::Multiclass;
    d.x.resize(n, 3);
    d.y.resize(n, 1);
    for (int i = 0; i < n; ++i) {
        const int c = i % 3;
        for (int j = 0; j < 3; ++j)
            d.x(i, j) = centers[c][j] + g.feature() * spread;
        d.y(i, 0) = c;
    }
    d.classNames = {QStringLiteral("low"), QStringLiteral("mid"), QStringLiteral("high")};
    return d;
}

inline std::vector<double> weights(int n, quint64 seed)
{
    Lcg g(seed);
    std::vector<double> w(static_cast<std::size_t>(n));
    for (double& v : w)
        v = g.weight();
    return w;
}

inline MlData firstRows(const MlData& d, int n)
{
    std::vector<Eigen::Index> idx;
    for (int i = 0; i < n; ++i)
        idx.push_back(i);
    return d.subset(idx);
}

inline Eigen::VectorXd vec(std::initializer_list<double> v)
{
    Eigen::VectorXd out(static_cast<Eigen::Index>(v.size()));
    Eigen::Index i = 0;
    for (double d : v)
        out(i++) = d;
    return out;
}

// Row-major reshape of a flat list (sklearn's ravel()).
inline Eigen::MatrixXd rows(Eigen::Index r, Eigen::Index c, std::initializer_list<double> v)
{
    const Eigen::VectorXd flat = vec(v);
    Eigen::MatrixXd m(r, c);
    for (Eigen::Index i = 0; i < r; ++i)
        for (Eigen::Index j = 0; j < c; ++j)
            m(i, j) = flat(i * c + j);
    return m;
}

inline std::unique_ptr<Model> make(const char* kind, Task task, const QVariantMap& params = {})
{
    registerCoreModels();
    auto r = ModelRegistry::instance().create(QLatin1String(kind), task, params);
    if (!r.ok())
        qWarning("%s", qPrintable(r.error().message));
    return r.ok() ? r.take() : nullptr;
}

inline std::unique_ptr<Model> trained(const char* kind, const MlData& data, const QVariantMap& params = {},
    FitContext context = FitContext())
{
    auto m = make(kind, data.task, params);
    if (!m)
        return nullptr;
    const Status st = m->fit(data, nullptr, context);
    if (!st.ok()) {
        qWarning("%s", qPrintable(st.error().message));
        return nullptr;
    }
    return m;
}

inline QString describe(const Eigen::MatrixXd& m)
{
    QStringList parts;
    for (Eigen::Index i = 0; i < m.size(); ++i)
        parts << QString::number(m.data()[i], 'g', 17);
    return parts.join(QStringLiteral(", "));
}

inline bool close(const Eigen::MatrixXd& a, const Eigen::MatrixXd& e, double tol)
{
    return a.rows() == e.rows() && a.cols() == e.cols()
        && ((a - e).array().abs() <= tol * e.array().abs().max(1.0)).all();
}

#define CHECK_CLOSE(actual, expected, tol)                                                                  \
    do {                                                                                                    \
        const Eigen::MatrixXd a_ = (actual);                                                                \
        const Eigen::MatrixXd e_ = (expected);                                                              \
        QVERIFY2(close(a_, e_, tol), qPrintable(QStringLiteral("%1\n  got      [%2]\n  expected [%3]")      \
                                                    .arg(QLatin1String(#actual), describe(a_), describe(e_)))); \
    } while (false)

inline Matrix queryRows(const MlData& d, int n, double scale, double shift)
{
    return (d.x.topRows(n).array() * scale + shift).matrix();
}

} // namespace modeltest

class TestModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void registryListsEveryModel();

    void linearMatchesSklearn();
    void linearCollinearIsMinimumNorm();
    void linearSingleRow();
    void ridgeMatchesSklearn();
    void lassoAndElasticNetMatchSklearn();
    void logisticBinaryMatchesSklearn();
    void logisticMultinomialMatchesSklearn();
    void logisticAbsentClassAndMultilabel();
    void naiveBayesMatchesSklearn();
    void knnMatchesSklearn();
    void knnMultilabelAndBlocks();
    void svmMatchesSklearn();
    void svmSeedReproducible();

    void easyProblems_data();
    void easyProblems();
    void roundTrip_data();
    void roundTrip();
    void damagedModelFile();
    void jsonArraysAreBitExact();
    void convergenceWarnings();
    void trainingCurves();
    void validationCurves_data();
    void validationCurves();
    void validationCurveBudget();
    void cancelMidTraining_data();
    void cancelMidTraining();
    void cancelKnnPrediction();
    void pauseAndResume();
    void badParameters();
    void contractNamesAndSeed();
    void badData();
    void threadCountDoesNotChangeResults();

    void performance();
};
