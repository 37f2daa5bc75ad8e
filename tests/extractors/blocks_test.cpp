// build_blocks: paragraphs, list items, headings, footnotes, captions, table cells.

#include <doctest/doctest.h>

#include <numeric>
#include <string>
#include <vector>

#include "extractors/blocks.hpp"
#include "word_builder.hpp"

using namespace idm;
using namespace idm::test;

namespace {

const BodyStyle kBody{10, 10, 4};  // 10 pt type, 10 pt high lines, 4 pt between them

constexpr double kLeft = 72, kRight = 472;

// A region of |lines|, all of them, top to bottom.
std::vector<TextBlock> blocks_of(const std::vector<Line>& lines,
                                 RegionRole role = RegionRole::flow) {
  Region region{role, std::vector<size_t>(lines.size())};
  std::iota(region.lines.begin(), region.lines.end(), 0);
  return build_blocks(lines, region, kBody);
}

// A full-width body line (so that the next line does not look like a deliberate break).
Line full(const std::string& text, double top) {
  return line_of(justify_line(text, kLeft, kRight, top));
}

Line plain(const std::string& text, double top, double x = kLeft, double size = 10) {
  return line_of(set_line(text, x, top, size));
}

}  // namespace

TEST_CASE("blocks: lines at the usual leading make one paragraph") {
  const std::vector<TextBlock> blocks =
      blocks_of({full("The dialogue brings together States and", 100),
                 full("partners to discuss how migration can", 114),
                 plain("contribute to development.", 128)});
  REQUIRE(kinds_of(blocks) == "paragraph");
  CHECK(blocks[0].lines.size() == 3);
  CHECK(blocks[0].first_in_region);
  CHECK(blocks[0].last_in_region);
  CHECK(blocks[0].page == 1);
  CHECK(blocks[0].box.y0 == doctest::Approx(100));
  CHECK(blocks[0].box.y1 == doctest::Approx(138));
}

TEST_CASE("blocks: a blank line or a short last line ends a paragraph") {
  const std::vector<TextBlock> blocks = blocks_of(
      {full("First paragraph runs over the whole line", 100), plain("and ends here.", 114),
       full("Second paragraph starts after a short line", 128), plain("and ends too.", 142),
       full("Third paragraph after white space above it", 180)});
  CHECK(kinds_of(blocks) == "paragraph paragraph paragraph");
  REQUIRE(blocks.size() == 3);
  CHECK(blocks[1].lines.front().text == "Second paragraph starts after a short line");
  CHECK(blocks[2].lines.size() == 1);
}

TEST_CASE("blocks: a bullet list becomes list items, the bullet dropped but '1)' kept") {
  std::vector<Line> lines = {full("Our priorities for the coming year are the following:", 100)};
  std::vector<Word> item = {word_at("\u2022", kLeft, 114)};
  append(item, set_line("Migration data", kLeft + 12, 114));
  lines.push_back(line_of(item));
  lines.push_back(plain("\u2022 Labour mobility", 128));
  lines.push_back(plain("1) Remittances", 142));
  lines.push_back(plain("2) Diaspora engagement", 156));
  const std::vector<TextBlock> blocks = blocks_of(lines);
  REQUIRE(kinds_of(blocks) == "paragraph list_item list_item list_item list_item");
  CHECK(blocks[1].lines.front().text == "Migration data");
  CHECK(blocks[1].bullet);
  CHECK(blocks[2].lines.front().text == "Labour mobility");
  CHECK(blocks[2].bullet);
  CHECK(blocks[3].lines.front().text == "1) Remittances");
  CHECK_FALSE(blocks[3].bullet);
  CHECK(blocks[4].lines.front().text == "2) Diaspora engagement");
}

TEST_CASE("blocks: a list item's hanging lines stay with the item") {
  const std::vector<TextBlock> blocks = blocks_of(
      {line_of(justify_line("\u2022 Migration data should be collected and", kLeft, kRight, 100)),
       plain("shared among States.", 114, kLeft + 12), plain("\u2022 Second item.", 128)});
  REQUIRE(kinds_of(blocks) == "list_item list_item");
  CHECK(blocks[0].lines.size() == 2);
  CHECK(blocks[0].lines.front().text.rfind("Migration data", 0) == 0);
}

TEST_CASE("blocks: blocks indented as a whole after a colon are markerless list items") {
  const std::vector<TextBlock> blocks = blocks_of(
      {plain("The dialogue covers:", 100), plain("labour migration", 114, kLeft + 20),
       plain("climate mobility", 128, kLeft + 20),
       full("Back to body text that runs over the whole line", 142), plain("and ends.", 156)});
  CHECK(kinds_of(blocks) == "paragraph list_item list_item paragraph");
}

