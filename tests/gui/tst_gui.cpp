// GUI tests: the real main window, Data page, import dialog and job runner, offscreen.
// Waits are on signals and conditions (QSignalSpy, QTRY_*), never fixed sleeps.

#include "dialogs/import_dialog.h"
#include "dialogs/warnings_dialog.h"
#include "job_runner.h"
#include "main_window.h"
#include "models/column_list_model.h"
#include "models/table_model.h"
#include "pages/data_page.h"
#include "pages/explore_page.h"
#include "recent_files.h"
#include "screenshot_runner.h"
#include "session.h"
#include "settings.h"
#include "widgets/empty_state.h"
#include "widgets/profile_chart.h"
#include "widgets/profile_panel.h"

#include <QAbstractSeries>
#include <QApplication>
#include <QChart>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QItemSelectionModel>
#include <QLocale>
#include <QMessageBox>
#include <QMimeData>
#include <QUrl>
#include <QPlainTextEdit>
#include <QProcess>
#include <QRadioButton>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QToolButton>
#include <QTranslator>
#include <QTreeView>

#include <atomic>
#include <cmath>
#include <memory>

using namespace pp;

namespace {

QString dataFile(const char* name) { return QStringLiteral(PP_TEST_DATA_DIR "/") + QString::fromUtf8(name); }

// Writes a delimited file of `rows` rows, big enough that loading it takes a while.
bool writeLargeCsv(const QString& path, int rows)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    QByteArray chunk;
    chunk.reserve(1 << 20);
    chunk += "id,amount,visits,segment,ratio\n";
    for (int i = 0; i < rows; ++i) {
        chunk += QByteArray::number(i + 1) + ',' + QByteArray::number((i * 37) % 1000 + 0.25) + ','
                 + QByteArray::number(i % 17) + ',' + (i % 3 == 0 ? "gold" : i % 3 == 1 ? "silver" : "bronze") + ','
                 + QByteArray::number((i % 101) / 101.0) + '\n';
        if (chunk.size() > (1 << 20) - 128) {
            f.write(chunk);
            chunk.clear();
        }
    }
    f.write(chunk);
    return true;
}

// Closes the message boxes a window has opened (non-blocking ones, shown with open()).
void closeMessageBoxes(QWidget* window)
{
    for (QMessageBox* box : window->findChildren<QMessageBox*>())
        box->close();
}

// With PP_TEST_SCREENSHOTS=DIR, widgets a test shows are also saved there, for a person to
// look at (the application's own --screenshots covers the main window only).
void saveForReview(QWidget* widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("PP_TEST_SCREENSHOTS");
    if (!dir.isEmpty() && QDir().mkpath(dir))
        widget->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

bool isNonUniform(const QImage& image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7) {
        for (int x = 0; x < image.width(); x += 7) {
            colours.insert(image.pixel(x, y));
            if (colours.size() > 20)
                return true;
        }
    }
    return false;
}

} // namespace

class TestGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void settingRoundTrip();
    void jobRunnerDeliversResult();
    void jobRunnerCancel();
    void jobRunnerSupersedes();

    void openCsvShowsTable();
    void selectColumnShowsProfile();
    void categoricalProfileShowsTopValues();
    void cancelLoadKeepsTable();
    void cancelProfileOffersRetry();
    void badFileShowsError();
    void raggedFileShowsWarnings();
    void dropFileOpensIt();
    void recentFiles();
    void largeTableModel();
    void importDialogPreviewFollowsDelimiter();
    void importDialogOptionsImport();
    void importDialogWorkbookSheets();
    void importDialogSqliteTablesAndQuery();
    void placeholderPages();
    void screenshotsInProcess();
    void screenshotsCommandLine();
    void chineseTranslationLoads();

private:
    QTemporaryDir m_settingsDir;
};

void TestGui::initTestCase()
{
    // Settings of the test run go to a throw-away folder, never to the user's.
    QVERIFY(m_settingsDir.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("ppstudio-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_gui"));
}

void TestGui::init() { QSettings().clear(); }

