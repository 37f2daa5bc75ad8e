#include "progress.hpp"

#include <fmt/format.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>

#include "pipeline/printable.hpp"

namespace idm {

Progress::Progress(size_t total, bool quiet)
    : total_(total), quiet_(quiet), terminal_(::isatty(STDERR_FILENO) == 1) {}

Progress::~Progress() {
  if (bar_drawn_) fmt::print(stderr, "\n");
}

void Progress::done(const std::string& path, int pages, double seconds,
                    const std::string& failure) {
  ++finished_;
  if (!failure.empty()) {
    if (bar_drawn_) fmt::print(stderr, "\r\033[K");
    // A newline or a bidi control in a file name must not split or reorder the line.
    fmt::print(stderr, "idmreport: {}: {}\n", printable(path), printable(failure));
  }
  if (quiet_) return;
  if (!terminal_) {
    if (failure.empty()) {
      // Counted as documents finish (with --jobs they finish out of input order).
      fmt::print(stderr, "[{}/{}] {} ({} pages, {:.2f} s)\n", finished_, total_, printable(path),
                 pages, seconds);
    }
    return;
  }
  constexpr size_t kWidth = 30;
  const size_t filled = total_ == 0 ? kWidth : kWidth * finished_ / total_;
  const std::string name = printable(std::filesystem::path(path).filename().string());
  fmt::print(stderr, "\r\033[K[{}{}] {}/{} {}", std::string(filled, '#'),
             std::string(kWidth - filled, '.'), finished_, total_, name.substr(0, 40));
  std::fflush(stderr);
  bar_drawn_ = true;
}

}  // namespace idm
