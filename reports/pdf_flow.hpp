#pragma once
// A small typesetting flow over cairo and pango: paragraphs (PangoLayouts) stacked down A4
// pages, split between lines across page breaks, then drawn with "Page n of N" footers.
// Part of the PDF module (pdf_module.cpp), which typesets summary.pdf's Flow (pdf_typeset.hpp).

#include <cairo.h>
#include <pango/pangocairo.h>

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "reports/pdf_typeset.hpp"

namespace idm::pdf {

struct GObjectUnref {
  void operator()(void* object) const;
};
using LayoutPtr = std::unique_ptr<PangoLayout, GObjectUnref>;

/// |text| made safe for pango markup: invalid UTF-8 repaired, control characters turned into
/// spaces, then escaped with g_markup_escape_text. Every string from a source PDF goes through
/// this before it is put between markup tags.
std::string escape(std::string_view text);

/// One paragraph of the flow.
struct Paragraph {
  LayoutPtr layout;
  LayoutPtr side;  // optional: a list marker or a table's time cell, beside the first line
  double x = 0;    // left edge, from the left margin
  double side_x = 0;
  double gray = 0;
  double space_before = 0;
  bool keep_with_next = false;  // never the last thing on a page
  bool page_break_before = false;
  size_t group = 1;  // with the next group - 1 paragraphs, a table row: moved whole to the next
                     // page when short enough, else split between its paragraphs and lines
  bool rule_above = false;  // a thin rule over the table width (table rows)
  double rule_x0 = 0, rule_x1 = 0;

  struct Line {
    double top, bottom, baseline;  // points, from the top of the layout
  };
  std::vector<Line> lines;
  double side_height = 0;
  double side_baseline = 0;
};

/// Typesets a document into a PDF at |path|, with document metadata fixed for byte-identical
/// output. Throws std::runtime_error on cairo errors.
class Document {
 public:
  struct Metadata {
    std::string title;
    std::string creator;
    std::string date;  // ISO 8601, CreationDate and ModDate
  };
  Document(const std::string& path, const Metadata& metadata);
  ~Document();
  Document(const Document&) = delete;
  Document& operator=(const Document&) = delete;

  /// The width between the margins.
  double text_width() const { return text_width_; }

  /// A layout of pango |markup| in |font|, |width| points wide, wrapping at words.
  LayoutPtr layout(const std::string& markup, const Font& font, double width) const;

  /// Appends a paragraph; returns it for setting the side cell and spacing.
  Paragraph& add(LayoutPtr layout, double x, const Font& font, double space_before);

  /// The paragraphs added so far; |paragraph(i)| stays valid until the next add().
  size_t count() const { return paragraphs_.size(); }
  Paragraph& paragraph(size_t index) { return paragraphs_[index]; }

  /// Paginates, draws every page with |footer| (called with page number and page count, gives
  /// markup) and finishes the file.
  template <typename Footer>
  void finish(Footer&& footer) {
    paginate();
    const int count = static_cast<int>(pages_.size());
    for (int n = 1; n <= count; ++n)
      draw_page(static_cast<size_t>(n - 1), footer(n, count));
    close();
  }

 private:
  struct Placed {
    const Paragraph* paragraph;
    size_t first, last;  // lines [first, last)
    double y;            // top of line |first| on the page
    bool with_side;      // the paragraph's first line is here
  };

  void measure(Paragraph& p) const;
  void paginate();
  void draw_page(size_t index, const std::string& footer_markup);
  void close();
  void check(const char* what) const;

  cairo_surface_t* surface_ = nullptr;
  cairo_t* cr_ = nullptr;
  PangoFontMap* font_map_ = nullptr;
  PangoContext* context_ = nullptr;
  double margin_left_ = kMarginLeft, margin_top_ = kMarginTop, margin_bottom_ = kMarginBottom;
  double text_width_ = 0;
  std::vector<Paragraph> paragraphs_;
  std::vector<std::vector<Placed>> pages_;
};

}  // namespace idm::pdf
