// The speaker list of a workshop: order (day, time, moderator first), one row per session and
// person across documents, statements of a yearly report split between its workshops.

#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "model/workshops.hpp"
#include "reports/workshop_speakers.hpp"

using namespace idm;

namespace {

Event event(const std::string& slug) {
  Event e;
  e.slug = slug;
  e.title = "International Dialogue on Migration 2031";
  e.city = "New York";
  e.start_date = "2031-04-14";
  e.end_date = "2031-04-15";
  return e;
}

Session session(const std::string& id, const std::string& slug, int day, const std::string& start,
                const std::string& title, int page) {
  Session s;
  s.id = id;
  s.event = slug;
  s.day = day;
  s.date = day == 1 ? "2031-04-14" : "2031-04-15";
  s.start = start;
  s.title = title;
  s.page = page;
  return s;
}

Speaker speaker(const std::string& name, const std::string& role, const std::string& sid,
                int page = 1) {
  Speaker s;
  s.name = name;
  s.role = role;
  s.session = sid;
  s.page = page;
  return s;
}

Statement statement(const std::string& who, int page) {
  Statement s;
  s.speaker = who;
  s.text = who + " spoke.";
  s.page = page;
  return s;
}

std::vector<std::string> names(const std::vector<SpeakerRow>& rows) {
  std::vector<std::string> out;
  for (const SpeakerRow& r : rows)
    out.push_back(r.name);
  return out;
}

}  // namespace

TEST_CASE("speakers: ordered by day and time, moderator first within a session") {
  DocumentRecord agenda;
  agenda.id = "agenda";
  agenda.doc_type = "agenda";
  agenda.events = {event("2031-04-new-york")};
  // Listed out of order on purpose.
  agenda.sessions = {session("s2", "", 2, "10:00", "Session 4", 3),
                     session("s1", "", 1, "10:30", "Session 1", 1),
                     session("s0", "", 1, "09:00", "Opening", 1)};
  agenda.speakers = {speaker("Dana Speaker", "speaker", "s1"),
                     speaker("Mo Derator", "moderator", "s1"),
                     speaker("Late Day", "moderator", "s2"), speaker("Open Er", "opening", "s0"),
                     speaker("Pre Senter", "presenter", "s1")};
  const std::vector<DocumentRecord> records = {agenda};
  const auto workshops = group_workshops(records);
  REQUIRE(workshops.size() == 1);
  const WorkshopContent content = collect_workshop(records, workshops.front());

  CHECK(names(content.speakers) == std::vector<std::string>{"Open Er", "Mo Derator", "Pre Senter",
                                                            "Dana Speaker", "Late Day"});
  REQUIRE(content.programme.size() == 3);
  CHECK(content.programme[0].session->title == "Opening");
  CHECK(content.programme[1].speakers.size() == 3);
  CHECK(content.speakers[1].session == "Session 1");
  CHECK(content.speakers[1].start == "10:30");
  CHECK(content.speakers[1].day == 1);
}

TEST_CASE("speakers: speaker_before() puts unknown days and times last") {
  SpeakerRow a, b;
  a.day = 0;
  b.day = 2;
  CHECK(speaker_before(b, a));
  a.day = 1;
  a.start = "";
  b.day = 1;
  b.start = "17:00";
  CHECK(speaker_before(b, a));
  a.start = b.start = "10:00";
  a.role = "speaker";
  b.role = "moderator";
  a.sequence = 1;
  b.sequence = 2;
  CHECK(speaker_before(b, a));
  CHECK(role_rank("moderator") < role_rank("speaker"));
  CHECK(role_rank("unknown") > role_rank("closing"));
}

