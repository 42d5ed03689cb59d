// Tests of the synthetic e-commerce data set (core/data/synthetic.*).

#include "common/job.h"
#include "data/synthetic.h"
#include "data/synthetic_model.h"

#include <QDateTime>
#include <QFile>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QtTest>

#include <charconv>
#include <cmath>
#include <limits>

using namespace pp;

namespace {

/// Same value in every cell (NaN equal to NaN), as text for a readable failure.
QString firstDifference(const Table& a, const Table& b)
{
    if (a.columnCount() != b.columnCount() || a.rowCount() != b.rowCount())
        return QStringLiteral("shape %1x%2 vs %3x%4").arg(a.rowCount()).arg(a.columnCount()).arg(b.rowCount()).arg(b.columnCount());
    for (std::size_t c = 0; c < a.columnCount(); ++c) {
        const Column& x = a.column(c);
        const Column& y = b.column(c);
        if (x.name() != y.name() || x.type() != y.type())
            return QStringLiteral("column %1: %2 vs %3").arg(c).arg(x.name(), y.name());
        for (std::size_t r = 0; r < a.rowCount(); ++r) {
            const bool same = x.type() == ColumnType::Numeric
                ? (x.numbers()[r] == y.numbers()[r] || (std::isnan(x.numbers()[r]) && std::isnan(y.numbers()[r])))
                : x.displayAt(r) == y.displayAt(r) && x.isMissing(r) == y.isMissing(r);
            if (!same)
                return QStringLiteral("%1 row %2: '%3' vs '%4'").arg(x.name()).arg(r).arg(x.displayAt(r), y.displayAt(r));
        }
    }
    return QString();
}

double missingShare(const Column& c)
{
    return c.size() ? double(c.missingCount()) / double(c.size()) : 0.0;
}

double correlation(const Column& a, const Column& b)
{
    double sa = 0, sb = 0, saa = 0, sbb = 0, sab = 0, n = 0;
    for (std::size_t r = 0; r < a.size(); ++r) {
        const double x = a.numbers()[r];
        const double y = b.numbers()[r];
        if (std::isnan(x) || std::isnan(y))
            continue;
        sa += x, sb += y, saa += x * x, sbb += y * y, sab += x * y, n += 1;
    }
    return (sab / n - sa / n * sb / n) / std::sqrt((saa / n - sa / n * sa / n) * (sbb / n - sb / n * sb / n));
}

/// Reads the CSV back with a plain split (nothing in this data set needs quoting) and the
/// column types of the generated table: numbers with std::from_chars, dates with QDate.
Table readCsv(const QString& path, QString* header)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Table();
    const QList<QByteArray> lines = file.readAll().split('\n');
    *header = QString::fromUtf8(lines.front());
    const QList<QByteArray> names = lines.front().split(',');
    std::vector<std::vector<QByteArray>> cells(std::size_t(names.size()));
    for (qsizetype i = 1; i < lines.size(); ++i) {
        if (lines[i].isEmpty())
            continue;
        const QList<QByteArray> fields = lines[i].split(',');
        for (qsizetype c = 0; c < fields.size() && c < names.size(); ++c)
            cells[std::size_t(c)].push_back(fields[c]);
    }
    const Table reference = generateSynthetic(SyntheticOptions{1});
    Table table;
    for (std::size_t c = 0; c < cells.size(); ++c) {
        const QString name = QString::fromUtf8(names[qsizetype(c)]);
        const std::vector<QByteArray>& column = cells[c];
        switch (reference.column(c).type()) {
        case ColumnType::Numeric: {
            std::vector<double> values;
            for (const QByteArray& cell : column) {
                double v = std::numeric_limits<double>::quiet_NaN();
                if (!cell.isEmpty() && std::from_chars(cell.constData(), cell.constData() + cell.size(), v).ptr
                        != cell.constData() + cell.size())
                    v = -1e300; // unparsable: shows up as a difference
                values.push_back(v);
            }
            table.addColumn(Column::numeric(name, values));
            break;
        }
        case ColumnType::DateTime: {
            std::vector<std::int64_t> ms;
            for (const QByteArray& cell : column) {
                const QDate date = QDate::fromString(QString::fromLatin1(cell), Qt::ISODate);
                ms.push_back(cell.isEmpty() ? kMissingTime
                                            : QDateTime(date, QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch());
            }
            table.addColumn(Column::dateTime(name, ms, QStringLiteral("yyyy-MM-dd")));
            break;
        }
        default: {
            std::vector<QString> values;
            std::vector<bool> missing;
            for (const QByteArray& cell : column) {
                values.push_back(QString::fromUtf8(cell));
                missing.push_back(cell.isEmpty());
            }
            table.addColumn(Column::categoricalFromStrings(name, values, missing));
            break;
        }
        }
    }
    return table;
}

} // namespace

