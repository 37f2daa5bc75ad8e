#include "leaders.hpp"

namespace idm {
namespace {

constexpr std::string_view kEllipsis = "\u2026";
constexpr std::string_view kMiddleDot = "\u00b7";

// Length in bytes of the leader dot at |text|'s start (0 if none), and how many dots it shows.
size_t dot_at(std::string_view text, int& dots) {
  if (!text.empty() && text.front() == '.') {
    dots = 1;
    return 1;
  }
  if (text.substr(0, kEllipsis.size()) == kEllipsis) {
    dots = 3;
    return kEllipsis.size();
  }
  if (text.substr(0, kMiddleDot.size()) == kMiddleDot) {
    dots = 1;
    return kMiddleDot.size();
  }
  return 0;
}

}  // namespace

bool is_leader_word(std::string_view word) {
  if (word.empty()) return false;
  while (!word.empty()) {
    int dots = 0;
    const size_t n = dot_at(word, dots);
    if (n == 0) return false;
    word.remove_prefix(n);
  }
  return true;
}

std::string drop_leaders(std::string_view text, bool& found) {
  found = false;
  std::string out;
  out.reserve(text.size());
  size_t i = 0;
  while (i < text.size()) {
    // A run: dots, possibly one space apart.
    size_t end = i;
    int dots = 0;
    while (end < text.size()) {
      int shown = 0;
      const size_t n = dot_at(text.substr(end), shown);
      if (n > 0) {
        dots += shown;
        end += n;
      } else if (text[end] == ' ' && dots > 0 && end + 1 < text.size() &&
                 dot_at(text.substr(end + 1), shown) > 0) {
        ++end;
      } else {
        break;
      }
    }
    // Four dots at least, after some text: an ellipsis ("...") or a sentence's full stop
    // stays as printed.
    if (dots >= 4 && !out.empty()) {
      found = true;
      while (!out.empty() && out.back() == ' ')
        out.pop_back();
      out += ' ';
      i = end;
      while (i < text.size() && text[i] == ' ')
        ++i;
      continue;
    }
    if (end == i) end = i + 1;
    out.append(text.substr(i, end - i));
    i = end;
  }
  while (!out.empty() && out.back() == ' ')
    out.pop_back();
  return out;
}

}  // namespace idm