TEST_CASE("blocks: a larger-type line is a heading") {
  const std::vector<TextBlock> blocks = blocks_of(
      {plain("Background", 80, kLeft, 16), full("The first body line of the section is", 104),
       plain("set in body type.", 118)});
  REQUIRE(kinds_of(blocks) == "heading paragraph");
  CHECK(blocks[0].font_size == doctest::Approx(16));
  CHECK(blocks[1].lines.size() == 2);
}

TEST_CASE("blocks: a short bold body-size line is a heading, a bold lead sentence is not") {
  std::vector<Line> lines;
  lines.push_back(line_of(set_line("Objectives", kLeft, 100, 10, true)));
  lines.push_back(full("The body of the section follows here in", 114));
  lines.push_back(plain("regular type.", 128));
  const std::vector<TextBlock> blocks = blocks_of(lines);
  CHECK(kinds_of(blocks) == "heading paragraph");
  CHECK(blocks[0].bold);

  // Ending with a full stop it reads as a bold sentence, not a heading.
  lines[0] = line_of(set_line("Objectives.", kLeft, 100, 10, true));
  CHECK(kinds_of(blocks_of(lines)) == "paragraph paragraph");
}

TEST_CASE("blocks: a bold lead sentence longer than a line opens a paragraph") {
  // The first line is bold to the margin; the bold sentence ends on the next line, where
  // regular type goes on.
  std::vector<Line> lines;
  std::vector<Word> first =
      justify_line("Local partners should widen the reach of their", kLeft, kRight, 100);
  for (Word& w : first)
    w.bold = true;
  lines.push_back(line_of(first));
  std::vector<Word> second =
      justify_line("outreach work. Regular type follows on this line", kLeft, kRight, 114);
  second[0].bold = second[1].bold = true;
  lines.push_back(line_of(second));
  lines.push_back(plain("And a last short line.", 128));
  const std::vector<TextBlock> blocks = blocks_of(lines);
  CHECK(kinds_of(blocks) == "paragraph");

  // A short bold heading followed by a paragraph opening in bold stays a heading: the heading
  // line ends short of the margin.
  lines[0] = line_of(set_line("Objectives", kLeft, 100, 10, true));
  CHECK(kinds_of(blocks_of(lines)) == "heading paragraph");
}

TEST_CASE("blocks: a bold lead sentence filling its lines, word broken, full stop at the margin") {
  // Bold over two full lines ("the partici-" / "pation … development."), regular type below.
  auto bold_full = [](const std::string& text, double top) {
    std::vector<Word> words = justify_line(text, kLeft, kRight, top);
    for (Word& w : words)
      w.bold = true;
    return line_of(words);
  };
  const std::vector<Line> lines = {bold_full("It is essential to value the partici-", 100),
                                   bold_full("pation of diasporas in the development.", 114),
                                   full("About a third of young graduates surveyed", 128),
                                   plain("consider working abroad.", 142)};
  CHECK(kinds_of(blocks_of(lines)) == "paragraph");
}

TEST_CASE("blocks: a title spanning two columns does not make the column's lines look short") {
  // An 18 pt title set across the page above the left column's lines (x 72-272).
  std::vector<Line> lines = {line_of(set_line("4. Dialogue session and its title", kLeft, 60, 18))};
  lines.back().box.x1 = 520;
  for (int row = 0; row < 4; ++row)
    lines.push_back(
        line_of(justify_line("a line of the left column number", kLeft, 272, 100 + 14 * row)));
  CHECK(kinds_of(blocks_of(lines)) == "heading paragraph");
}

TEST_CASE("blocks: small type starting with a number at the foot is a footnote") {
  const std::vector<TextBlock> blocks = blocks_of(
      {full("Body text with a footnote call at the end", 100), plain("of the line.1", 114),
       plain("1 See the IOM World Migration Report.", 700, kLeft, 8),
       plain("2 Idem, chapter 3.", 710, kLeft, 8)});
  REQUIRE(kinds_of(blocks) == "paragraph footnote footnote");
  CHECK(blocks[1].font_size == doctest::Approx(8));
  // The footnotes do not end the region's text flow: the paragraph does.
  CHECK(blocks[0].last_in_region);
  CHECK_FALSE(blocks[2].last_in_region);
}

TEST_CASE("blocks: a footnote's second line stays with it") {
  const std::vector<TextBlock> blocks =
      blocks_of({plain("1 A long footnote that runs over two lines", 700, kLeft, 8),
                 plain("of small type.", 709, kLeft, 8)});
  REQUIRE(kinds_of(blocks) == "footnote");
  CHECK(blocks[0].lines.size() == 2);
}

TEST_CASE("blocks: small type without a number is not a footnote") {
  const std::vector<TextBlock> blocks = blocks_of({plain("Printed in Geneva", 700, kLeft, 8)});
  CHECK(kinds_of(blocks) == "paragraph");
}

