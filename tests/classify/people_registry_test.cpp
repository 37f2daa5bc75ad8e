// person_key and build_people_registry: one person per individual across spellings and records.

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "classify/people_registry.hpp"

using namespace idm;

namespace {

Speaker speaker(std::string name, std::string honorific, std::string role, std::string session,
                int page, std::string function = "") {
  Speaker s;
  s.name = std::move(name);
  s.honorific = std::move(honorific);
  s.role = std::move(role);
  s.session = std::move(session);
  s.page = page;
  s.function = std::move(function);
  return s;
}

Statement statement(std::string name, int page, std::string block = "") {
  Statement s;
  s.speaker = std::move(name);
  s.text = "a souligné l'importance des données.";
  s.page = page;
  s.block = std::move(block);
  return s;
}

DocumentRecord record(std::string id, std::string event) {
  DocumentRecord r;
  r.id = std::move(id);
  Event e;
  e.slug = event;
  r.events.push_back(e);
  Session s;
  s.id = "s01";
  s.event = event;
  r.sessions.push_back(s);
  return r;
}

const Person* person_with_id(const std::vector<Person>& people, const std::string& id) {
  for (const Person& p : people) {
    if (p.id == id) return &p;
  }
  return nullptr;
}

std::vector<std::string> ids(const std::vector<Person>& people) {
  std::vector<std::string> out;
  for (const Person& p : people)
    out.push_back(p.id);
  return out;
}

}  // namespace

TEST_CASE("people_registry: person_key folds, drops honorifics and punctuation") {
  CHECK(person_key("Mme Lúcia Brüllhardt") == "lucia brullhardt");
  CHECK(person_key("Lucia Brullhardt") == "lucia brullhardt");
  CHECK(person_key("H.E. Ms Ingrid Solvang") == "ingrid solvang");
  CHECK(person_key("M. Swing") == "swing");
  CHECK(person_key("Amina J. Mohammed") == "amina j mohammed");
  CHECK(person_key("Jean-Pierre  O'Neill,") == "jean pierre o neill");
  CHECK(person_key("Sra. María Fernanda Espinosa") == "maria fernanda espinosa");
  CHECK(person_key("") == "");
}

TEST_CASE("people_registry: accents and honorifics do not make two persons") {
  DocumentRecord a = record("doc-a", "2031-04-geneva");
  a.speakers = {speaker("Lúcia Brüllhardt", "Mme", "moderator", "s01", 3, "Directrice, OIM")};
  DocumentRecord b = record("doc-b", "2031-10-new-york");
  b.statements = {statement("Lucia Brullhardt", 7, "b12")};
  const std::vector<Person> people = build_people_registry({a, b});
  REQUIRE(people.size() == 1);
  const Person& p = people[0];
  CHECK(p.id == "p-lucia-brullhardt");
  CHECK(p.name == "Lúcia Brüllhardt");
  CHECK(p.honorific == "Mme");
  CHECK(p.spellings == std::vector<std::string>{"Lúcia Brüllhardt", "Lucia Brullhardt"});
  REQUIRE(p.appearances.size() == 2);
  CHECK(p.appearances[0].document == "doc-a");
  CHECK(p.appearances[0].event == "2031-04-geneva");
  CHECK(p.appearances[0].session == "s01");
  CHECK(p.appearances[0].role == "moderator");
  CHECK(p.appearances[0].function == "Directrice, OIM");
  CHECK(p.appearances[0].name == "Lúcia Brüllhardt");
  CHECK(p.appearances[0].page == 3);
  CHECK(p.appearances[1].document == "doc-b");
  CHECK(p.appearances[1].event == "2031-10-new-york");
  CHECK(p.appearances[1].session.empty());
  CHECK(p.appearances[1].role == "statement");
  CHECK(p.appearances[1].page == 7);
}

