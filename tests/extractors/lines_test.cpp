// build_lines: words -> lines (rows, gutters, table gaps, justified lines, footnote calls).

#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "extractors/lines.hpp"
#include "word_builder.hpp"

using namespace idm;
using namespace idm::test;

TEST_CASE("lines: one row of words is one line, spaces as the PDF implies") {
  const std::vector<Line> lines = build_lines(set_line("Migration and development", 72, 100), 4);
  REQUIRE(lines.size() == 1);
  CHECK(lines[0].text == "Migration and development");
  CHECK(lines[0].page == 4);
  CHECK(lines[0].words.size() == 3);
  CHECK(lines[0].font_size == doctest::Approx(10));
  CHECK(lines[0].box.x0 == doctest::Approx(72));
  CHECK(lines[0].box.y0 == doctest::Approx(100));
  CHECK(lines[0].box.y1 == doctest::Approx(110));
}

TEST_CASE("lines: rows are returned top to bottom whatever the word order") {
  std::vector<Word> words = set_line("second line", 72, 114);
  append(words, set_line("first line", 72, 100));
  const std::vector<Line> lines = build_lines(words, 1);
  CHECK(texts_of(lines) == "first line | second line");
}

TEST_CASE("lines: two columns with baselines a few points apart stay two lines each") {
  // Ten rows per column (enough ink for the gutter to show); the right column is set |offset|
  // points lower than the left one, as when two columns use different leading.
  for (const double offset : {0.0, 2.0, 4.0}) {
    CAPTURE(offset);
    std::vector<Word> words;
    std::string expected;
    for (int row = 0; row < 10; ++row) {
      const double top = 100 + 14 * row;
      const std::string left = "left column line " + std::to_string(row);
      const std::string right = "right column line " + std::to_string(row);
      append(words, set_line(left, 50, top));
      append(words, set_line(right, 320, top + offset));
      expected += (row ? " | " : "") + left + " | " + right;
    }
    const std::vector<Line> lines = build_lines(words, 1);
    CHECK(lines.size() == 20);
    CHECK(texts_of(lines) == expected);
  }
}

TEST_CASE("lines: a justified line with uniformly wide spaces stays one line") {
  // Spaces of 14 pt, wider than an em, but all alike: a justified line, not table cells.
  std::vector<Word> words;
  double x = 72;
  for (const char* piece : {"Les", "migrations", "sont", "un", "enjeu", "majeur"}) {
    words.push_back(word_at(piece, x, 200));
    words.back().space_after = true;
    x = words.back().box.x1 + 14;
  }
  words.back().space_after = false;
  const std::vector<Line> lines = build_lines(words, 1);
  REQUIRE(lines.size() == 1);
  CHECK(lines[0].text == "Les migrations sont un enjeu majeur");
}

TEST_CASE("lines: a gap much wider than the word spaces splits a row (table gap)") {
  std::vector<Word> words = set_line("09:00", 50, 300);
  append(words, set_line("Registration and coffee", 160, 300));
  const std::vector<Line> lines = build_lines(words, 1);
  CHECK(texts_of(lines) == "09:00 | Registration and coffee");
}

TEST_CASE("lines: a bullet set apart by a tab stays with its item") {
  std::vector<Word> words = {word_at("\u2022", 72, 100)};
  append(words, set_line("Labour mobility", 90, 100));
  const std::vector<Line> lines = build_lines(words, 1);
  REQUIRE(lines.size() == 1);
  CHECK(lines[0].text == "\u2022 Labour mobility");
}

TEST_CASE("lines: a bullet from a larger font, set a little higher, stays with its item") {
  // The bullet at 13 pt, its centre 1.5 pt above the 10 pt item's: a size ratio no ordinary word of
  // the row would be allowed.
  std::vector<Word> words{word_at("\u2022", 72, 97, 13)};
  append(words, set_line("Ms Ana Ruiz, Director", 90, 100));
  append(words, set_line("Next paragraph", 72, 130, 13));
  const std::vector<Line> lines = build_lines(words, 1);
  CHECK(texts_of(lines) == "\u2022 Ms Ana Ruiz, Director | Next paragraph");
}