void TestGui::settingRoundTrip()
{
    QCOMPARE(kRecentFiles.get(), QStringList());
    kRecentFiles.set({QStringLiteral("/a.csv"), QStringLiteral("/b.csv")});
    QCOMPARE(kRecentFiles.get(), QStringList({QStringLiteral("/a.csv"), QStringLiteral("/b.csv")}));
    QCOMPARE(QSettings().value(QStringLiteral("data/recentFiles")).toStringList().size(), 2);
    kRecentFiles.reset();
    QCOMPARE(kRecentFiles.get(), QStringList());
}

void TestGui::jobRunnerDeliversResult()
{
    JobRunner runner;
    QSignalSpy idle(&runner, &JobRunner::idle);
    int received = 0;
    runner.run<int>(
        QStringLiteral("sum"), QStringLiteral("Summing"),
        [](JobControl* job) {
            int s = 0;
            for (int i = 1; i <= 100; ++i) {
                s += i;
                job->setProgress(i / 100.0);
            }
            return s;
        },
        this, [&received](int value) { received = value; });
    QVERIFY(runner.isBusy());
    QVERIFY(runner.isRunning(QStringLiteral("sum")));
    QTRY_COMPARE(idle.count(), 1);
    QCOMPARE(received, 5050);
    QVERIFY(!runner.isBusy());
}

void TestGui::jobRunnerCancel()
{
    JobRunner runner;
    QSignalSpy finished(&runner, &JobRunner::jobFinished);
    QSignalSpy progress(&runner, &JobRunner::jobProgress);
    bool delivered = false;
    // Runs until cancelled, reporting progress: only cancel() can end it.
    runner.run<int>(
        QStringLiteral("endless"), QStringLiteral("Waiting"),
        [](JobControl* job) {
            double p = 0.0;
            while (!job->isCancelled()) {
                p = std::fmod(p + 0.01, 1.0);
                job->setProgress(p);
                QThread::usleep(200);
            }
            return 0;
        },
        this, [&delivered](int) { delivered = true; });
    QTRY_VERIFY(progress.count() > 0);  // progress reaches the GUI thread
    QCOMPARE(runner.runningJobs().size(), 1);
    runner.cancel(QStringLiteral("endless"));
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.first().at(1).toBool(), false);
    QVERIFY(!runner.isBusy());
    QTRY_COMPARE(runner.activeWorkerCount(), 0);  // the worker saw the cancel and returned
    QVERIFY(!delivered);
}

void TestGui::jobRunnerSupersedes()
{
    JobRunner runner;
    std::atomic<bool> release{false};
    QList<int> delivered;
    auto work = [&release](int value) {
        return std::function<int(JobControl*)>([&release, value](JobControl* job) {
            while (!release && !job->isCancelled())
                QThread::usleep(200);
            return value;
        });
    };
    runner.run<int>(QStringLiteral("k"), QString(), work(1), this, [&delivered](int v) { delivered << v; });
    runner.run<int>(QStringLiteral("k"), QString(), work(2), this, [&delivered](int v) { delivered << v; });
    QCOMPARE(runner.runningJobs().size(), 1);  // one job per kind
    release = true;
    QTRY_COMPARE(runner.activeWorkerCount(), 0);
    QCOMPARE(delivered, QList<int>({2}));  // the superseded job's result is dropped
}