TEST_CASE("people_registry: a surname alone joins the only person who carries it") {
  DocumentRecord a = record("doc-a", "2031-04-geneva");
  a.statements = {statement("M. Swing", 2), statement("Swing", 5)};
  a.speakers = {speaker("William Lacy Swing", "M.", "opening", "s01", 1, "Directeur général")};
  const std::vector<Person> people = build_people_registry({a});
  REQUIRE(people.size() == 1);
  CHECK(people[0].id == "p-william-lacy-swing");
  CHECK(people[0].name == "William Lacy Swing");
  CHECK(people[0].spellings == std::vector<std::string>{"William Lacy Swing", "M. Swing", "Swing"});
  REQUIRE(people[0].appearances.size() == 3);
  CHECK(people[0].appearances[0].page == 1);
  CHECK(people[0].appearances[1].page == 2);
  CHECK(people[0].appearances[2].page == 5);
}

TEST_CASE("people_registry: a surname shared by two persons stays apart") {
  DocumentRecord a = record("doc-a", "2031-04-geneva");
  a.speakers = {speaker("William Lacy Swing", "M.", "opening", "s01", 1),
                speaker("Anna Swing", "Mme", "speaker", "s01", 2)};
  a.statements = {statement("M. Swing", 4)};
  const std::vector<Person> people = build_people_registry({a});
  CHECK(ids(people) == std::vector<std::string>{"p-anna-swing", "p-swing", "p-william-lacy-swing"});
  const Person* alone = person_with_id(people, "p-swing");
  REQUIRE(alone != nullptr);
  CHECK(alone->appearances.size() == 1);
  CHECK(person_with_id(people, "p-anna-swing")->appearances.size() == 1);
  CHECK(person_with_id(people, "p-william-lacy-swing")->appearances.size() == 1);
}

TEST_CASE("people_registry: two different Diallos stay two; an initial joins its match") {
  DocumentRecord a = record("doc-a", "2031-04-geneva");
  a.speakers = {speaker("Awa Diallo", "Mme", "speaker", "s01", 2, "Ministre, Sénégal"),
                speaker("Mamadou Diallo", "M.", "speaker", "s01", 2, "Chercheur")};
  DocumentRecord b = record("doc-b", "2031-10-new-york");
  b.statements = {statement("A. Diallo", 4), statement("Diallo", 6)};
  const std::vector<Person> people = build_people_registry({a, b});
  CHECK(ids(people) == std::vector<std::string>{"p-awa-diallo", "p-diallo", "p-mamadou-diallo"});
  const Person* awa = person_with_id(people, "p-awa-diallo");
  REQUIRE(awa != nullptr);
  CHECK(awa->spellings == std::vector<std::string>{"Awa Diallo", "A. Diallo"});
  REQUIRE(awa->appearances.size() == 2);
  CHECK(awa->appearances[1].document == "doc-b");
  CHECK(person_with_id(people, "p-mamadou-diallo")->appearances.size() == 1);
}

TEST_CASE("people_registry: a middle name or a missing given name is the same person") {
  DocumentRecord a = record("doc-a", "e");
  a.speakers = {speaker("Amina J. Mohammed", "Ms", "speaker", "s01", 1)};
  DocumentRecord b = record("doc-b", "e");
  b.speakers = {speaker("Amina Mohammed", "", "speaker", "s01", 3)};
  const std::vector<Person> people = build_people_registry({b, a});
  REQUIRE(people.size() == 1);
  CHECK(people[0].id == "p-amina-j-mohammed");
  CHECK(people[0].name == "Amina J. Mohammed");
  CHECK(people[0].honorific == "Ms");
  // Appearances sorted by document, not by record order.
  REQUIRE(people[0].appearances.size() == 2);
  CHECK(people[0].appearances[0].document == "doc-a");
  CHECK(people[0].appearances[1].document == "doc-b");
}

TEST_CASE("people_registry: empty input and empty names") {
  CHECK(build_people_registry({}).empty());
  DocumentRecord a = record("doc-a", "e");
  a.statements = {statement("", 1), statement("M.", 2)};
  CHECK(build_people_registry({a}).empty());
}
