// split_function: organisation and country out of a speaker's function, by structure.

#include <doctest/doctest.h>

#include "classify/entry_parts.hpp"

using namespace idm;

TEST_CASE("entry parts: title, organisation, country") {
  const EntryParts p = split_function("Director, Migration Policy Institute, Ghana");
  CHECK(p.organization == "Migration Policy Institute");
  CHECK(p.country == "Ghana");
  CHECK(p.country_code == "GH");
}

TEST_CASE("entry parts: French ministry and country") {
  const EntryParts p = split_function("Directrice, Ministère de l’intérieur, Libye");
  CHECK(p.organization == "Ministère de l’intérieur");
  CHECK(p.country == "Libye");
  CHECK(p.country_code == "LY");
}

TEST_CASE("entry parts: a country in brackets") {
  const EntryParts p = split_function("Chercheuse, Université de São Paulo (Brésil)");
  CHECK(p.organization == "Université de São Paulo");
  CHECK(p.country == "Brésil");
  CHECK(p.country_code == "BR");
}

TEST_CASE("entry parts: no commas, organisation word and country after a preposition") {
  const EntryParts p =
      split_function("Directora de Asuntos Internacionales del Ministerio de Trabajo del Uruguay");
  CHECK(p.organization == "Ministerio de Trabajo");
  CHECK(p.country == "Uruguay");
  CHECK(p.country_code == "UY");
}

TEST_CASE("entry parts: a function alone names neither") {
  const EntryParts p = split_function("Special Rapporteur on the human rights of migrants");
  CHECK(p.organization.empty());
  CHECK(p.country.empty());
}

TEST_CASE("entry parts: title and country only") {
  const EntryParts p = split_function("Minister of Labour, Norway");
  CHECK(p.organization.empty());
  CHECK(p.country == "Norway");
  CHECK(p.country_code == "NO");
}

TEST_CASE("entry parts: organisation words inside a title, country after a preposition") {
  const EntryParts p = split_function(
      "Permanent Representative of Poland to the United Nations in New York, Chair of the IOM "
      "Council");
  CHECK(p.organization == "IOM Council");
  CHECK(p.country == "Poland");
  const EntryParts q = split_function(
      "Directrice générale de l’Organisation internationale pour les migrations (OIM)");
  CHECK(q.organization == "Organisation internationale pour les migrations (OIM)");
  CHECK(q.country.empty());
  const EntryParts r =
      split_function("Under-Secretary-General for Economic Affairs, United Nations");
  CHECK(r.organization == "United Nations");
}

TEST_CASE("entry parts: the words before a country inside the organisation go with it") {
  const EntryParts p =
      split_function("Secrétaire, Collectif des amis de la diaspora de la Bolivie");
  CHECK(p.organization == "Collectif des amis de la diaspora");
  CHECK(p.country == "Bolivie");
  const EntryParts q = split_function("Gerente, Andina Servicios S.A. (Perú)");
  CHECK(q.organization == "Andina Servicios S.A.");
}
