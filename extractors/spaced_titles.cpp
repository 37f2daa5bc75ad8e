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
    std::vector<size_t> level;
    for (size_t b = 0; b < lines.size(); ++b) {
      if (std::abs(lines[a].box.y1 - lines[b].box.y1) < 0.2 * lines[a].box.height())
        level.push_back(b);
    }
    if (level.size() != 2) continue;
    const size_t b = level[0] == a ? level[1] : level[0];
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

}  // namespace

void rejoin_spaced_titles(std::vector<PageLines>& pages) {
  std::vector<std::vector<Pair>> pairs;
  std::vector<double> spacing;  // the gaps that set titles after their times
  for (const PageLines& page : pages) {
    pairs.push_back(pairs_of(page.lines));
    for (const Pair& p : pairs.back()) {
      for (const Pair& q : pairs.back()) {
        if (same_gap(p.gap, q.gap) && q.start > p.start + 2) spacing.push_back(p.gap);
      }
    }
  }
  if (spacing.empty()) return;
  for (size_t n = 0; n < pages.size(); ++n) {
    std::vector<Line>& lines = pages[n].lines;
    std::vector<bool> right_part(lines.size(), false);
    for (const Pair& p : pairs[n])
      right_part[p.right] = true;
    std::vector<bool> drop(lines.size(), false);
    for (const Pair& p : pairs[n]) {
      if (std::none_of(spacing.begin(), spacing.end(),
                       [&](double gap) { return same_gap(gap, p.gap); }))
        continue;
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
