// detect_language, detect_document_kind and count_time_ranges over hand-built text blocks.

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "classify/document_kind.hpp"

using namespace idm;

namespace {

TextBlock text_block(BlockKind kind, int page, std::string text, int level = 0) {
  TextBlock b;
  b.kind = kind;
  b.page = page;
  b.level = level;
  b.text = std::move(text);
  return b;
}

TextBlock heading(int page, std::string text) {
  return text_block(BlockKind::heading, page, std::move(text), 1);
}

TextBlock paragraph(int page, std::string text) {
  return text_block(BlockKind::paragraph, page, std::move(text));
}

// True when |s| is well-formed UTF-8.
bool valid_utf8(const std::string& s) {
  for (size_t i = 0; i < s.size();) {
    const auto c = static_cast<unsigned char>(s[i]);
    const size_t len = c < 0x80           ? 1
                       : (c >> 5) == 0x6  ? 2
                       : (c >> 4) == 0xE  ? 3
                       : (c >> 3) == 0x1E ? 4
                                          : 0;
    if (len == 0 || i + len > s.size()) return false;
    for (size_t k = 1; k < len; ++k) {
      if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return false;
    }
    i += len;
  }
  return true;
}

}  // namespace

TEST_CASE("document_kind: count_time_ranges in fr, en and es notations") {
  CHECK(count_time_ranges("9 h – 10 h Ouverture") == 1);
  CHECK(count_time_ranges("10 h 30 – 12 h Séance 1") == 1);
  CHECK(count_time_ranges("10h30–12h") == 1);
  CHECK(count_time_ranges("10:30 – 12:00 Panel") == 1);
  CHECK(count_time_ranges("17 h -17 h 30 Clôture") == 1);
  CHECK(count_time_ranges("10.30 – 12.00 horas") == 1);
  CHECK(count_time_ranges("9 h 30 à 10 h") == 1);
  CHECK(count_time_ranges("9 h – 10 h Accueil 10 h – 11 h Ouverture 11 h – 12 h Séance") == 3);
}

TEST_CASE("document_kind: count_time_ranges ignores years and other numbers") {
  CHECK(count_time_ranges("2031 – 2032 report") == 0);
  CHECK(count_time_ranges("The 2018-2019 biennium") == 0);
  CHECK(count_time_ranges("Some 1.5 – 2.5 million migrants") == 0);
  CHECK(count_time_ranges("") == 0);
  CHECK(count_time_ranges("Aucune heure ici.") == 0);
}

TEST_CASE("document_kind: detect_language from function words") {
  CHECK(detect_language({paragraph(1,
                                   "Les participants ont souligné que la migration est une "
                                   "chance pour les pays d'origine et de destination.")}) == "fr");
  CHECK(detect_language({paragraph(1,
                                   "The participants stressed that migration is an "
                                   "opportunity for the countries of origin and of "
                                   "destination.")}) == "en");
  CHECK(detect_language({paragraph(1,
                                   "Los participantes señalaron que la migración es una "
                                   "oportunidad para los países de origen y de destino.")}) ==
        "es");
  CHECK(detect_language({}) == "en");
  CHECK(detect_language({paragraph(1, "12345 67890")}) == "en");
}

TEST_CASE("document_kind: detect_language skips running headers and footers") {
  std::vector<TextBlock> blocks;
  for (int i = 0; i < 5; ++i) {
    blocks.push_back(text_block(BlockKind::furniture, i + 1,
                                "Dialogue international sur la migration de la page et des "
                                "pays avec les États"));
  }
  blocks.push_back(paragraph(1, "The workshop was held in Geneva and the report is ready."));
  CHECK(detect_language(blocks) == "en");
}

TEST_CASE("document_kind: a title decides (summary, concept note, report)") {
  DocumentKind k = detect_document_kind({heading(1, "Résumé des conclusions")}, 6);
  CHECK(k.doc_type == "summary_of_conclusions");
  CHECK(k.evidence == "heading 'Résumé des conclusions'");

  k = detect_document_kind({heading(1, "Note conceptuelle"), paragraph(1, "Texte.")}, 4);
  CHECK(k.doc_type == "concept_note");
  CHECK(k.evidence == "heading 'Note conceptuelle'");

  k = detect_document_kind({heading(1, "Informe del taller")}, 10);
  CHECK(k.doc_type == "report");

  k = detect_document_kind({heading(1, "Background paper")}, 10);
  CHECK(k.doc_type == "concept_note");

  // One heading naming two kinds: the summary cue ranks first.
  k = detect_document_kind({heading(1, "Summary report")}, 10);
  CHECK(k.doc_type == "summary_of_conclusions");
}

