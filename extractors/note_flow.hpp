#pragma once
// Footnotes too long for the foot of their column or page go on at the foot of the next
// column or page: small type without a number, under the text of that column. Read alone,
// those lines are a small paragraph that the next column's last paragraph or the next page
// would swallow; they belong to the note.

#include <cstddef>
#include <vector>

#include "blocks.hpp"
#include "text_block.hpp"

namespace idm {

/// Joins to the latest unfinished footnote the blocks of one page that carry it on.
/// |blocks| are in reading order, the page's own from |first|; |last_note| is the index of
/// the latest footnote before them (SIZE_MAX when none) and is updated for the next page.
void join_continued_notes(std::vector<TextBlock>& blocks, size_t first, const BodyStyle& page,
                          size_t& last_note);

}  // namespace idm
