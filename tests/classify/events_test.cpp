// find_events: title pages, date/venue lines, workshops named in prose, year-only notes.

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "classify/events.hpp"
#include "classify/language_table.hpp"

using namespace idm;

namespace {

Block block(int page, const std::string& kind, const std::string& text, int level = 0) {
  Block b;
  b.page = page;
  b.kind = kind;
  b.level = kind == "heading" ? (level ? level : 1) : 0;
  b.text = text;
  return b;
}

DocumentRecord record_of(const std::string& language, std::vector<Block> blocks) {
  DocumentRecord record;
  record.language = language;
  record.blocks = std::move(blocks);
  return record;
}

std::vector<Event> events_of(const std::string& language, std::vector<Block> blocks) {
  const LanguageTable* table = find_language(language);
  REQUIRE(table != nullptr);
  return find_events(record_of(language, std::move(blocks)), *table);
}

const std::string kLongParagraph =
    "Le Dialogue international sur la migration est la principale enceinte de dialogue "
    "politique sur la migration de l'Organisation. Il réunit les Etats Membres et des acteurs "
    "intergouvernementaux et non gouvernementaux partenaires, qui y échangent leurs vues sur "
    "les questions de politique migratoire les plus actuelles, année après année.";

}  // namespace

TEST_CASE("events: French agenda title page") {
  const auto events = events_of(
      "fr", {block(1, "heading", "Dialogue international sur la migration 2018", 3),
             block(1, "heading", "Vers une bonne gouvernance des migrations : des partenariats"),
             block(1, "paragraph",
                   "8 et 9 octobre 2018, salle de conférence XVIII, Palais des Nations, Genève"),
             block(1, "heading", "Ordre du jour final", 2), block(1, "paragraph", kLongParagraph)});
  REQUIRE(events.size() == 1);
  const Event& e = events[0];
  CHECK(e.slug == "2018-10-geneva");
  CHECK(e.title == "Dialogue international sur la migration 2018");
  CHECK(e.theme == "Vers une bonne gouvernance des migrations : des partenariats");
  CHECK(e.year == 2018);
  CHECK(e.start_date == "2018-10-08");
  CHECK(e.end_date == "2018-10-09");
  CHECK(e.city == "Genève");
  CHECK(e.venue == "salle de conférence XVIII, Palais des Nations");
}

TEST_CASE("events: the theme after the document type, a one-line date range in Spanish") {
  const auto events = events_of(
      "es", {block(1, "heading", "Diálogo Internacional sobre la Migración 2032", 2),
             block(1, "heading", "Programa provisional", 1),
             block(1, "heading", "Movilidad climática y comunidades resilientes", 2),
             block(1, "paragraph",
                   "22 y 23 de marzo de 2032, Sala de Conferencias 2, Sede de las Naciones "
                   "Unidas, Nueva York")});
  REQUIRE(events.size() == 1);
  CHECK(events[0].slug == "2032-03-new-york");
  CHECK(events[0].theme == "Movilidad climática y comunidades resilientes");
  CHECK(events[0].city == "Nueva York");
  CHECK(events[0].venue == "Sala de Conferencias 2, Sede de las Naciones Unidas");
  CHECK(events[0].start_date == "2032-03-22");
  CHECK(events[0].end_date == "2032-03-23");
}

TEST_CASE("events: city before the date; a document-type heading is no theme") {
  const auto events = events_of(
      "en", {block(1, "heading", "International Dialogue on Migration 2031 – Second workshop", 3),
             block(1, "heading", "Background paper: green jobs and skills recognition", 1),
             block(1, "paragraph", "Geneva, 6–7 October 2031, Room XIX, Palais des Nations"),
             block(1, "heading", "1. Purpose of this paper", 2)});
  REQUIRE(events.size() == 1);
  CHECK(events[0].title == "International Dialogue on Migration 2031");
  CHECK(events[0].theme.empty());
  CHECK(events[0].slug == "2031-10-geneva");
  CHECK(events[0].city == "Geneva");
  CHECK(events[0].venue == "Room XIX, Palais des Nations");
}

