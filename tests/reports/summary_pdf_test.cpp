// summary.pdf: typeset from hand-made records, then read back through the real pipeline (the
// key messages and the speakers come back out), byte-identical reruns, untrusted text.

#include "reports/summary_pdf.hpp"
#include "tests/support/read_file.hpp"
#include "tests/support/temp_dir.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <stdexcept>
#include <string>
#include <vector>

#include "model/workshops.hpp"
#include "pipeline/process_document.hpp"

namespace fs = std::filesystem;

namespace {

constexpr std::int64_t kCreated = 1704067200;  // 2024-01-01T00:00:00Z

// A fresh empty directory, removed with everything in it at the end of the test.
// Temporary folders named after this test file.
struct TempDir : idm::test::TempDir {
  TempDir() : idm::test::TempDir("idm-pdf-test") {}
};

using idm::test::read_file;

idm::Event new_york() {
  idm::Event e;
  e.slug = "2031-04-new-york";
  e.title = "International Dialogue on Migration 2031";
  e.theme = "Migration and the future of work: skills, mobility and social protection";
  e.year = 2031;
  e.start_date = "2031-04-14";
  e.end_date = "2031-04-15";
  e.city = "New York";
  e.venue = "Conference Room 4, United Nations Headquarters";
  return e;
}

idm::Speaker person(const char* honorific, const char* name, const char* role, const char* function,
                    const std::string& session) {
  idm::Speaker s;
  s.honorific = honorific;
  s.name = name;
  s.role = role;
  s.function = function;
  s.session = session;
  s.page = 1;
  return s;
}

// An agenda: two days, enough sessions and speakers to run over several pages.
idm::DocumentRecord agenda() {
  idm::DocumentRecord r;
  r.id = "idm-2031-new-york-agenda-en";
  r.source.path = "in/idm-2031-new-york-agenda-en.pdf";
  r.source.pages = 4;
  r.doc_type = "agenda";
  r.title = "Provisional agenda";
  r.events.push_back(new_york());
  struct Slot {
    int day;
    const char *start, *end, *title, *description;
  };
  const Slot slots[] = {
      {1, "09:00", "10:00", "Registration", ""},
      {1, "10:00", "10:30", "Opening session", "Welcome and keynote remarks"},
      {1, "10:30", "12:00", "Session 1: Labour markets in transition – what role for migration?",
       "Automation, ageing populations and the shift to low-carbon economies are changing the "
       "demand for workers in every region. This session will look at how labour migration is "
       "already filling gaps, where it is held back by outdated rules, and what governments "
       "expect from the next decade."},
      {1, "13:15", "15:00", "Session 2: Skills partnerships across borders",
       "Partnerships that train people before they move can benefit workers, employers and both "
       "countries involved."},
      {1, "15:00", "16:30", "Session 3: Social protection that travels with the worker",
       "Many migrant workers pay into pension and health schemes they can never draw on."},
      {2, "10:00", "11:30", "Session 4: Voices of migrant workers",
       "Workers who have moved for employment describe what helped them and what did not."},
      {2, "11:30", "13:00", "Session 5: Fair recruitment and decent work",
       "Recruitment fees and contract substitution remain widespread."},
      {2, "15:00", "16:00", "Closing session", ""},
  };
  const char* names[][3] = {
      {"Ms", "Ingrid Solvang", "Minister of Labour and Social Inclusion, Norway"},
      {"Mr", "Kwabena Asante-Mensah", "Chief Economist, African Centre for Employment Studies"},
      {"Dr", "Lucía Ferrando",
       "Director, Observatory on Work and Mobility, University of "
       "Montevideo"},
      {"Ms", "Priya Raghunathan", "Vice-President for Global Talent, Meridian Logistics Group"},
      {"Mr", "Oluwaseun Adeyemi", "Managing Director, Lagos Institute of Applied Technology"},
      {"Ms", "Hanna Kowalczyk", "Head of Human Resources, Baltic Shipyards Consortium"},
      {"Ms", "Nomvula Khumalo", "Deputy Director-General, Department of Social Development"},
      {"Mr", "Javier Montalbán", "Executive Secretary, Ibero-American Social Security Network"},
      {"Ms", "Farah Haddad", "Coordinator, Migrant Domestic Workers Alliance, Beirut"},
      {"Mr", "Bernard Ouellet", "Director, Fair Recruitment Programme"},
      {"Ms", "Siti Rahmawati", "Director-General for Migrant Worker Placement, Indonesia"},
      {"Mr", "Henrik Aalto", "Chief Sustainability Officer, Nordfresh Retail"},
  };
  size_t next_name = 0;
  for (const Slot& slot : slots) {
    idm::Session s;
    s.id = "s" + std::to_string(r.sessions.size() + 1);
    s.event = r.events.front().slug;
    s.day = slot.day;
    s.date = slot.day == 1 ? "2031-04-14" : "2031-04-15";
    s.start = slot.start;
    s.end = slot.end;
    s.title = slot.title;
    s.description = slot.description;
    s.page = slot.day;
    r.sessions.push_back(s);
    const std::string title = slot.title;
    if (title == "Opening session") {
      r.speakers.push_back(person("Ms", "Halima Oduya", "opening",
                                  "Director General, International Organization for Migration",
                                  s.id));
    } else if (title.rfind("Session", 0) == 0) {
      r.speakers.push_back(person("Mr", "Daniel Okafor-Reyes", "moderator",
                                  "Senior Editor, Global Labour Review", s.id));
      for (int k = 0; k < 3; ++k) {
        const auto& n = names[next_name++ % std::size(names)];
        r.speakers.push_back(person(n[0], n[1], "speaker", n[2], s.id));
      }
    }
  }
  return r;
}

// A summary of conclusions with key messages, recommendations and statements.
idm::DocumentRecord summary() {
  idm::DocumentRecord r;
  r.id = "idm-2031-new-york-summary-en";
  r.source.path = "in/idm-2031-new-york-summary-en.pdf";
  r.source.pages = 3;
  r.doc_type = "summary_of_conclusions";
  r.title = "Summary of conclusions";
  r.events.push_back(new_york());
  const char* messages[][2] = {
      {"Green jobs need mobile workers.",
       "Solar, wind and retrofitting projects are being delayed by shortages of electricians, "
       "welders and technicians."},
      {"Recognition should look at what people can do.",
       "Assessing competences on the job is often faster and fairer than comparing diplomas."},
      {"Crises hit migrant workers first.",
       "Migrant workers are often the first to lose their jobs and the last to receive "
       "assistance."},
      {"R&D <budgets> need \"migration\" lines.", ""},
  };
  for (const auto& m : messages) {
    idm::Item item;
    item.number = static_cast<int>(r.key_messages.size()) + 1;
    item.title = m[0];
    item.text = std::string(m[0]) + (*m[1] ? std::string(" ") + m[1] : "");
    item.page = 1;
    r.key_messages.push_back(item);
  }
  idm::Item rec;
  rec.number = 1;
  rec.title = "Make social protection portable.";
  rec.text = rec.title + " States should conclude bilateral social security agreements.";
  rec.page = 2;
  r.recommendations.push_back(rec);
  idm::Statement st;
  st.speaker = "Ingrid Solvang";
  st.function = "Minister of Labour and Social Inclusion, Norway";
  st.text = "Ingrid Solvang stressed that skills must be recognised across borders.";
  st.page = 2;
  r.statements.push_back(st);
  st.text = "She added that Norway would double its training partnerships.";
  st.page = 3;
  r.statements.push_back(st);
  return r;
}

bool contains(const std::vector<std::string>& list, const std::string& value) {
  return std::find(list.begin(), list.end(), value) != list.end();
}

}  // namespace

