#include "run.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <sstream>
#include <thread>

#include "classify/ocr_warnings.hpp"
#include "classify/quality.hpp"
#include "classify/understand.hpp"
#include "extractors/page_workers.hpp"
#include "extractors/pdf_reader.hpp"
#include "model/record_json.hpp"
#include "model/stage_timings.hpp"
#include "pipeline/background_task.hpp"
#include "pipeline/cache.hpp"
#include "pipeline/cache_prune.hpp"
#include "pipeline/document_id.hpp"
#include "pipeline/input_scan.hpp"
#include "pipeline/isolation.hpp"
#include "pipeline/output_lock.hpp"
#include "pipeline/printable.hpp"
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

// The cache key of the file at |path|; empty when it cannot be read (the run reports why).
std::string cache_key(const ResultCache& cache, const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return {};
  std::ostringstream bytes;
  bytes << in.rdbuf();
  if (in.bad()) return {};
  return cache.key_for(sha256_hex(bytes.view()));
}

// Refuses inputs that cannot make a run, before anything is written or removed.
void check_inputs(const InputScan& scan) {
  if (!scan.missing.empty()) {
    std::string list;
    for (const std::string& missing : scan.missing)
      list += (list.empty() ? "" : "; ") + printable(missing);
    throw InputError(fmt::format("input not found: {} (nothing was written or removed)", list));
  }
  if (scan.files.empty()) {
    std::string why;
    if (!scan.skipped.empty()) {
      why = fmt::format("; {} entries skipped, the first: {}: {}", scan.skipped.size(),
                        printable(scan.skipped.front().path), scan.skipped.front().reason);
    }
    throw InputError(fmt::format("no PDF in the inputs{} (nothing was written or removed)", why));
  }
}

// The record an earlier run wrote for |id|, if it is there and readable.
std::optional<DocumentRecord> earlier_record(const fs::path& documents, const std::string& id) {
  std::ifstream in(documents / (id + ".json"), std::ios::binary);
  if (!in) return std::nullopt;
  try {
    DocumentRecord record = record_from_json(nlohmann::json::parse(in));
    record.id = id;
    return record;
  } catch (const std::exception&) {
    return std::nullopt;  // not a record: left alone, and not reported on
  }
}

// Ids of the records in |documents| (documents/<id>.json), sorted.
std::vector<std::string> record_ids(const fs::path& documents) {
  std::vector<std::string> ids;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(documents, ec)) {
    const fs::path& p = entry.path();
    if (p.extension() == ".json" && !is_temporary_name(p.filename().string()))
      ids.push_back(p.stem().string());
  }
  std::sort(ids.begin(), ids.end());
  return ids;
}

}  // namespace

std::vector<std::string> collect_inputs(const std::vector<std::string>& inputs) {
  return scan_inputs(inputs).files;
}

double wall_timeout_for(double cpu_seconds) {
  return cpu_seconds > 0 ? std::max(4 * cpu_seconds, cpu_seconds + 60) : 0;
}

unsigned jobs_of(const PipelineConfig& config) {
  return config.jobs > 0 ? config.jobs : std::max(1u, std::thread::hardware_concurrency());
}