TEST_CASE("blocks: 'Figure 2' and 'Source:' open captions") {
  const std::vector<TextBlock> blocks =
      blocks_of({plain("Figure 2. Remittances by region", 100), plain("Source: World Bank", 300)});
  CHECK(kinds_of(blocks) == "caption caption");
}

TEST_CASE("blocks: lines of a table region are table cells") {
  const std::vector<TextBlock> blocks =
      blocks_of({line_of(set_line("Registration", kLeft, 100, 10, true))}, RegionRole::table_value);
  CHECK(kinds_of(blocks) == "table_cell");
}

TEST_CASE("blocks: a table cell's bold title ends where regular type starts") {
  // The title fills its line, so nothing but the change of type tells where it ends.
  std::vector<Line> lines = {
      line_of(set_line("Session 1: Migration and climate", kLeft, 100, 10, true)),
      line_of(set_line("Questions for the debate:", kLeft, 114))};
  lines.push_back(line_of(justify_line("and the slot's description", kLeft, kLeft + 160, 128)));
  const std::vector<TextBlock> blocks = blocks_of(lines, RegionRole::table_value);
  REQUIRE(blocks.size() >= 2);
  CHECK(blocks[0].lines.size() == 1);
  // A bold lead sentence that ends its line with a full stop goes on in regular type.
  lines[0] = line_of(set_line("Every State should plan ahead.", kLeft, 100, 10, true));
  lines.pop_back();
  CHECK(blocks_of(lines, RegionRole::table_value).size() == 1);
}

TEST_CASE("blocks: in a table cell, a line opening with a label starts an entry") {
  // The venue fills its line: only the label below says where the next entry starts.
  const std::vector<Line> lines = {full("Venue: Palais des Nations, Room XX, first floor", 100),
                                   plain("Moderator: Ms Ana Lima, Director", 114),
                                   plain("Speakers:", 128)};
  CHECK(blocks_of(lines, RegionRole::table_value).size() == 3);
  // A sentence going on in lower case, or naming more than a label does, is no label.
  const std::vector<Line> prose = {full("The venue and the rooms of the meeting are", 100),
                                   full("as follows: the Palais des Nations in the", 114),
                                   plain("Assembly Hall of the Palais: see the map.", 128)};
  CHECK(blocks_of(prose, RegionRole::table_value).size() == 1);
}

TEST_CASE("blocks: an unhung numbered item ends where an indented paragraph starts") {
  // "2. A key message" over two lines that start at the margin, then a paragraph whose first
  // line is indented: a numbered heading and its paragraph, not one item.
  const std::vector<Line> lines = {
      full("2. Migration governance needs to facilitate", 100),
      full("partnerships between all the actors concerned.", 114),
      line_of(justify_line("Each administration can encourage", kLeft + 15, kRight, 128)),
      full("remittances and financial inclusion.", 142)};
  CHECK(blocks_of(lines).size() == 2);
  // An item whose later lines hang keeps them whatever their indent.
  const std::vector<Line> hanging = {
      full("2. Migration governance needs to facilitate", 100),
      line_of(justify_line("partnerships between all the actors", kLeft + 15, kRight, 114))};
  CHECK(blocks_of(hanging).size() == 1);
}

TEST_CASE("blocks: centred lines of a title page are one paragraph") {
  // Centred on x = 272: each shorter line starts further in, no first-line indent.
  auto centred = [](const std::string& text, double top) {
    const double width = plain(text, top).box.width();
    return plain(text, top, 272 - width / 2);
  };
  const std::vector<Line> lines = {centred("Report of the workshops held in Bergen (3-4", 100),
                                   centred("June 2041) and Port Vila (5-6 October", 114),
                                   centred("2041)", 128)};
  CHECK(blocks_of(lines).size() == 1);
}

TEST_CASE("starts_caption") {
  for (const char* text : {"Photo : IOM/Jane Doe", "Photo: IOM", "Figure 3 Migrants", "Fig. 2",
                           "Source: World Bank", "Fuente: OIM", "\u00a9 IOM 2031", "Gráfico 1"}) {
    CAPTURE(text);
    CHECK(starts_caption(text));
  }
  for (const char* text : {"Photographs were taken", "Figures show", "The source of data", ""}) {
    CAPTURE(text);
    CHECK_FALSE(starts_caption(text));
  }
}

TEST_CASE("blocks: a word broken at a title's line end goes on below despite the leading") {
  // 20 pt title lines 12 pt apart: more than the body's leading allows, but "main-" goes on.
  const std::vector<TextBlock> blocks =
      blocks_of({plain("Migration and the mobility of the main-", 60, kLeft, 20),
                 plain("d'\u0153uvre in the region", 92, kLeft, 20),
                 plain("A subtitle after the same white space", 124, kLeft, 20)});
  REQUIRE(blocks.size() == 2);
  CHECK(blocks[0].lines.size() == 2);
}

