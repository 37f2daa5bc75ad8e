// city_of_date_line and place_before_date: the city from the structure of the text around a
// date, for cities no table knows.

#include <doctest/doctest.h>

#include <string>
#include <string_view>

#include "classify/date_line_city.hpp"

using namespace idm;

namespace {

// The city of |line|, whose date is the printed text |date|.
std::string city_of(std::string_view line, std::string_view date) {
  const size_t at = line.find(date);
  REQUIRE(at != std::string_view::npos);
  const auto span = city_of_date_line(line, at, at + date.size());
  return span ? std::string(line.substr(span->begin, span->end - span->begin)) : std::string();
}

std::string place_of(std::string_view text, std::string_view date) {
  const size_t at = text.find(date);
  REQUIRE(at != std::string_view::npos);
  const auto span = place_before_date(text, at);
  return span ? std::string(text.substr(span->begin, span->end - span->begin)) : std::string();
}

}  // namespace

TEST_CASE("date line city: a bracketed country confirms the city before it") {
  CHECK(city_of("Salle des fêtes, salle B – Tromsø (Norvège), lundi 3 et mardi 4 juin 2041",
                "3 et mardi 4 juin 2041") == "Tromsø");
  CHECK(city_of("Monday 3 and Tuesday 4 June 2041, Harbour Hall, Room 2 (Bergen, Norway)",
                "3 and Tuesday 4 June 2041") == "Bergen");
}

TEST_CASE("date line city: a country alone is not the city when a place is there") {
  CHECK(city_of("Bergen, Norway | 3-4 June 2041", "3-4 June 2041") == "Bergen");
}

TEST_CASE("date line city: the city named again inside the venue's name") {
  CHECK(city_of("Tromsø Harbour Hall, Small Room, Tromsø | 3-4 June 2041", "3-4 June 2041") ==
        "Tromsø");
  CHECK(city_of("Casa de la Música de Cuenca, Sala dos – Cuenca, del 3 al 4 de junio de 2041",
                "3 al 4 de junio de 2041") == "Cuenca");
}

TEST_CASE("date line city: the segment just before the date, prepositions dropped") {
  CHECK(city_of("Porto Novo, du 3 au 4 juin 2041", "3 au 4 juin 2041") == "Porto Novo");
  CHECK(city_of("Harbour Hall – Bergen, 3–4 June 2041", "3–4 June 2041") == "Bergen");
}

TEST_CASE("date line city: after the date, the venue runs from room to city") {
  CHECK(city_of("3 et 4 juin 2041, salle 12, Palais des Congrès, Tromsø", "3 et 4 juin 2041") ==
        "Tromsø");
}

TEST_CASE("date line city: a weekday is no place, even a capitalised one") {
  CHECK(city_of("Second day (Tuesday 4 June 2041)", "4 June 2041").empty());
  CHECK(city_of("Deuxième jour (mardi 4 juin)", "4 juin").empty());
}

TEST_CASE("date line city: a place whose name holds a weekday word") {
  CHECK(city_of("Harbour Hall (Santo Domingo, Dominican Republic), 3-4 June 2041",
                "3-4 June 2041") == "Santo Domingo");
}

TEST_CASE("date line city: a country alone before the date names its capital") {
  CHECK(city_of("Panama, du 3 au 4 juin 2041", "3 au 4 juin 2041") == "Panama");
}

TEST_CASE("date line city: a place after a preposition just before the date") {
  CHECK(city_of("Report of the meetings held in Bergen (3–4 June 2041) and", "3–4 June 2041") ==
        "Bergen");
}

TEST_CASE("place before a date in prose") {
  CHECK(place_of("Two meetings will take place, in Port Vila on 3 and 4 June 2041.",
                 "3 and 4 June") == "Port Vila");
  CHECK(place_of("La reunión tendrá lugar en Cuenca los días 3 y 4 de junio.", "3 y 4") ==
        "Cuenca");
  CHECK(place_of("El taller se celebrará en Tromsø (3-4 de junio de 2041).", "3-4") == "Tromsø");
  // No preposition of place: a sentence's subject or an article is no place.
  CHECK(place_of("The Council on 3 June 2041 adopted it.", "3 June").empty());
  CHECK(place_of("Norway on 3 June 2041 hosted it.", "3 June").empty());
  // A country is not a city.
  CHECK(place_of("It meets in Norway on 3 June 2041.", "3 June").empty());
}
