#include "programme.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <cstddef>
#include <ctime>

#include "classify/clock.hpp"
#include "classify/cue_match.hpp"
#include "classify/dates.hpp"
#include "classify/day_heading.hpp"
#include "classify/entry_parts.hpp"
#include "classify/fold_cache.hpp"
#include "classify/person_entry.hpp"
#include "extractors/list_marker.hpp"
#include "extractors/unicode_text.hpp"

namespace idm {
namespace {

// Days from |from| to |to| (YYYY-MM-DD both).
int days_between(const std::string& from, const std::string& to) {
  auto day_of = [](const std::string& date) {
    std::tm tm{};
    tm.tm_year = std::stoi(date.substr(0, 4)) - 1900;
    tm.tm_mon = std::stoi(date.substr(5, 2)) - 1;
    tm.tm_mday = std::stoi(date.substr(8, 2));
    tm.tm_hour = 12;
    return timegm(&tm) / 86400;
  };
  if (from.size() != 10 || to.size() != 10) return 0;
  return static_cast<int>(day_of(to) - day_of(from));
}

// YYYY-MM-DD plus |days|.
std::string add_days(const std::string& date, int days) {
  std::tm tm{};
  if (date.size() != 10) return {};
  tm.tm_year = std::stoi(date.substr(0, 4)) - 1900;
  tm.tm_mon = std::stoi(date.substr(5, 2)) - 1;
  tm.tm_mday = std::stoi(date.substr(8, 2)) + days;
  tm.tm_hour = 12;
  const std::time_t t = timegm(&tm);
  std::tm out{};
  gmtime_r(&t, &out);
  return fmt::format("{:04d}-{:02d}-{:02d}", out.tm_year + 1900, out.tm_mon + 1, out.tm_mday);
}

std::string session_kind(const std::string& folded_title, const LanguageTable& language) {
  if (!first_cue(folded_title, language.side_events).empty()) return "side_event";
  if (starts_with_cue(folded_title, language.panels)) return "panel";
  if (!first_cue(folded_title, language.registration).empty()) return "registration";
  if (!first_cue(folded_title, language.breaks).empty()) return "break";
  if (!first_cue(folded_title, language.opening).empty()) return "opening";
  if (!first_cue(folded_title, language.closing).empty()) return "closing";
  return "session";
}

std::string trimmed(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == ':'))
    s.remove_prefix(1);
  while (!s.empty() && s.back() == ' ')
    s.remove_suffix(1);
  return std::string(s);
}

// Words of |text| split at spaces.
std::vector<std::string_view> words_in(std::string_view text) {
  std::vector<std::string_view> words;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t end = text.find(' ', pos);
    if (end == std::string_view::npos) end = text.size();
    if (end > pos) words.push_back(text.substr(pos, end - pos));
    pos = end + 1;
  }
  return words;
}

// The shape of a role line, whatever its words: a short capitalised phrase without digits or
// sentence punctuation before a colon ("Chair:", "Présidence :", "Keynote speaker:"), then
// nothing (a list follows) or the entry of one person. |rest| is what follows the colon.
bool label_shape(const std::string& text, std::string& label, std::string& rest) {
  // Stray marks before the label (a bullet or a full stop read from a scan) are not part of
  // it, nor a dash standing alone after the colon.
  size_t from = 0;
  while (from < text.size() && (text[from] == '.' || text[from] == ' ' || text[from] == '-'))
    ++from;
  const size_t colon = text.find(':', from);
  if (colon == std::string::npos || colon - from > 60) return false;
  label = trimmed(std::string_view(text).substr(from, colon - from));
  if (label.empty() || !is_uppercase_letter(first_code_point(label))) return false;
  if (label.find_first_of("0123456789.?!;,()") != std::string::npos) return false;
  if (words_in(label).size() > 6) return false;
  rest = trimmed(std::string_view(text).substr(colon + 1));
  bool letters = false;
  for (const char c : rest)
    letters = letters || std::isalpha(static_cast<unsigned char>(c)) || (c & 0x80) != 0;
  if (!letters || rest == "\u2014" || rest == "\u2013") rest.clear();
  return true;
}

// Two words of one family: "moderacion" and "moderator", "panelistes" and "panel".
bool same_family(std::string_view word, std::string_view cue) {
  if (cue.size() >= 4 && word.substr(0, cue.size()) == cue) return true;
  size_t common = 0;
  while (common < word.size() && common < cue.size() && word[common] == cue[common])
    ++common;
  return common >= 6;
}

struct RoleCues {
  Cues LanguageTable::*cues;
  const char* role;
};
constexpr RoleCues kRoles[] = {{&LanguageTable::opening_labels, "opening"},
                               {&LanguageTable::closing_labels, "closing"},
                               {&LanguageTable::moderator_labels, "moderator"},
                               {&LanguageTable::presenter_labels, "presenter"},
                               {&LanguageTable::speaker_labels, "speaker"}};

// The role a label names, or an empty string: the tables' labels (the document's language
// first), then the opening or closing words of session kinds, then a label word of the same
// family as a one-word label of any language ("Moderación" as "moderator", "Participan" as
// "participantes").
std::string role_of_label(const std::string& folded, const LanguageTable& language) {
  std::vector<const LanguageTable*> tables{&language};
  for (const LanguageTable* t : language_tables())
    if (t != &language) tables.push_back(t);
  for (const LanguageTable* t : tables) {
    for (const RoleCues& r : kRoles) {
      if (starts_with_cue(folded, t->*r.cues)) return r.role;
    }
  }
  if (!first_cue(folded, language.opening).empty()) return "opening";
  if (!first_cue(folded, language.closing).empty()) return "closing";
  for (std::string_view word : words_in(folded)) {
    for (const LanguageTable* t : tables) {
      for (const RoleCues& r : kRoles) {
        for (std::string_view cue : t->*r.cues) {
          if (cue.find(' ') == std::string_view::npos && same_family(word, cue)) return r.role;
        }
      }
    }
  }
  return {};
}

