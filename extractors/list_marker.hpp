#pragma once
// List markers: bullets and dashes ("•", "–", "▪") and enumerators ("1)", "a)", "(iv)", "12.").

#include <string_view>

namespace idm {

/// True when |token| is a list marker on its own.
bool is_list_marker(std::string_view token);

/// Length in bytes of the list marker that starts |line| and is followed by a space
/// (0 when the line does not start with one). "1) La nécessité" -> 2.
size_t leading_list_marker(std::string_view line);

/// True for an enumerator ("1)", "a)", "(iv)", "12."), false for bullets and dashes.
bool is_enumerator(std::string_view token);

}  // namespace idm
