// demote_large_body: a run of same-size "headings" that is body text set larger (an annexed
// programme in bigger type) gets its body kinds back; real headings keep theirs.

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "extractors/large_body.hpp"
#include "word_builder.hpp"

using namespace idm;
using namespace idm::test;

namespace {

constexpr double kSize = 12;
constexpr double kTimes = 80, kSlots = 200;

// A heading block of |texts|, one line each, from |top| down, at |x| (a bullet line's
// continuation is indented by the caller).
TextBlock heading(const std::vector<std::pair<std::string, double>>& lines, double top,
                  bool bold = false) {
  TextBlock b;
  b.kind = BlockKind::heading;
  b.page = 1;
  b.font_size = kSize;
  b.bold = bold;
  for (const auto& [text, x] : lines) {
    b.lines.push_back(line_of(set_line(text, x, top, kSize, bold)));
    top += kSize + 2;
  }
  b.box = b.lines.front().box;
  for (const Line& l : b.lines)
    b.box.unite(l.box);
  return b;
}

TextBlock heading(const std::string& text, double x, double top, bool bold = false) {
  return heading({{text, x}}, top, bold);
}

std::vector<std::string> block_texts(const std::vector<TextBlock>& blocks) {
  std::vector<std::string> out;
  for (const TextBlock& b : blocks)
    out.push_back(texts_of(b.lines));
  return out;
}

// A programme slot set in large type: bold time and title, the rest regular.
std::vector<TextBlock> large_slot() {
  return {
      heading("Day one", kTimes, 100, true),
      heading("9:00 - 10:30", kTimes, 130, true),
      heading("Panel on water and towns", kSlots, 130, true),
      heading({{"Cities grow along rivers and people", kSlots},
               {"move with the seasons. Plans follow.", kSlots}},
              160),
      heading("Chair:", kSlots, 200),
      heading({{"\u2022 Ms Ana Pereira, Mayor, Lowtown", kSlots + 15},
               {"\u2022 Mr Bo Lind, Engineer, River Board,", kSlots + 15},
               {"Northland", kSlots + 30},
               {"Speakers:", kSlots}},
              220),
      heading({{"\u2013 Dr Cy Moss, Professor", kSlots + 15}}, 290),
  };
}

}  // namespace

TEST_CASE("large body: a programme in large type gets its cells and list entries back") {
  std::vector<TextBlock> blocks = large_slot();
  demote_large_body(blocks);
  CHECK(kinds_of(blocks) ==
        "heading heading heading table_cell table_cell list_item list_item table_cell list_item");
  CHECK(block_texts(blocks) ==
        std::vector<std::string>{"Day one", "9:00 - 10:30", "Panel on water and towns",
                                 "Cities grow along rivers and people | move with the seasons. "
                                 "Plans follow.",
                                 "Chair:", "Ms Ana Pereira, Mayor, Lowtown",
                                 "Mr Bo Lind, Engineer, River Board, | Northland",
                                 "Speakers:", "Dr Cy Moss, Professor"});
  REQUIRE(blocks.size() == 9);
  CHECK(blocks[5].bullet);
  CHECK(blocks[6].bullet);
}

TEST_CASE(
    "large body: a run of one weight is body text throughout, prose at the edge a paragraph") {
  std::vector<TextBlock> blocks = large_slot();
  for (TextBlock& b : blocks)
    b.bold = false;
  demote_large_body(blocks);
  CHECK(kinds_of(blocks) ==
        "paragraph paragraph table_cell table_cell table_cell list_item "
        "list_item table_cell list_item");
}

TEST_CASE("large body: furniture between the blocks does not break the run") {
  std::vector<TextBlock> blocks = large_slot();
  TextBlock folio;
  folio.kind = BlockKind::furniture;
  folio.font_size = 9;
  folio.lines.push_back(line_of(set_line("7", 300, 800, 9)));
  blocks.insert(blocks.begin() + 4, folio);
  demote_large_body(blocks);
  CHECK(kinds_of(blocks) ==
        "heading heading heading table_cell furniture table_cell list_item "
        "list_item table_cell list_item");
}

TEST_CASE("large body: real headings stay headings") {
  SUBCASE("a title page: few headings") {
    std::vector<TextBlock> blocks = {heading("Dialogue on towns", kTimes, 100),
                                     heading("- a second line with a dash -", kTimes, 130),
                                     heading("Report of the year.", kTimes, 160)};
    demote_large_body(blocks);
    CHECK(kinds_of(blocks) == "heading heading heading");
  }
  SUBCASE("many headings in a row without body shapes") {
    std::vector<TextBlock> blocks;
    for (int k = 0; k < 8; ++k)
      blocks.push_back(heading("Chapter " + std::to_string(k + 1), kTimes, 100 + 30 * k));
    demote_large_body(blocks);
    CHECK(kinds_of(blocks) == "heading heading heading heading heading heading heading heading");
  }
  SUBCASE("a run of another size does not join") {
    std::vector<TextBlock> blocks = large_slot();
    for (size_t k = 3; k < blocks.size(); ++k)
      blocks[k].font_size = k % 2 ? 14 : 12;
    demote_large_body(blocks);
    CHECK(kinds_of(blocks) == "heading heading heading heading heading heading heading");
  }
}