void TestGui::openCsvShowsTable()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    Session* session = window.session();
    QSignalSpy changed(session, &Session::datasetChanged);
    window.dataPage()->openFile(dataFile("customers.csv"));
    QVERIFY(session->isLoading());
    QTRY_COMPARE(changed.count(), 1);

    TableModel* model = window.dataPage()->tableModel();
    QCOMPARE(model->rowCount(), 10);
    QCOMPARE(model->columnCount(), 6);
    QCOMPARE(model->headerData(2, Qt::Horizontal).toString(), QStringLiteral("city"));
    QVERIFY(model->headerData(3, Qt::Horizontal, Qt::ToolTipRole).toString().contains(QStringLiteral("annual_spend")));
    QCOMPARE(model->index(0, 2).data().toString(), QStringLiteral("Shanghai"));
    QCOMPARE(model->index(5, 2).data().toString(), QStringLiteral("杭州"));  // UTF-8 text
    QCOMPARE(model->index(0, 3).data().toString(), QStringLiteral("1250.5"));
    QCOMPARE(model->index(0, 3).data(int(TableRole::NumericValue)).toDouble(), 1250.5);
    QCOMPARE(model->index(0, 3).data(int(TableRole::ColumnType)).toInt(), int(ColumnType::Numeric));
    QCOMPARE(model->index(0, 3).data(Qt::TextAlignmentRole).toInt() & Qt::AlignRight, int(Qt::AlignRight));
    // Row 3 has no annual_spend, row 4 no city: missing, shown as a grey dash.
    QCOMPARE(model->index(2, 3).data(int(TableRole::Missing)).toBool(), true);
    QCOMPARE(model->index(2, 3).data().toString(), TableModel::missingText());
    QVERIFY(model->index(2, 3).data(Qt::ForegroundRole).isValid());
    QVERIFY(!model->index(2, 3).data(int(TableRole::NumericValue)).isValid());
    QCOMPARE(model->index(3, 2).data(int(TableRole::Missing)).toBool(), true);
    QCOMPARE(model->index(0, 3).data(int(TableRole::Missing)).toBool(), false);

    QCOMPARE(window.dataPage()->columnListModel()->rowCount(), 6);
    const QString summary = window.dataPage()->summaryText();
    QVERIFY2(summary.contains(QStringLiteral("customers.csv")), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("10")), qPrintable(summary));
    QVERIFY(window.windowTitle().contains(QStringLiteral("customers.csv")));
    QVERIFY(window.findChild<QMessageBox*>(QStringLiteral("loadWarningsBox")) == nullptr);  // clean file
}

void TestGui::selectColumnShowsProfile()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    Session* session = window.session();
    window.dataPage()->openFile(dataFile("customers.csv"));
    QTRY_VERIFY(session->profile() != nullptr);

    // Click "annual_spend" (column 4) in the column list, as a user would.
    QTreeView* list = window.dataPage()->columnList();
    const QModelIndex item = list->model()->index(3, ColumnListModel::NameField);
    list->scrollTo(item);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(item).center());
    QCOMPARE(window.dataPage()->selectedColumn(), 3);
    QVERIFY(window.dataPage()->tableView()->selectionModel()->isColumnSelected(3, QModelIndex()));

    // Expected values computed independently with Python's statistics module over the
    // nine non-missing annual_spend values of tests/gui/data/customers.csv:
    //   statistics.mean(v) = 1869.75, statistics.stdev(v) = 935.0625563966296 (n - 1),
    //   statistics.median(v) = 1575.5; one value is missing.
    ProfilePanel* panel = window.dataPage()->profilePanel();
    QCOMPARE(panel->valueText(QStringLiteral("count")), QStringLiteral("9"));
    bool ok = false;
    QCOMPARE(QLocale().toDouble(panel->valueText(QStringLiteral("mean")), &ok), 1869.75);
    QVERIFY(ok);
    QVERIFY(std::abs(QLocale().toDouble(panel->valueText(QStringLiteral("std")), &ok) - 935.0625563966296) < 0.01);
    QVERIFY(ok);
    QCOMPARE(QLocale().toDouble(panel->valueText(QStringLiteral("median")), &ok), 1575.5);
    QVERIFY(panel->valueText(QStringLiteral("missing")).startsWith(QStringLiteral("1 ")));
    // A numeric column gets a histogram with a translated title and axis titles.
    QChart* chart = panel->chart()->chart();
    QVERIFY(chart->title().contains(QStringLiteral("annual_spend")));
    QCOMPARE(chart->series().size(), 1);
    QCOMPARE(chart->series().first()->type(), QAbstractSeries::SeriesTypeArea);
    QCOMPARE(chart->axes(Qt::Vertical).size(), 1);
    QVERIFY(!chart->axes(Qt::Vertical).first()->titleText().isEmpty());
    QVERIFY(!chart->axes(Qt::Horizontal).first()->titleText().isEmpty());

    // Clicking a cell of another column in the table selects that column in the list.
    QTableView* table = window.dataPage()->tableView();
    const QModelIndex cell = table->model()->index(0, 1);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(cell).center());
    QCOMPARE(window.dataPage()->selectedColumn(), 1);
    // age: Python statistics.mean([34,27,45,31,52,38,29,41,36,47]) = 38
    QCOMPARE(panel->valueText(QStringLiteral("mean")), QStringLiteral("38"));
}

