#include "reports/csv_writer.hpp"

#include "reports/xlsx_util.hpp"

namespace idm {

std::string neutralize_formula(std::string_view value) {
  if (!value.empty()) {
    switch (value.front()) {
      case '=':
      case '+':
      case '-':
      case '@':
      case '\t':
      case '\r':
        return "'" + std::string(value);
      default:
        break;
    }
  }
  return std::string(value);
}

std::string csv_field(std::string_view value) {
  const std::string text = neutralize_formula(valid_utf8(value));
  std::string out;
  out.reserve(text.size() + 2);
  out += '"';
  for (const char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
  return out;
}

CsvWriter::CsvWriter() : out_(kUtf8Bom) {}

void CsvWriter::field(std::string_view value, bool first) {
  if (!first) out_ += ',';
  out_ += csv_field(value);
}

void CsvWriter::row(std::span<const std::string> fields) {
  bool first = true;
  for (const std::string& f : fields) {
    field(f, first);
    first = false;
  }
  out_ += "\r\n";
}

void CsvWriter::row(std::initializer_list<std::string_view> fields) {
  bool first = true;
  for (const std::string_view f : fields) {
    field(f, first);
    first = false;
  }
  out_ += "\r\n";
}

}  // namespace idm