TEST_CASE("document_kind: a programme title needs time slots to make an agenda") {
  const std::vector<TextBlock> agenda = {
      heading(1, "Ordre du jour"),
      paragraph(1, "9 h – 10 h Enregistrement"),
      paragraph(1, "10 h – 11 h Ouverture"),
      paragraph(1, "11 h – 12 h 30 Séance 1"),
  };
  DocumentKind k = detect_document_kind(agenda, 2);
  CHECK(k.doc_type == "agenda");
  CHECK(k.evidence == "heading 'Ordre du jour'");

  // "Programa" with too few slots is not an agenda; a short text with no cue is other.
  k = detect_document_kind({heading(1, "Programa de migración laboral"),
                            paragraph(1, "10.30 – 12.00 horas Mesa redonda")},
                           8);
  CHECK(k.doc_type == "other");
  CHECK(k.evidence == "no cue");
}

TEST_CASE("document_kind: without a title cue, slots and length decide") {
  std::vector<TextBlock> slots;
  for (const char* t : {"09:00 – 10:00 Registration", "10:00 – 11:00 Opening",
                        "11:00 – 12:30 Panel 1", "14:00 – 15:30 Panel 2"}) {
    slots.push_back(paragraph(1, t));
  }
  DocumentKind k = detect_document_kind(slots, 3);
  CHECK(k.doc_type == "agenda");
  CHECK(k.evidence == "4 time slots");

  CHECK(detect_document_kind(slots, 21).doc_type == "other");  // too long for an agenda

  k = detect_document_kind({paragraph(1, "Text.")}, 30);
  CHECK(k.doc_type == "report");
  CHECK(k.evidence == "30 pages");

  k = detect_document_kind({paragraph(1, "Text.")}, 5);
  CHECK(k.doc_type == "other");
  CHECK(k.evidence == "no cue; short, no programme");
}

TEST_CASE("document_kind: headings of the first two pages and short opening lines count") {
  CHECK(detect_document_kind({paragraph(1, "Text."), heading(3, "Report")}, 10).doc_type ==
        "other");
  CHECK(detect_document_kind({heading(2, "Report of the workshop")}, 10).doc_type == "report");
  // A scan read by OCR has no type sizes: its first short lines stand for the title.
  CHECK(detect_document_kind({paragraph(1, "Summary of conclusions")}, 10).doc_type ==
        "summary_of_conclusions");
  // A long paragraph that mentions a kind of document is not a title.
  const std::string prose =
      "This paragraph refers to the summary of conclusions of last year, "
      "which the secretariat circulated to every delegation in advance.";
  CHECK(detect_document_kind({paragraph(1, prose)}, 10).doc_type == "other");
}

TEST_CASE("document_kind: evidence cut inside a long heading stays valid UTF-8") {
  // Regression: the evidence quoted the first 60 bytes, which could split a character.
  const std::string title = std::string(57, 'a') + " résumé des conclusions";
  const DocumentKind k = detect_document_kind({heading(1, title)}, 5);
  CHECK(k.doc_type == "summary_of_conclusions");
  CHECK(valid_utf8(k.evidence));
}

TEST_CASE("document_kind: a short document titled as proceedings is no yearly report") {
  CHECK(detect_document_kind({heading(1, "Summary of proceedings")}, 6).doc_type ==
        "summary_of_conclusions");
  CHECK(detect_document_kind({heading(1, "Agenda"), paragraph(1, "10 a.m. – 11.30 a.m."),
                              paragraph(1, "11.30 a.m. – 1 p.m."), paragraph(1, "3 p.m. – 4 p.m.")},
                             3)
            .doc_type == "agenda");
}

TEST_CASE("document kind: a loose head word of the title when no title phrase names the type") {
  const std::string prose(300, 'x');
  SUBCASE("English: the last word") {
    const auto kind = detect_document_kind(
        {heading(1, "Orientation note"), paragraph(1, prose), paragraph(2, prose)}, 3);
    CHECK(kind.doc_type == "concept_note");
  }
  SUBCASE("Spanish and French: the first word, a year set aside") {
    CHECK(detect_document_kind({heading(1, "Síntesis de la jornada"), paragraph(1, prose)}, 4)
              .doc_type == "summary_of_conclusions");
    CHECK(detect_document_kind({heading(1, "Actes 2041"), paragraph(1, prose)}, 40).doc_type ==
          "report");
  }
  SUBCASE("a short report without a programme reports one workshop's conclusions") {
    CHECK(detect_document_kind({heading(1, "Memoria 2041"), paragraph(1, prose)}, 4).doc_type ==
          "summary_of_conclusions");
  }
  SUBCASE("a long heading or one after the title page's prose is no title") {
    CHECK(detect_document_kind(
              {heading(1, "A note on the many ways of seeing things here"), paragraph(1, prose)}, 4)
              .doc_type == "other");
    CHECK(detect_document_kind({paragraph(1, prose), heading(1, "Orientation note")}, 4).doc_type ==
          "other");
  }
}
