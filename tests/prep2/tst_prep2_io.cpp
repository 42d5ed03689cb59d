// JSON round trips of every step kind, errors of unfitted steps, and the CSV writer.
#include "tst_prep2.h"

#include "cli/cli_common.h"
#include "data/csv_writer.h"
#include "data/importer.h"
#include "prep/advanced_step.h"
#include "prep/resample_steps.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>
#include <QTemporaryDir>
#include <QtTest>

#include <cstring>
#include <limits>
#include <map>

using namespace pp;
using namespace prep2test;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr std::int64_t kDay = 86400000;

const QStringList kAllKinds{
    QStringLiteral("combine"),           QStringLiteral("power"),           QStringLiteral("date_parts"),
    QStringLiteral("expression"),        QStringLiteral("variance_threshold"), QStringLiteral("select_k_best"),
    QStringLiteral("drop_correlated"),   QStringLiteral("manual_select"),   QStringLiteral("text_vectorize"),
    QStringLiteral("text_sequence"),     QStringLiteral("sequence_windows"), QStringLiteral("random_oversample"),
    QStringLiteral("random_undersample"), QStringLiteral("smote"),          QStringLiteral("class_weights")};

/// The formula data plus a customer, a date and a review text.
Table richTable()
{
    Table t = formulaTable(60);
    std::vector<QString> cust, txt;
    std::vector<std::int64_t> when;
    const char* words[] = {"great value", "slow delivery, great price", "质量很好", "price too high", "还不错 good"};
    for (int i = 0; i < 60; ++i) {
        cust.push_back(QString(QChar(u'A' + i % 3)));
        when.push_back((19000 + i / 3) * kDay + (i % 3) * 3600000);
        txt.push_back(QString::fromUtf8(words[i % 5]));
    }
    t.addColumn(Column::categoricalFromStrings(QStringLiteral("cust"), cust));
    t.addColumn(Column::dateTime(QStringLiteral("when"), when));
    t.addColumn(Column::text(QStringLiteral("txt"), txt));
    return t;
}

Table numericOnly()
{
    return formulaTable(60);
}

} // namespace

void TestPrep2::jsonRoundTrip_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QVariantMap>("params");
    QTest::addColumn<bool>("numeric");     // fit on the numeric-only table (resampling)
    QTest::addColumn<QString>("target");
    QTest::addColumn<int>("task");

    const int reg = static_cast<int>(Task::Regression), multi = static_cast<int>(Task::Multiclass);
    const QString y = QStringLiteral("y"), cls = QStringLiteral("cls");
    QTest::newRow("combine") << "combine"
                             << QVariantMap{{"left", "x1"}, {"right", "x2"}, {"op", "ratio"}, {"on_zero", "fill"}, {"fill_value", -1.5}}
                             << false << y << reg;
    QTest::newRow("power") << "power" << QVariantMap{{"columns", QStringList{"x1", "x3"}}, {"exponent", 3.0}} << false << y << reg;
    QTest::newRow("date_parts") << "date_parts" << QVariantMap{{"column", "when"}, {"parts", QStringList{"year", "weekday", "hour", "days_since"}}}
                                << false << y << reg;
    QTest::newRow("expression") << "expression" << QVariantMap{{"expression", "x1 * 2 + if(x2 > 0, 1, 0)"}, {"output", "z"}} << false
                                << y << reg;
    QTest::newRow("variance_threshold") << "variance_threshold" << QVariantMap{{"threshold", 0.1}} << false << y << reg;
    QTest::newRow("select_k_best") << "select_k_best" << QVariantMap{{"k", 2}, {"score", "mutual_info"}, {"seed", 3}} << false << y << reg;
    QTest::newRow("drop_correlated") << "drop_correlated" << QVariantMap{{"threshold", 0.5}} << false << y << reg;
    QTest::newRow("manual_select") << "manual_select" << QVariantMap{{"columns", QStringList{"x1", "txt"}}} << false << y << reg;
    QTest::newRow("text_vectorize") << "text_vectorize" << QVariantMap{{"column", "txt"}, {"max_features", 5}} << false << y << reg;
    QTest::newRow("text_hashing") << "text_vectorize" << QVariantMap{{"column", "txt"}, {"mode", "hashing"}, {"n_features", 8}}
                                  << false << y << reg;
    QTest::newRow("text_sequence") << "text_sequence" << QVariantMap{{"column", "txt"}, {"max_len", 5}, {"max_vocab", 4}} << false << y
                                   << reg;
    QTest::newRow("sequence_windows") << "sequence_windows"
                                      << QVariantMap{{"entity", "cust"}, {"time", "when"}, {"values", QStringList{"x1", "x2"}},
                                                     {"window", 3}, {"target", "y"}, {"scaling", "standardize"}}
                                      << false << y << reg;
    QTest::newRow("random_oversample") << "random_oversample" << QVariantMap{{"seed", 5}} << true << cls << multi;
    QTest::newRow("random_undersample") << "random_undersample" << QVariantMap{{"strategy", "ratio"}, {"ratio", 0.5}} << true << cls
                                        << multi;
    QTest::newRow("smote") << "smote" << QVariantMap{{"k_neighbors", 3}} << true << cls << multi;
    QTest::newRow("class_weights") << "class_weights" << QVariantMap{} << true << cls << multi;
}

