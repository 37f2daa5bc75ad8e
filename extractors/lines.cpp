#include "lines.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <functional>
#include <map>
#include <numeric>
#include <utility>

#include "leaders.hpp"
#include "list_marker.hpp"
#include "unicode_text.hpp"

namespace idm {
namespace {

struct Row {
  double top, bottom;  // extent of the anchor word: later words must centre near its centre
  double font_size;    // the anchor word's
  std::vector<size_t> words;
  Rect box;
};

// Characters per type size. A line is set in one size or two: a few slots in place do without
// a tree's nodes on the heap; sizes beyond them spill into a map.
class SizeTally {
 public:
  void add(double size, size_t chars) {
    for (size_t k = 0; k < used_; ++k) {
      if (slots_[k].first == size) {
        slots_[k].second += chars;
        return;
      }
    }
    if (used_ < slots_.size()) {
      slots_[used_++] = {size, chars};
    } else {
      spill_[size] += chars;
    }
  }

  // Sets |size| to the size with most characters, the smallest of those tied; leaves it when
  // no size has any.
  void most_common(double& size) const {
    size_t best = 0;
    const auto consider = [&](double s, size_t count) {
      if (count > best || (count == best && best > 0 && s < size)) {
        best = count;
        size = s;
      }
    };
    for (size_t k = 0; k < used_; ++k)
      consider(slots_[k].first, slots_[k].second);
    for (const auto& [s, count] : spill_)
      consider(s, count);
  }

