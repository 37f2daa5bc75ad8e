#pragma once
// What the layout stage hands on: blocks of text in reading order, each of one kind.

#include <string>
#include <vector>

#include "lines.hpp"

namespace idm {

enum class BlockKind { heading, paragraph, list_item, footnote, caption, table_cell, furniture };

const char* to_string(BlockKind kind);

struct TextBlock {
  BlockKind kind = BlockKind::paragraph;
  int level = 0;  // headings: 1 = largest type of the document
  int page = 0;
  Rect box;  // on |page| (where the block starts)
  std::string text;
  double font_size = 0;
  bool bold = false;
  double ocr_confidence = -1;  // mean Tesseract confidence (0-100) of its words; -1: not OCR
  // Layout facts the later stages use and the JSON does not carry.
  std::vector<Line> lines;
  bool first_in_region = false;
  bool last_in_region = false;
  bool bullet = false;  // list item introduced by a bullet or dash (dropped from |text|)
};

}  // namespace idm