void TestGui::categoricalProfileShowsTopValues()
{
    MainWindow window;
    window.show();
    window.dataPage()->openFile(dataFile("customers.csv"));
    QTRY_VERIFY(window.session()->profile() != nullptr);
    window.dataPage()->selectColumn(2);  // city: Shanghai ×3, Beijing ×2, one missing
    ProfilePanel* panel = window.dataPage()->profilePanel();
    QCOMPARE(panel->valueText(QStringLiteral("count")), QStringLiteral("9"));
    QCOMPARE(panel->valueText(QStringLiteral("unique")), QStringLiteral("6"));
    QVERIFY(panel->valueText(QStringLiteral("top")).startsWith(QStringLiteral("Shanghai")));
    QVERIFY(panel->valueText(QStringLiteral("mean")).isEmpty());  // not applicable: hidden
    QChart* chart = panel->chart()->chart();
    QCOMPARE(chart->series().size(), 1);
    QCOMPARE(chart->series().first()->type(), QAbstractSeries::SeriesTypeHorizontalBar);
}

void TestGui::cancelLoadKeepsTable()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString big = dir.filePath(QStringLiteral("big.csv"));
    QVERIFY(writeLargeCsv(big, 300000));

    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    Session* session = window.session();
    window.dataPage()->openFile(dataFile("customers.csv"));
    QTRY_VERIFY(session->hasData() && !window.jobs()->isBusy());
    const std::shared_ptr<const Table> before = session->table();

    QSignalSpy cancelled(session, &Session::loadCancelled);
    QSignalSpy changed(session, &Session::datasetChanged);
    window.dataPage()->openFile(big);
    QVERIFY(session->isLoading());
    auto* cancel = window.findChild<QToolButton*>(QStringLiteral("cancelButton"));
    QVERIFY(cancel);
    QVERIFY(cancel->isVisible());
    QTest::mouseClick(cancel, Qt::LeftButton);

    QCOMPARE(cancelled.count(), 1);
    QVERIFY(!session->isLoading());
    QVERIFY(!cancel->isVisible());
    // Wait for the worker itself to return: its result must not replace the table.
    QTRY_COMPARE_WITH_TIMEOUT(window.jobs()->activeWorkerCount(), 0, 30000);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(session->table(), before);
    QCOMPARE(window.dataPage()->tableModel()->rowCount(), 10);

    // Still usable: another load goes through.
    window.dataPage()->openFile(dataFile("semicolon.csv"));
    QTRY_COMPARE(changed.count(), 1);
    QCOMPARE(window.dataPage()->tableModel()->rowCount(), 4);
}

void TestGui::cancelProfileOffersRetry()
{
    MainWindow window;
    window.show();
    Session* session = window.session();
    // Cancel profiling as soon as it starts. Queued: the cancel is posted when the job starts,
    // so it is handled before the job's own "finished" event, however fast the job is.
    QSignalSpy profileChanged(session, &Session::profileChanged);
    const auto connection = connect(
        window.jobs(), &JobRunner::jobStarted, this,
        [&window](const QString& kind) {
            if (kind == JobKind::Profile)
                window.jobs()->cancel(kind);
        },
        Qt::QueuedConnection);
    window.dataPage()->openFile(dataFile("customers.csv"));
    QTRY_VERIFY(session->hasData() && !session->isProfiling());
    disconnect(connection);
    QTRY_COMPARE(window.jobs()->activeWorkerCount(), 0);
    QVERIFY(!session->profile());
    QVERIFY(!session->profileError().isEmpty());
    ProfilePanel* panel = window.dataPage()->profilePanel();
    QVERIFY(panel->valueText(QStringLiteral("count")).isEmpty());
    // "Compute again" (the panel's link) brings the statistics back.
    Q_EMIT panel->retryRequested();
    QTRY_VERIFY(session->profile() != nullptr);
    QVERIFY(session->profileError().isEmpty());
    QCOMPARE(panel->valueText(QStringLiteral("count")), QStringLiteral("10"));
}

