// One programme per workshop: sessions and people of an agenda, its OCR'd scan and a report's
// annex recognised as the same despite misread letters, cut titles and missing end times.

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "model/workshops.hpp"
#include "reports/programme_match.hpp"
#include "reports/workshop_speakers.hpp"

using namespace idm;

namespace {

Session slot(int day, const std::string& start, const std::string& end, const std::string& title) {
  Session s;
  s.day = day;
  s.start = start;
  s.end = end;
  s.title = title;
  return s;
}

}  // namespace

TEST_CASE("session titles: folded, misread, cut short, or different") {
  CHECK(same_session_title("Panel 3 : Ports and harbours", "PANEL 3 – ports and harbours"));
  // A scan reads "l'orchard" as "Iorchard", "rn" as "m".
  CHECK(same_session_title("Visit to l'orchard of the northern valley",
                           "Visit to Iorchard of the nortbern valley"));
  // Cut after a few words, or printed without its subtitle.
  CHECK(same_session_title("Session 4: Rivers that cross borders and the towns along them",
                           "Session 4: Rivers that cross borders"));
  CHECK(same_session_title("Session 4", "Session 4: Rivers that cross borders"));
  // Parallel panels differ by a short label only; numbered sessions by their number.
  CHECK_FALSE(same_session_title("Panel A: Farmers", "Panel B: Farmers"));
  CHECK_FALSE(same_session_title("Session 1", "Session 2"));
  CHECK_FALSE(same_session_title("Coffee and tea", "Welcome by the mayor"));
  CHECK(text_similarity("abcd", "abcd") == 1);
  CHECK(text_similarity("abcd", "abxd") == doctest::Approx(0.75));
}

TEST_CASE("sessions: same day and start, ends that agree or are missing") {
  const Session agenda = slot(1, "10:15", "11:45", "Session 2: Mountain paths and shepherds");
  CHECK(same_session(agenda, slot(1, "10:15", "", "Session 2: Mountain paths and shepherds")));
  CHECK(same_session(agenda, slot(0, "10:15", "11:45", "Session 2: Mountain paths and shepherd")));
  CHECK_FALSE(same_session(agenda, slot(2, "10:15", "11:45", agenda.title)));
  CHECK_FALSE(same_session(agenda, slot(1, "10:30", "11:45", agenda.title)));
  // A different end asks for a closer title.
  CHECK(same_session(agenda, slot(1, "10:15", "12:00", agenda.title)));
  CHECK(same_session(agenda, slot(1, "10:15", "", "Session 2: Mountain roads and shepherds")));
  CHECK_FALSE(
      same_session(agenda, slot(1, "10:15", "12:00", "Session 2: Mountain roads and shepherds")));
  // Two documents' dates decide when both give them.
  Session other = agenda;
  Session dated = agenda;
  other.date = "2040-05-02";
  dated.date = "2040-05-09";
  CHECK_FALSE(same_session(other, dated));
  // Without a start: only the same title.
  CHECK(same_session(slot(1, "", "", "Lunch"), slot(1, "", "", "LUNCH")));
  CHECK_FALSE(same_session(slot(1, "", "", "Lunch"), slot(1, "12:00", "", "Lunch")));
}

TEST_CASE("people: folded names, a misread letter, an honorific in the name") {
  CHECK(same_person_name("Zoë Marchetti-Olsen", "Zoe Marchetti Olsen"));
  CHECK(same_person_name("Bartholomew Quist", "Bartholornew Quist"));  // "m" read "rn"
  CHECK(same_person_name("Prof. Ilse Vantongeren", "Ilse Vantongeren", "Prof.", ""));
  CHECK_FALSE(same_person_name("Tom Ny", "Tim Ny"));  // too short to allow a letter
  CHECK_FALSE(same_person_name("Ilse Vantongeren", "Ilka Vandenberg"));
  CHECK_FALSE(same_person_name("", ""));
  // Within one document two people may be a letter apart.
  CHECK_FALSE(same_person_name("Bartholomew Quist", "Bartholornew Quist", "", "", false));
  CHECK(same_person_name("Zoë Marchetti-Olsen", "Zoe Marchetti Olsen", "", "", false));
  // A misread honorific kept in the scan's name.
  CHECK(same_person_name("HLE. Ms Ilse Vantongeren", "Ilse Vantongeren", "", "H.E. Ms"));
  CHECK_FALSE(same_person_name("Maria Ilse Vantongeren", "Ilse Vantongeren"));
}

