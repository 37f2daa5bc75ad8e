#pragma once
// Body text set larger than the document's body type (a report's annexed agenda printed in a
// bigger size than its chapters) is all above the heading threshold: every line of it reads
// as a heading. Such a run of same-size "headings" is told apart from real headings by its
// structure, and given back its body kinds.

#include <vector>

#include "text_block.hpp"

namespace idm {

/// Finds runs of consecutive heading blocks set in one size (furniture, footnotes and captions
/// between them aside) that read as body text: at least |kMinRun| blocks, of which several
/// show body shapes (lines opening with a bullet or dash, sentences running over lines).
/// In such a run the regular-weight blocks (all of them when the run has a single weight)
/// become paragraphs and list items, cut where a line opens with a list marker or a hanging
/// list entry ends; bold blocks (a day heading, slot times and titles) stay headings.
void demote_large_body(std::vector<TextBlock>& blocks);

}  // namespace idm
