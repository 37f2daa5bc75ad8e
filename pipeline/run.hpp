#pragma once
// The batch: every input PDF through every stage, then the run's reports. A document that
// fails costs that document only; the run records why and goes on.

#include "model/run_report.hpp"
#include "pipeline/config.hpp"

namespace idm {

/// Exit codes of `idmreport run` (documented in README.md).
enum ExitCode : int { kExitOk = 0, kExitDocumentsFailed = 1, kExitUsage = 2, kExitCheckFailed = 3 };

/// Runs the pipeline; returns what happened (also written to OUT/run.json).
RunReport run_pipeline(const PipelineConfig& config);

/// The PDF files named by |inputs| (folders searched recursively), sorted, each once.
/// Names that do not exist are kept so that the run reports them.
std::vector<std::string> collect_inputs(const std::vector<std::string>& inputs);

}  // namespace idm
