// order_regions: XY-cut reading order, key-column tables, single-baseline table rows.

#include <doctest/doctest.h>

#include <numeric>
#include <string>
#include <vector>

#include "extractors/reading_order.hpp"
#include "word_builder.hpp"

using namespace idm;
using namespace idm::test;

namespace {

constexpr double kLineHeight = 10;  // 10 pt type, one em high boxes

std::vector<size_t> all_ids(const std::vector<Line>& lines) {
  std::vector<size_t> ids(lines.size());
  std::iota(ids.begin(), ids.end(), 0);
  return ids;
}

// "flow[0 2 4] key[1] value[3 5]": the regions, for readable failures.
std::string describe(const std::vector<Region>& regions) {
  std::string out;
  for (const Region& r : regions) {
    if (!out.empty()) out += ' ';
    out += r.role == RegionRole::flow        ? "flow["
           : r.role == RegionRole::table_key ? "key["
                                             : "value[";
    for (size_t i = 0; i < r.lines.size(); ++i) {
      out += (i ? " " : "") + std::to_string(r.lines[i]);
    }
    out += ']';
  }
  return out;
}

}  // namespace

TEST_CASE("reading order: a two-column page is read left column first") {
  // Lines in the order build_lines gives them: row by row, left then right.
  std::vector<Line> lines;
  for (int row = 0; row < 6; ++row) {
    const double top = 100 + 14 * row;
    lines.push_back(
        line_of(justify_line("left column text of row " + std::to_string(row), 50, 250, top)));
    lines.push_back(
        line_of(justify_line("right column text of row " + std::to_string(row), 320, 520, top)));
  }
  const std::vector<Region> regions = order_regions(lines, all_ids(lines), kLineHeight);
  CHECK(describe(regions) == "flow[0 2 4 6 8 10] flow[1 3 5 7 9 11]");
}

TEST_CASE("reading order: a title spanning two columns comes first, then left, then right") {
  std::vector<Line> lines;
  lines.push_back(line_of(set_line("A title across both columns", 50, 60, 14)));
  for (int row = 0; row < 4; ++row) {
    const double top = 100 + 14 * row;
    lines.push_back(line_of(justify_line("left text " + std::to_string(row), 50, 250, top)));
    lines.push_back(line_of(justify_line("right text " + std::to_string(row), 320, 520, top)));
  }
  // The title is set wide enough to cross the gutter.
  lines[0].box.x1 = 520;
  const std::vector<Region> regions = order_regions(lines, all_ids(lines), kLineHeight);
  CHECK(describe(regions) == "flow[0] flow[1 3 5 7] flow[2 4 6 8]");
}

TEST_CASE("reading order: a time column beside the sessions is read row by row") {
  std::vector<Line> lines;
  const char* times[] = {"09:00", "10:30", "12:00"};
  for (int slot = 0; slot < 3; ++slot) {
    const double top = 100 + 40 * slot;
    lines.push_back(line_of(set_line(times[slot], 50, top)));
    lines.push_back(
        line_of(justify_line("Session title number " + std::to_string(slot), 150, 450, top)));
    lines.push_back(line_of(justify_line("with its speakers and room", 150, 450, top + 14)));
  }
  const std::vector<Region> regions = order_regions(lines, all_ids(lines), kLineHeight);
  CHECK(describe(regions) == "key[0] value[1 2] key[3] value[4 5] key[6] value[7 8]");
}