void TestPrep2::jsonRoundTrip()
{
    QFETCH(QString, kind);
    QFETCH(QVariantMap, params);
    QFETCH(bool, numeric);
    QFETCH(QString, target);
    QFETCH(int, task);
    const Table table = numeric ? numericOnly() : richTable();
    const FitInfo info = fitInfo({target}, static_cast<Task>(task), 11);

    auto step = makeStep(kind);
    QVERIFY(step);
    QVERIFY(setUp(*step, params, table, info));
    QVERIFY(step->isFitted());
    QVERIFY(!step->fittedState().isEmpty());

    // Through bytes, as a saved pipeline would be.
    QJsonObject saved{{QStringLiteral("kind"), step->kind()},
                      {QStringLiteral("params"), QJsonObject::fromVariantMap(step->params())},
                      {QStringLiteral("fitted"), step->fittedState()}};
    const QJsonObject back = QJsonDocument::fromJson(QJsonDocument(saved).toJson(QJsonDocument::Compact)).object();
    auto fresh = makeStep(back.value(QStringLiteral("kind")).toString());
    QVERIFY(fresh);
    QVERIFY(fresh->setParams(back.value(QStringLiteral("params")).toObject().toVariantMap()).ok());
    QVERIFY(!fresh->isFitted());
    QVERIFY(fresh->setFittedState(back.value(QStringLiteral("fitted")).toObject()).ok());
    QVERIFY(fresh->isFitted());
    QCOMPARE(QJsonObject::fromVariantMap(fresh->params()), QJsonObject::fromVariantMap(step->params()));
    QCOMPARE(QJsonDocument(fresh->fittedState()).toJson(), QJsonDocument(step->fittedState()).toJson());
    QCOMPARE(fresh->describe(), step->describe());

    auto a = step->transform(table, nullptr);
    auto b = fresh->transform(table, nullptr);
    QVERIFY2(a.ok(), qPrintable(a.error().message));
    QVERIFY2(b.ok(), qPrintable(b.error().message));
    QCOMPARE(csvBytes(b.value()), csvBytes(a.value()));

    // Replay is not refit: a different table gives the fitted result for its rows (the
    // selection steps keep the same columns, text steps the same vocabulary...).
    if (!numeric && kind != QLatin1String("sequence_windows")) {
        const Table half = table.head(20);
        auto replay = fresh->transform(half, nullptr);
        QVERIFY(replay.ok());
        QCOMPARE(replay->columnNames(), a->columnNames());
        QCOMPARE(csvBytes(replay.value()), csvBytes(a->head(20)));
    }

    // A table with no rows replays to no rows.
    auto empty = fresh->transform(table.head(0), nullptr);
    QVERIFY2(empty.ok(), qPrintable(empty.error().message));
    QCOMPARE(empty->rowCount(), std::size_t(0));

    // An empty state means "not fitted".
    QVERIFY(fresh->setFittedState(QJsonObject()).ok());
    QVERIFY(!fresh->isFitted());
    QVERIFY(!fresh->transform(table, nullptr).ok());
}

