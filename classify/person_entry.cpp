#include "person_entry.hpp"

#include <algorithm>
#include <iterator>

#include "classify/cue_match.hpp"
#include "classify/language_table.hpp"
#include "extractors/unicode_text.hpp"

namespace idm {
namespace {

std::string trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == ',' || s.front() == ';'))
    s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == ',' || s.back() == ';'))
    s.remove_suffix(1);
  return std::string(s);
}

// The next word of |text| from |pos| (up to a space), folded.
std::string_view word_at(std::string_view text, size_t pos) {
  const size_t end = text.find(' ', pos);
  return text.substr(pos, end == std::string_view::npos ? std::string_view::npos : end - pos);
}

bool is_honorific(std::string_view word) {
  const std::string folded = fold_for_matching(word);
  for (const LanguageTable* table : language_tables()) {
    for (std::string_view h : table->honorifics) {
      if (folded == h) return true;
    }
  }
  return false;
}

// Does |name| read as a person's name: two to six words, each capitalised but for the
// particles of names ("da", "van", "bin"...)?
bool looks_like_name(std::string_view name) {
  static constexpr std::string_view kParticles[] = {
      "de",  "da",  "del", "della", "di",  "do", "dos", "das", "du", "van", "von",
      "der", "den", "bin", "ben",   "ibn", "el", "al",  "la",  "le", "y",   "e"};
  size_t words = 0;
  size_t pos = 0;
  while (pos < name.size()) {
    size_t end = name.find(' ', pos);
    if (end == std::string_view::npos) end = name.size();
    const std::string_view word = name.substr(pos, end - pos);
    pos = end + 1;
    if (word.empty()) continue;
    ++words;
    const bool particle =
        std::find(std::begin(kParticles), std::end(kParticles), word) != std::end(kParticles);
    if (!particle && !is_uppercase_letter(first_code_point(word))) return false;
  }
  return words >= 2 && words <= 6;
}

// "HE.", "H.E.", "S.E.": a short run of capitals and full stops ending in one. Before an
// honorific it is a title stacked on it ("H.E. Ms …"), even one a scan garbled ("HLE.").
bool abbreviation_shape(std::string_view word) {
  if (word.size() < 2 || word.size() > 5 || word.back() != '.') return false;
  return std::all_of(word.begin(), word.end(),
                     [](char c) { return c == '.' || (c >= 'A' && c <= 'Z'); });
}

}  // namespace

size_t leading_honorifics(std::string_view text) {
  size_t pos = 0;
  while (pos < text.size()) {
    const std::string_view word = word_at(text, pos);
    if (word.empty()) break;
    size_t taken = 0;
    if (is_honorific(word)) {
      taken = word.size();
    } else if (pos + word.size() + 1 < text.size()) {
      // Two-word honorifics: "Son Excellence", "His Excellency".
      const std::string_view next = word_at(text, pos + word.size() + 1);
      const std::string_view pair = text.substr(pos, word.size() + 1 + next.size());
      if (!next.empty() && is_honorific(pair)) taken = pair.size();
    }
    if (taken == 0 && abbreviation_shape(word) && pos + word.size() + 1 < text.size() &&
        is_honorific(word_at(text, pos + word.size() + 1)))
      taken = word.size();
    if (taken == 0) break;
    pos += taken;
    while (pos < text.size() && text[pos] == ' ')
      ++pos;
  }
  return pos;
}

bool parse_person_entry(std::string_view text, PersonEntry& entry) {
  entry = PersonEntry{};
  std::string body(text);
  // Notes in parentheses: "(message vidéo)", "(video message)".
  const size_t open = body.rfind('(');
  if (open != std::string::npos && body.find(')', open) != std::string::npos) {
    const size_t close = body.find(')', open);
    const std::string inner = body.substr(open + 1, close - open - 1);
    const std::string folded = fold_for_matching(inner);
    // A closing bracket that opens in lower case is a remark on the appearance ("recorded
    // statement", "remotely"), not a name: countries, cities and acronyms are capitalised.
    bool note =
        close + 1 >= body.size() && !inner.empty() && is_lowercase_letter(first_code_point(inner));
    for (const LanguageTable* table : language_tables()) {
      if (note) break;
      note = !first_cue(folded, table->notes).empty();
    }
    if (note) {
      entry.note = inner;
      body.erase(open, close - open + 1);
    }
  }
  const size_t honorific = leading_honorifics(body);
  entry.honorific = trim(std::string_view(body).substr(0, honorific));
  std::string_view rest = std::string_view(body).substr(honorific);
  const size_t comma = rest.find(',');
  entry.name = trim(rest.substr(0, comma));
  entry.function = comma == std::string_view::npos ? std::string() : trim(rest.substr(comma + 1));
  return !entry.honorific.empty() ? !entry.name.empty() : looks_like_name(entry.name);
}

size_t next_entry_start(std::string_view text) {
  const size_t first_comma = text.find(',');
  if (first_comma == std::string_view::npos) return std::string_view::npos;
  size_t pos = text.find(' ', first_comma);
  std::string_view previous = text.substr(0, first_comma + 1);
  while (pos != std::string_view::npos && pos < text.size()) {
    while (pos < text.size() && text[pos] == ' ')
      ++pos;
    const std::string_view word = word_at(text, pos);
    if (word.empty()) break;
    const bool after_break = !previous.empty() && previous.back() != ',' &&
                             previous.back() != ';' && !is_honorific(previous);
    if (after_break && is_uppercase_letter(first_code_point(word))) {
      const size_t honorific = leading_honorifics(text.substr(pos));
      if (honorific > 0) {
        const std::string_view rest = text.substr(pos + honorific);
        const size_t comma = rest.find(',');
        if (comma != std::string_view::npos && looks_like_name(trim(rest.substr(0, comma))))
          return pos;
      }
    }
    previous = word;
    pos = text.find(' ', pos);
  }
  return std::string_view::npos;
}

}  // namespace idm