TEST_CASE("speakers: an agenda and a report's annex listing the same person give one row") {
  DocumentRecord agenda;
  agenda.id = "z-agenda";  // sorts after the report: the agenda must still win
  agenda.doc_type = "agenda";
  agenda.events = {event("2031-04-new-york")};
  agenda.sessions = {session("s1", "2031-04-new-york", 1, "10:30", "Session 1: Labour markets", 1)};
  agenda.speakers = {speaker("Lucía Ferrando", "speaker", "s1", 1)};

  DocumentRecord report;
  report.id = "a-report";
  report.doc_type = "report";
  report.events = {event("2031-04-new-york"), event("2031-10-geneva")};
  report.sessions = {
      session("s01", "2031-04-new-york", 1, "10:30", "SESSION 1 – Labour  markets", 28),
      session("s02", "2031-10-geneva", 1, "10:30", "Session 1: Green jobs", 31)};
  report.speakers = {speaker("Lucia Ferrando", "speaker", "s01", 28),
                     speaker("Extra Person", "speaker", "s01", 28),
                     speaker("Geneva Person", "moderator", "s02", 31)};

  const std::vector<DocumentRecord> records = {report, agenda};
  const auto workshops = group_workshops(records);
  REQUIRE(workshops.size() == 2);
  const WorkshopContent ny = collect_workshop(records, workshops[0]);
  REQUIRE(ny.event.slug == "2031-04-new-york");
  CHECK(names(ny.speakers) == std::vector<std::string>{"Lucía Ferrando", "Extra Person"});
  CHECK(ny.speakers[0].document == "z-agenda");
  CHECK(ny.speakers[0].page == 1);
  CHECK(ny.speakers[1].document == "a-report");
  REQUIRE(ny.programme.size() == 1);
  CHECK(ny.programme[0].record->id == "z-agenda");

  const WorkshopContent geneva = collect_workshop(records, workshops[1]);
  CHECK(names(geneva.speakers) == std::vector<std::string>{"Geneva Person"});
}

TEST_CASE("statements: a report on two workshops gives each the statements of its speakers") {
  DocumentRecord report;
  report.id = "report";
  report.doc_type = "report";
  report.events = {event("2031-04-new-york"), event("2031-10-geneva")};
  report.sessions = {session("a", "2031-04-new-york", 1, "10:00", "Opening", 28),
                     session("b", "2031-10-geneva", 1, "10:00", "Opening", 31)};
  report.speakers = {speaker("Halima Oduya", "opening", "a"), speaker("Tom Ny", "opening", "a"),
                     speaker("Halima Oduya", "opening", "b"), speaker("Astrid Ge", "opening", "b")};
  report.statements = {statement("Halima Oduya", 7),  statement("Tom Ny", 7),
                       statement("Not Listed", 8),    statement("Tom Ny", 17),
                       statement("Halima Oduya", 18), statement("Halima Oduya", 19),
                       statement("Astrid Ge", 19)};
  report.key_messages = {Item{1, "One.", "One. More.", 5, {}}};
  const std::vector<DocumentRecord> records = {report};
  const auto workshops = group_workshops(records);
  REQUIRE(workshops.size() == 2);

  const auto pages = [](const WorkshopContent& c) {
    std::vector<int> out;
    for (const SpeakerStatements& g : c.statements)
      for (const SourcedStatement& s : g.statements)
        out.push_back(s.statement->page);
    std::sort(out.begin(), out.end());
    return out;
  };
  const WorkshopContent ny = collect_workshop(records, workshops[0]);
  const WorkshopContent ge = collect_workshop(records, workshops[1]);
  // Halima Oduya opens both: p. 18 goes with Tom Ny's p. 17, p. 19 with Astrid Ge's p. 19.
  CHECK(pages(ny) == std::vector<int>{7, 7, 8, 17, 18});
  CHECK(pages(ge) == std::vector<int>{19, 19});
  // Grouped by speaker, in order of first appearance.
  REQUIRE(ny.statements.size() == 3);
  CHECK(ny.statements[0].name == "Halima Oduya");
  CHECK(ny.statements[0].statements.size() == 2);
  // Key messages of a yearly report go to both.
  CHECK(ny.key_messages.size() == 1);
  CHECK(ge.key_messages.size() == 1);
}