class TestSynthetic : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameSeedSameTable();
    void differentSeedDiffers();
    void columns_data();
    void columns();
    void goldenRows();
    void missingRates();
    void outlierSpikes();
    void realisticRelations();
    void zeroRows();
    void deterministicMath();
    void csvRoundTrip();
    void csvFormat();
    void csvCancelled();
    void csvUnwritable();
    void generateCancelled();
};

void TestSynthetic::sameSeedSameTable()
{
    SyntheticOptions options;
    options.rows = 5000;
    const Table a = generateSynthetic(options);
    const Table b = generateSynthetic(options);
    QCOMPARE(a.rowCount(), std::size_t(5000));
    QCOMPARE(firstDifference(a, b), QString());
}

void TestSynthetic::differentSeedDiffers()
{
    SyntheticOptions options;
    options.rows = 2000;
    const Table a = generateSynthetic(options);
    options.seed = 43;
    const Table b = generateSynthetic(options);
    const auto& x = a.find("spend_next_90d")->numbers();
    const auto& y = b.find("spend_next_90d")->numbers();
    int same = 0;
    for (std::size_t r = 0; r < x.size(); ++r)
        same += x[r] == y[r] ? 1 : 0;
    QVERIFY2(same < 20, qPrintable(QString::number(same)));
    // The ids do not depend on the seed.
    QCOMPARE(a.find("user_id")->numbers(), b.find("user_id")->numbers());
}

void TestSynthetic::columns_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<ColumnType>("type");
    QTest::addColumn<ColumnRole>("role");
    const struct
    {
        const char* name;
        ColumnType type;
        ColumnRole role;
    } columns[] = {
        {"user_id", ColumnType::Numeric, ColumnRole::Id},
        {"signup_date", ColumnType::DateTime, ColumnRole::Feature},
        {"age", ColumnType::Numeric, ColumnRole::Feature},
        {"gender", ColumnType::Categorical, ColumnRole::Feature},
        {"city_tier", ColumnType::Categorical, ColumnRole::Feature},
        {"income_band", ColumnType::Categorical, ColumnRole::Feature},
        {"membership", ColumnType::Categorical, ColumnRole::Feature},
        {"device", ColumnType::Categorical, ColumnRole::Feature},
        {"sessions_30d", ColumnType::Numeric, ColumnRole::Feature},
        {"page_views_30d", ColumnType::Numeric, ColumnRole::Feature},
        {"avg_session_minutes", ColumnType::Numeric, ColumnRole::Feature},
        {"cart_adds_30d", ColumnType::Numeric, ColumnRole::Feature},
        {"orders_90d", ColumnType::Numeric, ColumnRole::Feature},
        {"avg_order_value", ColumnType::Numeric, ColumnRole::Feature},
        {"days_since_last_order", ColumnType::Numeric, ColumnRole::Feature},
        {"coupon_rate", ColumnType::Numeric, ColumnRole::Feature},
        {"returns_rate", ColumnType::Numeric, ColumnRole::Feature},
        {"spend_next_90d", ColumnType::Numeric, ColumnRole::Target},
    };
    for (const auto& c : columns)
        QTest::newRow(c.name) << QString::fromLatin1(c.name) << c.type << c.role;
}

void TestSynthetic::columns()
{
    QFETCH(QString, name);
    QFETCH(ColumnType, type);
    QFETCH(ColumnRole, role);
    static const Table table = generateSynthetic(SyntheticOptions{100});
    QCOMPARE(table.columnCount(), std::size_t(18));
    const int index = table.indexOf(name);
    QVERIFY(index >= 0);
    QCOMPARE(table.column(std::size_t(index)).type(), type);
    QCOMPARE(table.column(std::size_t(index)).role(), role);
    QCOMPARE(table.column(std::size_t(index)).size(), std::size_t(100));
}

void TestSynthetic::goldenRows()
{
    // The first rows of seed 42, pinned: the same on every compiler, library and CPU
    // (the generator uses no std:: distributions and no libm transcendental). A change
    // of the model changes these on purpose; update docs/synthetic_data.md with them.
    QTemporaryDir dir;
    const QString path = dir.filePath("golden.csv");
    QVERIFY(writeSyntheticCsv(SyntheticOptions{4}, path).ok());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QCOMPARE(lines.size(), 6); // header, 4 rows, "" after the last LF
    QCOMPARE(lines[1], QByteArray("100001,,38,other,Tier 2,middle,none,desktop,10,45,3.06,3,5,30.32,3,0.232,0.081,150.65"));
    QCOMPARE(lines[2], QByteArray("100002,2024-05-23,49,male,Tier 1,middle,none,mobile,1,4,5.14,0,0,81.72,463,0.063,0.064,20.08"));
    QCOMPARE(lines[3], QByteArray("100003,2024-07-26,42,female,Tier 2,upper-middle,none,desktop,2,7,4.49,0,0,44.16,,0.166,0.046,20.91"));
    QCOMPARE(lines[4], QByteArray("100004,2019-04-05,38,female,Tier 2,low,none,mobile,2,8,,0,0,,295,0.332,0.058,2.24"));
}

