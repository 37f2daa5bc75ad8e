#include "run.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <optional>
#include <set>
#include <sstream>
#include <thread>

#include "classify/ocr_warnings.hpp"
#include "classify/quality.hpp"
#include "model/record_json.hpp"
#include "model/stage_timings.hpp"
#include "pipeline/cache.hpp"
#include "pipeline/document_id.hpp"
#include "pipeline/isolation.hpp"
#include "pipeline/process_document.hpp"
#include "pipeline/progress.hpp"
#include "pipeline/run_json.hpp"
#include "pipeline/run_outputs.hpp"
#include "pipeline/sha256.hpp"
#include "pipeline/shard.hpp"
#include "pipeline/version.hpp"
#include "reports/atomic_file.hpp"

namespace idm {
namespace fs = std::filesystem;
namespace {

bool has_pdf_extension(const fs::path& path) {
  std::string ext = path.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](unsigned char c) { return std::tolower(c); });
  return ext == ".pdf";
}

// The cache key of the file at |path|; empty when it cannot be read (the run reports why).
std::string cache_key(const ResultCache& cache, const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return {};
  std::ostringstream bytes;
  bytes << in.rdbuf();
  if (in.bad()) return {};
  return cache.key_for(sha256_hex(bytes.view()));
}

}  // namespace

std::vector<std::string> collect_inputs(const std::vector<std::string>& inputs) {
  std::set<std::string> found;
  for (const std::string& input : inputs) {
    std::error_code ec;
    if (fs::is_directory(input, ec)) {
      for (auto it = fs::recursive_directory_iterator(
               input, fs::directory_options::skip_permission_denied, ec);
           it != fs::recursive_directory_iterator(); it.increment(ec)) {
        if (ec) break;
        if (it->is_regular_file(ec) && has_pdf_extension(it->path()))
          found.insert(it->path().string());
      }
    } else {
      found.insert(input);
    }
  }
  return {found.begin(), found.end()};
}

RunReport run_pipeline(const PipelineConfig& config) {
  const bool fixed = config.fixed_time >= 0;
  RunReport report;
  report.version = kVersion;
  report.started = iso_time(fixed ? config.fixed_time : now_seconds());

  const fs::path out(config.out_dir);
  fs::create_directories(out / "documents");
  std::vector<std::string> inputs = collect_inputs(config.inputs);
  if (config.shard.count > 1) inputs = select_shard(inputs, config.shard);
  report.inputs = static_cast<int>(inputs.size());

  std::set<std::string> ids;
  std::vector<DocumentJob> jobs;
  for (const std::string& path : inputs)
    jobs.push_back(DocumentJob{path, claim_unique_id(document_id_from_path(path), ids)});
  IsolationLimits limits;
  limits.jobs = config.jobs > 0 ? config.jobs : std::max(1u, std::thread::hardware_concurrency());
  limits.timeout_seconds = config.timeout_seconds;
  limits.max_memory_bytes = config.max_memory_bytes;
  limits.isolate = config.isolate;
  Progress progress(inputs.size(), config.quiet);
  const auto done = [&](size_t n, const DocumentResult& result) {
    progress.done(n, jobs[n].path, result.record.source.pages, fixed ? 0 : result.seconds,
                  result.status == "ok" ? std::string() : result.error);
  };
  // --cache: documents whose bytes, program and options are unchanged are not read again.
  const ResultCache cache(config.cache_dir, config_fingerprint(config));
  std::vector<std::string> keys(jobs.size());
  std::vector<DocumentResult> results(jobs.size());
  std::vector<DocumentJob> todo;
  std::vector<size_t> todo_index;
  for (size_t n = 0; n < jobs.size(); ++n) {
    const timings::Scope timed("0 cache lookup");
    if (cache.enabled()) keys[n] = cache_key(cache, jobs[n].path);
    std::optional<CachedResult> hit;
    if (!keys[n].empty()) hit = cache.load(keys[n]);
    if (!hit) {
      todo.push_back(jobs[n]);
      todo_index.push_back(n);
      continue;
    }
    DocumentResult& result = results[n];
    result.status = hit->ok() ? "ok" : "failed";
    result.error_kind = std::move(hit->error_kind);
    result.error = std::move(hit->error);
    result.warnings = std::move(hit->warnings);
    result.record = std::move(hit->record);
    result.record.id = jobs[n].id;
    result.record.source.path = jobs[n].path;  // as given in this run, not the cached run's
    done(n, result);
  }
  // Each document in a child process; results come back in input order whatever --jobs.
  std::vector<DocumentResult> fresh = process_documents(
      todo, ProcessOptions{config.password, config.ocr}, limits,
      [&](size_t i, const DocumentResult& result) { done(todo_index[i], result); });
  for (size_t i = 0; i < fresh.size(); ++i) {
    const size_t n = todo_index[i];
    const timings::Scope timed("5 store results");
    DocumentResult& result = results[n] = std::move(fresh[i]);
    // Numbers rounded as in the JSON: the same outputs whether a record came from the cache.
    if (result.status == "ok") result.record = as_stored(result.record);
    if (!keys[n].empty()) {
      cache.store(keys[n], CachedResult{result.record, result.warnings,
                                        result.status == "ok" ? std::string() : result.error_kind,
                                        result.error});
    }
  }
  std::vector<DocumentRecord> records;
  for (size_t n = 0; n < results.size(); ++n) {
    DocumentResult& result = results[n];
    DocumentOutcome outcome;
    outcome.path = jobs[n].path;
    outcome.id = jobs[n].id;
    outcome.status = result.status;
    outcome.error_kind = result.error_kind;
    outcome.error = result.error;
    outcome.seconds = fixed ? 0 : result.seconds;
    if (result.status == "ok") {
      const timings::Scope timed("6 quality, records");
      try {
        DocumentRecord& record = result.record;
        record.id = outcome.id;
        outcome.pages = record.source.pages;
        for (std::string& note : result.warnings)
          report.warnings.push_back(RunWarning{outcome.id, 0, std::move(note)});
        // Quality without gold, and OCR the engine itself doubts.
        for (std::string& flag : assess_quality(record, config.quality).flags)
          report.warnings.push_back(RunWarning{outcome.id, 0, std::move(flag)});
        for (std::string& low : low_confidence_warnings(record, config.ocr_min_confidence))
          report.warnings.push_back(RunWarning{outcome.id, 0, std::move(low)});
        write_file_atomically(out / "documents" / (record.id + ".json"), dump_record(record));
        report.outputs.push_back("documents/" + record.id + ".json");
        records.push_back(std::move(record));
      } catch (const std::exception& e) {
        outcome.status = "failed";
        outcome.error_kind = "failed";
        outcome.error = std::string("internal error: ") + e.what();
      }
    }
    report.documents.push_back(std::move(outcome));
  }
  remove_stale_records(out, records);
  if (config.shard.count > 1) {
    // A shard writes its records and run.json; `idmreport merge` writes the rest once.
    report.outputs.push_back("run.json");
    report.finished = iso_time(fixed ? config.fixed_time : now_seconds());
    report.exit_code = std::any_of(report.documents.begin(), report.documents.end(),
                                   [](const DocumentOutcome& d) { return d.status == "failed"; })
                           ? kExitDocumentsFailed
                           : kExitOk;
    if (config.strict && !report.warnings.empty()) report.exit_code = kExitDocumentsFailed;
    write_file_atomically(out / "run.json", dump_run_report(report));
    return report;
  }
  write_run_outputs(out, records, report,
                    RunOutputOptions{config.fixed_time, config.strict, config.summary_pdf});
  return report;
}

}  // namespace idm
