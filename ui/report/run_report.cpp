#include "report/run_report.h"

#include "report/chart_painter.h"

#include <QBuffer>
#include <QDateTime>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

#include <cmath>

namespace pp::report {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pp::report)
};
QString esc(const QString& s) { return s.toHtmlEscaped(); }

QString number(const QJsonValue& v)
{
    if (!v.isDouble())
        return QStringLiteral("—");
    const double d = v.toDouble();
    if (d == std::floor(d) && std::fabs(d) < 1e12)
        return QLocale().toString(static_cast<qint64>(d));
    return QLocale().toString(d, 'g', 6);
}

// The Results page's label for a metric the report has none of its own for (same context
// and source text, so the same translation).
QString metricLabel(const QString& key)
{
    if (key == QLatin1String("mape_skipped"))
        return QCoreApplication::translate("pp::MetricNames", "Rows left out of MAPE (target 0)");
    static const std::vector<std::pair<const char*, const char*>> labels = {
        {"mse", QT_TRANSLATE_NOOP("pp::report", "MSE (mean squared error)")},
        {"rmse", QT_TRANSLATE_NOOP("pp::report", "RMSE (root mean squared error)")},
        {"mae", QT_TRANSLATE_NOOP("pp::report", "MAE (mean absolute error)")},
        {"r2", QT_TRANSLATE_NOOP("pp::report", "R² (coefficient of determination)")},
        {"mape", QT_TRANSLATE_NOOP("pp::report", "MAPE (zero targets skipped)")},
        {"accuracy", QT_TRANSLATE_NOOP("pp::report", "Accuracy")},
        {"balanced_accuracy", QT_TRANSLATE_NOOP("pp::report", "Balanced accuracy")},
        {"precision", QT_TRANSLATE_NOOP("pp::report", "Precision")},
        {"recall", QT_TRANSLATE_NOOP("pp::report", "Recall")},
        {"f1", QT_TRANSLATE_NOOP("pp::report", "F1")},
        {"f1_macro", QT_TRANSLATE_NOOP("pp::report", "F1 (macro)")},
        {"f1_weighted", QT_TRANSLATE_NOOP("pp::report", "F1 (weighted)")},
        {"f1_micro", QT_TRANSLATE_NOOP("pp::report", "F1 (micro)")},
        {"roc_auc", QT_TRANSLATE_NOOP("pp::report", "ROC AUC")},
        {"pr_auc", QT_TRANSLATE_NOOP("pp::report", "PR AUC (average precision)")},
        {"log_loss", QT_TRANSLATE_NOOP("pp::report", "Log loss")},
        {"hamming_loss", QT_TRANSLATE_NOOP("pp::report", "Hamming loss")},
        {"subset_accuracy", QT_TRANSLATE_NOOP("pp::report", "Subset accuracy")},
    };
    for (const auto& [k, label] : labels)
        if (key == QLatin1String(k))
            return QCoreApplication::translate("pp::report", label);
    return key;
}

// The names the Experiments page's run list shows (RunsModel::statusDisplayName, in ppui,
// which this library does not link): same context and source text, so the same translation.
QString statusName(const QString& status)
{
    static const std::vector<std::pair<const char*, const char*>> names = {
        {"done", QT_TRANSLATE_NOOP("pp::RunsModel", "Done")},
        {"running", QT_TRANSLATE_NOOP("pp::RunsModel", "Running")},
        {"stopped", QT_TRANSLATE_NOOP("pp::RunsModel", "Stopped")},
        {"failed", QT_TRANSLATE_NOOP("pp::RunsModel", "Failed")},
        {"interrupted", QT_TRANSLATE_NOOP("pp::RunsModel", "Interrupted")},
    };
    for (const auto& [key, name] : names)
        if (status == QLatin1String(key))
            return QCoreApplication::translate("pp::RunsModel", name);
    return status;
}

QString rowCount(qint64 rows) { return rows < 0 ? QStringLiteral("—") : QLocale().toString(rows); }

struct Image
{
    QString name;
    QImage image;
};

QString section(const QString& title) { return QStringLiteral("<h2>%1</h2>\n").arg(esc(title)); }