TEST_CASE("events: the theme in the date line, after an ordinal label") {
  const auto events = events_of(
      "en", {block(1, "heading", "International Dialogue on Migration 2031", 3),
             block(1, "heading", "Summary of conclusions", 1),
             block(1, "paragraph",
                   "Second workshop: Migration and the future of work: skills and mobility. "
                   "6–7 October 2031, Room XIX, Palais des Nations, Geneva")});
  REQUIRE(events.size() == 1);
  CHECK(events[0].theme == "Migration and the future of work: skills and mobility");
  CHECK(events[0].venue == "Room XIX, Palais des Nations");
  CHECK(events[0].city == "Geneva");
}

TEST_CASE("events: English month-first dates and a city in the venue's name") {
  const auto events = events_of(
      "en", {block(1, "heading", "International Dialogue on Migration 2033"),
             block(1, "heading", "Migration and health"),
             block(1, "paragraph", "April 18–19, 2033, Vienna International Centre, Vienna")});
  REQUIRE(events.size() == 1);
  CHECK(events[0].slug == "2033-04-vienna");
  CHECK(events[0].venue == "Vienna International Centre");
}

TEST_CASE("events: a yearly report naming two workshops, venues from its annex") {
  const auto events = events_of(
      "en",
      {block(1, "heading", "International Dialogue on Migration 2031", 2),
       block(1, "heading", "Migration and the future of work", 1),
       block(1, "paragraph",
             "Report of the two workshops held in New York (14–15 April 2031) and Geneva "
             "(6–7 October 2031)"),
       block(1, "paragraph", "International Organization for Migration, Geneva, December 2031"),
       block(28, "paragraph",
             "New York, 14–15 April 2031, Conference Room 4, United Nations Headquarters")});
  REQUIRE(events.size() == 2);
  CHECK(events[0].slug == "2031-04-new-york");
  CHECK(events[0].city == "New York");
  CHECK(events[0].venue == "Conference Room 4, United Nations Headquarters");
  CHECK(events[1].slug == "2031-10-geneva");
  CHECK(events[1].start_date == "2031-10-06");
  CHECK(events[1].venue.empty());
  CHECK(events[1].theme == "Migration and the future of work");
}

TEST_CASE("events: a concept note announcing both workshops in prose") {
  const auto events = events_of(
      "fr",
      {block(1, "heading", "Dialogue international sur la migration 2031", 2),
       block(1, "heading", "Note conceptuelle", 1),
       block(1, "paragraph", "Migration et avenir du travail : compétences et mobilité"),
       block(1, "heading", "Contexte", 2), block(1, "paragraph", kLongParagraph),
       block(1, "paragraph",
             "En 2031, il consacrera ses deux ateliers au thème « Migration et avenir du travail "
             "». Le premier atelier se tiendra les 14 et 15 avril 2031 au Siège de "
             "l’Organisation des Nations Unies à New York ; le second aura lieu les 6 et 7 "
             "octobre 2031 au Palais des Nations à Genève.")});
  REQUIRE(events.size() == 2);
  CHECK(events[0].slug == "2031-04-new-york");
  CHECK(events[0].venue == "Siège de l’Organisation des Nations Unies");
  CHECK(events[0].theme == "Migration et avenir du travail : compétences et mobilité");
  CHECK(events[1].slug == "2031-10-geneva");
  CHECK(events[1].city == "Genève");
  CHECK(events[1].venue == "Palais des Nations");
}

TEST_CASE("events: Spanish prose with dates and cities") {
  const auto events = events_of(
      "es", {block(1, "heading", "Diálogo Internacional sobre la Migración 2033"),
             block(1, "heading", "Nota conceptual"),
             block(1, "paragraph",
                   "El primer taller se celebrará los días 21 y 22 de marzo de 2033 en la Sede de "
                   "las Naciones Unidas en Nueva York; el segundo, del 10 al 11 de octubre de 2033 "
                   "en el Palacio de las Naciones en Ginebra.")});
  REQUIRE(events.size() == 2);
  CHECK(events[0].slug == "2033-03-new-york");
  CHECK(events[0].venue == "Sede de las Naciones Unidas");
  CHECK(events[1].slug == "2033-10-geneva");
  CHECK(events[1].start_date == "2033-10-10");
  CHECK(events[1].venue == "Palacio de las Naciones");
}

