// parse_person_entry and leading_honorifics: one entry of a programme's list of people.

#include <doctest/doctest.h>

#include <string>

#include "classify/person_entry.hpp"

using namespace idm;

TEST_CASE("person_entry: compound English honorific, function and video note") {
  PersonEntry e;
  REQUIRE(parse_person_entry(
      "H.E. Ms Ingrid Solvang, Minister of Labour and Social Inclusion, Norway (video message)",
      e));
  CHECK(e.honorific == "H.E. Ms");
  CHECK(e.name == "Ingrid Solvang");
  CHECK(e.function == "Minister of Labour and Social Inclusion, Norway");
  CHECK(e.note == "video message");
}

TEST_CASE("person_entry: French entry with S.E. M. and a note in French") {
  PersonEntry e;
  REQUIRE(parse_person_entry("S.E. M. Jean Dupont, Ministre de l'intérieur, France (message vidéo)",
                             e));
  CHECK(e.honorific == "S.E. M.");
  CHECK(e.name == "Jean Dupont");
  CHECK(e.function == "Ministre de l'intérieur, France");
  CHECK(e.note == "message vidéo");
}

TEST_CASE("person_entry: Spanish entry with Sra.") {
  PersonEntry e;
  REQUIRE(parse_person_entry("Sra. María Fernanda Espinosa, Presidenta de la Asamblea General", e));
  CHECK(e.honorific == "Sra.");
  CHECK(e.name == "María Fernanda Espinosa");
  CHECK(e.function == "Presidenta de la Asamblea General");
  CHECK(e.note.empty());
}

TEST_CASE("person_entry: a name without honorific or function") {
  PersonEntry e;
  REQUIRE(parse_person_entry("William Lacy Swing, Director General, IOM", e));
  CHECK(e.honorific.empty());
  CHECK(e.name == "William Lacy Swing");
  CHECK(e.function == "Director General, IOM");

  REQUIRE(parse_person_entry("Mme Awa Diallo", e));
  CHECK(e.honorific == "Mme");
  CHECK(e.name == "Awa Diallo");
  CHECK(e.function.empty());
  CHECK(e.note.empty());
}

TEST_CASE("person_entry: name particles are allowed in lower case") {
  PersonEntry e;
  REQUIRE(parse_person_entry("Ana de la Cruz, Investigadora, Universidad de Chile", e));
  CHECK(e.name == "Ana de la Cruz");
  CHECK(e.function == "Investigadora, Universidad de Chile");
}

TEST_CASE("person_entry: a parenthesis that is not a note stays in the function") {
  PersonEntry e;
  REQUIRE(parse_person_entry("Mr John Smith, Director (IOM)", e));
  CHECK(e.honorific == "Mr");
  CHECK(e.name == "John Smith");
  CHECK(e.function == "Director (IOM)");
  CHECK(e.note.empty());
}

TEST_CASE("person_entry: text that does not open with a name is refused") {
  PersonEntry e;
  CHECK_FALSE(parse_person_entry("the participants discussed labour migration, at length", e));
  CHECK_FALSE(parse_person_entry("Migration", e));  // one word, no honorific
  CHECK_FALSE(parse_person_entry("", e));
  // The entry is reset even on failure.
  CHECK(e.name.empty());
  CHECK(e.honorific.empty());
}

TEST_CASE("person_entry: leading_honorifics counts bytes, trailing spaces included") {
  CHECK(leading_honorifics("Mme Awa Diallo") == 4);
  CHECK(leading_honorifics("H.E. Ms Ingrid Solvang") == 8);
  CHECK(leading_honorifics("S.E. M. Jean Dupont") == 8);
  CHECK(leading_honorifics("Dr. Ana López") == 4);
  CHECK(leading_honorifics("Awa Diallo") == 0);
  CHECK(leading_honorifics("Mme") == 3);
  CHECK(leading_honorifics("") == 0);
}

TEST_CASE("person_entry: two-word honorifics (Son Excellence, His Excellency)") {
  // Regression: two-word honorifics of the tables ("son excellence", "his excellency") were
  // never matched when words were compared one at a time.
  PersonEntry e;
  REQUIRE(parse_person_entry("Son Excellence M. Jean Dupont, Ministre, France", e));
  CHECK(e.honorific == "Son Excellence M.");
  CHECK(e.name == "Jean Dupont");
  REQUIRE(parse_person_entry("His Excellency Mr Tomasz Wierzbicki, Ambassador", e));
  CHECK(e.honorific == "His Excellency Mr");
  CHECK(e.name == "Tomasz Wierzbicki");
}

TEST_CASE("person_entry: honorifics written in full") {
  PersonEntry e;
  REQUIRE(parse_person_entry("Madame Odile Ferrand, Conseillère, Ministère du travail", e));
  CHECK(e.honorific == "Madame");
  CHECK(e.name == "Odile Ferrand");
  REQUIRE(parse_person_entry("Señor Tomás Ruiz Pardo, Director, Uruguay", e));
  CHECK(e.honorific == "Señor");
  CHECK(e.name == "Tomás Ruiz Pardo");
  REQUIRE(parse_person_entry("Docteure Inès Marchal, Chercheuse", e));
  CHECK(e.honorific == "Docteure");
  CHECK(e.name == "Inès Marchal");
}

TEST_CASE("person_entry: a closing bracket in lower case is a note, a country is not") {
  PersonEntry e;
  REQUIRE(
      parse_person_entry("Ms Mira Holt, Director, Statistics Office (Norway) (joins remotely)", e));
  CHECK(e.note == "joins remotely");
  CHECK(e.function == "Director, Statistics Office (Norway)");
  REQUIRE(parse_person_entry("Ms Mira Holt, Director, Statistics Office (Norway)", e));
  CHECK(e.note.empty());
  CHECK(e.function == "Director, Statistics Office (Norway)");
}

TEST_CASE("person_entry: next_entry_start finds a second entry run into the first") {
  const std::string two =
      "Doctora Ana Ruiz, Profesora, Universidad de Lima (Perú) Señor Juan Toro "
      "Vidal, Director de Empleo";
  const size_t at = next_entry_start(two);
  REQUIRE(at != std::string::npos);
  CHECK(two.substr(at, 11) == "Señor Juan");
  // The first entry's own compound honorific, initials and a name after a comma are no break.
  CHECK(next_entry_start("H.E. Ms Ingrid Solvang, Minister of Labour, Norway") ==
        std::string::npos);
  CHECK(next_entry_start("Ms Anna M. Kowalska, Director, Institute of Rivers") ==
        std::string::npos);
  CHECK(next_entry_start("Mr Bo Lind, Chair of the Board, Dr Carl Moss Foundation") ==
        std::string::npos);
  CHECK(next_entry_start("Mr Bo Lind") == std::string::npos);
}

TEST_CASE("person_entry: a capitals abbreviation stacked on an honorific is one too") {
  // A scan may garble "H.E." into "HE." or "HLE.": still a title before "Ms" or "Mr.".
  PersonEntry e;
  REQUIRE(parse_person_entry("HLE. Ms Kalani Mahoe, Permanent Representative", e));
  CHECK(e.honorific == "HLE. Ms");
  CHECK(e.name == "Kalani Mahoe");
  REQUIRE(parse_person_entry("HE. Mr. Tane Ruatapu, Minister", e));
  CHECK(e.name == "Tane Ruatapu");
  // Not before an honorific: an acronym opening the line is no title.
  CHECK(leading_honorifics("UN. Habitat Fund") == 0);
}
