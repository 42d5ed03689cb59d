// The ppstudio-cli contract, exercised on the real binary: JSON shapes, exit codes,
// one-line errors, saved models that predict, projects that survive a SIGKILL.
#include "store/project_store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QDate>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
#include <cmath>

using namespace pp;

namespace {

struct Run
{
    int code = -1;
    QByteArray out;
    QByteArray err;
    QJsonDocument json() const { return QJsonDocument::fromJson(out); }
};

Run cli(const QStringList& args, int timeoutMs = 300000)
{
    QProcess p;
    p.setProgram(QStringLiteral(PP_CLI_PATH));
    p.setArguments(args);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PPSTUDIO_LANG"), QStringLiteral("en"));
    p.setProcessEnvironment(env);
    p.start();
    Run r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

// y = 3a - 2b + 10 (+ small deterministic noise), c categorical with an effect, an id column.
QString writeRegressionCsv(const QString& path, int rows)
{
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write("customer_id,a,b,c,spend\n");
    for (int i = 0; i < rows; ++i) {
        const double a = std::sin(i * 0.37) * 5, b = std::cos(i * 0.11) * 3;
        const char* c = (i % 3 == 0) ? "gold" : (i % 3 == 1 ? "silver" : "none");
        const double effect = (i % 3 == 0) ? 4 : (i % 3 == 1 ? 2 : 0);
        const double y = 3 * a - 2 * b + 10 + effect + 0.01 * std::sin(i * 7.1);
        f.write(QStringLiteral("%1,%2,%3,%4,%5\n").arg(1000 + i).arg(a, 0, 'g', 10).arg(b, 0, 'g', 10)
                    .arg(QLatin1String(c)).arg(y, 0, 'g', 10).toUtf8());
    }
    return path;
}

QString writeClassCsv(const QString& path, int rows)
{
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write("x1,x2,segment\n");
    for (int i = 0; i < rows; ++i) {
        const int k = i % 3;
        const double x1 = k * 4 + std::sin(i * 1.3), x2 = -k * 3 + std::cos(i * 0.7);
        f.write(QStringLiteral("%1,%2,%3\n").arg(x1).arg(x2).arg(k == 0 ? "low" : k == 1 ? "mid" : "high").toUtf8());
    }
    return path;
}

// What `--set` pairs should come back as in the JSON's "params": numbers, "a,b" lists,
// text otherwise.
QJsonObject paramsOf(const QStringList& sets)
{
    QJsonObject o;
    for (const QString& kv : sets) {
        const QString key = kv.section(QLatin1Char('='), 0, 0);
        const QString value = kv.section(QLatin1Char('='), 1);
        bool number = false;
        const double d = value.toDouble(&number);
        if (number) {
            o.insert(key, d);
        } else if (value.contains(QLatin1Char(','))) {
            QJsonArray list;
            for (const QString& part : value.split(QLatin1Char(',')))
                list.append(part.toInt());
            o.insert(key, list);
        } else {
            o.insert(key, value);
        }
    }
    return o;
}

QByteArray jsonText(const QJsonValue& v)
{
    return QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const char* name) const { return m_dir.filePath(QLatin1String(name)); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        writeRegressionCsv(path("reg.csv"), 600);
        writeClassCsv(path("cls.csv"), 300);
    }

    void profileJsonContract()
    {
        const Run r = cli({QStringLiteral("profile"), path("reg.csv"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonObject o = r.json().object();
        for (const char* key : {"file", "rows", "columns", "load_seconds", "profile_seconds", "warnings"})
            QVERIFY2(o.contains(QLatin1String(key)), key);
        QCOMPARE(o.value(QStringLiteral("rows")).toInt(), 600);
        const QJsonObject c = o.value(QStringLiteral("columns")).toArray().at(1).toObject();
        for (const char* key : {"name", "type", "count", "missing", "unique", "mean", "std", "min", "q1", "median", "q3",
                                "max", "skew", "outliers_iqr", "outliers_z", "top"})
            QVERIFY2(c.contains(QLatin1String(key)), key);
        // A categorical column has null numeric statistics.
        const QJsonObject cat = o.value(QStringLiteral("columns")).toArray().at(3).toObject();
        QVERIFY(cat.value(QStringLiteral("mean")).isNull());
    }

    void errorsAreOneLineWithExitCode2_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("part");
        QTest::newRow("missing-file") << QStringList{QStringLiteral("profile"), QStringLiteral("/nonexistent.csv")}
                                      << "/nonexistent.csv";
        QTest::newRow("unknown-command") << QStringList{QStringLiteral("frobnicate")} << "unknown command";
        QTest::newRow("unknown-model") << QStringList{QStringLiteral("train"), QStringLiteral("X"), QStringLiteral("--target"),
                                                      QStringLiteral("spend"), QStringLiteral("--model"), QStringLiteral("nope")}
                                       << "nope";
        QTest::newRow("unknown-param") << QStringList{QStringLiteral("train"), QStringLiteral("X"), QStringLiteral("--target"),
                                                      QStringLiteral("spend"), QStringLiteral("--model"), QStringLiteral("ridge"),
                                                      QStringLiteral("--set"), QStringLiteral("depth=3")}
                                       << "depth";
        QTest::newRow("bad-param-value") << QStringList{QStringLiteral("train"), QStringLiteral("X"), QStringLiteral("--target"),
                                                        QStringLiteral("spend"), QStringLiteral("--model"), QStringLiteral("gbdt"),
                                                        QStringLiteral("--set"), QStringLiteral("max_depth=deep")}
                                         << "max_depth";
        // Aliases and CLI-only keys have not made everything acceptable.
        const QStringList knn{QStringLiteral("train"), QStringLiteral("X"), QStringLiteral("--target"), QStringLiteral("spend"),
                              QStringLiteral("--model"), QStringLiteral("knn"), QStringLiteral("--set")};
        QTest::newRow("unknown-param-knn") << knn + QStringList{QStringLiteral("neighbours=3")} << "'neighbours'";
        QTest::newRow("bad-alias-value") << knn + QStringList{QStringLiteral("k=0")} << "'k'";
        QTest::newRow("unknown-param-forest") << QStringList{QStringLiteral("train"), QStringLiteral("X"), QStringLiteral("--target"),
                                                             QStringLiteral("spend"), QStringLiteral("--model"), QStringLiteral("forest"),
                                                             QStringLiteral("--set"), QStringLiteral("eta=0.3")}
                                              << "'eta'";
        QTest::newRow("ridge-mixed-penalty") << QStringList{QStringLiteral("train"), QStringLiteral("X"), QStringLiteral("--target"),
                                                            QStringLiteral("spend"), QStringLiteral("--model"), QStringLiteral("ridge"),
                                                            QStringLiteral("--set"), QStringLiteral("l1_ratio=0.5")}
                                             << "'l1_ratio'";
        QTest::newRow("bad-seed") << QStringList{QStringLiteral("train"), QStringLiteral("X"), QStringLiteral("--target"),
                                                 QStringLiteral("spend"), QStringLiteral("--model"), QStringLiteral("linear"),
                                                 QStringLiteral("--set"), QStringLiteral("seed=-1")}
                                  << "'seed'";
    }

    void errorsAreOneLineWithExitCode2()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, part);
        for (auto& a : args)
            if (a == QLatin1String("X"))
                a = path("reg.csv");
        const Run r = cli(args);
        QCOMPARE(r.code, 2);
        const QString err = QString::fromUtf8(r.err).trimmed();
        QVERIFY2(err.contains(part), qPrintable(err));
        QVERIFY2(!err.contains(QLatin1Char('\n')), qPrintable(err));
    }

    void predictionsPointAtTheirRows_data()
    {
        QTest::addColumn<QByteArray>("steps");
        QTest::addColumn<bool>("dropsRows");
        // Every 7th row lacks b and is dropped from every part.
        QTest::newRow("rows dropped") << QByteArray(R"({"kind":"drop_missing_rows","params":{"columns":["b"],"train_only":false}})")
                                      << true;
        // A keep-only selection also drops the pipeline's own row column: the rows are unchanged.
        QTest::newRow("keep-only selection") << QByteArray(R"({"kind":"select_columns","params":{"mode":"keep","columns":["a"]}})")
                                             << false;
    }

    void predictionsPointAtTheirRows()
    {
        // y = 2a + 1 with a = row / 2. The stored predictions' row numbers must lead to the row
        // whose y is "actual".
        QFETCH(QByteArray, steps);
        QFETCH(bool, dropsRows);
        QFile f(path("holes.csv"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("a,b,y\n");
        for (int i = 0; i < 400; ++i)
            f.write(QStringLiteral("%1,%2,%3\n").arg(i * 0.5).arg(i % 7 == 3 ? QString() : QString::number(std::sin(i)))
                        .arg(2 * (i * 0.5) + 1).toUtf8());
        f.close();
        QFile pipeline(path("holes.json"));
        QVERIFY(pipeline.open(QIODevice::WriteOnly));
        pipeline.write(R"({"version":1,"steps":[)" + steps + "]}");
        pipeline.close();
        const QString project = path("holes.ppsproj");
        QFile::remove(project);
        const Run r = cli({QStringLiteral("train"), path("holes.csv"), QStringLiteral("--target"), QStringLiteral("y"),
                           QStringLiteral("--model"), QStringLiteral("ridge"), QStringLiteral("--pipeline"), path("holes.json"),
                           QStringLiteral("--project"), project});
        QVERIFY2(r.code == 0, r.err.constData());
        auto store = store::ProjectStore::open(project, false);
        QVERIFY(store.ok());
        auto runs = store.value()->runs();
        QVERIFY(runs.ok() && runs->size() == 1);
        auto predictions = store.value()->loadPredictions(runs->front().id);
        QVERIFY2(predictions.ok(), qPrintable(predictions.error().toString()));
        const Table& t = predictions->second;
        const Column* row = t.find(QStringLiteral("row"));
        const Column* actual = t.find(QStringLiteral("actual"));
        QVERIFY(row && actual && t.rowCount() > 50);
        for (std::size_t i = 0; i < t.rowCount(); ++i) {
            const int source = static_cast<int>(row->numbers()[i]) - 1;  // 1-based
            QVERIFY(source >= 0 && source < 400);
            if (dropsRows)
                QVERIFY(source % 7 != 3);  // a dropped row cannot have a prediction
            QCOMPARE(actual->numbers()[i], 2 * (source * 0.5) + 1);
        }
    }

    // The issue-5 contract: "--set keys use the names users know from XGBoost / scikit-learn /
    // PyTorch", every one accepted by its model and reported back under the model's key.
    void contractKeysAccepted_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("data");        // reg.csv (target spend) or cls.csv (target segment)
        QTest::addColumn<QStringList>("sets");
        QTest::addColumn<QJsonObject>("expected");  // in the JSON's "params"
        const QStringList trees{QStringLiteral("n_estimators=4"), QStringLiteral("max_depth=3"),
                                QStringLiteral("learning_rate=0.5"), QStringLiteral("subsample=0.8"),
                                QStringLiteral("colsample_bytree=0.9"), QStringLiteral("reg_lambda=2"),
                                QStringLiteral("reg_alpha=0.1"), QStringLiteral("early_stopping_rounds=2"),
                                QStringLiteral("seed=5")};
        auto row = [](const char* model, const char* data, const QStringList& sets) {
            QTest::newRow(model) << QString::fromLatin1(model) << QString::fromLatin1(data) << sets << paramsOf(sets);
        };
        row("gbdt", "reg", trees);
        row("forest", "reg", trees);
        row("mlp", "reg", {QStringLiteral("hidden=8,4"), QStringLiteral("epochs=2"), QStringLiteral("batch_size=64"),
                           QStringLiteral("lr=0.01"), QStringLiteral("optimizer=sgd"), QStringLiteral("weight_decay=0.001"),
                           QStringLiteral("dropout=0.1"), QStringLiteral("patience=1"), QStringLiteral("seed=5")});
        row("ridge", "reg", {QStringLiteral("alpha=0.5"), QStringLiteral("l1_ratio=0"), QStringLiteral("seed=5")});
        row("lasso", "reg", {QStringLiteral("alpha=0.01"), QStringLiteral("l1_ratio=1"), QStringLiteral("seed=5")});
        row("elasticnet", "reg", {QStringLiteral("alpha=0.01"), QStringLiteral("l1_ratio=0.3"), QStringLiteral("seed=5")});
        row("logistic", "cls", {QStringLiteral("C=2"), QStringLiteral("seed=5")});
        row("svm", "cls", {QStringLiteral("C=0.5"), QStringLiteral("seed=5")});
        row("linear", "reg", {QStringLiteral("seed=5")});
        row("naive_bayes", "cls", {QStringLiteral("seed=5")});
        row("tree", "reg", {QStringLiteral("max_depth=3"), QStringLiteral("seed=5")});
        // knn's key is scikit-learn's n_neighbors; the contract's k is another name for it.
        QTest::newRow("knn") << QStringLiteral("knn") << QStringLiteral("reg")
                             << QStringList{QStringLiteral("k=3"), QStringLiteral("seed=5")}
                             << QJsonObject{{QStringLiteral("n_neighbors"), 3}, {QStringLiteral("seed"), 5}};
    }

    void contractKeysAccepted()
    {
        QFETCH(QString, model);
        QFETCH(QString, data);
        QFETCH(QStringList, sets);
        QFETCH(QJsonObject, expected);
        const bool regression = data == QLatin1String("reg");
        QStringList args{QStringLiteral("train"), m_dir.filePath(data + QStringLiteral(".csv")), QStringLiteral("--target"),
                         regression ? QStringLiteral("spend") : QStringLiteral("segment"), QStringLiteral("--model"), model,
                         QStringLiteral("--importance-repeats"), QStringLiteral("0"), QStringLiteral("--json")};
        for (const QString& kv : sets)
            args << QStringLiteral("--set") << kv;
        const Run r = cli(args);
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonObject params = r.json().object().value(QStringLiteral("params")).toObject();
        for (auto it = expected.begin(); it != expected.end(); ++it) {
            QVERIFY2(params.contains(it.key()), qPrintable(it.key()));
            QCOMPARE(jsonText(params.value(it.key())), jsonText(it.value()));
        }
        QVERIFY(!params.contains(QStringLiteral("k")));
    }

    void setSeedDrivesTreeSampling()
    {
        // Same run seed (the split) throughout: `--set seed` changes only XGBoost's sampling,
        // and without it the model's seed is the run's (42).
        auto testMse = [&](const QStringList& extra, QJsonObject* params = nullptr) {
            QStringList args{QStringLiteral("train"), path("reg.csv"), QStringLiteral("--target"), QStringLiteral("spend"),
                             QStringLiteral("--model"), QStringLiteral("gbdt"), QStringLiteral("--set"), QStringLiteral("n_estimators=10"),
                             QStringLiteral("--set"), QStringLiteral("subsample=0.5"), QStringLiteral("--set"),
                             QStringLiteral("colsample_bytree=0.5"), QStringLiteral("--importance-repeats"), QStringLiteral("0"),
                             QStringLiteral("--json")};
            const Run r = cli(args + extra);
            if (r.code != 0)
                return std::nan("");
            if (params)
                *params = r.json().object().value(QStringLiteral("params")).toObject();
            return r.json().object().value(QStringLiteral("metrics")).toObject().value(QStringLiteral("test")).toObject()
                .value(QStringLiteral("mse")).toDouble(std::nan(""));
        };
        QJsonObject params;
        const double unset = testMse({}, &params);
        QCOMPARE(params.value(QStringLiteral("seed")).toInt(), 42);
        QVERIFY(std::isfinite(unset));
        QCOMPARE(testMse({QStringLiteral("--set"), QStringLiteral("seed=42")}), unset);
        QVERIFY(testMse({QStringLiteral("--set"), QStringLiteral("seed=7")}) != unset);
    }

    void sequenceWindowsNeedATimeSplit()
    {
        // 20 customers × 40 days; windows of 5 days predict the next day's y.
        QFile f(path("seq.csv"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("cust,day,v,y\n");
        const QDate start(2024, 1, 1);
        for (int c = 0; c < 20; ++c)
            for (int d = 0; d < 40; ++d) {
                const double v = c + std::sin(d * 0.3 + c);
                f.write(QStringLiteral("c%1,%2,%3,%4\n").arg(c).arg(start.addDays(d).toString(Qt::ISODate)).arg(v).arg(2 * v + 1)
                            .toUtf8());
            }
        f.close();
        QFile pipeline(path("windows.json"));
        QVERIFY(pipeline.open(QIODevice::WriteOnly));
        pipeline.write(R"({"version":1,"steps":[{"kind":"sequence_windows","params":{"entity":"cust","time":"day",
            "values":["v"],"window":5,"target":"y","horizon":1,"gap_tolerance":1,"time_unit":"days"}},
            {"kind":"set_role","params":{"columns":["day"],"role":"ignore"}}]})");
        pipeline.close();
        const QStringList common{QStringLiteral("train"), path("seq.csv"), QStringLiteral("--target"), QStringLiteral("y"),
                                 QStringLiteral("--model"), QStringLiteral("ridge"), QStringLiteral("--pipeline"),
                                 path("windows.json"), QStringLiteral("--json")};
        // Randomly split rows leave no series with enough consecutive days among the test rows:
        // the run fails and says why, instead of reporting no test metrics.
        Run r = cli(common);
        QCOMPARE(r.code, 2);
        const QString err = QString::fromUtf8(r.err);
        QVERIFY2(err.contains(QLatin1String("test rows into none")) && err.contains(QLatin1String("split the rows by time")),
                 qPrintable(err));
        // Split by time: the last days are the test windows.
        r = cli(common + QStringList{QStringLiteral("--split"), QStringLiteral("time:day")});
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonObject rows = r.json().object().value(QStringLiteral("rows")).toObject();
        QVERIFY(rows.value(QStringLiteral("test")).toInt() > 0);
        QVERIFY(r.json().object().value(QStringLiteral("metrics")).toObject().contains(QStringLiteral("test")));
    }

