#pragma once
// Everything a run needs to know, filled from the command line and an optional INI file.

#include <cstdint>
#include <string>
#include <vector>

namespace idm {

struct PipelineConfig {
  std::vector<std::string> inputs;  // PDF files and folders (searched recursively for *.pdf)
  std::string out_dir = "out";
  std::string password;  // for encrypted PDFs
  bool quiet = false;
  bool verbose = false;
  // Fixed time for reproducible outputs (SOURCE_DATE_EPOCH); -1: use the clock.
  std::int64_t fixed_time = -1;
};

}  // namespace idm
