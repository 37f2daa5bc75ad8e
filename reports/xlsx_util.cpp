#include "reports/xlsx_util.hpp"

#include <fmt/core.h>

#include <algorithm>
#include <charconv>
#include <cstdint>
#include <cstring>
#include <filesystem>
#include <map>
#include <stdexcept>
#include <tuple>
#include <utility>

namespace idm {

namespace {

constexpr char32_t kInvalid = 0xFFFFFFFF;
constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD
constexpr std::string_view kEllipsis = "\xE2\x80\xA6";     // U+2026, one UTF-16 unit

// Decodes the code point at |text[i]| and advances |i|; kInvalid (advancing one byte) for
// malformed, overlong or surrogate sequences.
char32_t decode(std::string_view text, std::size_t& i) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
  const unsigned char lead = byte(i);
  if (lead < 0x80) {
    ++i;
    return lead;
  }
  std::size_t length = 0;
  char32_t cp = 0;
  char32_t min = 0;
  if ((lead & 0xE0) == 0xC0) {
    length = 2, cp = lead & 0x1F, min = 0x80;
  } else if ((lead & 0xF0) == 0xE0) {
    length = 3, cp = lead & 0x0F, min = 0x800;
  } else if ((lead & 0xF8) == 0xF0) {
    length = 4, cp = lead & 0x07, min = 0x10000;
  } else {
    ++i;
    return kInvalid;
  }
  if (i + length > text.size()) {
    ++i;
    return kInvalid;
  }
  for (std::size_t k = 1; k < length; ++k) {
    if ((byte(i + k) & 0xC0) != 0x80) {
      ++i;
      return kInvalid;
    }
    cp = (cp << 6) | (byte(i + k) & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
    ++i;
    return kInvalid;
  }
  i += length;
  return cp;
}

// Bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069): from a PDF they can
// make a cell, a CSV line or a page read differently from its logical text ("Trojan Source").
bool is_bidi_control(char32_t cp) {
  return (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
}

bool is_dropped(char32_t cp) {
  return cp == kInvalid || cp == 0 || cp == 0xFFFE || cp == 0xFFFF || is_bidi_control(cp);
}

bool is_wide(char32_t cp) {
  return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) ||
         (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) ||
         (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60) ||
         (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x1F300 && cp <= 0x1FAFF) ||
         (cp >= 0x20000 && cp <= 0x3FFFD);
}

// Eight bytes at a time: report text is mostly ASCII, and decoding it one code point per call
// cost more than anything else in writing a text cell.
constexpr std::uint64_t kHighBits = 0x8080808080808080ull;
constexpr std::uint64_t kLowBits = 0x0101010101010101ull;

std::uint64_t load8(const char* p) {
  std::uint64_t word;
  std::memcpy(&word, p, sizeof word);
  return word;
}

// The first byte at or after |i| that is not ASCII (>= 0x80), or text.size().
std::size_t skip_ascii(std::string_view text, std::size_t i) {
  for (; i + 8 <= text.size(); i += 8) {
    if (load8(text.data() + i) & kHighBits) break;
  }
  while (i < text.size() && static_cast<unsigned char>(text[i]) < 0x80)
    ++i;
  return i;
}

// The first byte at or after |i| that is not ASCII or is NUL (the one ASCII character that
// valid_utf8() replaces), or text.size().
std::size_t skip_kept_ascii(std::string_view text, std::size_t i) {
  for (; i + 8 <= text.size(); i += 8) {
    const std::uint64_t word = load8(text.data() + i);
    // A byte >= 0x80 sets its high bit in |word|; a zero byte (with none >= 0x80 below it)
    // borrows and sets it in |word - kLowBits|; bytes 0x01-0x7F set neither.
    if (((word - kLowBits) | word) & kHighBits) break;
  }
  for (; i < text.size(); ++i) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if (byte == 0 || byte >= 0x80) break;
  }
  return i;
}

// Whether one of the eight bytes of |word| may be one that dump_cells() escapes: a byte below
// 0x0E (which holds '\t', '\n' and '\r') or a backslash. Never false when one is.
bool may_need_escape(std::uint64_t word) {
  const std::uint64_t below = (word - kLowBits * 0x0E) & ~word & kHighBits;
  const std::uint64_t other = word ^ (kLowBits * '\\');  // a zero byte where a backslash was
  const std::uint64_t backslash = (other - kLowBits) & ~other & kHighBits;
  return (below | backslash) != 0;
}

// Whether valid_utf8() keeps |text| as it is.
bool is_kept(std::string_view text) {
  for (std::size_t i = skip_kept_ascii(text, 0); i < text.size(); i = skip_kept_ascii(text, i)) {
    if (is_dropped(decode(text, i))) return false;
  }
  return true;
}

// valid_utf8() of text that is_kept() refused.
std::string repaired(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 16);
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t start = i;
    const char32_t cp = decode(text, i);
    if (is_bidi_control(cp)) continue;  // neutralised: the text keeps its logical order
    if (is_dropped(cp)) {
      out += kReplacement;
    } else {
      out.append(text.substr(start, i - start));
    }
  }
  return out;
}

