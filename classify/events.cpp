#include "events.hpp"

#include <algorithm>
#include <cctype>
#include <optional>

#include "classify/cue_match.hpp"
#include "classify/date_line_city.hpp"
#include "classify/dates.hpp"
#include "extractors/unicode_text.hpp"

namespace idm {
namespace {

constexpr size_t kNpos = std::string_view::npos;
constexpr size_t kTitleLineMax = 160;    // a title-page line, not prose
constexpr size_t kHeaderProseMin = 250;  // a paragraph this long ends the title block
constexpr size_t kHeaderBlocksMax = 12;
constexpr size_t kVenueMax = 120;
constexpr int kProsePages = 3;  // pages searched for workshops named in prose
constexpr int kQuotePages = 3;  // pages searched for a quoted theme

// ---------------------------------------------------------------- folded text, mapped back

size_t utf8_length(unsigned char lead) {
  if (lead >= 0xF0) return 4;
  if (lead >= 0xE0) return 3;
  if (lead >= 0xC0) return 2;
  return 1;
}

// Printed text folded code point by code point (fold_for_matching), keeping for every folded
// byte the printed byte it comes from, so that what is found in the folded text can be cut
// from the printed one.
struct Mapped {
  std::string_view printed;
  std::string folded;
  std::vector<size_t> origin;  // folded.size() + 1 entries

  explicit Mapped(std::string_view text) : printed(text) {
    folded.reserve(text.size());
    origin.reserve(text.size() + 1);
    size_t i = 0;
    while (i < text.size()) {
      // Printable ASCII folds to itself lower-cased (fold_for_matching's own shortcut): most
      // of the text, without a string per byte.
      if (const char c = text[i]; c >= 0x20 && c < 0x7F) {
        folded += c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
        origin.push_back(i);
        ++i;
        continue;
      }
      const size_t n = std::min(utf8_length(static_cast<unsigned char>(text[i])), text.size() - i);
      for (char c : fold_for_matching(text.substr(i, n))) {
        folded += c;
        origin.push_back(i);
      }
      i += n;
    }
    origin.push_back(text.size());
  }

