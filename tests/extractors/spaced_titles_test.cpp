// rejoin_spaced_titles: a slot title set some space after its time is one line with it.

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "extractors/spaced_titles.hpp"
#include "word_builder.hpp"

using namespace idm;
using namespace idm::test;

namespace {

// A time at the margin and a title |gap| points after its end, on one baseline.
void add_slot(std::vector<Line>& lines, const std::string& time, const std::string& title,
              double top, double gap) {
  lines.push_back(line_of(set_line(time, 50, top)));
  lines.push_back(line_of(set_line(title, lines.back().box.x1 + gap, top)));
}

std::vector<std::string> texts(const PageLines& page) {
  std::vector<std::string> out;
  for (const Line& line : page.lines)
    out.push_back(line.text);
  return out;
}

}  // namespace

TEST_CASE("spaced titles: a title set a fixed space after its time joins it") {
  std::vector<PageLines> pages(2);
  // Page 1: times of different widths, titles 16 pt after each: they start at different x.
  add_slot(pages[0].lines, "9:30 - 10:30", "Arrival of the delegates", 100, 16);
  add_slot(pages[0].lines, "10:30 - 11:30 AM", "Opening words", 140, 16);
  // Page 2: times of one width, titles level: only the gap the document uses tells.
  add_slot(pages[1].lines, "1:30 - 3:15 PM", "Second round table", 100, 16);
  add_slot(pages[1].lines, "3:15 - 4:15 PM", "Closing words", 140, 16);
  rejoin_spaced_titles(pages);
  CHECK(texts(pages[0]) == std::vector<std::string>{"9:30 - 10:30 Arrival of the delegates",
                                                    "10:30 - 11:30 AM Opening words"});
  CHECK(texts(pages[1]) == std::vector<std::string>{"1:30 - 3:15 PM Second round table",
                                                    "3:15 - 4:15 PM Closing words"});
}

TEST_CASE("spaced titles: a table's column and a page's columns stay apart") {
  std::vector<PageLines> pages(2);
  // A table: the titles start at one edge, where their next lines start too.
  for (const double top : {100.0, 140.0}) {
    pages[0].lines.push_back(line_of(set_line(top < 120 ? "9:30" : "10:30", 50, top)));
    pages[0].lines.push_back(line_of(set_line("A slot title", 150, top)));
    pages[0].lines.push_back(line_of(set_line("and its speaker", 150, top + 14)));
  }
  // Two columns, justified, of one page: every row cut at the same gutter.
  for (int row = 0; row < 4; ++row) {
    const double top = 100 + 14 * row;
    pages[1].lines.push_back(line_of(justify_line("left column text in a row", 50, 250, top)));
    pages[1].lines.push_back(line_of(justify_line("right column text in a row", 270, 470, top)));
  }
  const std::vector<PageLines> before = pages;
  rejoin_spaced_titles(pages);
  CHECK(texts(pages[0]) == texts(before[0]));
  CHECK(texts(pages[1]) == texts(before[1]));
}

TEST_CASE("spaced titles: a title at a tab stop of running text joins its time") {
  // Titles at one x, but the text under a slot goes back under the time and runs across.
  std::vector<PageLines> pages(1);
  std::vector<Line>& lines = pages[0].lines;
  lines.push_back(line_of(set_line("09:00 - 10:00 hrs", 50, 100)));
  lines.push_back(line_of(set_line("Arrival of the delegates", 150, 100)));
  lines.push_back(line_of(set_line("10:00 - 10:30 hrs", 50, 124)));
  lines.push_back(line_of(set_line("Opening words", 150, 124)));
  lines.push_back(
      line_of(justify_line("Words of welcome by a minister of the host", 50, 450, 138)));
  rejoin_spaced_titles(pages);
  CHECK(texts(pages[0]) == std::vector<std::string>{"09:00 - 10:00 hrs Arrival of the delegates",
                                                    "10:00 - 10:30 hrs Opening words",
                                                    "Words of welcome by a minister of the host"});
}
