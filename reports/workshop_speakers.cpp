#include "reports/workshop_speakers.hpp"

#include <fmt/core.h>

#include <algorithm>
#include <chrono>
#include <climits>
#include <cstdlib>
#include <map>
#include <optional>
#include <set>
#include <tuple>
#include <unordered_map>
#include <utility>

#include "extractors/unicode_text.hpp"

namespace idm {

namespace {

constexpr const char* kMonths[] = {"January",   "February", "March",    "April",
                                   "May",       "June",     "July",     "August",
                                   "September", "October",  "November", "December"};
constexpr const char* kWeekdays[] = {"Sunday",   "Monday", "Tuesday", "Wednesday",
                                     "Thursday", "Friday", "Saturday"};
constexpr std::string_view kEnDash = "\xE2\x80\x93";

std::optional<std::chrono::year_month_day> parse_date(std::string_view iso) {
  // YYYY-MM-DD exactly.
  if (iso.size() != 10 || iso[4] != '-' || iso[7] != '-') return std::nullopt;
  int parts[3] = {0, 0, 0};
  const std::pair<std::size_t, std::size_t> spans[3] = {{0, 4}, {5, 2}, {8, 2}};
  for (int p = 0; p < 3; ++p) {
    for (std::size_t i = spans[p].first; i < spans[p].first + spans[p].second; ++i) {
      if (iso[i] < '0' || iso[i] > '9') return std::nullopt;
      parts[p] = parts[p] * 10 + (iso[i] - '0');
    }
  }
  const std::chrono::year_month_day ymd{std::chrono::year{parts[0]},
                                        std::chrono::month{static_cast<unsigned>(parts[1])},
                                        std::chrono::day{static_cast<unsigned>(parts[2])}};
  if (!ymd.ok()) return std::nullopt;
  return ymd;
}

const char* month_name(const std::chrono::year_month_day& ymd) {
  return kMonths[static_cast<unsigned>(ymd.month()) - 1];
}

// Sort key of a session or speaker in time: unknown day / date / start sort last.
struct TimeKey {
  int day;
  std::string date;
  std::string start;
  auto tie() const { return std::tie(day, date, start); }
};

TimeKey time_key(int day, const std::string& date, const std::string& start) {
  return TimeKey{day > 0 ? day : INT_MAX, date.empty() ? std::string("~") : date,
                 start.empty() ? std::string("~") : start};
}

std::string session_key(const Session& s) {
  return fmt::format("{}|{}|{}", s.day, s.start, fold_key(s.title));
}

// Agendas first (their rows win over a report's annex), otherwise record order.
std::vector<const DocumentRecord*> reading_order(const std::vector<const DocumentRecord*>& docs) {
  std::vector<const DocumentRecord*> out = docs;
  std::stable_sort(out.begin(), out.end(), [](const DocumentRecord* a, const DocumentRecord* b) {
    return (a->doc_type == "agenda") > (b->doc_type == "agenda");
  });
  return out;
}

// Folded names of the speakers |record| lists for the sessions of |slug|.
std::set<std::string> speakers_for(const DocumentRecord& record, const std::string& slug) {
  std::set<std::string> ids;
  for (const Session* s : sessions_of(record, slug))
    ids.insert(s->id);
  std::set<std::string> names;
  for (const Speaker& sp : record.speakers) {
    if (ids.count(sp.session)) names.insert(fold_key(sp.name));
  }
  return names;
}

// Which statements of |record| belong to |slug| (see collect_workshop()).
std::vector<bool> statements_for(const DocumentRecord& record, const std::string& slug) {
  const std::size_t n = record.statements.size();
  std::set<std::string> slugs;
  for (const Event& e : record.events)
    if (!e.slug.empty()) slugs.insert(e.slug);
  if (slugs.size() <= 1) return std::vector<bool>(n, true);

  std::map<std::string, std::set<std::string>> names;
  for (const std::string& s : slugs)
    names[s] = speakers_for(record, s);
  std::vector<std::string> owner(n);  // "" = not decided by the speaker's name
  bool any = false;
  for (std::size_t i = 0; i < n; ++i) {
    const std::string who = fold_key(record.statements[i].speaker);
    std::vector<std::string> candidates;
    for (const auto& [s, set] : names)
      if (set.count(who)) candidates.push_back(s);
    if (candidates.size() == 1) {
      owner[i] = candidates.front();
      any = true;
    }
  }
  if (!any) return std::vector<bool>(n, true);

  std::vector<bool> out(n, false);
  for (std::size_t i = 0; i < n; ++i) {
    std::string chosen = owner[i];
    if (chosen.empty()) {
      // The nearest decided statement: by page, then by position, the earlier one on a tie.
      std::tuple<int, std::size_t, int> best{INT_MAX, SIZE_MAX, 1};
      for (std::size_t j = 0; j < n; ++j) {
        if (owner[j].empty()) continue;
        const std::tuple<int, std::size_t, int> d{
            std::abs(record.statements[j].page - record.statements[i].page), j < i ? i - j : j - i,
            j < i ? 0 : 1};
        if (d < best) {
          best = d;
          chosen = owner[j];
        }
      }
    }
    out[i] = chosen == slug;
  }
  return out;
}

}  // namespace

int role_rank(std::string_view role) {
  static constexpr std::string_view kOrder[] = {"moderator", "presenter", "opening", "speaker",
                                                "closing"};
  for (std::size_t i = 0; i < std::size(kOrder); ++i)
    if (role == kOrder[i]) return static_cast<int>(i);
  return static_cast<int>(std::size(kOrder));
}

std::string role_label(std::string_view role) {
  if (role == "moderator") return "Moderator";
  if (role == "presenter") return "Presenter";
  if (role == "opening") return "Opening remarks";
  if (role == "speaker") return "Speaker";
  if (role == "closing") return "Closing remarks";
  return std::string(role);
}

bool speaker_before(const SpeakerRow& a, const SpeakerRow& b) {
  const TimeKey ta = time_key(a.day, a.date, a.start);
  const TimeKey tb = time_key(b.day, b.date, b.start);
  const int ra = role_rank(a.role);
  const int rb = role_rank(b.role);
  return std::tie(ta.day, ta.date, ta.start, a.session_order, ra, a.sequence) <
         std::tie(tb.day, tb.date, tb.start, b.session_order, rb, b.sequence);
}

std::string fold_key(std::string_view text) {
  const std::string folded = fold_for_matching(text);
  std::string out;
  out.reserve(folded.size());
  bool space = false;
  for (const char c : folded) {
    const auto u = static_cast<unsigned char>(c);
    const bool word =
        u >= 0x80 || (u >= '0' && u <= '9') || (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z');
    if (word) {
      if (space && !out.empty()) out += ' ';
      out += c;
      space = false;
    } else {
      space = true;
    }
  }
  return out;
}

std::string format_date(std::string_view iso, bool weekday) {
  const auto ymd = parse_date(iso);
  if (!ymd) return std::string(iso);
  std::string out;
  if (weekday) {
    const std::chrono::weekday wd{std::chrono::sys_days{*ymd}};
    out = fmt::format("{} ", kWeekdays[wd.c_encoding()]);
  }
  out += fmt::format("{} {} {}", static_cast<unsigned>(ymd->day()), month_name(*ymd),
                     static_cast<int>(ymd->year()));
  return out;
}

std::string format_date_range(std::string_view start, std::string_view end) {
  if (start.empty() && end.empty()) return {};
  if (start.empty()) return format_date(end);
  if (end.empty() || end == start) return format_date(start);
  const auto a = parse_date(start);
  const auto b = parse_date(end);
  if (!a || !b) return fmt::format("{} {} {}", start, kEnDash, end);
  if (a->year() == b->year() && a->month() == b->month()) {
    return fmt::format("{}{}{} {} {}", static_cast<unsigned>(a->day()), kEnDash,
                       static_cast<unsigned>(b->day()), month_name(*a),
                       static_cast<int>(a->year()));
  }
  if (a->year() == b->year()) {
    return fmt::format("{} {} {} {} {} {}", static_cast<unsigned>(a->day()), month_name(*a),
                       kEnDash, static_cast<unsigned>(b->day()), month_name(*b),
                       static_cast<int>(b->year()));
  }
  return fmt::format("{} {} {}", format_date(start), kEnDash, format_date(end));
}

std::string format_time_range(std::string_view start, std::string_view end) {
  if (start.empty()) return std::string(end);
  if (end.empty()) return std::string(start);
  return fmt::format("{}{}{}", start, kEnDash, end);
}

std::string one_line(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool space = false;
  for (const char c : text) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
      space = true;
    } else {
      if (space && !out.empty()) out += ' ';
      out += c;
      space = false;
    }
  }
  return out;
}

