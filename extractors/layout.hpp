#pragma once
// The layout stage: every page's words -> blocks in reading order, furniture set apart,
// paragraphs mended across page and column breaks, hyphenation undone.

#include <vector>

#include "page_text.hpp"
#include "text_block.hpp"

namespace idm {

struct LayoutResult {
  std::vector<TextBlock> blocks;
  int pages = 0;
  int pages_with_text = 0;
};

LayoutResult lay_out(const PdfText& pdf);

}  // namespace idm
