// `ppstudio-cli outliers` run in-process, and the 1M-row timings (PP_EXPLORE_BENCH=1).
#include "tst_explore.h"

#include "cli/cli.h"
#include "stats/correlation.h"
#include "stats/group_stats.h"
#include "stats/missingness.h"
#include "stats/outliers.h"
#include "stats/sampling.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace pp;

namespace {

struct CliRun
{
    int code = -1;
    QString out;
    QString err;
};

CliRun runCli(QStringList args)
{
    CliRun r;
    QTextStream out(&r.out);
    QTextStream err(&r.err);
    args.prepend(QStringLiteral("ppstudio-cli"));
    r.code = cli::run(args, out, err);
    out.flush();
    err.flush();
    return r;
}

QJsonObject parseJson(const QString& text)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("not JSON: %s\n%s", qPrintable(error.errorString()), qPrintable(text));
    return doc.object();
}

} // namespace

void TestExplore::cliOutliersJson()
{
    QTemporaryDir dir;
    const QString rows = dir.filePath(QStringLiteral("rows.csv"));
    const QString file = testing::fixture("outliers.csv");
    auto r = runCli({QStringLiteral("outliers"), file, QStringLiteral("--method"), QStringLiteral("iqr"),
                     QStringLiteral("--json"), QStringLiteral("--out"), rows});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    const QJsonObject root = parseJson(r.out);
    QCOMPARE(root.value(QStringLiteral("file")).toString(), file);
    QCOMPARE(root.value(QStringLiteral("rows")).toInt(), 300);
    QCOMPARE(root.value(QStringLiteral("method")).toString(), QStringLiteral("iqr"));
    const QJsonArray columns = root.value(QStringLiteral("columns")).toArray();
    QCOMPARE(columns.size(), 5); // the numeric columns; 'segment' is categorical
    // reference.py: IQR counts 21, 68, 4, 0, 0; spend fences (-32.928749999999994, 81.62125)
    const struct { const char* name; int outliers; } expected[] = {
        {"spend", 21}, {"visits", 68}, {"age", 4}, {"rating", 0}, {"flat", 0}};
    for (int i = 0; i < 5; ++i) {
        const QJsonObject c = columns.at(i).toObject();
        QCOMPARE(c.value(QStringLiteral("name")).toString(), QLatin1String(expected[i].name));
        QCOMPARE(c.value(QStringLiteral("outliers")).toInt(), expected[i].outliers);
    }
    QCOMPARE(columns.at(0).toObject().value(QStringLiteral("lower")).toDouble(), -32.928749999999994);
    QCOMPARE(columns.at(0).toObject().value(QStringLiteral("upper")).toDouble(), 81.62125);
    // --out: the rows flagged in any column, 85 of them, first [5, 9, 12, 15, 17]
    QFile f(rows);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 86);
    QCOMPARE(lines.mid(0, 6), QStringList({"row", "5", "9", "12", "15", "17"}));

    // Other methods and options against the same pandas counts.
    r = runCli({QStringLiteral("outliers"), file, QStringLiteral("--method"), QStringLiteral("mad"),
                QStringLiteral("--columns"), QStringLiteral("visits,age"), QStringLiteral("--json")});
    QCOMPARE(r.code, 0);
    QJsonArray c = parseJson(r.out).value(QStringLiteral("columns")).toArray();
    QCOMPARE(c.size(), 2);
    QCOMPARE(c.at(0).toObject().value(QStringLiteral("outliers")).toInt(), 10);
    QCOMPARE(c.at(1).toObject().value(QStringLiteral("outliers")).toInt(), 3);
    r = runCli({QStringLiteral("outliers"), file, QStringLiteral("--method"), QStringLiteral("zscore"),
                QStringLiteral("--threshold"), QStringLiteral("3"), QStringLiteral("--columns"),
                QStringLiteral("spend"), QStringLiteral("--json")});
    QCOMPARE(parseJson(r.out).value(QStringLiteral("columns")).toArray().at(0).toObject().value(QStringLiteral("outliers")).toInt(), 3);
    r = runCli({QStringLiteral("outliers"), file, QStringLiteral("--k"), QStringLiteral("3"),
                QStringLiteral("--columns"), QStringLiteral("age,spend"), QStringLiteral("--json")});
    c = parseJson(r.out).value(QStringLiteral("columns")).toArray();
    QCOMPARE(c.at(0).toObject().value(QStringLiteral("outliers")).toInt(), 2);
    QCOMPARE(c.at(1).toObject().value(QStringLiteral("outliers")).toInt(), 9);
    // Text output names the columns and counts.
    r = runCli({QStringLiteral("outliers"), file});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains(QLatin1String("spend: 21 of 290")));
}

