// GUI tests of the Explore page's imputation preview for categorical and yes/no columns, and
// of linear interpolation ordered by another column. Expected figures are counted here from
// the CSV text (not through ppstudio's table), or computed by a transcription of pandas'
// interpolate(limit_direction='both') after sort_values.

#include "tst_gui_explore.h"

#include "charts/chart_view.h"
#include "main_window.h"
#include "pages/explore_page.h"
#include "prep/pipeline.h"
#include "session.h"
#include "stats/histogram.h"
#include "widgets/impute_preview_panel.h"
#include "widgets/missing_view.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHorizontalStackedBarSeries>
#include <QJsonArray>
#include <QLabel>
#include <QLegend>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>

using namespace pp;
using namespace explore_test;

namespace {

/// The cells of one column of a CSV file without quoting (the fixtures), "" = missing.
QStringList csvColumn(const QString& file, const QString& column)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    const QStringList lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    const qsizetype at = lines.value(0).trimmed().split(QLatin1Char(',')).indexOf(column);
    QStringList cells;
    for (qsizetype i = 1; i < lines.size() && at >= 0; ++i)
        cells << lines[i].trimmed().split(QLatin1Char(',')).value(at);
    return cells;
}

std::vector<double> csvNumbers(const QString& file, const QString& column)
{
    std::vector<double> out;
    for (const QString& cell : csvColumn(file, column))
        out.push_back(cell.isEmpty() ? std::nan("") : cell.toDouble());
    return out;
}

void chooseMethod(ImputePreviewPanel* panel, ImputeMethod method)
{
    panel->methodCombo()->setCurrentIndex(panel->methodCombo()->findData(int(method)));
}

QList<int> offeredMethods(ImputePreviewPanel* panel)
{
    QList<int> methods;
    for (int i = 0; i < panel->methodCombo()->count(); ++i)
        methods << panel->methodCombo()->itemData(i).toInt();
    return methods;
}

QHorizontalStackedBarSeries* stackedBars(QChart* chart)
{
    for (QAbstractSeries* s : chart->series())
        if (auto* bars = qobject_cast<QHorizontalStackedBarSeries*>(s))
            return bars;
    return nullptr;
}

/// The category → count map the preview shows (before or after).
std::map<QString, qint64> shown(const ImputePreview& p, bool after)
{
    std::map<QString, qint64> out;
    for (std::size_t i = 0; i < p.labels.size(); ++i)
        out[p.labels[i]] = after ? p.after[i] : p.before[i];
    return out;
}

/// The proposed (stored) step, fitted and applied by the pipeline on `table`.
Result<Table> applyProposed(const QJsonObject& step, const Table& table)
{
    Result<Pipeline> pipeline =
        Pipeline::fromJson(QJsonObject{{QStringLiteral("version"), 1}, {QStringLiteral("steps"), QJsonArray{step}}});
    if (!pipeline.ok())
        return Result<Table>::failure(pipeline.error().message);
    return pipeline->fitTransform(table, FitInfo());
}

} // namespace

