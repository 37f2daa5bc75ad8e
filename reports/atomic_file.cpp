#include "atomic_file.hpp"

#include <fcntl.h>
#include <string.h>
#include <unistd.h>

#include <cerrno>
#include <stdexcept>
#include <string>
#include <utility>

namespace idm {
namespace fs = std::filesystem;
namespace {

fs::path temporary_beside(const fs::path& path) {
  return path.parent_path() /
         ("." + path.filename().string() + ".tmp." + std::to_string(::getpid()));
}

[[noreturn]] void fail(const char* what, const fs::path& path, int error) {
  throw std::runtime_error(std::string(what) + " " + path.string() + ": " + system_reason(error));
}

}  // namespace

std::string system_reason(int error) {
  const char* name = ::strerrordesc_np(error);
  const char* code = ::strerrorname_np(error);
  std::string reason = name ? name : "error " + std::to_string(error);
  if (code) reason += std::string(" (") + code + ")";
  return reason;
}

void produce_file_atomically(const fs::path& path,
                             const std::function<void(const fs::path&)>& produce) {
  const fs::path tmp = temporary_beside(path);
  try {
    produce(tmp);
    if (::rename(tmp.c_str(), path.c_str()) != 0) fail("cannot rename into", path, errno);
  } catch (...) {
    std::error_code ignored;
    fs::remove(tmp, ignored);
    throw;
  }
}

// POSIX calls rather than a stream: a stream's failure does not say why (a full disk, a quota, a
// read-only folder), and errno right after write(2) does.
FileWriter::FileWriter(const fs::path& path, const fs::path& target)
    : named_(target.empty() ? path : target) {
  fd_ = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd_ < 0) fail("cannot create", path, errno);
}

FileWriter::~FileWriter() {
  if (fd_ >= 0) ::close(fd_);
}

void FileWriter::write(std::string_view bytes) {
  size_t done = 0;
  while (done < bytes.size()) {
    const ssize_t n = ::write(fd_, bytes.data() + done, bytes.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) fail("cannot write", named_, n < 0 ? errno : EIO);
    done += static_cast<size_t>(n);
  }
}

void FileWriter::close() {
  const int fd = std::exchange(fd_, -1);
  // close(2) reports deferred write errors (NFS, quotas). No fsync: a killed process loses
  // nothing the kernel holds; only a power loss could, and that is the file system's part.
  if (::close(fd) != 0) fail("cannot write", named_, errno);
}

PendingFile::PendingFile(const fs::path& path, std::string_view content)
    : path_(path), tmp_(temporary_beside(path)) {
  try {
    FileWriter file(tmp_, path_);
    file.write(content);
    file.close();
  } catch (...) {
    std::error_code ignored;
    fs::remove(tmp_, ignored);
    throw;
  }
}

PendingFile::~PendingFile() {
  if (tmp_.empty()) return;
  std::error_code ignored;
  fs::remove(tmp_, ignored);
}

void PendingFile::commit() {
  if (::rename(tmp_.c_str(), path_.c_str()) != 0) fail("cannot rename into", path_, errno);
  tmp_.clear();
}

void write_file_atomically(const fs::path& path, std::string_view content) {
  PendingFile file(path, content);
  file.commit();
}

bool is_temporary_name(std::string_view name) {
  const size_t mark = name.rfind(".tmp.");
  if (name.size() < 2 || name[0] != '.' || mark == std::string_view::npos || mark < 2) return false;
  const std::string_view pid = name.substr(mark + 5);
  if (pid.empty()) return false;
  for (const char c : pid) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

int remove_leftover_temporaries(const fs::path& dir, int depth) {
  int removed = 0;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(dir, ec)) {
    std::error_code type_ec;
    if (entry.is_symlink(type_ec)) continue;  // never follow a link out of the folder
    if (entry.is_directory(type_ec)) {
      if (depth > 0) removed += remove_leftover_temporaries(entry.path(), depth - 1);
    } else if (is_temporary_name(entry.path().filename().string())) {
      std::error_code remove_ec;
      removed += fs::remove(entry.path(), remove_ec) ? 1 : 0;
    }
  }
  return removed;
}

}  // namespace idm