TEST_CASE("lines: a raised small footnote call joins the line it follows") {
  std::vector<Word> words = set_line("Migration is a priority", 72, 100);
  // "1" in 6 pt, raised by 2 pt, right after "priority".
  words.push_back(word_at("1", words.back().box.x1 + 0.5, 98, 6));
  append(words, set_line("for every State in the region.", 72, 114));
  const std::vector<Line> lines = build_lines(words, 1);
  REQUIRE(lines.size() == 2);
  CHECK(lines[0].text == "Migration is a priority1");
  CHECK(lines[0].words.size() == 5);
  CHECK(lines[0].font_size == doctest::Approx(10));  // the call does not change the size
  CHECK(lines[0].page == 1);
  CHECK(lines[1].text == "for every State in the region.");
}

TEST_CASE("lines: a small word far from any line stays a line of its own") {
  std::vector<Word> words = set_line("Body text of the page", 72, 100);
  words.push_back(word_at("7", 400, 98, 6));  // 6 pt, but 200 pt away
  const std::vector<Line> lines = build_lines(words, 1);
  CHECK(lines.size() == 2);
}

TEST_CASE("lines: find_gutters finds the white between two columns, none inside one") {
  // Varied words, so that no river of word spaces runs down a column.
  const char* left_text[] = {"Migration is a defining feature",  "of our time, and the dialogue",
                             "brings together States and",       "regional organizations, civil",
                             "society and the private sector",   "to discuss the ways in which",
                             "human mobility can be made safe,", "orderly and regular for all.",
                             "The discussions this year will",   "focus on data and on labour."};
  std::vector<Word> words, left;
  double shortest_end = 1e9;
  for (int row = 0; row < 10; ++row) {
    const double top = 100 + 14 * row;
    append(left, set_line(left_text[row], 50, top));
    shortest_end = std::min(shortest_end, left.back().box.x1);
    append(words, set_line(left_text[9 - row], 320, top));
  }
  append(words, left);
  const std::vector<int> gutters = find_gutters(words, 595);
  REQUIRE_FALSE(gutters.empty());
  // Right of where every left line still has ink, left of the right column.
  CHECK(gutters.front() >= shortest_end);
  CHECK(gutters.back() < 320);
  // One column alone has no gutter; neither have fewer than eight lines.
  CHECK(find_gutters(left, 595).empty());
  CHECK(find_gutters(std::vector<Word>(words.begin(), words.begin() + 12), 595).empty());
}

TEST_CASE("lines: find_gutters over several lists finds what it finds over their words joined") {
  const char* text[] = {"Seasonal workers move between",  "the two regions every year",
                        "and send home part of what",     "they earn, which many families",
                        "count on to pay for schooling",  "or for a small business of",
                        "their own once the season ends", "and the workers come home."};
  std::vector<Word> first_half, second_half, joined;
  for (int row = 0; row < 8; ++row) {
    const double top = 100 + 14 * row;
    std::vector<Word>& half = row < 4 ? first_half : second_half;
    append(half, set_line(text[row], 50, top));
    append(half, set_line(text[7 - row], 320, top));
  }
  append(joined, first_half);
  append(joined, second_half);
  const std::vector<int> expected = find_gutters(joined, 595);
  REQUIRE_FALSE(expected.empty());
  CHECK(find_gutters(std::vector<const std::vector<Word>*>{&first_half, &second_half}, 595) ==
        expected);
  // Neither half alone has the eight lines a gutter needs.
  CHECK(find_gutters(std::vector<const std::vector<Word>*>{&first_half}, 595).empty());
  CHECK(find_gutters(std::vector<const std::vector<Word>*>{}, 595).empty());
}

TEST_CASE("lines: finish_line takes the dominant size and style by characters") {
  Line line;
  line.words = set_line("Bold heading words", 72, 100, 12, true);
  append(line.words, set_line("x", 200, 100, 8));
  finish_line(line);
  CHECK(line.text == "Bold heading words x");
  CHECK(line.font_size == doctest::Approx(12));
  CHECK(line.bold);
  CHECK_FALSE(line.italic);
  CHECK(line.box.x1 == doctest::Approx(204));
}