void TestExplore::cliOutliersIforest()
{
    QTemporaryDir dir;
    const QString rows = dir.filePath(QStringLiteral("rows.csv"));
    auto r = runCli({QStringLiteral("outliers"), testing::fixture("iforest.csv"), QStringLiteral("--method"),
                     QStringLiteral("iforest"), QStringLiteral("--columns"), QStringLiteral("x1,x2"),
                     QStringLiteral("--contamination"), QStringLiteral("0.03"), QStringLiteral("--trees"),
                     QStringLiteral("50"), QStringLiteral("--seed"), QStringLiteral("7"), QStringLiteral("--json"),
                     QStringLiteral("--out"), rows});
    QCOMPARE(r.code, 0);
    const QJsonObject root = parseJson(r.out);
    QCOMPARE(root.value(QStringLiteral("method")).toString(), QStringLiteral("iforest"));
    QCOMPARE(root.value(QStringLiteral("rows")).toInt(), 1030);
    QCOMPARE(root.value(QStringLiteral("columns")).toArray(), QJsonArray({"x1", "x2"}));
    QCOMPARE(root.value(QStringLiteral("flagged")).toInt(), 31); // as sklearn's contamination=0.03
    const double t = root.value(QStringLiteral("threshold")).toDouble();
    QVERIFY(t > 0.5 && t < 1.0);
    QFile f(rows);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 32);
    int planted = 0; // rows 1000..1029 are the planted outliers
    for (const QString& line : lines.mid(1))
        planted += line.toInt() >= 1000 ? 1 : 0;
    QVERIFY(planted >= 25);
    // The same seed gives the same answer; an explicit threshold replaces contamination.
    QCOMPARE(runCli({QStringLiteral("outliers"), testing::fixture("iforest.csv"), QStringLiteral("--method"),
                     QStringLiteral("iforest"), QStringLiteral("--columns"), QStringLiteral("x1,x2"),
                     QStringLiteral("--contamination"), QStringLiteral("0.03"), QStringLiteral("--trees"),
                     QStringLiteral("50"), QStringLiteral("--seed"), QStringLiteral("7"), QStringLiteral("--json")})
                 .out, r.out);
    r = runCli({QStringLiteral("outliers"), testing::fixture("iforest.csv"), QStringLiteral("--method"),
                QStringLiteral("iforest"), QStringLiteral("--threshold"), QStringLiteral("0.99"), QStringLiteral("--json")});
    QCOMPARE(r.code, 0);
    QCOMPARE(parseJson(r.out).value(QStringLiteral("threshold")).toDouble(), 0.99);
    QCOMPARE(parseJson(r.out).value(QStringLiteral("flagged")).toInt(), 0);
}

