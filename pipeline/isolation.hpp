#pragma once
// Each document in its own child process, with a time and a memory limit: a crash, hang or
// memory blow-up inside Poppler (or any stage) costs that document only.

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "model/document_record.hpp"
#include "pipeline/process_document.hpp"

namespace idm {

struct DocumentJob {
  std::string path;
  std::string id;  // the record's id, chosen by the caller
};

struct DocumentResult {
  std::string status;      // ok | failed
  std::string error_kind;  // not_found, not_pdf, damaged, encrypted, no_text, failed, timeout,
                           // out_of_memory, crashed (failed only)
  std::string error;       // one line a person understands
  std::vector<std::string> warnings;
  DocumentRecord record;  // ok only; record.id is the job's id
  double seconds = 0;     // wall time, measured by the parent
};

struct IsolationLimits {
  unsigned jobs = 1;  // children at a time (0 counts as 1)
  // CPU time per child (RLIMIT_CPU, whole seconds rounded up): the limit that decides, the
  // same on a loaded machine as on an idle one. <= 0: no limit.
  double cpu_seconds = 0;
  // Wall-clock time per child: the backstop for a child that waits without computing (a
  // blocked read). <= 0: no limit.
  double timeout_seconds = 120;
  std::uint64_t max_memory_bytes = 0;  // per child, RLIMIT_AS; 0: no limit
  bool isolate = true;                 // false: in this process, one at a time (debugging)
};

/// The memory limit per child when none is given: the machine's memory (or its cgroup's
/// limit, whichever is smaller) divided by |jobs|, at most 4 GiB, in whole MiB. A
/// decompression bomb then cannot make |jobs| children together exhaust the machine.
std::uint64_t default_memory_limit(unsigned jobs);

/// The memory of the machine as default_memory_limit sees it, in bytes (0 if unknown).
std::uint64_t usable_memory_bytes();

/// An error message made fit for one line of stderr and run.json: blanks collapsed, control
/// and bidi characters escaped (printable()), and a message Poppler repeated said once.
std::string clean_message(const std::string& text);

/// The error of a document stopped at its CPU-time limit of |cpu_seconds| (--timeout). It
/// names the limit: a cached timeout stands only for a run with the same limit.
std::string cpu_timeout_message(double cpu_seconds);

using ProcessFunction = std::function<DocumentResult(const DocumentJob&)>;
using DoneFunction = std::function<void(size_t, const DocumentResult&)>;

/// Processes every job with process_document, limits.jobs at a time, each in a forked child
/// killed at the timeout and limited in memory. Returns the results in job order whatever the
/// completion order; on_done(index, result), when given, runs in the caller's process and
/// thread as each completes (progress). The caller must be single-threaded (it forks).
std::vector<DocumentResult> process_documents(const std::vector<DocumentJob>& jobs,
                                              const ProcessOptions& options,
                                              const IsolationLimits& limits,
                                              const DoneFunction& on_done = {});

/// Same with any processing function (tests crash, hang or exhaust memory with it). What
/// |process| throws becomes a failed result.
std::vector<DocumentResult> process_documents(const std::vector<DocumentJob>& jobs,
                                              const ProcessFunction& process,
                                              const IsolationLimits& limits,
                                              const DoneFunction& on_done = {});

/// process_document for one job in this process, failures turned into a failed result.
DocumentResult process_one_document(const DocumentJob& job, const ProcessOptions& options);

/// "2G", "512M", "64k", "1GiB", "1048576" (binary multiples) -> bytes. False when malformed.
bool parse_memory_size(std::string_view text, std::uint64_t& bytes);

}  // namespace idm
