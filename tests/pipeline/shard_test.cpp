// --shard K/N and `idmreport merge`: the shards partition the inputs, stably, and three
// shards merged write what one run writes, byte for byte.

#include "pipeline/shard.hpp"
#include "tests/support/read_file.hpp"
#include "tests/support/temp_dir.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <set>

#include "pipeline/merge.hpp"
#include "pipeline/run.hpp"

namespace fs = std::filesystem;
using namespace idm;

namespace {

// Temporary folders named after this test file.
struct TempDir : idm::test::TempDir {
  TempDir() : idm::test::TempDir("idm-shard-test") {}
};

using idm::test::read_file;

// Relative path -> content of every file under |dir|.
std::map<std::string, std::string> tree(const fs::path& dir) {
  std::map<std::string, std::string> out;
  for (const auto& entry : fs::recursive_directory_iterator(dir)) {
    if (entry.is_regular_file())
      out[fs::relative(entry.path(), dir).string()] = read_file(entry.path());
  }
  return out;
}

std::vector<std::string> many_inputs(int n, const std::string& folder = "archive") {
  std::vector<std::string> inputs;
  for (int i = 0; i < n; ++i)
    inputs.push_back(folder + "/IDM " + std::to_string(2000 + i % 30) + " doc " +
                     std::to_string(i) + ".pdf");
  std::sort(inputs.begin(), inputs.end());
  return inputs;
}

}  // namespace

TEST_CASE("shard: parse K/N") {
  Shard shard;
  CHECK(parse_shard("2/3", shard));
  CHECK(shard.index == 2);
  CHECK(shard.count == 3);
  CHECK(to_string(shard) == "2/3");
  CHECK(parse_shard("1/1", shard));
  for (const char* bad : {"", "3", "0/3", "4/3", "-1/3", "1/0", "a/3", "1/3x", " 1/3", "1//3",
                          "1/1000001", "99999999999/1"}) {
    INFO(bad);
    Shard untouched{5, 7};
    CHECK_FALSE(parse_shard(bad, untouched));
    CHECK(untouched.index == 5);
  }
}

TEST_CASE("shard: every input in exactly one shard, the same one on every run") {
  const std::vector<std::string> inputs = many_inputs(500);
  for (int count : {1, 2, 3, 7, 16}) {
    std::map<std::string, int> owner;
    for (int k = 1; k <= count; ++k) {
      const std::vector<std::string> part = select_shard(inputs, Shard{k, count});
      CHECK(std::is_sorted(part.begin(), part.end()));
      if (count <= 7) CHECK(part.size() > inputs.size() / count / 2);  // roughly balanced
      for (const std::string& path : part) {
        CHECK(owner.emplace(path, k).second);
        CHECK(shard_of(path, count) == k);
      }
    }
    CHECK(owner.size() == inputs.size());
  }
  // Stable: adding documents moves none of the others, and the folder does not matter.
  std::vector<std::string> more = many_inputs(500);
  more.push_back("archive/aaa new.pdf");
  std::sort(more.begin(), more.end());
  for (const std::string& path : inputs) {
    CHECK(shard_of(path, 3) == shard_of("/mnt/elsewhere/" + fs::path(path).filename().string(), 3));
  }
  const std::vector<std::string> before = select_shard(inputs, Shard{2, 3});
  std::vector<std::string> after = select_shard(more, Shard{2, 3});
  std::erase(after, "archive/aaa new.pdf");
  CHECK(before == after);
  // Fixed values: the hash is part of the contract between shards built apart.
  CHECK(shard_of("samples/idm-2031-report-en.pdf", 3) ==
        shard_of("other/IDM 2031 Report EN.pdf", 3));
}

TEST_CASE("shard: names giving the same id share a shard") {
  for (int count : {2, 3, 5}) {
    CHECK(shard_of("a/Agenda.pdf", count) == shard_of("b/agenda.pdf", count));
    CHECK(shard_of("a/Agenda.pdf", count) == shard_of("c/AGENDA!.pdf", count));
  }
}