void TestSynthetic::missingRates()
{
    SyntheticOptions options;
    options.rows = 40000;
    const Table table = generateSynthetic(options);
    // Each maskable cell is empty with probability 0.05: the share of 40,000 is within
    // +-0.006 of it (more than 5 standard deviations).
    const QStringList maskable{"age", "gender", "city_tier", "income_band", "page_views_30d",
                               "avg_session_minutes", "cart_adds_30d", "avg_order_value",
                               "days_since_last_order", "coupon_rate", "returns_rate", "signup_date"};
    for (const Column& c : table.columns()) {
        const double share = missingShare(c);
        if (maskable.contains(c.name()))
            QVERIFY2(std::fabs(share - 0.05) < 0.006, qPrintable(QStringLiteral("%1: %2").arg(c.name()).arg(share)));
        else
            QVERIFY2(share == 0.0, qPrintable(c.name()));
    }

    options.missingRate = 0.0;
    const Table none = generateSynthetic(options);
    for (const Column& c : none.columns())
        QCOMPARE(c.missingCount(), std::size_t(0));
    options.missingRate = 1.0;
    options.rows = 500;
    const Table all = generateSynthetic(options);
    for (const Column& c : all.columns())
        QCOMPARE(missingShare(c), maskable.contains(c.name()) ? 1.0 : 0.0);
}

void TestSynthetic::outlierSpikes()
{
    // Outliers come from draws made whatever the rate, so the same seed with and without
    // them differs exactly in the spiked cells.
    SyntheticOptions options;
    options.rows = 40000;
    options.missingRate = 0.0;
    options.outlierRate = 0.0;
    const Table clean = generateSynthetic(options);
    options.outlierRate = 0.01;
    const Table spiked = generateSynthetic(options);
    for (const char* name : {"avg_order_value", "page_views_30d"}) {
        const auto& a = clean.find(name)->numbers();
        const auto& b = spiked.find(name)->numbers();
        int spikes = 0;
        for (std::size_t r = 0; r < a.size(); ++r) {
            if (a[r] != b[r]) {
                QVERIFY(std::fabs(b[r] - 10.0 * a[r]) < 0.006);
                ++spikes;
            }
        }
        QVERIFY2(spikes > 300 && spikes < 500, qPrintable(QStringLiteral("%1: %2").arg(name).arg(spikes)));
    }
    QCOMPARE(clean.find("spend_next_90d")->numbers(), spiked.find("spend_next_90d")->numbers());
}

void TestSynthetic::realisticRelations()
{
    SyntheticOptions options;
    options.rows = 30000;
    options.outlierRate = 0.0;
    const Table t = generateSynthetic(options);
    const auto col = [&t](const char* name) -> const Column& { return *t.find(name); };
    // The funnel is correlated; the target follows orders and order value.
    QVERIFY(correlation(col("sessions_30d"), col("page_views_30d")) > 0.7);
    QVERIFY(correlation(col("page_views_30d"), col("cart_adds_30d")) > 0.5);
    QVERIFY(correlation(col("cart_adds_30d"), col("orders_90d")) > 0.6);
    QVERIFY(correlation(col("orders_90d"), col("spend_next_90d")) > 0.4);
    QVERIFY(correlation(col("avg_order_value"), col("spend_next_90d")) > 0.3);
    QVERIFY(correlation(col("days_since_last_order"), col("spend_next_90d")) < -0.1);
    const auto& ids = col("user_id").numbers();
    const auto& age = col("age").numbers();
    const auto& orders = col("orders_90d").numbers();
    const auto& recency = col("days_since_last_order").numbers();
    const auto& coupon = col("coupon_rate").numbers();
    const auto& spend = col("spend_next_90d").numbers();
    for (std::size_t r = 0; r < t.rowCount(); ++r) {
        QVERIFY(r == 0 || ids[r] > ids[r - 1]);
        QVERIFY(std::isnan(age[r]) || (age[r] >= 18 && age[r] <= 80));
        QVERIFY(std::isnan(coupon[r]) || (coupon[r] >= 0 && coupon[r] <= 1));
        QVERIFY(spend[r] >= 0);
        // An order in the last 90 days iff orders_90d > 0.
        QVERIFY(std::isnan(recency[r]) || (orders[r] > 0) == (recency[r] < 90));
    }
}

