// join_continued_notes: a footnote carried on at the foot of the next column or page.

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "extractors/note_flow.hpp"
#include "word_builder.hpp"

using namespace idm;
using namespace idm::test;

namespace {

const BodyStyle kBody{10, 10, 4};  // 10 pt body; notes in 8 pt

// A block of one line: body type, or small type for notes.
TextBlock block(BlockKind kind, const std::string& text, double x, double top, bool small,
                int page = 1) {
  TextBlock b;
  b.kind = kind;
  b.page = page;
  b.lines.push_back(line_of(set_line(text, x, top, small ? 8 : 10), page));
  b.box = b.lines.front().box;
  b.font_size = small ? 8 : 10;
  return b;
}

// Two columns of one page: body text above, note 1 at the left foot, its rest at the right
// foot above note 2.
std::vector<TextBlock> two_columns(const std::string& note_end) {
  std::vector<TextBlock> blocks;
  blocks.push_back(block(BlockKind::paragraph, "left column text", 50, 100, false));
  blocks.back().first_in_region = true;
  blocks.back().last_in_region = true;
  blocks.push_back(
      block(BlockKind::footnote, "1 A note about the data that goes " + note_end, 50, 700, true));
  blocks.push_back(
      block(BlockKind::paragraph, "right column text goes on to the next", 300, 100, false));
  blocks.back().first_in_region = true;
  blocks.push_back(block(BlockKind::paragraph, "on over the foot of the column.", 300, 680, true));
  blocks.back().last_in_region = true;
  blocks.push_back(block(BlockKind::footnote, "2 Another note.", 300, 700, true));
  return blocks;
}

}  // namespace

TEST_CASE("notes: a footnote cut mid-sentence goes on at the foot of the next column") {
  std::vector<TextBlock> blocks = two_columns("on-");
  size_t last_note = SIZE_MAX;
  join_continued_notes(blocks, 0, kBody, last_note);
  REQUIRE(kinds_of(blocks) == "paragraph footnote paragraph footnote");
  CHECK(blocks[1].lines.size() == 2);
  CHECK(last_note == 3);
  // The right column's text now ends with its body paragraph, which a page break may mend.
  CHECK(blocks[2].last_in_region);
}

TEST_CASE("notes: small type after a finished footnote stays apart") {
  std::vector<TextBlock> blocks = two_columns("on.");
  size_t last_note = SIZE_MAX;
  join_continued_notes(blocks, 0, kBody, last_note);
  CHECK(kinds_of(blocks) == "paragraph footnote paragraph paragraph footnote");
  CHECK(last_note == 4);
}

TEST_CASE("notes: a footnote goes on at the foot of the next page") {
  std::vector<TextBlock> blocks;
  blocks.push_back(
      block(BlockKind::footnote, "3 A note that the page cut short in its", 50, 700, true));
  const size_t first = blocks.size();
  blocks.push_back(block(BlockKind::paragraph, "Text of the next page.", 50, 100, false, 2));
  blocks.back().first_in_region = true;
  blocks.push_back(block(BlockKind::paragraph, "middle, where it ends.", 50, 700, true, 2));
  blocks.back().last_in_region = true;
  size_t last_note = 0;
  join_continued_notes(blocks, first, kBody, last_note);
  REQUIRE(kinds_of(blocks) == "footnote paragraph");
  CHECK(blocks[0].lines.size() == 2);
  CHECK(blocks[1].last_in_region);
  // Small type with body text after it in its region is not at the foot: it stays.
  std::vector<TextBlock> inner = {blocks[0], blocks[1]};
  inner[0].lines.pop_back();
  inner.push_back(block(BlockKind::paragraph, "a small-type aside in the text", 50, 300, true, 2));
  inner.push_back(block(BlockKind::paragraph, "More body text.", 50, 330, false, 2));
  last_note = 0;
  join_continued_notes(inner, 1, kBody, last_note);
  CHECK(kinds_of(inner) == "footnote paragraph paragraph paragraph");
}