void TestExplore::cliOutliersErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QStringList>("mentions");
    const QString file = testing::fixture("outliers.csv");
    QTest::newRow("unknown-columns") << QStringList{"outliers", file, "--columns", "age,nope,zzz"}
                                     << QStringList{file, "'nope'", "'zzz'", "spend, visits"};
    QTest::newRow("not-numeric") << QStringList{"outliers", file, "--columns", "segment"}
                                 << QStringList{file + ": ", "'segment' (column 5)"};
    QTest::newRow("unknown-method") << QStringList{"outliers", file, "--method", "lof"} << QStringList{"lof"};
    QTest::newRow("missing-file") << QStringList{"outliers", "/nonexistent/x.csv"} << QStringList{"/nonexistent/x.csv"};
    QTest::newRow("bad-k") << QStringList{"outliers", file, "--k", "-1"} << QStringList{"--k"};
    QTest::newRow("bad-contamination") << QStringList{"outliers", file, "--method", "iforest", "--contamination", "0.9"}
                                       << QStringList{"--contamination"};
    QTest::newRow("bad-threshold") << QStringList{"outliers", file, "--method", "iforest", "--threshold", "2"}
                                   << QStringList{"--threshold"};
    QTest::newRow("no-file") << QStringList{"outliers"} << QStringList{"FILE"};
    QTest::newRow("unwritable-out") << QStringList{"outliers", file, "--out", "/nonexistent/dir/rows.csv"}
                                    << QStringList{"/nonexistent/dir/rows.csv"};
}

void TestExplore::cliOutliersErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QStringList, mentions);
    const CliRun r = runCli(args);
    QCOMPARE(r.code, 2);
    QVERIFY(r.out.isEmpty());
    QCOMPARE(r.err.count(QLatin1Char('\n')), 1); // one line
    for (const QString& m : mentions)
        QVERIFY2(r.err.contains(m), qPrintable(r.err));
}

void TestExplore::timings1M()
{
    if (qEnvironmentVariableIntValue("PP_EXPLORE_BENCH") == 0)
        QSKIP("set PP_EXPLORE_BENCH=1 for the 1M-row timings");
    const std::size_t n = 1000000;
    Random rng(1);
    Table t;
    for (int c = 0; c < 15; ++c) {
        std::vector<double> v(n);
        for (std::size_t r = 0; r < n; ++r) {
            const double base = std::log(1.0 - rng.uniform()) * -(c + 1);
            v[r] = c % 3 == 2 && rng.uniform() < 0.05 ? testing::kNaN : (c % 5 == 4 ? std::round(base) : base);
        }
        t.addColumn(Column::numeric(QStringLiteral("c%1").arg(c), std::move(v)));
    }
    std::vector<QString> segments(n);
    for (std::size_t r = 0; r < n; ++r)
        segments[r] = QStringLiteral("s%1").arg(rng.below(20));
    t.addColumn(Column::categoricalFromStrings(QStringLiteral("segment"), segments));
    const auto time = [](const char* what, auto&& fn) {
        QElapsedTimer timer;
        timer.start();
        const bool ok = fn();
        qInfo("%-48s %8.1f ms", what, static_cast<double>(timer.nsecsElapsed()) / 1e6);
        QVERIFY(ok);
    };
    IsolationForestOptions forest;
    time("iforest fit+score, 100 trees, 3 columns", [&] { return forestOutliers(t, {0, 1, 2}, forest).ok(); });
    time("iforest fit+score, 100 trees, 15 columns", [&] { return forestOutliers(t, {}, forest).ok(); });
    std::vector<int> all(15);
    std::iota(all.begin(), all.end(), 0);
    CorrelationOptions pearson;
    time("correlation matrix, pearson, 15 columns", [&] { return correlationMatrix(t, all, pearson).ok(); });
    CorrelationOptions spearman;
    spearman.method = CorrelationMethod::Spearman;
    time("correlation matrix, spearman, 15 columns", [&] { return correlationMatrix(t, all, spearman).ok(); });
    time("missingness, 16 columns", [&] { return analyzeMissingness(t).ok(); });
    OutlierOptions iqr;
    time("outliers iqr, 1 column", [&] { return columnOutliers(t.column(2), iqr).ok(); });
    time("outliers iqr, 15 columns", [&] { return tableOutliers(t, all, iqr).ok(); });
    OutlierOptions mad;
    mad.method = OutlierMethod::ModifiedZScore;
    time("outliers mad, 1 column", [&] { return columnOutliers(t.column(2), mad).ok(); });
    time("group stats, 20 categories", [&] { return groupStats(t, 0, 15).ok(); });
    time("sample 20k of 1M", [&] { return sampleIndices(n, 20000, 3).size() == 20000; });
}
