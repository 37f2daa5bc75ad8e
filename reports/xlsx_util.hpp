#pragma once
// Helpers over libxlsxwriter shared by the sheet writers: error checks, text cells that are
// always strings and fit Excel's limits, PDF hyperlinks, and one Excel table per sheet.

#include <locale.h>
#include <xlsxwriter.h>

#include <cstddef>
#include <cstdint>
#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "model/run_report.hpp"

// Tables arrived in 1.1.4. The .pc file carries the SOVERSION, so the check lives here.
static_assert(LXW_VERSION_ID >= 114, "libxlsxwriter 1.1.4 or newer is required");

namespace idm {

inline constexpr std::size_t kMaxCellChars = 32767;  // Excel's limit, in UTF-16 code units
inline constexpr std::size_t kMaxUrlChars = 2079;    // Excel's hyperlink length limit
inline constexpr std::size_t kMaxLinksPerSheet = LXW_MAX_NUMBER_URLS;  // 65,530
inline constexpr std::size_t kMaxSheetNameChars = 31;
inline constexpr std::size_t kMaxFormulaChars = 8192;       // Excel's formula length limit
inline constexpr std::size_t kMaxFormulaStringChars = 255;  // of one string in a formula
inline constexpr double kMaxColumnWidth = 80;               // characters

/// Throws std::runtime_error("libxlsxwriter: |what|: <reason>") unless |err| is LXW_NO_ERROR.
void xlsx_check(lxw_error err, std::string_view what);

/// |text| as valid UTF-8 that XML can carry: invalid bytes, NUL and U+FFFE/U+FFFF become U+FFFD,
/// and bidi embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069) are
/// removed, so that no text from a PDF reads differently from its logical order.
std::string valid_utf8(std::string_view text);

/// Length of valid UTF-8 |text| in UTF-16 code units (how Excel counts characters).
std::size_t utf16_length(std::string_view text);

/// Valid UTF-8 |text| cut at a character boundary to at most |limit| UTF-16 code units, the last
/// of which is "…" when it had to be cut. |cut| (optional) tells whether it was.
std::string fit_cell_text(std::string_view text, bool* cut = nullptr,
                          std::size_t limit = kMaxCellChars);

/// Width of |text| in Excel column units: its longest line in characters (East Asian wide
/// characters count two).
double text_width(std::string_view text);

/// text_width() of |text|, and whether it has more than one line, in one pass.
struct TextMeasure {
  double width = 0;
  bool multiline = false;  // |text| holds a '\n'
};
TextMeasure measure_text(std::string_view text);

/// `=HYPERLINK("url",shown)`: |shown| as a number when |numeric|, else as a string. Strings
/// longer than Excel's 255 characters per formula string are joined from pieces ("…"&"…"),
/// quotes doubled. Empty when the formula would pass Excel's 8,192 characters.
std::string hyperlink_formula(std::string_view url, std::string_view shown, bool numeric);

/// A legal sheet name: []:*?/\ become '_', no apostrophe at either end, at most 31 characters.
std::string sheet_name(std::string_view wanted);

/// "file:///abs/dir/name.pdf", percent-encoded; a relative |path| is resolved against |root|
/// (or the current directory if |root| is empty). Empty if |path| is empty.
std::string file_url(const std::string& path, const std::string& root);

/// file_url() + "#page=N".
std::string pdf_page_url(const std::string& path, const std::string& root, int page);

/// |path| (relative to |root|) as a relative URL from the folder |from_dir|, percent-encoded
/// ("../../samples/a.pdf"): links that still work when the outputs and the PDFs move together.
std::string relative_url(const std::string& path, const std::string& root,
                         const std::string& from_dir);

/// |base| + "/" + |path| relative to |root| (its file name when it lies outside), for archives
/// served over HTTP (`--link-base`).
std::string based_url(const std::string& path, const std::string& root, const std::string& base);

/// How an output links to the PDFs: under |link_base| when set, else relative to |from_dir|
/// (the output's folder) when set, else file URLs.
struct LinkPolicy {
  std::string input_root;  // relative source paths are relative to it
  std::string from_dir;
  std::string link_base;

