#pragma once

#include "report/run_report.h"
#include "store/project_store.h"

namespace pp::report {

/// Gathers a stored run's report: run settings, curve, metrics, importance, the data set's
/// column summary, the pipeline's step descriptions and the stored evaluation predictions.
Result<ReportData> reportFromProject(store::ProjectStore& project, qint64 runId);

/// Registers `ppstudio-cli report PROJECT RUN_ID --out report.pdf|.html` with the CLI.
void registerReportCommand();

} // namespace pp::report
