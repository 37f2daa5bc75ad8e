#include "entry_parts.hpp"

#include <algorithm>
#include <cctype>
#include <vector>

#include "classify/countries.hpp"
#include "classify/cue_match.hpp"
#include "classify/language_table.hpp"
#include "extractors/unicode_text.hpp"

namespace idm {
namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == ',' || s.front() == ';'))
    s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == ',' || s.back() == ';' || s.back() == '.')) {
    // The full stop of an abbreviation stays: "S.A.", "S.L.".
    const size_t n = s.size();
    if (s.back() == '.' && n >= 3 && s[n - 3] == '.' &&
        std::isupper(static_cast<unsigned char>(s[n - 2])))
      break;
    s.remove_suffix(1);
  }
  return s;
}

// Comma-separated parts outside brackets: "Chef, Division X (Genève), OIM" has three.
std::vector<std::string_view> top_level_parts(std::string_view text) {
  std::vector<std::string_view> parts;
  int depth = 0;
  size_t begin = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '(') ++depth;
    if (text[i] == ')' && depth > 0) --depth;
    if (text[i] == ',' && depth == 0) {
      parts.push_back(trim(text.substr(begin, i - begin)));
      begin = i + 1;
    }
  }
  parts.push_back(trim(text.substr(begin)));
  std::erase_if(parts, [](std::string_view p) { return p.empty(); });
  return parts;
}

bool is_organization_head(std::string_view word) {
  const std::string folded = fold_for_matching(word);
  for (const LanguageTable* table : language_tables()) {
    for (std::string_view head : table->organization_heads) {
      if (folded == head) return true;
    }
  }
  return false;
}

// Words of |text| with their byte offsets.
std::vector<std::pair<size_t, std::string_view>> words_of(std::string_view text) {
  std::vector<std::pair<size_t, std::string_view>> words;
  size_t pos = 0;
  while (pos < text.size()) {
    while (pos < text.size() && text[pos] == ' ')
      ++pos;
    size_t end = pos;
    while (end < text.size() && text[end] != ' ')
      ++end;
    if (end > pos) words.emplace_back(pos, text.substr(pos, end - pos));
    pos = end;
  }
  return words;
}

// A country named after a short lower-case word ("del Uruguay", "du Mali auprès de…", "of
// Poland to the…"): the first such mention in |phrase|, or an empty view. Names glued to an
// article ("d'Haïti") are left alone.
std::string_view country_after_preposition(std::string_view phrase, std::string* code) {
  const auto words = words_of(phrase);
  for (size_t k = 1; k < words.size(); ++k) {
    const std::string_view before = words[k - 1].second;
    if (code_point_count(before) > 3 || !is_lowercase_letter(first_code_point(before))) continue;
    if (!is_uppercase_letter(first_code_point(words[k].second))) continue;
    // The longest run of words from here that names a country.
    for (size_t last = std::min(words.size(), k + 6); last-- > k;) {
      const size_t end = words[last].first + words[last].second.size();
      const std::string_view candidate = trim(phrase.substr(words[k].first, end - words[k].first));
      const std::string_view found = country_code_of(candidate);
      if (found.empty()) continue;
      *code = std::string(found);
      return candidate;
    }
  }
  return {};
}

// "l’Organisation" -> "Organisation"; other words unchanged.
std::string_view without_elided_article(std::string_view word) {
  for (std::string_view apostrophe : {"\u2019", "'"}) {
    const size_t at = word.find(apostrophe);
    if (at == 1 && word.size() > at + apostrophe.size()) return word.substr(at + apostrophe.size());
  }
  return word;
}

