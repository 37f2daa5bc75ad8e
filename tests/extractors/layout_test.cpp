// lay_out: a whole PdfText -> blocks; furniture set apart, paragraphs mended across page and
// column breaks without footnotes interrupting them, hyphenation undone, heading levels.

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "extractors/layout.hpp"
#include "word_builder.hpp"

using namespace idm;
using namespace idm::test;

namespace {

constexpr double kLeft = 72, kRight = 522;

PageText a4_page(int number) {
  PageText page;
  page.number = number;
  page.width = 595;
  page.height = 842;
  return page;
}

std::vector<std::string> texts_of(const std::vector<TextBlock>& blocks) {
  std::vector<std::string> out;
  for (const TextBlock& b : blocks)
    out.push_back(b.text);
  return out;
}

// Page 1: heading, a paragraph broken at the page end in the middle of a hyphenated word,
// a footnote and a page number. Page 2: the rest of the paragraph, a page number. Page 3: blank.
PdfText paragraph_across_pages() {
  PdfText pdf;
  PageText one = a4_page(1);
  append(one.words, set_line("Background", kLeft, 150, 16, true));
  append(one.words,
         justify_line("Human mobility and migrations shape the economies of", kLeft, kRight, 190));
  append(one.words, justify_line("every region, and the dialogue of this year will look at how",
                                 kLeft, kRight, 204));
  append(one.words,
         justify_line("States and partners can make international mi-", kLeft, kRight, 218));
  append(one.words, set_line("1 See the IOM World Migration Report 2030.", kLeft, 700, 8));
  append(one.words, set_line("1", 295, 790));
  pdf.pages.push_back(one);

  PageText two = a4_page(2);
  append(two.words, justify_line("grations safer, more orderly and more regular for all those",
                                 kLeft, kRight, 100));
  append(two.words, set_line("who move.", kLeft, 114));
  append(two.words, set_line("2", 295, 790));
  pdf.pages.push_back(two);

  pdf.pages.push_back(a4_page(3));
  return pdf;
}

// Two columns of ten 10 pt lines. The words differ from row to row so that no river of white
// looks like a gutter.
const std::vector<std::string> kLeftColumn = {
    "Migration is a defining feature of",    "our time, and the dialogue brings",
    "together States, international and",    "regional organizations, civil society",
    "and the private sector to discuss the", "ways in which human mobility can be",
    "made safe, orderly and regular for",    "all. The discussions this year will",
    "focus on data, on labour mobility",     "and on the climate, which together"};
const std::vector<std::string> kRightColumn = {
    "shape the lives of millions of people", "who move in search of work, safety or",
    "education. Participants will share",    "practices that have worked in their",
    "countries and regions, and they will",  "identify gaps in the cooperation on",
    "return, readmission and reintegration", "as well as ways to protect migrants",
    "in vulnerable situations across the",   "world."};

// A line ending a sentence is set short, the others are justified to the column's width.
PdfText two_columns(const std::vector<std::string>& left, const std::vector<std::string>& right) {
  PageText page = a4_page(1);
  auto set_column = [&](const std::vector<std::string>& column, double x0, double x1) {
    for (size_t row = 0; row < column.size(); ++row) {
      const double top = 100 + 14 * static_cast<double>(row);
      if (column[row].back() == '.') {
        append(page.words, set_line(column[row], x0, top));
      } else {
        append(page.words, justify_line(column[row], x0, x1, top));
      }
    }
  };
  set_column(left, 50, 270);
  set_column(right, 320, 540);
  PdfText pdf;
  pdf.pages.push_back(page);
  return pdf;
}

}  // namespace

