// run_pipeline as a nightly job meets it: a run never removes a good output it could not
// replace (issue: a mistyped --input, an empty folder or a full disk deleted every earlier
// record; a SIGKILL left temporary files that no run removed).

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <string>

#include "pipeline/output_lock.hpp"
#include "pipeline/run.hpp"
#include "tests/support/read_file.hpp"
#include "tests/support/temp_dir.hpp"

namespace fs = std::filesystem;
using namespace idm;

namespace {

const fs::path kBad = fs::path(IDM_SOURCE_DIR) / "tests" / "data" / "bad";

struct TempDir : idm::test::TempDir {
  TempDir() : idm::test::TempDir("idm-nightly-test") {}
};

using idm::test::read_file;

// Every file under |dir| with its bytes (the lock file aside: it holds the last run's PID).
std::map<std::string, std::string> snapshot(const fs::path& dir) {
  std::map<std::string, std::string> files;
  for (const auto& entry : fs::recursive_directory_iterator(dir)) {
    if (entry.is_regular_file() && entry.path().filename() != OutputLock::kFileName)
      files[fs::relative(entry.path(), dir).string()] = read_file(entry.path());
  }
  return files;
}

PipelineConfig config_for(const fs::path& input, const fs::path& out) {
  PipelineConfig config;
  config.inputs = {input.string()};
  config.out_dir = out.string();
  config.quiet = true;
  config.fixed_time = 1704067200;
  config.jobs = 2;
  return config;
}

// A folder of inputs: copies of tests/data/bad files under new names.
fs::path inputs(const fs::path& dir, const std::map<std::string, std::string>& copies) {
  fs::remove_all(dir);
  fs::create_directories(dir);
  for (const auto& [name, source] : copies)
    fs::copy_file(kBad / source, dir / name);
  return dir;
}

}  // namespace

TEST_CASE("nightly: a missing or empty input is refused before anything is written") {
  TempDir dir;
  const fs::path out = dir.path / "out";
  const fs::path in = inputs(dir.path / "in", {{"a.pdf", "ok.pdf"}});
  run_pipeline(config_for(in, out));
  const auto before = snapshot(out);
  REQUIRE(before.count("documents/a.json") == 1);

  CHECK_THROWS_AS(run_pipeline(config_for(dir.path / "in-typo", out)), InputError);
  fs::create_directories(dir.path / "empty");
  CHECK_THROWS_AS(run_pipeline(config_for(dir.path / "empty", out)), InputError);
  PipelineConfig both = config_for(in, out);
  both.inputs.push_back((dir.path / "missing.pdf").string());
  CHECK_THROWS_WITH_AS(run_pipeline(both), doctest::Contains("missing.pdf"), InputError);
  CHECK(snapshot(out) == before);

  CHECK_THROWS_AS(run_pipeline(config_for(dir.path / "empty", dir.path / "fresh")), InputError);
  CHECK(!fs::exists(dir.path / "fresh"));
}

TEST_CASE("nightly: a document that fails keeps its earlier record, in the reports too") {
  TempDir dir;
  const fs::path out = dir.path / "out";
  run_pipeline(config_for(inputs(dir.path / "in", {{"a.pdf", "ok.pdf"}}), out));
  const std::string record = read_file(out / "documents" / "a.json");
  // The same name, now unreadable (a timeout, a killed child, a damaged copy).
  const RunReport report =
      run_pipeline(config_for(inputs(dir.path / "in", {{"a.pdf", "truncated.pdf"}}), out));
  REQUIRE(report.documents.size() == 1);
  CHECK(report.documents[0].status == "failed");
  CHECK(report.exit_code == kExitDocumentsFailed);
  CHECK(read_file(out / "documents" / "a.json") == record);
  CHECK(read_file(out / "run.json").find("the record of an earlier run is kept") !=
        std::string::npos);
}

TEST_CASE("nightly: records of PDFs that left the inputs are kept unless --prune") {
  TempDir dir;
  const fs::path out = dir.path / "out";
  run_pipeline(config_for(inputs(dir.path / "in", {{"a.pdf", "ok.pdf"}}), out));
  PipelineConfig config = config_for(inputs(dir.path / "in", {{"b.pdf", "ok.pdf"}}), out);
  RunReport report = run_pipeline(config);
  CHECK(report.exit_code == kExitOk);
  CHECK(fs::exists(out / "documents" / "a.json"));
  CHECK(fs::exists(out / "documents" / "b.json"));
  config.prune = true;
  report = run_pipeline(config);
  CHECK(!fs::exists(out / "documents" / "a.json"));
  CHECK(fs::exists(out / "documents" / "b.json"));
}

TEST_CASE("nightly: entries that are not read are in run.json with their reason") {
  TempDir dir;
  const fs::path in = inputs(dir.path / "in", {{"a.pdf", "ok.pdf"}});
  fs::create_symlink(in / "gone.pdf", in / "dangling.pdf");
  const RunReport report = run_pipeline(config_for(in, dir.path / "out"));
  REQUIRE(report.documents.size() == 2);
  CHECK(report.inputs == 2);
  CHECK(report.documents[1].status == "skipped");
  CHECK(report.documents[1].error_kind == "dangling_link");
  CHECK(report.exit_code == kExitDocumentsFailed);
  const std::string run_json = read_file(dir.path / "out" / "run.json");
  CHECK(run_json.find("\"dangling symbolic link\"") != std::string::npos);
}

TEST_CASE("nightly: temporary files of a killed run are removed by the next") {
  TempDir dir;
  const fs::path out = dir.path / "out";
  fs::create_directories(out / "documents");
  fs::create_directories(out / "workshops" / "2018-10-geneva");
  for (const fs::path& tmp : {out / ".summary.xlsx.tmp.4242", out / "documents" / ".a.json.tmp.17",
                              out / "workshops" / "2018-10-geneva" / ".summary.pdf.tmp.99"}) {
    std::ofstream(tmp) << "";
  }
  std::ofstream(out / "keep.tmp.txt") << "not ours";
  run_pipeline(config_for(inputs(dir.path / "in", {{"a.pdf", "ok.pdf"}}), out));
  for (const auto& [name, bytes] : snapshot(out)) {
    const bool temporary = name.find(".tmp.") != std::string::npos && name != "keep.tmp.txt";
    CHECK_MESSAGE(!temporary, name);
  }
  CHECK(fs::exists(out / "keep.tmp.txt"));
}

TEST_CASE("nightly: a write error stops the run with its reason, nothing is removed") {
  TempDir dir;
  const fs::path out = dir.path / "out";
  run_pipeline(config_for(inputs(dir.path / "in", {{"a.pdf", "ok.pdf"}}), out));
  // documents/b.json cannot be replaced (a folder is in the way): like a full disk, the run
  // must stop before it prunes a.json or rewrites the reports.
  fs::create_directories(out / "documents" / "b.json" / "blocker");
  const auto before = snapshot(out);
  PipelineConfig config = config_for(inputs(dir.path / "in", {{"b.pdf", "ok.pdf"}}), out);
  config.prune = true;
  CHECK_THROWS_WITH(run_pipeline(config), doctest::Contains("(EISDIR)"));
  CHECK(snapshot(out) == before);
}