void TestGui::badFileShowsError()
{
    MainWindow window;
    window.show();
    Session* session = window.session();
    window.dataPage()->openFile(dataFile("customers.csv"));
    QTRY_VERIFY(session->hasData());

    QSignalSpy failed(session, &Session::loadFailed);
    window.dataPage()->openFile(dataFile("does_not_exist.csv"));
    QTRY_COMPARE(failed.count(), 1);
    QMessageBox* box = nullptr;
    QTRY_VERIFY((box = window.findChild<QMessageBox*>(QStringLiteral("loadErrorBox"))) != nullptr);
    QVERIFY2(box->text().startsWith(QStringLiteral("Error opening '")), qPrintable(box->text()));
    QVERIFY(box->text().contains(QStringLiteral("does_not_exist.csv")));
    QVERIFY(box->isVisible());
    box->close();
    QCOMPARE(window.dataPage()->tableModel()->rowCount(), 10);  // the previous data stays

    // Binary garbage must not crash anything: it loads (as text) or fails cleanly.
    QTemporaryDir dir;
    const QString junk = dir.filePath(QStringLiteral("junk.csv"));
    QFile f(junk);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QByteArray bytes;
    for (int i = 0; i < 4096; ++i)
        bytes.append(static_cast<char>((i * 7919) % 256));
    f.write(bytes);
    f.close();
    QSignalSpy changed(session, &Session::datasetChanged);
    window.dataPage()->openFile(junk);
    QTRY_VERIFY(changed.count() + failed.count() == 2);
    closeMessageBoxes(&window);
}

void TestGui::raggedFileShowsWarnings()
{
    MainWindow window;
    window.show();
    window.dataPage()->openFile(dataFile("ragged.csv"));
    QTRY_VERIFY(window.session()->hasData());
    QVERIFY(!window.session()->importWarnings().empty());
    auto* button = window.findChild<QToolButton*>(QStringLiteral("warningsButton"));
    QVERIFY(button && button->isVisible());
    QMessageBox* box = nullptr;
    QTRY_VERIFY((box = window.findChild<QMessageBox*>(QStringLiteral("loadWarningsBox"))) != nullptr);
    QVERIFY(!box->detailedText().isEmpty());
    QVERIFY2(box->detailedText().contains(QStringLiteral("line 3")), qPrintable(box->detailedText()));  // four fields
    saveForReview(&window, QStringLiteral("ragged_main_window"));
    window.dataPage()->showWarnings();
    auto* warnings = window.findChild<WarningsDialog*>();
    QVERIFY(warnings);
    QCOMPARE(warnings->findChild<QTableWidget*>(QStringLiteral("warningsTable"))->rowCount(),
             static_cast<int>(window.session()->importWarnings().size()));
    saveForReview(warnings, QStringLiteral("warnings_dialog"));
    warnings->close();
    closeMessageBoxes(&window);
}

void TestGui::dropFileOpensIt()
{
    MainWindow window;
    window.show();
    window.setCurrentPage(MainWindow::Page::Results);
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(dataFile("semicolon.csv"))});
    const QPoint centre = window.rect().center();
    QDragEnterEvent enter(centre, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(centre), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &drop);
    QCOMPARE(window.currentPage(), MainWindow::Page::Data);
    QTRY_VERIFY(window.session()->hasData());
    QCOMPARE(window.session()->path(), QFileInfo(dataFile("semicolon.csv")).absoluteFilePath());

    // Something that is not a local file is refused.
    QMimeData text;
    text.setText(QStringLiteral("hello"));
    QDragEnterEvent refused(centre, Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &refused);
    QVERIFY(!refused.isAccepted());
}

void TestGui::recentFiles()
{
    kRecentFiles.set({QStringLiteral("/no/such/file.csv")});
    MainWindow window;
    window.dataPage()->openFile(dataFile("customers.csv"));
    QTRY_VERIFY(window.session()->hasData());
    const QStringList files = recent::files();
    QCOMPARE(files.size(), 1);  // the missing file was dropped
    QCOMPARE(files.first(), QFileInfo(dataFile("customers.csv")).absoluteFilePath());
    for (int i = 0; i < 15; ++i)
        recent::add(dataFile(i % 2 ? "semicolon.csv" : "ragged.csv"));
    QCOMPARE(recent::files().size(), 3);  // no duplicates
    QCOMPARE(recent::files().first(), QFileInfo(dataFile("ragged.csv")).absoluteFilePath());
}

