#include "report/project_report.h"

#include "cli/cli_common.h"
#include "ml/model.h"
#include "prep/pipeline.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace pp::report {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pp::report)
};
} // namespace

Result<ReportData> reportFromProject(store::ProjectStore& project, qint64 runId)
{
    using R = Result<ReportData>;
    auto run = project.run(runId);
    if (!run.ok())
        return R::failure(run.error());
    const store::RunInfo& r = run.value();
    ReportData d;
    d.runId = r.id;
    d.title = r.name.isEmpty() ? Tr::tr("Run %1").arg(r.id) : r.name;
    d.status = r.status;
    d.started = r.started;
    d.finished = r.finished;
    const ModelInfo* info = ModelRegistry::instance().find(r.model);
    d.model = info ? info->displayName() : r.model;
    Task task;
    d.task = taskFromName(r.task, &task) ? taskDisplayName(task) : r.task;
    d.device = r.device;
    // Every parameter the model used, once the run has finished; before that (or for a run
    // that failed) the ones the user set.
    d.params = r.usedParams.isEmpty() ? r.params : r.usedParams;
    d.trainRows = r.trainRows;
    d.validRows = r.validRows;
    d.testRows = r.testRows;
    d.fitSeconds = r.fitSeconds;
    d.metrics = r.metrics;
    d.note = r.note;
    d.datasetName = r.datasetName;
    for (const auto& v : r.importance) {
        const QJsonArray pair = v.toArray();
        d.importance.emplace_back(pair.at(0).toString(), pair.at(1).toDouble());
    }
    auto history = project.history(runId);
    if (history.ok())
        d.history = history.take();

    if (r.datasetId > 0) {
        auto table = project.loadDataset(r.datasetId);
        if (table.ok()) {
            d.datasetRows = static_cast<qint64>(table->rowCount());
            for (const Column& c : table->columns()) {
                const double missing = table->rowCount() ? 100.0 * static_cast<double>(c.missingCount())
                        / static_cast<double>(table->rowCount())
                                                         : 0.0;
                d.columns.push_back({c.name(), columnTypeDisplayName(c.type()), missing});
            }
        }
    }
    // The pipeline as run: the stored bundle has the fitted steps (with fitted values in
    // their descriptions); fall back to the settings recorded at the start.
    QJsonObject pipelineJson = r.pipeline;
    auto model = project.loadModel(runId);
    if (model.ok())
        pipelineJson = QJsonDocument::fromJson(model->pipelineJson).object();
    if (!pipelineJson.isEmpty()) {
        auto pipeline = Pipeline::fromJson(pipelineJson);
        if (pipeline.ok())
            for (std::size_t i = 0; i < pipeline->size(); ++i)
                if (pipeline->step(i).isEnabled())
                    d.pipelineSteps << pipeline->step(i).describe();
    }
    auto predictions = project.loadPredictions(runId);
    if (predictions.ok()) {
        const Table& t = predictions->second;
        d.evaluationSplit = predictions->first == QLatin1String("test") ? Tr::tr("test") : Tr::tr("validation");
        const Column* actual = t.find(QStringLiteral("actual"));
        const Column* predicted = t.find(QStringLiteral("predicted"));
        if (actual && predicted && actual->type() == ColumnType::Numeric) {
            d.actual = actual->numbers();
            d.predicted = predicted->numbers();
        } else if (actual && actual->type() == ColumnType::Categorical) {
            for (const auto& c : actual->dictionary())
                d.classNames << c;
        }
        // Runs stored before format 3 have no row counts: the evaluation rows tell one of them.
        if (r.trainRows < 0)
            (predictions->first == QLatin1String("test") ? d.testRows : d.validRows) = static_cast<qint64>(t.rowCount());
    }
    return d;
}

void registerReportCommand()
{
    cli::registerCommand(
        QStringLiteral("report"),
        QCoreApplication::translate("pp::cli", "report PROJECT RUN_ID --out report.pdf|.html   write a run report"),
        [](cli::Context& ctx, const QStringList& args) -> int {
            QCommandLineParser parser;
            parser.setApplicationDescription(Tr::tr("Write a run's report as PDF or HTML."));
            parser.addPositionalArgument(QStringLiteral("PROJECT"), Tr::tr("A .ppsproj project file."));
            parser.addPositionalArgument(QStringLiteral("RUN_ID"), Tr::tr("The run's id (see ppstudio-cli runs)."));
            parser.addOption({QStringLiteral("out"), Tr::tr("report.pdf or report.html"), QStringLiteral("FILE")});
            int code = cli::Ok;
            if (!cli::parseArgs(ctx, parser, args, &code))
                return code;
            if (parser.positionalArguments().size() != 2 || !parser.isSet(QStringLiteral("out")))
                return cli::fail(ctx, Tr::tr("report needs PROJECT RUN_ID --out FILE."));
            bool ok = false;
            const qint64 runId = parser.positionalArguments().at(1).toLongLong(&ok);
            if (!ok)
                return cli::fail(ctx, Tr::tr("RUN_ID must be a number."));
            auto project = store::ProjectStore::open(parser.positionalArguments().at(0), false);
            if (!project.ok())
                return cli::fail(ctx, project.error());
            auto data = reportFromProject(*project.value(), runId);
            if (!data.ok()) {
                ErrorInfo e = data.error();
                e.file = parser.positionalArguments().at(0);
                return cli::fail(ctx, e);
            }
            const Status s = writeReport(data.value(), parser.value(QStringLiteral("out")));
            return s.ok() ? cli::Ok : cli::fail(ctx, s.error());
        });
}

} // namespace pp::report