TEST_CASE("lines: finish_line weighs any number of sizes, the smaller one wins a tie") {
  // Nine sizes of one word each; 9.5 pt and 11 pt have most characters, as many each.
  Line line;
  const double sizes[] = {7, 8, 8.5, 11, 12, 13, 14, 9.5, 15};
  const char* texts[] = {"a", "b", "c", "eleven", "d", "e", "f", "ninish", "g"};
  double x = 72;
  for (size_t k = 0; k < 9; ++k) {
    append(line.words, set_line(texts[k], x, 100, sizes[k]));
    x = line.words.back().box.x1 + 5;
  }
  finish_line(line);
  CHECK(line.font_size == doctest::Approx(9.5));
  // Once a size outweighs the others, ties do not matter.
  line.words.back().text = "ggggggggg";
  finish_line(line);
  CHECK(line.font_size == doctest::Approx(15));
  // Sizes are weighed to a tenth of a point.
  Line close;
  close.words = set_line("abc", 72, 100, 10.02);
  append(close.words, set_line("de", 120, 100, 9.98));
  append(close.words, set_line("fghi", 160, 100, 11));
  finish_line(close);
  CHECK(close.font_size == doctest::Approx(10));
}

TEST_CASE("lines: build_lines moving the words builds the lines it builds from a copy") {
  std::vector<Word> words = set_line("Panel discussion on labour mobility", 72, 100);
  append(words, set_line("12:30", 320, 100));
  append(words, set_line("and skills partnerships between regions", 72, 114));
  words.push_back(word_at("2", 260, 112, 6));  // a footnote call, raised and small
  const std::vector<Line> expected = build_lines(words, 4);
  std::vector<Word> spent = words;
  const std::vector<Line> lines = build_lines(std::move(spent), 4);
  REQUIRE(lines.size() == expected.size());
  for (size_t k = 0; k < lines.size(); ++k) {
    CHECK(lines[k].text == expected[k].text);
    CHECK(lines[k].page == 4);
    REQUIRE(lines[k].words.size() == expected[k].words.size());
    for (size_t w = 0; w < lines[k].words.size(); ++w)
      CHECK(lines[k].words[w].text == expected[k].words[w].text);
  }
}

TEST_CASE("lines: no words, no lines") {
  CHECK(build_lines({}, 1).empty());
}

TEST_CASE("lines: a word printed in kerned pieces is one word wide") {
  // "par" + "tnerships" 0.3 pt apart (a kerning step), then an ordinary space.
  std::vector<Word> words = set_line("par", 72, 100);
  words.back().space_after = true;
  append(words, set_line("tnerships with", words.back().box.x1 + 0.3, 100));
  const Line line = line_of(words);
  CHECK(line.text == "partnerships with");
  CHECK(first_word_width(line) == doctest::Approx(words[1].box.x1 - 72));
  CHECK(first_word_width(line_of(set_line("with", 72, 100))) ==
        doctest::Approx(text_width("with", 10)));
}

// Row |row| of a column of prose: words of varied lengths, so that no river of word spaces
// runs down the column.
std::string prose_line(int row) {
  static const char* vocabulary[] = {
      "migration", "of",  "regional", "a",           "dialogue", "States",  "on",       "labour",
      "mobility",  "and", "the",      "cooperation", "data",     "workers", "policies", "in"};
  std::string text;
  for (int k = 0; k < 5; ++k) {
    if (k) text += ' ';
    text += vocabulary[(row * 7 + k * 5 + row * k) % 16];
  }
  return text;
}

TEST_CASE("lines: a justified gutter stays a gutter under lines set across the page") {
  // Two columns justified to sharp edges (x 50-280 and 300-530), with six full-width lines
  // below (footnotes) putting ink in the gutter: too much for a nearly empty valley, but
  // every column line ends and starts on the gutter's two edges.
  std::vector<Word> words;
  for (int row = 0; row < 20; ++row) {
    const double top = 100 + 14 * row;
    append(words, justify_line(prose_line(row), 50, 280, top));
    append(words, justify_line(prose_line(row + 20), 300, 530, top));
  }
  for (int note = 0; note < 6; ++note) {
    const double top = 500 + 10 * note;
    append(words, set_line(prose_line(note), 50, top, 8));
    words.push_back(word_at("crossing", 272, top, 8));  // starts left of the gutter
    words.back().box.x1 = 310;
    append(words, set_line(prose_line(note + 40), 312, top, 8));
  }
  const std::vector<int> gutters = find_gutters(words, 595);
  REQUIRE_FALSE(gutters.empty());
  CHECK(gutters.front() >= 280);
  CHECK(gutters.back() < 300);
}