void TestGui::largeTableModel()
{
    // A million rows: the model only formats what is asked for.
    constexpr std::size_t rows = 1000000;
    std::vector<double> values(rows);
    for (std::size_t i = 0; i < rows; ++i)
        values[i] = (i % 10 == 0) ? std::nan("") : static_cast<double>(i) * 0.5;
    auto table = std::make_shared<Table>();
    table->addColumn(Column::numeric(QStringLiteral("x"), std::move(values)));
    TableModel model;
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setTable(table);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 1000000);
    QCOMPARE(model.index(999999, 0).data().toString(), QStringLiteral("499999.5"));
    QCOMPARE(model.index(999990, 0).data(int(TableRole::Missing)).toBool(), true);

    QTableView view;
    view.setModel(&model);
    view.resize(400, 300);
    view.show();
    view.scrollToBottom();
    QVERIFY(view.rowAt(view.viewport()->height() - 2) > 999000);
}

void TestGui::importDialogPreviewFollowsDelimiter()
{
    JobRunner runner;
    ImportDialog dialog(dataFile("semicolon.csv"), ImportOptions(), &runner);
    QSignalSpy updated(&dialog, &ImportDialog::previewUpdated);
    dialog.show();
    QTRY_COMPARE(updated.count(), 1);
    // Detected: semicolon-delimited, three columns, first ImportDialog::kPreviewRows rows.
    QCOMPARE(dialog.previewModel()->columnCount(), 3);
    QCOMPARE(dialog.previewModel()->rowCount(), 4);
    QCOMPARE(dialog.previewModel()->index(1, 0).data().toString(), QStringLiteral("teapot"));
    QVERIFY2(dialog.detectedText().contains(QStringLiteral("semicolon")), qPrintable(dialog.detectedText()));
    saveForReview(&dialog, QStringLiteral("import_dialog_semicolon"));

    // Choose comma: one change, one (debounced) preview with a single column.
    auto* delimiter = dialog.findChild<QComboBox*>(QStringLiteral("delimiterCombo"));
    QVERIFY(delimiter);
    delimiter->setCurrentIndex(delimiter->findData(int(',')));
    QVERIFY(dialog.isPreviewPending());
    QTRY_COMPARE(updated.count(), 2);
    QCOMPARE(dialog.previewModel()->columnCount(), 1);
    QCOMPARE(dialog.options().delimiter, ',');
    QVERIFY2(dialog.detectedText().contains(QStringLiteral("comma")), qPrintable(dialog.detectedText()));

    // Rapid changes are debounced into one preview.
    delimiter->setCurrentIndex(delimiter->findData(int('\t')));
    delimiter->setCurrentIndex(delimiter->findData(int(';')));
    QTRY_COMPARE(updated.count(), 3);
    QCOMPARE(dialog.previewModel()->columnCount(), 3);
    QVERIFY(!dialog.isPreviewPending());
}

void TestGui::importDialogOptionsImport()
{
    MainWindow window;
    window.show();
    window.dataPage()->showImportOptions(dataFile("customers.csv"));
    ImportDialog* dialog = window.dataPage()->importDialog();
    QVERIFY(dialog);
    QSignalSpy updated(dialog, &ImportDialog::previewUpdated);
    QTRY_VERIFY(updated.count() >= 1);
    // Override the type of "age" to categorical, then import.
    auto* types = dialog->findChild<QTableWidget*>(QStringLiteral("typesTable"));
    QVERIFY(types);
    QCOMPARE(types->rowCount(), 6);
    auto* ageType = qobject_cast<QComboBox*>(types->cellWidget(1, 1));
    QVERIFY(ageType);
    ageType->setCurrentIndex(ageType->findData(int(ColumnType::Categorical)));
    QCOMPARE(dialog->options().typeOverrides.value(QStringLiteral("age")), ColumnType::Categorical);
    QSignalSpy changed(window.session(), &Session::datasetChanged);
    dialog->accept();
    saveForReview(dialog, QStringLiteral("import_dialog_types"));
    QTRY_COMPARE(changed.count(), 1);
    QCOMPARE(window.session()->table()->column(1).type(), ColumnType::Categorical);
    QCOMPARE(window.session()->importOptions().typeOverrides.size(), 1);
}