std::string display_name(std::string_view honorific, std::string_view name) {
  const std::string h = one_line(honorific);
  const std::string n = one_line(name);
  if (h.empty()) return n;
  if (n.empty()) return h;
  return h + " " + n;
}

std::string page_list(std::vector<int> pages) {
  std::sort(pages.begin(), pages.end());
  pages.erase(std::unique(pages.begin(), pages.end()), pages.end());
  pages.erase(std::remove_if(pages.begin(), pages.end(), [](int p) { return p <= 0; }),
              pages.end());
  std::string out;
  for (std::size_t i = 0; i < pages.size();) {
    std::size_t j = i;
    while (j + 1 < pages.size() && pages[j + 1] == pages[j] + 1)
      ++j;
    if (!out.empty()) out += ", ";
    out += j > i ? fmt::format("{}{}{}", pages[i], kEnDash, pages[j]) : fmt::format("{}", pages[i]);
    i = j + 1;
  }
  return out;
}

WorkshopContent collect_workshop(const std::vector<DocumentRecord>& records,
                                 const Workshop& workshop) {
  WorkshopContent content;
  content.event = workshop.event;
  const std::string& slug = workshop.event.slug;
  for (const std::size_t i : workshop.documents) {
    if (i < records.size()) content.documents.push_back(&records[i]);
  }

  // The programme: each session once, taken from the first document (agendas first) listing it.
  struct Pending {
    ProgrammeSession entry;
    TimeKey time;
    int order;
  };
  std::vector<Pending> sessions;
  std::unordered_map<std::string, std::size_t> session_index;  // key -> sessions[]
  // (record, session id) -> key, for the speakers.
  std::map<std::pair<const DocumentRecord*, std::string>, std::string> key_of;
  const std::vector<const DocumentRecord*> readers = reading_order(content.documents);
  for (const DocumentRecord* record : readers) {
    for (const Session* s : sessions_of(*record, slug)) {
      const std::string key = session_key(*s);
      key_of[{record, s->id}] = key;
      if (session_index.count(key)) continue;
      session_index.emplace(key, sessions.size());
      sessions.push_back(Pending{ProgrammeSession{key, s, record, {}},
                                 time_key(s->day, s->date, s->start),
                                 static_cast<int>(sessions.size())});
    }
  }
  std::stable_sort(sessions.begin(), sessions.end(), [](const Pending& a, const Pending& b) {
    return std::tie(a.time.day, a.time.date, a.time.start, a.order) <
           std::tie(b.time.day, b.time.date, b.time.start, b.order);
  });
  std::unordered_map<std::string, int> programme_position;
  for (Pending& p : sessions) {
    programme_position.emplace(p.entry.key, static_cast<int>(content.programme.size()));
    content.programme.push_back(std::move(p.entry));
  }

  // The speakers: one row per session and person.
  std::set<std::string> seen;
  int sequence = 0;
  for (const DocumentRecord* record : readers) {
    const bool single_event = record->events.size() == 1 && record->events.front().slug == slug;
    for (const Speaker& sp : record->speakers) {
      ++sequence;
      std::string key;
      if (!sp.session.empty()) {
        const auto found = key_of.find({record, sp.session});
        if (found == key_of.end()) continue;  // another workshop's session
        key = found->second;
      } else if (!single_event) {
        continue;  // no session, and the document describes several workshops
      }
      if (!seen.insert(key + "#" + fold_key(sp.name)).second) continue;

      SpeakerRow row;
      row.role = sp.role;
      row.honorific = sp.honorific;
      row.name = sp.name;
      row.function = sp.function;
      row.organization = sp.organization;
      row.country = sp.country;
      row.note = sp.note;
      row.document = record->id;
      row.source_path = record->source.path;
      row.page = sp.page;
      row.session_key = key;
      row.sequence = sequence;
      if (!key.empty()) {
        const int position = programme_position.at(key);
        const Session& s = *content.programme[static_cast<std::size_t>(position)].session;
        row.day = s.day;
        row.date = s.date;
        row.start = s.start;
        row.end = s.end;
        row.session = s.title;
        row.session_order = position;
        if (row.page <= 0) row.page = s.page;
      } else {
        row.session_order = INT_MAX;
      }
      content.speakers.push_back(std::move(row));
    }
  }
  std::stable_sort(content.speakers.begin(), content.speakers.end(), speaker_before);
  for (std::size_t i = 0; i < content.speakers.size(); ++i) {
    const SpeakerRow& row = content.speakers[i];
    if (row.session_key.empty()) continue;
    content.programme[static_cast<std::size_t>(row.session_order)].speakers.push_back(i);
  }

  // Findings and statements, in record order.
  std::unordered_map<std::string, std::size_t> speaker_index;  // folded name -> statements[]
  for (const DocumentRecord* record : content.documents) {
    for (const Item& item : record->key_messages)
      content.key_messages.push_back(SourcedItem{&item, record});
    for (const Item& item : record->recommendations)
      content.recommendations.push_back(SourcedItem{&item, record});
    const std::vector<bool> mine = statements_for(*record, slug);
    for (std::size_t i = 0; i < record->statements.size(); ++i) {
      if (!mine[i]) continue;
      const Statement& st = record->statements[i];
      const std::string who = fold_key(st.speaker);
      auto [it, added] = speaker_index.emplace(who, content.statements.size());
      if (added) content.statements.push_back(SpeakerStatements{one_line(st.speaker), {}, {}});
      SpeakerStatements& group = content.statements[it->second];
      if (group.function.empty()) group.function = one_line(st.function);
      group.statements.push_back(SourcedStatement{&st, record});
    }
  }
  // Statements nobody is named for go last.
  std::stable_partition(content.statements.begin(), content.statements.end(),
                        [](const SpeakerStatements& g) { return !g.name.empty(); });
  return content;
}

}  // namespace idm

