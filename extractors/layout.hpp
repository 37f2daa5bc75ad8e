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

struct LayoutOptions {
  // Threads building pages' lines and blocks side by side, for documents of
  // |parallel_min_pages| pages or more (as ReadOptions). The result is the same either way.
  unsigned page_workers = 1;
  int parallel_min_pages = 16;
};

LayoutResult lay_out(const PdfText& pdf, const LayoutOptions& options = {});

/// The same, freeing each page's words as soon as its lines are built: the document's words
/// are not held twice. The pages keep their number, size and OCR flag.
LayoutResult lay_out_spending_words(PdfText& pdf, const LayoutOptions& options = {});

}  // namespace idm
