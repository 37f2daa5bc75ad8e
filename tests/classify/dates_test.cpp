// find_dates: days, ranges and months in French, English and Spanish.

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "classify/dates.hpp"
#include "extractors/unicode_text.hpp"

using namespace idm;

namespace {

// "start..end" of every date found.
std::vector<std::string> spans(std::string_view text, int default_year = 0) {
  std::vector<std::string> out;
  for (const DateRange& d : find_dates(text, default_year))
    out.push_back(d.start + ".." + d.end);
  return out;
}

using V = std::vector<std::string>;

}  // namespace

TEST_CASE("dates: day ranges with the month after the days") {
  CHECK(spans("26-27 mars 2018") == V{"2018-03-26..2018-03-27"});
  CHECK(spans("8 et 9 octobre 2018, salle XVIII") == V{"2018-10-08..2018-10-09"});
  CHECK(spans("14–15 April 2031") == V{"2031-04-14..2031-04-15"});
  CHECK(spans("6-7 October 2031") == V{"2031-10-06..2031-10-07"});
  CHECK(spans("18 y 19 de abril de 2032") == V{"2032-04-18..2032-04-19"});
  CHECK(spans("del 14 al 15 de abril de 2031") == V{"2031-04-14..2031-04-15"});
  CHECK(spans("from 14 to 15 April 2031") == V{"2031-04-14..2031-04-15"});
  CHECK(spans("les 6 et 7 octobre 2031 au Palais") == V{"2031-10-06..2031-10-07"});
  CHECK(spans("8, 9 et 10 octobre 2018") == V{"2018-10-08..2018-10-10"});
  CHECK(spans("14 and 15 April, 2031") == V{"2031-04-14..2031-04-15"});
}

TEST_CASE("dates: the month before the days (English)") {
  CHECK(spans("April 18–19, 2017") == V{"2017-04-18..2017-04-19"});
  CHECK(spans("on March 22, 2032 in New York") == V{"2032-03-22..2032-03-22"});
  CHECK(spans("September 30 – October 1, 2018") == V{"2018-09-30..2018-10-01"});
}

TEST_CASE("dates: single days, weekdays, ordinal suffixes") {
  CHECK(spans("Monday, 14 April 2031") == V{"2031-04-14..2031-04-14"});
  CHECK(spans("le 1er octobre 2018") == V{"2018-10-01..2018-10-01"});
  CHECK(spans("the 14th of April 2031") == V{"2031-04-14..2031-04-14"});
  CHECK(spans("lunes 22 de marzo de 2032") == V{"2032-03-22..2032-03-22"});
  CHECK(spans("Monday 14 and Tuesday 15 April 2031") == V{"2031-04-14..2031-04-15"});
}

TEST_CASE("dates: ranges across months and years") {
  CHECK(spans("30 septembre au 1er octobre 2018") == V{"2018-09-30..2018-10-01"});
  CHECK(spans("30 de septiembre al 1 de octubre de 2018") == V{"2018-09-30..2018-10-01"});
  CHECK(spans("31 décembre 2030 au 2 janvier 2031") == V{"2030-12-31..2031-01-02"});
  CHECK(spans("30 December – 2 January 2031") == V{"2030-12-30..2031-01-02"});
}

TEST_CASE("dates: a missing year comes from the default, or the date is skipped") {
  CHECK(spans("Première journée – lundi 11 octobre", 2032) == V{"2032-10-11..2032-10-11"});
  CHECK(spans("Première journée – lundi 11 octobre").empty());
  CHECK(spans("Segundo día – martes 23 de marzo", 2032) == V{"2032-03-23..2032-03-23"});
  CHECK(spans("Day 2 – Tuesday, 15 April", 2031) == V{"2031-04-15..2031-04-15"});
}

TEST_CASE("dates: two dates stay two dates") {
  CHECK(spans("les 14 et 15 avril 2031 à New York ; le second aura lieu les 6 et 7 octobre 2031") ==
        V{"2031-04-14..2031-04-15", "2031-10-06..2031-10-07"});
  CHECK(spans("held in New York (14–15 April 2031) and Geneva (6–7 October 2031)") ==
        V{"2031-04-14..2031-04-15", "2031-10-06..2031-10-07"});
  CHECK(spans("on 14 April 2031 and 6 October 2031") ==
        V{"2031-04-14..2031-04-14", "2031-10-06..2031-10-06"});
}

TEST_CASE("dates: numbers that are not days") {
  CHECK(spans("International Organization for Migration, Geneva, December 2031").empty());
  CHECK(spans("le Programme 2030 et la résolution 71/1").empty());
  CHECK(spans("Day 1 – Monday, 14 April 2031") == V{"2031-04-14..2031-04-14"});
  CHECK(spans("Session 2 – 14 April 2031") == V{"2031-04-14..2031-04-14"});
  CHECK(spans("31 février 2031").empty());
  CHECK(spans("29 February 2032") == V{"2032-02-29..2032-02-29"});
  CHECK(spans("29 February 2031").empty());
  CHECK(spans("green trades, 2030–2040").empty());
}

TEST_CASE("dates: position and length in the folded text") {
  const std::string text = "Genève, 6–7 octobre 2031, Salle XIX";
  const std::vector<DateRange> dates = find_dates(text);
  REQUIRE(dates.size() == 1);
  const std::string folded = fold_for_matching(text);
  CHECK(folded.substr(dates[0].position, dates[0].length) == "6-7 octobre 2031");
}
