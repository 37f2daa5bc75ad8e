#include "merge.hpp"

#include "pipeline/run_outputs.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <ctime>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <thread>

#include "classify/people_registry.hpp"
#include "model/people_json.hpp"
#include "model/record_json.hpp"
#include "pipeline/output_lock.hpp"
#include "pipeline/run_json.hpp"
#include "reports/atomic_file.hpp"
#include "reports/workshop_outputs.hpp"
#include "reports/xlsx_report.hpp"

namespace idm {
namespace fs = std::filesystem;
namespace {

nlohmann::json read_json(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw MergeError(fmt::format("cannot read {}", path.string()));
  try {
    return nlohmann::json::parse(in);
  } catch (const nlohmann::json::exception& e) {
    throw MergeError(fmt::format("{} is not valid JSON: {}", path.string(), e.what()));
  }
}

template <typename T>
T value_or(const nlohmann::json& j, const char* key, T fallback) {
  const auto it = j.find(key);
  if (it == j.end() || it->is_null()) return fallback;
  return it->get<T>();
}

}  // namespace

std::vector<DocumentRecord> load_records(const std::vector<fs::path>& shard_out_dirs) {
  std::vector<DocumentRecord> records;
  std::map<std::string, fs::path> seen;
  for (const fs::path& dir : shard_out_dirs) {
    const fs::path documents = dir / "documents";
    std::error_code ec;
    if (!fs::is_directory(documents, ec)) continue;  // a shard with no readable document
    std::vector<fs::path> files;
    for (const auto& entry : fs::directory_iterator(documents, ec)) {
      if (entry.path().extension() == ".json") files.push_back(entry.path());
    }
    if (ec) throw MergeError(fmt::format("cannot list {}: {}", documents.string(), ec.message()));
    std::sort(files.begin(), files.end());
    for (const fs::path& file : files) {
      DocumentRecord record;
      try {
        record = record_from_json(read_json(file));
      } catch (const MergeError&) {
        throw;
      } catch (const std::exception& e) {
        throw MergeError(fmt::format("{} is not a document record: {}", file.string(), e.what()));
      }
      if (record.id.empty()) record.id = file.stem().string();
      const auto [it, inserted] = seen.emplace(record.id, file);
      if (!inserted) {
        throw MergeError(fmt::format("document {} is in two shards: {} and {}", record.id,
                                     it->second.string(), file.string()));
      }
      records.push_back(std::move(record));
    }
  }
  std::sort(records.begin(), records.end(),
            [](const DocumentRecord& a, const DocumentRecord& b) { return a.id < b.id; });
  return records;
}

RunReport merge_run_reports(const std::vector<fs::path>& shard_out_dirs) {
  RunReport merged;
  std::vector<RunWarning> warnings;  // in folder order
  std::map<std::string, fs::path> seen;
  for (const fs::path& dir : shard_out_dirs) {
    const fs::path file = dir / "run.json";
    const nlohmann::json j = read_json(file);
    try {
      const std::string started = value_or<std::string>(j, "started", "");
      const std::string finished = value_or<std::string>(j, "finished", "");
      if (!started.empty() && (merged.started.empty() || started < merged.started))
        merged.started = started;
      if (finished > merged.finished) merged.finished = finished;
      if (merged.version.empty()) merged.version = value_or<std::string>(j, "version", "");
      merged.inputs += value_or<int>(j, "inputs", 0);
      for (const nlohmann::json& dj : j.value("documents", nlohmann::json::array())) {
        DocumentOutcome d;
        d.id = dj.at("id").get<std::string>();
        d.path = dj.at("path").get<std::string>();
        d.status = dj.at("status").get<std::string>();
        d.error = value_or<std::string>(dj, "error", "");
        d.error_kind = value_or<std::string>(dj, "error_kind", "");
        d.pages = value_or<int>(dj, "pages", 0);
        d.seconds = value_or<double>(dj, "seconds", 0);
        const auto [it, inserted] = seen.emplace(d.id, file);
        if (!inserted) {
          throw MergeError(fmt::format("document {} is in two shards: {} and {}", d.id,
                                       it->second.string(), file.string()));
        }
        merged.documents.push_back(std::move(d));
      }
      for (const nlohmann::json& wj : j.value("warnings", nlohmann::json::array())) {
        warnings.push_back(RunWarning{value_or<std::string>(wj, "document", ""),
                                      value_or<int>(wj, "page", 0),
                                      value_or<std::string>(wj, "message", "")});
      }
    } catch (const nlohmann::json::exception& e) {
      throw MergeError(fmt::format("{} is not a run report: {}", file.string(), e.what()));
    }
  }
  std::stable_sort(
      merged.documents.begin(), merged.documents.end(),
      [](const DocumentOutcome& a, const DocumentOutcome& b) { return a.path < b.path; });

  std::map<std::string, size_t> position;
  for (size_t i = 0; i < merged.documents.size(); ++i)
    position.emplace(merged.documents[i].id, i);
  const size_t unplaced = merged.documents.size();
  const auto place = [&](const RunWarning& w) {
    const auto it = position.find(w.document);
    return it == position.end() ? unplaced : it->second;
  };
  std::stable_sort(warnings.begin(), warnings.end(),
                   [&](const RunWarning& a, const RunWarning& b) { return place(a) < place(b); });
  merged.warnings = std::move(warnings);

  bool failed = false;
  for (const DocumentOutcome& d : merged.documents) {
    if (d.status == "ok") merged.outputs.push_back("documents/" + d.id + ".json");
    if (d.status == "failed") failed = true;
  }
  merged.exit_code = failed ? 1 : 0;
  return merged;
}

std::vector<DocumentRecord> order_like_report(std::vector<DocumentRecord> records,
                                              const RunReport& report) {
  std::map<std::string, size_t> position;
  for (size_t i = 0; i < report.documents.size(); ++i)
    position.emplace(report.documents[i].id, i);
  const auto place = [&](const DocumentRecord& r) {
    const auto it = position.find(r.id);
    return it == position.end() ? report.documents.size() : it->second;
  };
  std::stable_sort(records.begin(), records.end(),
                   [&](const DocumentRecord& a, const DocumentRecord& b) {
                     const size_t pa = place(a), pb = place(b);
                     return pa != pb ? pa < pb : a.id < b.id;
                   });
  return records;
}

RunReport merge_run(const MergeConfig& config) {
  for (const fs::path& dir : config.from) {
    std::error_code ec;
    if (fs::equivalent(dir, config.out, ec))
      throw MergeError(fmt::format("the output folder {} is one of the shards", dir.string()));
  }
  RunReport report = merge_run_reports(config.from);
  std::vector<DocumentRecord> records = order_like_report(load_records(config.from), report);
  std::set<std::string> have;
  for (const DocumentRecord& r : records)
    have.insert(r.id);
  for (const DocumentOutcome& d : report.documents) {
    if (d.status == "ok" && !have.count(d.id))
      throw MergeError(fmt::format("no record for document {} ({})", d.id, d.path));
  }
  // Records of a shard's earlier run that its run.json no longer names stay out.
  std::set<std::string> named;
  for (const DocumentOutcome& d : report.documents) {
    if (d.status == "ok") named.insert(d.id);
  }
  std::erase_if(records, [&](const DocumentRecord& r) { return !named.count(r.id); });

  const bool fixed = config.fixed_time >= 0;
  if (fixed) report.started = report.finished = iso_time(config.fixed_time);
  const fs::path& out = config.out;
  const OutputLock lock(out, false);  // one writer per output folder, as for `run`
  remove_leftover_temporaries(out, 2);
  fs::create_directories(out / "documents");
  for (const DocumentRecord& record : records)
    write_file_atomically(out / "documents" / (record.id + ".json"), dump_record(record));

  write_run_outputs(
      out, std::move(records), report,
      RunOutputOptions{config.fixed_time, config.strict, config.summary_pdf, config.report_language,
                       config.link_base, std::max(1u, std::thread::hardware_concurrency())});
  return report;
}

}  // namespace idm
