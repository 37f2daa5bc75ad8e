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
#include "reports/programme_match.hpp"

namespace idm {

namespace {

constexpr std::string_view kEnDash = "\xE2\x80\x93";

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

// Agendas first (their rows win over a report's annex), then documents with a text layer
// before those read by OCR (fewer misread letters), otherwise record order.
std::vector<const DocumentRecord*> reading_order(const std::vector<const DocumentRecord*>& docs) {
  std::vector<const DocumentRecord*> out = docs;
  std::stable_sort(out.begin(), out.end(), [](const DocumentRecord* a, const DocumentRecord* b) {
    const bool agenda_a = a->doc_type == "agenda";
    const bool agenda_b = b->doc_type == "agenda";
    if (agenda_a != agenda_b) return agenda_a;
    return a->source.ocr_pages.size() < b->source.ocr_pages.size();
  });
  return out;
}

RowSource row_source(const DocumentRecord& record, int page) {
  return RowSource{record.id, record.source.path, page};
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

SpeakerRow speaker_row(const DocumentRecord& record, const Speaker& speaker,
                       const std::unordered_map<std::string, std::string>& person_of) {
  SpeakerRow row;
  row.role = speaker.role;
  row.honorific = speaker.honorific;
  row.name = speaker.name;
  row.function = speaker.function;
  row.organization = speaker.organization;
  row.country = speaker.country;
  row.country_code = speaker.country_code;
  row.note = speaker.note;
  row.document = record.id;
  row.source_path = record.source.path;
  row.page = speaker.page;
  const auto person = person_of.find(appearance_key(record.id, speaker.session, speaker.name));
  if (person != person_of.end()) row.person = person->second;
  return row;
}

std::string appearance_key(std::string_view document, std::string_view session,
                           std::string_view name) {
  return fmt::format("{}|{}|{}", document, session, fold_key(name));
}

std::string workshop_language(const std::vector<const DocumentRecord*>& documents) {
  for (const DocumentRecord* record : documents)
    if (record->doc_type == "agenda" && !record->language.empty()) return record->language;
  std::map<std::string, int> votes;
  for (const DocumentRecord* record : documents)
    ++votes[record->language];
  std::string best = "en";
  int best_votes = votes["en"];
  for (const auto& [language, n] : votes) {  // alphabetical: ties go to the first
    if (n > best_votes) {
      best = language;
      best_votes = n;
    }
  }
  return best;
}

std::vector<FindingGroup> group_findings(const std::vector<SourcedItem>& items) {
  std::vector<FindingGroup> groups;
  // Folded text -> (group, point) of its first appearance.
  std::map<std::string, std::pair<std::size_t, std::size_t>> first;
  for (const SourcedItem& i : items) {
    const std::string key = fold_key(i.item->text.empty() ? i.item->title : i.item->text);
    const auto found = key.empty() ? first.end() : first.find(key);
    if (found != first.end() && groups[found->second.first].record != i.record) {
      groups[found->second.first].points[found->second.second].sources.push_back(i);
      continue;
    }
    if (groups.empty() || groups.back().record != i.record) groups.push_back({i.record, {}});
    if (!key.empty() && found == first.end())
      first.emplace(key, std::make_pair(groups.size() - 1, groups.back().points.size()));
    groups.back().points.push_back(FindingPoint{i.item, {i}});
  }
  return groups;
}

WorkshopContent collect_workshop(const std::vector<DocumentRecord>& records,
                                 const Workshop& workshop, const std::vector<Person>* people,
                                 const std::string& language) {
  WorkshopContent content;
  content.event = workshop.event;
  const std::string& slug = workshop.event.slug;
  for (const std::size_t i : workshop.documents) {
    if (i < records.size()) content.documents.push_back(&records[i]);
  }
  content.language = language.empty() ? workshop_language(content.documents) : language;
  std::unordered_map<std::string, std::string> person_of;  // appearance_key() -> person id
  if (people) {
    for (const Person& person : *people)
      for (const Appearance& a : person.appearances)
        if (a.role != "statement")
          person_of.emplace(appearance_key(a.document, a.session, a.name), person.id);
  }

  // The programme: each session once, taken from the first document (agendas first) listing
  // it; a session of a later document that same_session() matches adds that document to its
  // sources.
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
    std::set<std::size_t> taken;  // sessions[] this document already matched
    for (const Session* s : sessions_of(*record, slug)) {
      std::string key = session_key(*s);
      auto found = session_index.find(key);
      std::size_t match = found == session_index.end() ? SIZE_MAX : found->second;
      if (match == SIZE_MAX) {
        for (std::size_t i = 0; i < sessions.size() && match == SIZE_MAX; ++i) {
          const ProgrammeSession& other = sessions[i].entry;
          if (other.record != record && !taken.count(i) && same_session(*other.session, *s))
            match = i;
        }
      }
      if (match != SIZE_MAX) {
        ProgrammeSession& other = sessions[match].entry;
        key_of[{record, s->id}] = other.key;
        taken.insert(match);
        const bool listed =
            other.record == record ||
            std::any_of(other.also_in.begin(), other.also_in.end(),
                        [&](const RowSource& r) { return r.document == record->id; });
        if (!listed) other.also_in.push_back(row_source(*record, s->page));
        continue;
      }
      key_of[{record, s->id}] = key;
      session_index.emplace(key, sessions.size());
      taken.insert(sessions.size());
      sessions.push_back(Pending{ProgrammeSession{key, s, record, {}, {}},
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

  // The speakers: one row per session and person. A later document's entry for a person the
  // row of an earlier one already gives (same session, or the same day and start: a parallel
  // session the documents split differently) adds that document to the row's sources.
  const auto same_slot = [](const SpeakerRow& a, const SpeakerRow& b) {
    return !a.start.empty() && a.day == b.day && a.date == b.date && a.start == b.start;
  };
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

      SpeakerRow row = speaker_row(*record, sp, person_of);
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

      // The same name first; a misread one only from another document (one document may list
      // two people a letter apart).
      SpeakerRow* earlier = nullptr;
      for (const bool misread : {false, true}) {
        for (SpeakerRow& other : content.speakers) {
          if (earlier) break;
          const bool other_document = other.document != row.document;
          if (misread && !other_document) continue;
          if (!same_person_name(other.name, row.name, other.honorific, row.honorific, misread))
            continue;
          if (other.session_key == key || (other_document && !key.empty() && same_slot(other, row)))
            earlier = &other;
        }
      }
      if (!earlier) {
        content.speakers.push_back(std::move(row));
        continue;
      }
      const bool listed =
          earlier->document == row.document ||
          std::any_of(earlier->also_in.begin(), earlier->also_in.end(),
                      [&](const RowSource& r) { return r.document == row.document; });
      if (!listed) earlier->also_in.push_back(row_source(*record, row.page));
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

std::string workshop_title(const Event& event, const ReportLabels& labels) {
  std::string title = one_line(event.title);
  if (title.empty()) title = fmt::format(fmt::runtime(labels.workshop_named), event.slug);
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

std::string sources_text(const std::vector<RowSource>& sources, const ReportLabels& labels) {
  std::string out;
  for (const RowSource& source : sources) {
    if (!out.empty()) out += "; ";
    out += source.page > 0
               ? fmt::format(fmt::runtime(labels.page_ref), source.document, source.page)
               : source.document;
  }
  return out;
}

std::vector<int> cited_pages(const WorkshopContent& content, const DocumentRecord& record) {
  std::vector<int> pages;
  const auto add_sources = [&](const std::vector<RowSource>& sources) {
    for (const RowSource& source : sources)
      if (source.document == record.id) pages.push_back(source.page);
  };
  for (const ProgrammeSession& s : content.programme) {
    if (s.record == &record) pages.push_back(s.session->page);
    add_sources(s.also_in);
  }
  for (const SpeakerRow& row : content.speakers) {
    if (row.document == record.id) pages.push_back(row.page);
    add_sources(row.also_in);
  }
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

std::vector<ProgrammeDay> programme_days(const WorkshopContent& content,
                                         const ReportLabels& labels) {
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
      title = fmt::format(fmt::runtime(labels.day_n), first.day);
      if (!first.date.empty())
        title += fmt::format(" {} {}", kEnDash, format_date(first.date, labels, true));
    } else if (!first.date.empty()) {
      title = format_date(first.date, labels, true);
    } else {
      title = std::string(labels.sessions_without_date);
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