TEST_CASE("layout: a paragraph continues across a page break, over the footnote and page number") {
  const LayoutResult result = lay_out(paragraph_across_pages());
  CHECK(result.pages == 3);
  CHECK(result.pages_with_text == 2);
  REQUIRE(kinds_of(result.blocks) == "heading paragraph footnote furniture furniture");
  const std::vector<std::string> texts = texts_of(result.blocks);
  CHECK(texts[0] == "Background");
  CHECK(texts[1] ==
        "Human mobility and migrations shape the economies of every region, and the dialogue of "
        "this year will look at how States and partners can make international migrations safer, "
        "more orderly and more regular for all those who move.");
  CHECK(texts[2] == "1 See the IOM World Migration Report 2030.");
  CHECK(texts[3] == "1");
  CHECK(texts[4] == "2");
  CHECK(result.blocks[0].level == 1);
  CHECK(result.blocks[1].page == 1);
  CHECK(result.blocks[1].lines.size() == 5);
  CHECK(result.blocks[3].page == 1);
  CHECK(result.blocks[4].page == 2);
}

TEST_CASE("layout: spending the words as the lines are built lays the document out the same") {
  const PdfText kept = paragraph_across_pages();
  PdfText spent = kept;
  const LayoutResult expected = lay_out(kept);
  const LayoutResult result = lay_out_spending_words(spent);
  CHECK(result.pages == expected.pages);
  CHECK(result.pages_with_text == expected.pages_with_text);
  CHECK(kinds_of(result.blocks) == kinds_of(expected.blocks));
  CHECK(texts_of(result.blocks) == texts_of(expected.blocks));
  REQUIRE(result.blocks.size() == expected.blocks.size());
  for (size_t i = 0; i < result.blocks.size(); ++i) {
    REQUIRE(result.blocks[i].lines.size() == expected.blocks[i].lines.size());
    for (size_t k = 0; k < result.blocks[i].lines.size(); ++k)
      CHECK(result.blocks[i].lines[k].words.size() == expected.blocks[i].lines[k].words.size());
  }
  // The words are gone; what the record needs of the pages stays.
  REQUIRE(spent.pages.size() == kept.pages.size());
  for (size_t p = 0; p < spent.pages.size(); ++p) {
    CHECK(spent.pages[p].words.empty());
    CHECK(spent.pages[p].number == kept.pages[p].number);
    CHECK(spent.pages[p].width == kept.pages[p].width);
  }
}

TEST_CASE("layout: a paragraph ending its sentence at the page end is not merged") {
  PdfText pdf = paragraph_across_pages();
  // Page 1 now ends with a full sentence and page 2 opens with a capital.
  pdf.pages[0].words.clear();
  append(pdf.pages[0].words,
         justify_line("The first paragraph ends on this page with a", kLeft, kRight, 190));
  append(pdf.pages[0].words, set_line("complete sentence.", kLeft, 204));
  pdf.pages[1].words.clear();
  append(pdf.pages[1].words,
         justify_line("Another paragraph opens the second page and", kLeft, kRight, 100));
  append(pdf.pages[1].words, set_line("ends there.", kLeft, 114));
  const LayoutResult result = lay_out(pdf);
  REQUIRE(kinds_of(result.blocks) == "paragraph paragraph");
  CHECK(result.blocks[0].text == "The first paragraph ends on this page with a complete sentence.");
  CHECK(result.blocks[1].page == 2);
}

TEST_CASE("layout: a sentence ending with a footnote call at the page end is not merged") {
  PdfText pdf = paragraph_across_pages();
  pdf.pages[0].words.clear();
  append(pdf.pages[0].words,
         justify_line("The first paragraph ends on this page with a", kLeft, kRight, 190));
  append(pdf.pages[0].words, set_line("sentence and its call.3", kLeft, 204));
  pdf.pages[1].words.clear();
  append(pdf.pages[1].words,
         justify_line("Another paragraph opens the second page and", kLeft, kRight, 100));
  append(pdf.pages[1].words, set_line("ends there.", kLeft, 114));
  const LayoutResult result = lay_out(pdf);
  REQUIRE(kinds_of(result.blocks) == "paragraph paragraph");
  CHECK(result.blocks[1].page == 2);
}

