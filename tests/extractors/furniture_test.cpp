// find_furniture and is_page_number: running headers, footers and page numbers.

#include <doctest/doctest.h>

#include <regex>
#include <string>
#include <vector>

#include "extractors/furniture.hpp"
#include "word_builder.hpp"

using namespace idm;
using namespace idm::test;

namespace {

constexpr double kWidth = 595, kHeight = 842;  // A4

const std::string kBodyWords[] = {"Nothing", "Migration", "Mobility", "Climate",
                                  "Labour",  "Health",    "Diaspora", "Data"};

// A page whose lines are given as (text, top) in 10 pt type from x = 72.
PageLines page_of(const std::vector<std::pair<std::string, double>>& rows, int number) {
  PageLines page{kWidth, kHeight, {}};
  for (const auto& [text, top] : rows)
    page.lines.push_back(line_of(set_line(text, 72, top), number));
  return page;
}

}  // namespace

TEST_CASE("furniture: a repeated running header and 'Page N of 3' are furniture, body is not") {
  std::vector<PageLines> pages;
  for (int n = 1; n <= 3; ++n) {
    pages.push_back(page_of({{"IDM 2031 Concept Note", 40},
                             // Repeats on every page, but in the body: not furniture.
                             {"Migration and development", 150},
                             {"Body text on page " + std::to_string(n) + " of the note.", 164},
                             {"Page " + std::to_string(n) + " of 3", 800}},
                            n));
  }
  const std::vector<std::vector<bool>> furniture = find_furniture(pages);
  REQUIRE(furniture.size() == 3);
  for (size_t p = 0; p < 3; ++p) {
    CAPTURE(p);
    REQUIRE(furniture[p].size() == 4);
    CHECK(furniture[p][0]);        // running header
    CHECK_FALSE(furniture[p][1]);  // repeated body line
    CHECK_FALSE(furniture[p][2]);
    CHECK(furniture[p][3]);  // page number
  }
}

TEST_CASE("furniture: a header that changes only in its digits still repeats") {
  std::vector<PageLines> pages;
  for (int n = 1; n <= 2; ++n) {
    pages.push_back(page_of({{"Dialogue international 2031 - section " + std::to_string(n), 40},
                             {"Body text that starts the page.", 200},
                             {"More body text below it.", 214}},
                            n));
  }
  const auto furniture = find_furniture(pages);
  CHECK(furniture[0][0]);
  CHECK(furniture[1][0]);
  CHECK_FALSE(furniture[0][1]);
}

TEST_CASE("furniture: a body line in the top band followed closely by body is not a header") {
  std::vector<PageLines> pages;
  for (int n = 1; n <= 2; ++n) {
    // Same text and place on both pages, inside the top band, but the next line follows at the
    // usual leading: body text that happens to open the page.
    pages.push_back(page_of({{"Les migrations internationales", 90},
                             {"Body text continues right below.", 104},
                             {"And more of it.", 118}},
                            n));
  }
  const auto furniture = find_furniture(pages);
  CHECK_FALSE(furniture[0][0]);
  CHECK_FALSE(furniture[1][0]);
}

TEST_CASE("furniture: a page number sharing its baseline with body text is body") {
  PageLines page{kWidth, kHeight, {}};
  page.lines.push_back(line_of(set_line("Body text in the middle of the page.", 72, 400)));
  // At the foot: "12" beside a line of text on the same baseline (an agenda's time column).
  page.lines.push_back(line_of(set_line("12", 50, 800)));
  page.lines.push_back(line_of(set_line("continued discussion of the agenda", 200, 800)));
  const auto furniture = find_furniture({page});
  REQUIRE(furniture.size() == 1);
  CHECK_FALSE(furniture[0][1]);
  CHECK_FALSE(furniture[0][2]);

  // The same "12" alone at the foot is a page number.
  page.lines.pop_back();
  CHECK(find_furniture({page})[0][1]);
}

TEST_CASE("furniture: a line printed once, mid-band but not a page number, is body") {
  const PageLines page = page_of({{"A single title line", 40}, {"Body text.", 300}}, 1);
  const auto furniture = find_furniture({page});
  CHECK_FALSE(furniture[0][0]);
}

TEST_CASE("furniture: chapter titles printed once each as odd pages' headers are furniture") {
  // Even pages repeat the series' name; each odd page heads with its own chapter's title,
  // in the same place. Body text starts at 80 everywhere.
  std::vector<PageLines> pages;
  for (int n = 1; n <= 6; ++n) {
    const std::string header =
        n % 2 == 0 ? "Series of the dialogue" : "Chapter on " + kBodyWords[n];
    pages.push_back(page_of({{header, 40},
                             {kBodyWords[n] + " opens the body of this page", 80},
                             {"and goes on below it.", 94}},
                            n));
  }
  const std::vector<std::vector<bool>> furniture = find_furniture(pages);
  for (size_t p = 0; p < pages.size(); ++p) {
    CAPTURE(p);
    CHECK(furniture[p][0]);
    CHECK_FALSE(furniture[p][1]);
  }
  // Without a running header in that place, lines set apart at the top of each page (an
  // agenda's first slot) are body.
  std::vector<PageLines> agenda;
  for (int n = 1; n <= 3; ++n)
    agenda.push_back(page_of({{"Session on " + kBodyWords[n], 40},
                              {kBodyWords[n + 3] + " opens the body of this page", 80},
                              {"and goes on below it.", 94}},
                             n));
  for (const std::vector<bool>& page : find_furniture(agenda))
    CHECK_FALSE(page[0]);
}

TEST_CASE("furniture: no pages, no furniture") {
  CHECK(find_furniture({}).empty());
}

TEST_CASE("is_page_number: accepts page numbers") {
  for (const char* text : {"12", "- 3 -", "Page 3 of 9", "3/9", "Página 2 de 7", "p. 4", "iv",
                           "(7)", "page 12", "Seite 3 von 10", "3 sur 9"}) {
    CAPTURE(text);
    CHECK(is_page_number(text));
  }
}

TEST_CASE("is_page_number: rejects text") {
  for (const char* text : {"2031 report", "", "Chapter 3", "12345", "9:30", "Page", "3 of",
                           "Migration 2031", "12 mai 2031"}) {
    CAPTURE(text);
    CHECK_FALSE(is_page_number(text));
  }
}

TEST_CASE("is_page_number: the quick answers are the pattern's") {
  // The pattern is_page_number falls back on, applied to the folded, trimmed text.
  const std::regex pattern(
      R"(^(?:(?:page|pag|pagina|p|s|seite)\.?\s*)?[-(\[]?\s*(?:\d{1,4}|[ivxlc]{1,7})(?:\s*(?:/|of|de|sur|von|sobre)\s*\d{1,4})?\s*[-)\]]?$)");
  for (const char* text :
       {"1",   "1234",   "12345", "0",     "i",       "xvii",   "ivxlcix", "ivxlcivx", "cl",
        "vi ", "  12  ", "mix",   "civil", "dl",      "x1",     "1x",      "12-",      "s",
        "p",   "page",   "de",    "of 3",  "pages 3", "3 de 4", "sobre",   "(iv)",     "[12]",
        "12.", "p.12",   "v - 3", "a",     "bb",      "12\t",   "12 h"}) {
    CAPTURE(text);
    std::string folded = text;
    while (!folded.empty() && folded.back() == ' ')
      folded.pop_back();
    CHECK(is_page_number(text) == std::regex_match(folded, pattern));
  }
}
