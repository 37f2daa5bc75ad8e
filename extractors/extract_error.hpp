#pragma once
// Why one document could not be read. The batch loop records it and goes on with the others.

#include <stdexcept>
#include <string>

namespace idm {

enum class ExtractErrorKind { not_found, not_pdf, damaged, encrypted, no_text, failed };

/// Short stable name of the kind ("not_pdf", "encrypted", ...), used in run.json.
const char* to_string(ExtractErrorKind kind);

class ExtractError : public std::runtime_error {
 public:
  ExtractError(ExtractErrorKind kind, std::string path, std::string detail);

  ExtractErrorKind kind() const { return kind_; }
  const std::string& path() const { return path_; }
  const std::string& detail() const { return detail_; }

 private:
  ExtractErrorKind kind_;
  std::string path_;
  std::string detail_;
};

}  // namespace idm