TEST_CASE("layout: a justified last line at the page end, full stop and all, goes on") {
  PdfText pdf = paragraph_across_pages();
  pdf.pages[0].words.clear();
  append(pdf.pages[0].words,
         justify_line("The first paragraph runs on this page with a", kLeft, kRight, 176));
  append(pdf.pages[0].words,
         justify_line("second line and a third one that fills the", kLeft, kRight, 190));
  append(pdf.pages[0].words, justify_line("column to its right edge.", kLeft, kRight, 204));
  pdf.pages[1].words.clear();
  append(pdf.pages[1].words,
         justify_line("Another sentence opens the second page and", kLeft, kRight, 100));
  append(pdf.pages[1].words, set_line("ends there.", kLeft, 114));
  const LayoutResult result = lay_out(pdf);
  CHECK(kinds_of(result.blocks) == "paragraph");
}

// Ragged right: a paragraph cut by the page end after a full stop, its last line too full
// for the next page's first word, or a paragraph that ended there with room left.
PdfText ragged_across_pages(const std::string& last_line) {
  PdfText pdf = paragraph_across_pages();
  pdf.pages[0].words.clear();
  append(pdf.pages[0].words,
         set_line("The working group met three times over the year to look", kLeft, 176));
  append(pdf.pages[0].words,
         set_line("into the data that States hold on labour mobility and", kLeft, 190));
  append(pdf.pages[0].words,
         set_line("examine the gaps that remain between them and the", kLeft, 204));
  append(pdf.pages[0].words, set_line(last_line, kLeft, 218));
  pdf.pages[1].words.clear();
  append(pdf.pages[1].words,
         set_line("Another theme came up in every meeting: the cost of", kLeft, 100));
  append(pdf.pages[1].words, set_line("recruitment for workers.", kLeft, 114));
  return pdf;
}

TEST_CASE(
    "layout: a ragged-right last line too full for the next word goes on, full stop and all") {
  const LayoutResult result =
      lay_out(ragged_across_pages("regional needs of the countries hosting most workers."));
  REQUIRE(kinds_of(result.blocks) == "paragraph");
  CHECK(
      result.blocks[0].text.ends_with("workers. Another theme came up in every meeting: the "
                                      "cost of recruitment for workers."));
}

TEST_CASE("layout: a ragged-right last line with room for the next word ends its paragraph") {
  const LayoutResult result = lay_out(ragged_across_pages("regional needs."));
  REQUIRE(kinds_of(result.blocks) == "paragraph paragraph");
  CHECK(result.blocks[1].page == 2);
}

TEST_CASE("layout: a paragraph continues from the bottom of the left column into the right one") {
  // The left column opens with a paragraph of its own; the second one runs on into the right.
  std::vector<std::string> left = kLeftColumn;
  left[1] = "our time and of the years ahead.";
  const LayoutResult result = lay_out(two_columns(left, kRightColumn));
  REQUIRE(kinds_of(result.blocks) == "paragraph paragraph");
  CHECK(result.blocks[0].text ==
        "Migration is a defining feature of our time and of the years ahead.");
  CHECK(result.blocks[1].lines.size() == 18);
  CHECK(result.blocks[1].text.rfind("together States, international and regional organizations",
                                    0) == 0);
  CHECK(result.blocks[1].text.find("which together shape the lives") != std::string::npos);
}

// Regression: a paragraph filling the whole left column starts level with the right column;
// the column jump is judged from its last line.
TEST_CASE("layout: a paragraph filling the left column continues into the right one") {
  const LayoutResult result = lay_out(two_columns(kLeftColumn, kRightColumn));
  CHECK(kinds_of(result.blocks) == "paragraph");
  REQUIRE(!result.blocks.empty());
  CHECK(result.blocks[0].lines.size() == 20);
  CHECK(result.blocks[0].text.find("which together shape the lives") != std::string::npos);
}