  /// The PDF at |path|; "" when |path| is empty.
  std::string pdf(const std::string& path) const;
  /// pdf() + "#page=N" (the open parameter PDF viewers honour); just pdf() when |page| <= 0.
  std::string page(const std::string& path, int page) const;
};

/// "YYYY-MM-DD" as a date, "HH:MM" as a time, "YYYY-MM-DDTHH:MM:SS[Z]" as both; false (and
/// |out| untouched) unless |text| is exactly that and a real calendar date / time of day.
bool parse_date(std::string_view text, lxw_datetime& out);
bool parse_time(std::string_view text, lxw_datetime& out);
bool parse_datetime(std::string_view text, lxw_datetime& out);

/// Makes LC_NUMERIC "C" for the calling thread while it lives, then restores the thread's
/// previous locale. Debian's libxlsxwriter prints numbers (cell values, column widths) with
/// snprintf, so a locale with a decimal comma would write corrupt XML.
/// Why uselocale() rather than setlocale(): it changes only this thread, so other threads
/// (and the process-wide locale the caller chose) are never touched, even briefly.
class NumericLocaleGuard {
 public:
  NumericLocaleGuard();
  ~NumericLocaleGuard();
  NumericLocaleGuard(const NumericLocaleGuard&) = delete;
  NumericLocaleGuard& operator=(const NumericLocaleGuard&) = delete;

 private:
  locale_t mine_ = nullptr;
  locale_t previous_ = nullptr;
};

/// One cell as written by a TableSheet, its value as text (numbers as shown, dates as given).
struct RecordedCell {
  std::string sheet;
  lxw_row_t row = 0;
  lxw_col_t col = 0;
  std::string value;
};

/// summary.cells.txt made as the cells are written: the text dump_cells() gives of them, handed
/// to |sink| in pieces of about |chunk| bytes. The archive's workbook has millions of cells,
/// and holding them until the workbook was written cost a fifth of the run's peak memory.
/// Cells come as TableSheet writes them: sheet after sheet and, within a sheet, row after row
/// (a row's cells in any order, the last write of a cell winning). Anything else is a
/// programming error (std::logic_error).
class CellsText {
 public:
  explicit CellsText(std::function<void(std::string_view)> sink, std::size_t chunk = 1 << 18);

  void add(std::string_view sheet, lxw_row_t row, lxw_col_t col, std::string_view value);
  /// Hands on the last row and what is held. Call once, after the last add().
  void finish();

 private:
  struct Held {
    lxw_col_t col;
    std::size_t offset;  // of the value in held_text_
    std::size_t length;
  };
  void end_row();

  std::function<void(std::string_view)> sink_;
  std::size_t chunk_;
  std::vector<std::string> sheets_;  // the current one last
  lxw_row_t row_ = 0;
  std::vector<Held> held_;  // the current row's cells, in writing order
  std::string held_text_;
  std::string out_;
};

/// The cells as canonical text: sheets in the order first written, then row, then column;
/// one line per cell, "Sheet!A1<TAB>value", with backslash, tab, CR and LF escaped (\\ \t \r
/// \n). A cell written twice shows its last value. Cells in any order (CellsText needs them in
/// TableSheet's).
std::string dump_cells(const std::vector<RecordedCell>& cells);

/// What all sheet writers of one workbook share.
struct WorkbookContext {
  lxw_workbook* workbook = nullptr;
  lxw_format* top = nullptr;       // top-aligned (rows grow with wrapped text)
  lxw_format* wrap = nullptr;      // top-aligned, wrapped text
  lxw_format* decimal = nullptr;   // top-aligned, 0.00
  lxw_format* link = nullptr;      // top-aligned, hyperlink blue and underlined
  lxw_format* date = nullptr;      // top-aligned, yyyy-mm-dd
  lxw_format* time = nullptr;      // top-aligned, hh:mm
  lxw_format* datetime = nullptr;  // top-aligned, yyyy-mm-dd hh:mm:ss
  lxw_format* percent = nullptr;   // top-aligned, 0.0%
  std::string input_root;          // to resolve relative PDF paths
  LinkPolicy links;                // how cells link to the PDFs
  std::function<void(const RunWarning&)> warn;
  CellsText* cells = nullptr;               // when set, every cell written goes there too
  std::string file_label = "summary.xlsx";  // how warnings name the workbook

  /// Creates the shared formats of |workbook|.
  WorkbookContext(lxw_workbook* workbook, std::string input_root,
                  std::function<void(const RunWarning&)> warn);

  /// links.pdf(|path|), resolved once per path: resolving a path against the file system costs
  /// thousands of instructions, and the rows of a workbook link the same few PDFs again and
  /// again. Set |links| before the first call.
  const std::string& pdf_url(const std::string& path);
  /// links.page(|path|, |page|), through pdf_url().
  std::string page_url(const std::string& path, int page);

