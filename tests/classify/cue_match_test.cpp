// find_cue, first_cue, starts_with_cue, any_language_has: whole-word cue search over folded text.

#include <doctest/doctest.h>

#include <string>
#include <string_view>

#include "classify/cue_match.hpp"
#include "classify/language_table.hpp"
#include "extractors/unicode_text.hpp"

using namespace idm;

namespace {

constexpr size_t kNone = std::string_view::npos;

const LanguageTable& table(std::string_view code) {
  const LanguageTable* found = find_language(code);
  REQUIRE(found != nullptr);
  return *found;
}

}  // namespace

TEST_CASE("cue_match: find_cue finds whole words only") {
  CHECK(find_cue("la pause cafe", "pause") == 3);
  CHECK(find_cue("pause", "pause") == 0);
  CHECK(find_cue("avant la pause", "pause") == 9);
  CHECK(find_cue("les pauses", "pause") == kNone);
  CHECK(find_cue("xpause", "pause") == kNone);
  // A partial occurrence first, a whole word later.
  CHECK(find_cue("pauses et pause", "pause") == 10);
  // Punctuation and hyphens are word boundaries.
  CHECK(find_cue("(pause) suivie", "pause") == 1);
  CHECK(find_cue("pause-cafe", "pause") == 0);
}

TEST_CASE("cue_match: find_cue treats non-ASCII bytes as letters") {
  CHECK(find_cue("\xc3\xa9pause", "pause") == kNone);  // "épause"
  CHECK(find_cue("pause\xc3\xa9", "pause") == kNone);
}

TEST_CASE("cue_match: find_cue of multi-word and punctuated cues") {
  CHECK(find_cue("les questions qui orienteront les debats", "questions qui orienteront") == 4);
  CHECK(find_cue("questions quiz", "questions qui") == kNone);
  // A cue ending in punctuation needs no boundary after it.
  CHECK(find_cue("s.e.m. dupont", "s.e.") == 0);
  CHECK(find_cue("anything", "") == kNone);
  CHECK(find_cue("", "pause") == kNone);
}

TEST_CASE("cue_match: find_cue over folded text (accents, capitals, dashes)") {
  const std::string folded = fold_for_matching("Clôture de la réunion – Pause‑café");
  CHECK(find_cue(folded, "cloture") == 0);
  CHECK(find_cue(folded, "reunion") != kNone);
  CHECK(find_cue(folded, "pause-cafe") != kNone);
  CHECK(find_cue(folded, "Cloture") == kNone);  // cues are folded too
}

TEST_CASE("cue_match: first_cue picks the earliest position, then the longest cue") {
  static constexpr std::string_view kCues[] = {"cafe", "pause", "table", "table ronde"};
  size_t position = 12345;
  CHECK(first_cue("pause cafe", kCues, &position) == "pause");
  CHECK(position == 0);
  CHECK(first_cue("apres la table ronde", kCues, &position) == "table ronde");
  CHECK(position == 9);
  CHECK(first_cue("un cafe puis une pause", kCues, &position) == "cafe");
  CHECK(position == 3);
  CHECK(first_cue("rien de tout cela", kCues, &position).empty());
  CHECK(position == kNone);
  CHECK(first_cue("les cafes", kCues).empty());  // position pointer is optional
}

TEST_CASE("cue_match: starts_with_cue needs the cue at position 0") {
  const LanguageTable& fr = table("fr");
  CHECK(starts_with_cue("table ronde : les voies regulieres", fr.panels));
  CHECK_FALSE(starts_with_cue("la table ronde", fr.panels));
  CHECK_FALSE(starts_with_cue("tables rondes", fr.panels));
  CHECK(starts_with_cue("moderateur", fr.moderator_labels));
  CHECK_FALSE(starts_with_cue("", fr.moderator_labels));
}

TEST_CASE("cue_match: any_language_has returns the first table that matches") {
  const LanguageTable* en = any_language_has("guiding questions", &LanguageTable::question_intros);
  REQUIRE(en != nullptr);
  CHECK(en->code == "en");
  const LanguageTable* es =
      any_language_has("preguntas orientativas:", &LanguageTable::question_intros);
  REQUIRE(es != nullptr);
  CHECK(es->code == "es");
  const LanguageTable* fr =
      any_language_has("les questions qui orienteront les debats", &LanguageTable::question_intros);
  REQUIRE(fr != nullptr);
  CHECK(fr->code == "fr");
  CHECK(any_language_has("nothing to see here", &LanguageTable::question_intros) == nullptr);
}

TEST_CASE("cue_match: language tables are found by code, in a fixed order") {
  REQUIRE(language_tables().size() == 3);
  CHECK(language_tables()[0]->code == "en");
  CHECK(language_tables()[1]->code == "fr");
  CHECK(language_tables()[2]->code == "es");
  CHECK(find_language("fr") == language_tables()[1]);
  CHECK(find_language("de") == nullptr);
  CHECK(find_language("") == nullptr);
}