TEST_CASE("workshop text helpers") {
  const ReportLabels& en = kLabelsEn;
  CHECK(format_date_range("2031-04-14", "2031-04-15", en) ==
        "14\xE2\x80\x93"
        "15 April 2031");
  CHECK(format_date_range("2031-04-30", "2031-05-02", en) == "30 April \xE2\x80\x93 2 May 2031");
  CHECK(format_date_range("2031-12-31", "2032-01-01", en) ==
        "31 December 2031 \xE2\x80\x93 1 January 2032");
  CHECK(format_date_range("2031-04-14", "", en) == "14 April 2031");
  CHECK(format_date_range("", "", en) == "");
  CHECK(format_date("2031-04-14", en, true) == "Monday 14 April 2031");
  CHECK(format_date("April 2031", en) == "April 2031");
  CHECK(page_list({28, 1, 5, 6, 7, 5, 0}) ==
        "1, 5\xE2\x80\x93"
        "7, 28");
  CHECK(fold_key("  Lucía  FERRANDO, ") == "lucia ferrando");
  CHECK(one_line(" a\n\tb  c ") == "a b c");
  CHECK(display_name("H.E. Ms", "Ingrid Solvang") == "H.E. Ms Ingrid Solvang");
  CHECK(role_label("moderator", en) == "Moderator");
  CHECK(role_label("opening", en) == "Opening remarks");
}

TEST_CASE("dates, days and roles in the workshop's language") {
  CHECK(format_date("2032-10-11", kLabelsFr, true) == "lundi 11 octobre 2032");
  CHECK(format_date("2032-03-22", kLabelsEs, true) == "lunes, 22 de marzo de 2032");
  CHECK(format_date_range("2032-10-11", "2032-10-12", kLabelsFr) ==
        "11\xE2\x80\x93"
        "12 octobre 2032");
  CHECK(format_date_range("2032-03-30", "2032-04-01", kLabelsEs) ==
        "30 de marzo \xE2\x80\x93 1 de abril de 2032");
  CHECK(role_label("opening", kLabelsFr) == "Allocution d\u2019ouverture");
  CHECK(role_label("moderator", kLabelsEs) == "Moderador");
  CHECK(&report_labels("de") == &kLabelsEn);
  CHECK(&report_labels("es") == &kLabelsEs);
}

TEST_CASE("the workshop's language is its agenda's") {
  DocumentRecord agenda, summary1, summary2;
  agenda.doc_type = "agenda";
  agenda.language = "es";
  summary1.language = summary2.language = "en";
  CHECK(workshop_language({&summary1, &agenda, &summary2}) == "es");
  CHECK(workshop_language({&summary1, &summary2}) == "en");
  summary1.language = "fr";
  CHECK(workshop_language({&summary1, &summary2}) == "en");  // a tie: English
}

TEST_CASE("the same key message in two documents is shown once with both sources") {
  DocumentRecord a, b;
  a.id = "a";
  b.id = "b";
  a.key_messages = {Item{1, "Lead", "Lead. Same text.", 3, {}}, Item{2, "", "Only in a.", 4, {}}};
  b.key_messages = {Item{1, "", "lead  same text", 7, {}}, Item{2, "", "Only in b.", 8, {}}};
  std::vector<SourcedItem> items;
  for (const DocumentRecord* r : {&a, &b})
    for (const Item& i : r->key_messages)
      items.push_back(SourcedItem{&i, r});
  const std::vector<FindingGroup> groups = group_findings(items);
  REQUIRE(groups.size() == 2);
  REQUIRE(groups[0].points.size() == 2);
  REQUIRE(groups[0].points[0].sources.size() == 2);
  CHECK(groups[0].points[0].sources[1].record == &b);
  CHECK(groups[0].points[0].sources[1].item->page == 7);
  REQUIRE(groups[1].points.size() == 1);
  CHECK(groups[1].points[0].item->text == "Only in b.");
}