// True when |word| is one of the frequent function words of |language| ("Il", "Les", "The").
bool is_stopword(std::string_view word, const LanguageTable& language) {
  const std::string folded = fold_for_matching(word);
  for (std::string_view stopword : language.stopwords) {
    if (folded == stopword) return true;
  }
  return false;
}

// A role label printed without its colon ("Chaired by Mrs X, …", "Chaired by" over a list):
// the role, and in |rest| what follows the label's words. Empty when |text| does not open with
// a role label of a table.
std::string unlabelled_role(const std::string& text, std::string& rest) {
  const std::string folded = fold_for_matching(text);
  for (const LanguageTable* t : language_tables()) {
    for (const RoleCues& r : kRoles) {
      for (std::string_view cue : t->*r.cues) {
        if (folded.compare(0, cue.size(), cue) != 0 ||
            (folded.size() > cue.size() && folded[cue.size()] != ' '))
          continue;
        // The label's words in the printed text.
        const auto words = words_in(text);
        const size_t n = words_in(cue).size();
        rest = n < words.size() ? trimmed(std::string_view(text).substr(
                                      static_cast<size_t>(words[n].data() - text.data())))
                                : std::string();
        return r.role;
      }
    }
  }
  return {};
}

// "… réduire les risques Présidence : Madame X" or "… des compétences Les services …": where
// a title the layout ran into the next line of its cell ends. The break is a capitalised word
// after a common lower-case word, that opens a role line or a sentence (six words or more,
// ending with a full stop). A sentence opening with a function word of the language ("Il
// est…") is preferred to a capitalised word inside the title ("… de travail Sud-Sud : …").
// npos when the title is whole.
bool table_label(const std::string& folded_label);
size_t inner_label(const std::string& text);

size_t title_run_on(const std::string& text, const LanguageTable& language) {
  const auto words = words_in(text);
  size_t sentence = std::string::npos;
  for (size_t k = 2; k < words.size(); ++k) {
    const std::string_view before = words[k - 1];
    if (code_point_count(before) <= 3 || !is_lowercase_letter(first_code_point(before)) ||
        !std::isalpha(static_cast<unsigned char>(before.back())) ||
        std::isupper(static_cast<unsigned char>(before.back())))
      continue;
    if (!is_uppercase_letter(first_code_point(words[k]))) continue;
    const size_t at = static_cast<size_t>(words[k].data() - text.data());
    const std::string tail = text.substr(at);
    std::string label, rest;
    PersonEntry entry;
    if (label_shape(tail, label, rest) &&
        (rest.empty() || parse_person_entry(rest, entry) || table_label(fold_for_matching(label))))
      return at;
    // A sentence: it ends the text, or a full stop after a lower-case word of the sentence
    // ends it before the text goes on ("… plurianual. Preguntas para el debate:"); a numeral
    // or an initial with its full stop ("Round table I. …") ends none.
    bool sentence_end = tail.back() == '.';
    for (size_t j = k + 5; j + 1 < words.size() && !sentence_end; ++j) {
      sentence_end = words[j].back() == '.' && code_point_count(words[j]) >= 4 &&
                     is_lowercase_letter(first_code_point(words[j]));
    }
    if (words.size() - k >= 6 && sentence_end) {
      if (is_stopword(words[k], language)) return at;
      if (sentence == std::string::npos) sentence = at;
    }
    // A capitalised function word after a lower-case word opens a sentence even when the
    // layout cut it before its full stop (a scan's cell split over several blocks): a title
    // does not go on for eight words after one. One letter is rather a title's number
    // ("Breakout group A – …").
    if (words.size() - k >= 8 && code_point_count(words[k]) > 1 && is_stopword(words[k], language))
      return at;
  }
  return sentence;
}

// True when |folded_label| starts with a label of a table, of any language: a role, a venue,
// guiding questions. Unlike role_of_label, no word family: inside a line only printed labels
// count.
// |exact|: the whole label is one of the tables' labels ("moderacion", not "sala azul
// moderacion").
bool table_label(const std::string& folded_label, bool exact) {
  auto matches = [&](Cues cues) {
    if (!exact) return starts_with_cue(folded_label, cues);
    return std::find(cues.begin(), cues.end(), folded_label) != cues.end();
  };
  for (const LanguageTable* t : language_tables()) {
    for (const RoleCues& r : kRoles) {
      if (matches(t->*r.cues)) return true;
    }
    if (matches(t->venue_labels) || matches(t->question_intros)) return true;
  }
  return false;
}

bool table_label(const std::string& folded_label) {
  return table_label(folded_label, false);
}

// "Presentation: Mr X, …, Norway Moderator: Ms Y, …" or "Location: Room 6 Moderator: …": where
// a second labelled line the layout ran into |text| starts, or npos. The label is one to three
// words before a colon, opening with a capital after a word that ends no list of parts, and
// printed in a table. A label that is a table's label as a whole wins, the longest first
// ("Keynote speaker" over "speaker", "Moderación" over "Sala Azul Moderación" after a venue);
// else the longest that starts with one.
size_t inner_label(const std::string& text) {
  size_t colon = text.find(':');
  // The line's own label is not a run-on one.
  {
    std::string label, rest;
    if (label_shape(text, label, rest) && colon != std::string::npos)
      colon = text.find(':', colon + 1);
  }
  for (; colon != std::string::npos; colon = text.find(':', colon + 1)) {
    const auto words = words_in(std::string_view(text).substr(0, colon));
    for (const bool exact : {true, false}) {
      for (size_t n = std::min<size_t>(3, words.size() > 0 ? words.size() - 1 : 0); n >= 1; --n) {
        const size_t k = words.size() - n;
        if (words[k - 1].back() == ',' || !is_uppercase_letter(first_code_point(words[k])))
          continue;
        const size_t at = static_cast<size_t>(words[k].data() - text.data());
        const std::string label = trimmed(std::string_view(text).substr(at, colon - at));
        if (table_label(fold_for_matching(label), exact)) return at;
      }
    }
  }
  return std::string::npos;
}

