#pragma once

// Helpers of tst_gui_prepare: opening the sample on the Prepare page, driving the step forms,
// and core run directly for the expected values.

#include "data/table.h"
#include "pipeline_preview.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <map>
#include <vector>

class QWidget;

namespace pp {
class BeforeAfterPanel;
class MainWindow;
class PreparePage;
class Session;
class StepForm;
class TableModel;
} // namespace pp

namespace preptest {

using namespace pp;

QString dataFile(const char* name);
/// With PP_TEST_SCREENSHOTS=DIR, states a test reaches are saved there for a person to look at.
void saveForReview(QWidget* widget, const QString& name);
/// Shows the window, opens `file` from the test data and selects the Prepare page.
PreparePage* openOnPrepare(MainWindow& window, const char* file = "prep_customers.csv");
/// Until no preview is scheduled or running.
bool waitForPreview(PreparePage* page, int timeoutMs = 30000);
/// Triggers the "Add Step" menu's action for `kind`.
bool addThroughMenu(PreparePage* page, const QString& kind);
/// Ticks `names` in the form's column list of `key` (QVERIFY inside).
void checkColumns(StepForm* form, const QString& key, const QStringList& names);
void chooseInCombo(QWidget* widget, const QString& data);
/// The pipeline JSON with only its first `count` steps.
QJsonObject withSteps(const QJsonObject& pipeline, int count);
/// Core, run directly: the training rows of the document's split (sampled as the preview
/// samples above `cap`), the pipeline fitted on them.
Table coreOutput(const Session* session, const QJsonObject& pipelineJson, std::size_t cap = 50000);
/// "" when the model shows the first rows of `expected` exactly.
QString compareWithModel(const TableModel* model, const Table& expected);
/// numpy.histogram's counts over equal bins, written out.
std::vector<qint64> plainCounts(const std::vector<double>& values, const std::vector<double>& edges);
std::vector<double> presentValues(const Column* column);
const BeforeAfter* chartOf(const BeforeAfterPanel* panel, const QString& column, int* position = nullptr);
std::map<QString, qint64> categoryCounts(const Column* column);

} // namespace preptest
