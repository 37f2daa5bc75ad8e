// Entries set one below the other without a blank line between them: rows of a programme,
// stacked times, contents entries, a label line over prose, wrapped headings; and the line
// building that keeps a column's words out of the next column's rows.

#include <doctest/doctest.h>

#include <algorithm>
#include <numeric>
#include <string>
#include <vector>

#include "extractors/blocks.hpp"
#include "extractors/lines.hpp"
#include "word_builder.hpp"

using namespace idm;
using namespace idm::test;

namespace {

const BodyStyle kBody{10, 10, 4};  // 10 pt type, 10 pt high lines, 4 pt between them

constexpr double kLeft = 72, kRight = 472;

std::vector<TextBlock> blocks_of(const std::vector<Line>& lines,
                                 RegionRole role = RegionRole::flow) {
  Region region{role, std::vector<size_t>(lines.size())};
  std::iota(region.lines.begin(), region.lines.end(), 0);
  return build_blocks(lines, region, kBody);
}

Line full(const std::string& text, double top) {
  return line_of(justify_line(text, kLeft, kRight, top));
}

Line plain(const std::string& text, double top, double x = kLeft, double size = 10,
           bool bold = false) {
  return line_of(set_line(text, x, top, size, bold));
}

}  // namespace

TEST_CASE("entries: lines a clear margin further apart than the leading are two entries") {
  // 6.5 pt between two full lines where paragraphs keep 4: less than a blank line, still a
  // break (entries of a contents list, a label line over the prose of a slot).
  const std::vector<Line> apart = {
      full("Second workshop held in the capital city late in the", 100),
      full("Main recommendations of both workshops and their follow", 116.5)};
  CHECK(blocks_of(apart).size() == 2);
  CHECK(blocks_of(apart, RegionRole::table_value).size() == 2);
  // At the usual leading, or a little more, one paragraph.
  const std::vector<Line> close = {
      full("Second workshop held in the capital city late in the", 100),
      full("Main recommendations of both workshops and their follow", 115)};
  CHECK(blocks_of(close).size() == 1);
  // Bold titles may wrap at a looser leading.
  const std::vector<Line> title = {
      line_of(justify_line("Session two on the future of work in the", kLeft, kRight, 100)),
      plain("cities", 116.5, kLeft, 10, true)};
  std::vector<Line> bold_title = title;
  for (Line& line : bold_title) {
    for (Word& w : line.words)
      w.bold = true;
    finish_line(line);
  }
  CHECK(blocks_of(bold_title).size() == 1);
}

TEST_CASE("entries: a label of three words and a French colon opens a table entry") {
  const std::vector<Line> lines = {
      full("Mots de bienvenue : M. Paul Durand, Directeur du centre, Genève", 100),
      plain("Mots de bienvenue : Mme Anne Roy, Présidente", 114)};
  CHECK(blocks_of(lines, RegionRole::table_value).size() == 2);
}

TEST_CASE("entries: stacked times are one value each, a time wrapped after its dash is one") {
  const std::vector<Line> times = {plain("09:00 – 09:30", 100, kLeft, 10, true),
                                   plain("09:30 – 10:15", 114, kLeft, 10, true)};
  CHECK(blocks_of(times).size() == 2);
  const std::vector<Line> wrapped = {plain("9.30 a.m. –", 100), plain("11 a.m.", 114)};
  CHECK(blocks_of(wrapped, RegionRole::table_value).size() == 1);
}

TEST_CASE("entries: headings that open with a figure alike are stacked, not wrapped") {
  std::vector<Line> lines = {plain("12:30-14:00 Lunch break", 100, kLeft, 10, true),
                             plain("14:00-15:30 Closing", 114, kLeft, 10, true),
                             full("Body text of the programme runs over the whole line", 128)};
  const std::vector<TextBlock> blocks = blocks_of(lines);
  REQUIRE(kinds_of(blocks) == "heading heading paragraph");
  // A year carried over below a numbered title does not open like the title: one heading.
  lines[0] = plain("4. Session two, Geneva, 20 and 21 November", 100, kLeft, 14, true);
  lines[1] = plain("2007 and after", 117, kLeft, 14, true);
  lines[2] = full("Body text of the programme runs over the whole line", 139);
  CHECK(kinds_of(blocks_of(lines)) == "heading paragraph");
}