TEST_CASE("layout: headings get levels by size, running headers are furniture") {
  PdfText pdf;
  for (int n = 1; n <= 2; ++n) {
    PageText page = a4_page(n);
    append(page.words, set_line("IDM 2031 Concept Note", kLeft, 40, 9));
    append(page.words, set_line(n == 1 ? "Part one" : "Part two", kLeft, 150, 18, true));
    append(page.words, set_line(n == 1 ? "Section A" : "Section B", kLeft, 190, 14, true));
    append(page.words, set_line("Body text of the section, set with ordinary word spaces, runs on",
                                kLeft, 220));
    append(page.words, set_line("and ends.", kLeft, 234));
    pdf.pages.push_back(page);
  }
  const LayoutResult result = lay_out(pdf);
  REQUIRE(kinds_of(result.blocks) ==
          "heading heading paragraph furniture heading heading paragraph furniture");
  CHECK(result.blocks[0].level == 1);
  CHECK(result.blocks[1].level == 2);
  CHECK(result.blocks[3].text == "IDM 2031 Concept Note");
  CHECK(result.blocks[4].text == "Part two");
  CHECK(result.blocks[5].level == 2);
}

TEST_CASE("layout: text is normalised (ligatures, soft hyphens, doubled spaces)") {
  PdfText pdf;
  PageText page = a4_page(1);
  append(page.words,
         set_line("Le \uFB01nancement de l\u2019\u0153uvre com\u00ADmune.", kLeft, 300));
  pdf.pages.push_back(page);
  const LayoutResult result = lay_out(pdf);
  REQUIRE(result.blocks.size() == 1);
  CHECK(result.blocks[0].text == "Le financement de l\u2019\u0153uvre commune.");
}

TEST_CASE("layout: no pages, no blocks") {
  const LayoutResult result = lay_out(PdfText{});
  CHECK(result.pages == 0);
  CHECK(result.pages_with_text == 0);
  CHECK(result.blocks.empty());
}

// Regression (found by fuzz/layout_fuzzer): words of size 0 made every gap a "cut" of the
// region into itself, and the XY-cut recursed until the stack overflowed.
TEST_CASE("layout: zero-height words do not make the reading order recurse forever") {
  PdfText pdf;
  PageText page;
  page.number = 1;
  page.width = 595;
  page.height = 842;
  for (int i = 0; i < 3; ++i) {
    Word w;
    w.text = "x";
    w.box = Rect{100, 100, 100, 100};
    w.font_size = 0;
    page.words.push_back(w);
  }
  pdf.pages.push_back(page);
  const LayoutResult result = lay_out(pdf);
  CHECK(result.pages == 1);
  CHECK_FALSE(result.blocks.empty());
}

TEST_CASE(
    "layout: endnotes in body type under the last heading are footnotes, split at their "
    "numbers") {
  PdfText pdf;
  PageText one = a4_page(1);
  append(one.words, set_line("Background", kLeft, 100, 16, true));
  append(one.words, justify_line("The dialogue will look at how States and partners can make",
                                 kLeft, kRight, 140));
  append(one.words, set_line("migration safer for all.1", kLeft, 154));
  append(one.words, set_line("Notes", kLeft, 200, 16, true));
  append(one.words, set_line("1 See the first report of the series.", kLeft, 240));
  append(one.words, set_line("2 See the second report, which runs on a", kLeft, 254));
  append(one.words, set_line("second line.", kLeft, 268));
  append(one.words, set_line("3 See the third one.", kLeft, 282));
  pdf.pages.push_back(one);
  const LayoutResult result = lay_out(pdf);
  std::vector<std::string> notes;
  for (const TextBlock& b : result.blocks) {
    if (b.kind == BlockKind::footnote) notes.push_back(b.text);
  }
  CHECK(notes == std::vector<std::string>{"1 See the first report of the series.",
                                          "2 See the second report, which runs on a second line.",
                                          "3 See the third one."});
}

TEST_CASE("layout: one numbered paragraph after the last heading is no notes section") {
  PdfText pdf;
  PageText one = a4_page(1);
  append(one.words, set_line("Figures", kLeft, 100, 16, true));
  append(one.words, set_line("2 million people moved in that year.", kLeft, 140));
  pdf.pages.push_back(one);
  for (const TextBlock& b : lay_out(pdf).blocks)
    CHECK(b.kind != BlockKind::footnote);
}