namespace idm {

namespace {

bool contains_folded(std::string_view haystack, std::string_view needle) {
  const std::string h = fold_key(haystack);
  const std::string n = fold_key(needle);
  return !n.empty() && (" " + h + " ").find(" " + n + " ") != std::string::npos;
}

}  // namespace

std::string workshop_title(const Event& event) {
  std::string title = one_line(event.title);
  if (title.empty()) title = "Workshop " + event.slug;
  const std::string city = one_line(event.city);
  if (!city.empty() && !contains_folded(title, city)) title += fmt::format(" {} {}", kEnDash, city);
  return title;
}

std::string venue_line(const Event& event) {
  const std::string venue = one_line(event.venue);
  const std::string city = one_line(event.city);
  if (venue.empty()) return city;
  if (city.empty() || contains_folded(venue, city)) return venue;
  return venue + ", " + city;
}

std::string speaker_details(const SpeakerRow& row) {
  std::string out = one_line(row.function);
  for (const std::string* extra : {&row.organization, &row.country}) {
    const std::string e = one_line(*extra);
    if (e.empty() || contains_folded(out, e)) continue;
    if (!out.empty()) out += ", ";
    out += e;
  }
  return out;
}

std::vector<int> cited_pages(const WorkshopContent& content, const DocumentRecord& record) {
  std::vector<int> pages;
  for (const ProgrammeSession& s : content.programme)
    if (s.record == &record) pages.push_back(s.session->page);
  for (const SpeakerRow& row : content.speakers)
    if (row.document == record.id) pages.push_back(row.page);
  for (const auto* items : {&content.key_messages, &content.recommendations})
    for (const SourcedItem& i : *items)
      if (i.record == &record) pages.push_back(i.item->page);
  for (const SpeakerStatements& g : content.statements)
    for (const SourcedStatement& s : g.statements)
      if (s.record == &record) pages.push_back(s.statement->page);
  std::sort(pages.begin(), pages.end());
  pages.erase(std::unique(pages.begin(), pages.end()), pages.end());
  pages.erase(std::remove_if(pages.begin(), pages.end(), [](int p) { return p <= 0; }),
              pages.end());
  return pages;
}

std::vector<ProgrammeDay> programme_days(const WorkshopContent& content) {
  std::vector<ProgrammeDay> days;
  const auto& programme = content.programme;
  for (std::size_t i = 0; i < programme.size();) {
    const Session& first = *programme[i].session;
    std::size_t j = i + 1;
    while (j < programme.size() && programme[j].session->day == first.day &&
           programme[j].session->date == first.date)
      ++j;
    std::string title;
    if (first.day > 0) {
      title = fmt::format("Day {}", first.day);
      if (!first.date.empty())
        title += fmt::format(" {} {}", kEnDash, format_date(first.date, true));
    } else if (!first.date.empty()) {
      title = format_date(first.date, true);
    } else {
      title = "Sessions without a date";
    }
    days.push_back(ProgrammeDay{std::move(title), i, j});
    i = j;
  }
  return days;
}

std::pair<std::string, std::string> item_parts(const Item& item) {
  const std::string title = one_line(item.title);
  const std::string text = one_line(item.text);
  if (title.empty()) return {"", text};
  if (text.compare(0, title.size(), title) == 0) {
    return {title, one_line(std::string_view(text).substr(title.size()))};
  }
  return {title, text};
}

}  // namespace idm