void TestSynthetic::zeroRows()
{
    for (const qint64 rows : {qint64(0), qint64(-5)}) {
        const Table t = generateSynthetic(SyntheticOptions{rows});
        QCOMPARE(t.columnCount(), std::size_t(18));
        QCOMPARE(t.rowCount(), std::size_t(0));
        QTemporaryDir dir;
        const QString path = dir.filePath("empty.csv");
        QVERIFY(writeSyntheticCsv(SyntheticOptions{rows}, path).ok());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll().count('\n'), 1); // the header only
    }
}

void TestSynthetic::deterministicMath()
{
    // Our log and exp are libm-free; they must still be accurate (a few ulp).
    double worstExp = 0.0;
    double worstLog = 0.0;
    for (int i = -7000; i <= 7000; ++i) {
        const double x = i * 0.0999;
        worstExp = std::max(worstExp, std::fabs(synthetic::detExp(x) - std::exp(x)) / std::exp(x));
        const double y = std::exp(i * 0.01);
        if (std::fabs(std::log(y)) > 1e-3)
            worstLog = std::max(worstLog, std::fabs(synthetic::detLog(y) - std::log(y)) / std::fabs(std::log(y)));
    }
    QVERIFY2(worstExp < 1e-15, qPrintable(QString::number(worstExp)));
    QVERIFY2(worstLog < 1e-15, qPrintable(QString::number(worstLog)));
    QCOMPARE(synthetic::detExp(0.0), 1.0);
    QCOMPARE(synthetic::detLog(1.0), 0.0);
    QVERIFY(std::isinf(synthetic::detLog(0.0)));
    // xoshiro256** seeded by splitmix64(0): the first outputs of the reference C code
    // (xoshiro256starstar.c, splitmix64.c), checked with a separate Python transcription.
    synthetic::Rng rng(0);
    QCOMPARE(rng.next(), quint64(0x99ec5f36cb75f2b4ULL));
    QCOMPARE(rng.next(), quint64(0xbf6e1f784956452aULL));
}

void TestSynthetic::csvRoundTrip()
{
    SyntheticOptions options;
    options.rows = 3000;
    options.seed = 7;
    QTemporaryDir dir;
    const QString path = dir.filePath("synthetic.csv");
    const Status status = writeSyntheticCsv(options, path);
    QVERIFY2(status.ok(), qPrintable(status.error().message));
    QString header;
    const Table read = readCsv(path, &header);
    const Table generated = generateSynthetic(options);
    QCOMPARE(header, generated.columnNames().join(','));
    QCOMPARE(firstDifference(read, generated), QString());
}

void TestSynthetic::csvFormat()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("format.csv");
    QVERIFY(writeSyntheticCsv(SyntheticOptions{2000}, path).ok());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(!bytes.contains('\r'));          // LF line ends
    QVERIFY(!bytes.contains('"'));           // nothing here needs quoting
    QVERIFY(!bytes.contains("e+") && !bytes.contains("e-")); // no exponent notation
    QVERIFY(bytes.endsWith('\n'));
    QVERIFY(bytes.contains(",,"));           // missing values are empty fields
    for (const QByteArray& line : bytes.split('\n')) {
        if (!line.isEmpty())
            QCOMPARE(line.count(','), 17);
    }
    // About 93 bytes a row (the 1M-row file is ~93 MB).
    QVERIFY(bytes.size() > 2000 * 80 && bytes.size() < 2000 * 100);
}

void TestSynthetic::csvCancelled()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("cancelled.csv");
    QFile existing(path);
    QVERIFY(existing.open(QIODevice::WriteOnly));
    existing.write("keep me\n");
    existing.close();
    JobControl job;
    job.cancel();
    const Status status = writeSyntheticCsv(SyntheticOptions{100000}, path, &job);
    QVERIFY(status.cancelled());
    // The file is replaced atomically or not at all.
    QVERIFY(existing.open(QIODevice::ReadOnly));
    QCOMPARE(existing.readAll(), QByteArray("keep me\n"));
}

void TestSynthetic::csvUnwritable()
{
    QTemporaryDir dir;
    const Status status = writeSyntheticCsv(SyntheticOptions{10}, dir.filePath("no/such/dir/x.csv"));
    QVERIFY(!status.ok());
    QVERIFY(!status.cancelled());
    QVERIFY(status.error().message.contains("x.csv"));
}

void TestSynthetic::generateCancelled()
{
    JobControl job;
    job.cancel();
    QCOMPARE(generateSynthetic(SyntheticOptions{100000}, &job).columnCount(), std::size_t(0));
    JobControl progress;
    double last = 0.0;
    progress.setProgressFn([&last](double f, const QString&) { last = f; });
    generateSynthetic(SyntheticOptions{50000}, &progress);
    QCOMPARE(last, 1.0);
}

QTEST_GUILESS_MAIN(TestSynthetic)
#include "tst_synthetic.moc"