// "… sans laisser personne de côté. Modérateur : Mme X, …": a role line the layout ran into
// the end of a description, after a full stop. npos when there is none.
size_t role_run_on(const std::string& text) {
  const auto words = words_in(text);
  for (size_t k = 1; k < words.size(); ++k) {
    if (words[k - 1].back() != '.' || !is_uppercase_letter(first_code_point(words[k]))) continue;
    const size_t at = static_cast<size_t>(words[k].data() - text.data());
    std::string label, rest;
    PersonEntry entry;
    if (label_shape(text.substr(at), label, rest) &&
        (rest.empty() ? text.back() == ':' : parse_person_entry(rest, entry)))
      return at;
  }
  return std::string::npos;
}

// "…, Angola Panellists:": where a label with nothing after it starts at the end of an entry
// (the rightmost capitalised word that opens one).
size_t trailing_label(const std::string& text) {
  if (text.empty() || text.back() != ':') return std::string::npos;
  const auto words = words_in(text);
  const size_t first = words.size() > 4 ? words.size() - 4 : 1;
  for (size_t k = words.size(); k-- > first;) {
    if (!is_uppercase_letter(first_code_point(words[k])) || words[k - 1].back() == ',') continue;
    const size_t at = static_cast<size_t>(words[k].data() - text.data());
    std::string label, rest;
    if (label_shape(text.substr(at), label, rest) && rest.empty()) return at;
  }
  return std::string::npos;
}

bool numbered_title(const std::string& text, bool dash_only = false);

// "…, Universidad de Doha (Catar) Grupo de trabajo B – …": where a numbered title the layout
// ran into the end of an entry starts (after a word that ends no list of parts), or npos.
size_t trailing_title(const std::string& text) {
  // From the right: "…, Port Authority Working group B – …" starts at "Working", not at
  // "Authority" (up to three words may precede the number).
  const auto words = words_in(text);
  size_t found = std::string::npos;
  for (size_t k = 2; k + 2 < words.size(); ++k) {
    if (words[k - 1].back() == ',' || !is_uppercase_letter(first_code_point(words[k]))) continue;
    const size_t at = static_cast<size_t>(words[k].data() - text.data());
    if (numbered_title(text.substr(at), true)) {
      found = at;
    } else if (found != std::string::npos) {
      break;
    }
  }
  return found;
}

// "Mesa I. …", "Working group B – …", "Panel 2: …": a title numbered by digits, a Roman
// numeral or a capital letter after one to three words, then a separator and more words.
// |dash_only|: the separator must stand apart ("A –", "2 :"): inside a person's entry, "G."
// or "Y." are initials.
bool numbered_title(const std::string& text, bool dash_only) {
  if (text.size() > 220 || text.empty() || text.back() == '.' || text.back() == ':') return false;
  if (!is_uppercase_letter(first_code_point(text))) return false;
  const auto words = words_in(text);
  for (size_t k = 1; k <= 3 && k + 1 < words.size(); ++k) {
    std::string_view number = words[k];
    bool separated = false;
    if (!number.empty() && (number.back() == '.' || number.back() == ':')) {
      separated = !dash_only || number.back() == ':';
      number.remove_suffix(1);
    }
    const std::string_view next = words[k + 1];
    if (next == ":" || next == "\u2013" || next == "-" || next == "\u2014") separated = true;
    if (!separated || number.empty()) continue;
    const bool digits = number.find_first_not_of("0123456789") == std::string_view::npos;
    const bool roman = number.find_first_not_of("IVX") == std::string_view::npos;
    const bool letter = number.size() == 1 && number[0] >= 'A' && number[0] <= 'Z';
    if (digits || roman || letter) return true;
    if (is_lowercase_letter(first_code_point(number))) continue;
    return false;
  }
  return false;
}

// "Moderator:", "Présidence :" alone over a list (its person on the next line, a page
// further): the one entry that follows chairs, the next ones speak. A plural label
// ("Co-chairs:", "Modérateurs :") keeps its role for the whole list.
bool takes_one_entry(std::string_view folded_label, std::string_view role) {
  if (role != "moderator" && role != "presenter") return false;
  while (!folded_label.empty() && (folded_label.back() == ':' || folded_label.back() == ' '))
    folded_label.remove_suffix(1);
  const size_t space = folded_label.rfind(' ');
  const std::string_view last =
      space == std::string_view::npos ? folded_label : folded_label.substr(space + 1);
  return !(last.size() > 3 && last.back() == 's');
}

// A speaker's function and the organisation and country it names.
void set_function(Speaker& speaker, std::string function) {
  const EntryParts parts = split_function(function);
  speaker.function = std::move(function);
  speaker.organization = parts.organization;
  speaker.country = parts.country;
  speaker.country_code = parts.country_code;
}

// Whether |text| holds a letter of any script.
bool has_letter(std::string_view text) {
  for (size_t at = 0; at < text.size();) {
    const auto lead = static_cast<unsigned char>(text[at]);
    const size_t length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
    if (is_letter(first_code_point(text.substr(at, length)))) return true;
    at += length;
  }
  return false;
}

