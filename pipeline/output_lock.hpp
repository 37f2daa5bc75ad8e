#pragma once
// One run at a time per output folder: two runs into the same folder would remove each
// other's files mid-write. The lock is flock(2) on OUT/.idmreport.lock, which holds the PID
// of the run that has it, and is removed when the run ends; the kernel releases the lock when
// that process ends, however it ends, so a killed run never leaves a stale lock.

#include <filesystem>
#include <functional>
#include <stdexcept>
#include <string>

namespace idm {

/// The folder is locked by another run (and the caller did not want to wait).
class OutputLockedError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

class OutputLock {
 public:
  /// The name of the lock file in the output folder.
  static constexpr const char* kFileName = ".idmreport.lock";

  /// Creates |dir| if needed and locks it. When another run holds the lock: with |wait|,
  /// calls on_wait(its PID, 0 if unknown) once and blocks until it is released; without,
  /// throws OutputLockedError naming that PID. Throws std::runtime_error when the folder or
  /// the lock file cannot be created (with the system's reason).
  OutputLock(const std::filesystem::path& dir, bool wait,
             const std::function<void(long)>& on_wait = {});
  ~OutputLock();
  OutputLock(const OutputLock&) = delete;
  OutputLock& operator=(const OutputLock&) = delete;

 private:
  std::filesystem::path file_;
  int fd_ = -1;
};

}  // namespace idm
