#include "large_body.hpp"

#include <algorithm>
#include <cmath>
#include <string_view>

#include "list_marker.hpp"
#include "unicode_text.hpp"

namespace idm {
namespace {

// A run shorter than this is a title block or a heading with its subtitle, not body text.
constexpr size_t kMinRun = 6;
// Blocks of body shape a run needs: one wrapped heading may end with a full stop, and a
// numbered heading may look like a list entry; several such blocks do not happen by chance.
constexpr size_t kMinBodyShapes = 3;
// Ems right of the run's left edge where a second column (a grid's slot column) starts.
constexpr double kColumnStep = 3;

bool passes_over(const TextBlock& b) {
  return b.kind == BlockKind::furniture || b.kind == BlockKind::footnote ||
         b.kind == BlockKind::caption;
}

// A bullet or dash, not an enumerator: "1. Introduction" in large type is a heading.
bool opens_with_bullet(const Line& line) {
  const size_t marker = leading_list_marker(line.text);
  return marker > 0 && !is_enumerator(std::string_view(line.text).substr(0, marker));
}

bool opens_with_marker(const Line& line) {
  return leading_list_marker(line.text) > 0;
}

// Sentences: several lines, one of which (not only the last) ends a sentence, as headings
// do not; or a bulleted line.
bool body_shape(const TextBlock& b) {
  size_t bullets = 0;
  size_t sentence_ends = 0;
  for (const Line& line : b.lines) {
    if (opens_with_bullet(line)) ++bullets;
    const char32_t last = last_code_point(line.text);
    if (last == '.' || last == '?' || last == '!') ++sentence_ends;
  }
  return bullets > 0 || (b.lines.size() >= 2 && sentence_ends > 0);
}

bool all_bold(const Line& line) {
  for (const Word& w : line.words) {
    if (!w.bold) return false;
  }
  return !line.words.empty();
}

// |block| with lines [from, to). Text beside the run's left edge is a cell of a grid (the slot
// column of an agenda): a table cell, as in body-size grids.
TextBlock piece_of(const TextBlock& block, size_t from, size_t to, bool beside) {
  TextBlock out;
  out.page = block.lines[from].page;
  out.font_size = block.font_size;
  out.box = block.lines[from].box;
  for (size_t k = from; k < to; ++k) {
    out.lines.push_back(block.lines[k]);
    if (k > from) out.box.unite(block.lines[k].box);
  }
  out.bold = all_bold(out.lines.front());
  out.first_in_region = block.first_in_region && from == 0;
  out.last_in_region = block.last_in_region && to == block.lines.size();
  Line& first = out.lines.front();
  const size_t marker = leading_list_marker(first.text);
  if (marker == 0) {
    out.kind = beside ? BlockKind::table_cell : BlockKind::paragraph;
    return out;
  }
  out.kind = BlockKind::list_item;
  // Bullets and dashes are drawing, not text, as in the body's list entries; enumerators stay.
  if (is_enumerator(std::string_view(first.text).substr(0, marker))) return out;
  out.bullet = true;
  if (!first.words.empty() && is_list_marker(first.words.front().text)) {
    first.words.erase(first.words.begin());
    finish_line(first);
  } else {
    first.text.erase(0, marker + 1);
  }
  return out;
}

// |block| as body text: a new block where a line opens with a list marker, or where a list
// entry's hanging lines end (a line left of the one before it).
std::vector<TextBlock> as_body(const TextBlock& block, double run_left) {
  const bool beside = block.lines.front().box.x0 > run_left + kColumnStep * block.font_size;
  std::vector<TextBlock> out;
  size_t from = 0;
  for (size_t k = 1; k <= block.lines.size(); ++k) {
    bool cut = k == block.lines.size();
    if (!cut) {
      const Line& line = block.lines[k];
      const Line& prev = block.lines[k - 1];
      const bool in_entry = opens_with_marker(block.lines[from]);
      cut = opens_with_marker(line) ||
            (in_entry && line.box.x0 < prev.box.x0 - 0.5 * block.font_size);
    }
    if (cut) {
      out.push_back(piece_of(block, from, k, beside));
      from = k;
    }
  }
  return out;
}

}  // namespace

void demote_large_body(std::vector<TextBlock>& blocks) {
  std::vector<bool> demote(blocks.size(), false);
  std::vector<double> run_left(blocks.size(), 0);
  size_t i = 0;
  while (i < blocks.size()) {
    if (blocks[i].kind != BlockKind::heading || blocks[i].lines.empty()) {
      ++i;
      continue;
    }
    // The run of headings of this size, what passes over aside.
    const double size = blocks[i].font_size;
    std::vector<size_t> run;
    size_t j = i;
    for (; j < blocks.size(); ++j) {
      const TextBlock& b = blocks[j];
      if (passes_over(b)) continue;
      if (b.kind != BlockKind::heading || b.lines.empty() || std::abs(b.font_size - size) > 0.25)
        break;
      run.push_back(j);
    }
    size_t shapes = 0;
    size_t bold = 0;
    for (size_t k : run) {
      if (body_shape(blocks[k])) ++shapes;
      if (blocks[k].bold) ++bold;
    }
    if (run.size() >= kMinRun && shapes >= kMinBodyShapes) {
      // Bold and regular blocks in one run: the bold ones are the run's own headings and
      // slot lines; a run of one weight is body text throughout.
      const bool mixed = bold > 0 && bold < run.size();
      double left = blocks[run.front()].box.x0;
      for (size_t k : run) {
        for (const Line& line : blocks[k].lines)
          left = std::min(left, line.box.x0);
      }
      for (size_t k : run) {
        demote[k] = !mixed || !blocks[k].bold;
        run_left[k] = left;
      }
    }
    i = std::max(j, i + 1);
  }
  std::vector<TextBlock> out;
  out.reserve(blocks.size());
  for (size_t k = 0; k < blocks.size(); ++k) {
    if (!demote[k]) {
      out.push_back(std::move(blocks[k]));
      continue;
    }
    for (TextBlock& piece : as_body(blocks[k], run_left[k]))
      out.push_back(std::move(piece));
  }
  blocks = std::move(out);
}

}  // namespace idm