TEST_CASE("summary.pdf reads back: key messages and speakers come out of the extractor") {
  const std::vector<idm::DocumentRecord> records = {agenda(), summary()};
  const std::vector<idm::Workshop> workshops = idm::group_workshops(records);
  REQUIRE(workshops.size() == 1);
  TempDir dir;
  const fs::path path = dir.path / "summary.pdf";
  idm::write_summary_pdf(records, workshops.front(), path.string(), {kCreated});

  const idm::DocumentRecord back = idm::process_document(path.string(), "");
  CHECK(back.source.pages >= 2);

  std::vector<std::string> titles;
  for (const idm::Item& item : back.key_messages)
    titles.push_back(item.title);
  INFO("key messages read back: ", titles.size());
  REQUIRE(back.key_messages.size() == records[1].key_messages.size());
  for (size_t i = 0; i < back.key_messages.size(); ++i) {
    CHECK(back.key_messages[i].number == static_cast<int>(i) + 1);
    // The source reference ("[2, p. 1]") follows the item: a title-only item reads back with it.
    CHECK(back.key_messages[i].title.rfind(records[1].key_messages[i].title, 0) == 0);
  }
  REQUIRE(back.recommendations.size() == 1);
  CHECK(back.recommendations[0].title == records[1].recommendations[0].title);

  std::vector<std::string> names;
  for (const idm::Speaker& s : back.speakers)
    names.push_back(s.name);
  for (const idm::Speaker& s : records[0].speakers) {
    INFO("speaker ", s.name);
    CHECK(contains(names, s.name));
  }
  // The roles and the sessions come back too.
  CHECK(back.sessions.size() == records[0].sessions.size());
  for (const idm::Speaker& s : back.speakers) {
    if (s.name == "Daniel Okafor-Reyes") CHECK(s.role == "moderator");
    if (s.name == "Halima Oduya") CHECK(s.role == "opening");
    if (s.name == "Henrik Aalto") CHECK(s.role == "speaker");
  }
  // Page footers are furniture, never body text.
  for (const idm::Block& b : back.blocks) {
    if (b.text.rfind("Page ", 0) == 0 && b.text.find(" of ") != std::string::npos) {
      CHECK(b.kind == "furniture");
    }
  }
}

