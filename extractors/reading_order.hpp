#pragma once
// Step 3 of the layout: reading order by recursive XY-cut. A region is cut at its widest
// whitespace gap, across (between blocks) or down (between columns), until no gap is left.
// A narrow left column of short entries that each start level with a line on the right
// (a time column beside an agenda) is read as a table, row by row.

#include <vector>

#include "lines.hpp"

namespace idm {

enum class RegionRole { flow, table_key, table_value };

struct Region {
  RegionRole role = RegionRole::flow;
  std::vector<size_t> lines;  // indices into the page's lines, top to bottom
};

/// Orders the given lines of one page. |line_height| is the body text's usual line height,
/// |line_gap| the usual white space between two lines of one paragraph.
std::vector<Region> order_regions(const std::vector<Line>& lines, const std::vector<size_t>& ids,
                                  double line_height, double line_gap = 0);

}  // namespace idm