QString keyValueTable(const std::vector<std::pair<QString, QString>>& rows)
{
    QString h = QStringLiteral("<table class=\"kv\">\n");
    for (const auto& [k, v] : rows)
        h += QStringLiteral("<tr><th>%1</th><td>%2</td></tr>\n").arg(esc(k), esc(v));
    return h + QStringLiteral("</table>\n");
}

// Builds the HTML with <img src="NAME"> references and collects the chart images.
QString buildHtml(const ReportData& d, std::vector<Image>& images)
{
    QString h;
    h += QStringLiteral("<html><head><meta charset=\"utf-8\"><title>%1</title><style>"
                        "body{font-family:'Noto Sans CJK SC','Noto Sans',sans-serif;font-size:10.5pt;color:#222;}"
                        "h1{font-size:18pt;margin-bottom:2pt;} h2{font-size:13pt;border-bottom:1px solid #999;"
                        "margin-top:16pt;} table{border-collapse:collapse;margin:4pt 0;} th,td{border:1px solid #bbb;"
                        "padding:3pt 6pt;text-align:left;} th{background:#f0f0f0;} td.n{text-align:right;}"
                        ".muted{color:#666;} img{margin:6pt 0;}</style></head><body>\n")
             .arg(esc(d.title));
    h += QStringLiteral("<h1>%1</h1>\n").arg(esc(Tr::tr("Purchasing Power Studio — run report")));
    h += QStringLiteral("<p class=\"muted\">%1</p>\n")
             .arg(esc(Tr::tr("Run %1 “%2”, %3. Generated %4 by version %5.")
                          .arg(d.runId)
                          .arg(d.title, statusName(d.status), QLocale().toString(QDateTime::currentDateTime(), QLocale::ShortFormat),
                               QCoreApplication::applicationVersion())));

    h += section(Tr::tr("Summary"));
    std::vector<std::pair<QString, QString>> summary{
        {Tr::tr("Task"), d.task},
        {Tr::tr("Model"), d.model},
        {Tr::tr("Device"), d.device},
        {Tr::tr("Started"), localTime(d.started)},
        {Tr::tr("Finished"), d.finished.isEmpty() ? Tr::tr("(not finished)") : localTime(d.finished)},
        {Tr::tr("Rows (train / validation / test)"),
         QStringLiteral("%1 / %2 / %3").arg(rowCount(d.trainRows), rowCount(d.validRows), rowCount(d.testRows))}};
    if (d.fitSeconds >= 0.0)
        summary.emplace_back(Tr::tr("Training time"), Tr::tr("%1 s").arg(QLocale().toString(d.fitSeconds, 'g', 3)));
    h += keyValueTable(summary);

    h += section(Tr::tr("Data"));
    h += QStringLiteral("<p>%1</p>\n").arg(esc(Tr::tr("Data set “%1”: %2 rows, %3 columns.")
                                                  .arg(d.datasetName, QLocale().toString(d.datasetRows))
                                                  .arg(d.columns.size())));
    if (!d.columns.empty()) {
        h += QStringLiteral("<table><tr><th>%1</th><th>%2</th><th>%3</th></tr>\n")
                 .arg(esc(Tr::tr("Column")), esc(Tr::tr("Type")), esc(Tr::tr("Missing")));
        for (const auto& c : d.columns)
            h += QStringLiteral("<tr><td>%1</td><td>%2</td><td class=\"n\">%3 %</td></tr>\n")
                     .arg(esc(c.name), esc(c.type), QLocale().toString(c.missingPercent, 'f', 1));
        h += QStringLiteral("</table>\n");
    }

    h += section(Tr::tr("Preparation pipeline"));
    if (d.pipelineSteps.isEmpty()) {
        h += QStringLiteral("<p>%1</p>\n").arg(esc(Tr::tr("No preparation steps.")));
    } else {
        h += QStringLiteral("<ol>\n");
        for (const auto& s : d.pipelineSteps)
            h += QStringLiteral("<li>%1</li>\n").arg(esc(s));
        h += QStringLiteral("</ol>\n");
    }

    h += section(Tr::tr("Parameters"));
    std::vector<std::pair<QString, QString>> params;
    for (auto it = d.params.begin(); it != d.params.end(); ++it) {
        QString v;
        if (it.value().isArray()) {
            QStringList parts;
            for (const auto& e : it.value().toArray())
                parts << e.toVariant().toString();
            v = parts.join(QLatin1Char(','));
        } else {
            v = it.value().toVariant().toString();
        }
        params.emplace_back(it.key(), v);
    }
    h += keyValueTable(params);

    h += section(Tr::tr("Metrics"));
    const QStringList splits{QStringLiteral("train"), QStringLiteral("valid"), QStringLiteral("test")};
    const QStringList splitNames{Tr::tr("Train"), Tr::tr("Validation"), Tr::tr("Test")};
    const QJsonObject cv = d.metrics.value(QStringLiteral("cv")).toObject();
    QStringList keys;
    for (const QString& s : splits) {
        const QJsonObject m = d.metrics.value(s).toObject();
        for (auto it = m.begin(); it != m.end(); ++it)
            if (it.value().isDouble() && !keys.contains(it.key()))
                keys << it.key();
    }
    h += QStringLiteral("<table><tr><th>%1</th>").arg(esc(Tr::tr("Metric")));
    for (const auto& n : splitNames)
        h += QStringLiteral("<th>%1</th>").arg(esc(n));
    if (!cv.isEmpty())
        h += QStringLiteral("<th>%1</th>").arg(esc(Tr::tr("Cross-validation (mean ± std)")));
    h += QStringLiteral("</tr>\n");
    for (const QString& k : keys) {
        h += QStringLiteral("<tr><td>%1</td>").arg(esc(metricLabel(k)));
        for (const QString& s : splits)
            h += QStringLiteral("<td class=\"n\">%1</td>").arg(number(d.metrics.value(s).toObject().value(k)));
        if (!cv.isEmpty())
            h += QStringLiteral("<td class=\"n\">%1 ± %2</td>")
                     .arg(number(cv.value(QStringLiteral("mean")).toObject().value(k)),
                          number(cv.value(QStringLiteral("std")).toObject().value(k)));
        h += QStringLiteral("</tr>\n");
    }
    h += QStringLiteral("</table>\n");

    auto addImage = [&](const QString& name, const QImage& image) {
        images.push_back({name, image});
        h += QStringLiteral("<p><img src=\"%1\" width=\"620\"></p>\n").arg(name);
    };

    if (!d.history.empty()) {
        h += section(Tr::tr("Training curve"));
        Series train{Tr::tr("Training loss"), {}, {}}, valid{Tr::tr("Validation loss"), {}, {}};
        bool anyValid = false;
        for (const auto& r : d.history) {
            train.x.push_back(r.epoch);
            train.y.push_back(r.trainLoss);
            valid.x.push_back(r.epoch);
            valid.y.push_back(r.validLoss);
            anyValid |= std::isfinite(r.validLoss);
        }
        std::vector<Series> series{train};
        if (anyValid)
            series.push_back(valid);
        addImage(QStringLiteral("loss.png"), lineChart(Tr::tr("Loss per epoch / boosting round"), Tr::tr("Epoch / round"),
                                                       Tr::tr("Loss"), series));
    }

    if (!d.actual.empty() && d.actual.size() == d.predicted.size() && d.classNames.isEmpty()) {
        h += section(Tr::tr("Predictions on the %1 rows").arg(d.evaluationSplit));
        Series pts{QString(), d.predicted, d.actual};
        addImage(QStringLiteral("scatter.png"),
                 scatterChart(Tr::tr("Predicted vs actual (dashed: perfect prediction)"), Tr::tr("Predicted value"),
                              Tr::tr("Actual value"), pts, true));
        std::vector<double> residuals(d.actual.size());
        for (std::size_t i = 0; i < residuals.size(); ++i)
            residuals[i] = d.actual[i] - d.predicted[i];
        addImage(QStringLiteral("residuals.png"),
                 histogramChart(Tr::tr("Residuals (actual − predicted)"), Tr::tr("Residual"), residuals, 40));
    }
    const QJsonArray cm = d.metrics.value(QStringLiteral("test")).toObject().value(QStringLiteral("confusion_matrix")).toArray();
    const QJsonArray cmValid = d.metrics.value(QStringLiteral("valid")).toObject().value(QStringLiteral("confusion_matrix")).toArray();
    const QJsonArray& matrix = cm.isEmpty() ? cmValid : cm;
    if (!matrix.isEmpty() && !d.classNames.isEmpty()) {
        h += section(Tr::tr("Confusion matrix"));
        std::vector<std::vector<double>> counts;
        for (const auto& row : matrix) {
            std::vector<double> r;
            for (const auto& c : row.toArray())
                r.push_back(c.toDouble());
            counts.push_back(r);
        }
        addImage(QStringLiteral("confusion.png"),
                 heatmapChart(cm.isEmpty() ? Tr::tr("Confusion matrix (validation rows)") : Tr::tr("Confusion matrix (test rows)"),
                              d.classNames, counts));
    }

    if (!d.importance.empty()) {
        h += section(Tr::tr("Feature importance"));
        QStringList labels;
        std::vector<double> values;
        for (std::size_t i = 0; i < d.importance.size() && i < 15; ++i) {
            labels << d.importance[i].first;
            values.push_back(d.importance[i].second);
        }
        ChartStyle tall;
        tall.height = 120 + 26 * static_cast<int>(values.size());
        addImage(QStringLiteral("importance.png"),
                 barChart(Tr::tr("Permutation importance (drop in score when a feature is shuffled)"), Tr::tr("Importance"),
                          labels, values, tall));
        h += QStringLiteral("<table><tr><th>%1</th><th>%2</th></tr>\n").arg(esc(Tr::tr("Feature")), esc(Tr::tr("Importance")));
        for (int i = 0; i < labels.size(); ++i)
            h += QStringLiteral("<tr><td>%1</td><td class=\"n\">%2</td></tr>\n")
                     .arg(esc(labels[i]), QLocale().toString(values[static_cast<std::size_t>(i)], 'g', 4));
        h += QStringLiteral("</table>\n");
    }
    if (!d.note.isEmpty()) {
        h += section(Tr::tr("Notes"));
        h += QStringLiteral("<p>%1</p>\n").arg(esc(d.note).replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    }
    h += QStringLiteral("</body></html>\n");
    return h;
}

QString pngDataUri(const QImage& image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return QStringLiteral("data:image/png;base64,") + QString::fromLatin1(bytes.toBase64());
}

} // namespace