    void recordedSeedRepeatsTheRun()
    {
        // A large --seed: the seed recorded in the run's params is the one the model drew from,
        // so training again with those params gives the same model.
        const QStringList common{QStringLiteral("train"), path("reg.csv"), QStringLiteral("--target"), QStringLiteral("spend"),
                                 QStringLiteral("--model"), QStringLiteral("gbdt"), QStringLiteral("--set"),
                                 QStringLiteral("n_estimators=15"), QStringLiteral("--set"), QStringLiteral("subsample=0.5"),
                                 QStringLiteral("--json")};
        const Run first = cli(common + QStringList{QStringLiteral("--seed"), QStringLiteral("3000000007")});
        QVERIFY2(first.code == 0, first.err.constData());
        const QJsonObject o = first.json().object();
        const int recorded = o.value(QStringLiteral("params")).toObject().value(QStringLiteral("seed")).toInt();
        const Run again = cli(common + QStringList{QStringLiteral("--seed"), QStringLiteral("3000000007"), QStringLiteral("--set"),
                                                   QStringLiteral("seed=%1").arg(recorded)});
        QVERIFY2(again.code == 0, again.err.constData());
        QCOMPARE(again.json().object().value(QStringLiteral("metrics")).toObject().value(QStringLiteral("test")),
                 o.value(QStringLiteral("metrics")).toObject().value(QStringLiteral("test")));
    }