void TestGuiExplore::categoricalImputationPreview()
{
    MainWindow window;
    QVERIFY(openExplore(window, dataFile("explore.csv"), QStringLiteral("missing")));
    ImputePreviewPanel* panel = explorePage(window)->missingView()->imputePanel();
    // The columns with missing values, most missing first: two numeric and the categorical one.
    QCOMPARE(panel->columnCombo()->count(), 3);
    QCOMPARE(panel->columnCombo()->itemText(2), QStringLiteral("membership"));
    panel->columnCombo()->setCurrentIndex(2);
    // Only the methods the impute step has for categories; median does not apply, so the
    // most frequent value is chosen.
    QCOMPARE(offeredMethods(panel), (QList<int>{int(ImputeMethod::MostFrequent), int(ImputeMethod::Constant),
                                                int(ImputeMethod::MissingCategory)}));
    QCOMPARE(panel->methodCombo()->currentData().toInt(), int(ImputeMethod::MostFrequent));
    QTRY_VERIFY(panel->preview() && panel->preview()->column == QStringLiteral("membership"));
    QVERIFY(waitIdle(window));

    // Independent count from the CSV text: bronze 20, silver 20, gold 19 and one missing.
    std::map<QString, qint64> expected;
    qint64 missing = 0;
    for (const QString& cell : csvColumn(dataFile("explore.csv"), QStringLiteral("membership"))) {
        if (cell.isEmpty())
            ++missing;
        else
            ++expected[cell];
    }
    QCOMPARE(missing, qint64{1});
    QCOMPARE(expected.size(), std::size_t{3});
    const ImputePreview* p = panel->preview().get();
    QVERIFY(p->categorical);
    QCOMPARE(p->missingBefore, missing);
    QCOMPARE(p->filled, missing);
    QCOMPARE(shown(*p, false), expected);
    // SimpleImputer's rule: ties go to the smallest value, "bronze" (20, as silver).
    QCOMPARE(p->fillLabel, QStringLiteral("bronze"));
    std::map<QString, qint64> after = expected;
    after[QStringLiteral("bronze")] += missing;
    QCOMPARE(shown(*p, true), after);
    QCOMPARE(p->labels.front(), QStringLiteral("bronze"));  // most rows after imputation first
    QVERIFY2(p->description.contains(QStringLiteral("bronze")), qPrintable(p->description));

    // The chart: observed and filled stacked per category, most at the top, titled and labelled.
    QChart* chart = panel->chart()->chart();
    QHorizontalStackedBarSeries* bars = stackedBars(chart);
    QVERIFY(bars);
    QCOMPARE(bars->count(), 2);
    QCOMPARE(bars->barSets().at(0)->label(), QStringLiteral("Before (observed values)"));
    QCOMPARE(bars->barSets().at(1)->label(), QStringLiteral("Filled by imputation"));
    const QStringList categories = barCategories(chart);
    QCOMPARE(categories.size(), 3);
    QCOMPARE(categories.last(), QStringLiteral("bronze"));
    for (int i = 0; i < categories.size(); ++i) {
        const qint64 observed = expected.at(categories[i]);
        QCOMPARE(bars->barSets().at(0)->at(i), static_cast<double>(observed));
        QCOMPARE(bars->barSets().at(1)->at(i), static_cast<double>(after.at(categories[i]) - observed));
    }
    QVERIFY(chart->title().contains(QStringLiteral("membership")));
    QCOMPARE(chart->axes(Qt::Vertical).first()->titleText(), QStringLiteral("membership"));
    QCOMPARE(chart->axes(Qt::Horizontal).first()->titleText(), QStringLiteral("Number of rows"));
    QVERIFY(chart->legend()->isVisible());
    QVERIFY(!panel->findChild<QLabel*>(QStringLiteral("imputeNote"))->text().isEmpty());
    const QString review = qEnvironmentVariable("PP_TEST_SCREENSHOTS");  // for a person to look at
    if (!review.isEmpty() && QDir().mkpath(review)) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QCoreApplication::processEvents();  // the chart's scene redraws on the event loop
        QVERIFY(window.grab().save(QDir(review).filePath(QStringLiteral("explore-impute-categorical.png"))));
        QVERIFY(panel->grab().save(QDir(review).filePath(QStringLiteral("explore-impute-categorical-panel.png"))));
    }

    // "Add to Pipeline" sends the pipeline's impute step; the pipeline fills as the preview showed.
    QSignalSpy proposed(window.session(), &Session::stepProposed);
    QTest::mouseClick(panel->proposeButton(), Qt::LeftButton);
    QCOMPARE(proposed.count(), 1);
    QJsonObject step = proposed.last().first().toJsonObject();
    QCOMPARE(step.value(QStringLiteral("kind")).toString(), QStringLiteral("impute"));
    QJsonObject params = step.value(QStringLiteral("params")).toObject();
    QCOMPARE(params.value(QStringLiteral("columns")).toArray(), QJsonArray{QStringLiteral("membership")});
    QCOMPARE(params.value(QStringLiteral("strategy")).toString(), QStringLiteral("most_frequent"));
    Result<Table> filled = applyProposed(step, *window.session()->table());
    QVERIFY2(filled.ok(), qPrintable(filled.error().message));
    const Column* membership = filled->find(QStringLiteral("membership"));
    QCOMPARE(membership->missingCount(), std::size_t{0});
    std::map<QString, qint64> pipelineCounts;
    for (std::size_t r = 0; r < membership->size(); ++r)
        ++pipelineCounts[membership->displayAt(r)];
    QCOMPARE(pipelineCounts, after);

    // A new category "missing": the constant strategy with that value, drawn as its own bar.
    chooseMethod(panel, ImputeMethod::MissingCategory);
    QTRY_VERIFY(panel->preview()->step.value(QStringLiteral("params")).toObject().value(QStringLiteral("fill_value"))
                == QStringLiteral("missing"));
    QVERIFY(waitIdle(window));
    p = panel->preview().get();
    QCOMPARE(p->fillLabel, QStringLiteral("missing"));
    after = expected;
    after[QStringLiteral("missing")] = missing;
    QCOMPARE(shown(*p, true), after);
    QCOMPARE(shown(*p, false).at(QStringLiteral("missing")), qint64{0});
    QCOMPARE(barCategories(chart).size(), 4);
    QCOMPARE(barCategories(chart).first(), QStringLiteral("missing"));  // fewest rows: the bottom bar
    QTest::mouseClick(panel->proposeButton(), Qt::LeftButton);
    params = proposed.last().first().toJsonObject().value(QStringLiteral("params")).toObject();
    QCOMPARE(params.value(QStringLiteral("strategy")).toString(), QStringLiteral("constant"));
    QCOMPARE(params.value(QStringLiteral("fill_value")).toString(), QStringLiteral("missing"));

    // A constant that is an existing category adds to it.
    chooseMethod(panel, ImputeMethod::Constant);
    panel->constantEdit()->setText(QStringLiteral("gold"));
    Q_EMIT panel->constantEdit()->editingFinished();
    QTRY_VERIFY(panel->preview()->fillLabel == QStringLiteral("gold"));
    QVERIFY(waitIdle(window));
    after = expected;
    after[QStringLiteral("gold")] += missing;
    QCOMPARE(shown(*panel->preview(), true), after);
    QTest::mouseClick(panel->proposeButton(), Qt::LeftButton);
    params = proposed.last().first().toJsonObject().value(QStringLiteral("params")).toObject();
    QCOMPARE(params.value(QStringLiteral("strategy")).toString(), QStringLiteral("constant"));
    QCOMPARE(params.value(QStringLiteral("fill_value")).toString(), QStringLiteral("gold"));

    // Back on a numeric column the numeric methods return, median again; the categorical
    // constant is not carried over.
    panel->columnCombo()->setCurrentIndex(0);
    QCOMPARE(offeredMethods(panel).size(), 6);
    QCOMPARE(panel->methodCombo()->currentData().toInt(), int(ImputeMethod::Median));
    QVERIFY(panel->constantEdit()->text().isEmpty());
    QTRY_VERIFY(panel->preview()->column == QStringLiteral("age") && !panel->preview()->categorical);
    QVERIFY(waitIdle(window));
}