TEST_CASE("layout: a page set in another size than the document is read against its own text") {
  // Pages 2 and 3 are body text at 10 pt; page 1 is a cover in 8.5 pt whose first line starts
  // with a number, and page 4 a programme annexed in 12 pt.
  const std::string body_line =
      "Body text of the report, set with ordinary word spaces all the way to";
  PdfText pdf;
  PageText cover = a4_page(1);
  append(cover.words, set_line("17 and 18 October, United Nations Headquarters", kLeft, 100, 8.5));
  for (int row = 0; row < 6; ++row)
    append(cover.words, set_line(body_line, kLeft, 130 + 11 * row, 8.5));
  pdf.pages.push_back(cover);
  for (int n = 2; n <= 3; ++n) {
    PageText page = a4_page(n);
    for (int row = 0; row < 30; ++row)
      append(page.words, set_line(body_line, kLeft, 100 + 14 * row));
    pdf.pages.push_back(page);
  }
  PageText annex = a4_page(4);
  for (int row = 0; row < 6; ++row) {
    append(annex.words, set_line("Ms Speaker Number " + std::to_string(row) + ", Director", kLeft,
                                 100 + 30 * row, 12));
  }
  pdf.pages.push_back(annex);
  const LayoutResult result = lay_out(pdf);
  size_t footnotes = 0, headings = 0;
  for (const TextBlock& block : result.blocks) {
    footnotes += block.kind == BlockKind::footnote;
    headings += block.kind == BlockKind::heading;
  }
  CHECK(footnotes == 0);  // the cover's date line is no footnote
  CHECK(headings == 0);   // the annex's entries are no headings
}

TEST_CASE("layout: a short line alone at the page end, without a full stop, is not merged") {
  // A slot of an agenda ends page 1 ("12:15 Coffee break"); page 2 opens with the next one.
  PdfText pdf = paragraph_across_pages();
  pdf.pages[0].words.clear();
  append(pdf.pages[0].words, set_line("10:00 Coffee break", kLeft, 190));
  pdf.pages[1].words.clear();
  append(pdf.pages[1].words,
         justify_line("Another paragraph opens the second page and", kLeft, kRight, 100));
  append(pdf.pages[1].words, set_line("ends there.", kLeft, 114));
  const LayoutResult result = lay_out(pdf);
  REQUIRE(kinds_of(result.blocks) == "paragraph paragraph");
  CHECK(result.blocks[0].text == "10:00 Coffee break");
  // The first line of a paragraph alone at the page end, as wide as the text, goes on.
  pdf.pages[0].words.clear();
  append(pdf.pages[0].words,
         justify_line("A paragraph starts at the foot of the page and", kLeft, kRight, 190));
  pdf.pages[1].words.clear();
  append(pdf.pages[1].words,
         justify_line("The text goes on at the top of the second page", kLeft, kRight, 100));
  append(pdf.pages[1].words, set_line("ends there.", kLeft, 114));
  CHECK(kinds_of(lay_out(pdf).blocks) == "paragraph");
}

TEST_CASE("layout: a justified list entry whose last line runs to the margin goes on") {
  PdfText pdf = paragraph_across_pages();
  pdf.pages[0].words.clear();
  append(pdf.pages[0].words, justify_line("a) The first entry is short.", kLeft, kRight, 150));
  append(pdf.pages[0].words,
         justify_line("b) The second entry runs on this page with a", kLeft, kRight, 176));
  append(pdf.pages[0].words,
         justify_line("second line and a third one that fills the", kLeft, kRight, 190));
  append(pdf.pages[0].words, justify_line("column to its right edge.", kLeft, kRight, 204));
  pdf.pages[1].words.clear();
  append(pdf.pages[1].words,
         justify_line("Another sentence opens the second page and", kLeft, kRight, 100));
  append(pdf.pages[1].words, set_line("ends the entry.", kLeft, 114));
  const LayoutResult result = lay_out(pdf);
  REQUIRE(kinds_of(result.blocks) == "list_item list_item");
  CHECK(
      result.blocks[1].text.ends_with("right edge. Another sentence opens the second page and "
                                      "ends the entry."));
}
