#include "input_scan.hpp"

#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <filesystem>
#include <set>
#include <utility>

#include "reports/atomic_file.hpp"

namespace idm {
namespace fs = std::filesystem;
namespace {

using FileId = std::pair<dev_t, ino_t>;

bool has_pdf_name(const std::string& name) {
  if (name.size() < 4) return false;  // ".pdf" itself is a PDF's name
  std::string ext = name.substr(name.size() - 4);
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return ext == ".pdf";
}

const char* type_name(mode_t mode) {
  if (S_ISFIFO(mode)) return "a FIFO";
  if (S_ISSOCK(mode)) return "a socket";
  if (S_ISCHR(mode)) return "a character device";
  if (S_ISBLK(mode)) return "a block device";
  return "not a file";
}

class Scanner {
 public:
  explicit Scanner(InputScan& scan) : scan_(scan) {}

  void named(const std::string& input) {
    struct stat st {};
    if (::stat(input.c_str(), &st) != 0) {
      const int error = errno;
      struct stat link {};
      const bool dangling = error == ENOENT && ::lstat(input.c_str(), &link) == 0;
      scan_.missing.push_back(input + ": " +
                              (dangling ? "dangling symbolic link" : system_reason(error)));
      return;
    }
    if (S_ISDIR(st.st_mode)) {
      folder(input, st);
    } else {
      file(input, st);
    }
  }

  void finish() {
    scan_.files.assign(found_.begin(), found_.end());
    auto& skipped = scan_.skipped;
    const auto by_path = [](const SkippedInput& a, const SkippedInput& b) {
      return a.path < b.path;
    };
    std::stable_sort(skipped.begin(), skipped.end(), by_path);
    skipped.erase(
        std::unique(skipped.begin(), skipped.end(),
                    [](const SkippedInput& a, const SkippedInput& b) { return a.path == b.path; }),
        skipped.end());
  }

 private:
  void skip(const std::string& path, const char* kind, std::string reason) {
    scan_.skipped.push_back(SkippedInput{path, kind, std::move(reason)});
  }

  void file(const std::string& path, const struct stat& st) {
    if (!S_ISREG(st.st_mode)) {
      skip(path, "not_regular", std::string("not a regular file (") + type_name(st.st_mode) + ")");
    } else if (::access(path.c_str(), R_OK) != 0) {
      skip(path, "unreadable", "cannot read the file: " + system_reason(errno));
    } else if (files_seen_.insert(FileId{st.st_dev, st.st_ino}).second) {
      found_.insert(path);  // the same file under a second name is read once
    }
  }

  void folder(const std::string& path, const struct stat& st) {
    const FileId id{st.st_dev, st.st_ino};
    if (!visited_.insert(id).second) return;  // reached by another path: its PDFs are read
    ancestors_.insert(id);
    std::error_code ec;
    std::vector<fs::path> entries;
    fs::directory_iterator it(path, ec);
    for (; !ec && it != fs::directory_iterator(); it.increment(ec))
      entries.push_back(it->path());
    if (ec) {
      skip(path, "unreadable", "cannot list the folder: " + system_reason(ec.value()));
      scan_.whole = false;
    }
    std::sort(entries.begin(), entries.end());
    // Real entries before links, so that a file or folder met both ways keeps its own path.
    std::stable_partition(entries.begin(), entries.end(), [](const fs::path& entry) {
      std::error_code link_ec;
      return !fs::is_symlink(entry, link_ec);
    });
    for (const fs::path& entry : entries)
      member(entry.string(), has_pdf_name(entry.filename().string()));
    ancestors_.erase(id);
  }

  // An entry of a folder: PDFs and folders matter, other files are not inputs.
  void member(const std::string& path, bool pdf) {
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0) {
      const int error = errno;
      if (error == ELOOP) {
        skip(path, "link_loop", "symbolic link loop");
      } else if (pdf && error == ENOENT) {
        skip(path, "dangling_link", "dangling symbolic link");
      } else if (pdf) {
        skip(path, "unreadable", "cannot read the file: " + system_reason(error));
      }
      return;
    }
    if (S_ISDIR(st.st_mode)) {
      if (ancestors_.count(FileId{st.st_dev, st.st_ino})) {
        skip(path, "link_loop", "symbolic link loop (leads back to a folder being searched)");
        return;
      }
      folder(path, st);
    } else if (pdf) {
      file(path, st);
    }
  }

  InputScan& scan_;
  std::set<std::string> found_;
  std::set<FileId> visited_;     // folders searched
  std::set<FileId> files_seen_;  // files found
  std::set<FileId> ancestors_;   // the folders being searched: a link to one is a loop
};

}  // namespace

InputScan scan_inputs(const std::vector<std::string>& inputs) {
  InputScan scan;
  Scanner scanner(scan);
  for (const std::string& input : inputs)
    scanner.named(input);
  scanner.finish();
  return scan;
}

}  // namespace idm
