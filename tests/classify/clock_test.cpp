// read_clock_range: time ranges in every usual notation.

#include <doctest/doctest.h>

#include <string>

#include "classify/clock.hpp"

using namespace idm;

namespace {

std::string range_of(std::string_view text) {
  const auto r = read_clock_range(text);
  return r ? r->start + "-" + r->end : "none";
}

}  // namespace

TEST_CASE("clock: 24-hour notations") {
  CHECK(range_of("9 h – 10 h 30") == "09:00-10:30");
  CHECK(range_of("10h30-12h00 Ouverture") == "10:30-12:00");
  CHECK(range_of("10:30 – 12:00 hrs") == "10:30-12:00");
  CHECK(range_of("10.30 – 12.00 horas") == "10:30-12:00");
  CHECK(range_of("10:30 h – 12:00 h") == "10:30-12:00");
  CHECK(range_of("17 h -17 h 30") == "17:00-17:30");
  CHECK(range_of("de 10 heures à 12 heures") == "none");  // does not open with the range
  CHECK(range_of("10 heures à 12 heures") == "10:00-12:00");
}

TEST_CASE("clock: 12-hour notations") {
  CHECK(range_of("10 a.m. – 11.30 a.m.") == "10:00-11:30");
  CHECK(range_of("3 p.m. – 4.30 p.m.") == "15:00-16:30");
  CHECK(range_of("10:30 AM – 12:00 PM") == "10:30-12:00");
  CHECK(range_of("10.30am–12pm") == "10:30-12:00");
  CHECK(range_of("11.30 – 1 p.m.") == "11:30-13:00");
  CHECK(range_of("12 p.m. – 1.30 p.m.") == "12:00-13:30");
}

TEST_CASE("clock: a run of dashes read from a scan is one joiner") {
  CHECK(range_of("2.05 p.m. -\u2014 3.05 p.m.") == "14:05-15:05");
  CHECK(range_of("9:00 --10:00") == "09:00-10:00");
  CHECK(range_of("9:00 \u2013- 10:00 Opening") == "09:00-10:00");
}

TEST_CASE("clock: numbers that are not clocks") {
  CHECK(range_of("18-19 avril") == "none");
  CHECK(range_of("2018 - 2019") == "none");
  CHECK(range_of("1.5 – 2.0 millions") == "none");
  CHECK(count_clock_ranges("Between 10:30 – 12:00 and 2 p.m. – 3 p.m., 2018-2019.") == 2);
}

TEST_CASE("clock: a meridiem or hour word alone is a clock suffix") {
  CHECK(is_clock_suffix("p.m."));
  CHECK(is_clock_suffix(" a. m. "));
  CHECK(is_clock_suffix("horas"));
  CHECK(is_clock_suffix("hrs"));
  CHECK_FALSE(is_clock_suffix("p.m. Lunch"));
  CHECK_FALSE(is_clock_suffix("hours of work"));
  CHECK_FALSE(is_clock_suffix(""));
}
