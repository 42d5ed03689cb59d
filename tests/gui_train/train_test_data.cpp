#include "train_test_data.h"

#include <random>

namespace pp::testdata {

// --- Synthetic data (seeded, so every run sees the same rows) ----------------------------

// Regression: spend = 40·visits − 25·returns + segment effect + noise, with an id column
// (dropped by the default pipeline) and a categorical column (one-hot encoded).
std::shared_ptr<const Table> regressionTable(int rows, quint32 seed, int extraFeatures)
{
    std::mt19937 rng(seed);
    std::normal_distribution<double> noise(0.0, 20.0);
    std::uniform_real_distribution<double> uniform(0.0, 10.0);
    std::vector<double> id(rows), visits(rows), returns(rows), spend(rows);
    std::vector<QString> segment(rows);
    std::vector<std::vector<double>> extra(
        static_cast<std::size_t>(extraFeatures), std::vector<double>(rows));
    const QString segments[3]
        = { QStringLiteral("gold"), QStringLiteral("silver"), QStringLiteral("bronze") };
    for (int i = 0; i < rows; ++i) {
        id[i] = 100000 + i;
        visits[i] = uniform(rng);
        returns[i] = uniform(rng);
        segment[i] = segments[i % 3];
        spend[i] = 40.0 * visits[i] - 25.0 * returns[i] + (i % 3 == 0 ? 80.0 : 0.0) + noise(rng);
        for (auto& e : extra)
            e[i] = uniform(rng);
    }
    auto t = std::make_shared<Table>();
    Column idColumn = Column::numeric(QStringLiteral("customer_id"), std::move(id));
    idColumn.setRole(ColumnRole::Id);
    t->addColumn(std::move(idColumn));
    t->addColumn(Column::numeric(QStringLiteral("visits"), std::move(visits)));
    t->addColumn(Column::numeric(QStringLiteral("returns"), std::move(returns)));
    t->addColumn(Column::categoricalFromStrings(QStringLiteral("segment"), segment));
    for (int k = 0; k < extraFeatures; ++k)
        t->addColumn(
            Column::numeric(QStringLiteral("f%1").arg(k), std::move(extra[static_cast<std::size_t>(k)])));
    t->addColumn(Column::numeric(QStringLiteral("spend"), std::move(spend)));
    return t;
}

// Classification: `classes` labels from two noisy scores (binary when classes = 2).
std::shared_ptr<const Table> classTable(int rows, int classes, quint32 seed)
{
    std::mt19937 rng(seed);
    std::normal_distribution<double> normal(0.0, 1.0);
    std::vector<double> a(rows), b(rows);
    std::vector<QString> label(rows);
    const QStringList names = { QStringLiteral("low"), QStringLiteral("mid"), QStringLiteral("high") };
    for (int i = 0; i < rows; ++i) {
        a[i] = normal(rng);
        b[i] = normal(rng);
        const double score = a[i] + 0.5 * b[i] + 0.6 * normal(rng);
        if (classes == 2)
            label[i] = score > 0.3 ? QStringLiteral("buyer") : QStringLiteral("browser");
        else
            label[i] = names[score < -0.5 ? 0 : score < 0.6 ? 1 : 2];
    }
    auto t = std::make_shared<Table>();
    t->addColumn(Column::numeric(QStringLiteral("a"), std::move(a)));
    t->addColumn(Column::numeric(QStringLiteral("b"), std::move(b)));
    t->addColumn(Column::categoricalFromStrings(QStringLiteral("label"), label));
    return t;
}

// Multi-label: three 0/1 columns that depend on two features.
std::shared_ptr<const Table> multiLabelTable(int rows)
{
    std::mt19937 rng(5);
    std::normal_distribution<double> normal(0.0, 1.0);
    std::vector<double> a(rows), b(rows), l1(rows), l2(rows), l3(rows);
    for (int i = 0; i < rows; ++i) {
        a[i] = normal(rng);
        b[i] = normal(rng);
        l1[i] = a[i] + 0.3 * normal(rng) > 0 ? 1 : 0;
        l2[i] = b[i] + 0.3 * normal(rng) > 0 ? 1 : 0;
        l3[i] = a[i] + b[i] + 0.3 * normal(rng) > 0.5 ? 1 : 0;
    }
    auto t = std::make_shared<Table>();
    t->addColumn(Column::numeric(QStringLiteral("a"), std::move(a)));
    t->addColumn(Column::numeric(QStringLiteral("b"), std::move(b)));
    t->addColumn(Column::numeric(QStringLiteral("shoes"), std::move(l1)));
    t->addColumn(Column::numeric(QStringLiteral("bags"), std::move(l2)));
    t->addColumn(Column::numeric(QStringLiteral("hats"), std::move(l3)));
    return t;
}

std::vector<double> columnValues(const Table& t, const QString& name)
{
    const Column* c = t.find(name);
    std::vector<double> out;
    if (!c)
        return out;
    for (std::size_t i = 0; i < c->size(); ++i)
        out.push_back(c->numericAt(i));
    return out;
}

} // namespace pp::testdata
