#include "note_flow.hpp"

#include <algorithm>

#include "unicode_text.hpp"

namespace idm {
namespace {

// A note cut off mid-sentence: it ends on a word, a comma or a broken word's hyphen.
bool unfinished(const TextBlock& note) {
  if (note.lines.empty()) return false;
  const char32_t last = last_code_point(note.lines.back().text);
  return is_lowercase_letter(last) || is_uppercase_letter(last) || last == ',' || last == '-';
}

bool small_text(const TextBlock& block, const BodyStyle& page) {
  return block.kind == BlockKind::paragraph &&
         std::all_of(block.lines.begin(), block.lines.end(),
                     [&](const Line& line) { return is_small(line, page); });
}

}  // namespace

void join_continued_notes(std::vector<TextBlock>& blocks, size_t first, const BodyStyle& page,
                          size_t& last_note) {
  std::vector<bool> joined(blocks.size(), false);
  for (size_t i = first; i < blocks.size(); ++i) {
    if (blocks[i].kind == BlockKind::footnote) {
      last_note = i;
      continue;
    }
    if (last_note == SIZE_MAX || !small_text(blocks[i], page)) continue;
    TextBlock& note = blocks[last_note];
    if (note.page + 1 < blocks[i].page || !unfinished(note)) continue;
    // At the foot of its region: nothing but notes and small type follows it there.
    bool at_foot = true;
    for (size_t j = i + 1; j < blocks.size() && !blocks[j].first_in_region; ++j) {
      if (blocks[j].kind != BlockKind::footnote && !small_text(blocks[j], page)) at_foot = false;
    }
    if (!at_foot) continue;
    note.lines.insert(note.lines.end(), blocks[i].lines.begin(), blocks[i].lines.end());
    joined[i] = true;
    // The region's text now ends with the block before it.
    if (blocks[i].last_in_region && !blocks[i].first_in_region) {
      for (size_t j = i; j-- > first;) {
        if (joined[j] || blocks[j].kind == BlockKind::footnote ||
            blocks[j].kind == BlockKind::caption)
          continue;
        blocks[j].last_in_region = true;
        break;
      }
    }
  }
  // Remove the joined blocks; |last_note| moves down with the blocks before it.
  size_t kept = first;
  for (size_t i = first; i < blocks.size(); ++i) {
    if (joined[i]) continue;
    if (i == last_note) last_note = kept;
    if (kept != i) blocks[kept] = std::move(blocks[i]);
    ++kept;
  }
  blocks.resize(kept);
}

}  // namespace idm
