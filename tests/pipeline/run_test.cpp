// run_pipeline over tests/data/bad/: every bad input is recorded with its error kind, the
// good one gets a record, the run's reports are written whole and the exit code says so.

#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <string>

#include "pipeline/run.hpp"
#include "tests/support/read_file.hpp"
#include "tests/support/temp_dir.hpp"

namespace fs = std::filesystem;
using namespace idm;

namespace {

const fs::path kBad = fs::path(IDM_SOURCE_DIR) / "tests" / "data" / "bad";
constexpr std::int64_t kFixedTime = 1704067200;  // 2024-01-01T00:00:00Z

// Temporary folders named after this test file.
struct TempDir : idm::test::TempDir {
  TempDir() : idm::test::TempDir("idm-run-test") {}
};

using idm::test::read_file;

PipelineConfig config_for(const std::string& input, const fs::path& out) {
  PipelineConfig config;
  config.inputs = {input};
  config.out_dir = out.string();
  config.quiet = true;
  config.fixed_time = kFixedTime;
  return config;
}

// File name -> "status/error_kind" ("ok/" when it succeeded).
std::map<std::string, std::string> outcomes(const RunReport& report) {
  std::map<std::string, std::string> out;
  for (const DocumentOutcome& d : report.documents) {
    out[fs::path(d.path).filename().string()] = d.status + "/" + d.error_kind;
  }
  return out;
}

// Leftovers of produce_file_atomically: ".name.tmp.PID".
std::string temporary_files_in(const fs::path& dir) {
  std::string found;
  for (const auto& entry : fs::recursive_directory_iterator(dir)) {
    const std::string name = entry.path().filename().string();
    if (name.size() > 1 && name[0] == '.' && name.find(".tmp.") != std::string::npos) {
      found += name + " ";
    }
  }
  return found;
}

}  // namespace

TEST_CASE("run: bad inputs are recorded with their error kind, the good one gets a record") {
  TempDir out;
  const RunReport report = run_pipeline(config_for(kBad.string(), out.path));

  CHECK(report.inputs == 6);
  REQUIRE(report.documents.size() == 6);
  const std::map<std::string, std::string> expected = {
      {"empty.pdf", "failed/not_pdf"},
      {"encrypted.pdf", "failed/encrypted"},
      {"no-text.pdf", "failed/no_text"},
      {"not-a-pdf.pdf", "failed/not_pdf"},
      {"ok.pdf", "ok/"},
      {"truncated.pdf", "failed/damaged"},
  };
  const std::map<std::string, std::string> got = outcomes(report);
  for (const auto& [name, outcome] : expected) {
    CAPTURE(name);
    REQUIRE(got.count(name) == 1);
    CHECK(got.at(name) == outcome);
  }
  for (const DocumentOutcome& d : report.documents) {
    CAPTURE(d.path);
    CHECK((d.status == "ok" || d.status == "failed"));
    CHECK(d.error.empty() == (d.status == "ok"));  // a failure says why
  }
  CHECK(report.exit_code == 1);
  CHECK(report.exit_code == kExitDocumentsFailed);

  // ok.pdf's record, the run's reports, and nothing half-written.
  CHECK(fs::exists(out.path / "documents" / "ok.json"));
  CHECK(read_file(out.path / "documents" / "ok.json").find("\"Migration and Development\"") !=
        std::string::npos);
  size_t records = 0;
  for ([[maybe_unused]] const auto& e : fs::directory_iterator(out.path / "documents"))
    ++records;
  CHECK(records == 1);
  CHECK(fs::file_size(out.path / "run.json") > 0);
  CHECK(fs::file_size(out.path / "summary.xlsx") > 0);
  const std::string run_json = read_file(out.path / "run.json");
  CHECK(run_json.find("\"encrypted\"") != std::string::npos);
  CHECK(run_json.find("\"no_text\"") != std::string::npos);
  CHECK(temporary_files_in(out.path) == "");
}

TEST_CASE("run: with the right password the encrypted file succeeds") {
  TempDir out;
  PipelineConfig config = config_for((kBad / "encrypted.pdf").string(), out.path);
  config.password = "secret";
  const RunReport report = run_pipeline(config);
  REQUIRE(report.documents.size() == 1);
  CHECK(report.documents[0].status == "ok");
  CHECK(report.documents[0].error_kind == "");
  CHECK(report.documents[0].id == "encrypted");
  CHECK(report.documents[0].pages == 1);
  CHECK(report.exit_code == kExitOk);
  CHECK(read_file(out.path / "documents" / "encrypted.json").find("Locked Document") !=
        std::string::npos);
  CHECK(temporary_files_in(out.path) == "");
}

TEST_CASE("run: a wrong password is still 'encrypted'") {
  TempDir out;
  PipelineConfig config = config_for((kBad / "encrypted.pdf").string(), out.path);
  config.password = "wrong";
  const RunReport report = run_pipeline(config);
  REQUIRE(report.documents.size() == 1);
  CHECK(report.documents[0].error_kind == "encrypted");
  CHECK(report.exit_code == kExitDocumentsFailed);
}

TEST_CASE("run: a missing input is a usage error, before anything is written") {
  TempDir out;
  CHECK_THROWS_AS(run_pipeline(config_for((kBad / "missing.pdf").string(), out.path / "out")),
                  InputError);
  CHECK(!fs::exists(out.path / "out"));
}

TEST_CASE("run: collect_inputs finds the PDFs of a folder, sorted, each once") {
  const std::vector<std::string> inputs =
      collect_inputs({kBad.string(), (kBad / "ok.pdf").string(), kBad.string()});
  REQUIRE(inputs.size() == 6);
  CHECK(fs::path(inputs.front()).filename() == "empty.pdf");
  CHECK(fs::path(inputs.back()).filename() == "truncated.pdf");
  for (const std::string& input : inputs)
    CHECK(fs::path(input).extension() == ".pdf");
}