std::string percent_encode_path(std::string_view path) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  out.reserve(path.size());
  for (const char c : path) {
    const auto u = static_cast<unsigned char>(c);
    const bool keep = (u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z') || (u >= '0' && u <= '9') ||
                      u == '-' || u == '.' || u == '_' || u == '~' || u == '/';
    if (keep) {
      out += c;
    } else {
      out += '%';
      out += kHex[u >> 4];
      out += kHex[u & 0xF];
    }
  }
  return out;
}

std::string table_name_for(std::string_view sheet) {
  std::string name = "tbl";
  for (const char c : sheet) {
    const auto u = static_cast<unsigned char>(c);
    if ((u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z') || (u >= '0' && u <= '9') || u == '_') {
      name += c;
    }
  }
  return name;
}

// Reads exactly |digits| decimal digits at |text[at]|.
bool read_number(std::string_view text, std::size_t at, std::size_t digits, int& out) {
  if (at + digits > text.size()) return false;
  int value = 0;
  for (std::size_t i = at; i < at + digits; ++i) {
    if (text[i] < '0' || text[i] > '9') return false;
    value = value * 10 + (text[i] - '0');
  }
  out = value;
  return true;
}

int days_in_month(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[month - 1];
}

}  // namespace

bool parse_date(std::string_view text, lxw_datetime& out) {
  int year = 0, month = 0, day = 0;
  if (text.size() != 10 || text[4] != '-' || text[7] != '-' || !read_number(text, 0, 4, year) ||
      !read_number(text, 5, 2, month) || !read_number(text, 8, 2, day)) {
    return false;
  }
  // Excel's dates start in 1900.
  if (year < 1900 || month < 1 || month > 12 || day < 1 || day > days_in_month(year, month)) {
    return false;
  }
  out = lxw_datetime{year, month, day, 0, 0, 0};
  return true;
}

bool parse_time(std::string_view text, lxw_datetime& out) {
  int hour = 0, minute = 0;
  if (text.size() != 5 || text[2] != ':' || !read_number(text, 0, 2, hour) ||
      !read_number(text, 3, 2, minute) || hour > 23 || minute > 59) {
    return false;
  }
  out = lxw_datetime{0, 0, 0, hour, minute, 0};
  return true;
}

bool parse_datetime(std::string_view text, lxw_datetime& out) {
  if (text.ends_with('Z')) text.remove_suffix(1);
  lxw_datetime date{};
  lxw_datetime time{};
  int second = 0;
  if (text.size() != 19 || (text[10] != 'T' && text[10] != ' ') ||
      !parse_date(text.substr(0, 10), date) || !parse_time(text.substr(11, 5), time) ||
      text[16] != ':' || !read_number(text, 17, 2, second) || second > 59) {
    return false;
  }
  out = lxw_datetime{date.year, date.month, date.day,
                     time.hour, time.min,   static_cast<double>(second)};
  return true;
}

void xlsx_check(lxw_error err, std::string_view what) {
  if (err != LXW_NO_ERROR) {
    throw std::runtime_error(fmt::format("libxlsxwriter: {}: {}", what, lxw_strerror(err)));
  }
}

std::string valid_utf8(std::string_view text) {
  if (is_kept(text)) return std::string(text);  // most text is already fine
  return repaired(text);
}

