#pragma once
// Everything a run needs to know, filled from the command line and an optional INI file.

#include <cstdint>
#include <string>
#include <vector>

#include "classify/quality.hpp"
#include "extractors/ocr.hpp"
#include "pipeline/shard.hpp"

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
  // Each document in a child process (pipeline/isolation.hpp).
  unsigned jobs = 0;                            // documents at a time; 0: one per core
  double timeout_seconds = 120;                 // per document; 0: no limit
  std::uint64_t max_memory_bytes = 4ull << 30;  // per document (address space); 0: no limit
  bool isolate = true;                          // false: in this process, one at a time (debugging)
  bool strict = false;                          // warnings make the exit code 1
  bool summary_pdf = false;        // --summary-pdf: also typeset each workshop's summary.pdf
  Shard shard;                     // --shard K/N: this run's share of the inputs
  QualityThresholds quality;       // extraction that is probably broken goes to Warnings
  double ocr_min_confidence = 60;  // OCR'd blocks below this go to Warnings
  std::string cache_dir;           // --cache: per-document results kept between runs; empty: none
  std::string check_dir;  // --check: expected outputs to compare the run's with; empty: none
};

}  // namespace idm
