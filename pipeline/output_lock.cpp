#include "output_lock.hpp"

#include <fcntl.h>
#include <fmt/format.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <string>

#include "pipeline/printable.hpp"
#include "reports/atomic_file.hpp"

namespace idm {
namespace fs = std::filesystem;
namespace {

// The PID the holder wrote into the lock file; 0 when unknown (it had no time to, or its
// write failed on a full disk).
long holder_pid(int fd) {
  char buffer[32] = {};
  const ssize_t n = ::pread(fd, buffer, sizeof buffer - 1, 0);
  if (n <= 0) return 0;
  return std::strtol(buffer, nullptr, 10);
}

std::string holder_text(long pid) {
  return pid > 0 ? fmt::format("PID {}", pid) : std::string("PID unknown");
}

}  // namespace

OutputLock::OutputLock(const fs::path& dir, bool wait, const std::function<void(long)>& on_wait)
    : file_(dir / kFileName) {
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (ec) {
    throw std::runtime_error(fmt::format("cannot create the output folder {}: {}",
                                         printable(dir.string()), system_reason(ec.value())));
  }
  const auto fail = [&](const char* what, int error) {
    if (fd_ >= 0) ::close(fd_);
    fd_ = -1;
    throw std::runtime_error(
        fmt::format("{} {}: {}", what, printable(file_.string()), system_reason(error)));
  };
  bool waited = false;
  for (;;) {
    fd_ = ::open(file_.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (fd_ < 0) fail("cannot create the lock file", errno);
    int locked = 0;
    while ((locked = ::flock(fd_, LOCK_EX | LOCK_NB)) != 0 && errno == EINTR) {
    }
    if (locked != 0 && errno != EWOULDBLOCK) fail("cannot lock", errno);
    if (locked != 0) {
      const long pid = holder_pid(fd_);
      if (!wait) {
        ::close(fd_);
        fd_ = -1;
        throw OutputLockedError(
            fmt::format("another idmreport run ({}) is writing into {}; give --wait to wait for it",
                        holder_text(pid), printable(dir.string())));
      }
      if (on_wait && !waited) on_wait(pid);
      waited = true;
      while ((locked = ::flock(fd_, LOCK_EX)) != 0 && errno == EINTR) {
      }
      if (locked != 0) fail("cannot lock", errno);
    }
    // The holder before us removes the file as it ends: a lock on a file no longer at the
    // path locks nothing, so take the one that is there now.
    struct stat held {};
    struct stat named {};
    if (::fstat(fd_, &held) == 0 && ::stat(file_.c_str(), &named) == 0 &&
        held.st_dev == named.st_dev && held.st_ino == named.st_ino) {
      break;
    }
    ::close(fd_);
    fd_ = -1;
  }
  // Who holds it, for the message of a run that comes second. Best effort: on a full disk
  // the lock still works without it.
  const std::string pid = std::to_string(::getpid()) + "\n";
  if (::ftruncate(fd_, 0) == 0) {
    [[maybe_unused]] const ssize_t n = ::pwrite(fd_, pid.data(), pid.size(), 0);
  }
}

OutputLock::~OutputLock() {
  if (fd_ < 0) return;
  // Removed while still held, so the outputs hold no trace of the run; a run killed before
  // this leaves the file, which the next run simply locks again.
  ::unlink(file_.c_str());
  ::close(fd_);  // releases the lock
}

}  // namespace idm