TEST_CASE("events: a concept note with the year and theme only") {
  const auto events =
      events_of("es", {block(1, "heading", "Diálogo Internacional sobre la Migración 2032", 2),
                       block(1, "heading", "Nota conceptual", 1),
                       block(1, "heading", "Movilidad climática y comunidades resilientes", 2),
                       block(1, "heading", "Antecedentes", 3)});
  REQUIRE(events.size() == 1);
  CHECK(events[0].slug == "2032");
  CHECK(events[0].year == 2032);
  CHECK(events[0].start_date.empty());
  CHECK(events[0].city.empty());
  CHECK(events[0].theme == "Movilidad climática y comunidades resilientes");
}

TEST_CASE("events: no series line: year and theme from a quoted theme") {
  const auto events = events_of(
      "fr",
      {block(1, "heading", "Note conceptuelle"),
       block(1, "paragraph",
             "La nécessité de renforcer la coopération internationale avait été l’un des messages "
             "clés du Dialogue international sur la migration (IDM) 2017, au cours duquel le "
             "Directeur général a souligné que la coopération internationale doit associer tous "
             "les acteurs compétents, gouvernements nationaux et locaux, société civile."),
       block(2, "paragraph",
             "En 2018, l’IDM continuera d’apporter sa contribution, en consacrant ses deux "
             "ateliers au thème « Des partenariats novateurs pour une bonne gouvernance ». Ces "
             "ateliers seront l’occasion de présenter certains outils.")});
  REQUIRE(events.size() == 1);
  CHECK(events[0].slug == "2018");
  CHECK(events[0].year == 2018);
  CHECK(events[0].theme == "Des partenariats novateurs pour une bonne gouvernance");
  CHECK(events[0].title == "Dialogue international sur la migration (IDM) 2018");
}

TEST_CASE("events: the date line wins over later announcements") {
  const auto events = events_of(
      "fr", {block(1, "heading", "Dialogue international sur la migration 2017"),
             block(1, "heading", "Renforcer la coopération internationale", 3),
             block(1, "paragraph", "18-19 avril 2017, Siège des Nations Unies, New York"),
             block(1, "heading", "Résumé des conclusions", 2),
             block(2, "paragraph",
                   "Le second atelier de l'IDM de cette année se tiendra les 18-19 juillet 2017 "
                   "au Palais des Nations, à Genève.")});
  REQUIRE(events.size() == 1);
  CHECK(events[0].slug == "2017-04-new-york");
  CHECK(events[0].venue == "Siège des Nations Unies");
  CHECK(events[0].theme == "Renforcer la coopération internationale");
}

TEST_CASE("events: dates of other years in prose are not workshops of the document") {
  const auto events = events_of(
      "en", {block(1, "heading", "International Dialogue on Migration 2031"),
             block(1, "heading", "Concept note"),
             block(1, "paragraph",
                   "The High-level Dialogue held in New York on 3–4 October 2013 first raised "
                   "these questions.")});
  REQUIRE(events.size() == 1);
  CHECK(events[0].slug == "2031");
}

TEST_CASE("events: the date on one line, venue and city on the next") {
  const auto events =
      events_of("fr", {block(1, "heading", "Dialogue international sur la migration 2019"),
                       block(1, "heading", "Migration et jeunesse"),
                       block(1, "paragraph", "Lundi 30 septembre et mardi 1er octobre 2019"),
                       block(1, "paragraph", "Palais des Nations, Genève")});
  REQUIRE(events.size() == 1);
  CHECK(events[0].slug == "2019-09-geneva");
  CHECK(events[0].start_date == "2019-09-30");
  CHECK(events[0].end_date == "2019-10-01");
  CHECK(events[0].city == "Genève");
  CHECK(events[0].venue == "Palais des Nations");
}

TEST_CASE("events: nothing without a year") {
  CHECK(
      events_of("en", {block(1, "heading", "Agenda"), block(1, "paragraph", "Welcome.")}).empty());
}