TEST_CASE("blocks: a bold title that fills its line goes on in lower case despite the leading") {
  // Bold title lines 22 pt apart (12 pt of white, the body's is 4 pt): the title filled its
  // first line, the next one goes on in lower case.
  auto bold = [](const std::string& text, double top, double x1 = 0) {
    return line_of(x1 > 0 ? justify_line(text, kLeft, x1, top) : set_line(text, kLeft, top));
  };
  std::vector<Line> lines = {bold("Side meeting: Return and reintegration of the", 100, kRight),
                             bold("returnees", 122)};
  for (Line& line : lines) {
    for (Word& w : line.words)
      w.bold = true;
    finish_line(line);
  }
  lines.push_back(plain("A description in regular type follows the title.", 144));
  for (const RegionRole role : {RegionRole::table_value, RegionRole::flow}) {
    const std::vector<TextBlock> blocks = blocks_of(lines, role);
    REQUIRE(blocks.size() == 2);
    CHECK(blocks[0].lines.size() == 2);
  }
  // A bold line that opens in capitals after the same white space is a title of its own.
  lines[1] = bold("Returnees", 122);
  for (Word& w : lines[1].words)
    w.bold = true;
  finish_line(lines[1]);
  CHECK(blocks_of(lines, RegionRole::table_value).size() == 3);
}

TEST_CASE("blocks: a line run out past the margin does not make full lines look short") {
  // Two entries fill their line to the margin and go on below; a third name, too long to
  // break, runs 60 pt past the margin.
  const std::vector<Line> lines = {
      full("- Ms Ana Lima, Head of the policy unit, Ministry of", 100),
      plain("Labour and Employment", 114, kLeft + 16),
      line_of(justify_line("- Mr Li Wei, Researcher, University of a very long name", kLeft,
                           kRight + 60, 128)),
      full("- Mr Jon Doe, Founder, International Federation of", 142),
      plain("Young Migrants, Qatar", 156, kLeft + 16)};
  const std::vector<TextBlock> blocks = blocks_of(lines, RegionRole::table_value);
  REQUIRE(blocks.size() == 3);
  CHECK(blocks[0].lines.size() == 2);
  CHECK(blocks[2].lines.size() == 2);
}

TEST_CASE("blocks: a large title in regular weight that fills its line goes on in lower case") {
  // 14 pt title lines with 8 pt of white between them (the body's is 4 pt), no bold (Type 3
  // fonts say nothing of their weight): the second line goes on with the first.
  const std::vector<TextBlock> blocks = blocks_of(
      {line_of(justify_line("Labour and skills: getting ready for", kLeft, kRight, 60, 14)),
       plain("the work of tomorrow", 82, kLeft, 14),
       full("A paragraph of body text follows the title", 110)});
  REQUIRE(blocks.size() == 2);
  CHECK(blocks[0].lines.size() == 2);
  CHECK(blocks[0].kind == BlockKind::heading);
}

TEST_CASE("blocks: a dash opening a line after a full line in mid-sentence is no bullet") {
  // The previous line runs to the margin and stops on a name: the dash opens an aside.
  const std::vector<TextBlock> blocks =
      blocks_of({full("The meeting heard several voices, among them Ana Pereira", 100),
                 full("\u2013 head of a regional office \u2013 who spoke of the data we", 114),
                 plain("still lack.", 128)});
  REQUIRE(kinds_of(blocks) == "paragraph");
  CHECK(blocks[0].lines.size() == 3);
  // After a colon the dash is a bullet.
  const std::vector<TextBlock> list =
      blocks_of({full("The meeting heard several voices, among them these ones:", 100),
                 plain("\u2013 the head of a regional office", 114)});
  CHECK(kinds_of(list) == "paragraph list_item");
}

TEST_CASE("blocks: indented questions without markers are entries of their own") {
  // Indented as a whole, one under the other at the usual leading: each "¿…?" is an entry.
  const std::vector<TextBlock> blocks = blocks_of(
      {full("A paragraph at the margin sets the left edge of the text here.", 100),
       line_of(justify_line("\u00BFQu\u00E9 datos faltan para medir la movilidad laboral?", 90,
                            kRight, 114)),
       line_of(justify_line("\u00BFC\u00F3mo pueden las ciudades y los pa\u00EDses compartir los",
                            90, kRight, 128)),
       plain("datos?", 142, 90), plain("\u00BFY qui\u00E9n los financia?", 156, 90)});
  CHECK(kinds_of(blocks) == "paragraph list_item list_item list_item");
}