TEST_CASE("entries: a programme's next row under a speaker list ends the speaker's item") {
  // The item hangs from its bullet; the next row starts back at the slot's left edge, in bold
  // (a session title) or with a label (the moderator).
  std::vector<Word> item = {word_at("\u2022", kLeft + 15, 100)};
  append(item,
         justify_line("Ms Ada Obi, Adviser, Ministry of Labour of the", kLeft + 27, kRight, 100));
  const Line first = line_of(item);
  const Line second =
      line_of(justify_line("Republic and Chair of the board of the", kLeft + 27, kRight, 114));
  for (const Line& next : {plain("Panel 2: Cities and mobility", 128, kLeft, 10, true),
                           plain("Moderator: Mr Karl Berg, Director", 128)}) {
    CAPTURE(next.text);
    const std::vector<TextBlock> blocks = blocks_of({first, second, next});
    REQUIRE(blocks.size() == 2);
    CHECK(blocks[0].kind == BlockKind::list_item);
    CHECK(blocks[0].lines.size() == 2);
  }
  // A regular line that goes on below the item stays with it.
  CHECK(blocks_of({first, second, plain("and member of the council", 128)}).size() == 1);
}

TEST_CASE("entries: a heading wraps at its own measure, narrower than the text's") {
  // A 14 pt bold title whose lines end well short of the body's right edge: the next word
  // would not have fitted within the title's own measure, so the break is not deliberate.
  const std::vector<Line> lines = {
      plain("4.1 People facing", 100, kLeft, 14, true),
      plain("hardship: towards fair", 117, kLeft, 14, true),
      plain("and sound policies", 134, kLeft, 14, true),
      full("The body of the section runs over the whole of the line here", 156)};
  const std::vector<TextBlock> blocks = blocks_of(lines);
  REQUIRE(kinds_of(blocks) == "heading paragraph");
  CHECK(blocks[0].lines.size() == 3);
  // A short title over a longer one of the same type is still two headings.
  const std::vector<Line> two = {
      plain("Annex", 100, kLeft, 14, true),
      plain("Programme of the workshop", 117, kLeft, 14, true),
      full("The body of the section runs over the whole of the line", 139)};
  CHECK(kinds_of(blocks_of(two)) == "heading heading paragraph");
}

TEST_CASE("lines: a column's first word set a little lower goes with its own column's line") {
  // Ten rows per column; the right column's lines sit 3.5 pt lower than the left column's.
  // On the sixth, its list number in regular type sits 1 pt higher than its bold item: near
  // enough to the left column's baseline to join that row, were it not a gutter away.
  std::vector<Word> words;
  for (int row = 0; row < 10; ++row) {
    const double top = 100 + 14 * row;
    append(words, set_line("left column text line " + std::to_string(row), 50, top));
    if (row != 5) {
      append(words, set_line("right column text line", 340, top + 3.5));
      continue;
    }
    words.push_back(word_at("1)", 320, top + 2.5));
    append(words, set_line("Access needs partners", 336, top + 3.5, 10, true));
  }
  const std::vector<Line> lines = build_lines(words, 1);
  const auto it = std::find_if(lines.begin(), lines.end(),
                               [](const Line& l) { return l.text.rfind("1)", 0) == 0; });
  REQUIRE(it != lines.end());
  CHECK(it->text == "1) Access needs partners");
}

TEST_CASE("lines: a gap at an edge where the document's lines start cuts the line") {
  // On a short page, a time and its slot's title share a line, a little more than an em
  // apart; on other pages, many lines start where the title starts.
  std::vector<Line> others;
  for (int k = 0; k < 4; ++k)
    others.push_back(plain("Speakers and chairs", 100 + 14 * k, 170));
  std::vector<Word> words = set_line("5 p.m. – 5.45", 75, 100);
  append(words, set_line("Closing of the day", 170, 100));
  std::vector<Line> page = {line_of(words)};
  std::vector<double> starts = line_starts({&others, &page});
  cut_at_document_columns(page, starts);
  CHECK(texts_of(page) == "5 p.m. – 5.45 | Closing of the day");
  // A justified line stretching its spaces alike is not cut.
  std::vector<Line> justified = {line_of(justify_line("one two three", 75, 250, 100))};
  std::vector<Line> column = {plain("x", 100, 150), plain("y", 114, 150), plain("z", 128, 150)};
  cut_at_document_columns(justified, line_starts({&column}));
  CHECK(justified.size() == 1);
}