TEST_CASE("events: slugs") {
  CHECK(event_slug(2018, "2018-10-08", "Geneva") == "2018-10-geneva");
  CHECK(event_slug(2032, "2032-03-22", "New York") == "2032-03-new-york");
  CHECK(event_slug(2032, "", "") == "2032");
}

TEST_CASE("events: a city no table knows, found by the date line's structure") {
  SUBCASE("last segment after the date, country in brackets") {
    const auto events = events_of(
        "es",
        {block(1, "heading", "Diálogo Internacional sobre la Migración 2032", 3),
         block(1, "paragraph", "22 y 23 de marzo de 2032, Torre Ejecutiva, Montevideo (Uruguay)"),
         block(1, "paragraph", kLongParagraph)});
    REQUIRE(events.size() == 1);
    CHECK(events[0].city == "Montevideo");
    CHECK(events[0].venue == "Torre Ejecutiva");
    CHECK(events[0].slug == "2032-03-montevideo");
  }
  SUBCASE("city before the date") {
    const auto events =
        events_of("fr", {block(1, "heading", "Dialogue international sur la migration 2019", 3),
                         block(1, "paragraph", "Ouagadougou, 3 et 4 juin 2019"),
                         block(1, "paragraph", kLongParagraph)});
    REQUIRE(events.size() == 1);
    CHECK(events[0].city == "Ouagadougou");
    CHECK(events[0].slug == "2019-06-ouagadougou");
  }
  SUBCASE("accents and particles") {
    const auto events = events_of(
        "en", {block(1, "heading", "International Dialogue on Migration 2024", 3),
               block(1, "paragraph", "April 18–19, 2024, Conference Centre, Dar es Salaam"),
               block(1, "paragraph", kLongParagraph)});
    REQUIRE(events.size() == 1);
    CHECK(events[0].city == "Dar es Salaam");
    CHECK(events[0].slug == "2024-04-dar-es-salaam");
  }
  SUBCASE("a lower-case tail is no city") {
    const auto events =
        events_of("en", {block(1, "heading", "International Dialogue on Migration 2024", 3),
                         block(1, "paragraph", "April 18–19, 2024, in the afternoon"),
                         block(1, "paragraph", kLongParagraph)});
    REQUIRE(events.size() == 1);
    CHECK(events[0].city.empty());
  }
}

TEST_CASE("events: the series year printed before the series name") {
  const auto events = events_of(
      "en", {block(1, "heading", "IDM 2041 – International Dialogue on Migration", 2),
             block(1, "heading", "Background paper", 1), block(1, "paragraph", kLongParagraph)});
  REQUIRE(events.size() == 1);
  CHECK(events[0].year == 2041);
  CHECK(events[0].slug == "2041");
}

TEST_CASE("events: a venue line with the city named in the venue and a country in brackets") {
  SUBCASE("country in brackets after the city, weekdays before the days") {
    const auto events = events_of(
        "fr", {block(1, "heading", "Dialogue international sur la migration – édition 2041", 2),
               block(1, "paragraph",
                     "Salle des fêtes, salle B – Tromsø (Norvège), lundi 3 et mardi 4 juin 2041"),
               block(1, "paragraph", kLongParagraph)});
    REQUIRE(events.size() == 1);
    CHECK(events[0].city == "Tromsø");
    CHECK(events[0].start_date == "2041-06-03");
  }
  SUBCASE("a venue named after its city, then the city and the date") {
    const auto events = events_of(
        "en", {block(1, "heading", "International Dialogue on Migration – 2041 edition", 2),
               block(1, "paragraph", "Bergen Harbour Hall, Room 2, Bergen | 3-4 June 2041"),
               block(1, "paragraph", kLongParagraph)});
    REQUIRE(events.size() == 1);
    CHECK(events[0].city == "Bergen");
    CHECK(events[0].slug == "2041-06-bergen");
  }
}

