#include "list_marker.hpp"

#include <algorithm>
#include <array>

namespace idm {
namespace {

constexpr std::array<std::string_view, 17> kBullets = {
    "\u2022", "\u2013", "\u2014", "-",      "\u25AA", "\u25E6", "\u00B7", "*",     "\u25CF",
    "\u25A0", "\u2023", "\u2043", "\uF0B7", "\u27A2", "\u2192", "\u25BA", "\u2212"};

// The longest marker: a bullet's three bytes, an enumerator's six ("(xvii)").
constexpr size_t kLongestMarker = 6;
static_assert(std::all_of(kBullets.begin(), kBullets.end(),
                          [](std::string_view b) { return b.size() <= kLongestMarker; }));

bool all_of_set(std::string_view s, std::string_view set) {
  return !s.empty() && std::all_of(s.begin(), s.end(),
                                   [&](char c) { return set.find(c) != std::string_view::npos; });
}

}  // namespace

bool is_enumerator(std::string_view t) {
  if (t.size() >= 3 && t.front() == '(' && t.back() == ')') {
    t = t.substr(1, t.size() - 2);
  } else if (t.size() >= 2 && (t.back() == ')' || t.back() == '.')) {
    t.remove_suffix(1);
  } else {
    return false;
  }
  if (t.empty() || t.size() > 4) return false;
  if (all_of_set(t, "0123456789")) return t.size() <= 3;
  if (t.size() == 1 && ((t[0] >= 'a' && t[0] <= 'z') || (t[0] >= 'A' && t[0] <= 'Z'))) return true;
  return all_of_set(t, "ivxl") || all_of_set(t, "IVXL");
}

bool is_list_marker(std::string_view token) {
  // Most words are longer than any marker.
  if (token.size() > kLongestMarker) return false;
  if (std::find(kBullets.begin(), kBullets.end(), token) != kBullets.end()) return true;
  return is_enumerator(token);
}

size_t leading_list_marker(std::string_view line) {
  const size_t space = line.find(' ');
  if (space == std::string_view::npos || space == 0) return 0;
  const std::string_view token = line.substr(0, space);
  if (!is_list_marker(token)) return 0;
  // "A. Bester, ..." or "M. Dupont" are initials and honorifics, not markers: an enumerator
  // ending in '.' counts only when it is made of digits or roman numerals.
  if (token.back() == '.' && !all_of_set(token.substr(0, token.size() - 1), "0123456789ivxIVX")) {
    return 0;
  }
  return space;
}

}  // namespace idm