void TestPrep2::notFittedAndMissingColumn()
{
    const Table table = richTable();
    for (const QString& kind : kAllKinds) {
        auto step = makeStep(kind);
        QVERIFY(step);
        auto out = step->transform(table, nullptr);
        QVERIFY2(!out.ok(), qPrintable(kind));
        const QString name = static_cast<AdvancedStep*>(step.get())->displayName();
        QVERIFY2(out.error().message.startsWith(name + QStringLiteral(": ")), qPrintable(out.error().message));
        QVERIFY(!step->describe().isEmpty());
        for (const ParamSpec& spec : step->paramSpecs(&table)) {
            QVERIFY2(!spec.label.isEmpty() && !spec.tooltip.isEmpty(), qPrintable(kind + QLatin1Char('.') + spec.key));
            QVERIFY(step->params().contains(spec.key));
        }
        QCOMPARE(step->trainOnly(), kind == QLatin1String("random_oversample") || kind == QLatin1String("random_undersample")
                                        || kind == QLatin1String("smote") || kind == QLatin1String("class_weights"));
        QVERIFY(!step->setParams({{QStringLiteral("no_such_key"), 1}}).ok());
    }
    auto combine = makeStep(QStringLiteral("combine"));
    QVERIFY(setUp(*combine, {{QStringLiteral("left"), QStringLiteral("x1")}, {QStringLiteral("right"), QStringLiteral("x2")}}, table,
                  fitInfo()));
    Table lacking = table;
    lacking.removeColumn(1);
    auto out = combine->transform(lacking, nullptr);
    QVERIFY(!out.ok());
    QCOMPARE(out.error().message, QStringLiteral("Combine two columns: column 'x2' is not in the data."));
    // Changing a setting drops the fit.
    QVERIFY(combine->setParams({{QStringLiteral("op"), QStringLiteral("add")}}).ok());
    QVERIFY(!combine->isFitted());
}

void TestPrep2::registry()
{
    registerAdvancedPrepSteps();
    registerAdvancedPrepSteps();   // idempotent
    const QStringList categories{QStringLiteral("construct"), QStringLiteral("select"), QStringLiteral("text"),
                                 QStringLiteral("sequence"), QStringLiteral("resample")};
    for (const QString& kind : kAllKinds) {
        const StepInfo* info = StepRegistry::instance().find(kind);
        QVERIFY2(info, qPrintable(kind));
        QVERIFY(categories.contains(info->category));
        QVERIFY(!info->displayName().isEmpty() && !info->description().isEmpty());
        auto made = StepRegistry::instance().create(kind);
        QVERIFY(made.ok());
        QCOMPARE(made.value()->kind(), kind);
    }
}

void TestPrep2::cancellation()
{
    const Table rich = richTable();
    JobControl job;
    job.cancel();
    struct Case
    {
        const char* kind;
        QVariantMap params;
        QString target;
        Task task;
    };
    const Case cases[] = {
        {"variance_threshold", {}, QString(), Task::Regression},
        {"select_k_best", {{"score", "mutual_info"}}, QStringLiteral("y"), Task::Regression},
        {"drop_correlated", {}, QString(), Task::Regression},
        {"text_vectorize", {{"column", "txt"}}, QString(), Task::Regression},
        {"text_sequence", {{"column", "txt"}}, QString(), Task::Regression},
        {"sequence_windows", {{"values", QStringList{"x1"}}, {"window", 2}}, QString(), Task::Regression},
    };
    for (const Case& c : cases) {
        auto step = makeStep(QLatin1String(c.kind));
        QVERIFY(step->setParams(c.params).ok());
        const FitInfo info = fitInfo(c.target.isEmpty() ? QStringList() : QStringList{c.target}, c.task);
        const Status fitted = step->fit(rich, info, &job);
        QVERIFY2(!fitted.ok() && fitted.cancelled(), c.kind);
        QVERIFY(!step->isFitted());
        QVERIFY(step->fit(rich, info, nullptr).ok());
        if (QByteArray(c.kind).startsWith("text") || QByteArray(c.kind) == "sequence_windows")
            QVERIFY2(step->transform(rich, &job).cancelled(), c.kind);
    }
    SmoteStep smote;
    QVERIFY(smote.fit(numericOnly(), fitInfo({QStringLiteral("cls")}, Task::Multiclass), nullptr).ok());
    QVERIFY(smote.transform(numericOnly(), &job).cancelled());
}