TEST_CASE("events: workshops in prose at places no table knows") {
  const auto events = events_of(
      "en",
      {block(1, "heading", "International Dialogue on Migration 2041", 2),
       block(1, "heading", "Concept note", 1), block(1, "paragraph", kLongParagraph),
       block(2, "paragraph",
             "Two meetings will take place: in Port Vila on 3 and 4 June 2041, then in Bergen "
             "on 5 and 6 October 2041.")});
  REQUIRE(events.size() == 2);
  CHECK(events[0].city == "Port Vila");
  CHECK(events[0].start_date == "2041-06-03");
  CHECK(events[1].city == "Bergen");
  CHECK(events[1].start_date == "2041-10-05");
}

TEST_CASE("events: a report's chapters name the workshops its title page cuts short") {
  DocumentRecord record = record_of(
      "en", {block(1, "heading", "International Dialogue on Migration 2041", 2),
             block(1, "paragraph",
                   "Report of the workshops held in Bergen (3–4 June 2041) and Port Vila (5–6"),
             block(1, "paragraph", kLongParagraph),
             block(9, "heading", "Workshop II: Port Vila, 5–6 October 2041", 1),
             block(12, "heading", "Second day (Tuesday 7 October 2041)", 2)});
  record.doc_type = "report";
  const auto events = find_events(record, *find_language("en"));
  REQUIRE(events.size() == 2);
  CHECK(events[0].city == "Bergen");
  CHECK(events[0].venue.empty());  // the next workshop, cut short, is no venue
  CHECK(events[1].city == "Port Vila");
  CHECK(events[1].start_date == "2041-10-05");
  CHECK(events[1].venue.empty());  // nor is a chapter's label
}

TEST_CASE("events: a title line pairing two places no table knows, the publisher's city after") {
  DocumentRecord record = record_of(
      "es",
      {block(1, "heading", "Diálogo Internacional sobre la Migración 2041", 2),
       block(1, "paragraph",
             "Informe de los talleres celebrados en Bergen (3-4 de junio de 2041) y Port Vila "
             "(5-6 de octubre de 2041)"),
       block(1, "paragraph", "Organización Internacional para las Migraciones, Ginebra, 2041"),
       block(2, "paragraph", kLongParagraph)});
  record.doc_type = "report";
  const auto events = find_events(record, *find_language("es"));
  REQUIRE(events.size() == 2);
  CHECK(events[0].city == "Bergen");
  CHECK(events[1].city == "Port Vila");
  CHECK(events[1].venue.empty());
}

TEST_CASE("events: a date line the layout took for a footnote") {
  const auto events = events_of(
      "es", {block(1, "heading", "Diálogo Internacional sobre la Migración 2041", 2),
             block(1, "footnote",
                   "3 y 4 de junio de 2041, Sala 2, Nueva York " + std::string(kLongParagraph))});
  REQUIRE(events.size() == 1);
  CHECK(events[0].city == "Nueva York");
  CHECK(events[0].slug == "2041-06-new-york");
}

TEST_CASE("events: the year on the line under the series name, even taken for furniture") {
  const auto placed = [](Block b, double top) {
    b.bbox[0] = 60;
    b.bbox[1] = top;
    b.bbox[2] = b.text.size() > 4 ? 300 : 86;
    b.bbox[3] = top + 12;
    return b;
  };
  std::vector<Block> blocks = {
      placed(block(1, "heading", "International Dialogue on Migration"), 80),
      placed(block(1, "heading", "Background paper"), 130),
      placed(block(1, "paragraph", "Harbours, rivers and the people who move along them"), 150),
      placed(block(1, "paragraph", kLongParagraph), 200),
      placed(block(1, "furniture", "2044"), 93)};
  auto events = events_of("en", blocks);
  REQUIRE(events.size() == 1);
  CHECK(events[0].year == 2044);
  CHECK(events[0].slug == "2044");
  CHECK(events[0].title == "International Dialogue on Migration 2044");
  CHECK(events[0].theme == "Harbours, rivers and the people who move along them");
  // A year far below the series name (a page number, a footnote) is not its year.
  blocks.back() = placed(block(1, "furniture", "2044"), 700);
  CHECK(events_of("en", blocks).empty());
}
