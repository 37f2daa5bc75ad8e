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

// A country named after a short lower-case word or glued to an elided article ("del
// Uruguay", "du Mali auprès de…", "of Poland to the…", "de l’Iran (République islamique
// d’)"): the first such mention in |phrase|, or an empty view.
std::string_view country_after_preposition(std::string_view phrase, std::string* code) {
  const auto words = words_of(phrase);
  for (size_t k = 1; k < words.size(); ++k) {
    const std::string_view word = without_elided_article(words[k].second);
    const bool elided = word.size() != words[k].second.size();
    const std::string_view before = words[k - 1].second;
    const bool after_preposition =
        code_point_count(before) <= 3 && is_lowercase_letter(first_code_point(before));
    if (!elided && !after_preposition) continue;
    if (!is_uppercase_letter(first_code_point(word))) continue;
    const size_t begin = words[k].first + (words[k].second.size() - word.size());
    // The longest run of words from here that names a country.
    for (size_t last = std::min(words.size(), k + 6); last-- > k;) {
      const size_t end = words[last].first + words[last].second.size();
      const std::string_view candidate = trim(phrase.substr(begin, end - begin));
      const std::string_view found = country_code_of(candidate);
      if (found.empty()) continue;
      *code = std::string(found);
      return candidate;
    }
  }
  return {};
}

// |phrase| without the words that lead to a country cut from its end: "… SA du" -> "… SA",
// "… of the" -> "…", "… de la" -> "…", "… de l’" -> "…". The last lower-case word of up to
// three letters goes, and a two-letter one before it ("de la", "of the"), not a name's own
// lower-case word ("… plc").
std::string_view without_words_before_country(std::string_view phrase) {
  phrase = trim(phrase);
  for (std::string_view apostrophe : {"\u2019", "'"}) {
    const size_t n = phrase.size();
    const size_t a = apostrophe.size();
    if (n >= a + 1 && phrase.substr(n - a) == apostrophe &&
        (n == a + 1 || phrase[n - a - 2] == ' '))
      phrase = trim(phrase.substr(0, n - a - 1));
  }
  auto last_word = [&](std::string_view p) {
    const size_t space = p.rfind(' ');
    return space == std::string_view::npos ? p : p.substr(space + 1);
  };
  const std::string_view w1 = last_word(phrase);
  if (w1.size() == phrase.size() || code_point_count(w1) > 3 ||
      !is_lowercase_letter(first_code_point(w1)))
    return phrase;
  phrase = trim(phrase.substr(0, phrase.size() - w1.size()));
  const std::string_view w2 = last_word(phrase);
  if (w2.size() != phrase.size() && code_point_count(w2) <= 2 &&
      is_lowercase_letter(first_code_point(w2)))
    phrase = trim(phrase.substr(0, phrase.size() - w2.size()));
  return phrase;
}

bool has_organization_of_country_word(std::string_view phrase) {
  for (const auto& [offset, word] : words_of(phrase)) {
    const std::string folded = fold_for_matching(without_elided_article(word));
    for (const LanguageTable* table : language_tables()) {
      for (std::string_view cue : table->organization_of_country) {
        if (folded == cue) return true;
      }
    }
  }
  return false;
}

// An organisation whose name is completed by the country: a head and its qualifier alone
// ("Mission permanente du Mali", "National University of Ghana", "Banque centrale du Maroc")
// or a name after a people ("Réseau de la diaspora du Mali"). "Ministry of Health of Peru"
// is the ministry, of Peru.
bool named_by_country(std::string_view organization_without_country) {
  return words_of(organization_without_country).size() == 2 ||
         has_organization_of_country_word(organization_without_country);
}

// Where an organisation named by one of the tables' organisation words, written with a
// capital, starts in |segment|: at the capitalised words just before the word ("Migration
// Policy Institute", "IOM Council") or after an elided article ("l’Organisation"). The last
// one when the segment chains several ("Director of the Centre for X of the University of
// Y": the employer is the University). npos when there is none.
size_t organization_start(std::string_view segment) {
  const auto words = words_of(segment);
  for (size_t k = words.size(); k-- > 0;) {
    const std::string_view core = without_elided_article(words[k].second);
    if (!is_acronym_or_capitalised(core) || !is_organization_head(core)) continue;
    if (core.size() != words[k].second.size())
      return static_cast<size_t>(core.data() - segment.data());
    size_t first = k;
    while (first > 0 && is_acronym_or_capitalised(words[first - 1].second))
      --first;
    return words[first].first;
  }
  return std::string_view::npos;
}

std::string_view organization_in(std::string_view segment) {
  const size_t start = organization_start(segment);
  return start == std::string_view::npos ? std::string_view() : trim(segment.substr(start));
}

