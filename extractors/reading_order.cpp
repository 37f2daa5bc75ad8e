#include "reading_order.hpp"

#include <algorithm>
#include <cmath>
#include <string_view>

#include "lines.hpp"

namespace idm {
namespace {

// True when |text| ends with a hyphen or a dash standing as a word ("9 h –", "10.30 -").
bool ends_with_dash(std::string_view text) {
  for (std::string_view dash : {" -", " \u2013", " \u2014"}) {
    if (text.size() >= dash.size() && text.substr(text.size() - dash.size()) == dash) return true;
  }
  return false;
}

struct Gap {
  double start = 0, end = 0;  // whitespace between these coordinates
  double size() const { return end - start; }
};

struct Cutter {
  const std::vector<Line>& lines;
  double line_height;
  double line_gap;  // the usual white space between two lines of one paragraph
  std::vector<Region> out;

  // White space between lines that still belong together. Measured from the leading, not
  // only the glyph height: a page set with loose leading (line-height 1.6 in a browser, or
  // Type 3 glyph boxes much lower than the type size) shows more white between the lines of
  // one paragraph than its lines are high.
  double near_gap(double share_of_line) const {
    return std::max(share_of_line * line_height, line_gap + (share_of_line - 0.3) * line_height);
  }

  const Rect& box(size_t id) const { return lines[id].box; }

  double median_font_size(const std::vector<size_t>& ids) const {
    std::vector<double> sizes;
    sizes.reserve(ids.size());
    for (size_t id : ids)
      sizes.push_back(lines[id].font_size > 0 ? lines[id].font_size : line_height);
    std::nth_element(sizes.begin(), sizes.begin() + static_cast<long>(sizes.size() / 2),
                     sizes.end());
    return sizes[sizes.size() / 2];
  }

  // Widest gap of the projection of |ids| on one axis (x when |down|, else y).
  Gap widest_gap(const std::vector<size_t>& ids, bool down) const {
    std::vector<std::pair<double, double>> spans;
    spans.reserve(ids.size());
    for (size_t id : ids) {
      spans.emplace_back(down ? box(id).x0 : box(id).y0, down ? box(id).x1 : box(id).y1);
    }
    std::sort(spans.begin(), spans.end());
    Gap best;
    double reach = spans.front().second;
    for (size_t i = 1; i < spans.size(); ++i) {
      if (spans[i].first > reach && spans[i].first - reach > best.size()) {
        best = Gap{reach, spans[i].first};
      }
      reach = std::max(reach, spans[i].second);
    }
    return best;
  }

  void split(const std::vector<size_t>& ids, bool down, double at, std::vector<size_t>& before,
             std::vector<size_t>& after) const {
    for (size_t id : ids) {
      const double lo = down ? box(id).x0 : box(id).y0;
      (lo < at ? before : after).push_back(id);
    }
  }

  void emit(std::vector<size_t> ids, RegionRole role) {
    if (ids.empty()) return;
    std::stable_sort(ids.begin(), ids.end(), [&](size_t a, size_t b) {
      if (std::abs(box(a).y0 - box(b).y0) > 0.3 * line_height) return box(a).y0 < box(b).y0;
      return box(a).x0 < box(b).x0;
    });
    out.push_back(Region{role, std::move(ids)});
  }

  // Does the left part of a column cut look like the key column of a table? Its entries are
  // few, narrow, and each starts level with a line of the right part.
  bool is_key_column(const std::vector<size_t>& left, const std::vector<size_t>& right) const {
    if (left.empty() || right.size() < left.size()) return false;
    double left_width = 0, right_width = 0;
    for (size_t id : left)
      left_width = std::max(left_width, box(id).width());
    for (size_t id : right)
      right_width = std::max(right_width, box(id).width());
    if (left_width > 0.8 * right_width) return false;
    // Entries, not lines: a key too long for its column ("9.30 a.m. – 10.30" / "a.m.") goes
    // on close under its first line, level with nothing on the right, and is no entry of its
    // own.
    std::vector<size_t> keys = left;
    std::sort(keys.begin(), keys.end(), [&](size_t a, size_t b) { return box(a).y0 < box(b).y0; });
    size_t aligned = 0, entries = 0;
    for (size_t i = 0; i < keys.size(); ++i) {
      if (level_with_any(keys[i], right)) {
        ++aligned;
        ++entries;
      } else if (i == 0 || box(keys[i]).y0 - box(keys[i - 1]).y1 >= near_gap(0.8)) {
        ++entries;
      }
    }
    // One row is enough when its key is narrow beside a value of several lines.
    if (entries == 1) return aligned == 1 && left_width < 0.5 * right_width && right.size() >= 2;
    return aligned >= 2 && aligned * 10 >= entries * 6 && right.size() >= 2 * aligned;
  }

  bool level_with_any(size_t line, const std::vector<size_t>& others) const {
    return std::any_of(others.begin(), others.end(), [&](size_t o) {
      return std::abs(box(line).y0 - box(o).y0) < 0.5 * line_height;
    });
  }