std::size_t utf16_length(std::string_view text) {
  std::size_t units = 0;
  for (std::size_t i = 0; i < text.size();) {
    units += decode(text, i) >= 0x10000 ? 2u : 1u;
  }
  return units;
}

std::string fit_cell_text(std::string_view text, bool* cut, std::size_t limit) {
  if (cut) *cut = false;
  if (text.size() <= limit || utf16_length(text) <= limit) return std::string(text);
  if (cut) *cut = true;
  if (limit == 0) return {};

  // Keep whole characters up to |limit| - 1 units and end with the one-unit ellipsis.
  std::size_t units = 0;
  std::size_t end = 0;
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t start = i;
    const std::size_t width = decode(text, i) >= 0x10000 ? 2u : 1u;
    if (units + width > limit - 1) {
      end = start;
      break;
    }
    units += width;
  }
  std::string out(text.substr(0, end));
  out += kEllipsis;
  return out;
}

TextMeasure measure_text(std::string_view text) {
  std::size_t widest = 0;
  std::size_t line = 0;
  bool lines = false;
  for (std::size_t i = 0; i < text.size();) {
    // A run of ASCII: one column a byte, lines ending at '\n' (found with memchr).
    const std::size_t run = skip_ascii(text, i);
    while (i < run) {
      const void* found = std::memchr(text.data() + i, '\n', run - i);
      if (!found) {
        line += run - i;
        i = run;
        break;
      }
      const auto at = static_cast<std::size_t>(static_cast<const char*>(found) - text.data());
      widest = std::max(widest, line + (at - i));
      line = 0;
      lines = true;
      i = at + 1;
    }
    // A non-ASCII sequence (never '\n', not even an overlong one: decode() refuses those).
    if (i < text.size()) line += is_wide(decode(text, i)) ? 2u : 1u;
  }
  return {static_cast<double>(std::max(widest, line)), lines};
}

double text_width(std::string_view text) {
  return measure_text(text).width;
}

std::string sheet_name(std::string_view wanted) {
  std::string name = valid_utf8(wanted);
  for (char& c : name) {
    if (std::string_view("[]:*?/\\").find(c) != std::string_view::npos) c = '_';
  }
  while (!name.empty() && name.front() == '\'')
    name.erase(name.begin());
  // Cut to 31 characters at a character boundary.
  std::size_t chars = 0;
  for (std::size_t i = 0; i < name.size();) {
    const std::size_t start = i;
    decode(name, i);
    if (++chars > kMaxSheetNameChars) {
      name.resize(start);
      break;
    }
  }
  while (!name.empty() && name.back() == '\'')
    name.pop_back();
  return name.empty() ? std::string("Sheet") : name;
}

std::string file_url(const std::string& path, const std::string& root) {
  if (path.empty()) return {};
  namespace fs = std::filesystem;
  fs::path resolved(path);
  if (resolved.is_relative()) {
    const fs::path base = root.empty() ? fs::current_path() : fs::absolute(fs::path(root));
    resolved = base / resolved;
  }
  // The path already starts with '/', which makes the third slash of "file:///".
  return "file://" + percent_encode_path(resolved.lexically_normal().generic_string());
}

std::string relative_url(const std::string& path, const std::string& root,
                         const std::string& from_dir) {
  if (path.empty()) return {};
  namespace fs = std::filesystem;
  fs::path resolved(path);
  const fs::path base = root.empty() ? fs::current_path() : fs::absolute(fs::path(root));
  if (resolved.is_relative()) resolved = base / resolved;
  const fs::path from = fs::absolute(fs::path(from_dir)).lexically_normal();
  const fs::path rel = resolved.lexically_normal().lexically_relative(from);
  if (rel.empty()) return file_url(path, root);
  return percent_encode_path(rel.generic_string());
}

std::string based_url(const std::string& path, const std::string& root, const std::string& base) {
  if (path.empty()) return {};
  namespace fs = std::filesystem;
  fs::path p = fs::path(path).lexically_normal();
  if (p.is_absolute()) {
    const fs::path r = fs::absolute(fs::path(root.empty() ? "." : root)).lexically_normal();
    const fs::path rel = p.lexically_relative(r);
    p = rel.empty() || *rel.begin() == ".." ? p.filename() : rel;
  } else if (!p.empty() && *p.begin() == "..") {
    p = p.filename();
  }
  std::string url = base;
  if (!url.empty() && url.back() != '/') url += '/';
  return url + percent_encode_path(p.generic_string());
}

