#pragma once

#include <string>

#include "model/run_report.hpp"

namespace idm {

/// run.json text (contract: started, finished, inputs, documents, warnings, outputs, exit_code).
std::string dump_run_report(const RunReport& report);

}  // namespace idm
