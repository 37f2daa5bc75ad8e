// OutputLock: a second run into the same folder is refused at once, naming the first one's
// PID, or waits (issue: two runs into one folder deleted each other's files mid-write).

#include <doctest/doctest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <string>
#include <thread>

#include "pipeline/output_lock.hpp"
#include "tests/support/temp_dir.hpp"

namespace fs = std::filesystem;
using namespace idm;

namespace {
struct TempDir : idm::test::TempDir {
  TempDir() : idm::test::TempDir("idm-output-lock-test") {}
};
}  // namespace

TEST_CASE("output lock: the second taker is refused with the holder's PID") {
  TempDir dir;
  const fs::path out = dir.path / "new" / "out";  // created by the lock
  std::string message;
  {
    const OutputLock first(out, false);
    CHECK(fs::is_directory(out));
    try {
      const OutputLock second(out, false);
      FAIL("the second lock was granted");
    } catch (const OutputLockedError& e) {
      message = e.what();
    }
  }
  CHECK(message.find("PID " + std::to_string(::getpid())) != std::string::npos);
  CHECK(message.find("--wait") != std::string::npos);
  const OutputLock again(out, false);  // released with the first
}

TEST_CASE("output lock: --wait blocks until the holder ends, then proceeds") {
  TempDir dir;
  int ready[2];
  REQUIRE(::pipe(ready) == 0);
  const pid_t holder = ::fork();
  REQUIRE(holder >= 0);
  if (holder == 0) {
    const OutputLock lock(dir.path, false);
    [[maybe_unused]] const ssize_t n = ::write(ready[1], "x", 1);
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
    ::_exit(0);
  }
  char c;
  REQUIRE(::read(ready[0], &c, 1) == 1);
  long waited_for = -1;
  const auto t0 = std::chrono::steady_clock::now();
  {
    const OutputLock lock(dir.path, true, [&](long pid) { waited_for = pid; });
    CHECK(std::chrono::steady_clock::now() - t0 >= std::chrono::milliseconds(200));
  }
  CHECK(waited_for == holder);
  int status = 0;
  ::waitpid(holder, &status, 0);
  ::close(ready[0]);
  ::close(ready[1]);
}

TEST_CASE("output lock: a killed holder leaves no stale lock") {
  TempDir dir;
  const pid_t holder = ::fork();
  REQUIRE(holder >= 0);
  if (holder == 0) {
    const OutputLock lock(dir.path, false);
    ::pause();
    ::_exit(0);
  }
  // Until the holder has it, our attempt may succeed: wait for its PID in the file.
  for (int i = 0; i < 500; ++i) {
    std::ifstream in(dir.path / OutputLock::kFileName);
    long pid = 0;
    if (in >> pid && pid == holder) break;
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  CHECK_THROWS_AS(OutputLock(dir.path, false), OutputLockedError);
  ::kill(holder, SIGKILL);
  int status = 0;
  ::waitpid(holder, &status, 0);
  const OutputLock lock(dir.path, false);
}
