#pragma once
// A list-layout agenda may set a slot's title some space after its time, wider than a word
// space ("9:30 AM – 10:30 AM      Check-in"), and the line builder cuts such a row in two,
// as it cuts a table row. A table's next column starts at one edge, wherever the cell
// before it ends. These titles start each the same distance after a time of its own width:
// on one page, two rows cut with the same gap whose right parts start at different places.
// Or they start at a tab stop of running text: the lines under a row go back under its time
// and run on across the gap. Every row of the document cut with that gap, or at that tab
// stop, is one line again, unless other lines start where its right part does (a column
// edge).

#include <vector>

#include "furniture.hpp"

namespace idm {

void rejoin_spaced_titles(std::vector<PageLines>& pages);

}  // namespace idm
