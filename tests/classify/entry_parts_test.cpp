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
  const EntryParts p = split_function("Secrétaire, Collectif des amis des marins de la Bolivie");
  CHECK(p.organization == "Collectif des amis des marins");
  CHECK(p.country == "Bolivie");
  const EntryParts q = split_function("Gerente, Andina Servicios S.A. (Perú)");
  CHECK(q.organization == "Andina Servicios S.A.");
}

TEST_CASE("entry parts: a country that completes the organisation's name stays in it") {
  const EntryParts p = split_function("Counsellor, Permanent Mission of Kenya");
  CHECK(p.organization == "Permanent Mission of Kenya");
  CHECK(p.country_code == "KE");
  const EntryParts q = split_function("Chargé de cours de l’Université nationale du Bénin");
  CHECK(q.organization == "Université nationale du Bénin");
  CHECK(q.country_code == "BJ");
  const EntryParts r = split_function("Tesorera, Red de la Diáspora de Colombia");
  CHECK(r.organization == "Red de la Diáspora de Colombia");
  CHECK(r.country_code == "CO");
  // The country starts the name.
  const EntryParts s = split_function("Treasurer, Kenya Diaspora Network");
  CHECK(s.organization == "Kenya Diaspora Network");
  CHECK(s.country_code == "KE");
}

TEST_CASE("entry parts: the country after an elided article is cut from the organisation") {
  const EntryParts p =
      split_function("Conseiller juridique du Syndicat des marins pêcheurs de l’Équateur");
  CHECK(p.organization == "Syndicat des marins pêcheurs");
  CHECK(p.country_code == "EC");
  const EntryParts q =
      split_function("Analyst, Ministry of Fisheries of Iran (Islamic Republic of)");
  CHECK(q.organization == "Ministry of Fisheries");
  CHECK(q.country_code == "IR");
}

TEST_CASE("entry parts: the employer is the last organisation of a chain") {
  const EntryParts p =
      split_function("Jefa del Departamento de Estadística del Instituto de Pesca de Chile");
  CHECK(p.organization == "Instituto de Pesca");
  CHECK(p.country_code == "CL");
}

TEST_CASE("entry parts: an organisation without an organisation word before the country") {
  const EntryParts p = split_function("Gérante de Lumière Textiles SARL du Togo");
  CHECK(p.organization == "Lumière Textiles SARL");
  CHECK(p.country_code == "TG");
  const EntryParts q = split_function("Buyer, Harbor Fresh Foods plc of Ghana");
  CHECK(q.organization == "Harbor Fresh Foods plc");
}

TEST_CASE("entry parts: a name after the title's comma is kept whole") {
  const EntryParts p = split_function("Volunteer, Friends of Seasonal Workers Forum");
  CHECK(p.organization == "Friends of Seasonal Workers Forum");
}

TEST_CASE("entry parts: a title and the organisation's acronym in brackets") {
  CHECK(split_function("Field Officer (UNDP)").organization == "UNDP");
  CHECK(split_function("Conseiller du Bureau régional (PNUD)").organization ==
        "Bureau régional (PNUD)");
  CHECK(split_function("Envoy, Permanent Representative at the Permanent Mission of Peru")
            .organization == "Permanent Mission of Peru");
}

TEST_CASE("entry parts: a bracketed country whose name has brackets of its own") {
  const EntryParts p = split_function("Adviser, River Workers Union (Iran (Islamic Republic of))");
  CHECK(p.organization == "River Workers Union");
  CHECK(p.country == "Iran (Islamic Republic of)");
  CHECK(p.country_code == "IR");
}
