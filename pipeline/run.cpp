#include "run.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <ctime>
#include <filesystem>
#include <set>

#include "classify/people_registry.hpp"
#include "extractors/extract_error.hpp"
#include "model/people_json.hpp"
#include "model/record_json.hpp"
#include "pipeline/document_id.hpp"
#include "pipeline/process_document.hpp"
#include "pipeline/progress.hpp"
#include "pipeline/run_json.hpp"
#include "pipeline/version.hpp"
#include "reports/atomic_file.hpp"
#include "reports/workshop_outputs.hpp"
#include "reports/xlsx_report.hpp"

namespace idm {
namespace fs = std::filesystem;
namespace {

std::string iso_time(std::int64_t seconds) {
  const std::time_t t = static_cast<std::time_t>(seconds);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

std::int64_t now_seconds() {
  return std::chrono::duration_cast<std::chrono::seconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

bool has_pdf_extension(const fs::path& path) {
  std::string ext = path.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](unsigned char c) { return std::tolower(c); });
  return ext == ".pdf";
}

// Records of an earlier run whose PDF is no longer among the inputs must not linger.
void remove_stale_records(const fs::path& documents_dir, const std::set<std::string>& kept) {
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(documents_dir, ec)) {
    const fs::path& p = entry.path();
    if (p.extension() == ".json" && !kept.count(p.stem().string())) fs::remove(p, ec);
  }
}

// Workshop folders of an earlier run that this run did not write.
void remove_stale_workshops(const fs::path& dir, const std::vector<std::string>& written) {
  std::set<std::string> kept;
  for (const std::string& path : written) {
    const fs::path p(path);  // workshops/<slug>/<file>
    auto it = p.begin();
    if (it != p.end() && ++it != p.end()) kept.insert(it->string());
  }
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(dir, ec)) {
    if (entry.is_directory(ec) && !kept.count(entry.path().filename().string())) {
      fs::remove_all(entry.path(), ec);
    }
  }
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
  const std::vector<std::string> inputs = collect_inputs(config.inputs);
  report.inputs = static_cast<int>(inputs.size());

  std::set<std::string> ids;
  std::vector<DocumentRecord> records;
  Progress progress(inputs.size(), config.quiet);
  for (size_t n = 0; n < inputs.size(); ++n) {
    const std::string& path = inputs[n];
    DocumentOutcome outcome;
    outcome.path = path;
    outcome.id = claim_unique_id(document_id_from_path(path), ids);
    const auto t0 = std::chrono::steady_clock::now();
    try {
      std::vector<std::string> notes;
      DocumentRecord record =
          process_document(path, ProcessOptions{config.password, config.ocr}, &notes);
      for (std::string& note : notes)
        report.warnings.push_back(RunWarning{outcome.id, 0, std::move(note)});
      record.id = outcome.id;
      outcome.pages = record.source.pages;
      write_file_atomically(out / "documents" / (record.id + ".json"), dump_record(record));
      report.outputs.push_back("documents/" + record.id + ".json");
      outcome.status = "ok";
      records.push_back(std::move(record));
    } catch (const ExtractError& e) {
      outcome.status = "failed";
      outcome.error_kind = to_string(e.kind());
      outcome.error = e.detail();
    } catch (const std::exception& e) {
      outcome.status = "failed";
      outcome.error_kind = "failed";
      outcome.error = std::string("internal error: ") + e.what();
    }
    outcome.seconds =
        fixed ? 0 : std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    progress.done(n, path, outcome.pages, outcome.seconds,
                  outcome.status == "failed" ? outcome.error : std::string());
    report.documents.push_back(std::move(outcome));
  }
  remove_stale_records(out / "documents", [&] {
    std::set<std::string> kept;
    for (const DocumentRecord& r : records)
      kept.insert(r.id);
    return kept;
  }());

  const bool any_failed =
      std::any_of(report.documents.begin(), report.documents.end(),
                  [](const DocumentOutcome& d) { return d.status == "failed"; });
  report.exit_code = any_failed ? kExitDocumentsFailed : kExitOk;

  const std::vector<Person> people = build_people_registry(records);
  write_file_atomically(out / "people.json", dump_people(people));
  report.outputs.push_back("people.json");

  // Per workshop: speaker lists and summaries. Folders of workshops no longer in the inputs
  // go, like stale records.
  WorkshopOutputOptions workshop_options;
  workshop_options.created = fixed ? config.fixed_time : 0;
  workshop_options.input_root = fs::current_path().string();
  workshop_options.on_warning = [&](const RunWarning& w) { report.warnings.push_back(w); };
  const std::vector<std::string> workshop_files =
      write_workshop_outputs(records, out, workshop_options);
  report.outputs.insert(report.outputs.end(), workshop_files.begin(), workshop_files.end());
  remove_stale_workshops(out / "workshops", workshop_files);

  report.outputs.push_back("summary.xlsx");
  report.outputs.push_back("run.json");
  report.finished = iso_time(fixed ? config.fixed_time : now_seconds());
  WorkbookOptions workbook;
  workbook.created = fixed ? config.fixed_time : 0;
  workbook.input_root = fs::current_path().string();
  workbook.run_times = fixed;
  workbook.on_warning = [&](const RunWarning& w) { report.warnings.push_back(w); };
  produce_file_atomically(out / "summary.xlsx", [&](const fs::path& tmp) {
    write_summary_workbook(report, records, people, tmp.string(), workbook);
  });
  write_file_atomically(out / "run.json", dump_run_report(report));
  return report;
}

}  // namespace idm