std::string LinkPolicy::pdf(const std::string& path) const {
  if (!link_base.empty()) return based_url(path, input_root, link_base);
  if (!from_dir.empty()) return relative_url(path, input_root, from_dir);
  return file_url(path, input_root);
}

std::string LinkPolicy::page(const std::string& path, int page) const {
  std::string url = pdf(path);
  if (url.empty() || page <= 0) return url;
  return fmt::format("{}#page={}", url, page);
}

std::string pdf_page_url(const std::string& path, const std::string& root, int page) {
  std::string url = file_url(path, root);
  if (url.empty() || page <= 0) return url;
  return fmt::format("{}#page={}", url, page);
}

NumericLocaleGuard::NumericLocaleGuard() {
  locale_t base = duplocale(uselocale(static_cast<locale_t>(nullptr)));
  if (base == static_cast<locale_t>(nullptr)) {
    throw std::runtime_error("cannot copy the current locale");
  }
  mine_ = newlocale(LC_NUMERIC_MASK, "C", base);  // takes over |base| on success
  if (mine_ == static_cast<locale_t>(nullptr)) {
    freelocale(base);
    throw std::runtime_error("cannot create a locale with LC_NUMERIC=C");
  }
  previous_ = uselocale(mine_);
}

NumericLocaleGuard::~NumericLocaleGuard() {
  uselocale(previous_);
  freelocale(mine_);
}

WorkbookContext::WorkbookContext(lxw_workbook* wb, std::string root,
                                 std::function<void(const RunWarning&)> on_warning)
    : workbook(wb), input_root(std::move(root)), warn(std::move(on_warning)) {
  links.input_root = input_root;
  top = workbook_add_format(workbook);
  wrap = workbook_add_format(workbook);
  decimal = workbook_add_format(workbook);
  link = workbook_add_format(workbook);
  date = workbook_add_format(workbook);
  time = workbook_add_format(workbook);
  datetime = workbook_add_format(workbook);
  percent = workbook_add_format(workbook);
  if (!top || !wrap || !decimal || !link || !date || !time || !datetime || !percent) {
    throw std::runtime_error("libxlsxwriter: workbook_add_format: out of memory");
  }
  for (lxw_format* format : {top, wrap, decimal, link, date, time, datetime, percent}) {
    format_set_align(format, LXW_ALIGN_VERTICAL_TOP);
  }
  format_set_text_wrap(wrap);
  format_set_num_format(decimal, "0.00");
  format_set_num_format(date, "yyyy-mm-dd");
  format_set_num_format(time, "hh:mm");
  format_set_num_format(datetime, "yyyy-mm-dd hh:mm:ss");
  format_set_num_format(percent, "0.0%");
  format_set_underline(link, LXW_UNDERLINE_SINGLE);
  format_set_font_color(link, 0x0563C1);  // Excel's hyperlink blue
}

const std::string& WorkbookContext::pdf_url(const std::string& path) {
  auto found = pdf_urls_.find(path);
  if (found == pdf_urls_.end()) found = pdf_urls_.emplace(path, links.pdf(path)).first;
  return found->second;  // node-based map: stays valid as others are added
}

std::string WorkbookContext::page_url(const std::string& path, int page) {
  const std::string& url = pdf_url(path);
  if (url.empty() || page <= 0) return url;
  return url + "#page=" + std::to_string(page);  // as LinkPolicy::page() writes it
}