void TestPrep2::csvWriterExactText()
{
    Table t;
    t.addColumn(Column::text(QStringLiteral("txt"),
                             {QStringLiteral("plain"), QStringLiteral("has,comma and \"quote\""), QString(), QString()},
                             {false, false, false, true}));
    t.addColumn(Column::numeric(QStringLiteral("num"), {1.5, kNaN, 1e-7, 0.1 + 0.2}));
    t.addColumn(Column::boolean(QStringLiteral("flag"), {1, 0, kMissingBool, 1}));
    t.addColumn(Column::dateTime(QStringLiteral("day"), {1706659200000, kMissingTime, -86400000, 951782400000}));
    t.addColumn(Column::dateTime(QStringLiteral("ts"), {1706708700000, 1706708700250, kMissingTime, 0}));
    t.addColumn(Column::categoricalFromStrings(QStringLiteral("cat"),
                                               {QString::fromUtf8("北京"), QStringLiteral("a,b"), QString::fromUtf8("北京"), QString()},
                                               {false, false, false, true}));
    t.addColumn(Column::numeric(QStringLiteral("x \"y\""), {1, 2, 3, 1e21}));
    const QByteArray want = QString::fromUtf8("txt,num,flag,day,ts,cat,\"x \"\"y\"\"\"\n"
                                              "plain,1.5,true,2024-01-31,2024-01-31 13:45:00.000,北京,1\n"
                                              "\"has,comma and \"\"quote\"\"\",,false,,2024-01-31 13:45:00.250,\"a,b\",2\n"
                                              "\"\",1e-07,,1969-12-31,,北京,3\n"
                                              ",0.30000000000000004,true,2000-02-29,1970-01-01 00:00:00.000,,1e+21\n")
                               .toUtf8();
    QCOMPARE(csvBytes(t), want);
    QCOMPARE(csvBytes(Table()), QByteArray("\n"));
}

void TestPrep2::csvWriterRoundTrip()
{
    const int n = 300;
    const char* texts[] = {"plain words", "comma, inside", "quote \"inside\"", "new\nline", "crlf\r\nline",
                           "中文，逗号", "  leading spaces", "emoji 😀 ok", "semi;colon"};
    std::vector<double> num, big;
    std::vector<QString> txt;
    std::vector<bool> txtMissing;
    std::vector<std::int8_t> flag;
    std::vector<std::int64_t> ts;
    for (int i = 0; i < n; ++i) {
        num.push_back(i % 7 == 0 ? kNaN : (i % 2 ? 1.0 / (i + 1) : -0.1 * i));
        big.push_back(i % 3 == 0 ? 1e300 / (i + 1) : 5e-324 * (i + 1));
        txt.push_back(QString::fromUtf8(texts[i % 9]));
        txtMissing.push_back(i % 11 == 5);
        flag.push_back(static_cast<std::int8_t>(i % 5 == 4 ? kMissingBool : i % 2));
        ts.push_back(i % 13 == 3 ? kMissingTime : 1700000000000 + static_cast<std::int64_t>(i) * 3723456);
    }
    Table t;
    t.addColumn(Column::numeric(QString::fromUtf8("数值"), num));
    t.addColumn(Column::numeric(QStringLiteral("big, small"), big));
    t.addColumn(Column::text(QStringLiteral("txt"), txt, txtMissing));
    t.addColumn(Column::boolean(QStringLiteral("flag"), flag));
    t.addColumn(Column::dateTime(QStringLiteral("ts"), ts));

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("out.csv"));
    const Status written = writeCsv(t, path);
    QVERIFY2(written.ok(), qPrintable(written.error().toString()));
    auto read = readCsv(path, ImportOptions());
    QVERIFY2(read.ok(), qPrintable(read.error().toString()));
    const Table& r = read->table;
    QCOMPARE(r.columnNames(), t.columnNames());
    QCOMPARE(r.rowCount(), t.rowCount());
    QCOMPARE(r.column(0).type(), ColumnType::Numeric);
    QCOMPARE(r.column(1).type(), ColumnType::Numeric);
    QCOMPARE(r.column(3).type(), ColumnType::Boolean);
    QCOMPARE(r.column(4).type(), ColumnType::DateTime);
    for (std::size_t i = 0; i < t.rowCount(); ++i) {
        for (int c : {0, 1}) {   // shortest round-trip text: the same bits back
            const double a = t.column(static_cast<std::size_t>(c)).numbers()[i];
            const double b = r.column(static_cast<std::size_t>(c)).numbers()[i];
            QVERIFY2(std::isnan(a) ? std::isnan(b) : std::memcmp(&a, &b, sizeof a) == 0,
                     qPrintable(QStringLiteral("row %1 col %2: %3 vs %4").arg(i).arg(c).arg(a, 0, 'g', 17).arg(b, 0, 'g', 17)));
        }
        QCOMPARE(r.column(2).isMissing(i), t.column(2).isMissing(i));
        QCOMPARE(r.column(2).displayAt(i), t.column(2).displayAt(i));
        QCOMPARE(r.column(3).displayAt(i), t.column(3).displayAt(i));
        QCOMPARE(r.column(4).isMissing(i), t.column(4).isMissing(i));
        if (!t.column(4).isMissing(i))
            QCOMPARE(r.column(4).times()[i], t.column(4).times()[i]);
    }
}

