#pragma once
// CSV as RFC 4180 (every field quoted, quotes doubled, CRLF line ends), UTF-8 with a byte-order
// mark so that Excel reads accents right, and neutralised against formula injection: a field
// that a spreadsheet program would run as a formula gets a leading apostrophe (OWASP advice).

#include <initializer_list>
#include <span>
#include <string>
#include <string_view>

namespace idm {

inline constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

/// |value| with a leading apostrophe when it starts with = + - @, a tab or a carriage return.
std::string neutralize_formula(std::string_view value);

/// One field: valid UTF-8, neutralised, in double quotes with inner quotes doubled.
std::string csv_field(std::string_view value);

/// Builds a CSV document row by row.
class CsvWriter {
 public:
  CsvWriter();  // starts with the byte-order mark

  void row(std::span<const std::string> fields);
  void row(std::initializer_list<std::string_view> fields);

  const std::string& str() const { return out_; }

 private:
  void field(std::string_view value, bool first);
  std::string out_;
};

}  // namespace idm