QString localTime(const QString& iso)
{
    QDateTime t = QDateTime::fromString(iso, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(iso, Qt::ISODate);
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : iso;
}

QString reportHtml(const ReportData& data)
{
    std::vector<Image> images;
    QString html = buildHtml(data, images);
    for (const auto& img : images)
        html.replace(QStringLiteral("src=\"%1\"").arg(img.name), QStringLiteral("src=\"%1\"").arg(pngDataUri(img.image)));
    return html;
}

Status writeReport(const ReportData& data, const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm")) {
        QSaveFile f(path);
        const QByteArray bytes = reportHtml(data).toUtf8();
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit()) {
            ErrorInfo e;
            e.file = path;
            e.message = Tr::tr("Cannot write the report: %1").arg(f.errorString());
            return Status::failure(e);
        }
        return Status(Unit{});
    }
    if (suffix != QLatin1String("pdf")) {
        ErrorInfo e;
        e.file = path;
        e.message = Tr::tr("Reports are written as .html or .pdf.");
        return Status::failure(e);
    }
    std::vector<Image> images;
    const QString html = buildHtml(data, images);
    QTextDocument doc;
    for (const auto& img : images)
        doc.addResource(QTextDocument::ImageResource, QUrl(img.name), img.image);
    doc.setHtml(html);
    QPdfWriter writer(path);
    if (!QFile(path).exists() && !QFileInfo(QFileInfo(path).absolutePath()).isWritable()) {
        ErrorInfo e;
        e.file = path;
        e.message = Tr::tr("Cannot write the report: the folder is not writable.");
        return Status::failure(e);
    }
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    writer.setResolution(150);
    writer.setTitle(data.title);
    writer.setCreator(QStringLiteral("Purchasing Power Studio"));
    doc.setPageSize(QSizeF(writer.width(), writer.height()));
    doc.print(&writer);
    if (!QFileInfo(path).exists() || QFileInfo(path).size() == 0) {
        ErrorInfo e;
        e.file = path;
        e.message = Tr::tr("Cannot write the report.");
        return Status::failure(e);
    }
    return Status(Unit{});
}

} // namespace pp::report
