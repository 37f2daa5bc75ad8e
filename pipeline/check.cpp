#include "pipeline/check.hpp"

#include <algorithm>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <string_view>
#include <vector>

namespace idm {
namespace fs = std::filesystem;
namespace {

// Ordered: differences are listed in the record's own key order.
using json = nlohmann::ordered_json;

constexpr std::size_t kShownChars = 70;  // of a value, around its first difference
constexpr std::size_t kContextChars = 20;

// The differences found in one compared file: the first few lines kept, the rest counted.
class FileDiff {
 public:
  /// |prefix| goes in front of every line (the document's id).
  FileDiff(std::string file, std::size_t max_lines, std::string prefix = {})
      : file_(std::move(file)), max_(max_lines), prefix_(std::move(prefix)) {}

  void add(const std::string& line) {
    if (lines_.size() < max_) lines_.push_back(prefix_ + line);
    ++count_;
  }

  std::size_t count() const { return count_; }

  void append_to(std::string& out) const {
    for (const std::string& line : lines_)
      out += line + '\n';
    if (count_ > lines_.size()) {
      out += "... and " + std::to_string(count_ - lines_.size()) + " more in " + file_ + '\n';
    }
  }

 private:
  std::string file_;
  std::size_t max_;
  std::string prefix_;
  std::vector<std::string> lines_;
  std::size_t count_ = 0;
};

bool read_file(const fs::path& path, std::string& bytes) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream buffer;
  buffer << in.rdbuf();
  bytes = std::move(buffer).str();
  return !in.bad();
}

bool continuation(char c) {
  return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

// Moves |i| back to the start of the UTF-8 character it is in.
std::size_t char_start(std::string_view text, std::size_t i) {
  while (i > 0 && i < text.size() && continuation(text[i]))
    --i;
  return i;
}

std::string escaped(std::string_view text) {
  std::string out;
  for (const char c : text) {
    if (c == '\n') {
      out += "\\n";
    } else if (c == '\t') {
      out += "\\t";
    } else if (c == '\r') {
      out += "\\r";
    } else {
      out += c;
    }
  }
  return out;
}

// |text| quoted; a long one shown from a little before |from| (its first difference with the
// other side), with "..." where it was cut.
std::string in_quotes(std::string_view text, std::size_t from = 0) {
  std::size_t start = from > kContextChars ? char_start(text, from - kContextChars) : 0;
  if (text.size() - start < kShownChars && text.size() > kShownChars) {
    start = char_start(text, text.size() - kShownChars);
  }
  std::size_t end =
      start + kShownChars < text.size() ? char_start(text, start + kShownChars) : text.size();
  return std::string(start > 0 ? "'..." : "'") + escaped(text.substr(start, end - start)) +
         (end < text.size() ? "...'" : "'");
}

std::size_t first_difference(std::string_view a, std::string_view b) {
  std::size_t i = 0;
  while (i < a.size() && i < b.size() && a[i] == b[i])
    ++i;
  return i;
}

std::string changed(std::string_view a, std::string_view b) {
  const std::size_t at = first_difference(a, b);
  return in_quotes(a, at) + " -> " + in_quotes(b, at);
}

std::string shown(const json& value) {
  if (value.is_string()) return in_quotes(value.get_ref<const std::string&>());
  std::string text = value.dump(-1, ' ', false, json::error_handler_t::replace);
  if (text.size() > kShownChars) text = text.substr(0, char_start(text, kShownChars)) + "...";
  return text;
}

void diff_json(const std::string& where, const json& a, const json& b, FileDiff& diff) {
  if (a == b) return;
  const auto prefix = [&] { return where.empty() ? std::string() : where + ": "; };
  if (a.is_object() && b.is_object()) {
    for (const auto& [key, value] : a.items()) {
      const std::string path = where.empty() ? key : where + "." + key;
      if (const auto it = b.find(key); it != b.end()) {
        diff_json(path, value, *it, diff);
      } else {
        diff.add(path + ": " + shown(value) + " -> (absent)");
      }
    }
    for (const auto& [key, value] : b.items()) {
      if (!a.contains(key)) {
        diff.add((where.empty() ? key : where + "." + key) + ": (absent) -> " + shown(value));
      }
    }
    return;
  }
  if (a.is_array() && b.is_array()) {
    // Common head and tail aligned, so that one inserted or removed element reads as such.
    std::size_t head = 0;
    while (head < a.size() && head < b.size() && a[head] == b[head])
      ++head;
    std::size_t tail = 0;
    while (tail < a.size() - head && tail < b.size() - head &&
           a[a.size() - 1 - tail] == b[b.size() - 1 - tail]) {
      ++tail;
    }
    const std::size_t in_a = a.size() - head - tail;
    const std::size_t in_b = b.size() - head - tail;
    const auto at = [&](std::size_t i) { return where + "[" + std::to_string(i) + "]"; };
    if (in_a == in_b) {
      for (std::size_t i = head; i < head + in_a; ++i)
        diff_json(at(i), a[i], b[i], diff);
      return;
    }
    for (std::size_t i = head; i < head + in_a; ++i)
      diff.add(at(i) + ": removed " + shown(a[i]));
    for (std::size_t i = head; i < head + in_b; ++i)
      diff.add(at(i) + ": added " + shown(b[i]));
    return;
  }
  if (a.is_string() && b.is_string()) {
    diff.add(prefix() + changed(a.get_ref<const std::string&>(), b.get_ref<const std::string&>()));
    return;
  }
  diff.add(prefix() + shown(a) + " -> " + shown(b));
}

std::set<std::string> json_files(const fs::path& dir) {
  std::set<std::string> names;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(dir, ec)) {
    if (entry.path().extension() == ".json" && entry.is_regular_file(ec)) {
      names.insert(entry.path().filename().string());
    }
  }
  return names;
}

void compare_documents(const fs::path& out, const fs::path& expected, std::size_t max_lines,
                       std::string& report) {
  const std::set<std::string> want = json_files(expected / "documents");
  const std::set<std::string> have = json_files(out / "documents");
  FileDiff presence("documents/", max_lines);
  std::set<std::string> all = want;
  all.insert(have.begin(), have.end());
  std::vector<FileDiff> changes;
  for (const std::string& name : all) {
    const std::string file = "documents/" + name;
    if (!have.count(name)) {
      presence.add(file + ": missing (expected, not written by this run)");
      continue;
    }
    if (!want.count(name)) {
      presence.add(file + ": extra (written by this run, not expected)");
      continue;
    }
    const std::string id = fs::path(name).stem().string();
    FileDiff diff(file, max_lines, id + ": ");
    std::string a_text, b_text;
    if (!read_file(expected / file, a_text)) {
      diff.add("cannot read the expected " + file);
    } else if (!read_file(out / file, b_text)) {
      diff.add("cannot read the output " + file);
    } else if (a_text != b_text) {
      const json a = json::parse(a_text, nullptr, false);
      const json b = json::parse(b_text, nullptr, false);
      if (a.is_discarded()) {
        diff.add("the expected " + file + " is not valid JSON");
      } else if (b.is_discarded()) {
        diff.add("the output " + file + " is not valid JSON");
      } else {
        diff_json("", a, b, diff);
        if (diff.count() == 0) diff.add("same content, written differently (key order, spacing)");
      }
    }
    changes.push_back(std::move(diff));
  }
  presence.append_to(report);
  for (const FileDiff& diff : changes)
    diff.append_to(report);
}

// "Sheet!A1<TAB>value" lines in order, and the value of each cell.
struct Cells {
  std::vector<std::string> order;
  std::map<std::string, std::string> values;
};

Cells read_cells(const std::string& text) {
  Cells cells;
  std::istringstream in(text);
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    const std::size_t tab = line.find('\t');
    std::string ref = line.substr(0, tab);
    std::string value = tab == std::string::npos ? std::string() : line.substr(tab + 1);
    if (cells.values.emplace(ref, std::move(value)).second) cells.order.push_back(ref);
  }
  return cells;
}

