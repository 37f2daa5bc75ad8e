// write_run_outputs: the same files and the same warnings, in the same order, whether one
// writer or two write them.

#include "pipeline/run_outputs.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "tests/support/temp_dir.hpp"

namespace idm {
namespace {

namespace fs = std::filesystem;

std::string slurp(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// An agenda of its own workshop whose one speaker has a function too long for an Excel cell:
// each workshop's speakers.xlsx, and summary.xlsx, warn that they cut it.
DocumentRecord agenda_with_long_function(int n) {
  DocumentRecord agenda;
  agenda.id = "agenda-" + std::to_string(n);
  agenda.doc_type = "agenda";
  agenda.language = "en";
  agenda.source.path = agenda.id + ".pdf";
  agenda.source.pages = 2;
  Event event;
  event.slug = "2031-0" + std::to_string(n) + "-city-" + std::to_string(n);
  event.title = "Dialogue " + std::to_string(n);
  event.start_date = "2031-0" + std::to_string(n) + "-14";
  agenda.events = {event};
  Session session;
  session.id = "s1";
  session.event = event.slug;
  session.title = "Opening " + std::to_string(n);
  session.page = 1;
  agenda.sessions = {session};
  Speaker speaker;
  speaker.name = "Speaker Number" + std::to_string(n);
  speaker.role = "speaker";
  speaker.function = std::string(40000, 'a' + static_cast<char>(n));
  speaker.session = "s1";
  speaker.page = 2;
  agenda.speakers = {speaker};
  return agenda;
}

RunReport report_of(const std::vector<DocumentRecord>& records) {
  RunReport report;
  report.version = "9.9.9";
  report.inputs = static_cast<int>(records.size());
  for (const DocumentRecord& record : records) {
    DocumentOutcome outcome;
    outcome.id = record.id;
    outcome.path = record.source.path;
    outcome.status = "ok";
    outcome.pages = record.source.pages;
    report.documents.push_back(outcome);
  }
  report.warnings.push_back(RunWarning{"agenda-1", 1, "a note of the reading stage"});
  return report;
}

}  // namespace

TEST_CASE("run outputs: one writer or two, the same files and warnings in the same order") {
  std::vector<DocumentRecord> records;
  for (int n = 1; n <= 4; ++n)
    records.push_back(agenda_with_long_function(n));
  test::TempDir one("idm-run-outputs-1"), two("idm-run-outputs-2");
  RunReport first = report_of(records), second = report_of(records);
  RunOutputOptions options;
  options.fixed_time = 1704067200;
  options.threads = 1;
  for (const fs::path& dir : {one.path, two.path})
    fs::create_directories(dir / "documents");
  write_run_outputs(one.path, records, first, options);
  options.threads = 2;
  write_run_outputs(two.path, records, second, options);

  REQUIRE(first.warnings.size() == second.warnings.size());
  for (size_t i = 0; i < first.warnings.size(); ++i) {
    CHECK(first.warnings[i].document == second.warnings[i].document);
    CHECK(first.warnings[i].message == second.warnings[i].message);
  }
  // The reading stage's note, each workshop's workbook in workshop order, then summary.xlsx's.
  REQUIRE(first.warnings.size() >= 6);
  CHECK(first.warnings[0].message == "a note of the reading stage");
  for (int n = 1; n <= 4; ++n) {
    CHECK(first.warnings[static_cast<size_t>(n)].document == "agenda-" + std::to_string(n));
    CHECK(first.warnings[static_cast<size_t>(n)].message.find("summary.xlsx") == std::string::npos);
  }
  CHECK(first.warnings[5].message.find("summary.xlsx") == 0);
  CHECK(first.outputs == second.outputs);

  size_t files = 0;
  for (const auto& entry : fs::recursive_directory_iterator(one.path)) {
    if (!entry.is_regular_file()) continue;
    ++files;
    const fs::path rel = fs::relative(entry.path(), one.path);
    CHECK_MESSAGE(slurp(entry.path()) == slurp(two.path / rel), rel.string());
  }
  CHECK(files == 1 + 4 * 4 + 3);  // people.json, four files per workshop, summary, cells, run.json
}

}  // namespace idm
