#pragma once
// Everything a run needs to know, filled from the command line and an optional INI file.

#include <cstdint>
#include <optional>
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
  unsigned jobs = 0;             // documents at a time; 0: one per core
  double timeout_seconds = 120;  // CPU time per document (--timeout); 0: no limit
  // Wall-clock time per document (--wall-timeout), for a document that waits without
  // computing; negative: wall_timeout_for(timeout_seconds); 0: no limit.
  double wall_timeout_seconds = -1;
  // Per document (address space); 0: no limit; none: default_memory_limit(jobs).
  std::optional<std::uint64_t> max_memory_bytes;
  bool isolate = true;  // false: in this process, one at a time (debugging)
  bool prune = false;   // --prune: remove records of PDFs that are no longer among the inputs
  bool wait_for_lock = false;      // --wait: wait for another run into the same folder
  bool strict = false;             // warnings make the exit code 1
  bool summary_pdf = false;        // --summary-pdf: also typeset each workshop's summary.pdf
  std::string report_language;     // --report-language fr|en|es; empty: each workshop's own
  std::string link_base;           // --link-base URL: links to the PDFs under it; empty: relative
  Shard shard;                     // --shard K/N: this run's share of the inputs
  QualityThresholds quality;       // extraction that is probably broken goes to Warnings
  double ocr_min_confidence = 60;  // OCR'd blocks below this go to Warnings
  std::string cache_dir;           // --cache: per-document results kept between runs; empty: none
  std::string check_dir;  // --check: expected outputs to compare the run's with; empty: none
};

}  // namespace idm