TEST_CASE("reading order: a time column closer than a line's height is still a table") {
  // Boxes 14 pt high (a font with loose ascent and descent) for 10 pt type: the time column
  // stands 11 pt from the sessions, less than a line's height but more than an em.
  std::vector<Line> lines;
  const char* times[] = {"1.30 p.m. \u2013", "3.15 p.m.", "3.15 p.m. \u2013", "4.45 p.m."};
  for (int slot = 0; slot < 2; ++slot) {
    const double top = 100 + 90 * slot;
    lines.push_back(line_of(set_line(times[2 * slot], 50, top)));
    lines.push_back(line_of(set_line(times[2 * slot + 1], 50, top + 14)));
    lines.push_back(
        line_of(justify_line("Session title number " + std::to_string(slot), 126, 450, top)));
    lines.push_back(line_of(justify_line("goes on over a second line", 126, 450, top + 14)));
    for (int speaker = 1; speaker <= 3; ++speaker)
      lines.push_back(line_of(justify_line("a speaker and a function " + std::to_string(speaker),
                                           126, 450, top + 14 + 14 * speaker)));
  }
  for (Line& line : lines)
    line.box.y1 = line.box.y0 + 14;
  const std::vector<Region> regions = order_regions(lines, all_ids(lines), 14);
  // Each range, cut after its dash, is one key: "3.15 p.m." opens no row of its own.
  CHECK(describe(regions) == "key[0 1] value[2 3 4 5 6] key[7 8] value[9 10 11 12 13]");
}

TEST_CASE("reading order: text set apart on one baseline is a table row") {
  std::vector<Line> lines;
  lines.push_back(line_of(set_line("Registration and coffee", 200, 300)));
  lines.push_back(line_of(set_line("9 h \u2013 10 h", 50, 300)));
  const std::vector<Region> regions = order_regions(lines, all_ids(lines), kLineHeight);
  CHECK(describe(regions) == "key[1] value[0]");
}

TEST_CASE("reading order: paragraphs one above the other stay in order") {
  std::vector<Line> lines;
  lines.push_back(line_of(justify_line("second paragraph first line", 50, 400, 200)));
  lines.push_back(line_of(justify_line("first paragraph first line", 50, 400, 100)));
  lines.push_back(line_of(set_line("first paragraph end", 50, 114)));
  const std::vector<Region> regions = order_regions(lines, all_ids(lines), kLineHeight);
  CHECK(describe(regions) == "flow[1 2] flow[0]");
}

TEST_CASE("reading order: only the given ids are ordered") {
  std::vector<Line> lines;
  lines.push_back(line_of(set_line("header (furniture)", 50, 40)));
  lines.push_back(line_of(set_line("body line one", 50, 100)));
  lines.push_back(line_of(set_line("body line two", 50, 114)));
  CHECK(describe(order_regions(lines, {1, 2}, kLineHeight)) == "flow[1 2]");
  CHECK(order_regions(lines, {}, kLineHeight).empty());
}

TEST_CASE("reading order: loose leading keeps a paragraph's lines in one region") {
  // 10 pt boxes on a 22 pt pitch: more white between the lines than the lines are high, as
  // browsers print with line-height 1.6 or Type 3 fonts with low glyph boxes.
  std::vector<Line> lines;
  for (int row = 0; row < 4; ++row) {
    lines.push_back(line_of(justify_line("a justified line of one paragraph " + std::to_string(row),
                                         50, 450, 100 + 22 * row)));
  }
  // Without the leading, every gap is wide enough to cut: one region per line.
  CHECK(order_regions(lines, all_ids(lines), kLineHeight).size() == 4);
  CHECK(describe(order_regions(lines, all_ids(lines), kLineHeight, 12)) == "flow[0 1 2 3]");
  // A paragraph break, wider than the usual leading, still cuts.
  lines.push_back(line_of(justify_line("the next paragraph", 50, 450, 100 + 22 * 3 + 40)));
  CHECK(describe(order_regions(lines, all_ids(lines), kLineHeight, 12)) == "flow[0 1 2 3] flow[4]");
}

TEST_CASE("reading order: a time column less than an em from the sessions is still a table") {
  // The time column ends 8 pt (0.8 em) before the sessions start: closer than columns stand,
  // but its rows stand level with lines across the gap.
  std::vector<Line> lines;
  lines.push_back(line_of(set_line("9.30 a.m. \u2013 10.30", 50, 100)));     // 0, ends at 127.5
  lines.push_back(line_of(set_line("Registration", 135.5, 100)));            // 1
  lines.push_back(line_of(set_line("a.m.", 50, 114)));                       // 2
  lines.push_back(line_of(set_line("10.30 a.m. \u2013", 50, 140)));          // 3
  lines.push_back(line_of(set_line("Opening of the meeting", 135.5, 140)));  // 4
  lines.push_back(line_of(set_line("11.15 a.m.", 50, 154)));                 // 5
  lines.push_back(line_of(justify_line("Welcome words by a chair of the day", 135.5, 450, 168)));
  lines.push_back(line_of(set_line("and an office", 135.5, 182)));  // 7
  const std::vector<Region> regions = order_regions(lines, all_ids(lines), kLineHeight);
  CHECK(describe(regions) == "key[0 2] value[1] key[3 5] value[4 6 7]");
}