 private:
  std::array<std::pair<double, size_t>, 6> slots_{};
  size_t used_ = 0;
  std::map<double, size_t> spill_;
};

// A bullet or dash marker, not an enumerator ("1.", "a)"): those share their item's font.
bool is_bullet(std::string_view token) {
  return is_list_marker(token) && !is_enumerator(token);
}

// True when |box| stands more than an em clear of every word of |ids|.
bool far_from(const std::vector<Word>& words, const std::vector<size_t>& ids, const Rect& box,
              double font_size) {
  return std::all_of(ids.begin(), ids.end(), [&](size_t id) {
    const Rect& other = words[id].box;
    const double em = std::max(font_size, words[id].font_size);
    return std::max(other.x0 - box.x1, box.x0 - other.x1) > em;
  });
}

std::vector<Row> group_rows(const std::vector<Word>& words) {
  // By centre, each computed once; words of one centre keep their order (the index breaks
  // ties: a stable order without a stable sort's buffer).
  std::vector<std::pair<double, size_t>> order(words.size());
  for (size_t i = 0; i < words.size(); ++i)
    order[i] = {words[i].box.center_y(), i};
  std::sort(order.begin(), order.end());
  std::vector<Row> rows;
  for (const auto& [cy, i] : order) {
    const Rect& box = words[i].box;
    // Only the last few rows can still take this word: the order is by centre.
    Row* home = nullptr;
    for (size_t r = rows.size(); r-- > 0 && r + 4 >= rows.size();) {
      // Centred on the anchor's centre: lines of two columns set a few points apart are
      // two rows, not one.
      const double anchor_cy = (rows[r].top + rows[r].bottom) / 2;
      // Smaller raised type (a footnote call) starts a row of its own and is attached to
      // the row it touches later (attach_small_rows).
      const double ratio = words[i].font_size / std::max(rows[r].font_size, 0.1);
      // A bullet is often drawn from another font at another size: a row it opened takes its
      // item's words whatever their size (the first of them then anchors the row).
      const bool sized = (ratio > 0.85 && ratio < 1.18) ||
                         (rows[r].words.size() == 1 && is_bullet(words[rows[r].words[0]].text));
      if (!sized) continue;
      // A word far from all of the row's words (across a gutter) joins it only on the same
      // baseline (within 0.15 of the anchor's height, not 0.3): lines of two columns set a
      // few points apart are two rows, and a column's first word or footnote call must not go
      // to the other column's line. Only a word between the two reaches needs the row's words.
      const double height = rows[r].bottom - rows[r].top;
      const double off = std::abs(cy - anchor_cy);
      if (!(off <= 0.3 * height)) continue;
      if (!(off <= 0.15 * height) && far_from(words, rows[r].words, box, words[i].font_size))
        continue;
      home = &rows[r];
      break;
    }
    if (!home) {
      rows.push_back(Row{box.y0, box.y1, words[i].font_size, {}, Rect{}});
      home = &rows.back();
      home->words.reserve(16);  // a line's words at once, not in doubling steps
    }
    if (home->words.size() == 1 && is_bullet(words[home->words[0]].text) &&
        !is_bullet(words[i].text)) {
      // The item's first word, not its bullet, anchors the row for the words that follow.
      home->top = box.y0;
      home->bottom = box.y1;
      home->font_size = words[i].font_size;
    }
    home->words.push_back(i);
    home->box.unite(box);
  }
  std::stable_sort(rows.begin(), rows.end(),
                   [](const Row& a, const Row& b) { return a.box.center_y() < b.box.center_y(); });
  return rows;
}

// Buffers the line builder reuses from one piece of a row to the next.
struct Scratch {
  std::vector<double> sizes, gaps, spaces;
};

double median_font_size(const std::vector<Word>& words, const std::vector<size_t>& ids,
                        std::vector<double>& sizes) {
  sizes.clear();
  for (size_t i : ids)
    sizes.push_back(words[i].font_size);
  std::nth_element(sizes.begin(), sizes.begin() + static_cast<long>(sizes.size() / 2), sizes.end());
  return sizes[sizes.size() / 2];
}

// A gutter or a table gap is wider than about one em and much wider than the row's word
// spaces. A justified line stretches all of its spaces alike and stays one line.
double column_gap_threshold(const std::vector<Word>& words, const std::vector<size_t>& row,
                            Scratch& scratch) {
  const double em = median_font_size(words, row, scratch.sizes);
  std::vector<double>& gaps = scratch.gaps;
  std::vector<double>& spaces = scratch.spaces;
  gaps.clear();
  spaces.clear();
  for (size_t k = 1; k < row.size(); ++k) {
    const double gap = words[row[k]].box.x0 - words[row[k - 1]].box.x1;
    // Kerned pieces of one word and a footnote call glued to its word are no word spaces:
    // counted as such, they would make every space of a justified line look like a gap.
    if (!spaced_apart(words[row[k - 1]], words[row[k]])) continue;
    gaps.push_back(gap);
    if (gap <= 1.1 * em) spaces.push_back(gap);
  }
  if (!spaces.empty()) {
    std::nth_element(spaces.begin(), spaces.begin() + static_cast<long>(spaces.size() / 2),
                     spaces.end());
    // Table cells may sit less than an em apart (HTML cell padding), but still several word
    // spaces apart.
    return std::max(0.9 * em, 3.5 * spaces[spaces.size() / 2]);
  }
  if (gaps.size() >= 2) {
    const auto [lo, hi] = std::minmax_element(gaps.begin(), gaps.end());
    if (*hi <= 2 * *lo) return 2 * *hi;  // all spaces stretched alike: justified
  }
  return 1.1 * em;
}

// Column gutters: valleys of the page's ink profile (how many words cover each x) with
// heavily inked ground on both sides. A justified line in a narrow column stretches its
// spaces as wide as a gutter, but the lines around it put words where it has spaces.
}  // namespace

std::vector<int> find_gutters(const std::vector<Word>& words, double page_width) {
  return find_gutters(std::vector<const std::vector<Word>*>{&words}, page_width);
}

std::vector<int> find_gutters(const std::vector<const std::vector<Word>*>& word_lists,
                              double page_width) {
  // The words of all lists, read in place: a document's words are not copied into one list.
  const auto for_each_word = [&](auto&& visit) {
    for (const std::vector<Word>* words : word_lists) {
      for (const Word& word : *words)
        visit(word);
    }
  };
  const int bins = static_cast<int>(std::ceil(page_width)) + 2;
  std::vector<int> inked(static_cast<size_t>(std::max(bins, 1)) + 1, 0);
  // Each word adds one over [from, to): marked at its two ends, summed left to right after.
  for_each_word([&](const Word& word) {
    const int from = std::max(0, static_cast<int>(word.box.x0));
    const int to = std::min(bins, static_cast<int>(std::ceil(word.box.x1)));
    if (from < to) {
      ++inked[static_cast<size_t>(from)];
      --inked[static_cast<size_t>(to)];
    }
  });
  std::partial_sum(inked.begin(), inked.end(), inked.begin());
  inked.pop_back();
  const int most = *std::max_element(inked.begin(), inked.end());
  if (most < 8) return {};
  std::vector<bool> heavy_left(inked.size(), false), heavy_right(inked.size(), false);
  for (size_t x = 1; x < inked.size(); ++x)
    heavy_left[x] = heavy_left[x - 1] || inked[x - 1] * 5 >= most;
  for (size_t x = inked.size() - 1; x-- > 0;)
    heavy_right[x] = heavy_right[x + 1] || inked[x + 1] * 5 >= most;
  // Justified columns end and start on two sharp edges: many words stop at the valley's left
  // side and many start at its right side. Such a valley stays a gutter even when lines set
  // across the page (footnotes, a running title) put some ink in it.
  auto sharp_edges = [&](int first, int last) {
    int ending = 0, starting = 0, inside = 0;
    for_each_word([&](const Word& word) {
      // Nothing starts inside a gutter; hanging list markers ("(5)", "(6)") and the words
      // of a table's middle column do.
      if (word.box.x0 > first + 1.5 && word.box.x0 < last - 0.5) ++inside;
      // List markers hang on an edge of their own before their items: no column.
      if (std::abs(word.box.x1 - first) < 1.5 && !is_list_marker(word.text)) ++ending;
      if (std::abs(word.box.x0 - (last + 1)) < 1.5) ++starting;
    });
    return ending * 3 >= most && starting * 3 >= most && inside * 10 <= most;
  };
  std::vector<int> gutters, run, strict_run;
  size_t longest_strict = 0;  // the widest stretch of the valley that is nearly empty
  for (size_t x = 0; x <= inked.size(); ++x) {
    if (x < inked.size() && inked[x] * 4 <= most && heavy_left[x] && heavy_right[x]) {
      run.push_back(static_cast<int>(x));
      if (inked[x] * 10 <= most) {
        strict_run.push_back(static_cast<int>(x));
        longest_strict = std::max(longest_strict, strict_run.size());
      } else {
        if (strict_run.size() >= 5)
          gutters.insert(gutters.end(), strict_run.begin(), strict_run.end());
        strict_run.clear();
      }
      continue;
    }
    // A valley narrower than a few points is a coincidence of word spaces, not a gutter.
    if (strict_run.size() >= 5) {
      gutters.insert(gutters.end(), strict_run.begin(), strict_run.end());
    } else if (longest_strict < 5 && run.size() >= 5 && sharp_edges(run.front(), run.back())) {
      gutters.insert(gutters.end(), run.begin(), run.end());
    }
    run.clear();
    strict_run.clear();
    longest_strict = 0;
  }
  return gutters;
}

namespace {

bool covers_gutter(const std::vector<int>& gutters, double x0, double x1) {
  const auto it = std::lower_bound(gutters.begin(), gutters.end(), static_cast<int>(std::ceil(x0)));
  return it != gutters.end() && *it < x1;
}

// Cuts |ids| (sorted left to right) between two words wherever |cut_between| says so.
template <typename Predicate>
std::vector<std::vector<size_t>> split_row(const std::vector<Word>& words,
                                           const std::vector<size_t>& ids, Predicate cut_between) {
  std::vector<std::vector<size_t>> pieces;
  double right = 0;
  size_t rightmost = 0;
  size_t start = 0;  // of the current piece in |ids|: each piece is copied out once, whole
  for (size_t k = 0; k < ids.size(); ++k) {
    const size_t id = ids[k];
    if (k > 0 && words[id].box.x0 > right && cut_between(rightmost, id)) {
      pieces.emplace_back(ids.begin() + static_cast<long>(start),
                          ids.begin() + static_cast<long>(k));
      start = k;
    }
    if (k == start || words[id].box.x1 > right) {
      right = words[id].box.x1;
      rightmost = id;
    }
  }
  if (!ids.empty()) pieces.emplace_back(ids.begin() + static_cast<long>(start), ids.end());
  return pieces;
}

// A footnote call or exponent set in smaller raised type forms a row of its own at first;
// it belongs to the row whose words it touches on the left or right. Attaching it before rows
// are cut into lines keeps "qualifications.¹³ The" one line.
void attach_small_rows(const std::vector<Word>& words, std::vector<Row>& rows) {
  for (Row& small : rows) {
    if (small.words.empty() || small.words.size() > 2) continue;
    size_t chars = 0;
    for (size_t i : small.words)
      chars += code_point_count(words[i].text);
    if (chars > 4) continue;
    Row* best = nullptr;
    double best_gap = 0;
    for (Row& main : rows) {
      if (&main == &small || main.words.empty() || small.font_size > 0.85 * main.font_size)
        continue;
      const double overlap =
          std::min(small.box.y1, main.box.y1) - std::max(small.box.y0, main.box.y0);
      if (overlap < 0.3 * small.box.height()) continue;
      for (size_t m : main.words) {
        for (size_t s : small.words) {
          const Rect& a = words[m].box;
          const Rect& b = words[s].box;
          const double gap = std::max(b.x0 - a.x1, a.x0 - b.x1);
          if (gap <= 0.6 * main.font_size && (!best || gap < best_gap)) {
            best = &main;
            best_gap = gap;
          }
        }
      }
    }
    if (!best) continue;
    best->words.insert(best->words.end(), small.words.begin(), small.words.end());
    best->box.unite(small.box);
    small.words.clear();
  }
  std::erase_if(rows, [](const Row& row) { return row.words.empty(); });
}

// The words of one row between the page's gutters, and the lines they were cut into.
struct Piece {
  size_t row;
  std::vector<size_t> ids;
  std::vector<std::vector<size_t>> lines;
};

double left_of(const std::vector<Word>& words, const std::vector<size_t>& ids) {
  return words[ids.front()].box.x0;
}

double right_of(const std::vector<Word>& words, const std::vector<size_t>& ids) {
  double right = 0;
  for (size_t i : ids)
    right = std::max(right, words[i].box.x1);
  return right;
}

// "3", "12": the number a footnote starts with, set apart from its text by a tab.
bool is_note_number(std::string_view text) {
  return !text.empty() && text.size() <= 3 &&
         std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// One line of a row, as cut, before its text is set.
struct Segment {
  size_t row;
  std::vector<size_t> ids;
  bool contents_entry;  // a table of contents' entry joined to its page number
};

// "12", "xiv": what a table of contents prints as a page number.
bool is_page_number_word(std::string_view text) {
  if (text.empty() || text.size() > 4) return false;
  const bool digits =
      std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
  const bool roman = std::all_of(text.begin(), text.end(), [](char c) {
    return c == 'i' || c == 'v' || c == 'x' || c == 'l';
  });
  return digits || roman;
}

// A table of contents without leaders sets its page numbers flush right, far from the
// entries: the cut makes them lines of their own, read after all the entries. Numbers that
// end each a row holding other text, share a right edge with at least two more such numbers
// and do not decrease down the page are the entries' page numbers: each joins its row's text.
void join_contents_numbers(const std::vector<Word>& words, std::vector<Segment>& segments) {
  std::vector<size_t> candidates;
  for (size_t k = 1; k < segments.size(); ++k) {
    const Segment& segment = segments[k];
    if (segment.ids.size() == 1 && segments[k - 1].row == segment.row &&
        is_page_number_word(words[segment.ids[0]].text) &&
        (k + 1 == segments.size() || segments[k + 1].row != segment.row)) {
      candidates.push_back(k);
    }
  }
  std::vector<bool> joined(segments.size(), false);
  for (size_t c : candidates) {
    const double right = words[segments[c].ids[0]].box.x1;
    std::vector<size_t> column;
    for (size_t d : candidates) {
      if (std::abs(words[segments[d].ids[0]].box.x1 - right) < 1.5) column.push_back(d);
    }
    if (column.size() < 3) continue;
    // Digits only are compared; roman numbers of a preface come first, in order, anyway.
    bool ordered = true;
    long last = -1;
    for (size_t d : column) {
      const std::string& text = words[segments[d].ids[0]].text;
      if (text[0] < '0' || text[0] > '9') continue;
      const long value = std::stol(text);
      ordered = ordered && value >= last;
      last = value;
    }
    if (ordered) joined[c] = true;
  }
  for (size_t k = segments.size(); k-- > 1;) {
    if (!joined[k]) continue;
    Segment& entry = segments[k - 1];
    entry.ids.insert(entry.ids.end(), segments[k].ids.begin(), segments[k].ids.end());
    entry.contents_entry = true;
    segments.erase(segments.begin() + static_cast<long>(k));
  }
}

// A table whose first column is narrow (an agenda's times) may leave less than its own gap
// threshold between a cell and the next ("12.15   Session I"), a gap that still stands out
// from the line's word spaces. The page tells: other lines start exactly where the word
// after the gap starts, the edge of the next column. A justified line stretches all its
// spaces alike and is never cut here.
void cut_at_column_edges(const std::vector<Word>& words, std::vector<Segment>& segments) {
  std::vector<double> starts;
  starts.reserve(segments.size());
  for (const Segment& segment : segments)
    starts.push_back(words[segment.ids.front()].box.x0);
  auto lines_starting_at = [&](double x) {
    return std::count_if(starts.begin(), starts.end(),
                         [&](double start) { return std::abs(start - x) < 0.75; });
  };
  std::vector<double> spaces;  // one buffer for all lines
  for (size_t k = 0; k < segments.size(); ++k) {
    const std::vector<size_t>& ids = segments[k].ids;
    if (segments[k].contents_entry || ids.size() < 2) continue;
    spaces.clear();
    for (size_t i = 1; i < ids.size(); ++i) {
      if (spaced_apart(words[ids[i - 1]], words[ids[i]]))
        spaces.push_back(words[ids[i]].box.x0 - words[ids[i - 1]].box.x1);
    }
    if (spaces.size() < 2) continue;
    std::nth_element(spaces.begin(), spaces.begin() + static_cast<long>(spaces.size() / 2),
                     spaces.end());
    const double usual_space = spaces[spaces.size() / 2];
    for (size_t i = 1; i < ids.size(); ++i) {
      const Word& before = words[ids[i - 1]];
      const Word& after = words[ids[i]];
      const double gap = after.box.x0 - before.box.x1;
      if (gap < 0.5 * after.font_size || gap < 2 * usual_space) continue;
      if (i == 1 && (is_list_marker(before.text) || is_note_number(before.text))) continue;
      if (is_leader_word(before.text) || lines_starting_at(after.box.x0) < 3) continue;
      Segment rest{segments[k].row, {ids.begin() + static_cast<long>(i), ids.end()}, false};
      segments[k].ids.resize(i);
      starts.insert(starts.begin() + static_cast<long>(k) + 1, after.box.x0);
      segments.insert(segments.begin() + static_cast<long>(k) + 1, std::move(rest));
      break;
    }
  }
}

// A line of few words justified in a narrow column stretches its spaces wider than a table's
// gap ("intergouvernemental            peut"). Its neighbours tell: the line just above or
// below in the same column, uncut, starts and ends where it does. A table row is not set
// flush with an uncut line (the next line of a wrapped cell starts at the cell, not at the
// row's first column).
void rejoin_justified(const std::vector<Word>& words, const std::vector<Row>& rows,
                      std::vector<Piece>& pieces) {
  // |line| ends where its neighbour does, and starts there too, or hangs out of the
  // neighbour's indent by its list marker ("5.   Chaque   administration" over an item's
  // next lines, indented past the number).
  auto flush = [&](const Piece& line, const Piece& neighbour) {
    if (std::abs(right_of(words, line.ids) - right_of(words, neighbour.ids)) >= 1.0) return false;
    const double left = left_of(words, line.ids), indent = left_of(words, neighbour.ids);
    if (std::abs(left - indent) < 1.0) return true;
    const Word& first = words[line.ids.front()];
    return is_list_marker(first.text) && left < indent && indent - left < 3 * first.font_size;
  };
  auto near_rows = [&](size_t a, size_t b) {
    const Rect& upper = rows[std::min(a, b)].box;
    const Rect& lower = rows[std::max(a, b)].box;
    return a != b && lower.y0 - upper.y1 < upper.height();
  };
  std::vector<bool> uncut(pieces.size());
  for (size_t k = 0; k < pieces.size(); ++k)
    uncut[k] = pieces[k].lines.size() == 1 && pieces[k].ids.size() >= 3;
  for (size_t k = 0; k < pieces.size(); ++k) {
    if (pieces[k].lines.size() < 2) continue;
    for (size_t j = (k > 8 ? k - 8 : 0); j < std::min(pieces.size(), k + 9); ++j) {
      if (j != k && uncut[j] && near_rows(pieces[j].row, pieces[k].row) &&
          flush(pieces[j], pieces[k])) {
        pieces[k].lines = {pieces[k].ids};
        break;
      }
    }
  }
}

}  // namespace

namespace {

// "(3)L'intégration": a list's enumerator set flush against its item's first word, which
// Poppler reads as one word. The reader sees "(3) L'intégration", and the list needs it.
void separate_glued_enumerator(std::string& text) {
  if (text.size() < 4 || text[0] != '(') return;
  const size_t close = text.find(')');
  if (close == std::string::npos || close < 2 || close > 4 || close + 1 >= text.size()) return;
  if (!is_enumerator(std::string_view(text).substr(0, close + 1))) return;
  if (!is_uppercase_letter(first_code_point(std::string_view(text).substr(close + 1)))) return;
  text.insert(close + 1, 1, ' ');
}

}  // namespace

bool spaced_apart(const Word& prev, const Word& next) {
  const double gap = next.box.x0 - prev.box.x1;
  const double em = std::max(next.font_size, prev.font_size);
  return (prev.space_after && gap > 0.1 * em) || gap > 0.15 * em;
}

std::vector<double> line_starts(const std::vector<const std::vector<Line>*>& pages) {
  std::vector<double> starts;
  for (const std::vector<Line>* lines : pages) {
    for (const Line& line : *lines)
      starts.push_back(line.box.x0);
  }
  std::sort(starts.begin(), starts.end());
  return starts;
}

void cut_at_document_columns(std::vector<Line>& lines, const std::vector<double>& starts) {
  auto lines_starting_at = [&](double x) {
    return std::upper_bound(starts.begin(), starts.end(), x + 0.75) -
           std::lower_bound(starts.begin(), starts.end(), x - 0.75);
  };
  std::vector<double> spaces;  // one buffer for all lines
  for (size_t k = 0; k < lines.size(); ++k) {
    const std::vector<Word>& words = lines[k].words;
    if (lines[k].leader || words.size() < 3) continue;
    spaces.clear();
    for (size_t i = 1; i < words.size(); ++i) {
      if (spaced_apart(words[i - 1], words[i]))
        spaces.push_back(words[i].box.x0 - words[i - 1].box.x1);
    }
    if (spaces.size() < 2) continue;
    // A justified line stretches all of its spaces alike: the gap must be twice as wide as
    // any other space of the line (the second widest).
    std::nth_element(spaces.begin(), spaces.begin() + 1, spaces.end(), std::greater<>());
    const double other_space = spaces[1];
    for (size_t i = 1; i < words.size(); ++i) {
      const Word& before = words[i - 1];
      const Word& after = words[i];
      const double gap = after.box.x0 - before.box.x1;
      if (gap < 0.5 * after.font_size || gap < 2 * other_space) continue;
      if (i == 1 && (is_list_marker(before.text) || is_note_number(before.text))) continue;
      if (is_leader_word(before.text) || lines_starting_at(after.box.x0) < 3) continue;
      Line rest;
      rest.page = lines[k].page;
      rest.words.assign(words.begin() + static_cast<long>(i), words.end());
      lines[k].words.resize(i);
      finish_line(lines[k]);
      finish_line(rest);
      lines.insert(lines.begin() + static_cast<long>(k) + 1, std::move(rest));
      break;
    }
  }
}

double first_word_width(const Line& line) {
  if (line.words.empty()) return line.box.width();
  size_t end = 1;
  while (end < line.words.size() && !spaced_apart(line.words[end - 1], line.words[end]))
    ++end;
  return line.words[end - 1].box.x1 - line.words.front().box.x0;
}

void finish_line(Line& line) {
  line.text.clear();
  size_t bytes = line.words.size();
  for (const Word& w : line.words)
    bytes += w.text.size();
  line.text.reserve(bytes);
  line.box = Rect{};
  SizeTally chars_by_size;
  size_t chars = 0, bold_chars = 0, italic_chars = 0;
  for (size_t i = 0; i < line.words.size(); ++i) {
    const Word& w = line.words[i];
    if (i > 0) {
      if (spaced_apart(line.words[i - 1], w)) line.text += ' ';
    }
    line.text += w.text;
    line.box.unite(w.box);
    const size_t n = code_point_count(w.text);
    chars += n;
    chars_by_size.add(std::round(w.font_size * 10) / 10, n);
    if (w.bold) bold_chars += n;
    if (w.italic) italic_chars += n;
  }
  chars_by_size.most_common(line.font_size);
  line.bold = bold_chars * 2 > chars;
  line.italic = italic_chars * 2 > chars;
  separate_glued_enumerator(line.text);
  const std::string_view text = line.text;
  if (text.find("..") != text.npos || text.find(". .") != text.npos ||
      text.find("\u2026") != text.npos) {
    bool found = false;
    std::string without = drop_leaders(text, found);
    if (found) line.text = std::move(without);
    line.leader = found;
  } else {
    line.leader = false;
  }
}

namespace {

// |spent|, when given, is |words| itself: its words are moved into the lines, not copied.
std::vector<Line> lines_of(const std::vector<Word>& words, int page,
                           const std::vector<int>& document_gutters, std::vector<Word>* spent) {
  std::vector<Row> rows = group_rows(words);
  attach_small_rows(words, rows);
  double page_width = 0;
  for (const Word& w : words)
    page_width = std::max(page_width, w.box.x1);
  std::vector<int> gutters = find_gutters(words, page_width);
  gutters.insert(gutters.end(), document_gutters.begin(), document_gutters.end());
  std::sort(gutters.begin(), gutters.end());
  gutters.erase(std::unique(gutters.begin(), gutters.end()), gutters.end());
  // First at the page's gutters (a row may hold lines of two columns), then, within each
  // piece, at gaps much wider than that piece's own word spaces.
  std::vector<Piece> pieces;
  for (size_t r = 0; r < rows.size(); ++r) {
    Row& row = rows[r];
    std::stable_sort(row.words.begin(), row.words.end(),
                     [&](size_t a, size_t b) { return words[a].box.x0 < words[b].box.x0; });
    // A list marker that starts a column's line may hang in the gutter; its item follows.
    size_t piece_front = row.words.front();
    for (std::vector<size_t>&ids : split_row(words, row.words, [&](size_t a, size_t b) {
           const double gap = words[b].box.x0 - words[a].box.x1;
           // Geometry first: few gaps cross a gutter, only they need the words' text.
           const bool cut = gap >= 0.8 * words[b].font_size &&
                            covers_gutter(gutters, words[a].box.x1, words[b].box.x0) &&
                            !(a == piece_front && is_list_marker(words[a].text)) &&
                            // A table of contents' page number stays with its dot leaders.
                            !is_leader_word(words[a].text);
           if (cut) piece_front = b;
           return cut;
         })) {
      pieces.push_back(Piece{r, std::move(ids), {}});
    }
  }
  Scratch scratch;
  for (Piece& piece : pieces) {
    const double split_gap = column_gap_threshold(words, piece.ids, scratch);
    piece.lines = split_row(words, piece.ids, [&](size_t a, size_t b) {
      // Most gaps are word spaces: the text of the words is looked at only past the gap.
      const double gap = words[b].box.x0 - words[a].box.x1;
      if (gap <= split_gap) return false;
      // A table of contents' page number stays with the dot leaders that lead to it.
      if (is_leader_word(words[a].text)) return false;
      // A marker set apart by a tab stays with its item, and so does a footnote's number.
      if (a != piece.ids.front() || gap >= 6 * split_gap) return true;
      return !is_list_marker(words[a].text) && !is_note_number(words[a].text);
    });
  }
  rejoin_justified(words, rows, pieces);
  std::vector<Segment> segments;
  for (Piece& piece : pieces) {
    for (std::vector<size_t>& ids : piece.lines)
      segments.push_back(Segment{piece.row, std::move(ids), false});
  }
  join_contents_numbers(words, segments);
  cut_at_column_edges(words, segments);
  std::vector<Line> lines;
  lines.reserve(segments.size());
  for (const Segment& segment : segments) {
    Line line;
    line.page = page;
    line.words.reserve(segment.ids.size());
    // Each word is in one segment only: it can be moved.
    for (size_t i : segment.ids)
      line.words.push_back(spent ? std::move((*spent)[i]) : words[i]);
    finish_line(line);
    line.leader = line.leader || segment.contents_entry;
    lines.push_back(std::move(line));
  }
  return lines;
}

}  // namespace

std::vector<Line> build_lines(const std::vector<Word>& words, int page,
                              const std::vector<int>& document_gutters) {
  return lines_of(words, page, document_gutters, nullptr);
}

std::vector<Line> build_lines(std::vector<Word>&& words, int page,
                              const std::vector<int>& document_gutters) {
  return lines_of(words, page, document_gutters, &words);
}

}  // namespace idm
