#pragma once
// Step 1 of the layout: words -> text lines (one line = words on one baseline, without a
// gap wide enough to be a column gutter or a table gap between them).

#include <string>
#include <vector>

#include "page_text.hpp"

namespace idm {

struct Line {
  int page = 0;
  Rect box;
  std::string text;      // words joined with the spaces the PDF implies
  double font_size = 0;  // dominant size, weighted by characters
  bool bold = false;     // most characters bold
  bool italic = false;   // most characters italic
  bool leader = false;   // dot leaders ran through it: a table of contents' entry
  std::vector<Word> words;
};

/// Groups a page's words into lines, top to bottom, then left to right. Raised or lowered
/// small words (footnote calls, exponents) join the line they sit on. Lines are cut at the
/// page's column gutters and at |document_gutters| (found over all pages, for short pages).
std::vector<Line> build_lines(const std::vector<Word>& words, int page,
                              const std::vector<int>& document_gutters = {});

/// The same, moving the words into the lines: |words| is left with emptied words.
std::vector<Line> build_lines(std::vector<Word>&& words, int page,
                              const std::vector<int>& document_gutters = {});

/// x positions (whole points) of column gutters: valleys of the ink profile of |words| with
/// heavily inked ground on both sides.
std::vector<int> find_gutters(const std::vector<Word>& words, double page_width);

/// The same over the words of several lists together (all pages of a document), read in place.
std::vector<int> find_gutters(const std::vector<const std::vector<Word>*>& word_lists,
                              double page_width);

/// Where the lines of a whole document start (x0 of every line, sorted).
std::vector<double> line_starts(const std::vector<const std::vector<Line>*>& pages);

/// Cuts a line at a gap that stands out from its word spaces when the word after it starts
/// where three or more lines of the document start (|starts|, from line_starts): a table's
/// next column, on a page too short to show that edge itself ("5 p.m. – 5.45   Closing").
void cut_at_document_columns(std::vector<Line>& lines, const std::vector<double>& starts);

/// Recomputes text, box, font size and style of |line| from its words.
void finish_line(Line& line);

/// True when a reader sees a space between two neighbouring words of one line. Poppler marks
/// a space after pieces of one word that a typesetter set apart by a kerning step ("Inter" |
/// "venants", 0.3 pt apart in 12 pt type): a space narrower than a tenth of an em is no space.
bool spaced_apart(const Word& prev, const Word& next);

/// The width of the line's first word as printed, its kerned pieces together.
double first_word_width(const Line& line);

}  // namespace idm
