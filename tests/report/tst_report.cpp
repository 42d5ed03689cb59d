// Run reports (HTML and PDF) and the painter charts behind them.
#include "report/chart_painter.h"
#include "report/run_report.h"

#include <QGuiApplication>
#include <QTemporaryDir>
#include <QtTest>

using namespace pp;
using namespace pp::report;

namespace {

ReportData sample()
{
    ReportData d;
    d.title = QStringLiteral("第一次运行");
    d.runId = 3;
    d.status = QStringLiteral("done");
    d.model = QStringLiteral("Gradient-boosted trees");
    d.task = QStringLiteral("regression");
    d.device = QStringLiteral("cpu");
    d.params = QJsonObject{{QStringLiteral("max_depth"), 6}, {QStringLiteral("hidden"), QJsonArray{128, 64}}};
    d.trainRows = 700;
    d.validRows = 100;
    d.testRows = 200;
    d.fitSeconds = 3.25;
    d.datasetName = QStringLiteral("sample.csv");
    d.datasetRows = 1000;
    d.columns = {{QStringLiteral("城市"), QStringLiteral("Categorical"), 2.5}, {QStringLiteral("spend"), QStringLiteral("Numeric"), 0}};
    d.pipelineSteps = {QStringLiteral("Impute Income with median (51,381.5)")};
    d.metrics = QJsonObject{{QStringLiteral("test"), QJsonObject{{QStringLiteral("r2"), 0.87654321}, {QStringLiteral("mae"), 12.5}}},
                            {QStringLiteral("cv"), QJsonObject{{QStringLiteral("mean"), QJsonObject{{QStringLiteral("r2"), 0.8}}},
                                                               {QStringLiteral("std"), QJsonObject{{QStringLiteral("r2"), 0.02}}}}}};
    for (int e = 1; e <= 20; ++e) {
        EpochRecord r;
        r.epoch = e;
        r.trainLoss = 10.0 / e;
        r.validLoss = 12.0 / e + 0.1;
        d.history.push_back(r);
    }
    d.importance = {{QStringLiteral("orders_90d"), 0.4}, {QStringLiteral("城市_北京"), 0.1}};
    d.evaluationSplit = QStringLiteral("test");
    for (int i = 0; i < 200; ++i) {
        d.actual.push_back(i);
        d.predicted.push_back(i + (i % 7) - 3);
    }
    d.note = QStringLiteral("best so far");
    return d;
}

bool nonUniform(const QImage& img)
{
    const QRgb first = img.pixel(0, 0);
    for (int y = 0; y < img.height(); y += 3)
        for (int x = 0; x < img.width(); x += 3)
            if (img.pixel(x, y) != first)
                return true;
    return false;
}

} // namespace

class TestReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void niceTicks()
    {
        const auto t = report::niceTicks(0.0, 9.3);
        QCOMPARE(t.front(), 0.0);
        QVERIFY(t.back() >= 9.3);
        QCOMPARE(t[1] - t[0], 2.0);
        QVERIFY(report::niceTicks(1.0, 1.0).empty());
    }

    void chartsDrawSomething()
    {
        Series s{QStringLiteral("a"), {1, 2, 3}, {3, 1, 2}};
        QVERIFY(nonUniform(lineChart(QStringLiteral("t"), QStringLiteral("x"), QStringLiteral("y"), {s})));
        QVERIFY(nonUniform(scatterChart(QStringLiteral("t"), QStringLiteral("x"), QStringLiteral("y"), s, true)));
        QVERIFY(nonUniform(barChart(QStringLiteral("t"), QStringLiteral("v"), {QStringLiteral("a")}, {0.5})));
        QVERIFY(nonUniform(histogramChart(QStringLiteral("t"), QStringLiteral("x"), {1, 2, 2, 3, 9}, 5)));
        QVERIFY(nonUniform(heatmapChart(QStringLiteral("t"), {QStringLiteral("a"), QStringLiteral("b")}, {{5, 1}, {2, 7}})));
        // Degenerate input does not crash.
        lineChart(QStringLiteral("t"), QString(), QString(), {});
        histogramChart(QStringLiteral("t"), QString(), {}, 10);
    }

    void htmlHasEverySection()
    {
        const QString html = reportHtml(sample());
        for (const char* part : {"第一次运行", "orders_90d", "Impute Income with median", "data:image/png;base64,", "max_depth",
                                 "128,64", "0.876543", "sample.csv", "Training time", "3.25 s"})
            QVERIFY2(html.contains(QString::fromUtf8(part)), part);
        QCOMPARE(html.count(QStringLiteral("data:image/png")), 4);  // loss, scatter, residuals, importance
    }

    void writesHtmlAndPdf()
    {
        QTemporaryDir dir;
        const QString html = dir.filePath(QStringLiteral("r.html"));
        const QString pdf = dir.filePath(QStringLiteral("r.pdf"));
        QVERIFY(writeReport(sample(), html).ok());
        QVERIFY(writeReport(sample(), pdf).ok());
        QFile f(pdf);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.read(4) == "%PDF");
        QVERIFY(f.size() > 20000);  // text and four charts
        if (qEnvironmentVariableIsSet("PP_KEEP_REPORT")) {
            QFile::copy(pdf, qEnvironmentVariable("PP_KEEP_REPORT") + QStringLiteral(".pdf"));
            QFile::copy(html, qEnvironmentVariable("PP_KEEP_REPORT") + QStringLiteral(".html"));
        }
        QVERIFY(!writeReport(sample(), dir.filePath(QStringLiteral("r.docx"))).ok());
        QVERIFY(!writeReport(sample(), QStringLiteral("/nonexistent/dir/r.html")).ok());
    }
};

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    TestReport t;
    return QTest::qExec(&t, argc, argv);
}
#include "tst_report.moc"