  std::string_view cut(size_t begin, size_t end) const {
    return printed.substr(origin[begin], origin[end] - origin[begin]);
  }
};

// ---------------------------------------------------------------- cue lookups

// The tables to consult, the document's own first.
std::vector<const LanguageTable*> tables_for(const LanguageTable& language) {
  std::vector<const LanguageTable*> tables{&language};
  for (const LanguageTable* table : language_tables()) {
    if (table != &language) tables.push_back(table);
  }
  return tables;
}

bool is_doc_type_title(std::string_view folded, const std::vector<const LanguageTable*>& tables) {
  for (const LanguageTable* t : tables) {
    for (Cues cues :
         {t->agenda_titles, t->concept_note_titles, t->summary_titles, t->report_titles}) {
      if (starts_with_cue(folded, cues)) return true;
    }
  }
  return false;
}

struct CityHit {
  size_t begin = 0, end = 0;  // in the folded text
  std::string canonical;      // the name used in slugs (English where a table knows it)
};

std::vector<CityHit> find_cities(std::string_view folded,
                                 const std::vector<const LanguageTable*>& tables) {
  std::vector<CityHit> hits;
  for (const LanguageTable* t : tables) {
    for (const CityName& city : t->cities) {
      for (size_t from = 0; from < folded.size();) {
        const size_t pos = find_cue(folded.substr(from), city.printed);
        if (pos == kNpos) break;
        hits.push_back({from + pos, from + pos + city.printed.size(), std::string(city.canonical)});
        from += pos + city.printed.size();
      }
    }
  }
  // In text order; of overlapping names the longest.
  std::sort(hits.begin(), hits.end(), [](const CityHit& a, const CityHit& b) {
    return a.begin != b.begin ? a.begin < b.begin : a.end > b.end;
  });
  std::vector<CityHit> kept;
  for (const CityHit& hit : hits) {
    if (kept.empty() || hit.begin >= kept.back().end) kept.push_back(hit);
  }
  return kept;
}

// The first series name of any table in |folded|: [begin, end), or begin == npos.
std::pair<size_t, size_t> find_series(std::string_view folded,
                                      const std::vector<const LanguageTable*>& tables) {
  std::pair<size_t, size_t> best{kNpos, kNpos};
  for (const LanguageTable* t : tables) {
    size_t pos = kNpos;
    const std::string_view cue = first_cue(folded, t->series_names, &pos);
    if (!cue.empty() && pos < best.first) best = {pos, pos + cue.size()};
  }
  return best;
}

// A year (1900-2099) as a whole number in |folded| from |from|: its position, or npos.
size_t find_year(std::string_view folded, size_t from, size_t until = kNpos) {
  until = std::min(until, folded.size());
  for (size_t i = from; i + 4 <= until; ++i) {
    const auto digit = [&](size_t k) {
      return k < folded.size() && std::isdigit(static_cast<unsigned char>(folded[k]));
    };
    const auto word = [&](size_t k) {
      return k < folded.size() && (std::isalnum(static_cast<unsigned char>(folded[k])) ||
                                   static_cast<unsigned char>(folded[k]) >= 0x80);
    };
    if ((i > 0 && word(i - 1)) || word(i + 4)) continue;
    if (!(digit(i) && digit(i + 1) && digit(i + 2) && digit(i + 3))) continue;
    if ((folded[i] == '1' && folded[i + 1] == '9') || (folded[i] == '2' && folded[i + 1] == '0'))
      return i;
  }
  return kNpos;
}

int year_at(std::string_view folded, size_t pos) {
  return std::stoi(std::string(folded.substr(pos, 4)));
}

// ---------------------------------------------------------------- printed text trimming

bool is_separator(char32_t c) {
  switch (c) {
    case ' ':
    case ',':
    case ';':
    case ':':
    case '.':
    case '(':
    case ')':
    case '-':
    case 0xA0:
    case 0x202F:
    case 0x2009:
    case 0x2013:
    case 0x2014:
      return true;
    default:
      return false;
  }
}

size_t code_point_start(std::string_view text, size_t end) {
  size_t start = end - 1;
  while (start > 0 && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80)
    --start;
  return start;
}

// A short lower-case word ("au", "à", "in", "at", "en", "the"): a preposition or article at
// the edge of a venue.
bool is_short_lowercase_word(std::string_view word) {
  return !word.empty() && code_point_count(word) <= 3 &&
         is_lowercase_letter(first_code_point(word));
}

// |text| without separators, and short lower-case words, at either end.
std::string_view trim_edges(std::string_view text) {
  while (true) {
    const size_t before = text.size();
    while (!text.empty() && is_separator(first_code_point(text)))
      text.remove_prefix(utf8_length(static_cast<unsigned char>(text[0])));
    while (!text.empty() && is_separator(last_code_point(text)))
      text.remove_suffix(text.size() - code_point_start(text, text.size()));
    const size_t first_space = text.find(' ');
    if (first_space != kNpos && is_short_lowercase_word(text.substr(0, first_space)))
      text.remove_prefix(first_space);
    const size_t last_space = text.rfind(' ');
    if (last_space != kNpos && is_short_lowercase_word(text.substr(last_space + 1)))
      text.remove_suffix(text.size() - last_space);
    if (text.find(' ') == kNpos && is_short_lowercase_word(text)) return {};
    if (text.size() == before) return text;
  }
}

// Leading and trailing spaces and sentence punctuation only.
std::string_view trim_spaces(std::string_view text) {
  while (!text.empty() && (first_code_point(text) == ' ' || first_code_point(text) == 0xA0))
    text.remove_prefix(utf8_length(static_cast<unsigned char>(text[0])));
  while (!text.empty()) {
    const char32_t c = last_code_point(text);
    if (c != ' ' && c != 0xA0 && c != '.' && c != ',' && c != ';') break;
    text.remove_suffix(text.size() - code_point_start(text, text.size()));
  }
  return text;
}

// The folded position of printed byte |printed_pos|.
size_t folded_position(const Mapped& text, size_t printed_pos) {
  const auto it = std::lower_bound(text.origin.begin(), text.origin.end(), printed_pos);
  return static_cast<size_t>(it - text.origin.begin());
}

// A city found by structure as a hit: its canonical name is a table's where one knows the
// printed name ("Ginebra" -> Geneva), else the name as printed.
CityHit hit_of(const Mapped& text, size_t printed_begin, size_t printed_end,
               const std::vector<const LanguageTable*>& tables) {
  CityHit hit{folded_position(text, printed_begin), folded_position(text, printed_end), {}};
  const std::string_view printed = text.printed.substr(printed_begin, printed_end - printed_begin);
  const std::string folded = fold_for_matching(printed);
  hit.canonical = std::string(printed);
  for (const LanguageTable* t : tables) {
    for (const CityName& city : t->cities) {
      if (city.printed == folded) hit.canonical = std::string(city.canonical);
    }
  }
  return hit;
}

// Does |folded| open, past spaces and brackets, with a range joiner ("and", "et", "y")?
bool opens_with_joiner(std::string_view folded, const std::vector<const LanguageTable*>& tables) {
  size_t i = 0;
  while (i < folded.size() && (folded[i] == ' ' || folded[i] == ')' || folded[i] == ','))
    ++i;
  size_t end = i;
  while (end < folded.size() && std::isalpha(static_cast<unsigned char>(folded[end])))
    ++end;
  const std::string_view word = folded.substr(i, end - i);
  if (word.empty()) return false;
  for (const LanguageTable* t : tables) {
    for (std::string_view joiner : t->range_joiners) {
      if (joiner == word) return true;
    }
  }
  return false;
}

// Is |canonical| the slug name of a city a table knows?
bool is_known_city(std::string_view canonical, const std::vector<const LanguageTable*>& tables) {
  for (const LanguageTable* t : tables) {
    for (const CityName& city : t->cities) {
      if (city.canonical == canonical) return true;
    }
  }
  return false;
}

// The city of the date line clause [cb, ce) with the date |d|, by the line's structure.
std::optional<CityHit> city_of_line(const Mapped& text, size_t cb, size_t ce, const DateRange& d,
                                    const std::vector<const LanguageTable*>& tables) {
  const size_t pb = text.origin[cb], pe = text.origin[ce];
  const std::string_view line = text.printed.substr(pb, pe - pb);
  const auto span = city_of_date_line(line, text.origin[d.position] - pb,
                                      text.origin[d.position + d.length] - pb);
  if (!span) return std::nullopt;
  return hit_of(text, pb + span->begin, pb + span->end, tables);
}

// The place named in prose just before the date |d|.
std::optional<CityHit> place_in_prose(const Mapped& text, size_t cb, const DateRange& d,
                                      const std::vector<const LanguageTable*>& tables) {
  const size_t pb = text.origin[cb];
  const std::string_view clause = text.printed.substr(pb, text.origin[d.position] - pb);
  const auto span = place_before_date(clause, clause.size());
  if (!span) return std::nullopt;
  return hit_of(text, pb + span->begin, pb + span->end, tables);
}

// "Bruselas (6-7 de abril) y Almaty (8-9 de noviembre)": between two dates, a joiner and one
// to four capitalised words before the next date's bracket name the next workshop's place.
std::optional<CityHit> place_after_joiner(const Mapped& text, size_t from, size_t to,
                                          const std::vector<const LanguageTable*>& tables) {
  const std::string_view folded = std::string_view(text.folded).substr(from, to - from);
  if (!opens_with_joiner(folded, tables)) return std::nullopt;
  size_t i = 0;
  while (i < folded.size() && (folded[i] == ' ' || folded[i] == ')' || folded[i] == ','))
    ++i;
  while (i < folded.size() && folded[i] != ' ')
    ++i;
  size_t end = folded.size();
  while (end > i && (folded[end - 1] == ' ' || folded[end - 1] == '('))
    --end;
  while (i < end && folded[i] == ' ')
    ++i;
  if (i >= end) return std::nullopt;
  const size_t pb = text.origin[from + i], pe = text.origin[from + end];
  const std::string_view place = text.printed.substr(pb, pe - pb);
  size_t words = 0;
  for (size_t k = 0; k < place.size(); ++k) {
    if (k > 0 && place[k - 1] != ' ') continue;
    if (place[k] == ' ') continue;
    ++words;
    if (!is_uppercase_letter(first_code_point(place.substr(k)))) return std::nullopt;
  }
  if (words == 0 || words > 4) return std::nullopt;
  return hit_of(text, pb, pe, tables);
}

// ---------------------------------------------------------------- dates paired with cities

struct Found {
  DateRange date;
  std::optional<CityHit> city;
  std::string city_printed;
  std::string venue;
  size_t clause_begin = 0;  // folded position of the date's clause
};

bool is_clause_end(std::string_view folded, size_t i) {
  return folded[i] == ';' || (folded[i] == '.' && (i + 1 == folded.size() || folded[i + 1] == ' '));
}

// The dates of |text| with, for each, the city and venue printed with it: "8 et 9 octobre
// 2018, salle XVIII, Palais des Nations, Genève" (city after the date, venue between),
// "Geneva, 6–7 October 2031, Room XIX" (city before, venue after), "New York (14–15 April
// 2031) and Geneva (6–7 October 2031)". Cities and dates pair within a clause (up to ';' or a
// full stop). |prose|: the first city after the date rather than the last, and a venue must
// begin with a capital or digit ("au Siège ..." -> "Siège").
std::vector<Found> pair_dates(const Mapped& text, int default_year, bool prose,
                              const std::vector<const LanguageTable*>& tables) {
  const std::string_view folded = text.folded;
  const std::vector<DateRange> dates = find_dates(folded, default_year);
  if (dates.empty()) return {};
  const std::vector<CityHit> cities = find_cities(folded, tables);

  const auto clause_begin = [&](size_t pos) {
    size_t b = pos;
    while (b > 0 && !is_clause_end(folded, b - 1))
      --b;
    return b;
  };
  const auto clause_end = [&](size_t pos) {
    size_t e = pos;
    while (e < folded.size() && !is_clause_end(folded, e))
      ++e;
    return e;
  };
  const auto last_city_in = [&](size_t b, size_t e) -> std::optional<CityHit> {
    std::optional<CityHit> last;
    for (const CityHit& c : cities) {
      if (c.begin >= b && c.end <= e) last = c;
    }
    return last;
  };
  const auto first_city_in = [&](size_t b, size_t e) -> std::optional<CityHit> {
    for (const CityHit& c : cities) {
      if (c.begin >= b && c.end <= e) return c;
    }
    return std::nullopt;
  };
  const auto next_non_space = [&](size_t i) {
    while (i < folded.size() && folded[i] == ' ')
      ++i;
    return i < folded.size() ? folded[i] : '\0';
  };
  const auto previous_non_space = [&](size_t i) {
    while (i > 0 && folded[i - 1] == ' ')
      --i;
    return i > 0 ? folded[i - 1] : '\0';
  };

  std::vector<Found> found;
  for (size_t k = 0; k < dates.size(); ++k) {
    const DateRange& d = dates[k];
    const size_t d_end = d.position + d.length;
    const size_t cb = clause_begin(d.position), ce = clause_end(d_end);
    const bool has_prev = k > 0 && dates[k - 1].position >= cb;
    const bool has_next = k + 1 < dates.size() && dates[k + 1].position < ce;
    const size_t before_begin = has_prev ? dates[k - 1].position + dates[k - 1].length : cb;
    const size_t after_end = has_next ? dates[k + 1].position : ce;

    bool prefer_before = previous_non_space(d.position) == '(' && next_non_space(d_end) == ')';
    if (has_prev || has_next) {
      // Several dates in one clause: the cities come all before or all after their dates.
      size_t first_date = d.position;
      for (size_t j = k; j > 0 && dates[j - 1].position >= cb; --j)
        first_date = dates[j - 1].position;
      const std::optional<CityHit> first_city = first_city_in(cb, ce);
      prefer_before = first_city && first_city->begin < first_date;
    }
    const std::optional<CityHit> before = last_city_in(before_begin, d.position);
    // A title line ends with the city ("Centre international de Vienne, Vienne"); prose
    // names it first ("à New York, puis ... à Genève").
    const std::optional<CityHit> after =
        prose ? first_city_in(d_end, after_end) : last_city_in(d_end, after_end);

    Found f;
    f.date = d;
    f.clause_begin = cb;
    size_t venue_begin = d_end, venue_end = after_end;
    // A place named just before the date: "in Kigali on 3 and 4 May", "à Genève (8-9 mai)".
    if (prose || has_prev || has_next) {
      f.city = place_in_prose(text, before_begin, d, tables);
      if (!f.city && has_prev) f.city = place_after_joiner(text, before_begin, d.position, tables);
      // What follows the date up to the next one names the next workshop, not a venue.
      if (f.city && has_next) venue_end = d_end;
    }
    // A title line of one date: its structure tells where the city is (segments around the
    // date, a country after the city, the venue before it), whether a table knows it or not.
    if (!prose && !has_prev && !has_next) {
      if (const std::optional<CityHit> line_city = city_of_line(text, cb, ce, d, tables)) {
        const CityHit& c = *line_city;
        // A name no table knows while the clause names a city a table knows on the same
        // side of the date: the line ran on into other text ("..., Salón del ECOSOC, Nueva
        // York Alrededor del ...").
        const bool city_after = c.begin >= d_end;
        if (!(city_after ? after : before) || is_known_city(c.canonical, tables)) {
          f.city = c;
          if (city_after) venue_end = c.begin;
          // "Hall, Room 2 – Colombo, 19-20 May": the venue before the city, after any label.
          if (!city_after && trim_edges(text.cut(d_end, after_end)).empty()) {
            const size_t colon = folded.substr(cb, c.begin - cb).rfind(':');
            venue_begin = colon == kNpos ? cb : cb + colon + 1;
            venue_end = c.begin;
          }
        }
      }
    }
    if (!f.city) {
      f.city = prefer_before ? (before ? before : after) : (after ? after : before);
      if (after) venue_end = after->begin;
    }
    if (f.city) f.city_printed = std::string(text.cut(f.city->begin, f.city->end));
    std::string_view venue = trim_edges(text.cut(venue_begin, venue_end));
    // "Beirut (13–14 June) and Geneva (…": after a joiner comes the next workshop; a page
    // number after a contents entry is no venue either.
    const std::string_view rest = std::string_view(folded).substr(d_end, venue_end - d_end);
    if (venue_begin == d_end && opens_with_joiner(rest, tables) &&
        std::any_of(rest.begin(), rest.end(),
                    [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }))
      venue = {};
    if (std::none_of(venue.begin(), venue.end(),
                     [](char c) { return std::isalpha(static_cast<unsigned char>(c)) || c < 0; }))
      venue = {};
    if (venue.size() > kVenueMax) venue = {};
    if (prose && !venue.empty()) {
      const char32_t c = first_code_point(venue);
      if (!is_uppercase_letter(c) && !(c < 0x80 && std::isdigit(static_cast<int>(c)))) venue = {};
    }
    f.venue = std::string(venue);
    found.push_back(std::move(f));
  }
  return found;
}

// ---------------------------------------------------------------- title page

struct SeriesLine {
  const Block* block = nullptr;
  int year = 0;
  std::string title;
};

// "Dialogue international sur la migration 2018", "International Dialogue on Migration 2031 –
// Second workshop" (title: up to the year), also as a running header.
std::optional<SeriesLine> series_line(const Block& block,
                                      const std::vector<const LanguageTable*>& tables) {
  if (block.text.size() > kTitleLineMax) return std::nullopt;
  const Mapped text(block.text);
  const auto [begin, end] = find_series(text.folded, tables);
  if (begin == kNpos) return std::nullopt;
  const size_t year = find_year(text.folded, end);
  if (year == kNpos) {
    // "IDM 2020 – International Dialogue on Migration": the year before the name.
    const size_t before = find_year(text.folded, 0, begin);
    if (before == kNpos) return std::nullopt;
    const int y = year_at(text.folded, before);
    return SeriesLine{&block, y, std::string(text.cut(begin, end)) + " " + std::to_string(y)};
  }
  return SeriesLine{&block, year_at(text.folded, year), std::string(text.cut(begin, year + 4))};
}

// The year printed alone on the line right under |series| (same page, the next line down,
// overlapping columns), a block of its own that the layout may even take for a page number:
// "Dialogue international sur la migration" / "2020". 0 when there is none.
int year_below(const Block& series, const std::vector<Block>& blocks) {
  for (const Block& block : blocks) {
    if (&block == &series || block.page != series.page) continue;
    const std::string_view text = trim_spaces(block.text);
    if (text.size() != 4 || find_year(text, 0) != 0) continue;
    const double line = block.bbox[3] - block.bbox[1];
    const double gap = block.bbox[1] - series.bbox[3];
    const bool overlaps = block.bbox[0] < series.bbox[2] && block.bbox[2] > series.bbox[0];
    if (overlaps && line > 0 && gap > -line / 2 && gap < line) return year_at(text, 0);
  }
  return 0;
}

std::optional<SeriesLine> find_series_line(const std::vector<Block>& blocks,
                                           const std::vector<const LanguageTable*>& tables) {
  for (bool furniture : {false, true}) {
    for (const Block& block : blocks) {
      if (block.page > 2) break;
      if ((block.kind == "furniture") != furniture) continue;
      if (auto line = series_line(block, tables)) return line;
    }
  }
  // The series name without a year in its line, the year on the line below.
  for (const Block& block : blocks) {
    if (block.page > 2) break;
    if (block.kind == "furniture" || block.text.size() > kTitleLineMax) continue;
    const Mapped text(block.text);
    const auto [begin, end] = find_series(text.folded, tables);
    if (begin == kNpos) continue;
    if (const int year = year_below(block, blocks)) {
      return SeriesLine{&block, year,
                        std::string(text.cut(begin, end)) + " " + std::to_string(year)};
    }
  }
  return std::nullopt;
}

// "Second workshop: Migration and ..." -> "Migration and ...": a short label naming the
// workshop by its ordinal is not part of the theme.
std::string_view strip_ordinal_label(std::string_view printed,
                                     const std::vector<const LanguageTable*>& tables) {
  const Mapped text(printed);
  const size_t colon = text.folded.find(':');
  if (colon == kNpos) return printed;
  const std::string_view label = std::string_view(text.folded).substr(0, colon);
  if (std::count(label.begin(), label.end(), ' ') > 3) return printed;
  for (const LanguageTable* t : tables) {
    for (const Ordinal& ordinal : t->ordinals) {
      if (find_cue(label, ordinal.word) != kNpos) {
        return trim_spaces(printed.substr(text.origin[colon + 1]));
      }
    }
  }
  return printed;
}

// The blocks of the title block: the first page's blocks up to the first long paragraph.
// A block that opens with a date: a date line, even when the layout merged it with the
// paragraph below or took its leading day number for a footnote mark ("17 y 18 de octubre").
bool opens_with_date(const Block& block) {
  const std::vector<DateRange> dates = find_dates(block.text.substr(0, kTitleLineMax));
  return !dates.empty() && dates.front().position == 0;
}

std::vector<const Block*> title_block(const std::vector<Block>& blocks) {
  std::vector<const Block*> zone;
  int page = 0;
  for (const Block& block : blocks) {
    if (block.kind == "furniture" || block.kind == "caption") continue;
    if (block.kind == "footnote" && (page == 0 || !opens_with_date(block))) continue;
    if (page == 0) page = block.page;
    if (block.page != page || zone.size() >= kHeaderBlocksMax) break;
    if (block.kind != "heading" && block.text.size() > kHeaderProseMin) {
      if (opens_with_date(block)) zone.push_back(&block);
      break;
    }
    zone.push_back(&block);
  }
  return zone;
}

// A quoted theme with the year of its sentence: "En 2018, l'IDM ... au thème « ... »",
// "In 2031 the theme was “...”".
struct QuotedTheme {
  int year = 0;
  std::string theme;
};

std::optional<QuotedTheme> find_quoted_theme(const std::vector<Block>& blocks, int want_year) {
  static constexpr std::pair<std::string_view, std::string_view> kQuotes[] = {
      {"\u00ab", "\u00bb"}, {"\u201c", "\u201d"}, {"\"", "\""}};
  for (const Block& block : blocks) {
    if (block.page > kQuotePages) break;
    if (block.kind == "furniture" || block.kind == "footnote") continue;
    const std::string_view text = block.text;
    for (const auto& [open, close] : kQuotes) {
      size_t c = 0;
      for (size_t o = text.find(open); o != kNpos; o = text.find(open, c + close.size())) {
        c = text.find(close, o + open.size());
        if (c == kNpos) break;
        const std::string_view theme =
            trim_spaces(text.substr(o + open.size(), c - o - open.size()));
        const auto words = std::count(theme.begin(), theme.end(), ' ') + 1;
        if (words < 3 || words > 30) continue;
        // The sentence around the quote, and a year in it outside the quote.
        const size_t stop = text.rfind(". ", o);
        const size_t s_begin = stop == kNpos ? 0 : stop + 2;
        const size_t s_end = std::min(text.find(". ", c), text.size());
        int year = 0;
        for (size_t y = find_year(text, s_begin, o); y != kNpos; y = find_year(text, y + 4, o))
          year = year_at(text, y);  // the last one before the quote
        if (!year) {
          const size_t y = find_year(text, c, s_end);
          if (y != kNpos) year = year_at(text, y);
        }
        if (!year || (want_year && year != want_year)) continue;
        return QuotedTheme{year, std::string(theme)};
      }
    }
  }
  return std::nullopt;
}

// "Dialogue international sur la migration (IDM)": the series name as printed in the text,
// with its acronym.
std::string printed_series_name(const std::vector<Block>& blocks,
                                const std::vector<const LanguageTable*>& tables) {
  for (const Block& block : blocks) {
    if (block.kind == "furniture") continue;
    const Mapped text(block.text);
    const auto [begin, end] = find_series(text.folded, tables);
    if (begin == kNpos) continue;
    size_t stop = end;
    size_t next = end;
    while (next < text.folded.size() && text.folded[next] == ' ')
      ++next;
    if (next < text.folded.size() && text.folded[next] == '(') {
      const size_t close = text.folded.find(')', next);
      if (close != kNpos && close - next <= 12) stop = close + 1;
    }
    return std::string(text.cut(begin, stop));
  }
  return {};
}

Event make_event(const Found& f) {
  Event e;
  e.start_date = f.date.start;
  e.end_date = f.date.end;
  e.year = std::stoi(e.start_date.substr(0, 4));
  e.city = f.city_printed;
  e.venue = f.venue;
  e.slug = event_slug(e.year, e.start_date, f.city ? fold_for_matching(f.city->canonical) : "");
  return e;
}

// The venue of an event named without one ("held in New York (14–15 April 2031)"), from a
// line elsewhere giving the same dates and city ("New York, 14–15 April 2031, Conference
// Room 4, United Nations Headquarters", as in a report's annex).
void fill_venue(Event& event, const std::vector<Block>& blocks,
                const std::vector<const LanguageTable*>& tables) {
  for (const Block& block : blocks) {
    if (block.kind == "furniture" || block.text.size() > kTitleLineMax) continue;
    const Mapped text(block.text);
    for (const Found& f : pair_dates(text, event.year, false, tables)) {
      if (f.date.start == event.start_date && f.date.end == event.end_date && f.city &&
          !f.venue.empty() && fold_for_matching(f.city_printed) == fold_for_matching(event.city)) {
        event.venue = f.venue;
        return;
      }
    }
  }
}

// Workshops named by short headings anywhere in the document with a date and a city, of the
// series year, that |events| lacks (or has without a city).
void add_chapter_workshops(std::vector<Event>& events, const std::vector<Block>& blocks, int year,
                           const std::vector<const LanguageTable*>& tables) {
  for (const Block& block : blocks) {
    if (block.kind != "heading" && block.kind != "list_item") continue;
    if (block.text.size() > kTitleLineMax) continue;
    const Mapped text(block.text);
    for (const Found& f : pair_dates(text, year, false, tables)) {
      if (!f.city) continue;
      Event e = make_event(f);
      if (year && e.year != year) continue;
      e.venue.clear();  // a chapter's label ("Workshop II") is no venue
      auto same = std::find_if(events.begin(), events.end(),
                               [&](const Event& u) { return u.start_date == e.start_date; });
      if (same == events.end()) {
        events.push_back(std::move(e));
      } else if (same->city.empty()) {
        same->city = e.city;
        same->slug = e.slug;
      }
    }
  }
}

}  // namespace

std::string event_slug(int year, const std::string& start_date, std::string_view city_english) {
  std::string slug = start_date.size() >= 7 ? start_date.substr(0, 7) : std::to_string(year);
  if (!city_english.empty()) {
    slug += '-';
    for (char c : city_english) {
      const auto u = static_cast<unsigned char>(c);
      if (std::isalnum(u)) {
        slug += static_cast<char>(std::tolower(u));
      } else if (slug.back() != '-') {
        slug += '-';
      }
    }
    while (slug.back() == '-')
      slug.pop_back();
  }
  return slug;
}

std::vector<Event> find_events(const DocumentRecord& record, const LanguageTable& language) {
  const std::vector<const LanguageTable*> tables = tables_for(language);
  const std::vector<Block>& blocks = record.blocks;

  const std::optional<SeriesLine> series = find_series_line(blocks, tables);
  int year = series ? series->year : 0;
  std::string title = series ? series->title : std::string();
  std::string theme;
  std::vector<Event> events;

  // The title block: theme (first line that is no series, type or date line) and date line.
  const std::vector<const Block*> zone = title_block(blocks);
  const Block* date_line = nullptr;
  for (size_t i = 0; i < zone.size(); ++i) {
    const Block& block = *zone[i];
    if (series && series->block == &block) continue;
    const Mapped text(block.text);
    std::vector<Found> found = pair_dates(text, year, false, tables);
    const bool any_date = !found.empty();
    // The workshops of a series year are in that year ("held in 2013" is background).
    std::erase_if(found, [&](const Found& f) {
      return year && f.date.start.substr(0, 4) != std::to_string(year);
    });
    if (any_date && found.empty()) continue;
    if (found.empty()) {
      if (theme.empty() && !is_doc_type_title(text.folded, tables) &&
          (block.kind == "heading" || block.kind == "paragraph") && !series_line(block, tables)) {
        theme = std::string(strip_ordinal_label(trim_spaces(block.text), tables));
      }
      continue;
    }
    date_line = &block;
    // Text before the date's sentence: "Second workshop: <theme>. 6–7 October 2031, ...".
    if (theme.empty() && found.front().clause_begin > 0) {
      std::string_view before = trim_spaces(text.cut(0, found.front().clause_begin));
      const Mapped rest(before);
      if (!find_cities(rest.folded, tables).empty() && trim_edges(before).size() < 40) before = {};
      theme = std::string(strip_ordinal_label(before, tables));
    }
    for (const Found& f : found) {
      Event e = make_event(f);
      // The city on the next line: "8 et 9 octobre 2018" / "Palais des Nations, Genève".
      if (!f.city && i + 1 < zone.size() && zone[i + 1]->text.size() <= kTitleLineMax) {
        const Mapped next(zone[i + 1]->text);
        const std::vector<CityHit> cities = find_cities(next.folded, tables);
        if (!cities.empty() && find_dates(next.folded, year).empty()) {
          e.city = std::string(next.cut(cities.front().begin, cities.front().end));
          if (e.venue.empty()) e.venue = std::string(trim_edges(next.cut(0, cities.front().begin)));
          e.slug = event_slug(e.year, e.start_date, cities.front().canonical);
        }
      }
      events.push_back(std::move(e));
    }
    break;
  }

  // No date line: workshops named in the prose of the first pages, with their city.
  if (!date_line) {
    for (const Block& block : blocks) {
      if (block.page > kProsePages) break;
      if (block.kind == "furniture" || block.kind == "footnote" || block.kind == "caption")
        continue;
      const Mapped text(block.text);
      for (const Found& f : pair_dates(text, year, true, tables)) {
        if (!f.city) continue;
        Event e = make_event(f);
        if (year && e.year != year) continue;
        events.push_back(std::move(e));
      }
    }
  }

  // A report on several workshops heads a chapter with each one's place and dates
  // ("Workshop II: Geneva, 5–6 October 2022"): workshops its title page does not list.
  if (record.doc_type == "report" && date_line) add_chapter_workshops(events, blocks, year, tables);

  // The year and theme from a quoted theme when the title page lacks them.
  if (!year && !events.empty()) year = events.front().year;
  if (!year || theme.empty()) {
    if (const auto quoted = find_quoted_theme(blocks, year)) {
      if (!year) year = quoted->year;
      if (theme.empty()) theme = quoted->theme;
    }
  }
  if (!year) return {};
  if (title.empty()) {
    const std::string name = printed_series_name(blocks, tables);
    if (!name.empty()) title = name + " " + std::to_string(year);
  }
  if (events.empty()) {
    Event e;
    e.year = year;
    e.slug = event_slug(year, {}, {});
    events.push_back(std::move(e));
  }

  // One event per workshop; the title and theme are the document's.
  std::vector<Event> unique;
  for (Event& e : events) {
    const bool seen = std::any_of(unique.begin(), unique.end(), [&](const Event& u) {
      return u.slug == e.slug && u.start_date == e.start_date;
    });
    if (seen) continue;
    e.title = title;
    e.theme = theme;
    if (e.venue.empty() && !e.start_date.empty() && !e.city.empty()) fill_venue(e, blocks, tables);
    unique.push_back(std::move(e));
  }
  return unique;
}

}  // namespace idm
