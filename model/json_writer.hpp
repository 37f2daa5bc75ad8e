#pragma once
// Pretty-printed JSON written straight from the program's own structures, byte for byte what
// nlohmann::json's dump(2, ' ', false, error_handler_t::replace) prints for the same values
// (the records' published form), without building a DOM first: building and printing that DOM
// was most of the cost of writing a record.

#include <string>
#include <string_view>
#include <vector>

namespace idm {

class JsonWriter {
 public:
  /// Appends to |out|.
  explicit JsonWriter(std::string& out) : out_(out) {}

  void begin_object();
  void end_object();
  void begin_array();
  void end_array();
  /// The key of the next member of the object being written.
  void key(std::string_view name);

  void value(std::string_view text);
  void value(const char* text) { value(std::string_view(text)); }
  void value(const std::string& text) { value(std::string_view(text)); }
  void value(int number) { value(static_cast<long long>(number)); }
  void value(long long number);
  void value(double number);
  void value(bool truth);
  void value(const std::vector<std::string>& texts);
  void value(const std::vector<int>& numbers);

  /// key(name) then value(v).
  template <typename T>
  void member(std::string_view name, const T& v) {
    key(name);
    value(v);
  }

 private:
  void next_line();  // the comma, line break and indent before a member or element
  void before_value();
  void open(char bracket);
  void close(char bracket);

  std::string& out_;
  std::vector<int> counts_;  // members or elements written so far, per open container
  bool after_key_ = false;
};

/// |text| as a JSON string literal, quotes included, as nlohmann prints it with
/// ensure_ascii off and invalid UTF-8 replaced.
void append_json_string(std::string& out, std::string_view text);

}  // namespace idm
