// normalize_printed, fold_for_matching and the code point helpers.

#include <doctest/doctest.h>

#include <string>

#include "extractors/unicode_text.hpp"

using namespace idm;

TEST_CASE("normalize_printed: Latin ligatures are expanded") {
  CHECK(normalize_printed("\uFB01n") == "fin");
  CHECK(normalize_printed("e\uFB00et") == "effet");
  CHECK(normalize_printed("\uFB02ux") == "flux");
  CHECK(normalize_printed("o\uFB03ce") == "office");
  CHECK(normalize_printed("a\uFB04uent") == "affluent");
}

TEST_CASE("normalize_printed: œ and æ are letters and stay") {
  CHECK(normalize_printed("\u0153uvre") == "\u0153uvre");
  CHECK(normalize_printed("C\u0152UR") == "C\u0152UR");
  CHECK(normalize_printed("\u00e6") == "\u00e6");
}

TEST_CASE("normalize_printed: soft hyphens, zero-width and control characters vanish") {
  CHECK(normalize_printed("mi\u00ADgration") == "migration");
  CHECK(normalize_printed("a\u200Bb\u200Dc\uFEFF") == "abc");
  CHECK(normalize_printed("a\x01"
                          "b\x7F"
                          "c") == "abc");
  CHECK(normalize_printed("a\tb\nc") == "a b c");
}

TEST_CASE("normalize_printed: NFC, invalid UTF-8 replaced") {
  CHECK(normalize_printed("e\u0301t\u00e9") == "\u00e9t\u00e9");  // decomposed é composed
  CHECK(normalize_printed("a\xff"
                          "b") ==
        "a\uFFFD"
        "b");
  CHECK(normalize_printed("") == "");
  // Compatibility characters other than ligatures are printed text: kept.
  CHECK(normalize_printed("\u00b2") == "\u00b2");
}

TEST_CASE("fold_for_matching: case, accents, apostrophes, dashes and spaces") {
  CHECK(fold_for_matching("Genève") == "geneve");
  CHECK(fold_for_matching("ÉTATS-UNIS") == "etats-unis");
  CHECK(fold_for_matching("l\u2019OIM") == "l'oim");
  CHECK(fold_for_matching("\u00abOui\u00bb") == "\"oui\"");
  CHECK(fold_for_matching("10\u00a0h\u202f30") == "10 h 30");
  CHECK(fold_for_matching("2031\u20132032") == "2031-2032");
  CHECK(fold_for_matching("\uFB01n") == "fin");  // NFKC
  CHECK(fold_for_matching("Stra\u00dfe") == "strasse");
}

TEST_CASE("code points") {
  CHECK(first_code_point("\u00e9t\u00e9") == U'\u00e9');
  CHECK(last_code_point("caf\u00e9") == U'\u00e9');
  CHECK(last_code_point("mi-") == U'-');
  CHECK(first_code_point("") == 0);
  CHECK(last_code_point("") == 0);
  CHECK(code_point_count("\u00e9t\u00e9") == 3);
  CHECK(code_point_count("\u2022 a") == 3);
  std::string out = "x";
  append_utf8(out, U'\u0153');
  CHECK(out == "x\u0153");
}

TEST_CASE("letter classes") {
  CHECK(is_lowercase_letter(U'\u00e9'));
  CHECK_FALSE(is_lowercase_letter(U'\u00c9'));
  CHECK(is_uppercase_letter(U'\u00c9'));
  CHECK(is_letter(U'\u0153'));
  CHECK(is_letter(U'\u4e2d'));
  CHECK_FALSE(is_letter(U'-'));
  CHECK_FALSE(is_letter(U'7'));
}
