#pragma once
// Outputs appear whole or not at all: written to a temporary file beside the target, then
// renamed over it, so an interrupted run never leaves half a file nor loses the last good one.
// A run killed between the two steps leaves the temporary file (".NAME.tmp.PID"); the next
// run into the folder removes it (remove_leftover_temporaries).

#include <filesystem>
#include <functional>
#include <string>
#include <string_view>

namespace idm {

/// Writes |content| to |path| atomically. Throws std::runtime_error saying the system's reason
/// ("cannot write PATH: No space left on device (ENOSPC)"); |path| is untouched then.
void write_file_atomically(const std::filesystem::path& path, std::string_view content);

/// Lets |produce| write a temporary file (its argument), then renames it to |path|. On an
/// exception the temporary file is removed and |path| is untouched.
void produce_file_atomically(const std::filesystem::path& path,
                             const std::function<void(const std::filesystem::path&)>& produce);

/// A file written piece by piece with POSIX calls, so that a failure says the system's reason
/// (a full disk, a quota). For a temporary file of produce_file_atomically(): close() it before
/// the rename; a writer destroyed without close() just closes its descriptor.
class FileWriter {
 public:
  /// Creates or truncates |path|; throws std::runtime_error when it cannot. Write errors name
  /// |target| (the file the temporary one becomes), or |path| when it is empty.
  explicit FileWriter(const std::filesystem::path& path, const std::filesystem::path& target = {});
  ~FileWriter();
  FileWriter(const FileWriter&) = delete;
  FileWriter& operator=(const FileWriter&) = delete;

  void write(std::string_view bytes);
  /// Reports deferred write errors (NFS, quotas); call once, at the end.
  void close();

 private:
  std::filesystem::path named_;  // in error messages
  int fd_ = -1;
};

/// A file written now and put in place later, or never: |content| goes to a temporary file
/// beside |path| at once (errors as write_file_atomically's), commit() renames it over |path|,
/// and a PendingFile destroyed uncommitted removes it. For an output whose fate is decided
/// after it is written (a record written while its checks run).
class PendingFile {
 public:
  PendingFile(const std::filesystem::path& path, std::string_view content);
  ~PendingFile();
  PendingFile(const PendingFile&) = delete;
  PendingFile& operator=(const PendingFile&) = delete;

  void commit();

 private:
  std::filesystem::path path_;
  std::filesystem::path tmp_;  // empty once committed
};

/// True for the name of a temporary file of the functions above (".NAME.tmp.DIGITS").
bool is_temporary_name(std::string_view filename);

/// Removes the temporary files (is_temporary_name) directly in |dir| and, when |depth| > 0,
/// in its sub-folders down to |depth| levels. Only for a folder no other process writes into
/// (a run holds the output folder's lock). Returns how many were removed.
int remove_leftover_temporaries(const std::filesystem::path& dir, int depth);

/// "No space left on device (ENOSPC)": strerror and the errno's name.
std::string system_reason(int error);

}  // namespace idm
