#include "lines.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>

#include "list_marker.hpp"
#include "unicode_text.hpp"

namespace idm {
namespace {

struct Row {
  double top, bottom;  // extent of the anchor word: later words must centre inside it
  std::vector<size_t> words;
  Rect box;
};

double vertical_overlap(const Rect& a, const Rect& b) {
  return std::min(a.y1, b.y1) - std::max(a.y0, b.y0);
}

// Two rows whose words interleave horizontally cannot be one line.
bool rows_collide(const std::vector<Word>& words, const Row& a, const Row& b) {
  for (size_t i : a.words) {
    for (size_t j : b.words) {
      const Rect& p = words[i].box;
      const Rect& q = words[j].box;
      const double overlap = std::min(p.x1, q.x1) - std::max(p.x0, q.x0);
      if (overlap > 0.3 * std::min(p.width(), q.width())) return true;
    }
  }
  return false;
}

std::vector<Row> group_rows(const std::vector<Word>& words) {
  std::vector<size_t> order(words.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    return words[a].box.center_y() < words[b].box.center_y();
  });
  std::vector<Row> rows;
  for (size_t i : order) {
    const Rect& box = words[i].box;
    const double cy = box.center_y();
    // Only the last few rows can still take this word: the order is by centre.
    Row* home = nullptr;
    for (size_t r = rows.size(); r-- > 0 && r + 4 >= rows.size();) {
      if (cy >= rows[r].top && cy <= rows[r].bottom) {
        home = &rows[r];
        break;
      }
    }
    if (!home) {
      rows.push_back(Row{box.y0, box.y1, {}, Rect{}});
      home = &rows.back();
    }
    home->words.push_back(i);
    home->box.unite(box);
  }
  // A small raised or lowered row (a footnote call above its line) joins the row it overlaps.
  for (size_t r = 0; r < rows.size(); ++r) {
    if (rows[r].words.empty()) continue;
    for (size_t s = 0; s < rows.size(); ++s) {
      if (s == r || rows[s].words.empty()) continue;
      const double small = std::min(rows[r].box.height(), rows[s].box.height());
      const bool r_is_smaller = rows[r].box.height() < 0.85 * rows[s].box.height();
      if (!r_is_smaller) continue;
      if (vertical_overlap(rows[r].box, rows[s].box) < 0.4 * small) continue;
      if (rows_collide(words, rows[r], rows[s])) continue;
      rows[s].words.insert(rows[s].words.end(), rows[r].words.begin(), rows[r].words.end());
      rows[s].box.unite(rows[r].box);
      rows[r].words.clear();
      break;
    }
  }
  std::erase_if(rows, [](const Row& row) { return row.words.empty(); });
  std::stable_sort(rows.begin(), rows.end(),
                   [](const Row& a, const Row& b) { return a.box.center_y() < b.box.center_y(); });
  return rows;
}

double median_font_size(const std::vector<Word>& words, const std::vector<size_t>& ids) {
  std::vector<double> sizes;
  for (size_t i : ids) sizes.push_back(words[i].font_size);
  std::nth_element(sizes.begin(), sizes.begin() + static_cast<long>(sizes.size() / 2), sizes.end());
  return sizes[sizes.size() / 2];
}


// A gutter or a table gap is wider than about one em and much wider than the row's word
// spaces. A justified line stretches all of its spaces alike and stays one line.
double column_gap_threshold(const std::vector<Word>& words, const std::vector<size_t>& row) {
  const double em = median_font_size(words, row);
  std::vector<double> gaps, spaces;
  for (size_t k = 1; k < row.size(); ++k) {
    const double gap = words[row[k]].box.x0 - words[row[k - 1]].box.x1;
    if (gap <= 0) continue;
    gaps.push_back(gap);
    if (gap <= 1.1 * em) spaces.push_back(gap);
  }
  if (!spaces.empty()) {
    std::nth_element(spaces.begin(), spaces.begin() + static_cast<long>(spaces.size() / 2), spaces.end());
    return std::max(1.1 * em, 2.5 * spaces[spaces.size() / 2]);
  }
  if (gaps.size() >= 2) {
    const auto [lo, hi] = std::minmax_element(gaps.begin(), gaps.end());
    if (*hi <= 2 * *lo) return 2 * *hi;  // all spaces stretched alike: justified
  }
  return 1.1 * em;
}

}  // namespace

void finish_line(Line& line) {
  line.text.clear();
  line.box = Rect{};
  std::map<double, size_t> chars_by_size;
  size_t chars = 0, bold_chars = 0, italic_chars = 0;
  for (size_t i = 0; i < line.words.size(); ++i) {
    const Word& w = line.words[i];
    if (i > 0) {
      const Word& prev = line.words[i - 1];
      const double gap = w.box.x0 - prev.box.x1;
      if (prev.space_after || gap > 0.15 * std::max(w.font_size, prev.font_size)) line.text += ' ';
    }
    line.text += w.text;
    line.box.unite(w.box);
    const size_t n = code_point_count(w.text);
    chars += n;
    chars_by_size[std::round(w.font_size * 10) / 10] += n;
    if (w.bold) bold_chars += n;
    if (w.italic) italic_chars += n;
  }
  size_t best = 0;
  for (const auto& [size, count] : chars_by_size) {
    if (count > best) {
      best = count;
      line.font_size = size;
    }
  }
  line.bold = bold_chars * 2 > chars;
  line.italic = italic_chars * 2 > chars;
}

std::vector<Line> build_lines(const std::vector<Word>& words, int page) {
  std::vector<Line> lines;
  for (Row& row : group_rows(words)) {
    std::stable_sort(row.words.begin(), row.words.end(),
                     [&](size_t a, size_t b) { return words[a].box.x0 < words[b].box.x0; });
    const double split_gap = column_gap_threshold(words, row.words);
    Line current;
    current.page = page;
    double right = 0;
    for (size_t i : row.words) {
      const Word& w = words[i];
      const bool after_marker = current.words.size() == 1 && is_list_marker(current.words[0].text) &&
                                w.box.x0 - right < 6 * split_gap;
      if (!current.words.empty() && w.box.x0 - right > split_gap && !after_marker) {
        finish_line(current);
        lines.push_back(std::move(current));
        current = Line{};
        current.page = page;
      }
      right = current.words.empty() ? w.box.x1 : std::max(right, w.box.x1);
      current.words.push_back(w);
    }
    if (!current.words.empty()) {
      finish_line(current);
      lines.push_back(std::move(current));
    }
  }
  return lines;
}

}  // namespace idm
