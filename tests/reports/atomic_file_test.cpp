// Atomic outputs: whole or not at all, never a stray temporary file.

#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <stdexcept>
#include <string>

#include "reports/atomic_file.hpp"
#include "tests/support/read_file.hpp"
#include "tests/support/temp_dir.hpp"

namespace fs = std::filesystem;
using namespace idm;

namespace {

// Temporary folders named after this test file.
struct TempDir : idm::test::TempDir {
  TempDir() : idm::test::TempDir("idm-atomic-test") {}
};

using idm::test::read_file;

size_t entries_in(const fs::path& dir) {
  size_t n = 0;
  for ([[maybe_unused]] const auto& entry : fs::directory_iterator(dir))
    ++n;
  return n;
}

}  // namespace

TEST_CASE("atomic file: writes, then replaces, leaving only the target") {
  TempDir dir;
  const fs::path target = dir.path / "run.json";
  write_file_atomically(target, "first\n");
  CHECK(read_file(target) == "first\n");
  write_file_atomically(target, std::string("second\0with NUL", 15));
  CHECK(read_file(target) == std::string("second\0with NUL", 15));
  CHECK(entries_in(dir.path) == 1);
}

TEST_CASE("atomic file: a failing producer leaves the previous file untouched, no temp file") {
  TempDir dir;
  const fs::path target = dir.path / "summary.xlsx";
  write_file_atomically(target, "previous good file");
  fs::path seen_tmp;
  CHECK_THROWS_WITH_AS(produce_file_atomically(target,
                                               [&](const fs::path& tmp) {
                                                 seen_tmp = tmp;
                                                 std::ofstream(tmp) << "half a fi";
                                                 throw std::runtime_error("producer failed");
                                               }),
                       "producer failed", std::runtime_error);
  CHECK(read_file(target) == "previous good file");
  CHECK(seen_tmp.parent_path() == dir.path);  // beside the target, so rename is atomic
  CHECK(seen_tmp != target);
  CHECK_FALSE(fs::exists(seen_tmp));
  CHECK(entries_in(dir.path) == 1);
}

TEST_CASE("atomic file: a failing producer with no previous file leaves nothing") {
  TempDir dir;
  const fs::path target = dir.path / "record.json";
  CHECK_THROWS(produce_file_atomically(target, [](const fs::path& tmp) {
    std::ofstream(tmp) << "partial";
    throw std::runtime_error("boom");
  }));
  CHECK_FALSE(fs::exists(target));
  CHECK(entries_in(dir.path) == 0);
}

TEST_CASE("atomic file: the producer's file becomes the target") {
  TempDir dir;
  const fs::path target = dir.path / "out.txt";
  produce_file_atomically(target, [](const fs::path& tmp) { std::ofstream(tmp) << "made"; });
  CHECK(read_file(target) == "made");
  CHECK(entries_in(dir.path) == 1);
}

TEST_CASE("atomic file: an unwritable place throws and leaves nothing") {
  TempDir dir;
  CHECK_THROWS(write_file_atomically(dir.path / "missing-folder" / "x.json", "data"));
  CHECK(entries_in(dir.path) == 0);
}

TEST_CASE("pending file: in place only once committed; dropped, it leaves the old one alone") {
  TempDir dir;
  const fs::path target = dir.path / "idm-a.json";
  write_file_atomically(target, "earlier\n");
  {
    PendingFile pending(target, "dropped\n");
    CHECK(entries_in(dir.path) == 2);  // the target and a temporary file beside it
    CHECK(read_file(target) == "earlier\n");
  }
  CHECK(entries_in(dir.path) == 1);
  CHECK(read_file(target) == "earlier\n");
  {
    PendingFile pending(target, "kept\n");
    pending.commit();
  }
  CHECK(entries_in(dir.path) == 1);
  CHECK(read_file(target) == "kept\n");
  CHECK_THROWS_AS(PendingFile(dir.path / "no-such-folder" / "x.json", "x"), std::runtime_error);
  CHECK(entries_in(dir.path) == 1);
}

TEST_CASE("file writer: pieces in order; write errors name the target") {
  TempDir dir;
  const fs::path tmp = dir.path / ".out.txt.tmp.1";
  {
    FileWriter file(tmp, dir.path / "out.txt");
    file.write("one ");
    file.write("");
    file.write("two\n");
    file.close();
  }
  CHECK(read_file(tmp) == "one two\n");
  if (fs::exists("/dev/full")) {
    FileWriter full("/dev/full", dir.path / "out.txt");
    try {
      full.write(std::string(1 << 16, 'x'));
      FAIL("no error on a full device");
    } catch (const std::runtime_error& e) {
      CHECK(std::string(e.what()).find("cannot write " + (dir.path / "out.txt").string()) == 0);
      CHECK(std::string(e.what()).find("ENOSPC") != std::string::npos);
    }
  }
}