  // Reads a key column and its values row by row. A key line level with a value line opens a
  // row; a key line standing far from the previous key (a day heading) is a row of its own.
  void emit_table(const std::vector<size_t>& left, const std::vector<size_t>& right) {
    std::vector<size_t> keys = left;
    std::sort(keys.begin(), keys.end(), [&](size_t a, size_t b) { return box(a).y0 < box(b).y0; });
    struct Row {
      double top;
      std::vector<size_t> key;
      bool spanning = false;
    };
    double key_left = 1e9, key_right = 0;
    for (size_t k : keys) {
      key_left = std::min(key_left, box(k).x0);
      key_right = std::max(key_right, box(k).x1);
    }
    std::vector<Row> rows;
    for (size_t k : keys) {
      const bool aligned = level_with_any(k, right);
      const bool close = !rows.empty() && !rows.back().key.empty() &&
                         box(k).y0 - box(rows.back().key.back()).y1 < near_gap(0.8);
      // A key too long for its column wraps ("10 h 30 – 12 h" / "45"): the line above filled
      // the column (this line's first word would not have fitted after it) and this line is
      // the short rest, so it goes on with the same key even when it is level with a line of
      // the value. Keys of equal width one under the other are rows of their own.
      const double first_word = first_word_width(lines[k]);
      const bool wrapped =
          close && key_right - box(rows.back().key.back()).x1 < first_word + 0.5 * line_height &&
          box(k).width() < 0.6 * (key_right - key_left);
      // "1.30 p.m. –" / "3.15 p.m.": a key ending on a dash is a range that goes on below.
      const bool open_range = close && ends_with_dash(lines[rows.back().key.back()].text);
      if (wrapped || open_range) {
        rows.back().key.push_back(k);
        continue;
      }
      if (aligned || rows.empty() || !close) {
        rows.push_back(Row{box(k).y0 - 0.3 * line_height, {k}, !aligned});
      } else {
        rows.back().key.push_back(k);
      }
    }
    std::vector<size_t> above;
    std::vector<std::vector<size_t>> values(rows.size());
    for (size_t r : right) {
      size_t row = rows.size();
      while (row > 0 && box(r).y0 < rows[row - 1].top)
        --row;
      if (row == 0) {
        above.push_back(r);
      } else {
        values[row - 1].push_back(r);
      }
    }
    if (!above.empty()) cut(above);
    for (size_t i = 0; i < rows.size(); ++i) {
      if (rows[i].spanning && values[i].empty()) {
        emit(rows[i].key, RegionRole::flow);
        continue;
      }
      emit(rows[i].key, RegionRole::table_key);
      emit(values[i], RegionRole::table_value);
    }
  }

  // A time column set closer to the sessions than columns usually stand (less than an em,
  // still far more than a word space) is a table all the same when its rows stand level with
  // lines across the gap: two columns of running text never share one gap that narrow.
  bool cut_narrow_key_column(const std::vector<size_t>& ids, const Gap& down) {
    std::vector<size_t> left, right;
    split(ids, true, (down.start + down.end) / 2, left, right);
    const size_t level = static_cast<size_t>(std::count_if(
        left.begin(), left.end(), [&](size_t l) { return level_with_any(l, right); }));
    if (level < 2 || !is_key_column(left, right)) return false;
    emit_table(left, right);
    return true;
  }

  bool one_baseline(const std::vector<size_t>& ids) const {
    return std::all_of(ids.begin(), ids.end(), [&](size_t id) {
      return std::abs(box(id).y1 - box(ids.front()).y1) < 0.3 * line_height;
    });
  }

  // Columns under a title that spans them, with too little space between the two for an
  // across cut: find the gutter among the column-wide lines, then cut above and below the
  // first line that crosses it.
  bool cut_around_spanning_line(const std::vector<size_t>& ids) {
    double x0 = 1e9, x1 = -1e9;
    for (size_t id : ids) {
      x0 = std::min(x0, box(id).x0);
      x1 = std::max(x1, box(id).x1);
    }
    std::vector<size_t> narrow;
    for (size_t id : ids) {
      if (box(id).width() < 0.6 * (x1 - x0)) narrow.push_back(id);
    }
    if (narrow.size() < 6 || narrow.size() * 2 < ids.size()) return false;
    const Gap gutter = widest_gap(narrow, true);
    if (gutter.size() < 0.9 * line_height) return false;
    std::vector<size_t> left, right;
    split(narrow, true, (gutter.start + gutter.end) / 2, left, right);
    if (left.size() < 3 || right.size() < 3) return false;
    const size_t* spanning = nullptr;
    for (const size_t& id : ids) {
      const bool crosses = box(id).x0 < gutter.end && box(id).x1 > gutter.start;
      if (crosses && (!spanning || box(id).y0 < box(*spanning).y0)) spanning = &id;
    }
    if (!spanning) return false;
    const size_t line = *spanning;
    // The spanning line's paragraph may go on below it, on lines that start where it starts.
    std::vector<size_t> paragraph = {line}, above, below;
    std::vector<size_t> rest;
    for (size_t id : ids) {
      if (id != line) rest.push_back(id);
    }
    std::sort(rest.begin(), rest.end(), [&](size_t a, size_t b) { return box(a).y0 < box(b).y0; });
    for (size_t id : rest) {
      const Rect& last = box(paragraph.back());
      if (box(id).y0 > last.y0 && box(id).y0 - last.y1 < near_gap(0.5) &&
          std::abs(box(id).x0 - box(line).x0) < 1.0) {
        paragraph.push_back(id);
      }
    }
    for (size_t id : rest) {
      if (std::find(paragraph.begin(), paragraph.end(), id) != paragraph.end()) continue;
      (box(id).center_y() < box(line).y0 ? above : below).push_back(id);
    }
    if (!above.empty()) cut(above);
    emit(paragraph, RegionRole::flow);
    if (!below.empty()) cut(below);
    return true;
  }

