// Project files: every stored object round-trips, old files migrate, and newer, damaged or
// foreign files are refused without being changed.
#include "store/project_store.h"
#include "store/sqlite_db.h"
#include "store/table_codec.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <sqlite3.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

using namespace pp;
using namespace pp::store;

namespace {

Table sampleTable()
{
    Table t;
    t.addColumn(Column::numeric(QStringLiteral("spend"), {1.5, std::nan(""), -3.25, 1e300}));
    auto cat = Column::categoricalFromStrings(QStringLiteral("城市"),
                                              {QStringLiteral("北京"), QStringLiteral("上海"), QString(), QStringLiteral("北京")},
                                              {false, false, true, false});
    cat.setRole(ColumnRole::Target);
    t.addColumn(cat);
    t.addColumn(Column::boolean(QStringLiteral("member"), {1, 0, -1, 1}));
    t.addColumn(Column::dateTime(QStringLiteral("joined"), {0, 86400000, kMissingTime, 1704412800000},
                                 QStringLiteral("yyyy-MM-dd")));
    t.addColumn(Column::text(QStringLiteral("review"),
                             {QStringLiteral("great, \"really\"\nyes"), QString(), QStringLiteral("😀"), QString()},
                             {false, true, false, false}));
    auto id = Column::numeric(QStringLiteral("user_id"), {1, 2, 3, 4});
    id.setIdLike(true);
    id.setRole(ColumnRole::Id);
    t.addColumn(id);
    return t;
}

void compareTables(const Table& a, const Table& b)
{
    QCOMPARE(a.columnCount(), b.columnCount());
    QCOMPARE(a.rowCount(), b.rowCount());
    for (std::size_t j = 0; j < a.columnCount(); ++j) {
        QCOMPARE(a.column(j).name(), b.column(j).name());
        QCOMPARE(a.column(j).type(), b.column(j).type());
        QCOMPARE(a.column(j).role(), b.column(j).role());
        QCOMPARE(a.column(j).isIdLike(), b.column(j).isIdLike());
        QCOMPARE(a.column(j).timeFormat(), b.column(j).timeFormat());
        for (std::size_t i = 0; i < a.rowCount(); ++i) {
            QCOMPARE(a.column(j).isMissing(i), b.column(j).isMissing(i));
            QCOMPARE(a.column(j).displayAt(i), b.column(j).displayAt(i));
        }
    }
}

QByteArray fileHash(const QString& path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

void execSql(const QString& path, const char* sql)
{
    sqlite3* db = nullptr;
    QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &db), SQLITE_OK);
    char* err = nullptr;
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, &err);
    if (rc != SQLITE_OK)
        qWarning("%s", err);
    sqlite3_free(err);
    sqlite3_close(db);
    QCOMPARE(rc, SQLITE_OK);
}

bool hasSidecars(const QString& path)
{
    return QFileInfo::exists(path + QStringLiteral("-wal")) || QFileInfo::exists(path + QStringLiteral("-shm"));
}

// Another process reading `path` (in WAL mode) until release() or destruction.
class ReaderProcess
{
public:
    explicit ReaderProcess(const QString& path)
    {
        int ready[2], release[2];
        if (::pipe(ready) != 0 || ::pipe(release) != 0)
            return;
        m_pid = ::fork();
        if (m_pid == 0) {
            ::close(ready[0]);
            ::close(release[1]);  // so that the parent closing its end ends the read below
            sqlite3* db = nullptr;
            char c = 0;
            int rc = sqlite3_open(QFile::encodeName(path).constData(), &db);
            if (rc == SQLITE_OK)
                rc = sqlite3_exec(db, "SELECT count(*) FROM sqlite_master", nullptr, nullptr, nullptr);
            c = rc == SQLITE_OK ? 'r' : 'e';
            (void)!::write(ready[1], &c, 1);
            (void)!::read(release[0], &c, 1);
            sqlite3_close(db);
            ::_exit(rc == SQLITE_OK ? 0 : 1);
        }
        ::close(ready[1]);
        ::close(release[0]);
        m_release = release[1];
        char c = 0;
        m_reading = ::read(ready[0], &c, 1) == 1 && c == 'r';
        ::close(ready[0]);
    }
    ~ReaderProcess() { release(); }
    bool isReading() const { return m_reading; }
    /// Closes the other process's connection; true when it exited cleanly.
    bool release()
    {
        if (m_pid <= 0)
            return false;
        ::close(m_release);
        int status = 0;
        ::waitpid(m_pid, &status, 0);
        m_pid = 0;
        return WIFEXITED(status) && WEXITSTATUS(status) == 0;
    }

private:
    pid_t m_pid = 0;
    int m_release = -1;
    bool m_reading = false;
};

} // namespace

class TestStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tableCodecRoundTrip()
    {
        const Table t = sampleTable();
        auto back = decodeTable(encodeTable(t));
        QVERIFY(back.ok());
        compareTables(t, back.value());
        // Every truncation of the encoding is rejected cleanly.
        const QByteArray bytes = encodeTable(t);
        for (qsizetype cut = 0; cut < bytes.size(); cut += 7)
            QVERIFY(!decodeTable(bytes.left(cut)).ok());
    }

    void datasetsAndPipelines()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.ppsproj"));
        auto store = ProjectStore::open(path, true);
        QVERIFY2(store.ok(), qPrintable(store.error().toString()));
        QCOMPARE(store.value()->schemaVersion(), ProjectStore::kSchemaVersion);
        auto id = store.value()->addDataset(QStringLiteral("sample"), sampleTable(),
                                            QJsonObject{{QStringLiteral("delimiter"), QStringLiteral(",")}}, QString());
        QVERIFY(id.ok());
        auto list = store.value()->datasets();
        QCOMPARE(int(list->size()), 1);
        QCOMPARE(list->front().rows, qint64(4));
        QCOMPARE(list->front().columns, 6);
        QCOMPARE(list->front().importOptions.value(QStringLiteral("delimiter")).toString(), QStringLiteral(","));
        auto loaded = store.value()->loadDataset(id.value());
        QVERIFY(loaded.ok());
        compareTables(sampleTable(), loaded.value());

        const QJsonObject pipeline{{QStringLiteral("version"), 1}, {QStringLiteral("steps"), QJsonArray()}};
        auto pid = store.value()->savePipeline(QStringLiteral("mine"), pipeline);
        QVERIFY(pid.ok());
        QVERIFY(store.value()->savePipeline(QStringLiteral("renamed"), pipeline, pid.value()).ok());
        auto pipelines = store.value()->pipelines();
        QCOMPARE(int(pipelines->size()), 1);
        QCOMPARE(pipelines->front().name, QStringLiteral("renamed"));
        QCOMPARE(pipelines->front().json, pipeline);
        QCOMPARE(store.value()->integrityCheck().value(), QStringLiteral("ok"));
    }

    void runsHistoryModelsAndNotes()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.ppsproj"));
        auto store = ProjectStore::open(path, true).take();
        RunStart start;
        start.name = QStringLiteral("first");
        start.datasetName = QStringLiteral("file.csv");
        start.model = QStringLiteral("gbdt");
        start.task = QStringLiteral("regression");
        start.params = QJsonObject{{QStringLiteral("max_depth"), 6}};
        start.split = QJsonObject{{QStringLiteral("method"), QStringLiteral("random")}};
        start.seed = 7;
        start.device = QStringLiteral("cpu");
        auto id = store->beginRun(start);
        QVERIFY(id.ok());
        // While this process lives, the run is running.
        QCOMPARE(store->run(id.value())->status, QStringLiteral("running"));
        QCOMPARE(store->run(id.value())->trainRows, qint64(-1));
        QCOMPARE(store->run(id.value())->fitSeconds, -1.0);
        QVERIFY(store->run(id.value())->usedParams.isEmpty());
        for (int e = 1; e <= 3; ++e) {
            EpochRecord r;
            r.epoch = e;
            r.trainLoss = 1.0 / e;
            r.validLoss = e == 2 ? std::nan("") : 2.0 / e;
            r.metrics.insert(QStringLiteral("r2"), 0.1 * e);
            r.seconds = e;
            QVERIFY(store->appendHistory(id.value(), r).ok());
        }
        const QJsonObject metrics{{QStringLiteral("test"), QJsonObject{{QStringLiteral("r2"), 0.9}}}};
        const QJsonArray importance{QJsonArray{QStringLiteral("a"), 0.5}};
        RunResolved resolved;
        resolved.task = QStringLiteral("binary");
        resolved.device = QStringLiteral("cuda");
        resolved.params = QJsonObject{{QStringLiteral("max_depth"), 6}, {QStringLiteral("eta"), 0.3}};
        resolved.pipeline = QJsonObject{{QStringLiteral("version"), 1}, {QStringLiteral("steps"), QJsonArray()}};
        resolved.trainRows = 700;
        resolved.validRows = 0;
        resolved.testRows = 200;
        resolved.fitSeconds = 12.5;
        QVERIFY(store->setRunResolved(id.value(), resolved).ok());
        QVERIFY(store->finishRun(id.value(), QStringLiteral("done"), metrics, importance).ok());
        const StoredModel model{"{\"format\":\"b\"}", "{\"steps\":[]}", QByteArray("\x00\x01\x02binary", 9)};
        QVERIFY(store->saveModel(id.value(), model).ok());
        QVERIFY(store->savePredictions(id.value(), QStringLiteral("test"), sampleTable()).ok());
        auto preds = store->loadPredictions(id.value());
        QVERIFY(preds.ok());
        QCOMPARE(preds->first, QStringLiteral("test"));
        compareTables(sampleTable(), preds->second);

        auto run = store->run(id.value());
        QVERIFY(run.ok());
        QCOMPARE(run->status, QStringLiteral("done"));
        QCOMPARE(run->name, QStringLiteral("first"));
        QCOMPARE(run->datasetName, QStringLiteral("file.csv"));
        QCOMPARE(run->params, start.params);
        QCOMPARE(run->usedParams, resolved.params);
        QCOMPARE(run->task, QStringLiteral("binary"));
        QCOMPARE(run->device, QStringLiteral("cuda"));
        QCOMPARE(run->pipeline, resolved.pipeline);
        QCOMPARE(run->trainRows, qint64(700));
        QCOMPARE(run->validRows, qint64(0));
        QCOMPARE(run->testRows, qint64(200));
        QCOMPARE(run->fitSeconds, 12.5);
        QCOMPARE(run->split, start.split);
        QCOMPARE(run->seed, quint64(7));
        QCOMPARE(run->metrics, metrics);
        QCOMPARE(run->importance, importance);
        QVERIFY(run->hasModel);
        auto h = store->history(id.value());
        QCOMPARE(int(h->size()), 3);
        QCOMPARE(h->at(2).trainLoss, 1.0 / 3);
        QVERIFY(std::isnan(h->at(1).validLoss));
        QCOMPARE(h->at(0).metrics.value(QStringLiteral("r2")), 0.1);
        auto m = store->loadModel(id.value());
        QCOMPARE(m->modelBytes, model.modelBytes);
        QCOMPARE(m->bundleJson, model.bundleJson);

        // A run recorded after it trained keeps its training times; an invalid one is left.
        const QString finishedBefore = store->run(id.value())->finished;
        const QDateTime trained = QDateTime::fromString(QStringLiteral("2024-03-01T09:30:00.250Z"), Qt::ISODateWithMs);
        QVERIFY(store->setRunTimes(id.value(), trained, QDateTime()).ok());
        QCOMPARE(QDateTime::fromString(store->run(id.value())->started, Qt::ISODateWithMs), trained);
        QCOMPARE(store->run(id.value())->finished, finishedBefore);

        QVERIFY(store->renameRun(id.value(), QStringLiteral("best")).ok());
        QVERIFY(store->setRunNote(id.value(), QStringLiteral("深度 6 最好")).ok());
        QCOMPARE(store->run(id.value())->note, QStringLiteral("深度 6 最好"));
        QVERIFY(store->setRunDeleted(id.value(), true).ok());
        QCOMPARE(int(store->runs()->size()), 0);
        QVERIFY(store->setRunDeleted(id.value(), false).ok());  // undo
        QCOMPARE(store->runs()->front().name, QStringLiteral("best"));
        QVERIFY(store->setRunDeleted(id.value(), true).ok());
        QVERIFY(store->purgeDeleted().ok());
        QCOMPARE(int(store->runs(true)->size()), 0);
        QVERIFY(!store->loadModel(id.value()).ok());  // cascaded
    }

    void deadProcessMeansInterrupted()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.ppsproj"));
        qint64 id = 0;
        {
            auto store = ProjectStore::open(path, true).take();
            RunStart start;
            start.model = QStringLiteral("mlp");
            id = store->beginRun(start).value();
        }
        // Pretend the run belonged to a process that has exited (pid 1 with another start time).
        execSql(path, "UPDATE runs SET pid = 1, process_start = -12345");
        auto store = ProjectStore::open(path, false).take();
        QCOMPARE(store->run(id)->status, QStringLiteral("interrupted"));
    }

    void concurrentAppendAndRead()
    {
        QTemporaryDir dir;
        auto store = ProjectStore::open(dir.filePath(QStringLiteral("p.ppsproj")), true).take();
        RunStart start;
        start.model = QStringLiteral("mlp");
        const qint64 id = store->beginRun(start).value();
        std::thread writer([&] {
            for (int e = 1; e <= 200; ++e) {
                EpochRecord r;
                r.epoch = e;
                QVERIFY(store->appendHistory(id, r).ok());
            }
        });
        for (int i = 0; i < 50; ++i)
            QVERIFY(store->runs().ok());
        writer.join();
        QCOMPARE(int(store->history(id)->size()), 200);
    }

    void appendsWholeHistoryInOneTransaction()
    {
        // Save Runs to Project writes a finished run's curve at once: one transaction, no
        // heartbeat, all of it or nothing.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.ppsproj"));
        auto store = ProjectStore::open(path, true).take();
        RunStart start;
        start.model = QStringLiteral("mlp");
        const qint64 id = store->beginRun(start).value();
        auto heartbeat = [&]() {
            sqlite3* db = nullptr;
            sqlite3_open(QFile::encodeName(path).constData(), &db);
            sqlite3_stmt* st = nullptr;
            sqlite3_prepare_v2(db, "SELECT heartbeat FROM runs WHERE id = ?1", -1, &st, nullptr);
            sqlite3_bind_int64(st, 1, id);
            QString beat;
            if (sqlite3_step(st) == SQLITE_ROW)
                beat = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(st, 0)));
            sqlite3_finalize(st);
            sqlite3_close(db);
            return beat;
        };
        const QString startBeat = heartbeat();
        QVERIFY(!startBeat.isEmpty());
        std::vector<EpochRecord> records;
        for (int e = 1; e <= 2000; ++e) {
            EpochRecord r;
            r.epoch = e;
            r.trainLoss = 1.0 / e;
            r.validLoss = e % 3 == 0 ? std::nan("") : 2.0 / e;
            r.metrics.insert(QStringLiteral("r2"), 0.001 * e);
            r.seconds = 0.01 * e;
            records.push_back(r);
        }
        QVERIFY(store->appendHistory(id, std::vector<EpochRecord>()).ok());
        QThread::msleep(5);  // a heartbeat would be a later time
        QVERIFY(store->appendHistory(id, records).ok());
        auto h = store->history(id);
        QVERIFY(h.ok());
        QCOMPARE(int(h->size()), 2000);
        QCOMPARE(h->at(0).epoch, 1);
        QCOMPARE(h->at(1999).epoch, 2000);
        QCOMPARE(h->at(9).trainLoss, 0.1);
        QVERIFY(std::isnan(h->at(2).validLoss));
        QCOMPARE(h->at(99).metrics.value(QStringLiteral("r2")), 0.001 * 100);
        QCOMPARE(h->at(99).seconds, 0.01 * 100);
        QCOMPARE(heartbeat(), startBeat);

        // A record that cannot be written: none of the curve is.
        const qint64 other = store->beginRun(start).value();
        execSql(path, "CREATE TRIGGER refuse BEFORE INSERT ON run_history WHEN NEW.epoch = 1500 "
                      "BEGIN SELECT RAISE(ABORT, 'refused'); END;");
        QVERIFY(!store->appendHistory(other, records).ok());
        QCOMPARE(int(store->history(other)->size()), 0);
        QCOMPARE(int(store->history(id)->size()), 2000);
    }

    void migratesFromVersion1()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v1.ppsproj"));
        execSql(path, (schemaV1Sql() + QStringLiteral("PRAGMA application_id=1347441488; PRAGMA user_version=1;"
                                                      "INSERT INTO runs(id, name, model, status, started) "
                                                      "VALUES (5, 'old run', 'ridge', 'done', '2024-01-01T00:00:00Z');"
                                                      "INSERT INTO runs(id, name, model, task, params, status, started) "
                                                      "VALUES (6, 'auto run', 'ridge', 'auto', '{}', 'done', "
                                                      "'2024-01-02T00:00:00Z');"
                                                      "INSERT INTO models(run_id, bundle, pipeline, model, created) "
                                                      "VALUES (6, '{\"task\":\"regression\",\"params\":{\"alpha\":1}}', "
                                                      "'{}', x'00', '2024-01-02T00:00:00Z');"))
                          .toUtf8()
                          .constData());
        auto store = ProjectStore::open(path, false);
        QVERIFY2(store.ok(), qPrintable(store.error().toString()));
        QCOMPARE(store.value()->schemaVersion(), ProjectStore::kSchemaVersion);
        auto run = store.value()->run(5);
        QVERIFY(run.ok());
        QCOMPARE(run->name, QStringLiteral("old run"));
        QCOMPARE(run->status, QStringLiteral("done"));
        QVERIFY(!run->deleted);
        QCOMPARE(run->trainRows, qint64(-1));  // not recorded before format 3
        QCOMPARE(run->fitSeconds, -1.0);
        QVERIFY(run->usedParams.isEmpty());
        // A stored model bundle knows the task and every parameter of a run started as "auto".
        auto resolved = store.value()->run(6);
        QVERIFY(resolved.ok());
        QCOMPARE(resolved->task, QStringLiteral("regression"));
        QCOMPARE(resolved->usedParams, (QJsonObject{{QStringLiteral("alpha"), 1}}));
        QCOMPARE(resolved->params, QJsonObject());
        QCOMPARE(store.value()->integrityCheck().value(), QStringLiteral("ok"));
    }

    void refusesNewerDamagedAndForeignFiles_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("newer-schema") << "newer" << "newer version";
        QTest::newRow("newer-schema-wal") << "newer-wal" << "newer version";
        QTest::newRow("garbage") << "garbage" << "damaged";
        QTest::newRow("truncated") << "truncated" << "damaged";
        QTest::newRow("truncated-wal") << "truncated-wal" << "damaged";
        QTest::newRow("foreign-sqlite") << "foreign" << "not a Purchasing Power Studio project";
    }

    void refusesNewerDamagedAndForeignFiles()
    {
        QFETCH(QString, kind);
        QFETCH(QString, messagePart);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("x.ppsproj"));
        if (kind.startsWith(QLatin1String("newer")) || kind.startsWith(QLatin1String("truncated"))) {
            {
                auto store = ProjectStore::open(path, true).take();
                for (int i = 0; i < 20; ++i)
                    store->addDataset(QStringLiteral("d"), sampleTable(), {}, QString());
            }
            // "-wal": the file stays in WAL mode (as projects are), so that even reading it
            // needs -wal and -shm files next to it.
            if (!kind.endsWith(QLatin1String("-wal")))
                execSql(path, "PRAGMA journal_mode=DELETE;");
            if (kind.startsWith(QLatin1String("newer"))) {
                execSql(path, "PRAGMA user_version=99;");
            } else {
                QFile f(path);
                QVERIFY(f.open(QIODevice::ReadWrite));
                QVERIFY(f.resize(f.size() / 2));
            }
        } else if (kind == QLatin1String("garbage")) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray(8192, 'x'));
        } else {
            execSql(path, "CREATE TABLE customers(id INTEGER);");
        }
        const QByteArray before = fileHash(path);
        auto store = ProjectStore::open(path, false);
        QVERIFY(!store.ok());
        QVERIFY2(store.error().message.contains(messagePart), qPrintable(store.error().message));
        QCOMPARE(store.error().file, path);
        QCOMPARE(fileHash(path), before);
        // Nor is anything left next to it.
        QVERIFY(!hasSidecars(path));
    }

    void refusalLeavesOtherConnectionsFiles()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("x.ppsproj"));
        {
            auto store = ProjectStore::open(path, true).take();
            store->addDataset(QStringLiteral("d"), sampleTable(), {}, QString());
        }
        execSql(path, "PRAGMA user_version=99;");
        QVERIFY(!hasSidecars(path));
        {
            // A newer version has the project open: its -wal and -shm stay, and it goes on.
            ReaderProcess newer(path);
            QVERIFY(newer.isReading());
            QVERIFY(hasSidecars(path));
            QVERIFY(!ProjectStore::open(path, false).ok());
            QVERIFY(QFileInfo::exists(path + QStringLiteral("-wal")));
            QVERIFY(QFileInfo::exists(path + QStringLiteral("-shm")));
            QVERIFY(newer.release());
        }
        QVERIFY(!hasSidecars(path));  // the last connection removed them
        {
            // Another process that connects after the files were noted as new keeps them too.
            const WalSidecars sidecars(path);
            ReaderProcess newer(path);
            QVERIFY(newer.isReading());
            sidecars.removeNew();
            QVERIFY(QFileInfo::exists(path + QStringLiteral("-wal")));
            QVERIFY(QFileInfo::exists(path + QStringLiteral("-shm")));
            QVERIFY(newer.release());
        }
        QVERIFY(!hasSidecars(path));
    }

    void saveCopyAs()
    {
        QTemporaryDir dir;
        auto store = ProjectStore::open(dir.filePath(QStringLiteral("a.ppsproj")), true).take();
        store->addDataset(QStringLiteral("d"), sampleTable(), {}, QString());
        const QString copy = dir.filePath(QStringLiteral("b.ppsproj"));
        QVERIFY(store->saveCopyAs(copy).ok());
        auto other = ProjectStore::open(copy, false);
        QVERIFY(other.ok());
        QCOMPARE(int(other.value()->datasets()->size()), 1);
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