 private:
  std::unordered_map<std::string, std::string> pdf_urls_;  // pdf_url()'s answers
};

/// How a TableSheet links cells to the PDFs.
enum class LinkStyle {
  // Excel hyperlinks: no formula in the cell, but libxlsxwriter keeps about 4 KB per link
  // until the workbook closes, and Excel takes at most 65,530 per sheet.
  kHyperlink,
  // HYPERLINK() formulas with the value cached (readers that do not compute still see it): no
  // per-link memory, no limit. For a sheet whose rows grow with every page of the archive.
  kFormula,
};

enum class ColumnKind {
  kText,         // string; wrapped only when longer than the column cap or multi-line
  kWrappedText,  // string, always wrapped
  kInteger,
  kDecimal,  // two decimals shown
};

struct ColumnSpec {
  const char* header;
  ColumnKind kind;
  double max_width = 0;  // column width cap in characters; 0: kMaxColumnWidth
};

/// One worksheet holding one Excel table over its rows (or a few, one below the other): header
/// row frozen, column widths fitted to the content. Write cells row by row with next_row() and
/// the cell functions, then finish().
class TableSheet {
 public:
  /// Adds the worksheet |name| (made legal by sheet_name()), linking cells in |links|' way.
  TableSheet(WorkbookContext& context, std::string_view name, std::span<const ColumnSpec> columns,
             LinkStyle links = LinkStyle::kHyperlink);

  /// Starts the next data row; |document| and |page| label warnings about its cells.
  void next_row(std::string_view document, int page = 0);

  /// A string cell, never a formula, even for text starting with '='. Text beyond Excel's
  /// 32,767-character limit is cut (and reported). Empty text leaves the cell empty.
  void text(lxw_col_t col, std::string_view value);
  void integer(lxw_col_t col, std::int64_t value);
  void decimal(lxw_col_t col, double value);
  /// |value| (0–1) shown as a percentage with one decimal.
  void percent(lxw_col_t col, double value);
  /// Real Excel dates and times (numbers with a date/time format) for "YYYY-MM-DD", "HH:MM" and
  /// ISO 8601 "YYYY-MM-DDTHH:MM:SSZ"; anything else is written as text.
  void date(lxw_col_t col, std::string_view iso);
  void time(lxw_col_t col, std::string_view hhmm);
  void datetime(lxw_col_t col, std::string_view iso);

  /// |value| as a number linked to |url|; a plain number if |url| is empty or too long or the
  /// sheet has used up Excel's hyperlink budget (LinkStyle::kHyperlink only).
  void linked_integer(lxw_col_t col, std::int64_t value, const std::string& url);
  /// |value| as text linked to |url|, with the same fallbacks as linked_integer().
  void linked_text(lxw_col_t col, std::string_view value, const std::string& url);

  /// Adds the table over the rows written so far and starts another one, named |table_name|,
  /// one blank row below it. Only the first table's header row is frozen.
  void start_table(std::string_view table_name, std::span<const ColumnSpec> columns);

  /// Adds the table over the rows written, freezes the header row, sets the column widths and
  /// the print setup (A4 landscape, one page wide, header row repeated, page numbers).
  void finish();

  lxw_worksheet* worksheet() const { return worksheet_; }
  const std::string& name() const { return name_; }
  lxw_row_t header_row() const { return header_; }  // of the current table
  lxw_row_t last_row() const { return row_; }
  lxw_row_t rows() const { return row_ - header_; }  // data rows of the current table so far

 private:
  bool add_link(lxw_col_t col, const std::string& url, const std::string& shown);
  bool add_formula_link(lxw_col_t col, const std::string& url, const std::string& shown,
                        const double* number);
  void add_table();
  void write_datetime(lxw_col_t col, std::string_view text, bool ok, const lxw_datetime& value,
                      lxw_format* format, double width);
  void fit(lxw_col_t col, double width);
  std::string cell_name(lxw_col_t col) const;
  void record(lxw_row_t row, lxw_col_t col, std::string_view value);
  void record_header();
  void warn(std::string message) const;

  WorkbookContext& context_;
  std::string name_;
  std::string table_name_;
  std::vector<ColumnSpec> columns_;
  std::vector<double> widths_;  // over all the tables of the sheet
  lxw_worksheet* worksheet_ = nullptr;
  lxw_row_t header_ = 0;  // header row of the current table
  lxw_row_t row_ = 0;     // last row written (== header_ before the first data row)
  LinkStyle link_style_ = LinkStyle::kHyperlink;
  std::size_t links_ = 0;  // Excel hyperlinks written
  std::string document_;
  int page_ = 0;
};

}  // namespace idm
