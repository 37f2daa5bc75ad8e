#pragma once
// Progress on stderr: a bar redrawn in place on a terminal, one line per document otherwise
// (CI logs). Failures always get their own line.

#include <cstddef>
#include <string>

namespace idm {

class Progress {
 public:
  /// |total| documents; |quiet| prints failures only.
  Progress(size_t total, bool quiet);
  ~Progress();

  /// The document at |path| is done; |failure| is empty when it went well.
  void done(const std::string& path, int pages, double seconds, const std::string& failure);

 private:
  size_t total_;
  size_t finished_ = 0;
  bool quiet_;
  bool terminal_;
  bool bar_drawn_ = false;
};

}  // namespace idm
