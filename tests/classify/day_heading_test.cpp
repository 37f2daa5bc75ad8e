// day_number and date_only_day: where a programme's days begin.

#include <doctest/doctest.h>

#include "classify/day_heading.hpp"
#include "classify/language_table.hpp"
#include "extractors/unicode_text.hpp"

using namespace idm;

TEST_CASE("day heading: numbered and ordinal days") {
  const LanguageTable* en = find_language("en");
  const LanguageTable* fr = find_language("fr");
  REQUIRE(en);
  REQUIRE(fr);
  CHECK(day_number(fold_for_matching("Day 2 – Tuesday, 14 April"), *en) == 2);
  CHECK(day_number(fold_for_matching("Deuxième journée"), *fr) == 2);
  CHECK(day_number(fold_for_matching("Session 2: Towns"), *en) == 0);
}

TEST_CASE("day heading: a line that is one date and nothing else") {
  CHECK(date_only_day("Wednesday, 24 April", 2031) == "2031-04-24");
  CHECK(date_only_day("Thursday, April 25, 2030", 0) == "2030-04-25");
  CHECK(date_only_day("jeudi 25 mars", 2031) == "2031-03-25");
  CHECK(date_only_day("Viernes, 7 de abril", 2031) == "2031-04-07");
  CHECK(date_only_day("14 April 2031", 0) == "2031-04-14");
}

TEST_CASE("day heading: venue lines, ranges and prose are not day headings") {
  CHECK(date_only_day("Lima, 24 April 2031", 0).empty());
  CHECK(date_only_day("24-25 April 2031", 0).empty());
  CHECK(date_only_day("The board met on 24 April 2031", 0).empty());
  CHECK(date_only_day("Session 3, 24 April", 2031).empty());
  CHECK(date_only_day("Wednesday", 2031).empty());
}
