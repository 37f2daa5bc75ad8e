#pragma once
// `idmreport merge`: the records and run.json files of the shards of a run (`run --shard K/N`,
// one output folder each) read back as the records and report of one run over every input.

#include <cstdint>
#include <filesystem>
#include <stdexcept>
#include <string>
#include <vector>

#include "model/document_record.hpp"
#include "model/run_report.hpp"

namespace idm {

/// A shard folder that cannot be merged: missing or unreadable run.json or record, a record
/// that is not a document record, or one document id in two shards.
class MergeError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// Every DIR/documents/*.json of |shard_out_dirs|, sorted by id. Throws MergeError on a
/// duplicate id or an unreadable record.
std::vector<DocumentRecord> load_records(const std::vector<std::filesystem::path>& shard_out_dirs);

/// The DIR/run.json files of |shard_out_dirs| as one report: documents sorted by path (the
/// order of a single run), warnings concatenated in that document order (warnings naming no
/// document of the shards last, in folder order), inputs summed, the earliest start and the
/// latest finish, outputs "documents/<id>.json" of the ok documents in document order, exit
/// code 1 when a document failed else 0. Throws MergeError as load_records.
RunReport merge_run_reports(const std::vector<std::filesystem::path>& shard_out_dirs);

/// |records| in the order of |report|'s documents (as a single run holds them); records
/// the report does not name go last, by id.
std::vector<DocumentRecord> order_like_report(std::vector<DocumentRecord> records,
                                              const RunReport& report);

struct MergeConfig {
  std::vector<std::filesystem::path> from;  // the shards' output folders
  std::filesystem::path out;                // may be a new folder; not one of |from|
  std::int64_t fixed_time = -1;             // SOURCE_DATE_EPOCH, as for `run`; -1: none
  bool strict = false;                      // a warning makes the exit code 1, as for `run`
  bool summary_pdf = false;                 // also typeset summary.pdf, as for `run`
  std::string report_language;              // --report-language, as for `run`
  std::string link_base;                    // --link-base, as for `run`
};

/// Writes into |config.out| what a single run over the shards' inputs writes: documents/*.json,
/// people.json, workshops/, summary.xlsx and run.json (stale records and workshop folders
/// removed), and returns the merged report. Throws MergeError (nothing written then) when the
/// shards cannot be merged or an ok document has no record.
RunReport merge_run(const MergeConfig& config);

}  // namespace idm