void TestPrep2::csvWriterCancel()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cancelled.csv"));
    JobControl job;
    job.cancel();
    const Status s = writeCsv(formulaTable(50), path, &job);
    QVERIFY(!s.ok());
    QVERIFY(s.cancelled());
    QVERIFY(!QFile::exists(path));
    const Status bad = writeCsv(formulaTable(5), QStringLiteral("/nonexistent-dir/x.csv"));
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error().file, QStringLiteral("/nonexistent-dir/x.csv"));
    // Progress reaches the end on a normal write.
    double last = 0.0;
    JobControl progress([&](double f, const QString&) { last = f; });
    QVERIFY(writeCsv(formulaTable(50), dir.filePath(QStringLiteral("ok.csv")), &progress).ok());
    QCOMPARE(last, 1.0);
}

namespace {

struct CliRun
{
    int code = -1;
    QString out;
    QString err;
};

CliRun runCli(const QStringList& args)
{
    CliRun r;
    QTextStream out(&r.out), err(&r.err);
    // runPrepare directly: cli::run also links every other command (profile needs the stats
    // library). args[0] is "prepare", the program name in help texts as cli::run passes it.
    cli::Context ctx{out, err};
    QStringList rest = args;
    if (!rest.isEmpty())
        rest[0] = QStringLiteral("ppstudio-cli prepare");
    r.code = cli::runPrepare(ctx, rest);
    out.flush();
    err.flush();
    return r;
}

bool writeText(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

/// A pipeline mixing basic steps (branch prep) and advanced ones, ending with resampling.
const char* kPipeline = R"({"version": 1, "steps": [
  {"kind": "expression", "params": {"expression": "x1 * x2 + [x3]", "output": "inter"}},
  {"kind": "standard_scale", "params": {"columns": ["x1", "x2"]}},
  {"kind": "drop_correlated", "params": {"threshold": 0.99}},
  {"kind": "random_oversample", "params": {"seed": 3}}
]})";

} // namespace

