#pragma once
// Hand-built words for the layout tests: no PDF, just boxes. Every character is half an em
// wide, a line box is one em high, and y grows downwards (top-left origin, as in PageText).

#include <sstream>
#include <string>
#include <vector>

#include "extractors/lines.hpp"
#include "extractors/text_block.hpp"
#include "extractors/unicode_text.hpp"

namespace idm::test {

inline double char_width(double size) {
  return 0.5 * size;
}

inline double text_width(const std::string& text, double size) {
  return char_width(size) * static_cast<double>(code_point_count(text));
}

/// One word whose box starts at (x, top).
inline Word word_at(const std::string& text, double x, double top, double size = 10,
                    bool bold = false) {
  Word w;
  w.text = text;
  w.box = Rect{x, top, x + text_width(text, size), top + size};
  w.font_size = size;
  w.bold = bold;
  return w;
}

inline std::vector<std::string> split_words(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string w; in >> w;)
    out.push_back(w);
  return out;
}

/// The words of |text| set from |x| with ordinary word spaces (a quarter em).
inline std::vector<Word> set_line(const std::string& text, double x, double top, double size = 10,
                                  bool bold = false) {
  std::vector<Word> out;
  for (const std::string& piece : split_words(text)) {
    if (!out.empty()) {
      out.back().space_after = true;
      x = out.back().box.x1 + 0.25 * size;
    }
    out.push_back(word_at(piece, x, top, size, bold));
  }
  return out;
}

/// The words of |text| justified between |x0| and |x1|: every space stretched alike.
inline std::vector<Word> justify_line(const std::string& text, double x0, double x1, double top,
                                      double size = 10) {
  const std::vector<std::string> pieces = split_words(text);
  double ink = 0;
  for (const std::string& p : pieces)
    ink += text_width(p, size);
  const double space =
      pieces.size() > 1 ? (x1 - x0 - ink) / static_cast<double>(pieces.size() - 1) : 0;
  std::vector<Word> out;
  double x = x0;
  for (const std::string& piece : pieces) {
    if (!out.empty()) out.back().space_after = true;
    out.push_back(word_at(piece, x, top, size));
    x = out.back().box.x1 + space;
  }
  return out;
}

/// A finished line (as build_lines makes them) from words.
inline Line line_of(std::vector<Word> words, int page = 1) {
  Line line;
  line.page = page;
  line.words = std::move(words);
  finish_line(line);
  return line;
}

inline void append(std::vector<Word>& to, const std::vector<Word>& more) {
  to.insert(to.end(), more.begin(), more.end());
}

/// "heading paragraph footnote": the kinds of |blocks|, for readable failures.
inline std::string kinds_of(const std::vector<TextBlock>& blocks) {
  std::string out;
  for (const TextBlock& b : blocks) {
    if (!out.empty()) out += ' ';
    out += to_string(b.kind);
  }
  return out;
}

inline std::string texts_of(const std::vector<Line>& lines) {
  std::string out;
  for (const Line& l : lines) {
    if (!out.empty()) out += " | ";
    out += l.text;
  }
  return out;
}

}  // namespace idm::test
