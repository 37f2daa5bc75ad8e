#include "programme.hpp"

#include <fmt/format.h>

#include <cctype>
#include <ctime>

#include "classify/clock.hpp"
#include "classify/cue_match.hpp"
#include "classify/dates.hpp"
#include "classify/entry_parts.hpp"
#include "classify/person_entry.hpp"
#include "extractors/unicode_text.hpp"

namespace idm {
namespace {

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

// The day number a day heading gives ("Première journée", "Day 2 – Tuesday", "Segundo día"),
// or 0 when |folded| is not a day heading.
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

std::string session_kind(const std::string& folded_title, const LanguageTable& language) {
  if (!first_cue(folded_title, language.side_events).empty()) return "side_event";
  if (starts_with_cue(folded_title, language.panels)) return "panel";
  if (!first_cue(folded_title, language.registration).empty()) return "registration";
  if (!first_cue(folded_title, language.breaks).empty()) return "break";
  if (!first_cue(folded_title, language.opening).empty()) return "opening";
  if (!first_cue(folded_title, language.closing).empty()) return "closing";
  return "session";
}

// "Moderator: Mr X, ..." -> the role and what follows the colon.
bool role_label(const std::string& text, const LanguageTable& language, std::string& role,
                std::string& rest) {
  const size_t colon = text.find(':');
  if (colon == std::string::npos || colon > 60) return false;
  const std::string label = fold_for_matching(text.substr(0, colon));
  struct RoleCues {
    Cues LanguageTable::*cues;
    const char* role;
  };
  static constexpr RoleCues kRoles[] = {{&LanguageTable::opening_labels, "opening"},
                                        {&LanguageTable::closing_labels, "closing"},
                                        {&LanguageTable::moderator_labels, "moderator"},
                                        {&LanguageTable::presenter_labels, "presenter"},
                                        {&LanguageTable::speaker_labels, "speaker"}};
  for (const RoleCues& r : kRoles) {
    if (starts_with_cue(label, language.*r.cues)) {
      role = r.role;
      rest = text.substr(colon + 1);
      while (!rest.empty() && rest.front() == ' ')
        rest.erase(0, 1);
      return true;
    }
  }
  return false;
}

struct Reader {
  const DocumentRecord& record;
  const LanguageTable& language;
  Programme out;
  int day = 0;
  std::string date;
  std::string event;
  Session* current = nullptr;  // the open slot
  std::string role;            // the role of the list entries that follow
  bool in_questions = false;
  bool expect_title = false;

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

  void open_session(const Block& block, const TimeRange& times, std::string title) {
    Session s;
    s.id = fmt::format("s{:02d}", out.sessions.size() + 1);
    s.day = std::max(day, 1);
    s.date = date.empty() ? date_of_day(s.day) : date;
    s.event = event.empty() ? event_for(s.date) : event;
    s.start = times.start;
    s.end = times.end;
    s.title = std::move(title);
    s.page = block.page;
    out.sessions.push_back(std::move(s));
    current = &out.sessions.back();
    role.clear();
    in_questions = false;
    expect_title = current->title.empty();
    if (!expect_title) current->kind = session_kind(fold_for_matching(current->title), language);
    out.slot_blocks.push_back(block.id);
  }

  void add_person(const Block& block, const std::string& text, const std::string& as_role) {
    PersonEntry entry;
    if (!current || !parse_person_entry(text, entry)) return;
    Speaker s;
    s.name = entry.name;
    s.honorific = entry.honorific;
    s.role = as_role;
    s.function = entry.function;
    const EntryParts parts = split_function(entry.function);
    s.organization = parts.organization;
    s.country = parts.country;
    s.country_code = parts.country_code;
    s.note = entry.note;
    s.session = current->id;
    s.page = block.page;
    out.speakers.push_back(std::move(s));
  }

  // Entries listed without a role label: the slot's kind tells their part.
  std::string default_role() const {
    if (!current) return "speaker";
    if (current->kind == "opening") return "opening";
    if (current->kind == "closing") return "closing";
    return "speaker";
  }

  void read(const Block& block) {
    if (block.kind == "furniture" || block.kind == "footnote" || block.kind == "caption") return;
    const std::string folded = fold_for_matching(block.text);
    TimeRange times;
    const bool slot = parse_time_range(block.text, times) && block.kind != "list_item";
    if (const int n = day_number(folded, language); n > 0 && !slot && block.kind != "list_item") {
      day = n;
      date = day_date(block.text);
      if (!date.empty()) event = event_for(date);
      if (date.empty()) date = date_of_day(day);
      current = nullptr;
      return;
    }
    if (slot) {
      std::string rest = block.text.substr(times.length);
      while (!rest.empty() && (rest.front() == ' ' || rest.front() == ':'))
        rest.erase(0, 1);
      open_session(block, times, rest);
      return;
    }
    if (!current) return;
    const size_t questions_before = out.question_blocks.size();
    const size_t slots_before = out.slot_blocks.size();
    read_into_slot(block, folded);
    if (out.question_blocks.size() == questions_before && out.slot_blocks.size() == slots_before) {
      out.slot_content.push_back(block.id);
    }
  }

  void read_into_slot(const Block& block, const std::string& folded) {
    if (expect_title) {
      current->title = block.text;
      current->kind = session_kind(folded, language);
      expect_title = false;
      out.slot_blocks.push_back(block.id);
      return;
    }
    // A panel inside a session is a slot of its own, with the session's times.
    if (block.kind != "list_item" && starts_with_cue(folded, language.panels) &&
        block.text.find(':') != std::string::npos) {
      const TimeRange same{current->start, current->end, 0};
      const std::string saved_event = current->event;
      open_session(block, same, block.text);
      current->event = saved_event;
      current->kind = "panel";
      return;
    }
    std::string label_role, rest;
    if (role_label(block.text, language, label_role, rest)) {
      in_questions = false;
      role = label_role;
      if (!rest.empty()) {
        add_person(block, rest, label_role);
        role = label_role == "speaker" ? label_role : std::string();
        if (label_role == "moderator" || label_role == "presenter") role.clear();
      }
      return;
    }
    if (const size_t colon = folded.find(':'); colon != std::string::npos && colon < 40) {
      if (starts_with_cue(folded.substr(0, colon), language.venue_labels)) {
        std::string venue = block.text.substr(block.text.find(':') + 1);
        while (!venue.empty() && venue.front() == ' ')
          venue.erase(0, 1);
        current->venue = venue;
        return;
      }
    }
    if (!first_cue(folded, language.question_intros).empty() && folded.size() < 160) {
      in_questions = true;
      role.clear();
      return;
    }
    if (block.kind != "list_item") {
      if (role.empty() && !in_questions) {
        if (!current->description.empty()) current->description += ' ';
        current->description += block.text;
      }
      return;
    }
    if (in_questions) {
      current->questions.push_back(block.text);
      out.question_blocks.push_back(block.id);
      return;
    }
    add_person(block, block.text, role.empty() ? default_role() : role);
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

Programme read_programme(const DocumentRecord& record, const LanguageTable& language) {
  Reader reader{record, language, {}, 0, {}, {}, nullptr, {}, false, false};
  reader.out.sessions.reserve(record.blocks.size());  // |current| points into it
  for (const Block& block : record.blocks)
    reader.read(block);
  for (Session& s : reader.out.sessions) {
    if (s.kind.empty()) s.kind = "session";
  }
  return std::move(reader.out);
}

}  // namespace idm
