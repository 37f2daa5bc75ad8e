#include "day_heading.hpp"

#include <cctype>
#include <set>

#include "classify/cue_match.hpp"
#include "classify/dates.hpp"
#include "extractors/unicode_text.hpp"

namespace idm {
namespace {

// Weekday names of every language table: a French report may print its annexed Spanish
// agenda as it was.
const std::set<std::string, std::less<>>& weekday_names() {
  static const std::set<std::string, std::less<>> kNames = [] {
    std::set<std::string, std::less<>> names;
    for (const LanguageTable* table : language_tables()) {
      for (std::string_view day : table->weekdays)
        names.emplace(day);
    }
    return names;
  }();
  return kNames;
}

bool word_byte(char c) {
  const auto u = static_cast<unsigned char>(c);
  return u >= 0x80 || std::isalnum(u);
}

// True when |rest| holds only weekday names, words of up to three letters ("le", "el") and
// punctuation.
bool only_weekdays(std::string_view rest) {
  size_t i = 0;
  while (i < rest.size()) {
    if (!word_byte(rest[i])) {
      ++i;
      continue;
    }
    size_t end = i;
    while (end < rest.size() && word_byte(rest[end]))
      ++end;
    const std::string_view word = rest.substr(i, end - i);
    const bool digits = std::isdigit(static_cast<unsigned char>(word.front())) != 0;
    if (digits || (code_point_count(word) > 3 && !weekday_names().contains(word))) return false;
    i = end;
  }
  return true;
}

}  // namespace

int day_number(const std::string& folded, const LanguageTable& language) {
  if (folded.size() > 80) return 0;
  size_t at = 0;
  const std::string_view word = first_cue(folded, language.day_words, &at);
  if (word.empty()) return 0;
  // "Day 2", "Día 1": a number right after the table's day word.
  size_t pos = at + word.size();
  while (pos < folded.size() && folded[pos] == ' ')
    ++pos;
  size_t digits = 0;
  while (pos + digits < folded.size() && digits < 3 &&
         std::isdigit(static_cast<unsigned char>(folded[pos + digits])))
    ++digits;
  if (digits > 0 && digits <= 2) return std::stoi(folded.substr(pos, digits));
  for (const Ordinal& ordinal : language.ordinals) {
    if (find_cue(folded, ordinal.word) != std::string::npos) return ordinal.value;
  }
  return 0;
}

std::string date_only_day(std::string_view text, int default_year) {
  if (text.size() > 80) return {};
  const std::string folded = fold_for_matching(text);
  const std::vector<DateRange> dates = find_dates(folded, default_year);
  if (dates.size() != 1 || dates.front().start != dates.front().end) return {};
  const DateRange& date = dates.front();
  const std::string rest =
      folded.substr(0, date.position) + ' ' + folded.substr(date.position + date.length);
  return only_weekdays(rest) ? date.start : std::string();
}

}  // namespace idm