void TestGuiExplore::booleanImputationPreview()
{
    QTemporaryDir dir;
    const QString file = QDir(dir.path()).filePath(QStringLiteral("member.csv"));
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Text));
        f.write("spend,member\n10,true\n12,false\n13,true\n9,\n15,true\n11,false\n14,true\n8,false\n");
    }
    MainWindow window;
    QVERIFY(openExplore(window, file, QStringLiteral("missing")));
    QCOMPARE(window.session()->table()->find(QStringLiteral("member"))->type(), ColumnType::Boolean);
    ImputePreviewPanel* panel = explorePage(window)->missingView()->imputePanel();
    QCOMPARE(panel->columnCombo()->count(), 1);
    QCOMPARE(offeredMethods(panel), (QList<int>{int(ImputeMethod::MostFrequent), int(ImputeMethod::Constant)}));
    QTRY_VERIFY(panel->preview() && panel->preview()->column == QStringLiteral("member"));
    QVERIFY(waitIdle(window));
    // true 4, false 3, one missing: the most frequent, true, gets it.
    const std::map<QString, qint64> before{{QStringLiteral("false"), 3}, {QStringLiteral("true"), 4}};
    QCOMPARE(shown(*panel->preview(), false), before);
    QCOMPARE(shown(*panel->preview(), true),
             (std::map<QString, qint64>{{QStringLiteral("false"), 3}, {QStringLiteral("true"), 5}}));
    QCOMPARE(panel->preview()->fillLabel, QStringLiteral("true"));

    chooseMethod(panel, ImputeMethod::Constant);
    panel->constantEdit()->setText(QStringLiteral("false"));
    Q_EMIT panel->constantEdit()->editingFinished();
    QTRY_VERIFY(panel->preview()->fillLabel == QStringLiteral("false"));
    QVERIFY(waitIdle(window));
    QCOMPARE(shown(*panel->preview(), true),
             (std::map<QString, qint64>{{QStringLiteral("false"), 4}, {QStringLiteral("true"), 4}}));
    QSignalSpy proposed(window.session(), &Session::stepProposed);
    QTest::mouseClick(panel->proposeButton(), Qt::LeftButton);
    QCOMPARE(proposed.count(), 1);
    const QJsonObject step = proposed.first().first().toJsonObject();
    const QJsonObject params = step.value(QStringLiteral("params")).toObject();
    QCOMPARE(params.value(QStringLiteral("strategy")).toString(), QStringLiteral("constant"));
    QCOMPARE(params.value(QStringLiteral("fill_value")).toString(), QStringLiteral("false"));
    Result<Table> filled = applyProposed(step, *window.session()->table());
    QVERIFY2(filled.ok(), qPrintable(filled.error().message));
    QCOMPARE(filled->find(QStringLiteral("member"))->bools()[3], std::int8_t{0});
}