namespace {

DocumentRecord agenda_record(const std::string& id, bool ocr) {
  DocumentRecord r;
  r.id = id;
  r.doc_type = "agenda";
  Event e;
  e.slug = "2040-05-oslo";
  e.start_date = "2040-05-02";
  r.events = {e};
  if (ocr) r.source.ocr_pages = {1};
  return r;
}

Speaker entry(const std::string& name, const std::string& session, int page) {
  Speaker s;
  s.name = name;
  s.role = "speaker";
  s.session = session;
  s.page = page;
  return s;
}

}  // namespace

TEST_CASE("an agenda and its scan give one programme, every source kept") {
  // The scan sorts first and its rows come first in the records: the text layer still wins.
  DocumentRecord scan = agenda_record("a-scan", true);
  scan.sessions = {slot(1, "09:30", "", "Session 1: Fjords and fisheries tcday"),
                   slot(1, "11:00", "12:00", "Session 2: Forests")};
  scan.sessions[0].id = "s1";
  scan.sessions[1].id = "s2";
  scan.sessions[0].page = scan.sessions[1].page = 1;
  // The scan missed the parallel panel and put its speaker under Session 2.
  scan.speakers = {entry("Ingvild Rasmussen", "s1", 1), entry("Petter Hoigaard", "s1", 1),
                   entry("Sunniva Brekke", "s2", 1), entry("Arne Fjeldstad", "s2", 1)};
  DocumentRecord text = agenda_record("b-text", false);
  text.sessions = {slot(1, "09:30", "10:45", "Session 1: Fjords and fisheries today"),
                   slot(1, "11:00", "12:00", "Session 2: Forests"),
                   slot(1, "11:00", "12:00", "Panel: Sawmills")};
  text.sessions[0].id = "t1";
  text.sessions[1].id = "t2";
  text.sessions[2].id = "t3";
  text.sessions[0].page = text.sessions[1].page = 1;
  text.sessions[2].page = 2;
  text.speakers = {entry("Ingvild Rasmussen", "t1", 1), entry("Petter Høigaard", "t1", 1),
                   entry("Sunniva Brekke", "t2", 1), entry("Arne Fjeldstad", "t3", 2)};
  const std::vector<DocumentRecord> records = {scan, text};
  const auto workshops = group_workshops(records);
  REQUIRE(workshops.size() == 1);
  const WorkshopContent content = collect_workshop(records, workshops.front());

  REQUIRE(content.programme.size() == 3);
  CHECK(content.programme[0].record->id == "b-text");
  CHECK(content.programme[0].session->title == "Session 1: Fjords and fisheries today");
  REQUIRE(content.programme[0].also_in.size() == 1);
  CHECK(content.programme[0].also_in[0].document == "a-scan");
  CHECK(content.programme[2].also_in.empty());  // the panel: the text layer alone

  REQUIRE(content.speakers.size() == 4);  // one row per person and session
  for (const SpeakerRow& row : content.speakers) {
    CHECK(row.document == "b-text");
    REQUIRE(row.also_in.size() == 1);
    CHECK(row.also_in[0].document == "a-scan");
    CHECK(row.also_in[0].page == 1);
  }
  // Arne Fjeldstad stays in the panel, where the text layer puts him.
  CHECK(content.speakers[3].name == "Arne Fjeldstad");
  CHECK(content.speakers[3].session == "Panel: Sawmills");
  CHECK(sources_text(content.speakers[3].also_in, kLabelsEn) == "a-scan, p. 1");
  CHECK(cited_pages(content, records[0]) == std::vector<int>{1});
}