TEST_CASE("reading order: keys wrapped over two lines still make a key column") {
  // Each time range wraps ("2.30 p.m. – 4" / "p.m."), its second line level with nothing:
  // half the key lines stand level with a value, but every key entry does.
  std::vector<Line> lines;
  for (int slot = 0; slot < 3; ++slot) {
    const double top = 100 + 80 * slot;
    lines.push_back(line_of(set_line("2.30 p.m. \u2013 4", 50, top)));
    lines.push_back(line_of(set_line("p.m.", 50, top + 14)));
    lines.push_back(line_of(justify_line("A slot title set in bold type", 150, 450, top)));
    lines.push_back(line_of(justify_line("its description over a line", 150, 450, top + 26)));
    lines.push_back(line_of(justify_line("and a second line of it", 150, 450, top + 40)));
  }
  const std::vector<Region> regions = order_regions(lines, all_ids(lines), kLineHeight);
  CHECK(describe(regions) ==
        "key[0 1] value[2 3 4] key[5 6] value[7 8 9] key[10 11] value[12 13 14]");
}

TEST_CASE("reading order: one key of two lines under a value carried over is a table") {
  // A page that opens with the end of the previous page's slot, then one slot more.
  std::vector<Line> lines;
  lines.push_back(line_of(justify_line("the end of a slot from the page before", 150, 450, 60)));
  lines.push_back(line_of(justify_line("and its last line of text here", 150, 450, 74)));
  lines.push_back(line_of(set_line("3.45 p.m. \u2013 5", 50, 100)));
  lines.push_back(line_of(set_line("p.m.", 50, 114)));
  lines.push_back(line_of(justify_line("The last slot title in bold", 150, 450, 100)));
  lines.push_back(line_of(justify_line("its description over a line", 150, 450, 126)));
  lines.push_back(line_of(justify_line("and a second line of it", 150, 450, 140)));
  const std::vector<Region> regions = order_regions(lines, all_ids(lines), kLineHeight);
  CHECK(describe(regions) == "flow[0 1] key[2 3] value[4 5 6]");
}

TEST_CASE("reading order: a heading under columns of unequal length is read after both") {
  // Six lines on the left, three on the right, then a bold heading below the left column:
  // it heads what follows the columns (notes), it does not end the left column.
  std::vector<Line> lines;
  for (int row = 0; row < 6; ++row) {
    const double top = 100 + 14 * row;
    lines.push_back(
        line_of(justify_line("left column text of row " + std::to_string(row), 50, 250, top)));
    if (row < 3) {
      lines.push_back(
          line_of(justify_line("right column text of row " + std::to_string(row), 320, 520, top)));
    }
  }
  lines.push_back(line_of(set_line("Notes", 50, 200, 10, true)));
  const std::vector<Region> regions = order_regions(lines, all_ids(lines), kLineHeight);
  CHECK(describe(regions) == "flow[0 2 4 6 7 8] flow[1 3 5] flow[9]");
}

TEST_CASE("reading order: body text under the longer column stays in that column") {
  std::vector<Line> lines;
  for (int row = 0; row < 6; ++row) {
    const double top = 100 + 14 * row;
    lines.push_back(
        line_of(justify_line("left column text of row " + std::to_string(row), 50, 250, top)));
    if (row < 3) {
      lines.push_back(
          line_of(justify_line("right column text of row " + std::to_string(row), 320, 520, top)));
    }
  }
  lines.push_back(line_of(set_line("a last paragraph", 50, 200)));
  const std::vector<Region> regions = order_regions(lines, all_ids(lines), kLineHeight);
  CHECK(describe(regions).starts_with("flow[0 2 4 6 7 8] flow[9]"));
}