void TestGui::importDialogWorkbookSheets()
{
    // tests/gui/data/multi_sheet.xlsx (copied from the import tests): sheets Orders (order,
    // amount; 3 rows), Customers (name, age; 2 rows), Hidden, 汇总.
    JobRunner runner;
    ImportDialog dialog(dataFile("multi_sheet.xlsx"), ImportOptions(), &runner);
    QSignalSpy updated(&dialog, &ImportDialog::previewUpdated);
    dialog.show();
    QTRY_COMPARE(updated.count(), 1);
    QVERIFY2(dialog.previewError().isEmpty(), qPrintable(dialog.previewError()));
    auto* sheet = dialog.findChild<QComboBox*>(QStringLiteral("sheetCombo"));
    QVERIFY(sheet && sheet->isVisible());
    QStringList sheets;
    for (int i = 0; i < sheet->count(); ++i)
        sheets << sheet->itemText(i);
    QCOMPARE(sheets, QStringList({QStringLiteral("Orders"), QStringLiteral("Customers"), QStringLiteral("Hidden"),
                                  QStringLiteral("汇总")}));
    QVERIFY(!dialog.findChild<QComboBox*>(QStringLiteral("delimiterCombo"))->isVisible());  // text options hidden
    QCOMPARE(dialog.previewModel()->rowCount(), 3);
    QCOMPARE(dialog.previewModel()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("order"));

    sheet->setCurrentIndex(1);
    QTRY_COMPARE(updated.count(), 2);
    QCOMPARE(dialog.previewModel()->rowCount(), 2);
    QCOMPARE(dialog.previewModel()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("name"));
    QCOMPARE(dialog.options().sheet, QStringLiteral("Customers"));
}

void TestGui::importDialogSqliteTablesAndQuery()
{
    // tests/gui/data/shop.sqlite (written by Python's sqlite3): customers (id, name, spend;
    // 3 rows) and orders (order_id, customer_id, amount, channel; 4 rows).
    JobRunner runner;
    ImportDialog dialog(dataFile("shop.sqlite"), ImportOptions(), &runner);
    QSignalSpy updated(&dialog, &ImportDialog::previewUpdated);
    dialog.show();
    QTRY_COMPARE(updated.count(), 1);
    QVERIFY2(dialog.previewError().isEmpty(), qPrintable(dialog.previewError()));
    auto* table = dialog.findChild<QComboBox*>(QStringLiteral("tableCombo"));
    QVERIFY(table && table->isVisible());
    QVERIFY(table->findText(QStringLiteral("customers")) >= 0);
    QVERIFY(table->findText(QStringLiteral("orders")) >= 0);

    table->setCurrentIndex(table->findText(QStringLiteral("orders")));
    QTRY_COMPARE(updated.count(), 2);
    QCOMPARE(dialog.previewModel()->columnCount(), 4);
    QCOMPARE(dialog.previewModel()->rowCount(), 4);
    QCOMPARE(dialog.options().table, QStringLiteral("orders"));

    // A query instead of a table.
    auto* queryMode = dialog.findChildren<QRadioButton*>().last();
    QTest::mouseClick(queryMode, Qt::LeftButton, {}, QPoint(4, queryMode->height() / 2));
    QVERIFY(queryMode->isChecked());
    auto* query = dialog.findChild<QPlainTextEdit*>(QStringLiteral("queryEdit"));
    query->setPlainText(QStringLiteral("SELECT name, spend FROM customers WHERE spend > 100"));
    // The radio toggle and the text edit fall into one debounce window: one more preview.
    QTRY_COMPARE(updated.count(), 3);
    QVERIFY(!dialog.isPreviewPending());
    QVERIFY2(dialog.previewError().isEmpty(), qPrintable(dialog.previewError()));
    QCOMPARE(dialog.previewModel()->columnCount(), 2);
    QCOMPARE(dialog.previewModel()->rowCount(), 2);
    QVERIFY(dialog.options().table.isEmpty());
    QCOMPARE(dialog.options().query, QStringLiteral("SELECT name, spend FROM customers WHERE spend > 100"));
}

