#include "spaced_titles.hpp"

#include <algorithm>
#include <cmath>

namespace idm {
namespace {

// Two lines alone on one baseline, the first ending before the second starts.
struct Pair {
  size_t left, right;  // indices into the page's lines
  double gap;
  double start;  // where the right one starts
};

std::vector<Pair> pairs_of(const std::vector<Line>& lines) {
  std::vector<Pair> out;
  for (size_t a = 0; a < lines.size(); ++a) {
    // How many lines stand level with |a| (itself among them), and the first other one.
    size_t level = 0, b = lines.size();
    for (size_t k = 0; k < lines.size() && level <= 2; ++k) {
      if (std::abs(lines[a].box.y1 - lines[k].box.y1) < 0.2 * lines[a].box.height()) {
        ++level;
        if (k != a && b == lines.size()) b = k;
      }
    }
    if (level != 2) continue;
    const Line& left = lines[a];
    const Line& right = lines[b];
    if (right.box.x0 <= left.box.x1 ||
        std::abs(left.font_size - right.font_size) > 0.05 * left.font_size)
      continue;
    out.push_back(Pair{a, b, right.box.x0 - left.box.x1, right.box.x0});
  }
  return out;
}

bool same_gap(double a, double b) {
  return std::abs(a - b) < 0.5;
}

// The text under the row goes back under its time and runs on across the gap, within a
// line or two: the gap is no column's edge (the title sits at a tab stop of running text).
bool crossed_below(const std::vector<Line>& lines, const Pair& pair) {
  const Line& left = lines[pair.left];
  std::vector<size_t> below;
  for (size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].box.y0 > left.box.y1 - 0.2 * left.box.height()) below.push_back(i);
  }
  std::sort(below.begin(), below.end(),
            [&](size_t a, size_t b) { return lines[a].box.y0 < lines[b].box.y0; });
  double bottom = left.box.y1;
  for (size_t k = 0; k < below.size() && k < 2; ++k) {
    const Line& line = lines[below[k]];
    if (line.box.y0 - bottom > left.box.height()) return false;
    if (std::abs(line.box.x0 - left.box.x0) < 1.0 && line.box.x1 > pair.start + left.font_size)
      return true;
    bottom = line.box.y1;
  }
  return false;
}

}  // namespace

void rejoin_spaced_titles(std::vector<PageLines>& pages) {
  std::vector<std::vector<Pair>> pairs;
  std::vector<double> spacing;  // the gaps that set titles after their times
  std::vector<double> tabs;     // where titles start at a tab stop of running text
  for (const PageLines& page : pages) {
    pairs.push_back(pairs_of(page.lines));
    for (const Pair& p : pairs.back()) {
      for (const Pair& q : pairs.back()) {
        if (same_gap(p.gap, q.gap) && q.start > p.start + 2) spacing.push_back(p.gap);
      }
      if (crossed_below(page.lines, p)) tabs.push_back(p.start);
    }
  }
  if (spacing.empty() && tabs.empty()) return;
  for (size_t n = 0; n < pages.size(); ++n) {
    std::vector<Line>& lines = pages[n].lines;
    std::vector<bool> right_part(lines.size(), false);
    for (const Pair& p : pairs[n])
      right_part[p.right] = true;
    std::vector<bool> drop(lines.size(), false);
    for (const Pair& p : pairs[n]) {
      const bool spaced = std::any_of(spacing.begin(), spacing.end(),
                                      [&](double gap) { return same_gap(gap, p.gap); });
      const bool tabbed = std::any_of(tabs.begin(), tabs.end(),
                                      [&](double x) { return std::abs(x - p.start) < 1.0; });
      if (!spaced && !tabbed) continue;
      bool edge = false;  // other lines start there: a column
      for (size_t i = 0; i < lines.size(); ++i) {
        if (!right_part[i] && std::abs(lines[i].box.x0 - p.start) < 0.75) edge = true;
      }
      if (edge) continue;
      Line& left = lines[p.left];
      left.words.insert(left.words.end(), lines[p.right].words.begin(), lines[p.right].words.end());
      finish_line(left);
      drop[p.right] = true;
    }
    size_t kept = 0;
    for (size_t i = 0; i < lines.size(); ++i) {
      if (drop[i]) continue;
      if (kept != i) lines[kept] = std::move(lines[i]);
      ++kept;
    }
    lines.resize(kept);
  }
}

}  // namespace idm
