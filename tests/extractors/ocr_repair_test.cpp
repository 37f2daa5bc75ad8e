// repair_ocr_words / repair_ocr_text: typical OCR damage of French text mended where certain,
// nothing invented, other languages left alone.

#include <doctest/doctest.h>

#include <sstream>
#include <string>
#include <vector>

#include "extractors/ocr_repair.hpp"

using namespace idm;

namespace {

std::vector<Word> words_of(const std::string& text) {
  std::vector<Word> out;
  std::istringstream in(text);
  std::string w;
  while (in >> w) {
    Word word;
    word.text = w;
    word.ocr_confidence = 90;
    word.space_after = true;
    out.push_back(word);
  }
  return out;
}

std::string join(const std::vector<Word>& words) {
  std::string out;
  for (const Word& w : words) {
    if (!out.empty()) out += ' ';
    out += w.text;
  }
  return out;
}

// Repairs |text| as French OCR output, with |trusted| words from a text layer.
std::string repaired(const std::string& text, const std::vector<std::string>& trusted = {}) {
  std::vector<Word> words = words_of(text);
  std::vector<Word*> pointers;
  for (Word& w : words)
    pointers.push_back(&w);
  repair_ocr_words(pointers, "fr", trusted);
  return join(words);
}

}  // namespace

TEST_CASE("ocr repair: the elided article read as I, 1, P or lost") {
  CHECK(repaired("le Directeur général de P'OIM a souligné") ==
        "le Directeur général de l'OIM a souligné");
  CHECK(repaired("la coopération, 1’OIM collabore") == "la coopération, l’OIM collabore");
  CHECK(repaired("selon I'importance") == "selon l'importance");
  CHECK(repaired("Fin. I'objectif 17") == "Fin. L'objectif 17");  // sentence start
  CHECK(repaired("membres de 'OIM et") == "membres de l'OIM et");
  // Not before a consonant, and a quoted word stays quoted.
  CHECK(repaired("de I'R2 et") == "de I'R2 et");
  CHECK(repaired("le mot 'OIM' est") == "le mot 'OIM' est");
}

TEST_CASE("ocr repair: accents from the document's own words and the built-in list") {
  // "revêt" is printed right once: the two misreadings follow, with an inflection.
  CHECK(repaired("que revêt la coopération ; revét une importance ; que revétent les") ==
        "que revêt la coopération ; revêt une importance ; que revêtent les");
  CHECK(repaired("en matiére de migration, étre et son réle") ==
        "en matière de migration, être et son rôle");
  CHECK(repaired("des migrations sdres, ordonnées et réguliéres") ==
        "des migrations sûres, ordonnées et régulières");
  CHECK(repaired("doivent ceuvrer de concert ; mise en ceuvre") ==
        "doivent œuvrer de concert ; mise en œuvre");
}

TEST_CASE("ocr repair: never invents a word") {
  // Unknown words stay as read; so do words that are words with and without an accent.
  CHECK(repaired("le zorglubé du projet") == "le zorglubé du projet");
  CHECK(repaired("sur la cote ou la tache") == "sur la cote ou la tache");
  // Final e against é is another word (present against participle): left alone.
  CHECK(repaired("il organise ; elle a organisé") == "il organise ; elle a organisé");
  // A word of the text layer is right as printed.
  CHECK(repaired("une matiére", {"matiére"}) == "une matiére");
  // An unaccented capital is a typographic choice unless the document prints the accent.
  CHECK(repaired("Etre ou ne pas") == "Etre ou ne pas");
}

TEST_CASE("ocr repair: 'a', '&' and '4' become 'à' only where the verb is excluded") {
  CHECK(repaired("invite a revitaliser et a renforcer") == "invite à revitaliser et à renforcer");
  CHECK(repaired("et s’ouvrir 4 d’autres domaines") == "et s’ouvrir à d’autres domaines");
  CHECK(repaired("ouverts a tous les") == "ouverts à tous les");
  CHECK(repaired("grâce a la coopération") == "grâce à la coopération");
  CHECK(repaired("droit & la vie") == "droit à la vie");
  // The verb: "a la", "a des" after a subject stay; so do numbers.
  CHECK(repaired("l'OIM a la responsabilité") == "l'OIM a la responsabilité");
  CHECK(repaired("il y a des défis") == "il y a des défis");
  CHECK(repaired("elle a souligné") == "elle a souligné");
  CHECK(repaired("dont 4 d'entre eux") == "dont 4 d'entre eux");
  CHECK(repaired("soit 4 pays") == "soit 4 pays");
}

TEST_CASE("ocr repair: roman numerals read as 'Il' mid-sentence") {
  CHECK(repaired("indiqué à l'annexe Il, paragraphe 8") == "indiqué à l'annexe II, paragraphe 8");
  CHECK(repaired("vote. Il a dit") == "vote. Il a dit");
}

TEST_CASE("ocr repair: only OCR pages, only a language with rules") {
  PdfText pdf;
  PageText layer;
  layer.number = 1;
  layer.words = words_of("Les partenaires et la coopération en matière de migration pour tous");
  PageText scan;
  scan.number = 2;
  scan.ocr = true;
  scan.words = words_of("les défis de la migration et des matiére pour la coopération de 1'OIM");
  pdf.pages = {layer, scan};
  CHECK(repair_ocr_text(pdf) == 2);
  CHECK(join(pdf.pages[1].words) ==
        "les défis de la migration et des matière pour la coopération de l'OIM");

  PdfText spanish;
  PageText page;
  page.ocr = true;
  page.words = words_of("el acceso a la salud y los derechos de los migrantes para la migracion");
  spanish.pages = {page};
  CHECK(repair_ocr_text(spanish) == 0);  // "a la" is Spanish; no Spanish rules yet

  // Damage in a text layer is the document's own spelling: without OCR pages nothing changes.
  PdfText layer_only;
  layer.words = words_of("les défis des matiére pour la coopération de 1'OIM");
  layer_only.pages = {layer, layer};
  CHECK(repair_ocr_text(layer_only) == 0);
  CHECK(join(layer_only.pages[1].words) == "les défis des matiére pour la coopération de 1'OIM");
}

TEST_CASE("ocr repair: guessing the language from function words") {
  auto guess = [](const std::string& text) {
    const std::vector<Word> words = words_of(text);
    std::vector<const Word*> pointers;
    for (const Word& w : words)
      pointers.push_back(&w);
    return guess_text_language(pointers);
  };
  CHECK(guess("les migrants et les communautés dans une région sur la côte pour des") == "fr");
  CHECK(guess("the migrants and the communities of the region for the") == "en");
  CHECK(guess("los migrantes y las comunidades del país para el desarrollo por") == "es");
  CHECK(guess("Genève 2032") == "");
}
