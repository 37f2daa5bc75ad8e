#pragma once
// The boundary between the program and its PDF module (idmreport-pdf.so, pdf_module.cpp):
// summary_pdf.cpp decides what a summary says and how it is laid out as a Flow of plain data;
// the module typesets it with pango and cairo (pdf_flow.hpp). Pango, cairo, harfbuzz,
// fontconfig and glib (~40 libraries) are so loaded only when --summary-pdf asks for a PDF,
// not at every start-up (issue 11). Both sides are built together from this header with the
// same compiler, so C++ types may cross; the entry point has C linkage so that dlsym finds it
// by name, and checks kAbi.

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace idm::pdf {

/// Raised whenever a type or function below changes.
inline constexpr unsigned kAbi = 1;

/// The module's file name, and the name of its entry point.
inline constexpr const char* kModuleFileName = "idmreport-pdf.so";
inline constexpr const char* kEntryPoint = "idm_pdf_typesetter";

/// A4 in PostScript points, and the margins of every page.
inline constexpr double kPageWidth = 595.276;
inline constexpr double kPageHeight = 841.89;
inline constexpr double kMarginLeft = 62, kMarginTop = 60, kMarginBottom = 70;
/// The width between the margins.
inline constexpr double kTextWidth = kPageWidth - 2 * kMarginLeft;

struct Font {
  double size = 10;  // points
  bool bold = false;
  double gray = 0;  // 0 black .. 1 white
};

/// One paragraph of the flow: pango |markup| (text made safe by Typesetter::escape) in |font|,
/// |width| points wide from |x| (from the left margin), wrapped at words.
struct Block {
  std::string markup;
  Font font;
  double x = 0;
  double width = 0;
  double space_before = 0;
  double gray = 0;  // of the text; |font|'s unless changed
  // Optional: a list marker or a table's time cell, beside the first line.
  bool has_side = false;
  std::string side_markup;
  Font side_font;
  double side_width = 0;
  double side_x = 0;
  bool keep_with_next = false;  // never the last thing on a page
  bool page_break_before = false;
  std::size_t group = 1;    // with the next group - 1 blocks, a table row: moved whole to the next
                            // page when short enough, else split between its blocks and lines
  bool rule_above = false;  // a thin rule over the table width (table rows)
  double rule_x0 = 0, rule_x1 = 0;
};

struct Flow {
  std::string title;    // document metadata; made valid UTF-8 by the module
  std::string creator;  //
  std::string date;     // ISO 8601, CreationDate and ModDate (never "now": byte-identical files)
  std::vector<Block> blocks;
  /// The footer's markup of page |n| of |count|.
  std::function<std::string(int n, int count)> footer;
};

struct Typesetter {
  unsigned abi = kAbi;
  /// |text| made safe for pango markup: invalid UTF-8 repaired, control characters turned into
  /// spaces, then escaped with g_markup_escape_text. Every string from a source PDF goes
  /// through this before it is put between markup tags.
  std::string (*escape)(std::string_view text);
  /// Typesets |flow| on A4 pages with "page n of N" footers into a PDF at |path|; false with
  /// |error| set on cairo errors. Never throws.
  bool (*typeset)(const Flow& flow, const std::string& path, std::string& error);
};

}  // namespace idm::pdf

extern "C" {
/// The module's entry point: its functions, or null when it was built for another |abi|.
using IdmPdfTypesetterEntry = const idm::pdf::Typesetter* (*)(unsigned abi);
}