// The organisation of a part that follows the title ("…, Families of Migrants Forum"): the
// whole part, unless a title leads to the organisation, named from its organisation word or
// an acronym or after an article ("Chair of the IOM Council", "Président du Conseil de
// l’OIM", "Representative at the Permanent Mission"); a name cut at a
// lower-case word ("Families of | Migrants Forum") is the whole part. A single word without
// an organisation word is no organisation (a city: "…, Accra").
std::string_view organization_of_last_part(std::string_view last) {
  const std::string_view named = organization_in(last);
  const bool several_words = last.find(' ') != std::string_view::npos;
  if (!is_acronym_or_capitalised(last) || (!several_words && !is_acronym(last))) return named;
  if (named.empty() || named.data() == last.data()) return last;
  const auto named_words = words_of(named);
  const std::string_view first = named_words.front().second;
  const auto before = words_of(last.substr(0, static_cast<size_t>(named.data() - last.data())));
  const bool after_article =
      before.size() >= 2 && is_lowercase_letter(first_code_point(before.back().second)) &&
      is_lowercase_letter(first_code_point(before[before.size() - 2].second));
  const bool led_by_title = is_acronym(first) || is_organization_head(first) || after_article;
  return led_by_title ? named : last;
}

// An organisation without an organisation word, in an entry without commas, before the
// country that ends it: from the last capitalised word after a short lower-case word ("… de
// Meridia Recrutement SA du Brésil", "… du Service de l’état civil du Pérou"), up to the
// country included. Empty when there is none.
std::string_view organization_before_country(std::string_view text, std::string_view country) {
  const std::string_view head = text.substr(0, static_cast<size_t>(country.data() - text.data()));
  const auto words = words_of(head);
  for (size_t k = words.size(); k-- > 1;) {
    const std::string_view core = without_elided_article(words[k].second);
    const bool elided = core.size() != words[k].second.size();
    const std::string_view before = words[k - 1].second;
    const bool after_preposition =
        code_point_count(before) <= 3 && is_lowercase_letter(first_code_point(before));
    if ((elided || after_preposition) && is_uppercase_letter(first_code_point(core)))
      return trim(text.substr(static_cast<size_t>(core.data() - text.data())));
  }
  return {};
}

// A country that starts an organisation's name: "Ghana Diaspora Network", "Kenya Red Cross".
std::string_view country_starting(std::string_view organization, std::string* code) {
  const auto words = words_of(organization);
  for (size_t last = std::min(words.size(), size_t{5}); last-- > 1;) {
    const std::string_view candidate =
        organization.substr(0, words[last - 1].first + words[last - 1].second.size());
    const std::string_view found = country_code_of(candidate);
    if (found.empty()) continue;
    *code = std::string(found);
    return candidate;
  }
  return {};
}

}  // namespace

EntryParts split_function(std::string_view function) {
  EntryParts parts;
  std::string_view text = trim(function);
  if (text.empty()) return parts;

  // A country in brackets at the end: "Université de São Paulo (Brésil)", "… (Iran
  // (Islamic Republic of))": the bracket that the last one closes.
  if (text.back() == ')') {
    size_t open = std::string_view::npos;
    int depth = 0;
    for (size_t i = text.size(); i-- > 0;) {
      if (text[i] == ')') ++depth;
      if (text[i] == '(' && --depth == 0) {
        open = i;
        break;
      }
    }
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
  // "Programme Officer (WFP)": a title, then the organisation's acronym in brackets. Not
  // "Directrice de l’Organisation … (OIM)", where the name itself comes before the acronym.
  if (parts.country.empty() && text.back() == ')') {
    const size_t open = text.rfind('(');
    const std::string_view before = trim(text.substr(0, open == std::string_view::npos ? 0 : open));
    if (open != std::string_view::npos && !before.empty() &&
        before.find(',') == std::string_view::npos) {
      const std::string_view inner = trim(text.substr(open + 1, text.size() - open - 2));
      const size_t start = organization_start(before);
      if (is_acronym(inner) && (start == 0 || start == std::string_view::npos)) {
        parts.organization = std::string(inner);
        return parts;
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
  // IOM"); else the part with an organisation word ("Directora del Centro de Estudios").
  std::string_view organization;
  if (segments.size() >= 2) organization = organization_of_last_part(segments.back());
  for (size_t k = segments.size(); k-- > 0 && organization.empty();)
    organization = organization_in(segments[k]);

  // A country named after a preposition ("… del Uruguay", "Representative of Poland to…").
  if (parts.country.empty()) {
    std::string code;
    const std::string_view country = country_after_preposition(text, &code);
    if (!country.empty()) {
      parts.country = std::string(country);
      parts.country_code = code;
      const bool ends_text = country.data() + country.size() == text.data() + text.size();
      if (organization.empty() && ends_text && segments.size() == 1)
        organization = organization_before_country(text, country);
      // An organisation's phrase that ends with the country is named without it, unless the
      // country completes its name ("Mission permanente du Mali").
      const bool inside =
          !organization.empty() && country.data() > organization.data() &&
          country.data() + country.size() == organization.data() + organization.size();
      if (inside) {
        const std::string_view org = without_words_before_country(
            organization.substr(0, static_cast<size_t>(country.data() - organization.data())));
        if (!named_by_country(org))
          organization = org.find(' ') == std::string_view::npos && !is_acronym(org)
                             ? std::string_view()
                             : org;
      }
    }
  }
  // A country that starts the organisation's name ("Ghana Diaspora Network").
  if (parts.country.empty() && !organization.empty()) {
    std::string code;
    const std::string_view country = country_starting(organization, &code);
    if (!country.empty()) {
      parts.country = std::string(country);
      parts.country_code = code;
    }
  }
  parts.organization = std::string(organization);
  return parts;
}

}  // namespace idm