// Whether |text| holds a word of three letters or more ("du Niger"; not "p.m.").
bool has_word(std::string_view text) {
  size_t run = 0;
  for (const char c : text) {
    const bool letter = std::isalpha(static_cast<unsigned char>(c)) || (c & 0x80) != 0;
    run = letter ? run + 1 : 0;
    if (run >= 3) return true;
  }
  return false;
}

bool is_question(const std::string& text) {
  std::string_view t = text;
  while (!t.empty() && t.back() == ' ')
    t.remove_suffix(1);
  return !t.empty() && t.back() == '?';
}

// Where a time range that ends |block|'s text starts, after a title ("Lunch 13:00 – 14:00"),
// or npos. Only short lines that do not open with a time themselves.
size_t trailing_time(const Block& block) {
  const std::string& text = block.text;
  if (block.kind == "list_item" || text.size() > 160) return std::string::npos;
  TimeRange range;
  if (parse_time_range(text, range)) return std::string::npos;
  for (size_t at = text.find(' '); at != std::string::npos; at = text.find(' ', at + 1)) {
    const size_t from = at + 1;
    if (from >= text.size() || !std::isdigit(static_cast<unsigned char>(text[from]))) continue;
    if (parse_time_range(std::string_view(text).substr(from), range) &&
        from + range.length >= text.size())
      return from;
  }
  return std::string::npos;
}

// Blocks before a programme's first slot that may hold the heading introducing it (the
// heading, a date and venue line, a day heading).
constexpr size_t kIntroBlocks = 4;

struct Reader {
  Reader(const DocumentRecord& r, const LanguageTable& l, FoldCache& f)
      : record(r), language(l), folds(f) {}
  const DocumentRecord& record;
  const LanguageTable& language;
  FoldCache& folds;  // whole block texts, folded once for every reader
  Programme out;
  int day = 0;
  std::string date;
  std::string event;
  Session* current = nullptr;  // the slot that content goes to
  std::string role;            // the role of the list entries that follow
  bool in_questions = false;
  // Slots whose time was read but not yet their title, in order: a grid read column by column
  // gives several times, then their titles.
  std::vector<size_t> pending;
  bool after_time = false;      // the previous block opened slots
  bool after_title = false;     // the previous block was a title taken from |pending|
  bool moderated = false;       // the current slot has a moderator
  bool entry_open = false;      // the previous block added a person or went on with one
  bool one_entry_role = false;  // |role| is a singular chair's: for the next entry only
  int programme_level = 0;      // the highest heading level of day headings and slot times
  // The heading that introduced the running programme ("Annex I: Agenda of …", "Programme"):
  // the highest level among the few blocks before its first slot. A later heading at that
  // level or above is the next annex or chapter, not a slot of this programme.
  bool running = false;
  int programme_top = 0;
  std::string intro_text;  // that heading, folded
  // Heading level (0: not a heading) and text of the last blocks read.
  std::vector<std::pair<int, std::string>> recent;

  void note_level(const Block& block) {
    if (block.kind != "heading" || block.level <= 0) return;
    if (programme_level == 0 || block.level < programme_level) programme_level = block.level;
  }

  std::string event_for(const std::string& day_date) const {
    for (const Event& e : record.events) {
      if (!day_date.empty() && !e.start_date.empty() && day_date >= e.start_date &&
          day_date <= (e.end_date.empty() ? e.start_date : e.end_date)) {
        return e.slug;
      }
    }
    return record.events.empty() ? std::string() : record.events.front().slug;
  }

  // The date of programme day |n|: counted from the start of the current workshop, or of the
  // first workshop with dates when no day heading has named one.
  std::string date_of_day(int n) const {
    const Event* base = nullptr;
    for (const Event& e : record.events) {
      if (e.start_date.empty()) continue;
      if (e.slug == event) {
        base = &e;
        break;
      }
      if (!base) base = &e;
    }
    return base ? add_days(base->start_date, n - 1) : std::string();
  }

  // Opens a slot. The sessions may move as they grow: |current| is moved with them, and
  // callers hold indexes, not references, across calls.
  Session& open_session(const Block& block, const TimeRange& times) {
    Session s;
    s.id = fmt::format("s{:02d}", out.sessions.size() + 1);
    s.day = std::max(day, 1);
    s.date = date.empty() ? date_of_day(s.day) : date;
    s.event = event.empty() ? event_for(s.date) : event;
    s.start = times.start;
    s.end = times.end;
    s.page = block.page;
    const std::ptrdiff_t current_at = current ? current - out.sessions.data() : -1;
    out.sessions.push_back(std::move(s));
    if (current_at >= 0) current = &out.sessions[static_cast<size_t>(current_at)];
    return out.sessions.back();
  }

  // |title| becomes |session|'s title; what the layout ran into it (a role line, the
  // description) is read as the slot's content.
  void set_title(Session& session, const Block& block, const std::string& title) {
    current = &session;
    role.clear();
    in_questions = false;
    moderated = false;
    // Where the title ends: a sentence or label run into it, or a table's label after a
    // capitalised word ("… Sud-Sud Lieu : …").
    const size_t cut = std::min(title_run_on(title, language), inner_label(title));
    session.title = trimmed(std::string_view(title).substr(0, cut));
    session.kind = session_kind(fold_for_matching(session.title), language);
    if (cut != std::string::npos) {
      Block tail = block;
      tail.text = title.substr(cut);
      read_into_slot(tail, fold_for_matching(tail.text));
    }
  }

