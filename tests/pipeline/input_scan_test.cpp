// scan_inputs: every entry met while collecting the inputs is either read or named with a
// reason (issue: dangling and looping links, FIFOs, unreadable folders and a file named
// ".pdf" were skipped without a word; a FIFO named on the command line blocked the run).

#include <doctest/doctest.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <map>

#include "pipeline/input_scan.hpp"
#include "tests/support/temp_dir.hpp"

namespace fs = std::filesystem;
using namespace idm;

namespace {

struct TempDir : idm::test::TempDir {
  TempDir() : idm::test::TempDir("idm-input-scan-test") {}
};

void touch(const fs::path& path) {
  std::ofstream(path) << "%PDF-1.4\n";
}

std::map<std::string, std::string> skipped_by_name(const InputScan& scan) {
  std::map<std::string, std::string> out;
  for (const SkippedInput& s : scan.skipped)
    out[fs::path(s.path).filename().string()] = s.kind;
  return out;
}

std::vector<std::string> names(const std::vector<std::string>& paths) {
  std::vector<std::string> out;
  for (const std::string& p : paths)
    out.push_back(fs::path(p).lexically_relative(fs::path(p).parent_path().parent_path()).string());
  return out;
}

}  // namespace

TEST_CASE("input scan: PDFs found, odd entries named with their reason") {
  TempDir dir;
  const fs::path root = dir.path / "archive";
  fs::create_directories(root / "sub");
  touch(root / "a.pdf");
  touch(root / "B.PDF");
  touch(root / ".pdf");  // a PDF whose name is only the extension
  touch(root / "notes.txt");
  touch(root / "sub" / "c.pdf");
  fs::create_symlink(root / "gone.pdf", root / "dangling.pdf");
  fs::create_symlink(root / "loop2.pdf", root / "loop1.pdf");
  fs::create_symlink(root / "loop1.pdf", root / "loop2.pdf");
  fs::create_directory_symlink(root, root / "sub" / "back");  // a link to an ancestor
  REQUIRE(::mkfifo((root / "pipe.pdf").c_str(), 0644) == 0);

  const InputScan scan = scan_inputs({root.string()});
  CHECK(scan.missing.empty());
  CHECK(scan.whole);
  CHECK(names(scan.files) ==
        std::vector<std::string>{"archive/.pdf", "archive/B.PDF", "archive/a.pdf", "sub/c.pdf"});
  const std::map<std::string, std::string> expected = {{"back", "link_loop"},
                                                       {"dangling.pdf", "dangling_link"},
                                                       {"loop1.pdf", "link_loop"},
                                                       {"loop2.pdf", "link_loop"},
                                                       {"pipe.pdf", "not_regular"}};
  CHECK(skipped_by_name(scan) == expected);
  for (const SkippedInput& s : scan.skipped)
    CHECK(!s.reason.empty());
}

TEST_CASE("input scan: a FIFO named on the command line is skipped, never opened") {
  TempDir dir;
  const fs::path fifo = dir.path / "named.pdf";
  REQUIRE(::mkfifo(fifo.c_str(), 0644) == 0);
  const InputScan scan = scan_inputs({fifo.string()});  // would block if it were opened
  CHECK(scan.files.empty());
  REQUIRE(scan.skipped.size() == 1);
  CHECK(scan.skipped[0].kind == "not_regular");
  CHECK(scan.skipped[0].reason == "not a regular file (a FIFO)");
}

TEST_CASE("input scan: missing names are reported, a folder linked twice is searched once") {
  TempDir dir;
  fs::create_directories(dir.path / "real");
  touch(dir.path / "real" / "x.pdf");
  fs::create_directory_symlink(dir.path / "real", dir.path / "alias");
  const InputScan scan = scan_inputs(
      {(dir.path / "nope").string(), dir.path.string(), (dir.path / "real" / "x.pdf").string()});
  REQUIRE(scan.missing.size() == 1);
  CHECK(scan.missing[0].find("No such file or directory (ENOENT)") != std::string::npos);
  CHECK(scan.files.size() == 1);  // alias/x.pdf is the same folder: not read twice
  CHECK(scan.skipped.empty());
}

TEST_CASE("input scan: a folder that cannot be listed is named, and the scan is not whole") {
  // Root reads every folder: the scan runs in a child that drops to an unprivileged user.
  TempDir dir;
  fs::create_directories(dir.path / "open");
  fs::create_directories(dir.path / "closed");
  touch(dir.path / "open" / "a.pdf");
  ::chmod(dir.path.c_str(), 0755);
  ::chmod((dir.path / "open").c_str(), 0755);
  ::chmod((dir.path / "open" / "a.pdf").c_str(), 0644);
  ::chmod((dir.path / "closed").c_str(), 0);
  const pid_t pid = ::fork();
  REQUIRE(pid >= 0);
  if (pid == 0) {
    if (::geteuid() == 0 && (::setgid(65534) != 0 || ::setuid(65534) != 0)) ::_exit(3);
    const InputScan scan = scan_inputs({dir.path.string()});
    const bool ok = !scan.whole && scan.files.size() == 1 && scan.skipped.size() == 1 &&
                    scan.skipped[0].kind == "unreadable" &&
                    scan.skipped[0].reason.find("EACCES") != std::string::npos;
    ::_exit(ok ? 0 : 1);
  }
  int status = 0;
  ::waitpid(pid, &status, 0);
  ::chmod((dir.path / "closed").c_str(), 0755);
  REQUIRE(WIFEXITED(status));
  CHECK(WEXITSTATUS(status) == 0);
}
