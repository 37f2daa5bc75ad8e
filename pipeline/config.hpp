#pragma once
// Everything a run needs to know, filled from the command line and an optional INI file.

#include <cstdint>
#include <string>
#include <vector>

#include "extractors/ocr.hpp"

namespace idm {

struct PipelineConfig {
  std::vector<std::string> inputs;  // PDF files and folders (searched recursively for *.pdf)
  std::string out_dir = "out";
  std::string password;  // for encrypted PDFs
  OcrOptions ocr;        // pages without a text layer: --ocr auto|always|never
  bool quiet = false;
  bool verbose = false;
  // Fixed time for reproducible outputs (SOURCE_DATE_EPOCH); -1: use the clock.
  std::int64_t fixed_time = -1;
};

}  // namespace idm
