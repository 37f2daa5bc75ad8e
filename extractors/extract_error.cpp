#include "extract_error.hpp"

namespace idm {

const char* to_string(ExtractErrorKind kind) {
  switch (kind) {
    case ExtractErrorKind::not_found:
      return "not_found";
    case ExtractErrorKind::not_pdf:
      return "not_pdf";
    case ExtractErrorKind::damaged:
      return "damaged";
    case ExtractErrorKind::encrypted:
      return "encrypted";
    case ExtractErrorKind::no_text:
      return "no_text";
    case ExtractErrorKind::failed:
      return "failed";
  }
  return "failed";
}

ExtractError::ExtractError(ExtractErrorKind kind, std::string path, std::string detail)
    : std::runtime_error(detail), kind_(kind), path_(std::move(path)), detail_(std::move(detail)) {}

}  // namespace idm
