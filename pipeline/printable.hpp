#pragma once
// Text from outside the program (file names, Poppler's messages) made safe for one line of a
// terminal or a log: a newline in a file name must not split a stderr line in two, and a
// right-to-left override (U+202E) must not reorder what the reader sees.

#include <string>
#include <string_view>

namespace idm {

/// |text| with control characters (C0, DEL, C1), Unicode bidirectional controls (U+061C,
/// U+200E/F, U+202A-202E, U+2066-2069) and bytes that are not UTF-8 written as escapes
/// ("\n", "\t", "\x1b", "\u202e"); a backslash stays a backslash. Everything else unchanged.
std::string printable(std::string_view text);

}  // namespace idm