  // The people of |text| as |as_role|: entries the layout ran together are split at the
  // honorific that opens the next one. Returns a numbered title run into the last entry's end
  // ("…, Ghana Working group B – …"), for the caller to open once the entries are in.
  std::string read_entries(const Block& block, const std::string& text,
                           const std::string& as_role) {
    const size_t title_at = trailing_title(text);
    std::string entries = trimmed(std::string_view(text).substr(0, title_at));
    size_t next = next_entry_start(entries);
    while (next != std::string::npos) {
      add_person(block, trimmed(std::string_view(entries).substr(0, next)), as_role);
      entries = entries.substr(next);
      next = next_entry_start(entries);
    }
    add_person(block, entries, as_role);
    return title_at == std::string::npos ? std::string() : text.substr(title_at);
  }

  void open_run_on_title(const Block& block, const std::string& title) {
    if (title.empty() || !current) return;
    Block tail = block;
    tail.kind = "paragraph";
    tail.text = title;
    read_into_slot(tail, fold_for_matching(title));
  }

  void add_person(const Block& block, const std::string& text, const std::string& as_role) {
    PersonEntry entry;
    if (!current || !parse_person_entry(text, entry)) return;
    Speaker s;
    s.name = entry.name;
    s.honorific = entry.honorific;
    s.role = as_role;
    set_function(s, entry.function);
    s.note = entry.note;
    s.session = current->id;
    s.page = block.page;
    if (as_role == "moderator") moderated = true;
    out.speakers.push_back(std::move(s));
    if (one_entry_role && as_role == role) {
      role.clear();
      one_entry_role = false;
    }
  }

  // Entries listed without a role label: the slot's kind tells their part.
  std::string default_role() const {
    if (!current) return "speaker";
    if (current->kind == "opening") return "opening";
    if (current->kind == "closing") return "closing";
    return "speaker";
  }

  // Can |block| be the title of the first pending slot? Right after its time, any block but
  // a list entry or a role line; later (a grid read column by column), a heading.
  bool title_candidate(const Block& block) const {
    // A question as a list entry is a guiding question; a title may end with one.
    if (block.kind == "list_item" && is_question(block.text)) return false;
    std::string label, rest;
    PersonEntry entry;
    if (label_shape(block.text, label, rest) && (rest.empty() || parse_person_entry(rest, entry)))
      return false;
    // Right after its time even a cell the layout took for a list entry, unless it names a
    // person.
    if (after_time && pending.size() == 1)
      return block.kind != "list_item" || !parse_person_entry(block.text, entry);
    return block.kind == "heading" && is_uppercase_letter(first_code_point(block.text));
  }

  void read(const Block& block) {
    if (block.kind == "furniture" || block.kind == "footnote" || block.kind == "caption") return;
    // The introducing heading repeated at the top of the programme's pages is a running head
    // the layout did not set apart ("Annex A. Agenda of …" read as a numbered panel).
    if (running && block.kind != "heading" && !intro_text.empty() &&
        folds.fold(block.text) == intro_text)
      return;
    // "Networking break 12:30 – 14:00 hrs": the next slot's time the layout ran into a title.
    if (const size_t at = trailing_time(block); at != std::string::npos) {
      Block head = block;
      head.text = trimmed(std::string_view(block.text).substr(0, at));
      read(head);
      Block tail = block;
      tail.text = block.text.substr(at);
      read(tail);
      return;
    }
    read_block(block);
    recent.emplace_back(block.kind == "heading" ? block.level : 0,
                        block.kind == "heading" ? block.text : std::string());
    if (recent.size() > kIntroBlocks) recent.erase(recent.begin());
  }

  // The programme starts at its first slot: the heading just before it sets its top level.
  void start_programme() {
    if (running) return;
    running = true;
    programme_top = 0;
    intro_text.clear();
    for (const auto& [level, text] : recent) {
      if (level > 0 && (programme_top == 0 || level < programme_top)) {
        programme_top = level;
        intro_text = fold_for_matching(text);
      }
    }
  }

  // A heading that is no part of the running programme: above the programme's own headings,
  // or at the level of the heading that introduced it (the next annex, the next chapter).
  // At the introducing heading's level only when the programme's own headings were seen below
  // it: where every heading has one level, a panel title is as high as the annex title.
  bool closes_programme(const Block& block) const {
    if (block.kind != "heading" || block.level <= 0) return false;
    if (programme_level > 0 && block.level < programme_level) return true;
    if (!running || programme_top <= 0) return false;
    return block.level < programme_top ||
           (block.level == programme_top && programme_level > programme_top);
  }

  // True when |name| is part of a workshop's venue as found in its date and venue line
  // ("Where: Harbour Centre, Hall 2" where the workshop is held at the Harbour Centre).
  bool names_venue(const std::string& name) const {
    const std::string folded = fold_for_matching(name);
    if (folded.empty()) return false;
    for (const Event& e : record.events) {
      for (const std::string* place : {&e.venue, &e.city}) {
        const std::string where = fold_for_matching(*place);
        if (!where.empty() &&
            (where.find(folded) != std::string::npos || folded.find(where) != std::string::npos))
          return true;
      }
    }
    return false;
  }

  int workshop_year() const {
    int year = 0;
    for (const Event& e : record.events) {
      if (e.year > 0) year = e.year;
    }
    return year;
  }

  // The workshop whose days hold |day_date|, or an empty string.
  const Event* event_at(const std::string& day_date) const {
    for (const Event& e : record.events) {
      if (!day_date.empty() && !e.start_date.empty() && day_date >= e.start_date &&
          day_date <= (e.end_date.empty() ? e.start_date : e.end_date)) {
        return &e;
      }
    }
    return nullptr;
  }