void TestGuiExplore::categoryPreviewPoolsOther()
{
    // 14 categories c00…c13 where cK occurs 20 − K times, and 3 rows without a value.
    std::vector<QString> cells;
    for (int k = 0; k < 14; ++k)
        for (int i = 0; i < 20 - k; ++i)
            cells.push_back(QStringLiteral("c%1").arg(k, 2, 10, QLatin1Char('0')));
    std::vector<bool> missing(cells.size(), false);
    for (int i = 0; i < 3; ++i) {
        cells.push_back(QString());
        missing.push_back(true);
    }
    Table table;
    table.addColumn(Column::categoricalFromStrings(QStringLiteral("shop"), cells, missing));
    ImputeRequest request;
    request.column = 0;
    request.method = ImputeMethod::MostFrequent;
    Result<ImputePreview> mostFrequent = computeImputePreview(table, request);
    QVERIFY2(mostFrequent.ok(), qPrintable(mostFrequent.error().message));
    // Nine bars and "Other" for the five smallest (c09…c13: 11+10+9+8+7 = 45 rows).
    QCOMPARE(mostFrequent->labels.size(), std::size_t(kImputeCategoryBars));
    QCOMPARE(mostFrequent->otherCategories, qint64{5});
    QCOMPARE(mostFrequent->labels.back(), QStringLiteral("Other (5 categories)"));
    QCOMPARE(mostFrequent->before.back(), qint64{45});
    QCOMPARE(mostFrequent->after.back(), qint64{45});
    QCOMPARE(mostFrequent->labels.front(), QStringLiteral("c00"));
    QCOMPARE(mostFrequent->after.front(), qint64{23});
    QCOMPARE(std::accumulate(mostFrequent->after.begin(), mostFrequent->after.end(), qint64{0}),
             static_cast<qint64>(cells.size()));

    // A rare category that receives the filled values keeps its own bar.
    request.method = ImputeMethod::Constant;
    request.constant = QStringLiteral("c13");
    Result<ImputePreview> rare = computeImputePreview(table, request);
    QVERIFY2(rare.ok(), qPrintable(rare.error().message));
    QCOMPARE(rare->fillLabel, QStringLiteral("c13"));
    const auto at = std::find(rare->labels.begin(), rare->labels.end(), QStringLiteral("c13"));
    QVERIFY(at != rare->labels.end());
    const auto i = static_cast<std::size_t>(at - rare->labels.begin());
    QCOMPARE(rare->before[i], qint64{7});
    QCOMPARE(rare->after[i], qint64{10});
    QCOMPARE(rare->otherCategories, qint64{5});  // c08 gave its bar up to c13
    QCOMPARE(rare->before.back(), qint64{12 + 11 + 10 + 9 + 8});
    QCOMPARE(std::accumulate(rare->after.begin(), rare->after.end(), qint64{0}), static_cast<qint64>(cells.size()));

    // Methods a categorical column does not have are refused with a message.
    request.method = ImputeMethod::Median;
    QVERIFY(!computeImputePreview(table, request).ok());
}

