// distinguish_workshop_slugs: two workshops of one run in one month and city.

#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "model/workshops.hpp"

using namespace idm;

namespace {

DocumentRecord record_with(std::string id, std::vector<Event> events) {
  DocumentRecord r;
  r.id = std::move(id);
  r.events = std::move(events);
  return r;
}

Event event(std::string slug, std::string start, std::string theme) {
  Event e;
  e.slug = std::move(slug);
  e.start_date = std::move(start);
  e.theme = std::move(theme);
  e.city = "Lisbon";
  e.year = 2040;
  return e;
}

std::vector<std::string> slugs(const std::vector<DocumentRecord>& records) {
  std::vector<std::string> out;
  for (const DocumentRecord& r : records)
    for (const Event& e : r.events)
      out.push_back(e.slug);
  return out;
}

}  // namespace

TEST_CASE("workshop slugs: a day only where two workshops share month and city") {
  std::vector<DocumentRecord> records = {
      record_with("agenda-a", {event("2040-05-lisbon", "2040-05-03", "Ports")}),
      record_with("agenda-b", {event("2040-05-lisbon", "2040-05-21", "Roads")}),
      record_with("note-b", {event("2040-05-lisbon", "2040-05", "Roads")}),
      record_with("other", {event("2040-06-lisbon", "2040-06-02", "Rails")})};
  Session s;
  s.event = "2040-05-lisbon";
  records[1].sessions.push_back(s);
  const std::vector<size_t> changed = distinguish_workshop_slugs(records);
  CHECK(changed == std::vector<size_t>{0, 1, 2});
  CHECK(slugs(records) == std::vector<std::string>{"2040-05-03-lisbon", "2040-05-21-lisbon",
                                                   "2040-05-21-lisbon", "2040-06-lisbon"});
  CHECK(records[1].sessions[0].event == "2040-05-21-lisbon");
  CHECK(group_workshops(records).size() == 3);
  // Again (records kept from an earlier run): the same slugs; in another order too.
  CHECK(distinguish_workshop_slugs(records).empty());
  std::reverse(records.begin(), records.end());
  for (DocumentRecord& r : records)
    for (Event& e : r.events)
      e.slug = e.slug.size() > 10 && e.slug[10] == '-' ? e.slug.substr(0, 7) + e.slug.substr(10)
                                                       : e.slug;
  distinguish_workshop_slugs(records);
  CHECK(slugs(records) == std::vector<std::string>{"2040-06-lisbon", "2040-05-21-lisbon",
                                                   "2040-05-21-lisbon", "2040-05-03-lisbon"});
}

TEST_CASE("workshop slugs: one workshop's documents keep the contract slug") {
  // The agenda prints 3-4 May, a scan of the note only the 4th: one workshop.
  Event agenda = event("2040-05-lisbon", "2040-05-03", "Ports");
  agenda.end_date = "2040-05-04";
  std::vector<DocumentRecord> records = {
      record_with("agenda", {agenda}),
      record_with("scan", {event("2040-05-lisbon", "2040-05-04", "Ports")}),
      record_with("summary", {event("2040-05-lisbon", "2040-05-03", "Ports")}),
      record_with("note", {event("2040-05-lisbon", "2040-05", "Ports")})};
  CHECK(distinguish_workshop_slugs(records).empty());
  CHECK(slugs(records) == std::vector<std::string>(4, "2040-05-lisbon"));
}