  // A day heading that is only a date ("Thursday, 25 April"): the day of the workshop that
  // holds it, counted from its first day.
  bool read_date_heading(const Block& block) {
    const std::string heading_date = date_only_day(block.text, workshop_year());
    if (heading_date.empty()) return false;
    note_level(block);
    date = heading_date;
    const Event* e = event_at(date);
    if (e) event = e->slug;
    day = e ? days_between(e->start_date, date) + 1 : std::max(day, 1);
    current = nullptr;
    pending.clear();
    after_time = after_title = false;
    return true;
  }

  // Between programmes, the date and venue line under an annex title ("New York, 11–12
  // November") names the workshop of the programme that follows.
  bool read_workshop_line(const Block& block) {
    if (running || block.text.size() > 160) return false;
    const std::vector<DateRange> dates = find_dates(block.text, workshop_year());
    if (dates.empty()) return false;
    const Event* e = event_at(dates.front().start);
    if (!e) return false;
    event = e->slug;
    date.clear();
    day = 0;
    return true;
  }

  void read_block(const Block& block) {
    const std::string& folded = folds.fold(block.text);
    TimeRange times;
    const bool slot = parse_time_range(block.text, times) && block.kind != "list_item";
    if (const int n = day_number(folded, language); n > 0 && !slot && block.kind != "list_item") {
      note_level(block);
      day = n;
      date = day_date(block.text);
      if (!date.empty()) event = event_for(date);
      if (date.empty()) date = date_of_day(day);
      current = nullptr;
      pending.clear();
      after_time = after_title = false;
      return;
    }
    if (!slot && block.kind != "list_item" && read_date_heading(block)) return;
    if (!slot && block.kind != "list_item" && read_workshop_line(block)) return;
    if (slot) {
      // One block may hold several times (a time column read as one line), then the title.
      std::string rest = block.text;
      start_programme();
      note_level(block);
      // Times wait for their titles only while they follow one another.
      if (!after_time) pending.clear();
      bool opened = false;
      while (parse_time_range(rest, times)) {
        rest = trimmed(std::string_view(rest).substr(times.length));
        open_session(block, times);
        opened = true;
        pending.push_back(out.sessions.size() - 1);
      }
      // Taken once the slots are open: opening one may move those before it.
      Session* last = opened ? &out.sessions.back() : nullptr;
      out.slot_blocks.push_back(block.id);
      if (!rest.empty()) {
        pending.pop_back();
        pending.clear();
        set_title(*last, block, rest);
        after_time = false;
        // Its last line may follow in the next block (the title column wrapped).
        after_title = current == last && last->description.empty();
      } else {
        if (!current) current = last;
        after_time = true;
        after_title = false;
      }
      return;
    }
    if (!pending.empty() && title_candidate(block)) {
      Session& session = out.sessions[pending.front()];
      pending.erase(pending.begin());
      out.slot_blocks.push_back(block.id);
      set_title(session, block, block.text);
      after_time = false;
      after_title = true;
      return;
    }
    // A title wrapped onto a second heading of the grid's column, or onto a short cell that
    // goes on in lower case after a title without its end ("…: seizing" then
    // "opportunities, reducing risks").
    const bool wrapped_cell = block.kind != "list_item" && block.text.size() < 100 &&
                              block.text.back() != '.' && current && !current->title.empty() &&
                              current->title.back() != '.';
    if (after_title && current && (block.kind == "heading" || wrapped_cell) &&
        is_lowercase_letter(first_code_point(block.text))) {
      current->title += ' ' + block.text;
      current->kind = session_kind(fold_for_matching(current->title), language);
      out.slot_blocks.push_back(block.id);
      return;
    }
    after_time = after_title = false;
    // A report's next chapter or annex ends the slot and the programme: it is not a slot of
    // its own ("Annex II: Agenda of …" reads like a numbered panel title).
    if (closes_programme(block)) {
      current = nullptr;
      pending.clear();
      running = false;
      return;
    }
    if (!current) return;
    const size_t questions_before = out.question_blocks.size();
    const size_t slots_before = out.slot_blocks.size();
    const size_t speakers_before = out.speakers.size();
    const std::string function_before =
        out.speakers.empty() ? std::string() : out.speakers.back().function;
    read_into_slot(block, folded);
    entry_open = out.speakers.size() > speakers_before ||
                 (entry_open && out.speakers.back().function != function_before);
    if (out.question_blocks.size() == questions_before && out.slot_blocks.size() == slots_before) {
      out.slot_content.push_back(block.id);
    }
  }

  // "… Représentant de la diaspora" then "du Niger": the entry's last line set apart (a scan's
  // layout) goes on in lower case; no label, question or sentence of its own.
  bool continues_entry(const Block& block) const {
    const std::string& text = block.text;
    return entry_open && !out.speakers.empty() && text.size() < 120 && has_word(text) &&
           is_lowercase_letter(first_code_point(text)) && !is_question(text) &&
           text.find(':') == std::string::npos && text.find(". ") == std::string::npos;
  }