TEST_CASE("summary.pdf is byte-identical for equal inputs and options") {
  const std::vector<idm::DocumentRecord> records = {agenda(), summary()};
  const idm::Workshop workshop = idm::group_workshops(records).front();
  TempDir dir;
  idm::write_summary_pdf(records, workshop, (dir.path / "a.pdf").string(), {kCreated});
  idm::write_summary_pdf(records, workshop, (dir.path / "b.pdf").string(), {kCreated});
  const std::string a = read_file(dir.path / "a.pdf");
  REQUIRE(a.rfind("%PDF-", 0) == 0);
  CHECK(a == read_file(dir.path / "b.pdf"));
  // The date comes from the options, never from the clock. cairo 1.16.0 writes metadata dates
  // without the "D:" prefix ("(20240101000000Z)"); accept both spellings.
  auto created = [](const std::string& pdf) {
    const std::string key = "/CreationDate (";
    const size_t at = pdf.find(key);
    if (at == std::string::npos) return std::string();
    std::string value = pdf.substr(at + key.size(), pdf.find(')', at) - at - key.size());
    if (value.rfind("D:", 0) == 0) value.erase(0, 2);
    return value;
  };
  CHECK(created(a) == "20240101000000Z");
  idm::write_summary_pdf(records, workshop, (dir.path / "c.pdf").string(), {kCreated + 86400});
  CHECK(created(read_file(dir.path / "c.pdf")) == "20240102000000Z");
}

TEST_CASE("summary.pdf: hostile text is typeset as text, errors are thrown") {
  std::vector<idm::DocumentRecord> records = {summary()};
  records[0].events[0].title = "<span foreground=\"red\">Bad & \xff\xfe title</span>\x01";
  records[0].statements[0].speaker = "</b><i>";
  records[0].key_messages[0].title = std::string("Nul \0 byte.", 11);
  const idm::Workshop workshop = idm::group_workshops(records).front();
  TempDir dir;
  const fs::path path = dir.path / "summary.pdf";
  CHECK_NOTHROW(idm::write_summary_pdf(records, workshop, path.string(), {kCreated}));
  const idm::DocumentRecord back = idm::process_document(path.string(), "");
  CHECK(back.title.find("<span foreground=") != std::string::npos);

  CHECK_THROWS_AS(
      idm::write_summary_pdf(records, workshop, (dir.path / "missing" / "summary.pdf").string(),
                             {kCreated}),
      std::runtime_error);
}

TEST_CASE("summary.pdf: a programme row longer than a page is split between lines") {
  std::vector<idm::DocumentRecord> records = {agenda()};
  idm::DocumentRecord& r = records[0];
  idm::Session& big = r.sessions[2];
  for (int k = 0; k < 4; ++k)
    big.description += big.description;  // sixteen times the text: a paragraph over pages
  std::vector<std::string> expected;
  for (int k = 0; k < 70; ++k) {
    const std::string name = "Delegate Number" + std::string(1, static_cast<char>('A' + k % 26)) +
                             std::string(1, static_cast<char>('a' + k / 26));
    expected.push_back(name);
    r.speakers.push_back(person("Ms", name.c_str(), "speaker", "Delegation", big.id));
  }
  const idm::Workshop workshop = idm::group_workshops(records).front();
  TempDir dir;
  const fs::path path = dir.path / "summary.pdf";
  idm::write_summary_pdf(records, workshop, path.string(), {kCreated});
  const idm::DocumentRecord back = idm::process_document(path.string(), "");
  CHECK(back.source.pages >= 4);
  CHECK(back.sessions.size() == r.sessions.size());
  std::vector<std::string> names;
  for (const idm::Speaker& s : back.speakers)
    names.push_back(s.name);
  for (const std::string& name : expected) {
    INFO("speaker ", name);
    CHECK(contains(names, name));
  }
}