namespace {

// |text| as a formula string: "…" pieces of at most 255 characters joined by &, quotes doubled.
void append_formula_string(std::string& out, std::string_view text) {
  if (text.empty()) {
    out += "\"\"";
    return;
  }
  std::size_t start = 0;
  while (start < text.size()) {
    // A piece of at most 255 bytes (so at most 255 characters), cut at a character boundary.
    std::size_t end = std::min(text.size(), start + kMaxFormulaStringChars);
    while (end < text.size() && end > start + 1 &&
           (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) {
      --end;
    }
    if (start > 0) out += '&';
    out += '"';
    for (const char c : text.substr(start, end - start)) {
      if (c == '"') out += '"';
      out += c;
    }
    out += '"';
    start = end;
  }
}

}  // namespace

std::string hyperlink_formula(std::string_view url, std::string_view shown, bool numeric) {
  std::string formula = "=HYPERLINK(";
  append_formula_string(formula, url);
  formula += ',';
  if (numeric) {
    formula += shown;
  } else {
    append_formula_string(formula, shown);
  }
  formula += ')';
  if (formula.size() > kMaxFormulaChars) return std::string();
  return formula;
}

namespace {

// One line of the dump: "Sheet!A1<TAB>value\n", the value escaped.
void append_cell_line(std::string& out, std::string_view sheet, lxw_row_t row, lxw_col_t col,
                      std::string_view value) {
  out += sheet;
  out += '!';
  // The cell's A1 name, as lxw_rowcol_to_cell gives it (that call cost more than the rest).
  char letters[8];
  std::size_t n = 0;
  for (std::uint32_t c = col + 1u; c > 0; c = (c - 1) / 26)
    letters[n++] = static_cast<char>('A' + (c - 1) % 26);
  while (n > 0)
    out += letters[--n];
  char digits[16];
  const auto end = std::to_chars(digits, digits + sizeof digits, row + 1u).ptr;
  out.append(digits, end);
  out += '\t';
  // Escapes: eight bytes at a time past those that need none, then byte by byte.
  // (find_first_of() called memchr over its four characters for each byte of every value.)
  std::size_t from = 0;
  for (std::size_t at = 0; at < value.size();) {
    if (at + 8 <= value.size() && !may_need_escape(load8(value.data() + at))) {
      at += 8;
      continue;
    }
    const char c = value[at];
    const char* escaped = c == '\\'   ? "\\\\"
                          : c == '\t' ? "\\t"
                          : c == '\r' ? "\\r"
                          : c == '\n' ? "\\n"
                                      : nullptr;
    ++at;
    if (!escaped) continue;
    out.append(value, from, at - 1 - from);
    out += escaped;
    from = at;
  }
  out.append(value, from);
  out += '\n';
}

}  // namespace

CellsText::CellsText(std::function<void(std::string_view)> sink, std::size_t chunk)
    : sink_(std::move(sink)), chunk_(chunk) {}

void CellsText::add(std::string_view sheet, lxw_row_t row, lxw_col_t col, std::string_view value) {
  // Checked before anything is handed on: a refused cell leaves the text as it was.
  if (sheets_.empty() || sheets_.back() != sheet) {
    if (std::find(sheets_.begin(), sheets_.end(), sheet) != sheets_.end()) {
      throw std::logic_error(fmt::format("cells of sheet '{}' after another sheet's", sheet));
    }
    end_row();
    sheets_.emplace_back(sheet);
    row_ = row;
  } else if (row != row_) {
    if (row < row_) {
      throw std::logic_error(
          fmt::format("sheet '{}': a cell of row {} after row {}", sheet, row + 1, row_ + 1));
    }
    end_row();
    row_ = row;
  }
  held_.push_back(Held{col, held_text_.size(), value.size()});
  held_text_ += value;
}

void CellsText::end_row() {
  // Columns in order, the last write of a column winning (a stable sort keeps writing order).
  std::stable_sort(held_.begin(), held_.end(),
                   [](const Held& a, const Held& b) { return a.col < b.col; });
  for (std::size_t k = 0; k < held_.size(); ++k) {
    if (k + 1 < held_.size() && held_[k + 1].col == held_[k].col) continue;
    append_cell_line(out_, sheets_.back(), row_, held_[k].col,
                     std::string_view(held_text_).substr(held_[k].offset, held_[k].length));
  }
  held_.clear();
  held_text_.clear();
  if (out_.size() >= chunk_) {
    sink_(out_);
    out_.clear();
  }
}

void CellsText::finish() {
  if (!held_.empty()) end_row();
  if (!out_.empty()) sink_(out_);
  out_.clear();
}

std::string dump_cells(const std::vector<RecordedCell>& cells) {
  // Sheets in the order first written; cells sorted by (sheet, row, column), the last write of
  // a cell winning.
  std::vector<std::string_view> sheets;
  struct Key {
    std::size_t sheet;
    lxw_row_t row;
    lxw_col_t col;
    std::size_t index;  // order written
  };
  std::vector<Key> keys;
  keys.reserve(cells.size());
  for (std::size_t i = 0; i < cells.size(); ++i) {
    auto it = std::find(sheets.begin(), sheets.end(), cells[i].sheet);
    if (it == sheets.end()) it = sheets.insert(it, cells[i].sheet);
    keys.push_back({static_cast<std::size_t>(it - sheets.begin()), cells[i].row, cells[i].col, i});
  }
  std::sort(keys.begin(), keys.end(), [](const Key& a, const Key& b) {
    return std::tie(a.sheet, a.row, a.col, a.index) < std::tie(b.sheet, b.row, b.col, b.index);
  });
  std::string out;
  for (std::size_t k = 0; k < keys.size(); ++k) {
    const Key& key = keys[k];
    const bool again = k + 1 < keys.size() && keys[k + 1].sheet == key.sheet &&
                       keys[k + 1].row == key.row && keys[k + 1].col == key.col;
    if (again) continue;  // written again later
    const RecordedCell& cell = cells[key.index];
    append_cell_line(out, cell.sheet, cell.row, cell.col, cell.value);
  }
  return out;
}

TableSheet::TableSheet(WorkbookContext& context, std::string_view name,
                       std::span<const ColumnSpec> columns, LinkStyle links)
    : context_(context),
      name_(sheet_name(name)),
      table_name_(table_name_for(name_)),
      columns_(columns.begin(), columns.end()),
      link_style_(links) {
  if (columns_.empty()) throw std::logic_error("TableSheet needs at least one column");
  worksheet_ = workbook_add_worksheet(context_.workbook, name_.c_str());
  if (!worksheet_) {
    throw std::runtime_error(
        fmt::format("libxlsxwriter: workbook_add_worksheet: cannot add sheet '{}'", name_));
  }
  widths_.reserve(columns_.size());
  for (const ColumnSpec& column : columns_) {
    // Room for the header text and the table's filter button.
    widths_.push_back(text_width(column.header) + 3);
  }
  record_header();
}

// The header row's cells as the table will show them, recorded when the table starts so that
// the recorded rows come in order (CellsText).
void TableSheet::record_header() {
  for (std::size_t i = 0; i < columns_.size(); ++i)
    record(header_, static_cast<lxw_col_t>(i), columns_[i].header);
}

void TableSheet::next_row(std::string_view document, int page) {
  if (row_ + 1 >= LXW_ROW_MAX) {
    throw std::runtime_error(fmt::format("sheet '{}' has more rows than Excel allows", name_));
  }
  ++row_;
  document_ = document;
  page_ = page;
}

void TableSheet::text(lxw_col_t col, std::string_view value) {
  if (value.empty()) return;
  // One string, validated once, cut only when it is over the limit, then moved to the record.
  std::string shown = valid_utf8(value);
  if (shown.size() > kMaxCellChars) {
    const std::size_t units = utf16_length(shown);
    if (units > kMaxCellChars) {
      warn(fmt::format("cell {}: text of {} characters cut to Excel's limit of {} per cell",
                       cell_name(col), units, kMaxCellChars));
      shown = fit_cell_text(shown);
    }
  }
  const TextMeasure measure = measure_text(shown);
  const bool wrapped = columns_.at(col).kind == ColumnKind::kWrappedText ||
                       measure.width > kMaxColumnWidth || measure.multiline;
  // Always a string: worksheet_write_string never turns "=1+1" into a formula.
  xlsx_check(worksheet_write_string(worksheet_, row_, col, shown.c_str(),
                                    wrapped ? context_.wrap : context_.top),
             "worksheet_write_string");
  fit(col, measure.width);
  record(row_, col, std::move(shown));
}

void TableSheet::integer(lxw_col_t col, std::int64_t value) {
  xlsx_check(
      worksheet_write_number(worksheet_, row_, col, static_cast<double>(value), context_.top),
      "worksheet_write_number");
  std::string shown = fmt::format("{}", value);  // formatted once, for the width and the record
  fit(col, static_cast<double>(shown.size()));
  record(row_, col, std::move(shown));
}

void TableSheet::decimal(lxw_col_t col, double value) {
  xlsx_check(worksheet_write_number(worksheet_, row_, col, value, context_.decimal),
             "worksheet_write_number");
  std::string shown = fmt::format("{:.2f}", value);  // as shown; once, for width and record
  fit(col, static_cast<double>(shown.size()));
  record(row_, col, std::move(shown));
}

void TableSheet::percent(lxw_col_t col, double value) {
  xlsx_check(worksheet_write_number(worksheet_, row_, col, value, context_.percent),
             "worksheet_write_number");
  fit(col, 7);
  record(row_, col, fmt::format("{:.1f}%", value * 100));  // as shown
}

void TableSheet::date(lxw_col_t col, std::string_view iso) {
  lxw_datetime value{};
  write_datetime(col, iso, parse_date(iso, value), value, context_.date, 10);
}

void TableSheet::time(lxw_col_t col, std::string_view hhmm) {
  lxw_datetime value{};
  write_datetime(col, hhmm, parse_time(hhmm, value), value, context_.time, 5);
}

void TableSheet::datetime(lxw_col_t col, std::string_view iso) {
  lxw_datetime value{};
  write_datetime(col, iso, parse_datetime(iso, value), value, context_.datetime, 19);
}

void TableSheet::write_datetime(lxw_col_t col, std::string_view as_text, bool ok,
                                const lxw_datetime& value, lxw_format* format, double width) {
  if (!ok) {
    text(col, as_text);
    return;
  }
  lxw_datetime copy = value;  // the C API takes a non-const pointer
  xlsx_check(worksheet_write_datetime(worksheet_, row_, col, &copy, format),
             "worksheet_write_datetime");
  fit(col, width);
  record(row_, col, as_text);
}

void TableSheet::linked_integer(lxw_col_t col, std::int64_t value, const std::string& url) {
  const std::string shown = fmt::format("{}", value);  // once, for link, width and record
  const double number = static_cast<double>(value);
  const bool formula = link_style_ == LinkStyle::kFormula;
  if (!(formula ? add_formula_link(col, url, shown, &number) : add_link(col, url, shown))) {
    integer(col, value);
    return;
  }
  // An Excel hyperlink's cell shows a string; the number is written over it so that the page
  // stays a number (the hyperlink is kept separately and survives).
  if (!formula) {
    xlsx_check(worksheet_write_number(worksheet_, row_, col, number, context_.link),
               "worksheet_write_number");
  }
  fit(col, static_cast<double>(shown.size()));
  record(row_, col, shown);
}

void TableSheet::linked_text(lxw_col_t col, std::string_view value, const std::string& url) {
  if (value.empty()) return;
  std::string shown = valid_utf8(value);
  const bool too_long = shown.size() > kMaxCellChars && utf16_length(shown) > kMaxCellChars;
  const bool linked =
      !too_long && (link_style_ == LinkStyle::kFormula ? add_formula_link(col, url, shown, nullptr)
                                                       : add_link(col, url, shown));
  if (!linked) {
    text(col, value);  // too long to link, or no link: text() cuts and warns
    return;
  }
  fit(col, text_width(shown));
  record(row_, col, std::move(shown));  // the link's target depends on where the run was
}

bool TableSheet::add_link(lxw_col_t col, const std::string& url, const std::string& shown) {
  if (url.empty() || url.size() > kMaxUrlChars) return false;
  if (links_ >= kMaxLinksPerSheet) {
    if (links_ == kMaxLinksPerSheet) {
      warn(fmt::format("more than {} links on sheet '{}' (Excel's limit): no more links from here",
                       kMaxLinksPerSheet, name_));
      ++links_;  // warn once
    }
    return false;
  }
  const lxw_error err = worksheet_write_url_opt(worksheet_, row_, col, url.c_str(), context_.link,
                                                shown.c_str(), nullptr);
  if (err == LXW_ERROR_WORKSHEET_MAX_URL_LENGTH_EXCEEDED) return false;
  xlsx_check(err, "worksheet_write_url_opt");
  ++links_;
  return true;
}

bool TableSheet::add_formula_link(lxw_col_t col, const std::string& url, const std::string& shown,
                                  const double* number) {
  if (url.empty() || url.size() > kMaxUrlChars) return false;
  const std::string formula = hyperlink_formula(url, shown, number != nullptr);
  if (formula.empty()) return false;
  // The cached value is what a reader that does not compute (pandas, openpyxl's data_only)
  // sees, and what the cell shows before Excel computes it.
  xlsx_check(number ? worksheet_write_formula_num(worksheet_, row_, col, formula.c_str(),
                                                  context_.link, *number)
                    : worksheet_write_formula_str(worksheet_, row_, col, formula.c_str(),
                                                  context_.link, shown.c_str()),
             "worksheet_write_formula");
  return true;
}

void TableSheet::fit(lxw_col_t col, double width) {
  const double cap = col < columns_.size() && columns_[col].max_width > 0 ? columns_[col].max_width
                                                                          : kMaxColumnWidth;
  widths_.at(col) = std::max(widths_.at(col), std::min(width + 1, cap));
}

std::string TableSheet::cell_name(lxw_col_t col) const {
  char name[LXW_MAX_CELL_NAME_LENGTH] = {};
  lxw_rowcol_to_cell(name, row_, col);
  return name;
}

void TableSheet::record(lxw_row_t row, lxw_col_t col, std::string_view value) {
  if (context_.cells) context_.cells->add(name_, row, col, value);
}

void TableSheet::warn(std::string message) const {
  if (!context_.warn) return;
  context_.warn(
      RunWarning{document_, page_, fmt::format("{} {}: {}", context_.file_label, name_, message)});
}

void TableSheet::add_table() {
  const auto last_col = static_cast<lxw_col_t>(columns_.size() - 1);
  std::vector<lxw_table_column> columns(columns_.size());
  std::vector<lxw_table_column*> column_list;
  for (std::size_t i = 0; i < columns_.size(); ++i) {
    columns[i].header = const_cast<char*>(columns_[i].header);
    column_list.push_back(&columns[i]);
  }
  column_list.push_back(nullptr);

  lxw_table_options options{};
  options.name = const_cast<char*>(table_name_.c_str());
  options.columns = column_list.data();
  // A table needs one data row; an empty table gets an empty one.
  row_ = std::max<lxw_row_t>(row_, header_ + 1);
  xlsx_check(worksheet_add_table(worksheet_, header_, 0, row_, last_col, &options),
             "worksheet_add_table");
}

void TableSheet::start_table(std::string_view table_name, std::span<const ColumnSpec> columns) {
  if (columns.empty()) throw std::logic_error("TableSheet needs at least one column");
  add_table();
  table_name_ = table_name;
  columns_.assign(columns.begin(), columns.end());
  if (widths_.size() < columns_.size()) widths_.resize(columns_.size(), 0);
  for (std::size_t col = 0; col < columns_.size(); ++col) {
    widths_[col] = std::max(widths_[col], text_width(columns_[col].header) + 3);
  }
  if (row_ + 3 >= LXW_ROW_MAX) {
    throw std::runtime_error(fmt::format("sheet '{}' has more rows than Excel allows", name_));
  }
  header_ = row_ + 2;  // one blank row between the tables
  row_ = header_;
  record_header();
}

void TableSheet::finish() {
  add_table();
  worksheet_freeze_panes(worksheet_, 1, 0);
  // Printed as organisers hand sheets on: A4 landscape, one page wide, the header row on
  // every page, "page n / N" below.
  worksheet_set_landscape(worksheet_);
  worksheet_set_paper(worksheet_, 9);  // A4
  worksheet_fit_to_pages(worksheet_, 1, 0);
  xlsx_check(worksheet_repeat_rows(worksheet_, 0, 0), "worksheet_repeat_rows");
  xlsx_check(worksheet_set_footer(worksheet_, "&C&P / &N"), "worksheet_set_footer");
  for (lxw_col_t col = 0; col < widths_.size(); ++col) {
    xlsx_check(worksheet_set_column(worksheet_, col, col, widths_[col], nullptr),
               "worksheet_set_column");
  }
}

}  // namespace idm