// "IOM", "OIM", "UNHCR": capitals only, short.
bool is_acronym(std::string_view word) {
  if (word.size() < 2 || word.size() > 8) return false;
  return std::all_of(word.begin(), word.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

bool is_acronym_or_capitalised(std::string_view word) {
  return is_uppercase_letter(first_code_point(word));
}

// An organisation named in |segment| by one of the tables' organisation words, written with a
// capital: from the capitalised words just before it ("Migration Policy Institute", "IOM
// Council") to the end of the segment. Empty when there is none.
std::string_view organization_in(std::string_view segment) {
  const auto words = words_of(segment);
  for (size_t k = 0; k < words.size(); ++k) {
    // An elided article glued to the name: "l’Organisation", "d’Études".
    const std::string_view core = without_elided_article(words[k].second);
    if (!is_acronym_or_capitalised(core) || !is_organization_head(core)) continue;
    if (core.size() != words[k].second.size())
      return trim(segment.substr(static_cast<size_t>(core.data() - segment.data())));
    // Capitalised words just before the head are part of the name ("Lagos Institute…").
    size_t first = k;
    while (first > 0 && is_acronym_or_capitalised(words[first - 1].second))
      --first;
    return trim(segment.substr(words[first].first));
  }
  return {};
}

}  // namespace

EntryParts split_function(std::string_view function) {
  EntryParts parts;
  std::string_view text = trim(function);
  if (text.empty()) return parts;

  // A country in brackets at the end: "Université de São Paulo (Brésil)".
  if (text.back() == ')') {
    const size_t open = text.rfind('(');
    if (open != std::string_view::npos) {
      const std::string_view inner = trim(text.substr(open + 1, text.size() - open - 2));
      const std::string_view code = country_code_of(inner);
      if (!code.empty()) {
        parts.country = std::string(inner);
        parts.country_code = std::string(code);
        text = trim(text.substr(0, open));
      }
    }
  }
  std::vector<std::string_view> segments = top_level_parts(text);
  // A country as the last part: "Director, Migration Policy Institute, Ghana".
  if (parts.country.empty() && segments.size() >= 2) {
    const std::string_view code = country_code_of(segments.back());
    if (!code.empty()) {
      parts.country = std::string(segments.back());
      parts.country_code = std::string(code);
      segments.pop_back();
    }
  }
  if (segments.empty()) return parts;

  // The organisation: in "Title, …, Organisation" the last part names the employer ("…,
  // IOM"), unless it is a single word without an organisation word (a city: "…, Accra");
  // else the part with an organisation word ("Directora del Centro de Estudios").
  std::string_view organization;
  if (segments.size() >= 2) {
    const std::string_view last = segments.back();
    organization = organization_in(last);
    const bool several_words = last.find(' ') != std::string_view::npos;
    if (organization.empty() && is_acronym_or_capitalised(last) &&
        (several_words || is_acronym(last)))
      organization = last;
  }
  for (size_t k = segments.size(); k-- > 0 && organization.empty();)
    organization = organization_in(segments[k]);

  // A country named after a preposition ("… del Uruguay", "Representative of Poland to…").
  if (parts.country.empty()) {
    std::string code;
    const std::string_view country = country_after_preposition(text, &code);
    if (!country.empty()) {
      parts.country = std::string(country);
      parts.country_code = code;
      // An organisation's phrase that ends with the country is named without it.
      const bool inside =
          !organization.empty() && country.data() > organization.data() &&
          country.data() + country.size() == organization.data() + organization.size();
      if (inside) {
        std::string_view org =
            organization.substr(0, static_cast<size_t>(country.data() - organization.data()));
        // Without the words that led to the country ("de la", "del", "of the").
        org = trim(org);
        for (size_t space = org.rfind(' ');
             space != std::string_view::npos &&
             is_lowercase_letter(first_code_point(org.substr(space + 1))) &&
             code_point_count(org.substr(space + 1)) <= 3;
             space = org.rfind(' '))
          org = trim(org.substr(0, space));
        organization =
            org.find(' ') == std::string_view::npos && !is_acronym(org) ? std::string_view() : org;
      }
    }
  }
  parts.organization = std::string(organization);
  return parts;
}

}  // namespace idm