    void trainJsonContractAndPredict()
    {
        const QString model = path("model_ridge");
        const Run r = cli({QStringLiteral("train"), path("reg.csv"), QStringLiteral("--target"), QStringLiteral("spend"),
                           QStringLiteral("--model"), QStringLiteral("ridge"), QStringLiteral("--set"), QStringLiteral("alpha=0.01"),
                           QStringLiteral("--cv"), QStringLiteral("3"), QStringLiteral("--save"), model, QStringLiteral("--json")});
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonObject o = r.json().object();
        for (const char* key : {"task", "model", "params", "device", "rows", "metrics", "cv", "history", "importance",
                                "fit_seconds", "predict_seconds"})
            QVERIFY2(o.contains(QLatin1String(key)), key);
        QCOMPARE(o.value(QStringLiteral("task")).toString(), QStringLiteral("regression"));
        const QJsonObject rows = o.value(QStringLiteral("rows")).toObject();
        QCOMPARE(rows.value(QStringLiteral("train")).toInt() + rows.value(QStringLiteral("valid")).toInt()
                     + rows.value(QStringLiteral("test")).toInt(),
                 600);
        const QJsonObject test = o.value(QStringLiteral("metrics")).toObject().value(QStringLiteral("test")).toObject();
        for (const char* key : {"mse", "rmse", "mae", "r2", "mape"})
            QVERIFY2(test.contains(QLatin1String(key)), key);
        QVERIFY(test.value(QStringLiteral("r2")).toDouble() > 0.99);
        QCOMPARE(o.value(QStringLiteral("cv")).toObject().value(QStringLiteral("folds")).toArray().size(), 3);
        // The id column is not a feature.
        for (const auto& imp : o.value(QStringLiteral("importance")).toArray())
            QVERIFY(!imp.toArray().at(0).toString().contains(QLatin1String("customer_id")));

        // predict: input columns in order, then `predicted`.
        const Run p = cli({QStringLiteral("predict"), model, path("reg.csv"), QStringLiteral("--out"), path("pred.csv")});
        QVERIFY2(p.code == 0, p.err.constData());
        QFile f(path("pred.csv"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readLine().trimmed(), QByteArray("customer_id,a,b,c,spend,predicted"));

        // Missing columns are named.
        QFile bad(path("bad.csv"));
        bad.open(QIODevice::WriteOnly);
        bad.write("customer_id,a,c\n1,2,gold\n");
        bad.close();
        const Run m = cli({QStringLiteral("predict"), model, path("bad.csv"), QStringLiteral("--out"), path("p2.csv")});
        QCOMPARE(m.code, 2);
        QVERIFY2(m.err.contains("'b'"), m.err.constData());
    }

    void classificationWithProbabilities()
    {
        const QString model = path("model_gbdt");
        const Run r = cli({QStringLiteral("train"), path("cls.csv"), QStringLiteral("--target"), QStringLiteral("segment"),
                           QStringLiteral("--model"), QStringLiteral("gbdt"), QStringLiteral("--set"), QStringLiteral("n_estimators=30"),
                           QStringLiteral("--split"), QStringLiteral("stratified"), QStringLiteral("--save"), model,
                           QStringLiteral("--json")});
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonObject o = r.json().object();
        QCOMPARE(o.value(QStringLiteral("task")).toString(), QStringLiteral("multiclass"));
        QCOMPARE(o.value(QStringLiteral("history")).toArray().size(), 30);  // one point per boosting round
        const QJsonObject test = o.value(QStringLiteral("metrics")).toObject().value(QStringLiteral("test")).toObject();
        for (const char* key : {"accuracy", "balanced_accuracy", "f1_macro", "f1_weighted", "roc_auc", "pr_auc", "log_loss",
                                "confusion_matrix"})
            QVERIFY2(test.contains(QLatin1String(key)), key);
        const double prAuc = test.value(QStringLiteral("pr_auc")).toDouble(-1);
        QVERIFY2(prAuc > 0.5 && prAuc <= 1.0, qPrintable(QString::number(prAuc)));
        const Run p = cli({QStringLiteral("predict"), model, path("cls.csv"), QStringLiteral("--out"), path("cls_pred.csv")});
        QVERIFY2(p.code == 0, p.err.constData());
        QFile f(path("cls_pred.csv"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readLine().trimmed(), QByteArray("x1,x2,segment,predicted,probability_high,probability_low,probability_mid"));
    }

    void scaledModelOnDatesAndDumpedMatrices()
    {
        // The synthetic data has a date column: the default pipeline must scale its parts under
        // the names date_parts gives them ("signup_date__year") for models that need scaling.
        const QString data = path("synthetic.csv");
        QCOMPARE(cli({QStringLiteral("generate"), QStringLiteral("--rows"), QStringLiteral("400"), QStringLiteral("--seed"),
                      QStringLiteral("3"), QStringLiteral("--out"), data})
                     .code,
                 0);
        const QString dir = path("matrices");
        const Run r = cli({QStringLiteral("train"), data, QStringLiteral("--target"), QStringLiteral("spend_next_90d"),
                           QStringLiteral("--model"), QStringLiteral("ridge"), QStringLiteral("--dump-matrices"), dir,
                           QStringLiteral("--json")});
        QVERIFY2(r.code == 0, r.err.constData());
        // The hidden --dump-matrices option (bench/train_models): one NPY file per part, float64,
        // n × p in C order, with the run's rows and the pipeline's features.
        const QJsonObject rows = r.json().object().value(QStringLiteral("rows")).toObject();
        QFile info(dir + QStringLiteral("/features.json"));
        QVERIFY(info.open(QIODevice::ReadOnly));
        const QJsonArray names = QJsonDocument::fromJson(info.readAll()).object().value(QStringLiteral("features")).toArray();
        QVERIFY(names.contains(QStringLiteral("signup_date__year")));
        for (const char* part : {"train", "valid", "test"}) {
            const qint64 n = rows.value(QLatin1String(part)).toInteger();
            QVERIFY(n > 0);
            for (const QString& kind : {QStringLiteral("x"), QStringLiteral("y")}) {
                QFile f(dir + QLatin1Char('/') + kind + QLatin1Char('_') + QLatin1String(part) + QStringLiteral(".npy"));
                QVERIFY(f.open(QIODevice::ReadOnly));
                const QByteArray bytes = f.readAll();
                QVERIFY(bytes.startsWith(QByteArray("\x93NUMPY\x01\x00", 8)));
                const int headerLength = static_cast<unsigned char>(bytes[8]) | static_cast<unsigned char>(bytes[9]) << 8;
                QCOMPARE((10 + headerLength) % 64, 0);
                const QByteArray header = bytes.mid(10, headerLength);
                const QByteArray shape = kind == QLatin1String("x")
                    ? QByteArray("(" + QByteArray::number(n) + ", " + QByteArray::number(names.size()) + ")")
                    : QByteArray("(" + QByteArray::number(n) + ",)");
                QVERIFY2(header.contains("'descr': '<f8'") && header.contains(shape), header.constData());
                QCOMPARE(qint64(bytes.size() - 10 - headerLength),
                         n * qint64(kind == QLatin1String("x") ? names.size() : 1) * 8);
            }
        }
    }

    void projectRunsExportAndReport()
    {
        const QString project = path("p.ppsproj");
        const Run r = cli({QStringLiteral("train"), path("reg.csv"), QStringLiteral("--target"), QStringLiteral("spend"),
                           QStringLiteral("--model"), QStringLiteral("gbdt"), QStringLiteral("--set"), QStringLiteral("n_estimators=20"),
                           QStringLiteral("--project"), project, QStringLiteral("--name"), QStringLiteral("第一次")});
        QVERIFY2(r.code == 0, r.err.constData());
        const Run runs = cli({QStringLiteral("runs"), project, QStringLiteral("--json")});
        QCOMPARE(runs.code, 0);
        const QJsonArray list = runs.json().array();
        QCOMPARE(list.size(), 1);
        const QJsonObject run = list.at(0).toObject();
        for (const char* key : {"id", "name", "model", "dataset", "status", "metrics", "started", "finished"})
            QVERIFY2(run.contains(QLatin1String(key)), key);
        QCOMPARE(run.value(QStringLiteral("status")).toString(), QStringLiteral("done"));
        QCOMPARE(run.value(QStringLiteral("name")).toString(), QStringLiteral("第一次"));
        const QString id = QString::number(run.value(QStringLiteral("id")).toInt());
        {
            // The stored predictions name each row's customer: customer_id of row r is 1000 + r - 1.
            auto store = store::ProjectStore::open(project, false);
            QVERIFY(store.ok());
            auto predictions = store.value()->loadPredictions(run.value(QStringLiteral("id")).toInt());
            QVERIFY2(predictions.ok(), qPrintable(predictions.error().toString()));
            const Table& t = predictions->second;
            const Column* row = t.find(QStringLiteral("row"));
            const Column* customer = t.find(QStringLiteral("customer_id"));
            QVERIFY(row && customer && t.rowCount() > 0);
            QCOMPARE(t.columnNames().mid(0, 3), (QStringList{QStringLiteral("row"), QStringLiteral("customer_id"),
                                                             QStringLiteral("actual")}));
            for (std::size_t i = 0; i < t.rowCount(); ++i)
                QCOMPARE(customer->numbers()[i], 1000 + row->numbers()[i] - 1);
        }
        const Run e = cli({QStringLiteral("export"), project, id, QStringLiteral("--out"), path("exported")});
        QVERIFY2(e.code == 0, e.err.constData());
        const Run p = cli({QStringLiteral("predict"), path("exported"), path("reg.csv"), QStringLiteral("--out"), path("e.csv")});
        QVERIFY2(p.code == 0, p.err.constData());
        for (const char* ext : {"pdf", "html"}) {
            const QString out = m_dir.filePath(QStringLiteral("report.") + QLatin1String(ext));
            const Run rep = cli({QStringLiteral("report"), project, id, QStringLiteral("--out"), out});
            QVERIFY2(rep.code == 0, rep.err.constData());
            QVERIFY(QFileInfo(out).size() > 5000);
        }
        const Run missing = cli({QStringLiteral("report"), project, QStringLiteral("99"), QStringLiteral("--out"), path("x.pdf")});
        QCOMPARE(missing.code, 2);
    }

    void projectRunRecordsWhatItUsed()
    {
        // Started with task, device and pipeline left to the program and one parameter set:
        // the project, `runs` and the report show what the run used, as `train --json` does.
        const QString project = path("resolved.ppsproj");
        const Run r = cli({QStringLiteral("train"), path("reg.csv"), QStringLiteral("--target"), QStringLiteral("spend"),
                           QStringLiteral("--model"), QStringLiteral("gbdt"), QStringLiteral("--set"), QStringLiteral("n_estimators=10"),
                           QStringLiteral("--project"), project, QStringLiteral("--json")});
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonObject trained = r.json().object();
        QCOMPARE(trained.value(QStringLiteral("task")).toString(), QStringLiteral("regression"));
        const QJsonObject params = trained.value(QStringLiteral("params")).toObject();
        const QJsonObject rows = trained.value(QStringLiteral("rows")).toObject();
        QVERIFY(params.size() > 1);
        QVERIFY(rows.value(QStringLiteral("train")).toInt() > 0 && rows.value(QStringLiteral("test")).toInt() > 0);

        const Run runs = cli({QStringLiteral("runs"), project, QStringLiteral("--json")});
        QCOMPARE(runs.code, 0);
        const QJsonObject listed = runs.json().array().at(0).toObject();
        for (const char* key : {"task", "device", "params", "rows"})
            QCOMPARE(listed.value(QLatin1String(key)), trained.value(QLatin1String(key)));

        {
            auto store = store::ProjectStore::open(project, false);
            QVERIFY2(store.ok(), qPrintable(store.error().toString()));
            const auto run = store.value()->run(listed.value(QStringLiteral("id")).toInt());
            QVERIFY(run.ok());
            QCOMPARE(run->task, QStringLiteral("regression"));
            QCOMPARE(run->device, trained.value(QStringLiteral("device")).toString());
            QCOMPARE(run->params, (QJsonObject{{QStringLiteral("n_estimators"), 10}}));  // what was set
            QCOMPARE(run->usedParams, params);
            QCOMPARE(run->trainRows, qint64(rows.value(QStringLiteral("train")).toInt()));
            QCOMPARE(run->validRows, qint64(rows.value(QStringLiteral("valid")).toInt()));
            QCOMPARE(run->testRows, qint64(rows.value(QStringLiteral("test")).toInt()));
            QVERIFY(!run->pipeline.value(QStringLiteral("steps")).toArray().isEmpty());  // the default pipeline
        }

        const QString out = path("resolved.html");
        const Run rep = cli({QStringLiteral("report"), project, QString::number(listed.value(QStringLiteral("id")).toInt()),
                             QStringLiteral("--out"), out});
        QVERIFY2(rep.code == 0, rep.err.constData());
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString html = QString::fromUtf8(f.readAll());
        auto cell = [](const QString& key, const QString& value) {
            return QStringLiteral("<tr><th>%1</th><td>%2</td></tr>").arg(key, value);
        };
        QVERIFY(html.contains(cell(QStringLiteral("Task"), QStringLiteral("regression"))));
        QVERIFY(html.contains(cell(QStringLiteral("Device"), trained.value(QStringLiteral("device")).toString())));
        QVERIFY(html.contains(cell(QStringLiteral("Rows (train / validation / test)"),
                                   QStringLiteral("%1 / %2 / %3")
                                       .arg(rows.value(QStringLiteral("train")).toInt())
                                       .arg(rows.value(QStringLiteral("valid")).toInt())
                                       .arg(rows.value(QStringLiteral("test")).toInt()))));
        for (auto it = params.begin(); it != params.end(); ++it)
            QVERIFY2(html.contains(cell(it.key(), it.value().toVariant().toString())), qPrintable(it.key()));
        // Status, metric names and times as a reader sees them, not as stored.
        QVERIFY(html.contains(QStringLiteral("”, Done.")));
        QVERIFY(html.contains(QStringLiteral("Rows left out of MAPE (target 0)")));
        QVERIFY(!html.contains(QStringLiteral("mape_skipped")));
        QVERIFY(!html.contains(listed.value(QStringLiteral("started")).toString()));
        QVERIFY(!html.contains(listed.value(QStringLiteral("finished")).toString()));
    }

    void killedTrainingLeavesAnInterruptedRun()
    {
        const QString project = path("kill.ppsproj");
        // An earlier run that must survive.
        QCOMPARE(cli({QStringLiteral("train"), path("reg.csv"), QStringLiteral("--target"), QStringLiteral("spend"),
                      QStringLiteral("--model"), QStringLiteral("ridge"), QStringLiteral("--project"), project})
                     .code,
                 0);
        QProcess p;
        p.start(QStringLiteral(PP_CLI_PATH),
                {QStringLiteral("train"), path("reg.csv"), QStringLiteral("--target"), QStringLiteral("spend"),
                 QStringLiteral("--model"), QStringLiteral("mlp"), QStringLiteral("--set"), QStringLiteral("epochs=100000"),
                 QStringLiteral("--set"), QStringLiteral("patience=0"), QStringLiteral("--set"), QStringLiteral("batch_size=16"),
                 QStringLiteral("--project"), project, QStringLiteral("--name"), QStringLiteral("doomed")});
        QVERIFY(p.waitForStarted());
        // Wait until the run has a few points of its curve in the project.
        qint64 doomed = 0;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                auto store = store::ProjectStore::open(project, false);
                if (!store.ok())
                    return false;
                auto runs = store.value()->runs();
                if (!runs.ok() || runs->size() < 2)
                    return false;
                doomed = runs->back().id;
                auto h = store.value()->history(doomed);
                return h.ok() && h->size() >= 3;
            }(),
            120000);
        ::kill(static_cast<pid_t>(p.processId()), SIGKILL);
        QVERIFY(p.waitForFinished());
        auto store = store::ProjectStore::open(project, false);
        QVERIFY2(store.ok(), qPrintable(store.error().toString()));
        QCOMPARE(store.value()->integrityCheck().value(), QStringLiteral("ok"));
        auto runs = store.value()->runs();
        QCOMPARE(int(runs->size()), 2);
        QCOMPARE(runs->front().status, QStringLiteral("done"));
        QVERIFY(runs->front().hasModel);
        QCOMPARE(runs->back().status, QStringLiteral("interrupted"));
        QVERIFY(store.value()->history(doomed)->size() >= 3);
        // The CLI reports it the same way.
        const Run list = cli({QStringLiteral("runs"), project, QStringLiteral("--json")});
        QCOMPARE(list.json().array().at(1).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("interrupted"));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
