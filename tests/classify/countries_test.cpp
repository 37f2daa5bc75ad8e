// Country names from iso-codes, in the three languages of the series.

#include <doctest/doctest.h>

#include "classify/countries.hpp"
#include "extractors/unicode_text.hpp"

using namespace idm;

TEST_CASE("countries: names in English, French and Spanish give one code") {
  CHECK(country_code_of("Senegal") == "SN");
  CHECK(country_code_of("Sénégal") == "SN");
  CHECK(country_code_of("Brésil") == "BR");
  CHECK(country_code_of("Brasil") == "BR");
  CHECK(country_code_of("Côte d’Ivoire") == "CI");
  CHECK(country_code_of("Bolivia") == "BO");
  CHECK(country_code_of("Estados Unidos") == "US");
  CHECK(country_code_of("Ministry of Labour").empty());
}

TEST_CASE("countries: a country that ends an entry") {
  const std::string folded = fold_for_matching("Directrice, Ministère de l’intérieur, Libye");
  const auto hit = trailing_country(folded);
  REQUIRE(hit);
  CHECK(hit->code == "LY");
  CHECK(folded.substr(hit->begin, hit->end - hit->begin) == "libye");
  // Whole words only: "Mali" does not end "Somali".
  CHECK_FALSE(trailing_country(fold_for_matching("Association of Somali")).has_value());
  const auto bracketed = trailing_country(fold_for_matching("Chercheuse, São Paulo (Brésil)"));
  REQUIRE(bracketed);
  CHECK(bracketed->code == "BR");
}

TEST_CASE("countries: the UN's bracketed and reading-order forms of inverted names") {
  CHECK(country_code_of("Iran (Islamic Republic of)") == "IR");
  CHECK(country_code_of("Iran (République islamique d’)") == "IR");
  CHECK(country_code_of("Bolivie (État plurinational de)") == "BO");
  CHECK(country_code_of("République de Corée") == "KR");
  CHECK(country_code_of("Republic of Korea") == "KR");
  // A hyphen or a space: both are printed.
  CHECK(country_code_of("République-Unie de Tanzanie") == "TZ");
  CHECK(country_code_of("República Árabe Siria") == "SY");
}
