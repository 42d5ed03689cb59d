#include "prepare_test_support.h"

#include "main_window.h"
#include "ml/task.h"
#include "models/table_model.h"
#include "pages/prepare_page.h"
#include "pipeline_document.h"
#include "prep/pipeline.h"
#include "prep/split.h"
#include "session.h"
#include "widgets/before_after_panel.h"
#include "widgets/columns_editor.h"
#include "widgets/step_form.h"

#include <QAction>
#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QListWidget>
#include <QMenu>
#include <QTest>

#include <algorithm>

namespace preptest {

QString dataFile(const char* name)
{
    return QStringLiteral(PP_TEST_DATA_DIR "/") + QString::fromUtf8(name);
}

// With PP_TEST_SCREENSHOTS=DIR, states a test reaches are saved there for a person to look at.
void saveForReview(QWidget* widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("PP_TEST_SCREENSHOTS");
    if (dir.isEmpty() || !QDir().mkpath(dir))
        return;
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest); // as the screenshot runner
    widget->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

PreparePage* openOnPrepare(MainWindow& window, const char* file)
{
    window.resize(1280, 800);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return nullptr;
    window.openFile(dataFile(file));
    if (!QTest::qWaitFor([&]() { return window.session()->hasData(); }, 20000))
        return nullptr;
    window.setCurrentPage(MainWindow::Page::Prepare);
    return qobject_cast<PreparePage*>(window.pageWidget(MainWindow::Page::Prepare));
}

bool waitForPreview(PreparePage* page, int timeoutMs)
{
    return QTest::qWaitFor([page]() { return !page->isPreviewPending(); }, timeoutMs);
}

bool addThroughMenu(PreparePage* page, const QString& kind)
{
    auto* action = page->addStepMenu()->findChild<QAction*>(QStringLiteral("add_") + kind);
    if (!action)
        return false;
    action->trigger();
    return true;
}

void checkColumns(StepForm* form, const QString& key, const QStringList& names)
{
    auto* editor = qobject_cast<ColumnsEditor*>(form->editor(key));
    QVERIFY2(editor, qPrintable(key));
    for (int i = 0; i < editor->list()->count(); ++i) {
        QListWidgetItem* item = editor->list()->item(i);
        if (names.contains(item->data(Qt::UserRole).toString()))
            item->setCheckState(Qt::Checked);
    }
}

void chooseInCombo(QWidget* widget, const QString& data)
{
    auto* combo = qobject_cast<QComboBox*>(widget);
    QVERIFY(combo);
    const int i = combo->findData(data);
    QVERIFY2(i >= 0, qPrintable(data));
    combo->setCurrentIndex(i);
}

QJsonObject withSteps(const QJsonObject& pipeline, int count)
{
    QJsonArray steps = pipeline.value(QStringLiteral("steps")).toArray();
    while (steps.size() > count)
        steps.removeLast();
    QJsonObject out = pipeline;
    out.insert(QStringLiteral("steps"), steps);
    return out;
}

/// Core, run directly: the training rows of the document's split (sampled as the preview
/// samples above `cap`), the pipeline fitted on them.
Table coreOutput(const Session* session, const QJsonObject& pipelineJson, std::size_t cap)
{
    const Table& table = *session->table();
    const SplitConfig split = session->pipeline()->split();
    auto parts = splitRows(table, split);
    if (!parts.ok())
        return Table();
    std::vector<std::size_t> rows = parts->train;
    if (rows.size() > cap)
        rows = previewSample(rows, cap, split.seed);
    auto built = Pipeline::fromJson(pipelineJson);
    if (!built.ok())
        return Table();
    Pipeline pipeline = built.take();
    FitInfo info;
    if (!split.targetColumn.isEmpty()) {
        info.targets = QStringList { split.targetColumn };
        info.task = inferTask(table, info.targets);
    }
    info.seed = split.seed;
    auto out = pipeline.fitTransform(table.takeRows(rows), info);
    return out.ok() ? out.take() : Table();
}

/// "" when the model shows the first rows of `expected` exactly.
QString compareWithModel(const TableModel* model, const Table& expected)
{
    if (model->columnCount() != static_cast<int>(expected.columnCount()))
        return QStringLiteral("columns: %1 shown, %2 expected")
            .arg(model->columnCount())
            .arg(expected.columnCount());
    const int rows = static_cast<int>(std::min<std::size_t>(100, expected.rowCount()));
    if (model->rowCount() != rows)
        return QStringLiteral("rows: %1 shown, %2 expected").arg(model->rowCount()).arg(rows);
    for (int c = 0; c < model->columnCount(); ++c) {
        const Column& column = expected.column(static_cast<std::size_t>(c));
        if (model->headerData(c, Qt::Horizontal).toString() != column.name())
            return QStringLiteral("column %1 is %2, expected %3")
                .arg(c)
                .arg(model->headerData(c, Qt::Horizontal).toString(), column.name());
        for (int r = 0; r < rows; ++r) {
            const QModelIndex index = model->index(r, c);
            const auto row = static_cast<std::size_t>(r);
            if (column.isMissing(row) != index.data(int(TableRole::Missing)).toBool())
                return QStringLiteral("%1 row %2: missing differs").arg(column.name()).arg(r);
            if (column.isMissing(row))
                continue;
            if (column.type() == ColumnType::Numeric) {
                if (index.data(int(TableRole::NumericValue)).toDouble() != column.numericAt(row))
                    return QStringLiteral("%1 row %2: %3 shown, %4 expected")
                        .arg(column.name())
                        .arg(r)
                        .arg(index.data(int(TableRole::NumericValue)).toDouble(), 0, 'g', 17)
                        .arg(column.numericAt(row), 0, 'g', 17);
            } else if (index.data().toString() != column.displayAt(row)) {
                return QStringLiteral("%1 row %2: '%3' shown, '%4' expected")
                    .arg(column.name())
                    .arg(r)
                    .arg(index.data().toString(), column.displayAt(row));
            }
        }
    }
    return QString();
}

/// numpy.histogram's counts over equal bins, written out: bin b holds edges[b] <= x <
/// edges[b+1], the last bin also x == the last edge.
std::vector<qint64> plainCounts(const std::vector<double>& values, const std::vector<double>& edges)
{
    const std::size_t bins = edges.size() - 1;
    std::vector<qint64> counts(bins, 0);
    for (const double x : values) {
        for (std::size_t b = 0; b < bins; ++b) {
            if (x >= edges[b] && (x < edges[b + 1] || (b + 1 == bins && x <= edges[b + 1]))) {
                ++counts[b];
                break;
            }
        }
    }
    return counts;
}

std::vector<double> presentValues(const Column* column)
{
    std::vector<double> out;
    if (!column)
        return out;
    for (std::size_t i = 0; i < column->size(); ++i)
        if (!column->isMissing(i))
            out.push_back(column->numericAt(i));
    return out;
}

const BeforeAfter* chartOf(const BeforeAfterPanel* panel, const QString& column, int* position)
{
    for (std::size_t i = 0; i < panel->charts().size(); ++i) {
        if (panel->charts()[i].column == column) {
            if (position)
                *position = static_cast<int>(i);
            return &panel->charts()[i];
        }
    }
    return nullptr;
}

std::map<QString, qint64> categoryCounts(const Column* column)
{
    std::map<QString, qint64> counts;
    for (std::size_t i = 0; i < column->size(); ++i)
        if (!column->isMissing(i))
            ++counts[column->displayAt(i)];
    return counts;
}

} // namespace preptest