  void read_into_slot(const Block& block, const std::string& folded) {
    // A block without a letter (a speck read as ".", a stray ":" or digit of a scan) holds no
    // title, entry or description: it must not take the place of the entry a label awaits.
    if (!has_letter(block.text)) return;
    if (continues_entry(block)) {
      Speaker& last = out.speakers.back();
      set_function(last, last.function + (last.function.empty() ? "" : " ") + block.text);
      return;
    }
    // A bullet left in the text (a scan's "• Name, …" the layout did not take as a marker)
    // makes the block a list item.
    if (const size_t marker = leading_list_marker(block.text);
        marker > 0 && !is_enumerator(std::string_view(block.text).substr(0, marker))) {
      Block entry = block;
      entry.kind = "list_item";
      entry.text = trimmed(std::string_view(block.text).substr(marker));
      read_into_slot(entry, fold_for_matching(entry.text));
      return;
    }
    if (current->title.empty() && block.kind != "list_item") {
      out.slot_blocks.push_back(block.id);
      set_title(*current, block, block.text);
      return;
    }
    // Two labelled lines run into one: each is read on its own.
    if (const size_t at = inner_label(block.text); at != std::string::npos) {
      Block head = block;
      head.text = trimmed(std::string_view(block.text).substr(0, at));
      read_into_slot(head, fold_for_matching(head.text));
      if (!current) return;
      Block tail = block;
      tail.kind = "paragraph";
      tail.text = block.text.substr(at);
      read_into_slot(tail, fold_for_matching(tail.text));
      return;
    }
    std::string label, rest;
    const bool labelled = label_shape(block.text, label, rest);
    if (labelled) {
      const std::string folded_label = fold_for_matching(label);
      if (starts_with_cue(folded_label, language.venue_labels)) {
        current->venue = rest;
        return;
      }
      if (!first_cue(folded_label, language.question_intros).empty()) {
        in_questions = true;
        role.clear();
        return;
      }
      // "Presenter: Dr X, …, Angola Moderator:": the next label ran into the entry's end.
      const size_t next_label = trailing_label(rest);
      const std::string next = next_label == std::string::npos ? "" : rest.substr(next_label);
      if (next_label != std::string::npos) rest = trimmed(rest.substr(0, next_label));
      PersonEntry entry;
      const bool entry_follows = !rest.empty() && parse_person_entry(rest, entry);
      // A label alone may be laid out as a list item ("• Moderator:" over its list): only a
      // label the tables know is taken then, an unknown one is a list entry's lead.
      std::string label_role = role_of_label(folded_label, language);
      if (rest.empty() ? block.kind != "list_item" || !label_role.empty() : entry_follows) {
        if (label_role.empty() && current->kind != "opening" && current->kind != "closing") {
          // A label no table knows: one person named on its line chairs the slot (the
          // first such line); a list after it, or a second line, names speakers. A name
          // with neither honorific nor function ("Venue: Palais Wilson") names a place.
          if (entry_follows && entry.honorific.empty() &&
              (entry.function.empty() || names_venue(entry.name))) {
            if (current->venue.empty()) current->venue = rest;
            return;
          }
          label_role = entry_follows && !moderated ? "moderator" : "speaker";
        }
        if (label_role.empty()) label_role = default_role();
        in_questions = false;
        role = label_role;
        one_entry_role = rest.empty() && takes_one_entry(folded_label, label_role);
        if (entry_follows) {
          const std::string title = read_entries(block, rest, label_role);
          if (label_role == "moderator" || label_role == "presenter") role.clear();
          open_run_on_title(block, title);
        }
        if (!next.empty()) {
          Block tail = block;
          tail.kind = "paragraph";
          tail.text = next;
          read_into_slot(tail, fold_for_matching(next));
        }
        return;
      }
    }
    // A role label without its colon: alone over a list, or before one person with an
    // honorific.
    if (block.kind != "list_item" && !labelled) {
      std::string after;
      const std::string unlabelled = unlabelled_role(block.text, after);
      PersonEntry entry;
      if (!unlabelled.empty() &&
          (after.empty() || (parse_person_entry(after, entry) && !entry.honorific.empty()))) {
        in_questions = false;
        role = unlabelled;
        one_entry_role = after.empty() && takes_one_entry(folds.fold(block.text), role);
        if (!after.empty()) {
          add_person(block, after, unlabelled);
          if (unlabelled == "moderator" || unlabelled == "presenter") role.clear();
        }
        return;
      }
    }
    // A panel inside a session is a slot of its own, with the session's times: named by
    // the tables' panel words, or numbered like a session.
    // A list item too when both say so (a scan's layout indents the panels under a session).
    const bool panel_word =
        starts_with_cue(folded, language.panels) && block.text.find(':') != std::string::npos;
    const bool panel_title = block.kind != "list_item" ? panel_word || numbered_title(block.text)
                                                       : panel_word && numbered_title(block.text);
    if (panel_title && !is_question(block.text)) {
      const TimeRange same{current->start, current->end, 0};
      const std::string saved_event = current->event;
      const int saved_day = current->day;
      const std::string saved_date = current->date;
      Session& panel = open_session(block, same);
      panel.event = saved_event;
      panel.day = saved_day;
      panel.date = saved_date;
      out.slot_blocks.push_back(block.id);
      set_title(panel, block, block.text);
      current->kind = "panel";
      return;
    }
    if (!first_cue(folded, language.question_intros).empty() && folded.size() < 160) {
      in_questions = true;
      role.clear();
      return;
    }
    if (block.kind == "list_item" && (in_questions || is_question(block.text))) {
      current->questions.push_back(block.text);
      out.question_blocks.push_back(block.id);
      return;
    }
    if (block.kind != "list_item") {
      if (const size_t at = role_run_on(block.text); at != std::string::npos) {
        Block head = block;
        head.text = trimmed(std::string_view(block.text).substr(0, at));
        read_into_slot(head, fold_for_matching(head.text));
        Block tail = block;
        tail.text = block.text.substr(at);
        read_into_slot(tail, fold_for_matching(tail.text));
        return;
      }
      if (role.empty() && !in_questions) {
        if (!current->description.empty()) current->description += ' ';
        current->description += block.text;
        return;
      }
      // Under a label that opened a list, entries the layout did not mark as list items (a
      // markerless list after a page break): a name, then its function, no sentence.
      PersonEntry entry;
      if (!role.empty() && !in_questions && block.text.size() < 300 && block.text.back() != '.' &&
          parse_person_entry(block.text, entry) && !entry.function.empty())
        read_entries(block, block.text, role);
      return;
    }
    // An entry the layout ran into the next label ("…, Angola Panellists:").
    const size_t cut = trailing_label(block.text);
    const std::string title =
        read_entries(block, block.text.substr(0, cut), role.empty() ? default_role() : role);
    open_run_on_title(block, title);
    if (cut != std::string::npos) {
      Block tail = block;
      tail.kind = "paragraph";
      tail.text = block.text.substr(cut);
      read_into_slot(tail, fold_for_matching(tail.text));
    }
  }

