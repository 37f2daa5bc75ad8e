#include "cue_match.hpp"

#include <cctype>

namespace idm {
namespace {

bool is_word_byte(char c) {
  const auto u = static_cast<unsigned char>(c);
  return u >= 0x80 || std::isalnum(u);
}

}  // namespace

size_t find_cue(std::string_view folded, std::string_view cue) {
  if (cue.empty()) return std::string_view::npos;
  for (size_t pos = folded.find(cue); pos != std::string_view::npos;
       pos = folded.find(cue, pos + 1)) {
    const bool left_ok = pos == 0 || !is_word_byte(folded[pos - 1]) || !is_word_byte(cue.front());
    const size_t end = pos + cue.size();
    const bool right_ok =
        end >= folded.size() || !is_word_byte(folded[end]) || !is_word_byte(cue.back());
    if (left_ok && right_ok) return pos;
  }
  return std::string_view::npos;
}

std::string_view first_cue(std::string_view folded, Cues cues, size_t* position) {
  std::string_view best;
  size_t best_pos = std::string_view::npos;
  for (std::string_view cue : cues) {
    const size_t pos = find_cue(folded, cue);
    if (pos == std::string_view::npos) continue;
    if (pos < best_pos || (pos == best_pos && cue.size() > best.size())) {
      best = cue;
      best_pos = pos;
    }
  }
  if (position) *position = best_pos;
  return best;
}

bool starts_with_cue(std::string_view folded, Cues cues) {
  size_t pos = 0;
  return !first_cue(folded, cues, &pos).empty() && pos == 0;
}

const LanguageTable* any_language_has(std::string_view folded, Cues LanguageTable::*field) {
  for (const LanguageTable* table : language_tables()) {
    if (!first_cue(folded, table->*field).empty()) return table;
  }
  return nullptr;
}

}  // namespace idm
