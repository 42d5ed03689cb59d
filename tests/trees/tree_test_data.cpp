// Data and helpers shared by the tree-model tests.
#include "tree_test_data.h"

#include <cmath>
#include <random>

namespace pp::test {

MlData makeData(Task task, int n, quint32 seed, double noise, double gap)
{
    std::mt19937 rng(seed);
    std::uniform_real_distribution<double> uniform(0.0, 1.0);
    std::normal_distribution<double> normal(0.0, 1.0);
    auto awayFrom = [&](std::initializer_list<double> edges) {
        for (;;) {
            const double v = uniform(rng);
            bool ok = true;
            for (double e : edges)
                ok = ok && std::abs(v - e) > gap;
            if (ok)
                return v;
        }
    };
    MlData d;
    d.task = task;
    d.x.resize(n, 3);
    d.y.resize(n, task == Task::Multilabel ? 2 : 1);
    d.featureNames = QStringList { QStringLiteral("x0"), QStringLiteral("x1"), QStringLiteral("x2") };
    for (int i = 0; i < n; ++i) {
        switch (task) {
        case Task::Regression: {
            const double x0 = uniform(rng), x1 = uniform(rng);
            d.x.row(i) << x0, x1, uniform(rng);
            d.y(i, 0) = (x0 < 0.25          ? 0.0
                                : x0 < 0.5  ? 2.0
                                : x0 < 0.75 ? 5.0
                                            : 6.0)
                + (x1 > 0.5 ? 1.5 : 0.0) + noise * normal(rng);
            break;
        }
        case Task::Binary: {
            const double x0 = awayFrom({ 0.5 });
            d.x.row(i) << x0, uniform(rng), uniform(rng);
            d.y(i, 0) = x0 > 0.5 ? 1.0 : 0.0;
            if (noise > 0.0 && uniform(rng) < noise)
                d.y(i, 0) = 1.0 - d.y(i, 0);
            break;
        }
        case Task::Multiclass: {
            const double x0 = awayFrom({ 1.0 / 3.0, 2.0 / 3.0 });
            d.x.row(i) << x0, uniform(rng), uniform(rng);
            d.y(i, 0) = std::floor(x0 * 3.0);
            break;
        }
        case Task::Multilabel: {
            const double x0 = awayFrom({ 0.5 }), x1 = awayFrom({ 0.5 });
            d.x.row(i) << x0, x1, uniform(rng);
            d.y(i, 0) = x0 > 0.5 ? 1.0 : 0.0;
            d.y(i, 1) = x1 > 0.5 ? 1.0 : 0.0;
            break;
        }
        }
    }
    if (task == Task::Binary)
        d.classNames = QStringList { QStringLiteral("no"), QStringLiteral("yes") };
    if (task == Task::Multiclass)
        d.classNames = QStringList { QStringLiteral("low"), QStringLiteral("mid"), QStringLiteral("high") };
    return d;
}

std::unique_ptr<Model> create(const QString& kind, Task task, const QVariantMap& params)
{
    auto r = ModelRegistry::instance().create(kind, task, params);
    if (!r.ok()) {
        qWarning("%s", qPrintable(r.error().message));
        return nullptr;
    }
    return r.take();
}

double r2(const Vector& pred, const Eigen::MatrixXd& y)
{
    const double mean = y.col(0).mean();
    return 1.0 - (pred - y.col(0)).squaredNorm() / (y.col(0).array() - mean).matrix().squaredNorm();
}

double accuracy(const Prediction& p, const Eigen::MatrixXd& y)
{
    if (p.labels.size() > 0)
        return (p.labels.array() == y.array()).cast<double>().mean();
    return (p.value.array() == y.col(0).array()).cast<double>().mean();
}

std::vector<double> flatten(const Prediction& p)
{
    std::vector<double> out(p.value.data(), p.value.data() + p.value.size());
    out.insert(out.end(), p.proba.data(), p.proba.data() + p.proba.size());
    out.insert(out.end(), p.labels.data(), p.labels.data() + p.labels.size());
    return out;
}

FitContext context(int threads, quint64 seed)
{
    FitContext c;
    c.threads = threads;
    c.seed = seed;
    return c;
}

MlData pythonReferenceData(Task task)
{
    const int n = 40;
    MlData d;
    d.task = task;
    d.x.resize(n, 3);
    d.y.resize(n, task == Task::Multilabel ? 2 : 1);
    for (int i = 0; i < n; ++i) {
        const double x0 = ((i * 37) % 41) / 41.0;
        const double x1 = ((i * 13) % 17) - 8.0;
        d.x.row(i) << x0, x1, (i % 7 == 3 ? kNaN : (i % 5) * 0.5);
        const int b = x0 + 0.05 * x1 > 0.5 ? 1 : 0;
        const int yb = i % 11 == 0 ? 1 - b : b;
        const int c = x0 < 0.33 ? 0 : (x0 < 0.66 ? 1 : 2);
        switch (task) {
        case Task::Regression:
            d.y(i, 0) = 3 * x0 + (x1 > 0 ? 2 : 0) + (i % 3) * 0.1;
            break;
        case Task::Binary:
            d.y(i, 0) = yb;
            break;
        case Task::Multiclass:
            d.y(i, 0) = i % 13 == 5 ? (c + 1) % 3 : c;
            break;
        case Task::Multilabel:
            d.y.row(i) << yb, (x1 > 0 ? 1 : 0);
            break;
        }
    }
    if (task == Task::Multiclass)
        d.classNames = QStringList { QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c") };
    return d;
}

} // namespace pp::test