  // A heading close above a table or columns hides their gutter: if the region without its
  // first line or two has one, those lines are read first, then the rest is cut.
  bool peel_top_lines(const std::vector<size_t>& ids) {
    std::vector<size_t> by_top = ids;
    std::sort(by_top.begin(), by_top.end(),
              [&](size_t a, size_t b) { return box(a).y0 < box(b).y0; });
    for (size_t k = 1; k <= 2 && k + 2 <= by_top.size(); ++k) {
      std::vector<size_t> top(by_top.begin(), by_top.begin() + static_cast<long>(k));
      std::vector<size_t> rest(by_top.begin() + static_cast<long>(k), by_top.end());
      // The peeled lines must lie wholly above the rest.
      double top_bottom = 0;
      for (size_t id : top)
        top_bottom = std::max(top_bottom, box(id).y1);
      if (box(rest.front()).y0 < top_bottom) continue;
      if (widest_gap(rest, true).size() >= 0.9 * line_height) {
        cut(top);
        cut(rest);
        return true;
      }
    }
    return false;
  }

  // A heading never ends a column: one set below the foot of every column (the columns of
  // unequal length, "Notes" under them) heads what follows the columns and is read after
  // them, even when the gutter is wider than the white above it.
  bool heading_under_columns(const std::vector<size_t>& ids, const Gap& across) const {
    std::vector<size_t> top, bottom;
    split(ids, false, (across.start + across.end) / 2, top, bottom);
    if (bottom.empty() || bottom.size() > 2 || top.size() < 2) return false;
    const double size = median_font_size(top);
    return std::all_of(bottom.begin(), bottom.end(), [&](size_t id) {
      return lines[id].bold || lines[id].font_size > 1.1 * size;
    });
  }

  void cut(const std::vector<size_t>& ids) {
    if (ids.size() <= 1) {
      emit(ids, RegionRole::flow);
      return;
    }
    const Gap across = widest_gap(ids, false);
    const Gap down = widest_gap(ids, true);
    // A gap must be real white space: with degenerate (zero-height) lines a zero gap would
    // "cut" a region into itself forever.
    // Columns stand an em or so apart; a font whose boxes are much taller than its size
    // (loose ascent and descent) must not hide a table's narrow first column.
    const double column_gap = 0.9 * std::min(line_height, median_font_size(ids));
    const bool can_down = down.size() > 0 && down.size() >= column_gap;
    const bool can_across = across.size() > 0 && across.size() >= near_gap(0.9);
    if (can_down && one_baseline(ids)) {
      // Text set apart on one baseline is a table row: "9 h – 10 h" | "Registration".
      std::vector<size_t> sorted = ids;
      std::sort(sorted.begin(), sorted.end(),
                [&](size_t a, size_t b) { return box(a).x0 < box(b).x0; });
      emit({sorted.front()}, RegionRole::table_key);
      emit({sorted.begin() + 1, sorted.end()}, RegionRole::table_value);
      return;
    }
    if (can_down && (!can_across || down.size() >= across.size()) &&
        !(can_across && heading_under_columns(ids, across))) {
      std::vector<size_t> left, right;
      split(ids, true, (down.start + down.end) / 2, left, right);
      if (is_key_column(left, right)) {
        emit_table(left, right);
      } else {
        cut(left);
        cut(right);
      }
      return;
    }
    if (!can_down && down.size() >= 0.5 * median_font_size(ids) && cut_narrow_key_column(ids, down))
      return;
    if (!can_down && cut_around_spanning_line(ids)) return;
    if (!can_down && !can_across && peel_top_lines(ids)) return;
    if (can_across) {
      std::vector<size_t> top, bottom;
      split(ids, false, (across.start + across.end) / 2, top, bottom);
      cut(top);
      cut(bottom);
      return;
    }
    emit(ids, RegionRole::flow);
  }
};

}  // namespace

std::vector<Region> order_regions(const std::vector<Line>& lines, const std::vector<size_t>& ids,
                                  double line_height, double line_gap) {
  Cutter cutter{lines, line_height, line_gap, {}};
  if (!ids.empty()) cutter.cut(ids);
  return std::move(cutter.out);
}

}  // namespace idm