void TestGuiExplore::interpolationOrderBy()
{
    MainWindow window;
    QVERIFY(openExplore(window, dataFile("explore.csv"), QStringLiteral("missing")));
    ImputePreviewPanel* panel = explorePage(window)->missingView()->imputePanel();
    QCOMPARE(panel->columnCombo()->currentText(), QStringLiteral("age"));
    QVERIFY(panel->orderByCombo()->isHidden());
    chooseMethod(panel, ImputeMethod::Linear);
    QVERIFY(!panel->orderByCombo()->isHidden());
    // Row order, then the numeric and date columns other than the imputed one.
    QStringList offered;
    for (int i = 1; i < panel->orderByCombo()->count(); ++i)
        offered << panel->orderByCombo()->itemData(i).toString();
    QCOMPARE(panel->orderByCombo()->itemData(0).toString(), QString());
    QCOMPARE(offered, (QStringList{QStringLiteral("customer_id"), QStringLiteral("income"), QStringLiteral("visits"),
                                   QStringLiteral("spend")}));
    QTRY_VERIFY(panel->preview()->step.value(QStringLiteral("kind")) == QStringLiteral("interpolate"));
    QVERIFY(waitIdle(window));
    QVERIFY(!panel->preview()->step.value(QStringLiteral("params")).toObject().contains(QStringLiteral("order_by")));
    const std::vector<qint64> rowOrder = panel->preview()->after;

    panel->orderByCombo()->setCurrentIndex(panel->orderByCombo()->findData(QStringLiteral("income")));
    QTRY_VERIFY(panel->preview()->step.value(QStringLiteral("params")).toObject().value(QStringLiteral("order_by"))
                == QStringLiteral("income"));
    QVERIFY(waitIdle(window));
    const ImputePreview& p = *panel->preview();
    QVERIFY2(p.description.contains(QStringLiteral("income")), qPrintable(p.description));

    // pandas: df.sort_values('income', kind='stable', na_position='last')['age']
    //             .interpolate(limit_direction='both'), transcribed.
    std::vector<double> age = csvNumbers(dataFile("explore.csv"), QStringLiteral("age"));
    const std::vector<double> income = csvNumbers(dataFile("explore.csv"), QStringLiteral("income"));
    std::vector<std::size_t> order(age.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return !std::isnan(income[a]) && (std::isnan(income[b]) || income[a] < income[b]);
    });
    std::vector<std::size_t> known;
    for (std::size_t k = 0; k < order.size(); ++k)
        if (!std::isnan(age[order[k]]))
            known.push_back(k);
    std::vector<double> values;  // observed, then the filled ones
    std::vector<double> filled;
    for (std::size_t k = 0; k < order.size(); ++k) {
        const double v = age[order[k]];
        if (!std::isnan(v)) {
            values.push_back(v);
            continue;
        }
        const auto next = std::upper_bound(known.begin(), known.end(), k);
        double f;
        if (next == known.begin())
            f = age[order[known.front()]];
        else if (next == known.end())
            f = age[order[known.back()]];
        else {
            const std::size_t k0 = *(next - 1), k1 = *next;
            f = age[order[k0]] + (age[order[k1]] - age[order[k0]]) * double(k - k0) / double(k1 - k0);
        }
        filled.push_back(f);
    }
    QCOMPARE(filled.size(), std::size_t{4});
    values.insert(values.end(), filled.begin(), filled.end());
    QCOMPARE(p.filled, qint64{4});
    QCOMPARE(p.after, stats::histogramCounts(values.data(), values.size(), p.edges));
    QVERIFY(p.after != rowOrder);  // the order matters for these rows
    const QString review = qEnvironmentVariable("PP_TEST_SCREENSHOTS");  // for a person to look at
    if (!review.isEmpty() && QDir().mkpath(review)) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QCoreApplication::processEvents();
        QVERIFY(panel->grab().save(QDir(review).filePath(QStringLiteral("explore-impute-order-by-panel.png"))));
    }

    QSignalSpy proposed(window.session(), &Session::stepProposed);
    QTest::mouseClick(panel->proposeButton(), Qt::LeftButton);
    QCOMPARE(proposed.count(), 1);
    const QJsonObject step = proposed.first().first().toJsonObject();
    QCOMPARE(step.value(QStringLiteral("kind")).toString(), QStringLiteral("interpolate"));
    const QJsonObject params = step.value(QStringLiteral("params")).toObject();
    QCOMPARE(params.value(QStringLiteral("order_by")).toString(), QStringLiteral("income"));
    QCOMPARE(params.value(QStringLiteral("columns")).toArray(), QJsonArray{QStringLiteral("age")});
}