  std::string day_date(const std::string& text) const;
};

// The date a day heading prints ("Day 1 – Monday, 14 April 2031", "mardi 12 octobre"), when it
// has one; a date without its year takes the year of the workshops.
std::string Reader::day_date(const std::string& text) const {
  int year = 0;
  for (const Event& e : record.events) {
    if (e.year > 0) year = e.year;
  }
  const std::vector<DateRange> dates = find_dates(text, year);
  return dates.empty() ? std::string() : dates.front().start;
}

}  // namespace

bool parse_time_range(std::string_view text, TimeRange& range) {
  const std::optional<ClockRange> clock = read_clock_range(text, 0);
  if (!clock) return false;
  range.start = clock->start;
  range.end = clock->end;
  // The range with the spaces after it: what follows is the slot's title.
  size_t end = clock->end_offset;
  while (end < text.size()) {
    if (text[end] == ' ') {
      ++end;
    } else if (text.compare(end, 2, "\u00a0") == 0) {
      end += 2;
    } else {
      break;
    }
  }
  range.length = end;
  return true;
}

namespace {

// A time cell the layout cut in two ("10.30 a.m. –" then "11.15 a.m.", "9.30 – 10.15" then
// "horas", "2.30 p.m. – 4" then "p.m."): the cell's text made whole, or an empty string.
std::string joined_time(const Block& a, const Block& b) {
  if (a.kind == "list_item" || b.kind == "list_item" || b.text.size() > 24) return {};
  if (a.text.empty() || !std::isdigit(static_cast<unsigned char>(a.text.front()))) return {};
  TimeRange first;
  if (!parse_time_range(a.text, first)) {
    // A range cut after its dash: the rest of it opens the next block.
    const std::string whole = a.text + ' ' + b.text;
    TimeRange range;
    if (parse_time_range(whole, range) && range.length > a.text.size() + 1) return whole;
    // "3.45 p.m. – 5 Session 6: …" then "p.m.": the end hour's meridiem went to the next
    // line, and the end hour alone did not read as a time before the title.
    if (!is_clock_suffix(b.text)) return {};
    const size_t dash = a.text.find_first_of("-\xe2");
    if (dash == std::string::npos) return {};
    size_t end = a.text.find_first_of("0123456789", dash);
    if (end == std::string::npos) return {};
    while (end < a.text.size() && (std::isdigit(static_cast<unsigned char>(a.text[end])) ||
                                   a.text[end] == '.' || a.text[end] == ':'))
      ++end;
    const std::string mended = a.text.substr(0, end) + ' ' + b.text + a.text.substr(end);
    if (!parse_time_range(mended, range) || range.length <= end + 1) return {};
    return mended;
  }
  // A whole range followed by a lone meridiem or hour word: it belongs to the end time.
  if (!is_clock_suffix(b.text)) return {};
  const std::optional<ClockRange> clock = read_clock_range(a.text, 0);
  if (!clock) return {};
  return a.text.substr(0, clock->end_offset) + ' ' + b.text + a.text.substr(clock->end_offset);
}

}  // namespace

Programme read_programme(const DocumentRecord& record, const LanguageTable& language) {
  FoldCache folds;
  return read_programme(record, language, folds);
}

Programme read_programme(const DocumentRecord& record, const LanguageTable& language,
                         FoldCache& folds) {
  Reader reader{record, language, folds};
  // Room for several slots per block: the sessions rarely move (open_session() copes when
  // they do, as when one block holds a whole column of times).
  reader.out.sessions.reserve(record.blocks.size() * 4 + 16);
  for (size_t i = 0; i < record.blocks.size(); ++i) {
    const Block& block = record.blocks[i];
    if (i + 1 < record.blocks.size()) {
      const std::string whole = joined_time(block, record.blocks[i + 1]);
      if (!whole.empty()) {
        Block joined = block;
        joined.text = whole;
        reader.read(joined);
        reader.out.slot_blocks.push_back(record.blocks[i + 1].id);
        ++i;
        continue;
      }
    }
    // The cut cell set its title between the two halves of the time ("9.30 a.m. –", "Opening",
    // "10.30 a.m."), the title perhaps wrapped after them.
    if (i + 2 < record.blocks.size() && record.blocks[i + 2].text.size() <= 16) {
      const std::string whole = joined_time(block, record.blocks[i + 2]);
      TimeRange first;
      if (!whole.empty() && !parse_time_range(block.text, first)) {
        Block joined = block;
        joined.text = whole;
        reader.read(joined);
        reader.out.slot_blocks.push_back(record.blocks[i + 2].id);
        Block title = record.blocks[i + 1];
        const size_t next = i + 3;
        const bool wrapped = next < record.blocks.size() &&
                             record.blocks[next].kind != "list_item" &&
                             is_lowercase_letter(first_code_point(record.blocks[next].text));
        if (wrapped) {
          title.text += ' ' + record.blocks[next].text;
          reader.out.slot_blocks.push_back(record.blocks[next].id);
        }
        reader.read(title);
        i += wrapped ? 3 : 2;
        continue;
      }
    }
    reader.read(block);
  }
  for (Session& s : reader.out.sessions) {
    if (s.kind.empty()) s.kind = "session";
  }
  return std::move(reader.out);
}

}  // namespace idm
