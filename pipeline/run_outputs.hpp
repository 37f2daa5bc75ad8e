#pragma once
// What a run writes once its records are known: people.json, the workshops' files,
// summary.xlsx and run.json. Shared by `idmreport run` and `idmreport merge`, so that a merge
// of shards writes exactly what one run would.

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "model/document_record.hpp"
#include "model/run_report.hpp"

namespace idm {

struct RunOutputOptions {
  std::int64_t fixed_time = -1;  // SOURCE_DATE_EPOCH; -1: the clock
  bool strict = false;           // warnings make the exit code 1
  bool summary_pdf = false;      // --summary-pdf: also typeset workshops/<slug>/summary.pdf
  std::string report_language;   // --report-language: every workshop's outputs in it
  std::string link_base;         // --link-base: links to the PDFs under this URL
  unsigned threads = 1;  // writers side by side (the run's jobs); outputs do not depend on it
};

/// ISO 8601 UTC time of |seconds| since the epoch.
std::string iso_time(std::int64_t seconds);

/// Seconds since the epoch, now.
std::int64_t now_seconds();

/// Removes documents/<id>.json files of ids not in |records| (an earlier run's).
void remove_stale_records(const std::filesystem::path& out,
                          const std::vector<DocumentRecord>& records);

/// Writes people.json, workshops/<slug>/..., summary.xlsx and run.json into |out| (records
/// are already in documents/), and completes |report|: outputs, warnings of the writers,
/// finished time, exit code (1 when a document failed or was skipped). Only once every other
/// output is written does it remove what |records| no longer covers (records of other ids,
/// workshop folders of an earlier run), then write run.json: a write error (a full disk)
/// throws std::runtime_error with every earlier output still in place. With options.threads > 1,
/// people.json and the workshops' text files are written on a second thread while this one
/// writes the workbooks: the files and the order of the warnings are the same either way.
/// |records| by value: the caller moves them in (a copy of the archive's records was a sixth
/// of the parent's peak memory).
void write_run_outputs(const std::filesystem::path& out, std::vector<DocumentRecord> records,
                       RunReport& report, const RunOutputOptions& options);

}  // namespace idm