RunReport run_pipeline(const PipelineConfig& config) {
  const bool fixed = config.fixed_time >= 0;
  RunReport report;
  report.version = kVersion;
  report.started = iso_time(fixed ? config.fixed_time : now_seconds());

  InputScan scan = scan_inputs(config.inputs);
  check_inputs(scan);
  const fs::path out(config.out_dir);
  const OutputLock lock(out, config.wait_for_lock, [&](long pid) {
    fmt::print(stderr, "idmreport: waiting for the run {} that writes into {}\n",
               pid > 0 ? fmt::format("with PID {}", pid) : std::string("(PID unknown)"),
               printable(out.string()));
  });
  // Under the lock no other run writes here: temporary files are an interrupted run's.
  remove_leftover_temporaries(out, 2);  // OUT, OUT/documents, OUT/workshops/<slug>
  fs::create_directories(out / "documents");

  std::vector<std::string> inputs = std::move(scan.files);
  std::vector<SkippedInput> skipped = std::move(scan.skipped);
  if (config.shard.count > 1) {
    inputs = select_shard(inputs, config.shard);
    std::erase_if(skipped, [&](const SkippedInput& s) {
      return shard_of(s.path, config.shard.count) != config.shard.index;
    });
  }
  report.inputs = static_cast<int>(inputs.size() + skipped.size());

  // Ids: the PDFs to read first, so that an entry that could not be read never takes a PDF's.
  std::set<std::string> ids;
  std::vector<DocumentJob> jobs;
  for (const std::string& path : inputs)
    jobs.push_back(DocumentJob{path, claim_unique_id(document_id_from_path(path), ids)});
  std::vector<std::string> skipped_ids;
  for (const SkippedInput& s : skipped)
    skipped_ids.push_back(claim_unique_id(document_id_from_path(s.path), ids));

  IsolationLimits limits;
  limits.jobs = jobs_of(config);
  limits.cpu_seconds = config.timeout_seconds;
  limits.timeout_seconds = config.wall_timeout_seconds >= 0
                               ? config.wall_timeout_seconds
                               : wall_timeout_for(config.timeout_seconds);
  limits.max_memory_bytes =
      config.max_memory_bytes ? *config.max_memory_bytes : default_memory_limit(limits.jobs);
  limits.isolate = config.isolate;
  for (const SkippedInput& s : skipped)
    fmt::print(stderr, "idmreport: {}: {}\n", printable(s.path), s.reason);
  Progress progress(inputs.size(), config.quiet);
  const auto done = [&](size_t n, const DocumentResult& result) {
    progress.done(jobs[n].path, result.record.source.pages, fixed ? 0 : result.seconds,
                  result.status == "ok" ? std::string() : result.error);
  };
  // --cache: documents whose bytes, program and options are unchanged are not read again.
  // The fingerprint names the OCR engine's version, which loads the OCR module: only with a cache.
  const ResultCache cache(config.cache_dir,
                          config.cache_dir.empty() ? std::string() : config_fingerprint(config));
  std::vector<std::string> keys(jobs.size());
  std::vector<DocumentResult> results(jobs.size());
  std::vector<DocumentJob> todo;
  std::vector<size_t> todo_index;
  for (size_t n = 0; n < jobs.size(); ++n) {
    const timings::Scope timed("0 cache lookup");
    if (cache.enabled()) keys[n] = cache_key(cache, jobs[n].path);
    std::optional<CachedResult> hit;
    if (!keys[n].empty()) hit = cache.load(keys[n]);
    // A document stopped at another CPU-time limit may finish under this one.
    if (hit && hit->error_kind == "timeout" &&
        hit->error != cpu_timeout_message(config.timeout_seconds)) {
      hit.reset();
    }
    if (!hit) {
      todo.push_back(jobs[n]);
      todo_index.push_back(n);
      continue;
    }
    touch_cache_entry(cache.path_for(keys[n]));  // in use: `cache prune --older-than` keeps it
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
  // What every child needs is set up here once, and inherited: Poppler's tables, OpenSSL's
  // digest, the classifier's folded names.
  if (!todo.empty()) {
    prepare_pdf_reader();
    prepare_sha256();
    prepare_understanding();
  }
  std::vector<DocumentResult> fresh = process_documents(
      todo, ProcessOptions{config.password, config.ocr}, limits,
      [&](size_t i, const DocumentResult& result) { done(todo_index[i], result); });
  for (size_t i = 0; i < fresh.size(); ++i) {
    const size_t n = todo_index[i];
    const timings::Scope timed("5 store results");
    DocumentResult& result = results[n] = std::move(fresh[i]);
    // Numbers rounded as in the JSON: the same outputs whether a record came from the cache.
    // A record from a child process came through JSON already (encoded there, decoded here).
    if (result.status == "ok" && !limits.isolate) result.record = as_stored(result.record);
    if (!keys[n].empty()) {
      cache.store(keys[n], CachedResult{result.record, result.warnings,
                                        result.status == "ok" ? std::string() : result.error_kind,
                                        result.error});
    }
  }

  const fs::path documents = out / "documents";
  std::vector<DocumentRecord> records;
  // A document this run could not read keeps the record an earlier run made of it: a
  // timeout on a loaded night or a killed child must not cost the archive its record.
  const auto keep_earlier = [&](const std::string& id) {
    std::optional<DocumentRecord> earlier = earlier_record(documents, id);
    if (!earlier) return;
    report.warnings.push_back(
        RunWarning{id, 0, "not read in this run: the record of an earlier run is kept"});
    report.outputs.push_back("documents/" + id + ".json");
    records.push_back(std::move(*earlier));
  };
  // Each good record's quality notes and its JSON file, side by side (two tasks per document,
  // documents side by side too); what they add to the report then goes in in document order.
  // The JSON file is put in place only once the notes are made: a document whose notes fail
  // keeps the record an earlier run wrote.
  struct Checked {
    std::vector<RunWarning> notes;
    std::string error;  // an internal error: the document fails
    std::unique_ptr<PendingFile> record_file;
    std::exception_ptr write_error;  // a full disk, say
  };
  std::vector<Checked> checked(results.size());
  for (size_t n = 0; n < results.size(); ++n)
    results[n].record.id = jobs[n].id;
  for_each_index(2 * results.size(), jobs_of(config), [&](size_t task) {
    const size_t n = task / 2;
    DocumentResult& result = results[n];
    if (result.status != "ok") return;
    const DocumentRecord& record = result.record;
    if (task % 2 == 1) {
      const timings::Scope timed("6 records");
      try {
        checked[n].record_file =
            std::make_unique<PendingFile>(documents / (record.id + ".json"), dump_record(record));
      } catch (...) {
        checked[n].write_error = std::current_exception();
      }
      return;
    }
    const timings::Scope timed("6 quality notes");
    std::vector<RunWarning>& notes = checked[n].notes;
    try {
      for (std::string& note : result.warnings)
        notes.push_back(RunWarning{record.id, 0, std::move(note)});
      // Quality without gold, and OCR the engine itself doubts.
      for (std::string& flag : assess_quality(record, config.quality).flags)
        notes.push_back(RunWarning{record.id, 0, std::move(flag)});
      for (std::string& low : low_confidence_warnings(record, config.ocr_min_confidence))
        notes.push_back(RunWarning{record.id, 0, std::move(low)});
    } catch (const std::exception& e) {
      checked[n].error = clean_message(std::string("internal error: ") + e.what());
    }
  });
  // A write error (a full disk) stops the run once the other records are in place: nothing
  // has been removed yet.
  std::exception_ptr write_error;
  for (Checked& check : checked) {
    if (check.write_error && !write_error) write_error = check.write_error;
    try {
      if (check.record_file && check.error.empty()) check.record_file->commit();
    } catch (...) {
      if (!write_error) write_error = std::current_exception();
    }
    check.record_file.reset();
  }
  if (write_error) std::rethrow_exception(write_error);
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
      DocumentRecord& record = result.record;
      outcome.pages = record.source.pages;
      if (!checked[n].error.empty()) {
        outcome.status = "failed";
        outcome.error_kind = "failed";
        outcome.error = checked[n].error;
      } else {
        report.warnings.insert(report.warnings.end(), checked[n].notes.begin(),
                               checked[n].notes.end());
        report.outputs.push_back("documents/" + record.id + ".json");
        records.push_back(std::move(record));
      }
    }
    if (outcome.status != "ok") keep_earlier(outcome.id);
    report.documents.push_back(std::move(outcome));
  }
  for (size_t s = 0; s < skipped.size(); ++s) {
    DocumentOutcome outcome;
    outcome.path = skipped[s].path;
    outcome.id = skipped_ids[s];
    outcome.status = "skipped";
    outcome.error_kind = skipped[s].kind;
    outcome.error = skipped[s].reason;
    keep_earlier(outcome.id);
    report.documents.push_back(std::move(outcome));
  }
  // Records of PDFs that are no longer among the inputs: removed only when asked (--prune)
  // and only when every folder could be listed; otherwise kept, and in the reports.
  const bool prune = config.prune && scan.whole;
  if (config.prune && !scan.whole) {
    report.warnings.push_back(RunWarning{
        "", 0, "--prune not applied: a folder of the inputs could not be listed (see run.json)"});
  }
  if (!prune) {
    for (const std::string& id : record_ids(documents)) {
      if (ids.count(id)) continue;
      if (std::optional<DocumentRecord> earlier = earlier_record(documents, id)) {
        report.outputs.push_back("documents/" + id + ".json");
        records.push_back(std::move(*earlier));
      }
    }
  }
  if (cache.enabled()) {
    const CacheUsage usage = measure_cache(config.cache_dir);
    report.cache_entries = static_cast<long long>(usage.entries);
    report.cache_bytes = static_cast<long long>(usage.bytes);
  }
  if (config.shard.count > 1) {
    // A shard writes its records and run.json; `idmreport merge` writes the rest once.
    remove_stale_records(out, records);
    report.outputs.push_back("run.json");
    report.finished = iso_time(fixed ? config.fixed_time : now_seconds());
    report.exit_code = std::any_of(report.documents.begin(), report.documents.end(),
                                   [](const DocumentOutcome& d) { return d.status != "ok"; })
                           ? kExitDocumentsFailed
                           : kExitOk;
    if (config.strict && !report.warnings.empty()) report.exit_code = kExitDocumentsFailed;
    write_file_atomically(out / "run.json", dump_run_report(report));
    return report;
  }
  write_run_outputs(out, std::move(records), report,
                    RunOutputOptions{config.fixed_time, config.strict, config.summary_pdf,
                                     config.report_language, config.link_base, jobs_of(config)});
  return report;
}

}  // namespace idm
