#pragma once
// The batch: every input PDF through every stage, then the run's reports. A document that
// fails costs that document only; the run records why and goes on. A run never removes an
// output it could not replace: a failed document keeps its earlier record, a write error
// stops the run before anything is removed.

#include <stdexcept>
#include <string>
#include <vector>

#include "model/run_report.hpp"
#include "pipeline/config.hpp"

namespace idm {

/// Exit codes of `idmreport run` (documented in README.md).
enum ExitCode : int { kExitOk = 0, kExitDocumentsFailed = 1, kExitUsage = 2, kExitCheckFailed = 3 };

/// The inputs cannot make a run: a path that does not exist, or no PDF at all (a mistyped
/// path, an empty or unmounted folder). Thrown before anything is written or removed.
class InputError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// Runs the pipeline; returns what happened (also written to OUT/run.json). Throws
/// InputError (see above), OutputLockedError (another run writes into the folder) and
/// std::runtime_error when an output cannot be written (the earlier outputs are kept).
RunReport run_pipeline(const PipelineConfig& config);

/// The PDF files named by |inputs| (folders searched recursively), sorted, each once
/// (scan_inputs().files).
std::vector<std::string> collect_inputs(const std::vector<std::string>& inputs);

/// The wall-clock limit that goes with a CPU-time limit of |cpu_seconds| when none is given:
/// generous (4x, at least a minute more), since it only catches a document that waits
/// without computing; 0 when there is no CPU limit.
double wall_timeout_for(double cpu_seconds);

/// Documents at a time: config.jobs, or one per core.
unsigned jobs_of(const PipelineConfig& config);

}  // namespace idm