void TestPrep2::cliPrepare()
{
    QTemporaryDir dir;
    const QString train = dir.filePath(QStringLiteral("train.csv"));
    const QString test = dir.filePath(QStringLiteral("test.csv"));
    const QString pipeline = dir.filePath(QStringLiteral("p.json"));
    const QString out = dir.filePath(QStringLiteral("out.csv"));
    QVERIFY(writeCsv(formulaTable(90), train).ok());
    QVERIFY(writeCsv(formulaTable(30), test).ok());
    QVERIFY(writeText(pipeline, kPipeline));

    // Fitting on FILE itself: resampling applies (FILE is the training data).
    CliRun r = runCli({QStringLiteral("prepare"), train, QStringLiteral("--pipeline"), pipeline, QStringLiteral("--out"), out,
                       QStringLiteral("--target"), QStringLiteral("cls"), QStringLiteral("--json")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QJsonObject summary = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(summary.value(QStringLiteral("rows_in")).toInt(), 90);
    auto counts = [](const Table& t) {
        std::map<double, int> c;
        for (double v : values(t, QStringLiteral("cls")))
            ++c[v];
        return c;
    };
    const auto before = counts(formulaTable(90));
    const int majority = std::max_element(before.begin(), before.end(), [](auto& a, auto& b) { return a.second < b.second; })->second;
    QCOMPARE(summary.value(QStringLiteral("rows_out")).toInt(), majority * static_cast<int>(before.size()));
    QVERIFY(summary.value(QStringLiteral("columns")).toArray().contains(QStringLiteral("inter")));
    QCOMPARE(summary.value(QStringLiteral("steps")).toArray().size(), 4);
    QVERIFY(summary.value(QStringLiteral("steps")).toArray().at(3).toString().contains(QStringLiteral("→")));
    QVERIFY(summary.value(QStringLiteral("seconds")).isDouble());
    auto written = readCsv(out, ImportOptions());
    QVERIFY(written.ok());
    QCOMPARE(static_cast<int>(written->table.rowCount()), summary.value(QStringLiteral("rows_out")).toInt());

    // Fitted on the training file, replayed on the test file: no resampling, same columns.
    r = runCli({QStringLiteral("prepare"), test, QStringLiteral("--fit-on"), train, QStringLiteral("--pipeline"), pipeline,
                QStringLiteral("--out"), out, QStringLiteral("--target"), QStringLiteral("cls"), QStringLiteral("--json")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QJsonObject replay = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(replay.value(QStringLiteral("rows_in")).toInt(), 30);
    QCOMPARE(replay.value(QStringLiteral("rows_out")).toInt(), 30);
    QCOMPARE(replay.value(QStringLiteral("columns")), summary.value(QStringLiteral("columns")));
    // The scaling was fitted on the training rows: the test file's x1 is not standardised to
    // mean 0 by itself (it is the first 30 rows of the same formulas, which trend upwards).
    written = readCsv(out, ImportOptions());
    QVERIFY(written.ok());
    double mean = 0;
    for (double v : values(written->table, QStringLiteral("x1")))
        mean += v / 30.0;
    QVERIFY(std::fabs(mean) > 0.05);
    // Plain-text summary without --json.
    r = runCli({QStringLiteral("prepare"), test, QStringLiteral("--fit-on"), train, QStringLiteral("--pipeline"), pipeline,
                QStringLiteral("--out"), out, QStringLiteral("--target"), QStringLiteral("cls")});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains(QStringLiteral("30 rows → 30 rows")));
}

void TestPrep2::cliPrepareErrors()
{
    QTemporaryDir dir;
    const QString train = dir.filePath(QStringLiteral("train.csv"));
    const QString pipeline = dir.filePath(QStringLiteral("p.json"));
    const QString out = dir.filePath(QStringLiteral("out.csv"));
    QVERIFY(writeCsv(formulaTable(40), train).ok());
    auto run = [&](const QByteArray& json, const QStringList& extra = {}) {
        writeText(pipeline, json);
        return runCli(QStringList{QStringLiteral("prepare"), train, QStringLiteral("--pipeline"), pipeline, QStringLiteral("--out"), out}
                      + extra);
    };
    // A step naming a column the data lacks: one line with the file, the step and the column.
    CliRun r = run(R"({"steps": [{"kind": "combine", "params": {"left": "x1", "right": "nope"}}]})");
    QCOMPARE(r.code, 2);
    QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
    QVERIFY2(r.err.contains(train) && r.err.contains(QStringLiteral("Combine two columns")) && r.err.contains(QStringLiteral("'nope'")),
             qPrintable(r.err));
    r = run(R"({"steps": [{"kind": "expression", "params": {"expression": "x1 + (x2"}}]})");
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QStringLiteral("missing ')' at position 9")), qPrintable(r.err));
    r = run(R"({"steps": [{"kind": "no_such_step"}]})");
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(pipeline) && r.err.contains(QStringLiteral("no_such_step")), qPrintable(r.err));
    r = run("not json");
    QCOMPARE(r.code, 2);
    r = run(R"({"steps": []})", {QStringLiteral("--target"), QStringLiteral("missing_col")});
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains(QStringLiteral("'missing_col'")));
    // Resampling without a classification target.
    r = run(R"({"steps": [{"kind": "smote"}]})");
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QStringLiteral("SMOTE")), qPrintable(r.err));
    r = runCli({QStringLiteral("prepare"), train});
    QCOMPARE(r.code, 2);
    QVERIFY(!QFile::exists(out));   // nothing written by the failures
}
