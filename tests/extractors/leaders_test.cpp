// Dot leaders of tables of contents: dropped from the text, the entry marked.

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "extractors/blocks.hpp"
#include "extractors/leaders.hpp"
#include "extractors/lines.hpp"
#include "word_builder.hpp"

using namespace idm;
using namespace idm::test;

namespace {

std::string dropped(std::string_view text, bool expect_found) {
  bool found = false;
  std::string out = drop_leaders(text, found);
  CHECK(found == expect_found);
  return out;
}

}  // namespace

TEST_CASE("leaders: runs of dots, spaced or not, become one space") {
  CHECK(dropped("2. Findings . . . . . . . . 9", true) == "2. Findings 9");
  CHECK(dropped("Avant-propos...............5", true) == "Avant-propos 5");
  CHECK(dropped("Anexo I \u2026\u2026\u2026 33", true) == "Anexo I 33");
  // The page number on a line of its own: a trailing run goes.
  CHECK(dropped("Annex II: Programme . . . . . .", true) == "Annex II: Programme");
}

TEST_CASE("leaders: an ellipsis and full stops stay as printed") {
  CHECK(dropped("and so on... as they said.", false) == "and so on... as they said.");
  CHECK(dropped("1. Introduction", false) == "1. Introduction");
  CHECK(dropped(". . . .", false) == ". . . .");  // dots alone are no entry
  CHECK(is_leader_word("."));
  CHECK(is_leader_word("\u2026\u2026"));
  CHECK_FALSE(is_leader_word("9."));
  CHECK_FALSE(is_leader_word(""));
}

TEST_CASE("leaders: a spaced leader keeps its page number on the line, one entry a block") {
  std::vector<Word> words;
  for (int row = 0; row < 3; ++row) {
    const double top = 100 + 20 * row;
    std::vector<Word> entry = set_line("Chapter " + std::to_string(row + 1), 72, top);
    double x = entry.back().box.x1 + 4;
    for (int dot = 0; dot < 30; ++dot) {
      entry.push_back(word_at(".", x, top));
      entry.back().space_after = true;
      x = entry.back().box.x1 + 4;
    }
    append(entry, set_line(std::to_string(10 * row + 3), 500, top));
    append(words, entry);
  }
  const std::vector<Line> lines = build_lines(words, 1);
  CHECK(texts_of(lines) == "Chapter 1 3 | Chapter 2 13 | Chapter 3 23");
  CHECK(lines[0].leader);
  Region region;
  region.lines = {0, 1, 2};
  const std::vector<TextBlock> blocks = build_blocks(lines, region, BodyStyle{});
  REQUIRE(blocks.size() == 3);
  CHECK(blocks[0].kind == BlockKind::list_item);
}

TEST_CASE("leaders: page numbers set flush right without leaders join their entries") {
  std::vector<Word> words;
  const char* entries[] = {"1. Overview", "2. Main messages", "Annex: the programme"};
  const char* numbers[] = {"7", "9", "27"};
  for (int row = 0; row < 3; ++row) {
    const double top = 100 + 16 * row;
    append(words, set_line(entries[row], 72, top));
    std::vector<Word> number = set_line(numbers[row], 0, top);
    const double width = number[0].box.width();
    number[0].box.x1 = 520;  // flush right
    number[0].box.x0 = 520 - width;
    append(words, number);
  }
  const std::vector<Line> lines = build_lines(words, 1);
  CHECK(texts_of(lines) == "1. Overview 7 | 2. Main messages 9 | Annex: the programme 27");
  CHECK(lines[2].leader);
  // Numbers going down are no table of contents (a column of figures): left as cut.
  std::swap(words[words.size() - 1].text, words[2].text);  // 27, 9, 7
  CHECK(build_lines(words, 1).size() == 6);
}