TEST_CASE("lines: a two-word line justified flush with its neighbours stays one line") {
  // A narrow justified column: the middle line has two words and one very wide space, as
  // wide as a table gap; the lines around it start and end where it does.
  std::vector<Word> words = justify_line("first line of the narrow column", 50, 250, 100);
  append(words, justify_line("intergovernmental dialogue", 50, 250, 114));
  append(words, justify_line("third line of the narrow column", 50, 250, 128));
  CHECK(texts_of(build_lines(words, 1)) ==
        "first line of the narrow column | intergovernmental dialogue | third line of the "
        "narrow column");
  // A table row beside a wrapped cell is not flush with its next line: it is cut.
  std::vector<Word> table = set_line("09:00", 50, 300);
  append(table, set_line("Opening of the workshop by", 150, 300));
  append(table, set_line("the chair", 150, 314));
  CHECK(texts_of(build_lines(table, 1)) == "09:00 | Opening of the workshop by | the chair");
}

TEST_CASE("lines: a list item's first line justified with its number hanging stays one line") {
  // Two justified columns; the right one holds a list whose numbers hang in the gutter, 17 pt
  // left of the items' text. Item 5's first line has two words stretched to the column's
  // right edge, so both of its spaces are as wide as a table gap.
  std::vector<Word> words;
  std::string right_column;
  for (int row = 0; row < 12; ++row) {
    const double top = 100 + 14 * row;
    append(words, justify_line(prose_line(row), 50, 280, top));
    std::string text = prose_line(row + 20);
    if (row == 6) text = "5. Every administration";
    if (row == 3) text = "4. " + text;
    append(words, justify_line(text, row == 3 || row == 6 ? 303 : 320, 530, top));
    right_column += (row ? " | " : "") + text;
  }
  std::string lines;
  for (const Line& line : build_lines(words, 1))
    if (line.box.x0 > 290) lines += (lines.empty() ? "" : " | ") + line.text;
  CHECK(lines == right_column);
}

TEST_CASE("lines: a line is cut where the next column's lines start") {
  // A time column in 9 pt type beside sessions in 10 pt: "12.30 - 2 p.m." and "Lunch" stand
  // 6.75 pt apart, less than a table gap but three word spaces; the sessions' lines start
  // there.
  std::vector<Word> words = set_line("12.30 - 2 p.m.", 50, 100, 9);
  append(words, set_line("Lunch break", 113, 100));
  for (int row = 1; row <= 3; ++row)
    append(words, set_line("session text line " + std::to_string(row), 113, 100 + 14 * row));
  CHECK(texts_of(build_lines(words, 1)) ==
        "12.30 - 2 p.m. | Lunch break | session text line 1 | session text line 2 | session "
        "text line 3");
  // Without lines starting there, the same gap is only a wide space.
  std::vector<Word> alone = set_line("12.30 - 2 p.m.", 50, 100, 9);
  append(alone, set_line("Lunch break", 113, 100));
  CHECK(texts_of(build_lines(alone, 1)) == "12.30 - 2 p.m. Lunch break");
}

TEST_CASE("lines: an enumerator set flush against its item's first word is set apart") {
  CHECK(line_of(set_line("(3)L\u2019int\u00e9gration des migrants", 72, 100)).text ==
        "(3) L\u2019int\u00e9gration des migrants");
  CHECK(line_of(set_line("(iv)Les voies", 72, 100)).text == "(iv) Les voies");
  // Not an enumerator, or not an item's capital: as printed.
  CHECK(line_of(set_line("(OIM)Genève", 72, 100)).text == "(OIM)Genève");
  CHECK(line_of(set_line("(2)x + 1", 72, 100)).text == "(2)x + 1");
}

TEST_CASE("lines: a footnote's number set apart by a tab stays with its text") {
  std::vector<Word> words = set_line("3", 57, 760, 7.5);
  append(words, set_line("Conviene sistematizar las pol\u00edticas", 67, 760, 7.5));
  CHECK(texts_of(build_lines(words, 1)) == "3 Conviene sistematizar las pol\u00edticas");
}
