#include "date_line_city.hpp"

#include <algorithm>
#include <cctype>
#include <string>
#include <vector>

#include "classify/countries.hpp"
#include "classify/language_table.hpp"
#include "extractors/unicode_text.hpp"

namespace idm {
namespace {

constexpr size_t kPlaceWordsMax = 5;
constexpr size_t kPrepositionMax = 4;  // code points of an edge preposition ("à", "del", "días")
constexpr size_t kParticleMax = 3;     // code points of a particle inside a name ("de", "es")

size_t utf8_length(unsigned char lead) {
  if (lead >= 0xF0) return 4;
  if (lead >= 0xE0) return 3;
  if (lead >= 0xC0) return 2;
  return 1;
}

char32_t code_point_at(std::string_view text, size_t i) {
  return first_code_point(text.substr(i));
}

bool is_space(char32_t c) {
  return c == ' ' || c == 0xA0 || c == 0x202F || c == 0x2009;
}

bool is_dash(char32_t c) {
  return c == '-' || c == 0x2013 || c == 0x2014;
}

// A month or weekday name of any table: part of a date, never of a place.
bool is_calendar_word(std::string_view folded) {
  for (const LanguageTable* t : language_tables()) {
    for (Cues cues : {t->months, t->weekdays}) {
      for (std::string_view w : cues) {
        if (w == folded) return true;
      }
    }
  }
  return false;
}

bool is_place_preposition(std::string_view folded) {
  for (const LanguageTable* t : language_tables()) {
    for (std::string_view w : t->place_prepositions) {
      if (w == folded) return true;
    }
  }
  return false;
}

struct Word {
  size_t begin, end;  // printed bytes
};

// The words of [begin, end) of |text|, split at spaces; punctuation stays inside words.
std::vector<Word> words_of(std::string_view text, size_t begin, size_t end) {
  std::vector<Word> words;
  size_t i = begin;
  while (i < end) {
    const char32_t c = code_point_at(text, i);
    const size_t n = utf8_length(static_cast<unsigned char>(text[i]));
    if (is_space(c)) {
      i += n;
      continue;
    }
    size_t j = i;
    while (j < end && !is_space(code_point_at(text, j)))
      j += utf8_length(static_cast<unsigned char>(text[j]));
    words.push_back({i, std::min(j, end)});
    i = j;
  }
  return words;
}

bool starts_lowercase(std::string_view word) {
  return is_lowercase_letter(first_code_point(word));
}

bool starts_uppercase(std::string_view word) {
  return is_uppercase_letter(first_code_point(word));
}

bool has_digit_or_symbol(std::string_view word) {
  for (char c : word) {
    if (std::isdigit(static_cast<unsigned char>(c)) || c == '@' || c == '%' || c == '=' || c == '"')
      return true;
  }
  return false;
}

std::string_view view(std::string_view text, const Word& w) {
  return text.substr(w.begin, w.end - w.begin);
}

// Do |words| read as a place name: capitalised at both ends, short particles inside ("Rio de
// Janeiro", "Dar es Salaam"), no digits, no month or weekday?
bool reads_as_place(std::string_view text, const std::vector<Word>& words) {
  if (words.empty() || words.size() > kPlaceWordsMax) return false;
  for (size_t k = 0; k < words.size(); ++k) {
    const std::string_view w = view(text, words[k]);
    if (has_digit_or_symbol(w)) return false;
    if (starts_uppercase(w)) continue;
    const bool inner = k > 0 && k + 1 < words.size();
    if (!inner || !starts_lowercase(w) || code_point_count(w) > kParticleMax) return false;
  }
  // "Santo Domingo" names a weekday in one word, not in all.
  for (const Word& w : words) {
    if (!is_calendar_word(fold_for_matching(view(text, w)))) return true;
  }
  return false;
}

struct Segment {
  size_t begin = 0, end = 0;  // printed bytes, edge words dropped
  size_t raw_begin = 0, raw_end = 0;
  bool after_date = false;
  bool place = false;
  bool country = false;
  bool calendar = false;  // weekday or month names only ("jeudi")
};

// A segment without its edge words: up to two short lower-case words at each end ("à",
// "du", "del", "on"); a segment of weekday or month names only ("jeudi") is kept empty, as a
// segment that is no place.
Segment clean(std::string_view text, size_t begin, size_t end, bool after_date) {
  Segment s;
  s.raw_begin = begin;
  s.raw_end = end;
  s.after_date = after_date;
  std::vector<Word> words = words_of(text, begin, end);
  const auto edge_word = [&](const Word& w, int& dropped, size_t longest) {
    const std::string_view v = view(text, w);
    if (dropped < 2 && starts_lowercase(v) && code_point_count(v) <= longest) {
      ++dropped;
      return true;
    }
    return false;
  };
  int dropped_front = 0, dropped_back = 0;
  while (!words.empty() && edge_word(words.front(), dropped_front, kPrepositionMax))
    words.erase(words.begin());
  // Words that introduce the date after a place ("les", "du", "on") are short.
  while (!words.empty() && edge_word(words.back(), dropped_back, kParticleMax))
    words.pop_back();
  const bool calendar_only = std::all_of(words.begin(), words.end(), [&](const Word& w) {
    return is_calendar_word(fold_for_matching(view(text, w)));
  });
  s.calendar = !words.empty() && calendar_only;
  if (words.empty() || calendar_only) {
    s.begin = s.end = begin;
    return s;
  }
  s.begin = words.front().begin;
  s.end = words.back().end;
  // A full stop closing the segment is not part of the name.
  while (s.end > s.begin && text[s.end - 1] == '.')
    --s.end;
  if (s.end > s.begin && words.back().end != s.end) words.back().end = s.end;
  s.country = !country_code_of(text.substr(s.begin, s.end - s.begin)).empty();
  s.place = !s.country && reads_as_place(text, words);
  return s;
}

bool is_separator_at(std::string_view text, size_t i, size_t end) {
  const char32_t c = code_point_at(text, i);
  switch (c) {
    case ',':
    case ';':
    case ':':
    case '|':
    case '/':
    case '(':
    case ')':
    case '[':
    case ']':
    case 0xB7:    // middle dot
    case 0x2022:  // bullet
      return true;
    default:
      break;
  }
  if (!is_dash(c)) return false;
  // A dash between spaces separates ("Hall – Colombo"); inside a word it joins
  // ("Oulan-Bator").
  const size_t n = utf8_length(static_cast<unsigned char>(text[i]));
  const bool space_before = i > 0 && text[i - 1] == ' ';
  const bool space_after = i + n < end && is_space(code_point_at(text, i + n));
  return space_before && space_after;
}

void split(std::string_view text, size_t begin, size_t end, bool after_date,
           std::vector<Segment>& out) {
  size_t start = begin;
  size_t i = begin;
  while (i < end) {
    const size_t n = utf8_length(static_cast<unsigned char>(text[i]));
    if (is_separator_at(text, i, end)) {
      if (i > start) out.push_back(clean(text, start, i, after_date));
      start = i + n;
    }
    i += n;
  }
  if (end > start) out.push_back(clean(text, start, end, after_date));
  std::erase_if(out, [](const Segment& s) { return s.begin == s.end && s.raw_end <= s.raw_begin; });
}

// Is |needle| (folded) a run of whole words of |hay| (folded), shorter than it?
bool named_inside(std::string_view needle, std::string_view hay) {
  if (needle.empty() || needle.size() >= hay.size()) return false;
  for (size_t pos = hay.find(needle); pos != std::string_view::npos;
       pos = hay.find(needle, pos + 1)) {
    const size_t end = pos + needle.size();
    const bool left = pos == 0 || hay[pos - 1] == ' ';
    const bool right = end == hay.size() || hay[end] == ' ';
    if (left && right) return true;
  }
  return false;
}

}  // namespace

std::optional<TextSpan> city_of_date_line(std::string_view line, size_t date_begin,
                                          size_t date_end) {
  std::vector<Segment> segs;
  split(line, 0, std::min(date_begin, line.size()), false, segs);
  split(line, std::min(date_end, line.size()), line.size(), true, segs);
  // Segments of prepositions only vanish; a weekday's stays, as no place, so that the
  // segment before it is not "just before the date".
  std::vector<Segment> kept;
  for (const Segment& s : segs) {
    if (s.end > s.begin || s.calendar) kept.push_back(s);
  }
  const auto span = [](const Segment& s) { return TextSpan{s.begin, s.end}; };
  const auto folded = [&](const Segment& s) {
    return fold_for_matching(line.substr(s.begin, s.end - s.begin));
  };

  // A place followed by its country.
  for (size_t k = 0; k + 1 < kept.size(); ++k) {
    if (kept[k].place && kept[k + 1].country && kept[k].after_date == kept[k + 1].after_date)
      return span(kept[k]);
  }
  // A place named again inside the venue's name.
  for (const Segment& s : kept) {
    if (!s.place) continue;
    const std::string name = folded(s);
    for (const Segment& other : kept) {
      if (&other == &s) continue;
      const std::string hay =
          fold_for_matching(line.substr(other.raw_begin, other.raw_end - other.raw_begin));
      if (named_inside(name, hay)) return span(s);
    }
  }
  // A place named just before the date after a preposition: "workshops held in Geneva
  // (24–25 April)".
  if (const auto place = place_before_date(line, date_begin)) return place;
  // The segment just before the date, else the last one after it.
  const Segment* before = nullptr;
  const Segment* last_after = nullptr;
  for (const Segment& s : kept) {
    if (!s.after_date) before = &s;
    if (s.after_date && s.place) last_after = &s;
  }
  if (before && before->place) return span(*before);
  if (last_after) return span(*last_after);
  // A country alone before the date: a city of the same name ("Panama", "Singapore").
  if (before && before->country) {
    size_t places = 0;
    for (const Segment& s : kept)
      places += s.place ? 1 : 0;
    if (places == 0) return span(*before);
  }
  return std::nullopt;
}

std::optional<TextSpan> place_before_date(std::string_view text, size_t date_begin) {
  date_begin = std::min(date_begin, text.size());
  std::vector<Word> words = words_of(text, 0, date_begin);
  if (words.empty()) return std::nullopt;
  size_t k = words.size();
  // An opening bracket just before the date: "Almaty (15-16 de mayo)".
  if (view(text, words[k - 1]) == "(") --k;
  // Up to two short lower-case words between the place and the date ("on", "les", "los
  // días").
  for (int n = 0; n < 2 && k > 0; ++n) {
    const std::string_view w = view(text, words[k - 1]);
    if (!starts_lowercase(w) || code_point_count(w) > kPrepositionMax + 1) break;
    if (w.find_first_of(",;:.") != std::string_view::npos) return std::nullopt;
    --k;
  }
  // The place: capitalised words, particles inside.
  size_t end = k;
  size_t begin = k;
  while (begin > 0 && end - begin < kPlaceWordsMax - 1) {
    const std::string_view w = view(text, words[begin - 1]);
    if (w.find_first_of(",;:.()") != std::string_view::npos) {
      // "Almaty (" kept its bracket when glued: "Almaty(" does not occur; punctuation ends it.
      if (begin == end) {
        const char last = w.back();
        if (last != '(') break;
      } else {
        break;
      }
    }
    if (starts_uppercase(w)) {
      --begin;
      continue;
    }
    // A particle only between capitalised words.
    if (begin < end && starts_lowercase(w) && code_point_count(w) <= kParticleMax && begin >= 2 &&
        starts_uppercase(view(text, words[begin - 2]))) {
      --begin;
      continue;
    }
    break;
  }
  if (begin == end) return std::nullopt;
  // A preposition before the place: a sentence's first word is no place.
  if (begin == 0) return std::nullopt;
  if (!is_place_preposition(fold_for_matching(view(text, words[begin - 1])))) return std::nullopt;
  std::vector<Word> place(words.begin() + static_cast<long>(begin),
                          words.begin() + static_cast<long>(end));
  size_t e = place.back().end;
  while (e > place.back().begin && (text[e - 1] == '(' || text[e - 1] == ' '))
    --e;
  place.back().end = e;
  if (!reads_as_place(text, place)) return std::nullopt;
  const std::string_view name = text.substr(place.front().begin, e - place.front().begin);
  if (!country_code_of(name).empty()) return std::nullopt;
  return TextSpan{place.front().begin, e};
}

}  // namespace idm
