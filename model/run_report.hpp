#pragma once
// What a run did, document by document: the content of run.json (see ../shared/contract).

#include <string>
#include <vector>

namespace idm {

struct DocumentOutcome {
  std::string id;
  std::string path;
  std::string status;      // ok | failed | skipped
  std::string error_kind;  // not_pdf, damaged, encrypted, no_text, ... (failed only)
  std::string error;       // one line a person understands
  int pages = 0;
  double seconds = 0;
};

struct RunWarning {
  std::string document;
  int page = 0;  // 0: the whole document
  std::string message;
};

struct RunReport {
  std::string started;  // ISO 8601, UTC
  std::string finished;
  std::string version;
  int inputs = 0;
  std::vector<DocumentOutcome> documents;
  std::vector<RunWarning> warnings;
  std::vector<std::string> outputs;  // relative to the output folder
  int exit_code = 0;
  // --cache: the cache folder's entries and bytes after the run; -1: no cache.
  long long cache_entries = -1;
  long long cache_bytes = 0;
};

}  // namespace idm
