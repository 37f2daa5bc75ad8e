#include "run_json.hpp"

#include <cmath>
#include <nlohmann/json.hpp>

namespace idm {

std::string dump_run_report(const RunReport& report) {
  nlohmann::ordered_json j;
  j["started"] = report.started;
  j["finished"] = report.finished;
  j["version"] = report.version;
  j["inputs"] = report.inputs;
  auto documents = nlohmann::ordered_json::array();
  for (const DocumentOutcome& d : report.documents) {
    nlohmann::ordered_json dj;
    dj["id"] = d.id;
    dj["path"] = d.path;
    dj["status"] = d.status;
    if (!d.error.empty()) {
      dj["error"] = d.error;
      dj["error_kind"] = d.error_kind;
    }
    dj["pages"] = d.pages;
    dj["seconds"] = std::round(d.seconds * 1000) / 1000;
    documents.push_back(std::move(dj));
  }
  j["documents"] = std::move(documents);
  auto warnings = nlohmann::ordered_json::array();
  for (const RunWarning& w : report.warnings) {
    nlohmann::ordered_json wj;
    wj["document"] = w.document;
    if (w.page > 0) wj["page"] = w.page;
    wj["message"] = w.message;
    warnings.push_back(std::move(wj));
  }
  j["warnings"] = std::move(warnings);
  j["outputs"] = report.outputs;
  if (report.cache_entries >= 0) {
    // The cache only grows with every build: its size here, `idmreport cache prune` to cut it.
    j["cache"] = {{"entries", report.cache_entries}, {"bytes", report.cache_bytes}};
  }
  j["exit_code"] = report.exit_code;
  return j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

}  // namespace idm
