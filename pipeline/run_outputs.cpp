#include "run_outputs.hpp"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <ctime>
#include <exception>
#include <functional>
#include <latch>
#include <set>

#include "classify/people_registry.hpp"
#include "extractors/page_workers.hpp"
#include "model/people_json.hpp"
#include "model/record_json.hpp"
#include "model/stage_timings.hpp"
#include "model/workshops.hpp"
#include "pipeline/background_task.hpp"
#include "pipeline/check.hpp"
#include "pipeline/run.hpp"
#include "pipeline/run_json.hpp"
#include "reports/atomic_file.hpp"
#include "reports/workshop_outputs.hpp"
#include "reports/xlsx_report.hpp"

namespace idm {
namespace fs = std::filesystem;
namespace {

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

void remove_stale_records(const fs::path& out, const std::vector<DocumentRecord>& records) {
  std::set<std::string> kept;
  for (const DocumentRecord& r : records)
    kept.insert(r.id);
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(out / "documents", ec)) {
    const fs::path& p = entry.path();
    if (p.extension() == ".json" && !kept.count(p.stem().string())) fs::remove(p, ec);
  }
}

void write_run_outputs(const fs::path& out, std::vector<DocumentRecord> records, RunReport& report,
                       const RunOutputOptions& options) {
  // Two workshops of the run in one month and city: a slug each, in their records too.
  for (const size_t i : distinguish_workshop_slugs(records)) {
    write_file_atomically(out / "documents" / (records[i].id + ".json"), dump_record(records[i]));
  }
  const bool fixed = options.fixed_time >= 0;
  const auto collect = [&](const RunWarning& w) { report.warnings.push_back(w); };
  const bool any_failed = std::any_of(report.documents.begin(), report.documents.end(),
                                      [](const DocumentOutcome& d) { return d.status != "ok"; });
  report.exit_code = any_failed ? kExitDocumentsFailed : kExitOk;

  std::vector<Person> people;
  {
    const timings::Scope timed("7 people registry");
    people = build_people_registry(records);
  }

  WorkshopOutputOptions workshop_options;
  workshop_options.created = fixed ? options.fixed_time : 0;
  workshop_options.input_root = fs::current_path().string();
  workshop_options.on_warning = collect;
  workshop_options.summary_pdf = options.summary_pdf;
  workshop_options.language = options.report_language;
  workshop_options.link_base = options.link_base;
  workshop_options.people = &people;
  const std::vector<Workshop> workshops = group_workshops(records);
  std::vector<WorkshopFolder> folders = prepare_workshop_folders(workshops, out);
  WorkbookOptions workbook;
  // What each workshop's files show, then what summary.xlsx shows of it in its own language
  // (the same when the languages agree), collected side by side when there are two writers.
  const auto side_by_side = [&](size_t count, const std::function<void(size_t)>& work) {
    for_each_index(count, std::min(options.threads, 2u), work);
  };
  side_by_side(folders.size(),
               [&](size_t k) { collect_folder_content(records, folders[k], workshop_options); });
  std::vector<WorkshopContent> summary_workshops(workshops.size());
  side_by_side(workshops.size(), [&](size_t w) {
    if (folders[w].content.language == workbook.language) {
      summary_workshops[w] = folders[w].content;
      return;
    }
    const timings::Scope timed("8 workshop content");
    summary_workshops[w] = collect_workshop(records, workshops[w], &people, workbook.language);
  });
  workbook.workshops = &summary_workshops;

  // Two writers when the run has two cores: both take workshop workbooks in turn, then one
  // writes the text files (people.json, each workshop's speakers.csv, summary.md and
  // summary.html) while the other writes summary.xlsx. A workbook's warnings are held apart
  // and added in workshop order once all are written, before summary.xlsx, which lists them:
  // the files and the warnings are the same whoever wrote what.
  std::vector<std::vector<std::string>> workbook_files(folders.size());
  std::vector<std::vector<RunWarning>> workbook_warnings(folders.size());
  std::atomic<size_t> next_workbook{0};
  const auto write_workbooks = [&] {
    for (size_t i; (i = next_workbook++) < folders.size();) {
      WorkshopOutputOptions held = workshop_options;
      held.on_warning = [&warnings = workbook_warnings[i]](const RunWarning& w) {
        warnings.push_back(w);
      };
      workbook_files[i] = write_workshop_workbook(records, folders[i], held);
    }
  };
  std::latch workbooks_written(1);
  std::exception_ptr workbook_error;  // the second writer's, rethrown on this thread
  std::vector<std::string> text_files;
  BackgroundTask second_writer(options.threads > 1, [&] {
    try {
      write_workbooks();
    } catch (...) {
      workbook_error = std::current_exception();
    }
    workbooks_written.count_down();
    if (workbook_error) return;
    {
      const timings::Scope timed("7 people.json");
      write_file_atomically(out / "people.json", dump_people(people));
    }
    text_files = write_workshop_texts(folders, workshop_options);
  });
  write_workbooks();
  workbooks_written.wait();
  if (workbook_error) std::rethrow_exception(workbook_error);
  std::vector<std::string> workshop_files;
  for (size_t i = 0; i < folders.size(); ++i) {
    report.warnings.insert(report.warnings.end(), workbook_warnings[i].begin(),
                           workbook_warnings[i].end());
    workshop_files.insert(workshop_files.end(), workbook_files[i].begin(), workbook_files[i].end());
  }

  report.finished = iso_time(fixed ? options.fixed_time : now_seconds());
  workbook.created = fixed ? options.fixed_time : 0;
  workbook.input_root = fs::current_path().string();
  workbook.run_times = fixed;
  workbook.link_base = options.link_base;
  workbook.on_warning = collect;
  // The workbook's cells as text, for `--check` to compare with an expected set: written out
  // while the sheets are written, renamed into place once summary.xlsx is.
  {
    const timings::Scope timed("9 summary.xlsx");
    const fs::path cells_path = out / kCellsDumpName;
    produce_file_atomically(cells_path, [&](const fs::path& cells_tmp) {
      FileWriter cells(cells_tmp, cells_path);
      workbook.cells_text = [&cells](std::string_view piece) { cells.write(piece); };
      produce_file_atomically(out / "summary.xlsx", [&](const fs::path& tmp) {
        write_summary_workbook(report, records, people, tmp.string(), workbook);
      });
      cells.close();
    });
  }
  second_writer.wait();  // rethrows what the text files' writer threw
  workshop_files.insert(workshop_files.end(), text_files.begin(), text_files.end());
  std::sort(workshop_files.begin(), workshop_files.end());
  report.outputs.push_back("people.json");
  report.outputs.insert(report.outputs.end(), workshop_files.begin(), workshop_files.end());
  for (const char* name : {"summary.xlsx", kCellsDumpName, "run.json"})
    report.outputs.push_back(name);
  // Everything is written: what the records no longer cover can go.
  remove_stale_records(out, records);
  remove_stale_workshops(out / "workshops", workshop_files);
  // --strict: a warning (including those of the reports above) counts as a failure.
  if (options.strict && !report.warnings.empty()) report.exit_code = kExitDocumentsFailed;
  write_file_atomically(out / "run.json", dump_run_report(report));
}

}  // namespace idm
