#pragma once
// The raw material of the layout stage: words with their boxes and fonts, page by page.
// Coordinates are PDF points with a top-left origin (as poppler-cpp reports them).

#include <string>
#include <vector>

namespace idm {

struct Rect {
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;

  double width() const { return x1 - x0; }
  double height() const { return y1 - y0; }
  double center_x() const { return (x0 + x1) / 2; }
  double center_y() const { return (y0 + y1) / 2; }
  /// Grows this rectangle to cover |other|; an empty (all-zero) rectangle takes |other|.
  void unite(const Rect& other);
};

struct Word {
  std::string text;  // UTF-8, as printed
  Rect box;
  double font_size = 0;
  bool bold = false;
  bool italic = false;
  bool space_after = false;
  double ocr_confidence = -1;  // 0-100 for words read by OCR, -1 for the PDF's own text
};

struct PageText {
  int number = 0;  // 1-based
  double width = 0;
  double height = 0;
  bool ocr = false;  // the words were read from the rendered page by OCR
  std::vector<Word> words;
};

struct PdfText {
  std::string producer;
  std::string title;
  std::vector<PageText> pages;
  std::vector<std::string> warnings;  // e.g. OCR unavailable for a page without text
};

}  // namespace idm