void TestGui::placeholderPages()
{
    MainWindow window;
    auto* explore = qobject_cast<ExplorePage*>(window.pageWidget(MainWindow::Page::Explore));
    QVERIFY(explore);
    QCOMPARE(explore->emptyState()->text(), QStringLiteral("Load a dataset on the Data page first."));
    QVERIFY(window.setCurrentPage(QStringLiteral("explore")));
    QCOMPARE(window.currentPage(), MainWindow::Page::Explore);
    Q_EMIT explore->emptyState()->actionTriggered();  // "Go to the Data page"
    QCOMPARE(window.currentPage(), MainWindow::Page::Data);
    QVERIFY(!window.setCurrentPage(QStringLiteral("nonsense")));

    window.dataPage()->openFile(dataFile("customers.csv"));
    QTRY_VERIFY(window.session()->hasData());
    QVERIFY(explore->emptyState()->text().contains(QStringLiteral("customers.csv")));
}

void TestGui::screenshotsInProcess()
{
    QTemporaryDir dir;
    MainWindow window;
    window.setAttribute(Qt::WA_DontShowOnScreen);
    window.resize(1280, 800);
    window.show();
    window.openFile(dataFile("customers.csv"));
    ScreenshotRunner runner(&window, dir.path());
    QSignalSpy finished(&runner, &ScreenshotRunner::finished);
    runner.start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    QCOMPARE(finished.first().first().toInt(), 0);
    // One picture per page, plus one per view of the pages that have several (ScreenshotViews).
    QVERIFY(runner.writtenFiles().size() >= MainWindow::pageNames().size());
    for (const QString& page : MainWindow::pageNames()) {
        const QImage image(QDir(dir.path()).filePath(page + QStringLiteral(".png")));
        QVERIFY2(!image.isNull(), qPrintable(page));
        QCOMPARE(image.size(), QSize(1280, 800));
        QVERIFY2(isNonUniform(image), qPrintable(page));
    }
}

void TestGui::screenshotsCommandLine()
{
    const QString exe = QStringLiteral(PP_BINARY_DIR "/app/ppstudio");
    QVERIFY2(QFileInfo(exe).isExecutable(), "ppstudio is built before tst_gui (add_dependencies)");
    QTemporaryDir dir;
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    // Its settings go to the test's folder too.
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_settingsDir.path());
    process.setProcessEnvironment(env);
    process.start(exe, {QStringLiteral("--open"), dataFile("customers.csv"), QStringLiteral("--screenshots"), dir.path(),
                        QStringLiteral("--lang"), QStringLiteral("en")});
    QVERIFY(process.waitForFinished(120000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
    for (const QString& page : MainWindow::pageNames()) {
        const QImage image(QDir(dir.path()).filePath(page + QStringLiteral(".png")));
        QVERIFY2(!image.isNull(), qPrintable(page));
        QCOMPARE(image.size(), QSize(1280, 800));
        QVERIFY2(isNonUniform(image), qPrintable(page));
    }
    // An unknown page is refused with exit code 2.
    process.start(exe, {QStringLiteral("--page"), QStringLiteral("nonsense")});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 2);
}

void TestGui::chineseTranslationLoads()
{
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/ppstudio_zh_CN.qm")));
    QVERIFY(QCoreApplication::installTranslator(&translator));
    QCOMPARE(QCoreApplication::translate("pp::MainWindow", "Data"), QStringLiteral("数据"));
    {
        // Widgets built while the translator is installed come out in Chinese.
        MainWindow window;
        auto* explore = qobject_cast<ExplorePage*>(window.pageWidget(MainWindow::Page::Explore));
        QCOMPARE(explore->emptyState()->text(), QStringLiteral("请先在“数据”页面加载数据集。"));
    }
    QCoreApplication::removeTranslator(&translator);
    QCOMPARE(QCoreApplication::translate("pp::MainWindow", "Data"), QStringLiteral("Data"));
}

QTEST_MAIN(TestGui)
#include "tst_gui.moc"
