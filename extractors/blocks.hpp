#pragma once
// Step 4 of the layout: the lines of one region -> blocks (paragraphs, list items, headings,
// footnotes, captions, table cells). Text is joined later, once the whole document's
// vocabulary is known (see dehyphenate.hpp).

#include <vector>

#include "reading_order.hpp"
#include "text_block.hpp"

namespace idm {

/// The type most of the document is set in.
struct BodyStyle {
  double font_size = 10;
  double line_height = 12;
  double line_gap = 2;  // usual white space between two lines of one paragraph
  // The page's own text size when most of the page is set smaller than the body (a cover's
  // introduction in small print): footnotes are smaller still. 0 when the page keeps the body.
  double small_print = 0;
};

/// True for type smaller than the text around it: footnotes, captions, notes.
bool is_small(const Line& line, const BodyStyle& body);

std::vector<TextBlock> build_blocks(const std::vector<Line>& lines, const Region& region,
                                    const BodyStyle& body);

/// True when |line| opens a footnote: small type starting with its number ("1", "³", "*").
bool opens_footnote(const Line& line, const BodyStyle& body);

/// True when |text| opens a caption ("Photo :", "Figure 3", "Source:", "©" ...).
bool starts_caption(std::string_view text);

}  // namespace idm