TEST_CASE("shard: three shards merged write what a single run writes") {
  constexpr std::int64_t kFixedTime = 1704067200;
  TempDir tmp;
  // The samples with a text layer (the scans' OCR would take a minute per run).
  const fs::path input = tmp.path / "input";
  fs::create_directories(input);
  for (const auto& entry : fs::directory_iterator(fs::path(IDM_SOURCE_DIR) / "samples")) {
    const std::string name = entry.path().filename().string();
    if (entry.path().extension() == ".pdf" && name.find("scan") == std::string::npos)
      fs::copy_file(entry.path(), input / name);
  }
  const std::string samples = input.string();
  PipelineConfig single;
  single.inputs = {samples};
  single.out_dir = (tmp.path / "single").string();
  single.quiet = true;
  single.fixed_time = kFixedTime;
  const RunReport one = run_pipeline(single);
  REQUIRE(one.documents.size() >= 3);

  const std::vector<std::string> inputs = collect_inputs({samples});
  std::vector<fs::path> shards;
  size_t covered = 0;
  for (int k = 1; k <= 3; ++k) {
    PipelineConfig config = single;
    // What `run --shard k/3` does: the share of the collected inputs.
    config.inputs = select_shard(inputs, Shard{k, 3});
    covered += config.inputs.size();
    config.out_dir = (tmp.path / ("shard-" + std::to_string(k - 1))).string();
    run_pipeline(config);
    shards.push_back(config.out_dir);
  }
  CHECK(covered == inputs.size());

  MergeConfig merge;
  merge.from = shards;
  merge.out = tmp.path / "merged";
  merge.fixed_time = kFixedTime;
  const RunReport merged = merge_run(merge);
  CHECK(merged.exit_code == one.exit_code);
  CHECK(merged.inputs == one.inputs);
  CHECK(merged.outputs == one.outputs);

  const auto expected = tree(tmp.path / "single");
  const auto actual = tree(tmp.path / "merged");
  std::vector<std::string> expected_names, actual_names;
  for (const auto& [name, content] : expected)
    expected_names.push_back(name);
  for (const auto& [name, content] : actual)
    actual_names.push_back(name);
  REQUIRE(actual_names == expected_names);
  for (const auto& [name, content] : expected) {
    INFO(name);
    CHECK(actual.at(name) == content);
  }
}

TEST_CASE("merge: a document in two shards is an error") {
  TempDir tmp;
  for (const char* shard : {"a", "b"}) {
    fs::create_directories(tmp.path / shard / "documents");
    std::ofstream(tmp.path / shard / "run.json")
        << R"({"started":"2024-01-01T00:00:00Z","finished":"2024-01-01T00:00:00Z","inputs":1,)"
        << R"("documents":[{"id":"x","path":"in/x.pdf","status":"ok","pages":1}],)"
        << R"("warnings":[],"outputs":[],"exit_code":0})";
    std::ofstream(tmp.path / shard / "documents" / "x.json")
        << R"({"id":"x","source":{"path":"in/x.pdf","pages":1},"blocks":[]})";
  }
  CHECK_THROWS_AS(load_records({tmp.path / "a", tmp.path / "b"}), MergeError);
  CHECK_THROWS_AS(merge_run_reports({tmp.path / "a", tmp.path / "b"}), MergeError);
  CHECK(load_records({tmp.path / "a"}).size() == 1);
  CHECK_THROWS_AS(merge_run_reports({tmp.path / "missing"}), MergeError);
}

TEST_CASE("merge: documents by path, warnings in document order, inputs summed") {
  TempDir tmp;
  const auto write_run = [&](const char* shard, const std::string& documents,
                             const std::string& warnings, int inputs) {
    fs::create_directories(tmp.path / shard);
    std::ofstream(tmp.path / shard / "run.json")
        << R"({"started":"2024-01-0)" << shard[0] - 'a' + 1
        << R"(T00:00:00Z","finished":"2024-01-0)" << shard[0] - 'a' + 1
        << R"(T01:00:00Z","version":"0.1.0","inputs":)" << inputs << R"(,"documents":[)"
        << documents << R"(],"warnings":[)" << warnings << R"(],"outputs":[],"exit_code":0})";
  };
  write_run("a",
            R"({"id":"c","path":"in/c.pdf","status":"ok","pages":2},)"
            R"({"id":"a","path":"in/a.pdf","status":"failed","error":"damaged",)"
            R"("error_kind":"damaged","pages":0})",
            R"({"document":"c","message":"c1"},{"document":"a","page":2,"message":"a1"})", 2);
  write_run("b", R"({"id":"b","path":"in/b.pdf","status":"ok","pages":1})",
            R"({"document":"b","message":"b1"},{"document":"","message":"run"})", 1);
  const RunReport r = merge_run_reports({tmp.path / "a", tmp.path / "b"});
  CHECK(r.inputs == 3);
  REQUIRE(r.documents.size() == 3);
  CHECK(r.documents[0].id == "a");
  CHECK(r.documents[0].error_kind == "damaged");
  CHECK(r.documents[1].id == "b");
  CHECK(r.documents[2].id == "c");
  REQUIRE(r.warnings.size() == 4);
  CHECK(r.warnings[0].message == "a1");
  CHECK(r.warnings[0].page == 2);
  CHECK(r.warnings[1].message == "b1");
  CHECK(r.warnings[2].message == "c1");
  CHECK(r.warnings[3].message == "run");
  CHECK(r.started == "2024-01-01T00:00:00Z");
  CHECK(r.finished == "2024-01-02T01:00:00Z");
  CHECK(r.exit_code == 1);
  CHECK(r.outputs == std::vector<std::string>{"documents/b.json", "documents/c.json"});
}