void compare_cells(const fs::path& out, const fs::path& expected, std::size_t max_lines,
                   std::string& report) {
  FileDiff diff(kCellsDumpName, max_lines);
  std::string a_text, b_text;
  const bool have_a = read_file(expected / kCellsDumpName, a_text);
  const bool have_b = read_file(out / kCellsDumpName, b_text);
  if (!have_a || !have_b) {
    if (have_a) diff.add(std::string(kCellsDumpName) + ": missing (expected, not written)");
    if (have_b) diff.add(std::string(kCellsDumpName) + ": extra (written, not expected)");
  } else if (a_text != b_text) {
    const Cells a = read_cells(a_text);
    const Cells b = read_cells(b_text);
    for (const std::string& ref : a.order) {
      const std::string& was = a.values.at(ref);
      const auto it = b.values.find(ref);
      if (it == b.values.end()) {
        diff.add(ref + ": " + in_quotes(was) + " -> (empty)");
      } else if (it->second != was) {
        diff.add(ref + ": " + changed(was, it->second));
      }
    }
    for (const std::string& ref : b.order) {
      if (!a.values.count(ref)) diff.add(ref + ": (empty) -> " + in_quotes(b.values.at(ref)));
    }
  }
  diff.append_to(report);
}

}  // namespace

std::string compare_outputs(const fs::path& out, const fs::path& expected,
                            std::size_t max_lines_per_file) {
  std::error_code ec;
  if (!fs::is_directory(expected, ec)) {
    return "expected outputs: " + expected.string() + " is not a folder\n";
  }
  std::string report;
  compare_documents(out, expected, max_lines_per_file, report);
  compare_cells(out, expected, max_lines_per_file, report);
  return report;
}

}  // namespace idm
