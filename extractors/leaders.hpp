#pragma once
// Dot leaders: the rows of dots that lead a table of contents' entry to its page number
// ("2. Main messages . . . . . . 9", "Préambule..........3"). A reader sees the entry and its
// number; the dots are drawing.

#include <string>
#include <string_view>

namespace idm {

/// True for a word made only of leader dots ('.', '…', '·'), as typesetters that space their
/// leaders print them one dot per word.
bool is_leader_word(std::string_view word);

/// |text| with each run of at least four leader dots (spaced or not) between two pieces of
/// text replaced by one space, and a trailing run dropped. |found| tells whether one was.
std::string drop_leaders(std::string_view text, bool& found);

}  // namespace idm
