#pragma once
// A list-layout agenda may set a slot's title some space after its time, wider than a word
// space ("9:30 AM – 10:30 AM      Check-in"), and the line builder cuts such a row in two,
// as it cuts a table row. A table's next column starts at one edge, wherever the cell
// before it ends. These titles start each the same distance after a time of its own width:
// on one page, two rows cut with the same gap whose right parts start at different places.
// Every row of the document cut with that gap is one line again, unless other lines start
// where its right part does (a column edge).

#include <vector>

#include "furniture.hpp"

namespace idm {

void rejoin_spaced_titles(std::vector<PageLines>& pages);

}  // namespace idm
